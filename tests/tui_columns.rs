//! Columns on a wide terminal: the advice is shown whole before the subject gets the spare room (issue 16).

mod tui_support;
use annoteer::locale::Lang;
use tui_support::*;

#[test]
fn on_a_wide_terminal_the_advice_column_is_whole() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    for w in [110, 140, 200] {
        let text = screen(&app, w, 30);
        let row = text.lines().find(|l| l.contains("Voorstel voor effectmeting") && l.contains("│6")).unwrap();
        assert!(row.contains("Akkoord met kanttekeningen"), "width {w}: {row}");
        assert!(row.contains("Ter besluitvorming (bijlage, PGT)"), "width {w}: {row}");
    }
}
