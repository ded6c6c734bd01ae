//! An agenda book (the agenda, then a section per item with pages of explanation) imports as its agenda:
//! the sections after the list are left out with one notice, not piled into the last item's notes and so
//! into the memo (walk-through F13). No item's notes take more than a few pages from an import.

mod common;
mod read_support;

use annoteer::import::agenda::{parse_agenda, LineUse, Warning};
use common::*;
use read_support::fixture;
use std::path::Path;

fn import(sb: &Sandbox, db: &Path, file: &Path) -> (String, String) {
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "agenda",
        file.to_str().unwrap(),
        "--body",
        "AB Test",
        "--date",
        "1 december 2026",
        "--again",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    (stdout(&out).trim().to_string(), stderr(&out))
}

fn json_items(sb: &Sandbox, db: &Path, meeting: &str) -> Vec<serde_json::Value> {
    let out = sb.run(&["--db", db.to_str().unwrap(), "show", meeting, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["items"].as_array().unwrap().iter().map(|i| i["item"].clone()).collect()
}

#[test]
fn an_agenda_book_in_pdf_and_word_imports_its_agenda_and_leaves_the_sections_out_with_one_notice() {
    let sb = Sandbox::new();
    let db = sb.path("imp.db");
    for name in ["agenda_book.pdf", "agenda_book.docx"] {
        let (meeting, said) = import(&sb, &db, &fixture(name));
        assert!(said.contains("15 punten ingelezen in vergadering"), "{name}: {said}");
        assert!(!said.contains("als notitie bewaard"), "no line of the book kept as a note: {said}");
        assert!(said.contains("let op: na punt 15 volgt de toelichting per punt ("), "{name}: {said}");
        assert!(said.contains("die is niet als notitie ingelezen"), "{name}: {said}");
        assert!(!said.contains("volgt niet op"), "one notice, not one per section: {said}");
        let items = json_items(&sb, &db, &meeting);
        assert_eq!(items.len(), 15, "{name}");
        assert_eq!(items[14]["title"], "Sluiting");
        for item in &items {
            let notes = item["notes"].as_str().unwrap();
            assert!(!notes.contains("Agendapunt") && !notes.contains("dagelijks bestuur legt"), "{name}: {item}");
        }
        let memo = sb.run(&["--db", db.to_str().unwrap(), "export", &meeting]);
        assert!(memo.status.success(), "{}", stderr(&memo));
        let memo = stdout(&memo);
        assert!(memo.contains("Sluiting"), "{memo}");
        assert!(!memo.contains("dagelijks bestuur legt dit voorstel"), "the book's pages are not in the memo");
        assert!(memo.len() < 20_000, "{name}: the memo is {} bytes", memo.len());
    }
}

#[test]
fn the_sections_start_where_a_heading_names_a_listed_item_again() {
    let text = "Agenda\n1. Opening\n2. Verslag van de vergadering van 24 september\n3. Begroting 2027\n4. Sluiting\n\
                Agendapunt 2: Verslag van de vergadering van 24 september 2026\nHet verslag is bijgevoegd.\n\n\
                Agendapunt 3: Begroting 2027\n1. De begroting sluit.\n2. De raad besluit.\n";
    let parsed = parse_agenda(text);
    let titles: Vec<&str> = parsed.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Opening", "Verslag van de vergadering van 24 september", "Begroting 2027", "Sluiting"]);
    assert!(parsed.items.iter().all(|i| i.notes.is_empty()), "{:#?}", parsed.items);
    assert_eq!(parsed.warnings.first(), Some(&Warning::BookLeftOut { after: "4".into(), lines: 5 }));
    assert_eq!(parsed.lines[5], LineUse::LeftOut);
    assert_eq!(parsed.lines[7], LineUse::Blank);
    assert_eq!(parsed.note_lines(), 0);
}

#[test]
fn a_list_that_merely_goes_back_or_a_sentence_with_a_number_stays_a_note() {
    // "2. Het verslag …" is no heading of item 2: its title starts otherwise.
    let parsed = parse_agenda("1. Opening\n2. Verslag\n3. Sluiting\nAfspraak:\n2. Het verslag wordt aangepast.\n");
    assert_eq!(parsed.items.len(), 3);
    assert!(parsed.warnings.iter().all(|w| !matches!(w, Warning::BookLeftOut { .. })), "{:?}", parsed.warnings);
    assert_eq!(parsed.items[2].notes, ["Afspraak:", "2. Het verslag wordt aangepast."]);
}

#[test]
fn no_item_takes_more_than_a_few_pages_of_notes_and_the_import_says_what_it_left_out() {
    let mut text = String::from("1. Opening\n2. Sluiting\n");
    for k in 0..300 {
        text.push_str(&format!("Regel {k} van een bijlage die na de agenda doorloopt, met nog wat tekst erbij.\n"));
    }
    let parsed = parse_agenda(&text);
    let notes: usize = parsed.items[1].notes.iter().map(|n| n.chars().count() + 1).sum();
    assert!(notes <= 4_000 && notes > 3_000, "{notes}");
    let kept = parsed.items[1].notes.len();
    assert_eq!(parsed.note_lines(), kept);
    let left_out = 300 - kept;
    assert!(parsed.warnings.contains(&Warning::NotesCut { number: "2".into(), max: 4_000, lines: left_out }));
    assert_eq!(parsed.lines.iter().filter(|l| **l == LineUse::LeftOut).count(), left_out);

    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let file = sb.path("lang.txt");
    std::fs::write(&file, &text).unwrap();
    let (meeting, said) = import(&sb, &db, &file);
    assert!(
        said.contains(&format!("punt 2: de notities zijn bij 4000 tekens afgebroken; {left_out} regels")),
        "{said}"
    );
    let items = json_items(&sb, &db, &meeting);
    assert!(items[1]["notes"].as_str().unwrap().chars().count() <= 4_000);
}

#[test]
fn in_an_annotated_agenda_each_section_is_the_annotation_of_the_item_it_heads() {
    let text = "Geannoteerde agenda\n1. Opening\n2. Begroting 2027\n3. Sluiting\n\n\
                Agendapunt 1: Opening\nDe voorzitter opent de vergadering.\n\
                Agendapunt 2: Begroting 2027\nHet DB stelt voor de begroting vast te stellen.\nAdvies: instemmen.\n";
    let parsed = parse_agenda(text);
    let got: Vec<(&str, &str)> = parsed.items.iter().map(|i| (i.title.as_str(), i.annotation.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Opening", "De voorzitter opent de vergadering."),
            ("Begroting 2027", "Het DB stelt voor de begroting vast te stellen.\nAdvies: instemmen."),
            ("Sluiting", ""),
        ]
    );
    assert!(parsed.warnings.iter().all(|w| !matches!(w, Warning::BookLeftOut { .. })), "{:?}", parsed.warnings);
    assert_eq!(parsed.lines[5], LineUse::Title(0));
}
