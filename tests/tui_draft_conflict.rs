//! F19: a draft of a field that another window changed meanwhile is never saved over the other text
//! unseen. Restoring it asks: both versions in the field, my draft, or the other version (draft thrown
//! away); Esc keeps the draft for later. And a field opens on the text as stored now, not as the screen
//! loaded it.

mod tui_support;
use annoteer::domain::{ItemField, ItemId};
use annoteer::locale::Lang;
use annoteer::tui::app::App;
use annoteer::tui::overlays::{Overlay, PickPurpose};
use crossterm::event::KeyCode;
use tui_support::*;

const MINE: &str = "Uit venster een: eerst de evaluatie";
const THEIRS: &str = "Uit venster twee: de minister beslist";

/// Item 4's notes: a draft begun on the stored text, then another window stored its own text.
fn app_with_a_conflict() -> (App, ItemId) {
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let item = store.agenda(m).unwrap()[3].clone();
    store.save_draft(&format!("item:{}:notes", item.id.0), MINE, item.revision).unwrap();
    store.set_item_field(item.id, ItemField::Notes, &item.notes, THEIRS).unwrap();
    (App::new(store, Lang::Nl), item.id)
}

fn choice(app: &App) -> (String, String) {
    match &app.overlay {
        Some(Overlay::Picker(p)) => {
            assert!(matches!(p.purpose, PickPurpose::DraftConflict { .. }), "{:?}", p.purpose);
            (p.title.clone(), p.options[p.selected].1.clone())
        }
        _ => panic!("no choice open"),
    }
}

fn restore(app: &mut App) {
    assert!(matches!(app.overlay, Some(Overlay::DraftOffer(_))), "the draft is offered at the start");
    press(app, KeyCode::Enter);
}

#[test]
fn both_versions_go_into_the_field_and_nothing_is_lost() {
    let (mut app, item) = app_with_a_conflict();
    restore(&mut app);
    let (title, selected) = choice(&app);
    assert!(title.contains("intussen elders gewijzigd"), "{title}");
    assert_eq!(selected, "both", "the choice that loses nothing is the one selected");
    assert!(app.editor.is_none(), "no field is typed in before the user chose");
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Mijn concept") && shown.contains("De andere versie houden"), "{shown}");
    press(&mut app, KeyCode::Enter);
    let text = app.editor.as_ref().expect("typing in Notities").text();
    assert!(text.contains(MINE) && text.contains(THEIRS), "{text}");
    press(&mut app, KeyCode::Esc);
    let stored = app.store.item(item).unwrap().notes;
    assert!(stored.contains(MINE) && stored.contains(THEIRS), "{stored}");
    assert!(app.store.drafts().unwrap().is_empty());
}

#[test]
fn taking_theirs_throws_the_draft_away_and_keeps_their_text() {
    let (mut app, item) = app_with_a_conflict();
    restore(&mut app);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(choice(&app).1, "theirs");
    press(&mut app, KeyCode::Enter);
    assert!(app.editor.is_none());
    assert_eq!(app.store.item(item).unwrap().notes, THEIRS);
    assert!(app.store.drafts().unwrap().is_empty(), "the draft was discarded as chosen");
}

#[test]
fn mine_is_chosen_knowingly_and_esc_at_the_question_keeps_the_draft() {
    let (mut app, item) = app_with_a_conflict();
    restore(&mut app);
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none() && app.editor.is_none());
    assert_eq!(app.store.drafts().unwrap().len(), 1, "later: the draft stays");
    assert_eq!(app.store.item(item).unwrap().notes, THEIRS);
    // Opening the field again asks again (the draft is not put over the other text on the quiet).
    press(&mut app, KeyCode::Enter);
    assert_eq!(choice(&app).1, "both");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.editor.as_ref().expect("typing").text(), MINE);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.store.item(item).unwrap().notes, MINE);
}

#[test]
fn a_field_opens_on_the_text_stored_now() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter); // the item screen, loaded now
    let id = match app.screen() {
        annoteer::tui::app::Screen::Item(v) => v.item.clone(),
        _ => panic!("not on the item"),
    };
    // Another window stores an annotation after this screen loaded.
    app.store.set_item_field(id.id, ItemField::Annotation, &id.annotation, THEIRS).unwrap();
    let Some(row) = (0..30).find(|_| {
        let on = matches!(app.screen(), annoteer::tui::app::Screen::Item(v)
            if v.row() == annoteer::tui::screens::item::ItemRow::Field(ItemField::Annotation));
        if !on {
            press(&mut app, KeyCode::Down);
        }
        on
    }) else {
        panic!("no Annotatie row")
    };
    let _ = row;
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.editor.as_ref().expect("typing").text(), THEIRS);
    type_text(&mut app, " en meer");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.store.item(id.id).unwrap().annotation, format!("{THEIRS} en meer"), "no conflict, no loss");
}

/// Walk-through G22: a title is one line; "both versions" with a separator line would not fit it.
#[test]
fn a_title_conflict_offers_mine_or_theirs_not_both() {
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let item = store.agenda(m).unwrap()[3].clone();
    store.save_draft(&format!("item:{}:title", item.id.0), "Mijn titel", item.revision).unwrap();
    store.set_item_field(item.id, ItemField::Title, &item.title, "Hun titel").unwrap();
    let mut app = App::new(store, Lang::Nl);
    restore(&mut app);
    let (_, selected) = choice(&app);
    assert_eq!(selected, "mine");
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!() };
    assert!(p.options.iter().all(|(_, code)| code != "both"), "{:?}", p.options);
    press(&mut app, KeyCode::Enter);
    let text = app.editor.as_ref().expect("typing in the title").text();
    assert_eq!(text, "Mijn titel");
}
