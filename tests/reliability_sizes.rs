//! Promise 7: every size from 0×0 to 12×6 on every screen and overlay, and a rapid resize storm: 0 panics.
//!
//! Three tests: every one of the 91 sizes on every screen and overlay the TUI has (drawn on ratatui's
//! TestBackend); a storm of thousands of random sizes, from 0×0 to 1000×1000 and 65535×1, interleaved with
//! random keys, on one terminal as the real loop does it; and a storm of tmux resize-window against the real
//! binary, which must still be alive, answer a key and quit cleanly afterwards.

mod tmux_support;
mod tool_support;
mod tui_support;

use annoteer::domain::ItemField;
use annoteer::locale::Lang;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::command::Command;
use annoteer::tui::draw::draw;
use annoteer::tui::overlays::Overlay;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;
use tui_support::*;

fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn on_item(app: &mut App, field: ItemField) {
    press(app, KeyCode::Enter);
    let Screen::Item(v) = app.screen_mut() else { panic!("no item screen") };
    v.select_field(field);
}

fn agenda_app() -> App {
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    a
}

/// The MIO of 30 March 2022 (second in the list), its decisions screen.
fn mio_decisions() -> App {
    let mut a = demo_app(Lang::Nl);
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter);
    type_text(&mut a, "b");
    a
}

type Check = fn(&App) -> bool;

fn screen_name(app: &App) -> &'static str {
    match app.screen() {
        Screen::Meetings(_) => "meetings",
        Screen::Agenda(_) => "agenda",
        Screen::Item(_) => "item",
        Screen::Documents(_) => "documents",
        Screen::MeetingForm(_) => "meeting form",
        Screen::Search(_) => "search",
        Screen::Preview(_) => "preview",
        Screen::Decisions(_) => "decisions",
        Screen::ActionList(_) => "action list",
        Screen::EntryForm(_) => "entry form",
        Screen::Import(_) => "import",
        Screen::MailImport(_) => "mail import",
    }
}

fn is_screen(app: &App, name: &str) -> bool {
    screen_name(app) == name
}

