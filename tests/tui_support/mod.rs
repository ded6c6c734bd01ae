//! Helpers for the TUI tests: an app on the demo data, keys by name, the screen as text.
#![allow(dead_code)]

use annoteer::locale::Lang;
use annoteer::store::Store;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::draw::draw;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

pub fn demo_store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    s
}

pub fn demo_app(lang: Lang) -> App {
    App::new(demo_store(), lang)
}

pub fn empty_app() -> App {
    App::new(Store::open_in_memory().unwrap(), Lang::Nl)
}

pub fn key_event(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Each character as a key press (capitals with Shift, as a terminal sends them).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
        app.handle_key(KeyEvent::new(KeyCode::Char(c), mods));
    }
}

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_key(key_event(code));
}

pub fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| draw(f, app)).unwrap();
    t
}

pub fn screen(app: &App, w: u16, h: u16) -> String {
    let t = render(app, w, h);
    // TestBackend cannot print a buffer without columns.
    if w == 0 {
        return String::new();
    }
    t.backend().to_string()
}

/// Opens the agenda of the Stuurgroep MIT of 24 March 2022 (the third in the list: past meetings are
/// listed newest first).
pub fn open_sg_24_march(app: &mut App) {
    press(app, KeyCode::Home);
    for _ in 0..2 {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    match app.screen() {
        Screen::Agenda(v) => assert_eq!(v.record.meeting.date, "2022-03-24"),
        _ => panic!("the agenda did not open"),
    }
}

pub fn agenda(app: &App) -> &annoteer::tui::screens::AgendaView {
    match app.screen() {
        Screen::Agenda(v) => v,
        _ => panic!("not on the agenda"),
    }
}

pub fn numbered_titles(app: &App) -> Vec<String> {
    agenda(app).record.items.iter().map(|r| format!("{} {}", r.item.number, r.item.title)).collect()
}

/// The status line's text, empty when there is none.
pub fn status(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

/// Every file below `dir`, in its subfolders too.
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(files_under(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}
