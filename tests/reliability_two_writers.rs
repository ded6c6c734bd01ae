//! Promise 3: two annoteer windows on one database editing the same item lose no update silently; the
//! second writer is told, and its text is kept (as a draft) for it to merge.

mod common;

use annoteer::domain::{ItemDraft, ItemField, MeetingDraft};
use annoteer::store::{Access, Placement, Store};
use annoteer::Error;

#[test]
fn the_second_writer_is_told_and_keeps_its_text() {
    let sb = common::Sandbox::new();
    let db = sb.path("shared.db");
    let mut a = Store::open(&db, Access::Create).unwrap();
    let m =
        a.create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() }).unwrap();
    let item = a
        .add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft { title: "Huisvesting".into(), ..Default::default() },
        )
        .unwrap();
    let mut b = Store::open(&db, Access::Existing).unwrap();

    // Both windows show the item with an empty annotation and start typing.
    let seen_by_a = a.item(item).unwrap().annotation;
    let seen_by_b = b.item(item).unwrap().annotation;
    a.set_item_field(item, ItemField::Annotation, &seen_by_a, "Tekst van venster A").unwrap();
    let err = b.set_item_field(item, ItemField::Annotation, &seen_by_b, "Tekst van venster B").unwrap_err();
    assert!(matches!(err, Error::Conflict { .. }), "{err}");
    assert!(err.to_string().contains("changed elsewhere"), "{err}");
    // B keeps its text where it survives anything: a draft.
    b.save_draft(&format!("item:{}:annotation", item.0), "Tekst van venster B", 0).unwrap();

    assert_eq!(a.item(item).unwrap().annotation, "Tekst van venster A", "A's update was lost");
    assert_eq!(b.draft(&format!("item:{}:annotation", item.0)).unwrap().unwrap().text, "Tekst van venster B");

    // Once B has seen A's text, B's edit goes through.
    let now = b.item(item).unwrap().annotation;
    b.set_item_field(item, ItemField::Annotation, &now, "Tekst van venster A\n\nEn B").unwrap();
    assert_eq!(a.item(item).unwrap().annotation, "Tekst van venster A\n\nEn B");
}

#[test]
fn edits_to_different_fields_of_one_item_both_land() {
    let sb = common::Sandbox::new();
    let db = sb.path("shared.db");
    let mut a = Store::open(&db, Access::Create).unwrap();
    let m =
        a.create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() }).unwrap();
    let item = a
        .add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft { title: "Huisvesting".into(), ..Default::default() },
        )
        .unwrap();
    let mut b = Store::open(&db, Access::Existing).unwrap();
    a.set_item_field(item, ItemField::Annotation, "", "annotatie").unwrap();
    b.set_item_field(item, ItemField::AdviceText, "", "advies").unwrap();
    let it = a.item(item).unwrap();
    assert_eq!((it.annotation.as_str(), it.advice_text.as_str()), ("annotatie", "advies"));
}
