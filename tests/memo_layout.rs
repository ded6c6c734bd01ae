//! The memo as the TUI's `p` shows it (memo::layout): headings, bold, lists and the overview drawn with
//! lines, wrapped to the screen, nothing lost.

mod memo_fixture;

use annoteer::memo::layout::{layout, LineKind};
use annoteer::memo::memo_document;
use memo_fixture::{demo_record, seed_record};
use unicode_width::UnicodeWidthStr;

#[test]
fn the_demo_memo_on_a_100_column_screen() {
    let lines = layout(&memo_document(&demo_record()), 100);
    let text: Vec<String> = lines.iter().map(|l| l.text()).collect();
    assert!(text.iter().all(|l| l.width() <= 100));
    insta::assert_snapshot!("demo_memo_at_100_columns", text.join("\n"));
}

#[test]
fn styles_say_what_each_line_is() {
    let lines = layout(&memo_document(&seed_record()), 80);
    let of = |needle: &str| lines.iter().find(|l| l.text().contains(needle)).unwrap_or_else(|| panic!("no {needle}"));
    assert_eq!(of("Geannoteerde agenda").kind, LineKind::Title);
    assert_eq!(of("Deel 1: Reguliere Stuurgroep met PGT").kind, LineKind::Heading(1));
    assert_eq!(of("4. Voorstel voor effectmeting").kind, LineKind::Heading(2));
    assert_eq!(of("3.1 Bestedingsplan 2022").kind, LineKind::Heading(3));
    assert_eq!(of("VERTROUWELIJK").kind, LineKind::Marking);
    assert_eq!(of("│ Nr. │").kind, LineKind::Table);
    let advice = of("Advies: akkoord met kanttekeningen.");
    assert!(advice.spans.iter().any(|s| s.bold && s.text.contains("Advies: akkoord met kanttekeningen.")));
    let treatment = of("Ter besluitvorming (bijlage, PGT)");
    assert!(treatment.spans.iter().all(|s| s.italic || s.text.trim().is_empty()));
    assert!(lines.iter().any(|l| l.text().starts_with("• Sheet 7: Hier wordt gesteld")));
}

#[test]
fn every_word_of_the_memo_is_on_screen_at_every_width() {
    let memo = memo_document(&seed_record());
    let prose = |width: usize| -> String {
        let lines = layout(&memo, width);
        let over: Vec<String> = lines.iter().map(|l| l.text()).filter(|t| t.width() > width).collect();
        assert!(over.is_empty(), "width {width}: {over:?}");
        // A word broken over two lines joins up again once the white space is gone.
        lines
            .iter()
            .filter(|l| l.kind != LineKind::Table)
            .flat_map(|l| l.text().chars().collect::<Vec<_>>())
            .filter(|c| !c.is_whitespace() && *c != '─')
            .collect()
    };
    let wide = prose(1000);
    for width in [8, 13, 20, 33, 60, 80, 120] {
        assert_eq!(prose(width), wide, "width {width}");
    }
}
