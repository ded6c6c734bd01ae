//! A table of tricky agenda lines and what a person reads in them.

use annoteer::domain::Treatment::{self, *};
use annoteer::import::agenda::{parse_agenda, LineUse};

type Row = (&'static str, usize, &'static str, Option<Treatment>);

fn outline(text: &str) -> Vec<(String, usize, String, Option<Treatment>)> {
    parse_agenda(text).items.into_iter().map(|i| (i.number, i.depth, i.title, i.treatment)).collect()
}

fn expect(rows: &[Row]) -> Vec<(String, usize, String, Option<Treatment>)> {
    rows.iter().map(|(n, d, t, tr)| (n.to_string(), *d, t.to_string(), *tr)).collect()
}

#[test]
fn tricky_lines() {
    let cases: &[(&str, &[Row])] = &[
        (
            "1. Opening\n2) Verslag\n3 Begroting",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag", None), ("3", 0, "Begroting", None)],
        ),
        ("1. Opening\nartikel 2. lid 3 is gewijzigd", &[("1", 0, "Opening", None)]),
        ("1. Opening\n3. Verslag", &[("1", 0, "Opening", None)]),
        (
            "1. A\n1.1 B\n1.2 C\n2. D",
            &[("1", 0, "A", None), ("1.1", 1, "B", None), ("1.2", 1, "C", None), ("2", 0, "D", None)],
        ),
        (
            "1. A\na. B\nb) C\n2. D",
            &[("1", 0, "A", None), ("a", 1, "B", None), ("b", 1, "C", None), ("2", 0, "D", None)],
        ),
        (
            "2. Verslag\n2a. Actielijst\n2b Besluitenlijst",
            &[("2", 0, "Verslag", None), ("2a", 1, "Actielijst", None), ("2b", 1, "Besluitenlijst", None)],
        ),
        ("1.\nOpening\n\n2.\nVerslag", &[("1", 0, "Opening", None), ("2", 0, "Verslag", None)]),
        (
            "• 1. Opening\n- 2. Verslag\n* 3) Sluiting",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag", None), ("3", 0, "Sluiting", None)],
        ),
        (
            "1.\u{a0}Opening\n2.\tVerslag\tTer vaststelling",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag", Some(TerVaststelling))],
        ),
        ("**1. Opening** *Ter kennisname*", &[("1", 0, "Opening", Some(TerInformatie))]),
        ("1. Rapport (onvolledig", &[("1", 0, "Rapport (onvolledig", None)]),
        ("1. Verslag (bijlage, PGT", &[("1", 0, "Verslag (bijlage, PGT", None)]),
        ("1. Verslag) Ter vaststelling", &[("1", 0, "Verslag)", Some(TerVaststelling))]),
        ("1. Ter besluitvorming: Begroting 2023", &[("1", 0, "Begroting 2023", Some(TerBesluitvorming))]),
        ("1. Ter kennisname – Jaarverslag 2021", &[("1", 0, "Jaarverslag 2021", Some(TerInformatie))]),
        (
            "Agendapunt 1: Opening\nAGENDAPUNT 2. Verslag\npunt 3 Sluiting",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag", None), ("3", 0, "Sluiting", None)],
        ),
        ("1. Opening\nPunt 2 van de notitie is besproken", &[("1", 0, "Opening", None)]),
        (
            "19.30\t1.\tOpening\n19.35\t2.\tVerslag\tTer vaststelling",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag", Some(TerVaststelling))],
        ),
        ("1. Verslag\nter vaststelling", &[("1", 0, "Verslag", Some(TerVaststelling))]),
        (
            "1. Informatiebeveiliging\n2. Mondelinge vragen van de raad",
            &[("1", 0, "Informatiebeveiliging", None), ("2", 0, "Mondelinge vragen van de raad", None)],
        ),
        ("1. Begroting (ter besluitvorming)", &[("1", 0, "Begroting", Some(TerBesluitvorming))]),
        ("1102.1 Kennismaking\n1. Opening", &[("1", 0, "Opening", None)]),
        (
            "<li>1. Opening</li>\n<li>2. Verslag &amp; actielijst</li>",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag & actielijst", None)],
        ),
        ("## 1\\. Opening\n## 2\\. Verslag", &[("1", 0, "Opening", None), ("2", 0, "Verslag", None)]),
        ("1. Opening\r\n2. Verslag\r\n", &[("1", 0, "Opening", None), ("2", 0, "Verslag", None)]),
        (
            "I. Opening\nII. Verslag\nIII. Sluiting",
            &[("I", 0, "Opening", None), ("II", 0, "Verslag", None), ("III", 0, "Sluiting", None)],
        ),
        ("4. Begroting\n5. Jaarrekening", &[("4", 0, "Begroting", None), ("5", 0, "Jaarrekening", None)]),
        (
            "1. Opening 2. Verslag Ter vaststelling 3. Programmaplan Ter bespreking (bijlage, PGT)",
            &[
                ("1", 0, "Opening", None),
                ("2", 0, "Verslag", Some(TerVaststelling)),
                ("3", 0, "Programmaplan", Some(TerBespreking)),
            ],
        ),
        (
            "Agenda\n1. Opening\nVoorzitter opent om 14.00 uur. Daarna volgt 2. Verslag",
            &[("1", 0, "Opening", None), ("2", 0, "Verslag", None)],
        ),
        (
            "1. A\nTer besluitvorming\n2. B\nTER KENNISNAME\n3. C",
            &[("1", 0, "A", Some(TerBesluitvorming)), ("2", 0, "B", None), ("3", 0, "C", Some(TerInformatie))],
        ),
        (
            "1. Opening\n(a) Welkom\n(b) Afmeldingen",
            &[("1", 0, "Opening", None), ("a", 1, "Welkom", None), ("b", 1, "Afmeldingen", None)],
        ),
        ("3.1 Eerste\n3.2 Tweede", &[("3.1", 0, "Eerste", None), ("3.2", 0, "Tweede", None)]),
        (
            "4. Programmaplan 2023 (bijlage uit SG 16 februari)\n5. Verslag MIO (concept)",
            &[("4", 0, "Programmaplan 2023", None), ("5", 0, "Verslag MIO (concept)", None)],
        ),
        ("1. Jaarverslag (bijlage volgt)", &[("1", 0, "Jaarverslag", None)]),
    ];
    for (text, rows) in cases {
        assert_eq!(outline(text), expect(rows), "for {text:?}");
    }
}