/// Every screen and overlay the TUI has, each with a check that the state really is that one.
fn all_states() -> Vec<(&'static str, App, Check)> {
    let mut v: Vec<(&'static str, App, Check)> = Vec::new();
    v.push(("meetings", demo_app(Lang::Nl), |a| is_screen(a, "meetings") && a.overlay.is_none()));
    v.push(("meetings, empty", empty_app(), |a| is_screen(a, "meetings")));
    let mut a = demo_app(Lang::En);
    type_text(&mut a, "?");
    v.push(("meetings help, English", a, |a| matches!(a.overlay, Some(Overlay::Help))));
    v.push(("agenda", agenda_app(), |a| is_screen(a, "agenda") && a.overlay.is_none()));
    let mut a = agenda_app();
    press(&mut a, KeyCode::Tab);
    v.push(("agenda detail pane", a, |a| is_screen(a, "agenda")));
    let mut a = agenda_app();
    type_text(&mut a, "?");
    v.push(("agenda help", a, |a| matches!(a.overlay, Some(Overlay::Help))));
    let mut a = agenda_app();
    type_text(&mut a, "d");
    v.push(("delete question", a, |a| matches!(a.overlay, Some(Overlay::Confirm(_)))));
    let mut a = agenda_app();
    type_text(&mut a, "a");
    v.push(("new item prompt", a, |a| matches!(a.overlay, Some(Overlay::Prompt(_)))));
    let mut a = agenda_app();
    type_text(&mut a, "D");
    v.push(("documents", a, |a| is_screen(a, "documents")));
    let mut a = agenda_app();
    type_text(&mut a, "m");
    v.push(("meeting form", a, |a| is_screen(a, "meeting form")));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "a");
    v.push(("new meeting form", a, |a| is_screen(a, "meeting form")));
    let mut a = agenda_app();
    on_item(&mut a, ItemField::Annotation);
    v.push(("item", a, |a| is_screen(a, "item") && a.editor.is_none()));
    let mut a = agenda_app();
    on_item(&mut a, ItemField::Annotation);
    press(&mut a, KeyCode::Enter);
    type_text(&mut a, "typen met een lange regel die niet past 会议 🎉");
    v.push(("item, typing", a, |a| a.editor.is_some()));
    let mut a = agenda_app();
    on_item(&mut a, ItemField::Treatment);
    press(&mut a, KeyCode::Enter);
    v.push(("treatment picker", a, |a| matches!(a.overlay, Some(Overlay::Picker(_)))));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "/");
    v.push(("search, no query", a, |a| is_screen(a, "search")));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "/programma");
    v.push(("search with results", a, |a| is_screen(a, "search")));
    let mut a = agenda_app();
    type_text(&mut a, "p");
    v.push(("memo preview", a, |a| is_screen(a, "preview")));
    v.push(("decisions", mio_decisions(), |a| is_screen(a, "decisions")));
    let mut a = mio_decisions();
    press(&mut a, KeyCode::Tab);
    v.push(("decisions, action pane", a, |a| is_screen(a, "decisions")));
    let mut a = mio_decisions();
    type_text(&mut a, "d");
    v.push(("delete a decision", a, |a| matches!(a.overlay, Some(Overlay::Confirm(_)))));
    let mut a = mio_decisions();
    type_text(&mut a, "a");
    v.push(("decision form", a, |a| is_screen(a, "entry form")));
    let mut a = mio_decisions();
    press(&mut a, KeyCode::Tab);
    type_text(&mut a, "a");
    press(&mut a, KeyCode::Enter);
    type_text(&mut a, "Plan uitwerken");
    v.push(("action form, typing", a, |a| is_screen(a, "entry form")));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "A");
    v.push(("action list", a, |a| is_screen(a, "action list")));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "A?");
    v.push(("action list help", a, |a| is_screen(a, "action list") && a.overlay.is_some()));
    let mut a = empty_app();
    type_text(&mut a, "A");
    v.push(("action list, empty", a, |a| is_screen(a, "action list")));
    let mut a = agenda_app();
    type_text(&mut a, "I");
    v.push(("import, empty text", a, |a| is_screen(a, "import")));
    let mut a = agenda_app();
    type_text(&mut a, "I");
    a.handle_command(Command::Paste(
        "Agenda\n\n1. Opening 会議 🎉\n2. Plan\nTer besluitvorming\n2.1 Deel\n".repeat(20),
    ));
    v.push(("import, pasted text", a, |a| is_screen(a, "import")));
    let mut a = agenda_app();
    type_text(&mut a, "I");
    a.handle_command(Command::Paste("1. Opening\n2. Programmaplan\nTer besluitvorming (bijlage)\nzie brief\n".into()));
    a.handle_key(ctrl('s'));
    v.push(("import preview", a, |a| is_screen(a, "import")));
    let mut a = agenda_app();
    type_text(&mut a, "I");
    a.handle_key(ctrl('o'));
    type_text(&mut a, concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mail/agenda_attachment.eml"));
    press(&mut a, KeyCode::Enter);
    for _ in 0..3000 {
        a.tick(Instant::now());
        if is_screen(&a, "mail import") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    v.push(("mail import", a, |a| is_screen(a, "mail import")));
    let mut store = demo_store();
    let m = store.meetings().unwrap()[0].id;
    let item = store.agenda(m).unwrap()[0].clone();
    store.save_draft(&format!("item:{}:annotation", item.id.0), "Half af: de oriëntatie…", item.revision).unwrap();
    v.push(("draft offer", App::new(store, Lang::Nl), |a| matches!(a.overlay, Some(Overlay::DraftOffer(_)))));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "a");
    press(&mut a, KeyCode::Enter);
    type_text(&mut a, "Stuurgroep MIT");
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Down); // Enter stays on the field; ↓ moves
    press(&mut a, KeyCode::Enter); // type in the date
    for _ in 0..10 {
        press(&mut a, KeyCode::Backspace);
    }
    type_text(&mut a, "2022-05-11");
    a.handle_key(ctrl('s'));
    v.push(("carry-over offer", a, |a| matches!(a.overlay, Some(Overlay::CarryOver(_)))));
    v
}

#[test]
fn promise_7_every_size_from_0x0_to_12x6_on_every_screen_and_overlay() {
    let states = all_states();
    let mut drawn = 0;
    let mut panics = Vec::new();
    for (name, app, check) in &states {
        assert!(check(app), "{name}: the state is not what it says");
        for w in 0..=12 {
            for h in 0..=6 {
                drawn += 1;
                if catch_unwind(AssertUnwindSafe(|| render(app, w, h))).is_err() {
                    panics.push(format!("{name} at {w}x{h}"));
                }
            }
        }
    }
    eprintln!("promise 7: {} screens and overlays × 91 sizes = {drawn} draws, {} panics", states.len(), panics.len());
    assert_eq!(states.len(), 31);
    assert!(panics.is_empty(), "panics: {panics:?}");
}

/// Keys of the storm. Never x (writes a memo file) or D (documents, where Enter opens a file with the
/// system's opener); the storm leaves the documents screen with Esc should it get there.
fn storm_key(seed: &mut u64) -> KeyEvent {
    const CODES: &[KeyCode] = &[
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Backspace,
        KeyCode::Delete,
    ];
    const CHARS: &str = "?/pbAIamjkdnuGgLch 1#*é会";
    let r = next(seed);
    match r % 10 {
        0..=5 => KeyEvent::new(CODES[(r / 16) as usize % CODES.len()], KeyModifiers::NONE),
        6..=8 => {
            let c = CHARS.chars().nth((r / 16) as usize % CHARS.chars().count()).unwrap();
            let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            KeyEvent::new(KeyCode::Char(c), mods)
        }
        // Ctrl-C quits (the storm starts again), rarely.
        _ => KeyEvent::new(KeyCode::Char(if r % 160 == 9 { 'c' } else { 's' }), KeyModifiers::CONTROL),
    }
}

