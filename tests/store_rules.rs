//! The rules of the data are the store's, typed, and said in the user's language by the locale: the CLI
//! and the TUI refuse the same input with the same sentence.

mod tui_support;

use annoteer::domain::{ItemDraft, ItemField, MeetingDraft, MAX_TITLE_CHARS};
use annoteer::locale::Lang;
use annoteer::store::{Placement, Store};
use annoteer::{Error, Refusal};
use crossterm::event::KeyCode;
use tui_support::*;

fn meeting(s: &mut Store) -> annoteer::domain::MeetingId {
    let d = MeetingDraft { body: "Stuurgroep MIT".into(), date: "2022-03-24".into(), ..Default::default() };
    s.create_meeting(&d).unwrap()
}

#[test]
fn the_store_refuses_a_title_too_long_or_empty_and_a_date_that_is_none() {
    let mut s = Store::open_in_memory().unwrap();
    let m = meeting(&mut s);
    let end = Placement::End { parent: None };
    let long = ItemDraft { title: "x".repeat(MAX_TITLE_CHARS + 1), ..Default::default() };
    let err = s.add_item(m, end, None, &long).unwrap_err();
    assert!(matches!(err, Error::Refused(Refusal::TitleTooLong { max: 300 })), "{err:?}");
    let exact = ItemDraft { title: "x".repeat(MAX_TITLE_CHARS), ..Default::default() };
    let id = s.add_item(m, end, None, &exact).unwrap();
    let err = s.set_item_field(id, ItemField::Title, &"x".repeat(300), &"y".repeat(301)).unwrap_err();
    assert!(matches!(err, Error::Refused(Refusal::TitleTooLong { .. })), "{err:?}");
    let err = s.set_item_field(id, ItemField::Title, &"x".repeat(300), "  ").unwrap_err();
    assert!(matches!(err, Error::Refused(Refusal::TitleNeeded)), "{err:?}");
    assert_eq!(s.item(id).unwrap().title, "x".repeat(300), "nothing changed");
    let bad = MeetingDraft { body: "SG".into(), date: "2022-02-30".into(), ..Default::default() };
    let err = s.create_meeting(&bad).unwrap_err();
    assert!(matches!(&err, Error::Refused(Refusal::NotADate(d, _)) if d == "2022-02-30"), "{err:?}");
    assert_eq!(Lang::Nl.describe(&err), "De datum '2022-02-30' bestaat niet in de kalender.");
    assert!(Lang::En.describe(&err).starts_with("The date '2022-02-30' is not a day in the calendar"));
}

#[test]
fn the_tui_says_the_stores_refusal_in_dutch() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = agenda(&app).record.items.len();
    type_text(&mut app, "a");
    type_text(&mut app, &"t".repeat(301));
    press(&mut app, KeyCode::Enter);
    let status = app.status.clone().expect("a message");
    assert!(status.error);
    assert_eq!(status.text, "Een titel is hooguit 300 tekens; lange tekst hoort in de annotatie of de notities.");
    assert!(app.overlay.is_some(), "the prompt stays open with the text");
    assert_eq!(agenda(&app).record.items.len(), before);
}
