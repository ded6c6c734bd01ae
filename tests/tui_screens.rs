//! Whole screens drawn on ratatui's TestBackend and compared with insta snapshots; tiny sizes; wide characters.

mod tui_support;

use annoteer::domain::{ItemDraft, ItemField};
use annoteer::locale::Lang;
use annoteer::store::Placement;
use annoteer::tui::app::{App, Screen};
use crossterm::event::KeyCode;
use tui_support::*;

fn on_item(app: &mut App, row_field: ItemField) {
    press(app, KeyCode::Enter);
    let Screen::Item(v) = app.screen_mut() else { panic!("no item screen") };
    v.select_field(row_field);
}

#[test]
fn meetings_screen() {
    let app = demo_app(Lang::Nl);
    insta::assert_snapshot!(screen(&app, 100, 14));
}

#[test]
fn meetings_screen_empty() {
    let app = empty_app();
    insta::assert_snapshot!(screen(&app, 70, 6));
}

#[test]
fn agenda_screen() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    for _ in 0..5 {
        press(&mut app, KeyCode::Down); // 6 Voorstel voor effectmeting: advice and a mismatch
    }
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn agenda_screen_wide_side_by_side() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    press(&mut app, KeyCode::Down);
    insta::assert_snapshot!(screen(&app, 160, 24));
}

#[test]
fn agenda_screen_in_english() {
    let mut app = demo_app(Lang::En);
    open_sg_24_march(&mut app);
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn item_screen() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down); // 4 Programmaplan 2022
    }
    on_item(&mut app, ItemField::TalkingPoints);
    insta::assert_snapshot!(screen(&app, 100, 34));
}

#[test]
fn item_screen_while_typing() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    on_item(&mut app, ItemField::Annotation);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Advies volgt na de PO van woensdag.");
    insta::assert_snapshot!(screen(&app, 90, 30));
}

#[test]
fn help_overlay_on_the_agenda() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "?");
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn delete_question_on_the_agenda() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "d");
    insta::assert_snapshot!(screen(&app, 100, 20));
}

#[test]
fn documents_screen() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    press(&mut app, KeyCode::Down);
    type_text(&mut app, "D");
    insta::assert_snapshot!(screen(&app, 100, 8));
}

#[test]
fn meeting_form_of_an_existing_meeting() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "m");
    insta::assert_snapshot!(screen(&app, 90, 14));
}

