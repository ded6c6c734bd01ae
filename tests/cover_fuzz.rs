//! The cover note reader on any text: it never panics, and what it reads is no larger than the text.

use annoteer::import::cover::read_text;
use proptest::prelude::*;

fn form_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Doel",
        "Doel:",
        "\t",
        "\n",
        "\n\n",
        "Ter informatie",
        "Gevraagd besluit:",
        "1. ",
        "2. ",
        "a) ",
        "- ",
        "• ",
        "Het algemeen bestuur wordt gevraagd:",
        "stelt voor :",
        "Kernpunten",
        "BESLISPUNTEN",
        "Toelichting",
        ";",
        "é",
        "€ 4.125.000",
        "d.d.",
        "Concept verslag",
        "besluitvormend",
        " ",
        "ñ",
        "Beoogd effect",
        "(",
        ")",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(str::to_string), "\\PC{0,12}"], 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_reads_without_panic(text in form_like()) {
        let r = read_text(&text);
        let read: usize = r.decisions.iter().map(|d| d.len()).sum::<usize>() + r.summary.len();
        prop_assert!(read <= text.len() + 3 * (r.decisions.len() + 1) + 3);
        prop_assert!(r.purpose.is_some() != r.unknown.is_some(), "a purpose, or the reason there is none");
    }
}

#[test]
fn a_huge_paper_is_read_with_its_values_cut() {
    // A decision label followed by megabytes of text: the values are cut, the reading stays linear.
    let text = "Gevraagd besluit:\n".to_string() + &"1. in te stemmen met iets 2. nog iets ".repeat(100_000);
    let r = read_text(&text);
    assert!(r.unknown.is_some() || r.decisions.len() < 2000);
}