#[test]
fn words_about_the_attachment_in_parentheses_are_the_origin_note() {
    let p = parse_agenda(
        "4. Programmaplan 2023 (bijlage uit SG 16 februari)\n5. Verslag MIO (concept)\n\
         6. Jaarverslag (bijlage volgt, PGT)\n7. Begroting (bijlage, DB)",
    );
    let origins: Vec<(&str, bool, &str, &str)> = p
        .items
        .iter()
        .map(|i| (i.title.as_str(), i.has_attachment, i.submitter.as_str(), i.origin_note.as_str()))
        .collect();
    assert_eq!(
        origins,
        vec![
            ("Programmaplan 2023", false, "", "bijlage uit SG 16 februari"),
            ("Verslag MIO (concept)", false, "", ""),
            ("Jaarverslag", false, "PGT", "bijlage volgt"),
            ("Begroting", true, "DB", ""),
        ]
    );
    // The origin as show and the memo write it: the same words as the agenda had.
    assert_eq!(p.items[0].to_draft().origin_note, "bijlage uit SG 16 februari");
}

#[test]
fn parts_restart_the_numbering() {
    let p = parse_agenda("OPENBAAR DEEL\n1. A\n2. B\nBESLOTEN DEEL\n1. C\n2. D");
    assert_eq!(p.parts, vec!["OPENBAAR DEEL", "BESLOTEN DEEL"]);
    let got: Vec<(String, Option<usize>)> = p.items.iter().map(|i| (i.number.clone(), i.part)).collect();
    assert_eq!(got, vec![("1".into(), Some(0)), ("2".into(), Some(0)), ("1".into(), Some(1)), ("2".into(), Some(1))]);
}

#[test]
fn unplaced_lines_become_notes_and_out_of_sequence_numbers_are_reported() {
    let p = parse_agenda(
        "Agenda AB\n\n1. Opening\nDe voorzitter heet iedereen welkom.\n3. Verslag van 12 mei\n2. Begroting",
    );
    assert_eq!(p.items.len(), 2);
    assert_eq!(p.items[0].notes, vec!["De voorzitter heet iedereen welkom.", "3. Verslag van 12 mei"]);
    assert_eq!(p.items[0].source_lines, 2..5);
    assert_eq!(
        p.lines,
        vec![LineUse::Preamble, LineUse::Blank, LineUse::Item(0), LineUse::Note(0), LineUse::Note(0), LineUse::Item(1)]
    );
    assert!(
        p.warnings.iter().map(|w| w.to_string()).any(|w| w.contains("line 5") && w.contains("3 does not follow 1")),
        "{:?}",
        p.warnings
    );
    assert!(p.warnings.iter().map(|w| w.to_string()).any(|w| w.contains("1 line before the first item")));
}

