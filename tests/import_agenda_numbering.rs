//! The agenda's own numbering is kept: 4a stays 4a from `annoteer import agenda` to `show` and the memo
//! (`export`), I-1 and 01A likewise; moving and indenting renumber in that style; a meeting typed by hand
//! keeps 1, 1.1.

mod common;

use annoteer::domain::{ItemDraft, MeetingDraft};
use annoteer::import::agenda::parse_agenda;
use annoteer::import::agenda_draft;
use annoteer::store::{Placement, Store};
use common::*;

const LETTERS: &str = "AGENDA\n1. Opening\n2. Verslag\n3. Mededelingen\n4. Financiën\n4a. Begroting 2025\n\
                       4b. Jaarrekening 2024\n5. Rondvraag\n";

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn four_a_stays_four_a_from_import_to_show_and_the_memo() {
    let sb = Sandbox::new();
    let db = sb.path("n.db");
    let db = db.to_str().unwrap();
    let file = sb.path("agenda.txt");
    std::fs::write(&file, LETTERS).unwrap();
    let out = sb.run(&["--db", db, "import", "agenda", file.to_str().unwrap(), "--body", "AB", "--date", "2025-03-04"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = stdout(&out).trim().to_string();

    let shown = stdout(&sb.run(&["--db", db, "show", &id]));
    assert!(shown.contains("4a. Begroting 2025"), "{shown}");
    assert!(shown.contains("4b. Jaarrekening 2024"), "{shown}");
    assert!(!shown.contains("4.1"), "{shown}");
    let json: serde_json::Value =
        serde_json::from_slice(&sb.run(&["--db", db, "show", &id, "--json"]).stdout).expect("json");
    let numbers: Vec<&str> =
        json["items"].as_array().unwrap().iter().map(|i| i["item"]["number"].as_str().unwrap()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "4a", "4b", "5"]);

    let memo = stdout(&sb.run(&["--db", db, "export", &id]));
    assert!(memo.contains("4a Begroting 2025"), "{memo}");
    assert!(memo.contains("4b Jaarrekening 2024"), "{memo}");
    assert!(memo.contains("4. Financiën") || memo.contains("4\\. Financiën"), "{memo}");
    assert!(!memo.contains("4.1"), "{memo}");
}

fn imported(text: &str) -> (Store, annoteer::domain::MeetingId) {
    let mut s = Store::open_in_memory().unwrap();
    let draft = MeetingDraft { body: "AB".into(), date: "2025-03-04".into(), ..Default::default() };
    let (m, _) = s.create_meeting_with_agenda(&draft, &agenda_draft(&parse_agenda(text))).unwrap();
    (s, m)
}

fn numbered(s: &Store, m: annoteer::domain::MeetingId) -> Vec<(String, String)> {
    s.agenda(m).unwrap().into_iter().map(|i| (i.number, i.title)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect()
}

#[test]
fn moving_and_indenting_renumber_in_the_agendas_style() {
    let (mut s, m) = imported(LETTERS);
    let items = s.agenda(m).unwrap();
    let jaarrekening = items.iter().find(|i| i.number == "4b").unwrap().id;
    assert!(s.move_item(jaarrekening, -1).unwrap());
    let rondvraag = items.iter().find(|i| i.number == "5").unwrap().id;
    assert!(s.indent_item(rondvraag).unwrap());
    assert_eq!(
        numbered(&s, m)[3..],
        pairs(&[("4", "Financiën"), ("4a", "Jaarrekening 2024"), ("4b", "Begroting 2025"), ("4c", "Rondvraag")])
    );
    // An item added by hand under 4 is numbered the same way.
    let four = items.iter().find(|i| i.number == "4").unwrap().id;
    let draft = ItemDraft { title: "Treasury".into(), ..Default::default() };
    s.add_item(m, Placement::End { parent: Some(four) }, None, &draft).unwrap();
    assert_eq!(numbered(&s, m).last().unwrap(), &("4d".to_string(), "Treasury".to_string()));
    // Undoing the meeting's deletion brings its numbering back with it.
    let trash = s.delete_meeting(m).unwrap();
    s.undo_delete(trash).unwrap();
    assert_eq!(numbered(&s, m).last().unwrap(), &("4d".to_string(), "Treasury".to_string()));
}

#[test]
fn roman_sections_zero_padding_and_capitals_are_kept() {
    let (s, m) = imported("I Opening\n1. Vaststellen agenda\n2. Mededelingen\nII Ter behandeling\n1. Begroting\n");
    assert_eq!(
        numbered(&s, m),
        pairs(&[("I-1", "Vaststellen agenda"), ("I-2", "Mededelingen"), ("II-1", "Begroting")])
    );
    let (s, m) = imported("01 Opening\n01A Verslag\n01B Besluitenlijst\n02 Sluiting\n");
    assert_eq!(
        numbered(&s, m),
        pairs(&[("01", "Opening"), ("01A", "Verslag"), ("01B", "Besluitenlijst"), ("02", "Sluiting")])
    );
    let (s, m) = imported("1. A\n2. B\n   1. C\n   2. D\n3. E\n");
    assert_eq!(numbered(&s, m), pairs(&[("1", "A"), ("2", "B"), ("2.1", "C"), ("2.2", "D"), ("3", "E")]));
}

#[test]
fn a_meeting_typed_by_hand_numbers_one_one_point_one() {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft { body: "KLO".into(), date: "2025-03-04".into(), ..Default::default() })
        .unwrap();
    let a =
        s.add_item(m, Placement::End { parent: None }, None, &ItemDraft { title: "A".into(), ..Default::default() });
    let a = a.unwrap();
    s.add_item(m, Placement::End { parent: Some(a) }, None, &ItemDraft { title: "B".into(), ..Default::default() })
        .unwrap();
    assert!(s.numbering(m).unwrap().is_default());
    assert_eq!(numbered(&s, m), pairs(&[("1", "A"), ("1.1", "B")]));
    // Items imported into it keep its numbering rather than bringing the pasted text's.
    s.import_agenda(m, &agenda_draft(&parse_agenda("2. X\n2a. Y\n"))).unwrap();
    assert_eq!(numbered(&s, m)[2..], pairs(&[("2", "X"), ("2.1", "Y")]));
}

#[test]
fn an_agenda_of_headings_has_no_numbers_in_show_and_the_memo() {
    let text = "GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN 11 DECEMBER 2023\n\nOp maandag vindt de Raad plaats.\n\n\
                Russische agressie tegen Oekraïne\n\nDe Raad zal spreken over de oorlog.\n";
    let (s, m) = imported(text);
    assert_eq!(numbered(&s, m), pairs(&[("", "Russische agressie tegen Oekraïne")]));
    let item = &s.agenda(m).unwrap()[0];
    assert_eq!(item.annotation, "De Raad zal spreken over de oorlog.");
    let memo = annoteer::memo::render_memo(&s.meeting_record(m).unwrap());
    assert!(memo.contains("## Russische agressie tegen Oekraïne"), "{memo}");
}
