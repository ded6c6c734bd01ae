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
    assert!(text.contains("(0 besluiten, 1 agendapunt)"), "{text}");
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

/// The row of the hit whose text has `text`, as drawn at `w` columns.
fn hit_row(app: &App, w: u16, text: &str) -> String {
    let drawn = screen(app, w, 20);
    drawn
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row with {text:?} at {w}:\n{drawn}"))
        .to_string()
}

#[test]
fn where_columns_do_not_fit_the_body_goes_before_the_date() {
    let mut app = searched("effectmeting");
    // Wide, the hits alone (Ctrl-P hides the preview): body, date and reference whole.
    app.handle_key(ctrl('p'));
    let wide = hit_row(&app, 130, "Voorstel voor");
    assert!(wide.contains("Stuurgroep MIT 24 maart 2022 6 "), "{wide}");
    app.handle_key(ctrl('p'));
    // Narrower, and wide with the preview beside: the date stays whole, the body is what goes.
    for w in [130, 80, 60] {
        let row = hit_row(&app, w, "Voorstel");
        // (At 130 the preview beside the hits starts with the body: only the list's columns count.)
        assert!(row.starts_with("\"24 maart 2022 6 "), "at {w}: {row}");
        assert!(!row[..(w as usize / 2)].contains("Stuurgroep"), "at {w}: {row}");
    }
    // So narrow that the long date does not fit either: the date as digits, still whole.
    let row = hit_row(&app, 36, "orstel");
    assert!(row.starts_with("\"2022-03-24"), "{row}");
}

#[test]
fn the_body_goes_from_every_row_or_from_none_so_the_column_reads_the_same() {
    let app = searched("verslag");
    let drawn = screen(&app, 80, 20);
    let rows: Vec<&str> = drawn.lines().skip(2).filter(|l| l.contains("Agendapunt") || l.contains("Besluit")).collect();
    assert!(rows.len() >= 5, "{drawn}");
    // "MIO 30 maart 2022 1.1" fits the column, "Stuurgroep MIT 24 maart 2022 2" does not: no row has its body.
    for row in &rows {
        let head = &row[1..];
        assert!(head.starts_with("30 maart 2022") || head.starts_with("24 maart 2022"), "{drawn}");
    }
}

#[test]
fn ctrl_u_clears_the_query_to_the_start_as_in_a_shell() {
    let mut app = searched("abc def");
    app.handle_key(ctrl('u'));
    let Screen::Search(v) = app.screen() else { panic!("left the search") };
    assert_eq!(v.query_text(), "", "Ctrl-U deletes to the start of the line, not one letter");
    type_text(&mut app, "verslag");
    let Screen::Search(v) = app.screen() else { panic!() };
    assert_eq!(v.query_text(), "verslag");
}