#[test]
fn a_number_without_a_title_is_flagged() {
    let p = parse_agenda("1. Opening\n2.\n3. Sluiting");
    assert_eq!(p.items[1].title, "(geen titel)");
    assert!(p.warnings.iter().map(|w| w.to_string()).any(|w| w.contains("item 2 has a number but no title")));
}

#[test]
fn bad_input_gives_a_best_effort_never_a_panic() {
    assert!(parse_agenda("").items.is_empty());
    assert!(parse_agenda("\n\n   \n").items.is_empty());
    let garbage: String = (0u32..5000).map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('x')).collect();
    let _ = parse_agenda(&garbage);
    let p = parse_agenda("Geen agenda hier, alleen tekst.\nNog een regel.");
    assert!(p.items.is_empty());
    assert_eq!(p.lines, vec![LineUse::Preamble, LineUse::Preamble]);
    // Parentheses that never close, nested deep.
    let parens = format!("1. Titel {}", "(".repeat(50_000));
    assert_eq!(parse_agenda(&parens).items.len(), 1);
    let closes = format!("1. Titel {}", ")".repeat(50_000));
    assert_eq!(parse_agenda(&closes).items.len(), 1);
}

#[test]
fn a_long_title_is_cut_and_kept_whole_in_the_notes() {
    let long = "woord ".repeat(20_000);
    let p = parse_agenda(&format!("1. {long}"));
    assert_eq!(p.items.len(), 1);
    assert!(p.items[0].title.chars().count() <= annoteer::import::agenda::MAX_TITLE_CHARS + 1);
    assert_eq!(p.items[0].notes[0], long.trim());
    assert!(p.warnings.iter().map(|w| w.to_string()).any(|w| w.contains("longer than")));
}

#[test]
fn huge_pastes_complete() {
    // A 100k-character line of run-together items, and a 5 MB paste: both finish (timings in the report).
    let line: String = (1..=900)
        .map(|n| {
            format!("{n}. Punt {n} over de regionale samenwerking, de begroting en het jaarplan {} ", "x".repeat(40))
        })
        .collect();
    assert!(line.len() > 100_000);
    assert_eq!(parse_agenda(&line).items.len(), 900);
    let one_word = "a".repeat(100_000);
    assert!(parse_agenda(&one_word).items.is_empty());
    let block = "1. Opening\nTer vaststelling (bijlage, PGT)\nEen regel tekst die als notitie blijft staan.\n";
    let big = block.repeat(5 * 1024 * 1024 / block.len());
    let p = parse_agenda(&big);
    // Every other repeated treatment line follows a treated item and so heads a new section, where the
    // numbering may start again at 1.
    let blocks = big.len() / block.len();
    assert_eq!(p.items.len(), blocks.div_ceil(2));
    assert_eq!(p.parts.len(), blocks / 2);
    assert_eq!(p.lines.len(), big.lines().count());
}

#[test]
fn in_an_annotated_agenda_the_prose_under_an_item_is_its_annotation() {
    let p = parse_agenda(
        "Geannoteerde agenda van de Raad\n1. Tabak\nDe Raad spreekt over de richtlijn.\n2. Diversen\n= Informatie\n",
    );
    assert_eq!(p.items[0].annotation, "De Raad spreekt over de richtlijn.");
    assert!(p.items[0].notes.is_empty());
    assert_eq!(p.items[0].to_draft().annotation, "De Raad spreekt over de richtlijn.");
    let plain = parse_agenda("1. Tabak\nDe Raad spreekt over de richtlijn.\n");
    assert_eq!(plain.items[0].notes, vec!["De Raad spreekt over de richtlijn."]);
    assert!(plain.items[0].annotation.is_empty());
}

