//! What an agenda table's own cells say wins over the section a row stands in (walk-through F14, F27),
//! the meeting's own items take no section's treatment, and a list of incoming papers coded "I-1" is read
//! as papers under its heading (F15). Through `annoteer import agenda` and `show --json`, and the parser.

mod common;
mod read_support;

use annoteer::domain::Treatment;
use annoteer::import::agenda::parse_agenda;
use common::*;
use read_support::fixture;
use std::path::Path;

/// (number, title, treatment, notes, has_attachment, origin_note) per item, and the parts' titles.
type Row = (String, String, String, String, bool, String);

fn import(sb: &Sandbox, db: &Path, file: &Path) -> (Vec<Row>, Vec<String>) {
    let db = db.to_str().unwrap();
    let args =
        ["--db", db, "import", "agenda", file.to_str().unwrap(), "--body", "KLO", "--date", "11-12-2026", "--again"];
    let out = sb.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = sb.run(&["--db", db, "show", stdout(&out).trim(), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    let items = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let i = &i["item"];
            let attached = i["has_attachment"].as_bool().unwrap();
            (s(&i["number"]), s(&i["title"]), s(&i["treatment"]), s(&i["notes"]), attached, s(&i["origin_note"]))
        })
        .collect();
    let parts = json["parts"].as_array().unwrap().iter().map(|p| s(&p["title"])).collect();
    (items, parts)
}

fn find<'a>(items: &'a [Row], title: &str) -> &'a Row {
    items.iter().find(|r| r.1 == title).unwrap_or_else(|| panic!("no item {title:?} in {items:#?}"))
}

#[test]
fn a_rows_own_treatment_beats_its_section_and_closing_takes_none_in_word_and_pdf() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    for name in ["agenda_db.pdf", "agenda_db.docx"] {
        let (items, _) = import(&sb, &db, &fixture(name));
        let annual = find(&items, "Jaarrekening 2025");
        assert_eq!((annual.2.as_str(), annual.3.as_str()), ("ter_informatie", ""), "{name}: {annual:?}");
        assert_eq!(find(&items, "Tarieven zuiveringsheffing").2, "ter_bespreking", "{name}");
        assert_eq!(find(&items, "Rondvraag").2, "rondvraag", "{name}");
        assert_eq!(find(&items, "Sluiting").2, "", "{name}: closing takes no section's treatment");
    }
    for name in ["agenda_ab.pdf", "agenda_ab.docx"] {
        let (items, _) = import(&sb, &db, &fixture(name));
        assert_eq!(find(&items, "Sluiting").2, "", "{name}");
        assert_eq!(find(&items, "Rondvraag").2, "rondvraag", "{name}");
        assert_eq!(find(&items, "Jaarverslag 2025 Meldkamer").2, "ter_informatie", "{name}");
        // The "Ter kennisname" line after 5b heads the next section; it is not 5b's own treatment.
        assert_eq!(find(&items, "Reactie van het dagelijks bestuur").2, "ter_besluitvorming", "{name}");
    }
}

#[test]
fn an_attachment_column_saying_no_clears_the_flag_and_is_no_note() {
    let sb = Sandbox::new();
    let file = sb.path("a2.txt");
    std::fs::write(
        &file,
        "Nr\tOnderwerp\tBehandeling\tBijlage\n4\tKwartaalrapportage\tTer kennisname\tNee\n\
         5\tBegroting\tTer besluitvorming\tJa\n6\tVerslag\tTer vaststelling\tnvt\n7\tRondvraag\t\t-\n",
    )
    .unwrap();
    let (items, _) = import(&sb, &sb.path("a.db"), &file);
    let q = find(&items, "Kwartaalrapportage");
    assert_eq!((q.2.as_str(), q.3.as_str(), q.4), ("ter_informatie", "", false), "{q:?}");
    assert!(find(&items, "Begroting").4);
    let v = find(&items, "Verslag");
    assert_eq!((v.3.as_str(), v.4), ("", false), "{v:?}");
    assert_eq!(find(&items, "Rondvraag").3, "");
}

#[test]
fn incoming_papers_coded_i_1_are_papers_under_their_heading() {
    let sb = Sandbox::new();
    let (items, parts) = import(&sb, &sb.path("a.db"), &fixture("portal.html"));
    assert_eq!(parts, ["Ingekomen stukken"]);
    let closing = find(&items, "Sluiting");
    assert_eq!(closing.3, "", "'Ingekomen stukken' is a heading, not a note on {closing:?}");
    let letter = find(&items, "Brief van de provincie over de RES");
    assert_eq!((letter.2.as_str(), letter.3.as_str(), letter.5.as_str()), ("ter_informatie", "", "I-1"), "{letter:?}");
    assert_eq!(find(&items, "Jaarverslag rekenkamer").5, "I-2");
    assert!(items.iter().all(|r| !r.1.starts_with("I-")), "{items:#?}");
}

#[test]
fn the_parser_reads_the_rows_as_the_cli_shows_them() {
    let parsed = parse_agenda(
        "1. Opening\nBespreekstukken\n2. Tarieven\nNr\tOnderwerp\tBehandeling\tBijlage\n\
         3\tJaarrekening 2025\tter kennisname\tNee\n4\tRondvraag\n5\tSluiting\nIngekomen stukken\n\
         I-1\tBrief van de provincie\tter kennisname\n",
    );
    let got: Vec<(&str, &str, Option<Treatment>)> =
        parsed.items.iter().map(|i| (i.number.as_str(), i.title.as_str(), i.treatment)).collect();
    assert_eq!(
        got,
        [
            ("1", "Opening", None),
            ("2", "Tarieven", Some(Treatment::TerBespreking)),
            ("3", "Jaarrekening 2025", Some(Treatment::TerInformatie)),
            ("4", "Rondvraag", Some(Treatment::Rondvraag)),
            ("5", "Sluiting", None),
            ("I-1", "Brief van de provincie", Some(Treatment::TerInformatie)),
        ]
    );
    assert!(parsed.items.iter().all(|i| i.notes.is_empty() && !i.has_attachment), "{:#?}", parsed.items);
    assert_eq!(parsed.parts, ["Bespreekstukken", "Ingekomen stukken"]);
    assert_eq!(parsed.items[5].part, Some(1));
}
