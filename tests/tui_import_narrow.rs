//! The import preview on a narrow terminal: where an item's treatment does not fit its row, the treatment
//! of the selected item (j/k) is said whole under the table (issue 16).

mod tui_support;

use annoteer::locale::Lang;
use annoteer::tui::command::Command;
use crossterm::event::KeyCode;
use ratatui::style::Modifier;
use tui_support::*;

const PASTE: &str = "Agenda Stuurgroep\n\n1. Opening\n2. Programmaplan 2023 voor de komende jaren\nTer besluitvorming (bijlage, PGT)\n2.1 Deelplan\nzie ook de brief van 3 mei\n3. Voortgang MIT ter informatie\n";

fn previewed(lang: Lang) -> annoteer::tui::app::App {
    let mut app = demo_app(lang);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste(PASTE.into()));
    app.handle_key(ctrl('s'));
    app
}

/// The rows drawn, and the text of the row drawn reversed (the selected item).
fn drawn(app: &annoteer::tui::app::App, w: u16, h: u16) -> (Vec<String>, String) {
    let t = render(app, w, h);
    let buf = t.backend().buffer();
    let rows: Vec<String> =
        (0..h).map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>()).collect();
    let marked = (0..h)
        .find(|&y| (1..w - 1).all(|x| buf[(x, y)].modifier.contains(Modifier::REVERSED)))
        .map(|y| rows[y as usize].clone())
        .unwrap_or_default();
    (rows, marked)
}

#[test]
fn the_selected_items_treatment_is_said_under_the_table_where_its_row_cuts_it() {
    let mut app = previewed(Lang::Nl);
    press(&mut app, KeyCode::Down);
    for w in [60, 80] {
        let (rows, marked) = drawn(&app, w, 20);
        assert!(marked.contains("2 Programmaplan"), "item 2 is selected at {w}: {rows:#?}");
        assert!(!marked.contains("Ter besluitvorming (bijlage, PGT)"), "its row cuts it at {w}: {marked}");
        let bottom = &rows[18];
        assert!(bottom.starts_with("└ Behandeling van 2: Ter besluitvorming (bijlage, PGT) ─"), "at {w}: {bottom}");
    }
    // Where every row has room, nothing more is said.
    let (rows, _) = drawn(&app, 200, 20);
    assert!(rows
        .iter()
        .any(|r| r.contains("2 Programmaplan 2023 voor de komende jaren · Ter besluitvorming (bijlage, PGT)")));
    assert!(rows[18].starts_with("└───"), "{}", rows[18]);
}

#[test]
fn on_a_low_screen_the_table_follows_the_selection_and_k_after_g_goes_up_one() {
    let mut app = previewed(Lang::En);
    type_text(&mut app, "G");
    let (rows, marked) = drawn(&app, 60, 9);
    assert!(marked.contains("3 Voortgang MIT"), "the last item, scrolled into view: {rows:#?}");
    assert!(rows[7].contains("Treatment of 3: For information"), "{}", rows[7]);
    type_text(&mut app, "k");
    let (rows, marked) = drawn(&app, 60, 9);
    assert!(marked.contains("2.1 Deelplan"), "{rows:#?}");
    assert!(rows[7].contains("Treatment of 2.1: For decision"), "{}", rows[7]);
    type_text(&mut app, "gk");
    let (rows, marked) = drawn(&app, 60, 9);
    assert!(marked.contains("1 Opening"), "{marked:?} {rows:#?}");
    assert!(rows[7].contains("No treatment read for 1"), "{}", rows[7]);
}