fn storm_size(seed: &mut u64) -> (u16, u16) {
    let r = next(seed);
    let a = (r >> 8) as u16;
    let b = (r >> 24) as u16;
    match r % 100 {
        0 => (1000, 1000),
        1 => (65535, 1),
        2 => (1, 65535),
        3 => (0, 1000),
        4 => (1000, 0),
        5..=44 => (a % 13, b % 7),
        45..=54 => (a % 3, b % 3),
        _ => (a % 300, b % 100),
    }
}

#[test]
fn promise_7_resize_storm_with_keys_on_one_terminal() {
    const RESIZES: usize = 3_000;
    let mut seed = 0x0005_eed7_u64;
    let mut app = agenda_app();
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut panics = Vec::new();
    let mut keys = 0;
    let mut restarts = 0;
    let mut largest = 0u32;
    let mut visited = std::collections::BTreeSet::new();
    let started = Instant::now();
    for step in 0..RESIZES {
        let (w, h) = storm_size(&mut seed);
        largest = largest.max(w as u32 * h as u32);
        let result = catch_unwind(AssertUnwindSafe(|| {
            term.backend_mut().resize(w, h);
            app.handle_event(Event::Resize(w, h));
            term.draw(|f| draw(f, &app)).unwrap();
            for _ in 0..(next(&mut seed) % 4) {
                let key = if matches!(app.screen(), Screen::Documents(_)) {
                    KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)
                } else {
                    storm_key(&mut seed)
                };
                app.handle_key(key);
                keys += 1;
                visited.insert(screen_name(&app));
                if next(&mut seed).is_multiple_of(8) {
                    app.handle_command(Command::Paste("1. x\n# y |z| *w*\n会議 🎉\n".into()));
                }
                term.draw(|f| draw(f, &app)).unwrap();
            }
        }));
        if result.is_err() {
            panics.push(format!("step {step} at {w}x{h}"));
        }
        if result.is_err() || app.quit {
            app = agenda_app();
            restarts += 1;
        }
    }
    eprintln!(
        "promise 7: resize storm of {RESIZES} sizes (largest {largest} cells) and {keys} keys, {restarts} restarts, \
         {} screens visited {visited:?}, {} panics, in {:.1?}",
        visited.len(),
        panics.len(),
        started.elapsed()
    );
    assert!(keys > RESIZES, "the keys did not reach the app");
    assert!(visited.len() >= 6, "the keys went nowhere: {visited:?}");
    assert!(panics.is_empty(), "panics: {panics:?}");
}

#[test]
fn promise_7_real_binary_survives_a_tmux_resize_storm() {
    use tmux_support::*;
    const RESIZES: usize = 300;
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("resize");
    let db = t.demo_db("demo.db");
    let run = t.run_dir("storm");
    t.session("s", 100, 30, &t.command(&run, "", "022", &format!("--db '{}' --lang nl", db.display())));
    t.wait_for("s", "Vergaderingen");
    let pid = t.pid(&run);
    let mut seed = 0x7e5u64;
    let started = Instant::now();
    for i in 0..RESIZES {
        let r = next(&mut seed);
        let (w, h) = match r % 50 {
            0 => (1000, 1000),
            1..=15 => (1 + (r >> 8) % 12, 1 + (r >> 16) % 6),
            _ => (1 + (r >> 8) % 300, 1 + (r >> 16) % 100),
        };
        t.tmux(&["resize-window", "-t", "s", "-x", &w.to_string(), "-y", &h.to_string()]);
        if i % 7 == 0 {
            t.keys("s", &[["Down", "Up", "End", "Home"][(r >> 32) as usize % 4]]);
        }
    }
    let storm = started.elapsed();
    t.tmux(&["resize-window", "-t", "s", "-x", "100", "-y", "30"]);
    assert!(!process_gone(pid), "annoteer died in the resize storm:\n{}", t.screen("s"));
    t.keys("s", &["?"]);
    t.wait_for("s", "Toetsen (Esc sluit)");
    // Escape and q sent at once may be read as one Alt-q: q only after the help has gone.
    t.keys("s", &["Escape"]);
    if let Err(e) = t.wait_until("s", "the help closed", |screen| !screen.contains("Toetsen (Esc sluit)")) {
        panic!("{e}");
    }
    t.keys("s", &["q"]);
    assert_eq!(t.exit_code(&run, tmux_support::PATIENCE).unwrap(), "0");
    let problems = t.terminal_problems("s", &run).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    eprintln!("promise 7: real binary through {RESIZES} tmux resizes in {storm:.1?}: alive, answers, quits cleanly");
}
