//! Points a new user found walking through the screens (/work/walk/FINDINGS.md, F-numbers): each test
//! fails without its fix.

mod tui_support;
use annoteer::domain::{ItemDraft, MeetingDraft};
use annoteer::locale::Lang;
use annoteer::store::{Placement, Store};
use annoteer::tui::app::App;
use crossterm::event::KeyCode;
use tui_support::*;

/// A meeting of five items, the first of which is in "Deel 1: Reguliere Stuurgroep"; the app on its agenda.
fn agenda_with_a_part() -> App {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2026-12-10".into(),
            ..Default::default()
        })
        .unwrap();
    let part = s.add_part(m, "Deel 1: Reguliere Stuurgroep").unwrap();
    for (i, title) in ["Opening", "Verslag", "Effectmeting", "Rondvraag", "Sluiting"].iter().enumerate() {
        let draft = ItemDraft { title: title.to_string(), ..Default::default() };
        s.add_item(m, Placement::End { parent: None }, (i == 0).then_some(part), &draft).unwrap();
    }
    let mut app = App::new(s, Lang::Nl);
    press(&mut app, KeyCode::Enter);
    app
}

/// F30: items in no part after a part's items stand under "Overige agendapunten" on the screen, as in the memo.
#[test]
fn items_in_no_part_are_not_shown_under_the_part_above() {
    let app = agenda_with_a_part();
    let shown = screen(&app, 120, 30);
    let at = |needle: &str| shown.find(needle).unwrap_or_else(|| panic!("{needle} missing:\n{shown}"));
    assert!(at("Deel 1: Reguliere Stuurgroep") < at("Opening"));
    assert!(at("Opening") < at("Overige agendapunten"), "{shown}");
    assert!(at("Overige agendapunten") < at("Verslag"), "{shown}");
    let memo = annoteer::memo::render_memo(&app.store.meeting_record(agenda(&app).meeting_id).unwrap());
    assert!(memo.contains("# Overige agendapunten"), "the memo says the same: {memo}");
}

/// An empty meeting of the Stuurgroep MIT, the app on its agenda.
fn empty_agenda() -> App {
    let mut s = Store::open_in_memory().unwrap();
    s.create_meeting(&MeetingDraft { body: "Stuurgroep MIT".into(), date: "2026-12-10".into(), ..Default::default() })
        .unwrap();
    let mut app = App::new(s, Lang::Nl);
    press(&mut app, KeyCode::Enter);
    app
}

/// F20: after moving imported items, `u` says it would undo the whole import and asks; only yes does it.
#[test]
fn u_after_moving_imported_items_asks_before_undoing_the_import() {
    let mut app = empty_agenda();
    type_text(&mut app, "I");
    app.handle_command(annoteer::tui::command::Command::Paste(
        "1. Opening\n2. Verslag\n3. Effectmeting\n4. Rondvraag\n5. Sluiting\n".into(),
    ));
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(agenda(&app).record.items.len(), 5);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    type_text(&mut app, ">");
    let moved = numbered_titles(&app);
    assert_ne!(moved[2], "3 Effectmeting", "indented: {moved:?}");
    type_text(&mut app, "u");
    let shown = screen(&app, 120, 30);
    assert!(matches!(app.overlay, Some(annoteer::tui::overlays::Overlay::Confirm(_))), "{shown}");
    assert!(shown.contains("hele importeren ongedaan"), "{shown}");
    assert_eq!(agenda(&app).record.items.len(), 5, "nothing undone before the answer");
    type_text(&mut app, "n");
    assert_eq!(numbered_titles(&app), moved, "no: the agenda stays as it is");
    type_text(&mut app, "u");
    type_text(&mut app, "j");
    assert!(agenda(&app).record.items.is_empty(), "yes: the import is undone");
}

/// Right after an import, `u` still takes it back at once, as its message promises.
#[test]
fn u_right_after_an_import_undoes_it_without_a_question() {
    let mut app = empty_agenda();
    type_text(&mut app, "I");
    app.handle_command(annoteer::tui::command::Command::Paste("1. Opening\n2. Sluiting\n".into()));
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "u");
    assert!(app.overlay.is_none());
    assert!(agenda(&app).record.items.is_empty());
}