#[test]
fn running_heads_page_numbers_and_levels_run_together() {
    let text = "1 ALGEMEEN BESTUUR Datum 29 oktober\n\n2 AGENDA Overleg : Algemeen bestuur OPENBAAR DEEL \
                1. Opening 2. Verslagen a. Mededelingen Ter informatie 1. Mededelingen van de voorzitter 2. Mededelingen \
                van de directie b. Verslag AB Ter besluitvorming Registratienummer:\n\n3 c. Jaarplan Ter vaststelling \
                TER KENNISNAME 3. Brief provincie 2016/2231\nPagina 2 van 5\n";
    let p = parse_agenda(text);
    let got: Vec<(&str, &str, Option<Treatment>)> =
        p.items.iter().map(|i| (i.label.as_str(), i.title.as_str(), i.treatment)).collect();
    assert_eq!(
        got,
        vec![
            ("1", "Opening", None),
            ("2", "Verslagen", None),
            ("2a", "Mededelingen", Some(TerInformatie)),
            ("2a.1", "Mededelingen van de voorzitter", Some(Mededelingen)),
            ("2a.2", "Mededelingen van de directie", Some(Mededelingen)),
            ("2b", "Verslag AB", Some(TerBesluitvorming)),
            ("2c", "Jaarplan", Some(TerVaststelling)),
            ("3", "Brief provincie", Some(TerInformatie)),
        ]
    );
    assert!(p.items[7].notes.iter().any(|n| n == "2016/2231"), "{:?}", p.items[7].notes);
    assert_eq!(p.lines.len(), text.lines().count());
}

#[test]
fn a_portals_doubled_numbers_keep_the_agendas_own() {
    // As a council portal lists its agenda (Kaag en Braassem, presidium 25 maart 2024): the list's own index,
    // then the agenda's number, the title on the line below.
    let text = " 1. 1\n  Opening en berichten van verhindering.\n 2. 2\n  Vaststellen van de agenda.\n 3. 3\n  Mededelingen.\n\
                 4. 4\n  Terugblik\n 5. 5\n  Presidiumzaken\n 6. 5.I\n  Brief SvKB (Hilde Bax) behandeling BP op 4 maart 2024.\n\
                 7. 5.II\n  Extra V&A 29 mei voor Noordeinde-Zuideinde.\n 8. 6\n  Lopende en organisatorische vragen.\n";
    let p = parse_agenda(text);
    let got: Vec<(&str, &str)> = p.items.iter().map(|i| (i.label.as_str(), i.title.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("1", "Opening en berichten van verhindering"),
            ("2", "Vaststellen van de agenda"),
            ("3", "Mededelingen"),
            ("4", "Terugblik"),
            ("5", "Presidiumzaken"),
            ("5.I", "Brief SvKB (Hilde Bax) behandeling BP op 4 maart 2024"),
            ("5.II", "Extra V&A 29 mei voor Noordeinde-Zuideinde"),
            ("6", "Lopende en organisatorische vragen"),
        ]
    );
    assert_eq!(p.numbering.to_code(), "1 .I");
}

#[test]
fn an_item_about_an_annotated_agenda_leaves_the_notes_notes() {
    let p = parse_agenda("1. Opening\n2. Geannoteerde agenda Europese Raad\nDe stukken volgen.\n");
    assert_eq!(p.items.len(), 2);
    assert_eq!(p.items[1].notes, vec!["De stukken volgen."]);
    assert!(p.items[1].annotation.is_empty());
}

#[test]
fn a_list_under_a_line_that_announces_it_is_no_sub_items() {
    let text = "1. Opening\n2. Voorbereiding gesprek\nAls agenda is voorgesteld:\n1. Wat verwacht de commissie?\n\
                2. Probleemverkenning\nBeslispunten:\n- kan de commissie instemmen?\n3. Rondvraag\n\
                4. Bespreekpunten\n4.1 Conceptagenda PS\nVoorstel:\n1. De conceptagenda bespreken en vaststellen.\n\
                2. De vaste sprekersvolgorde hanteren.\n5. Sluiting";
    assert_eq!(
        outline(text),
        expect(&[
            ("1", 0, "Opening", None),
            ("2", 0, "Voorbereiding gesprek", Some(TerBesluitvorming)),
            ("3", 0, "Rondvraag", Some(Rondvraag)),
            ("4", 0, "Bespreekpunten", Some(TerBespreking)),
            ("4.1", 1, "Conceptagenda PS", Some(TerBespreking)),
            ("5", 0, "Sluiting", None),
        ])
    );
}

