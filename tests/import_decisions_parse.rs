//! The pure decision-list parser: formats, header names, dates, line numbers.

use annoteer::import::decisions::{parse, Format};

#[test]
fn header_names_in_dutch_and_english_any_case_with_extra_columns() {
    let text = "Nr\tDATUM BESLUIT\tBesluittekst\tOrgaan\tKenmerk (intern)\n1\t1-2-2022\tEen\tKLO\tK-1\n";
    let p = parse(text, None).unwrap();
    assert_eq!(p.format, Format::Tsv);
    let d = &p.decisions[0];
    assert_eq!(
        (d.date.as_str(), d.text.as_str(), d.body.as_str(), d.reference.as_str()),
        ("2022-02-01", "Een", "KLO", "K-1")
    );
    assert_eq!(d.line, 2);
}

#[test]
fn line_numbers_count_lines_of_the_file_not_rows() {
    let text = "\n\ndate,text,body\n2022-01-01,\"twee\nregels\",SG\n\n2022-13-01,fout,SG\n";
    let p = parse(text, None).unwrap();
    assert_eq!(p.decisions[0].line, 4);
    assert_eq!(p.bad.len(), 1);
    assert_eq!(p.bad[0].line, 7);
    assert!(p.bad[0].message.contains("\"2022-13-01\" is not a date"), "{}", p.bad[0].message);
}

#[test]
fn a_row_may_have_several_problems_named_at_once() {
    let p = parse("datum;besluit;gremium\n;;\n-;;\n", None).unwrap();
    assert_eq!(p.bad.len(), 1, "an empty row is skipped, not bad");
    let m = &p.bad[0].message;
    assert!(m.contains("not a date") && m.contains("text is empty") && m.contains("no body"), "{m}");
}

#[test]
fn the_seed_table_is_found_inside_the_minutes() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed_besluiten_table.txt"))
        .unwrap();
    let p = parse(&text, Some("Stuurgroep MIT")).unwrap();
    assert_eq!(p.format, Format::Table);
    assert_eq!(p.decisions.len(), 7);
    assert!(p.bad.is_empty());
    assert_eq!(p.decisions[0].date, "2022-02-11");
    assert_eq!(p.decisions[3].reference, "");
    assert_eq!(p.decisions[5].reference, "Agendapunt 4.5");
    assert!(p.decisions.iter().all(|d| d.body == "Stuurgroep MIT"));
    assert!(parse(&text, None).unwrap_err().contains("--body"));
}

#[test]
fn numbered_entries_join_wrapped_lines_and_keep_paragraphs() {
    let text = "Besluitenlijst KLO 8 maart 2022\n\n20220308.1 Opening\n20220308.2 Inzet – akkoord met\nde inzet.\n\nNadere uitwerking volgt.\n20220308.3\n";
    let p = parse(text, Some("KLO")).unwrap();
    assert_eq!(p.format, Format::Numbered);
    assert_eq!(p.decisions.len(), 2);
    assert_eq!(p.decisions[1].text, "Inzet – akkoord met de inzet.\n\nNadere uitwerking volgt.");
    assert_eq!(p.decisions[1].reference, "20220308.2");
    assert_eq!(p.bad.len(), 1);
    assert_eq!(p.bad[0].line, 8);
    assert!(p.bad[0].message.contains("text is empty"));
}

#[test]
fn prose_is_not_a_decision_list() {
    let e = parse("Dit is een memo.\nMet 2 regels, en een komma.\n", Some("SG")).unwrap_err();
    assert!(e.contains("no decision list found"), "{e}");
    assert!(parse("", Some("SG")).unwrap_err().contains("empty"));
}