/// Every screen and overlay the tests can reach, for the size checks.
fn all_states() -> Vec<(&'static str, App)> {
    let mut v = vec![("meetings", demo_app(Lang::Nl)), ("empty", empty_app())];
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    v.push(("agenda", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    press(&mut a, KeyCode::Tab);
    v.push(("agenda detail", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    on_item(&mut a, ItemField::Annotation);
    v.push(("item", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    on_item(&mut a, ItemField::Annotation);
    press(&mut a, KeyCode::Enter);
    type_text(&mut a, "typen");
    v.push(("typing", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    type_text(&mut a, "?");
    v.push(("help", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    type_text(&mut a, "d");
    v.push(("confirm", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    type_text(&mut a, "a");
    v.push(("prompt", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    type_text(&mut a, "D");
    v.push(("documents", a));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "a");
    v.push(("new meeting", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    on_item(&mut a, ItemField::Treatment);
    press(&mut a, KeyCode::Enter);
    v.push(("picker", a));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "/programma");
    v.push(("search", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_24_march(&mut a);
    type_text(&mut a, "p");
    v.push(("preview", a));
    v
}

#[test]
fn tiny_sizes() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    assert_eq!(screen(&app, 0, 0), "");
    insta::assert_snapshot!("tiny_1x1", screen(&app, 1, 1));
    insta::assert_snapshot!("tiny_12x6_agenda", screen(&app, 12, 6));
    let app = demo_app(Lang::Nl);
    insta::assert_snapshot!("tiny_12x6_meetings", screen(&app, 12, 6));
}

#[test]
fn every_size_up_to_12_by_6_draws_without_panic() {
    for (name, app) in all_states() {
        for w in 0..=12 {
            for h in 0..=6 {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| screen(&app, w, h)));
                assert!(result.is_ok(), "{name} panicked at {w}x{h}");
            }
        }
        for (w, h) in [(1, 40), (200, 1), (13, 7), (40, 3), (79, 23), (300, 100)] {
            let _ = screen(&app, w, h);
        }
    }
}

#[test]
fn wide_characters_keep_the_columns_aligned() {
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    for title in ["会议纪要与行动清单", "Planning 👍 en 🎉 vervolg", "Gewoon punt"] {
        let d = ItemDraft {
            title: title.into(),
            treatment: Some(annoteer::domain::Treatment::TerBesluitvorming),
            ..Default::default()
        };
        store.add_item(m, Placement::End { parent: None }, None, &d).unwrap();
    }
    let mut app = App::new(store, Lang::Nl);
    open_sg_24_march(&mut app);
    let t = render(&app, 120, 40);
    let buf = t.backend().buffer();
    let column_of = |y: u16, needle: &str| -> Option<u16> {
        let first = needle.chars().next().unwrap().to_string();
        (0..buf.area.width).find(|&x| {
            buf[(x, y)].symbol() == first && {
                let mut s = String::new();
                let mut xx = x;
                while xx < buf.area.width && s.chars().count() < needle.chars().count() {
                    s.push_str(buf[(xx, y)].symbol());
                    xx += 1;
                }
                s == needle
            }
        })
    };
    let header = (0..buf.area.height).find(|&y| column_of(y, "Behandeling").is_some()).unwrap();
    let col = column_of(header, "Behandeling").unwrap();
    let mut checked = 0;
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect();
        if ["会", "Planning", "Gewoon"].iter().any(|s| row.contains(s)) {
            assert_eq!(column_of(y, "Ter besluitvorming"), Some(col), "row {y}: {row}");
            checked += 1;
        }
    }
    assert_eq!(checked, 3);
}

#[test]
fn drafts_offered_at_start() {
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let item = store.agenda(m).unwrap()[3].clone();
    store.save_draft(&format!("item:{}:annotation", item.id.0), "Half af: de oriëntatie van de minister…", 0).unwrap();
    store
        .save_draft(
            "meeting:new",
            r#"{"body":"HASG","date":"2022-04-12","time":"","place":"","title":"","classification":"","addressee":"","author":""}"#,
            0,
        )
        .unwrap();
    let app = App::new(store, Lang::Nl);
    insta::assert_snapshot!(screen(&app, 100, 16));
}

#[test]
fn memo_preview() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "p");
    insta::assert_snapshot!(screen(&app, 100, 16));
}

#[test]
fn a_title_of_half_a_megabyte_draws_everywhere_without_panic() {
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let title = "Zeer lange titel 会议 ".repeat(25_000);
    // The store refuses such a title when typed (at most 300 characters); a database may hold one from
    // before that rule, so the screens must still draw it.
    let short = ItemDraft { title: "Kort".into(), ..Default::default() };
    let id = store.add_item(m, Placement::End { parent: None }, None, &short).unwrap();
    let d = ItemDraft { title: title.clone(), ..Default::default() };
    store.update_item(id, &d, store.item(id).unwrap().revision).unwrap();
    store.add_part(m, &title).unwrap();
    let mut app = App::new(store, Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "G");
    for (w, h) in [(100, 30), (20, 8), (3, 3)] {
        let _ = screen(&app, w, h);
    }
    type_text(&mut app, "d"); // the question holds the whole title
    for (w, h) in [(100, 30), (20, 8), (3, 3)] {
        let _ = screen(&app, w, h);
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    let Screen::Item(v) = app.screen_mut() else { panic!() };
    v.selected = 6; // the part picker lists the long part title
    press(&mut app, KeyCode::Enter);
    let _ = screen(&app, 100, 30);
}
