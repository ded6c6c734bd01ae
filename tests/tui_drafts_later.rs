//! A draft put off with "later" is offered again when its field is opened, and is only ever removed when
//! it is stored or thrown away (issue 16).

mod tui_support;
use annoteer::domain::ItemId;
use annoteer::locale::Lang;
use annoteer::tui::app::App;
use annoteer::tui::overlays::Overlay;
use crossterm::event::KeyCode;
use tui_support::*;

const TYPED: &str = "Half af: de minister wil eerst de evaluatie zien";

/// A demo app whose store holds a draft of item 4's notes, as a killed annoteer leaves it.
fn app_with_a_draft() -> (App, ItemId) {
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let item = store.agenda(m).unwrap()[3].clone();
    store.save_draft(&format!("item:{}:notes", item.id.0), TYPED, item.revision).unwrap();
    (App::new(store, Lang::Nl), item.id)
}

/// From the meetings list to item 4's Notities field, and Enter on it.
fn open_the_notes_field(app: &mut App) {
    open_sg_24_march(app);
    for _ in 0..3 {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter); // the item
    press(app, KeyCode::End);
    // Up from Documenten: the cover note's summary, its proposed decision points, then Notities.
    for _ in 0..3 {
        press(app, KeyCode::Up);
    }
    press(app, KeyCode::Enter);
}

#[test]
fn later_then_opening_the_field_offers_the_draft_and_leaving_stores_it() {
    let (mut app, item) = app_with_a_draft();
    assert!(matches!(app.overlay, Some(Overlay::DraftOffer(_))), "the draft is offered at the start");
    press(&mut app, KeyCode::Esc); // later
    assert!(app.overlay.is_none());
    open_the_notes_field(&mut app);
    let ed = app.editor.as_ref().expect("typing in Notities");
    assert_eq!(ed.text(), TYPED, "the field starts from the draft");
    assert_eq!(app.status.as_ref().unwrap().text, "Concept teruggezet; Esc bewaart het.");
    press(&mut app, KeyCode::Esc);
    assert!(app.editor.is_none());
    assert_eq!(app.store.item(item).unwrap().notes, TYPED, "stored");
    assert!(app.store.drafts().unwrap().is_empty(), "stored, so the draft has done its work");
}

#[test]
fn leaving_a_field_unchanged_never_throws_a_draft_away() {
    let (mut app, item) = app_with_a_draft();
    press(&mut app, KeyCode::Esc);
    open_the_notes_field(&mut app);
    // Whatever happens in the field, the typed text is either stored or still a draft.
    press(&mut app, KeyCode::Esc);
    let stored = app.store.item(item).unwrap().notes;
    let kept = app.store.drafts().unwrap().iter().any(|d| d.text == TYPED);
    assert!(stored == TYPED || kept, "the draft was lost: notes {stored:?}");
}
