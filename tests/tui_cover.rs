//! The cover note on the screens: the item screen shows what was read and where from, edits it like the
//! other fields; the decisions screen records the proposed decision with one key, or opens it to edit.

mod tui_support;

use annoteer::domain::{DocRole, ItemDraft, MeetingDraft, Treatment};
use annoteer::locale::Lang;
use annoteer::store::{Placement, Store};
use annoteer::tui::app::{App, Screen};
use crossterm::event::KeyCode;
use tui_support::*;

const OPLEGGER: &str = "Oplegger HASG\nDoel\tTer informatie\nKernpunten\tDrie stappen.\n\
Gevraagd besluit\t1. Kennis te nemen van het voorstel;\n\t2. Het PGT te vragen de nulmeting uit te voeren.\n";

/// One meeting, item 1 "ter besluitvorming" with the oplegger above linked; the app on its item screen.
fn app_on_item(dir: &std::path::Path) -> App {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft { body: "HASG".into(), date: "2022-03-24".into(), ..Default::default() })
        .unwrap();
    let item = s
        .add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft {
                title: "Voorstel voor effectmeting".into(),
                treatment: Some(Treatment::TerBesluitvorming),
                ..Default::default()
            },
        )
        .unwrap();
    let paper = dir.join("Oplegger effectmeting v1.0.txt");
    std::fs::write(&paper, OPLEGGER).unwrap();
    s.link_document(item, &paper, DocRole::Oplegger).unwrap();
    let mut app = App::new(s, Lang::Nl);
    press(&mut app, KeyCode::Enter);
    assert!(screen(&app, 120, 20).contains('⚠'), "the agenda warns with nothing typed");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Item(_)));
    app
}

fn select_row(app: &mut App, label: &str) {
    for _ in 0..20 {
        let Screen::Item(v) = app.screen() else { panic!("not on the item screen") };
        let text = screen(app, 120, 40);
        let selected_line = text.lines().nth(2 + v.selected).unwrap_or_default().to_string();
        if selected_line.contains(label) {
            return;
        }
        press(app, KeyCode::Down);
    }
    panic!("no row {label}");
}

#[test]
fn the_item_screen_shows_the_purpose_and_points_with_where_they_were_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_item(dir.path());
    select_row(&mut app, "Doel volgens oplegger");
    let text = screen(&app, 120, 40);
    assert!(text.contains("Ter informatie"), "{text}");
    assert!(text.contains("gelezen onder 'Doel' in Oplegger effectmeting v1.0.txt"), "{text}");
    select_row(&mut app, "Voorgesteld besluit");
    let text = screen(&app, 120, 40);
    assert!(text.contains("• Kennis te nemen van het voorstel"), "{text}");
    assert!(text.contains("gelezen onder 'Gevraagd besluit'"), "{text}");
}

#[test]
fn the_proposed_decision_is_edited_like_any_field_and_marked_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_item(dir.path());
    select_row(&mut app, "Voorgesteld besluit");
    press(&mut app, KeyCode::Enter);
    assert!(app.editor.is_some(), "Enter types in the points");
    type_text(&mut app, "X");
    press(&mut app, KeyCode::Esc);
    let Screen::Item(v) = app.screen() else { panic!() };
    let note = app.store.cover_note(v.item.id).unwrap().unwrap();
    assert!(note.decisions_by_hand, "{note:?}");
    assert!(note.proposed_decisions.concat().contains('X'));
    assert!(screen(&app, 120, 40).contains("met de hand aangepast"));
    // R: back to what the paper says.
    type_text(&mut app, "R");
    let note = app.store.cover_note(v_id(&app)).unwrap().unwrap();
    assert!(!note.decisions_by_hand);
    assert_eq!(note.proposed_decisions[0], "Kennis te nemen van het voorstel");
}

fn v_id(app: &App) -> annoteer::domain::ItemId {
    match app.screen() {
        Screen::Item(v) => v.item.id,
        _ => panic!("not on the item screen"),
    }
}

#[test]
fn the_decisions_screen_records_the_proposed_decision_with_one_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_item(dir.path());
    let item = v_id(&app);
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "b");
    assert!(matches!(app.screen(), Screen::Decisions(_)));
    type_text(&mut app, "p");
    let m = app.store.item(item).unwrap().meeting_id;
    let decisions = app.store.meeting_decisions(m).unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].item_id, Some(item));
    assert_eq!(
        decisions[0].text,
        "1. Kennis te nemen van het voorstel\n2. Het PGT te vragen de nulmeting uit te voeren"
    );
    assert_eq!(decisions[0].reference, "Agendapunt 1");
    type_text(&mut app, "p");
    assert_eq!(app.store.meeting_decisions(m).unwrap().len(), 1, "an item with its decision is not offered again");
    assert!(screen(&app, 120, 30).contains("Geen voorgesteld besluit meer"));
}

#[test]
fn shift_p_opens_the_proposed_decision_in_the_form_to_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_item(dir.path());
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "b");
    type_text(&mut app, "P");
    let Screen::EntryForm(f) = app.screen() else { panic!("the form opens") };
    assert!(f.text.starts_with("1. Kennis te nemen van het voorstel"));
    assert_eq!(f.reference, "Agendapunt 1");
}
