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