#[test]
fn a_portals_doubled_number_under_an_item_without_title_is_the_next_item() {
    // The real page: the titles of 6 and 6.III were lost, "10. 6.I" must not become the title of 6.
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real/agendas/kaagenbraassem_presidium_2024-03-25.txt");
    let text = std::fs::read_to_string(path).expect("fixture");
    let numbers: Vec<String> = parse_agenda(&text).items.into_iter().map(|i| i.number).collect();
    for n in ["6", "6.I", "6.II", "6.III", "6.IV", "6.V", "7"] {
        assert!(numbers.iter().any(|x| x == n), "{n} missing in {numbers:?}");
    }
}

#[test]
fn a_sentence_run_on_after_the_title_is_a_note() {
    let p = parse_agenda(
        "1) Installatie van de raadsleden.\n2) Start informatieproces nieuw college De formateur heeft de fracties verzocht aan te geven hoe zij de uitslag lezen.\n3) Benoeming De Groot als voorzitter",
    );
    let titles: Vec<&str> = p.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Installatie van de raadsleden",
            "Start informatieproces nieuw college",
            "Benoeming De Groot als voorzitter"
        ]
    );
    assert!(p.items[1].notes.iter().any(|n| n.starts_with("De formateur heeft")), "{:?}", p.items[1].notes);
}

#[test]
fn bare_numbers_inside_a_line_and_an_abbreviation_after_one() {
    // A 5dok page: bare numbers, the next item run on after the papers of the one before.
    let p = parse_agenda(
        "14 nov. 2018\n1 Opening en vaststellen agenda\n2 Mededelingen\no 3e begrotingswijziging 2018 3 Verslag AB 20 juni\n8 DB verslagen",
    );
    let got: Vec<(&str, &str)> = p.items.iter().map(|i| (i.number.as_str(), i.title.as_str())).collect();
    assert_eq!(got[..3], [("1", "Opening en vaststellen agenda"), ("2", "Mededelingen"), ("3", "Verslag AB 20 juni")]);
    // "8" does not follow "3": it is no item, and "14 nov. 2018" is a date, not item 14.
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn under_padded_numbers_a_list_that_starts_at_one_is_the_proposal_column() {
    let p = parse_agenda(
        "Punt Omschrijving Voorstel 01 Opening en vaststellen agenda. Vaststellen agenda. 02 Ingekomen post. 1. Instemmen met de afhandeling. 2. Instemmen met de antwoorden. 03 Bestuursrapportage 2014 De Bestuursrapportage 2014 vaststellen.",
    );
    let got: Vec<(&str, &str, Option<Treatment>)> =
        p.items.iter().map(|i| (i.number.as_str(), i.title.as_str(), i.treatment)).collect();
    assert_eq!(
        got,
        [
            ("01", "Opening en vaststellen agenda", Some(TerVaststelling)),
            ("02", "Ingekomen post", Some(TerBesluitvorming)),
            ("03", "Bestuursrapportage 2014", Some(TerVaststelling)),
        ]
    );
}

#[test]
fn numbers_lost_in_a_row_before_two_that_follow() {
    let p = parse_agenda(
        "1. Opening 2. Mededelingen 3. Vaststelling agenda 4. Verslag van 5 december Normenkader Implementatie Omgevingswet evaluatie Stand van zaken PxQ 8. Rondvraag 9. Sluiting",
    );
    let numbers: Vec<String> = p.items.iter().map(|i| i.label.clone()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    assert_eq!(p.items[7].title, "Rondvraag");
    // Without the number after it, a jump is text: "8." could be anything.
    let q = parse_agenda("1. Opening 2. Mededelingen 3. Vaststelling agenda 4. Verslag zie punt 8. Begroting");
    assert_eq!(q.items.len(), 4);
}

#[test]
fn a_portal_page_through_a_pdf_its_index_apart_and_its_titles_wrapped() {
    let p = parse_agenda(
        "Agendapunten\n1.\n\n1\n\nReactie op verzoek commissie over een burgerbrief over toegankelijkheid\ndiverse media\nTe behandelen:\nLoading data 2. 2\nBrievenlijst\n3. Opening\nartikel 2. lid 3 is gewijzigd",
    );
    let got: Vec<(&str, &str)> = p.items.iter().map(|i| (i.number.as_str(), i.title.as_str())).collect();
    assert_eq!(
        got,
        [
            ("1", "Reactie op verzoek commissie over een burgerbrief over toegankelijkheid diverse media"),
            ("2", "Brievenlijst"),
            ("3", "Opening"),
        ]
    );
}
