//! The TUI search: decisions and agenda items from the first key, counts per kind, the scope remembered,
//! and the preview of the selected hit (beside the hits on a wide screen, on Ctrl-P on a narrow one).

mod tui_support;

use annoteer::locale::Lang;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::screens::search::SearchScope;
use crossterm::event::KeyCode;
use std::time::{Duration, Instant};
use tui_support::*;

fn settled(app: &mut App) -> usize {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        app.tick(Instant::now());
        if let Screen::Search(v) = app.screen() {
            if !v.searching && v.query_text() == v.query_text().trim_end() {
                return v.hits.len();
            }
        }
        assert!(Instant::now() < deadline, "no answer from the search");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn searched(query: &str) -> App {
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "/");
    type_text(&mut app, query);
    settled(&mut app);
    app
}

#[test]
fn a_typo_query_finds_the_item_and_the_preview_shows_it_whole_beside_the_hits() {
    let app = searched("effcetmeting tbml");
    let text = screen(&app, 130, 26);
    assert!(text.contains("Voorstel voor effectmeting"), "{text}");
    assert!(text.contains("(0 besluiten, 1 agendapunten)"), "{text}");
    assert!(text.contains("Advies"), "the preview shows the advice: {text}");
    insta::assert_snapshot!("search_preview_wide", text);
}

#[test]
fn on_a_narrow_screen_ctrl_p_shows_the_preview_instead_of_the_hits() {
    let mut app = searched("financieel kader");
    let list = screen(&app, 80, 20);
    assert!(!list.contains("Annotatie"), "{list}");
    app.handle_key(ctrl('p'));
    let preview = screen(&app, 80, 20);
    assert!(preview.contains("Annotatie") && preview.contains("Advies"), "{preview}");
    insta::assert_snapshot!("search_preview_narrow", preview);
    app.handle_key(ctrl('p'));
    assert_eq!(screen(&app, 80, 20), list);
}

#[test]
fn a_decision_previews_with_its_item() {
    let mut app = searched("kind:decision verslag vastgesteld");
    let Screen::Search(v) = app.screen() else { panic!() };
    assert!(!v.hits.is_empty());
    app.handle_key(ctrl('p'));
    let text = screen(&app, 80, 20);
    assert!(text.contains("Besluit") && text.contains("Verslag vastgesteld."), "{text}");
    assert!(text.contains("Verslag MIO 11 februari 2021 (concept)"), "the item it belongs to: {text}");
}

#[test]
fn the_scope_is_remembered_for_the_next_search() {
    let mut app = searched("effectmeting");
    press(&mut app, KeyCode::Tab);
    settled(&mut app);
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "/");
    let Screen::Search(v) = app.screen() else { panic!("no search") };
    assert_eq!(v.scope, SearchScope::Decisions);
    assert!(screen(&app, 120, 4).contains("In besluiten; Tab: alleen agendapunten."));
}
