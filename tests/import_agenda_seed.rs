//! The seed's agendas, and agendas written in the style of Dutch safety regions and provinces, parsed
//! into exactly the items, numbers and treatments a person reads there.

use annoteer::domain::Treatment::{self, *};
use annoteer::import::agenda::{parse_agenda, LineUse, ParsedAgenda};

fn fixture(name: &str) -> ParsedAgenda {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    parse_agenda(&std::fs::read_to_string(path).expect("fixture"))
}

/// (number, depth, title, treatment)
fn outline(p: &ParsedAgenda) -> Vec<(String, usize, String, Option<Treatment>)> {
    p.items.iter().map(|i| (i.number.clone(), i.depth, i.title.clone(), i.treatment)).collect()
}

fn row(number: &str, depth: usize, title: &str, t: Option<Treatment>) -> (String, usize, String, Option<Treatment>) {
    (number.into(), depth, title.into(), t)
}

/// (has_attachment, submitter, origin_note) of the item numbered `number`.
fn origin(p: &ParsedAgenda, number: &str) -> (bool, String, String) {
    let i = p.items.iter().find(|i| i.number == number).expect("item");
    (i.has_attachment, i.submitter.clone(), i.origin_note.clone())
}

#[test]
fn stuurgroep_24_march_2022() {
    let p = fixture("agenda_stuurgroep_2022-03-24.txt");
    assert_eq!(p.parts, vec!["Deel 1: Reguliere Stuurgroep met PGT"]);
    assert_eq!(
        outline(&p),
        vec![
            row("1", 0, "Mededelingen", Some(Mededelingen)),
            row("2", 0, "Verslag Stuurgroep 16 februari en verslag Stuurgroep 2 maart", Some(TerVaststelling)),
            row(
                "3",
                0,
                "Update werving leidinggevenden n.a.v. notitie 'organisatie inrichting en voorstel voor werving'",
                Some(MondelingeToelichting)
            ),
            row("4", 0, "Programmaplan 2022", Some(TerBespreking)),
            row("5", 0, "Periodiek bespreken van hoofdlijnen v/d aanpak Operaties", Some(MondelingeToelichting)),
            row("6", 0, "Voorstel voor effectmeting", Some(TerBesluitvorming)),
            row("7", 0, "Medezeggenschap", Some(MondelingeToelichting)),
            row("8", 0, "Huisvesting", Some(MondelingeToelichting)),
        ]
    );
    assert!(p.items.iter().all(|i| i.part == Some(0)));
    assert_eq!(origin(&p, "2"), (true, "Jenv".into(), "".into()));
    assert_eq!(origin(&p, "3"), (false, "PGT".into(), "".into()));
    assert_eq!(origin(&p, "4"), (false, "".into(), "bijlage uit SG 16 februari".into()));
    assert_eq!(origin(&p, "6"), (true, "PGT".into(), "".into()));
    // The annotations between the items are kept as notes on the item above them, never dropped;
    // "5.1.2.e gaat …" (a Woo redaction code) is no item 5.1.2.
    let huisvesting = &p.items[7];
    assert!(huisvesting.notes.iter().any(|n| n.starts_with("5.1.2.e gaat in de stuurgroep")));
    assert!(huisvesting.notes.iter().any(|n| n == "Huisvesting korte termijn:"));
    assert!(p.items[0].notes[0].starts_with("NB: misschien"));
    assert_eq!(p.items[1].notes, vec!["Geen opmerkingen."]);
}

#[test]
fn mio_minutes_headings() {
    let p = fixture("agenda_mio_2022-03-30.txt");
    assert!(p.parts.is_empty());
    assert_eq!(
        outline(&p),
        vec![
            row("1", 0, "Welkom en opening", None),
            row("1.1", 1, "Verslag MIO 11 februari 2021 (concept)", None),
            row("1.1.1", 2, "Actiepunten", None),
            row("2", 0, "Terugkoppeling HASG 24 maart 2022", None),
            row("3", 0, "Operationaliseren TBML", None),
            row("4", 0, "MIT-Labs", None),
            row("5", 0, "Rondvraag en afsluiting", Some(Rondvraag)),
        ]
    );
    // Action codes (1102.1, 2212.4.4), times (15:00-15:15) and the action table stay notes.
    let actiepunten = &p.items[2];
    assert!(actiepunten.notes.iter().any(|n| n.starts_with("1102.1 Kennismakingsbijeenkomst")));
    assert!(p.items[6].notes.iter().any(|n| n.starts_with("1102.5.1 | 5.1.2.e | Verkennen MIT-Labs")));
    assert_eq!(p.items[0].notes.first().map(String::as_str), Some("15:00-15:15"));
    // The letterhead lines (Onderwerp, Datum, Locatie) belong to no item.
    assert_eq!(p.lines.iter().take(6).filter(|l| **l == LineUse::Preamble).count(), 3);
}

#[test]
fn klo_decision_table() {
    let p = fixture("agenda_klo_besluit.txt");
    assert_eq!(outline(&p), vec![row("", 0, "Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit", None)]);
    let notes = p.items[0].notes.join("\n");
    // The decision points in the second cell are the KLO's decision, not agenda items.
    assert!(notes.contains("1. Stemt in met de opdracht aan de Landelijke Eenheid"));
    assert!(notes.contains("2. Geeft de opdracht aan deze eenheidsleiding van de LE"));
    assert!(notes.contains("Verdere externe afstemming heeft niet plaatsgevonden"));
    assert_eq!(p.lines[1], LineUse::Layout);
}

#[test]
fn safety_region_board_with_parts_roman_sections_and_letters() {
    let p = fixture("agenda_vr_algemeen_bestuur.txt");
    assert_eq!(
        p.parts,
        vec![
            "OPENBAAR DEEL",
            "I. OPENING EN MEDEDELINGEN",
            "II. HAMERSTUKKEN",
            "III. BESPREEKSTUKKEN",
            "BESLOTEN DEEL"
        ]
    );
    assert_eq!(
        outline(&p),
        vec![
            row("1", 0, "Opening en vaststellen agenda", None),
            row("2", 0, "Mededelingen", Some(Mededelingen)),
            row("a", 1, "Stand van zaken COVID-19 nafase", Some(MondelingeToelichting)),
            row("b", 1, "Wet veiligheidsregio’s: evaluatie commissie Muller", Some(TerInformatie)),
            row("3", 0, "Verslag AB-vergadering 14 april 2022", Some(TerVaststelling)),
            row("4", 0, "Jaarstukken 2021", Some(TerBesluitvorming)),
            // Under "II. HAMERSTUKKEN": decided without debate, so for decision (issue 12: a heading over
            // the items gives its treatment to those without their own).
            row("5", 0, "Kadernota 2023", Some(TerBesluitvorming)),
            row("5a", 1, "Zienswijzen gemeenten op de ontwerpbegroting 2023", Some(TerBesluitvorming)),
            row("5b", 1, "Reactie op de zienswijzen", Some(TerBesluitvorming)),
            row("6", 0, "Regionaal Risicoprofiel 2023-2026", Some(TerBesluitvorming)),
            row("7", 0, "Informatiebeveiliging en BIO-verantwoording", Some(TerBespreking)),
            row("8", 0, "Ingekomen stukken", Some(TerInformatie)),
            row("9", 0, "Vertrouwelijke personele aangelegenheid", Some(MondelingeToelichting)),
            row("10", 0, "Rondvraag en sluiting", Some(Rondvraag)),
        ]
    );
    let parts: Vec<Option<usize>> = p.items.iter().map(|i| i.part).collect();
    assert_eq!(
        parts,
        vec![
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(2),
            Some(2),
            Some(2),
            Some(2),
            Some(3),
            Some(3),
            Some(3),
            Some(4),
            Some(4)
        ]
    );
    assert_eq!(origin(&p, "a"), (false, "voorzitter".into(), "".into()));
    assert_eq!(origin(&p, "3"), (true, "".into(), "".into()));
    assert_eq!(origin(&p, "4"), (true, "portefeuillehouder Financiën".into(), "".into()));
    assert_eq!(origin(&p, "6"), (true, "DB".into(), "".into()));
    assert_eq!(
        p.items[9].notes,
        vec!["Het risicoprofiel is in de gemeenteraden besproken; de reacties staan in bijlage 6b."]
    );
}

#[test]
fn province_agenda_run_together_as_from_a_pdf() {
    let p = fixture("agenda_provincie_pdf.txt");
    assert_eq!(
        outline(&p),
        vec![
            row("1", 0, "Opening en mededelingen", None),
            row("2", 0, "Vaststelling van de agenda", None),
            row("3", 0, "Verslag van de commissievergadering van 22 juni 2022", Some(TerVaststelling)),
            row("4", 0, "Ingekomen stukken", Some(TerInformatie)),
            row("5", 0, "Statenvoorstel Tweede Begrotingswijziging 2022", Some(TerBespreking)),
            row("6", 0, "Herijking Omgevingsvisie Gelderland", None),
            row("6a", 1, "Startnotitie participatie", Some(TerBesluitvorming)),
            row("6b", 1, "Planning en proces", Some(TerInformatie)),
            row("7", 0, "Informatiebeveiliging en BIO 2021", None),
            row("8", 0, "Rondvraag", Some(Rondvraag)),
            row("9", 0, "Sluiting", None),
        ]
    );
    // "artikel 2. lid 3" is out of sequence: no split there.
    assert_eq!(
        p.items[4].notes,
        vec!["Het voorstel past de begroting aan op de meicirculaire; zie artikel 2. lid 3 van de financiële verordening"]
    );
    assert_eq!(origin(&p, "5"), (true, "GS".into(), "".into()));
    assert_eq!(origin(&p, "6a"), (true, "gedeputeerde Omgevingsbeleid".into(), "".into()));
    assert!(origin(&p, "7").0);
    assert!(p.items.iter().all(|i| i.source_lines == (0..1)));
    assert!(p.warnings.iter().map(|w| w.to_string()).any(|w| w.contains("Agenda Statencommissie Bestuur en Middelen")));
}

#[test]
fn email_with_markdown_bullets_and_a_word_table() {
    let p = fixture("agenda_email_dagelijks_bestuur.txt");
    assert_eq!(
        outline(&p),
        vec![
            row("1", 0, "Opening", None),
            row("2", 0, "Verslag DB 6 oktober", Some(TerVaststelling)),
            row("3", 0, "Financiële rapportage Q3", None),
            row("3.1", 1, "Tussenrapportage", Some(TerInformatie)),
            row("3.2", 1, "Begrotingswijziging", Some(TerBesluitvorming)),
            row("4", 0, "Samenwerking GGD en GHOR", Some(MondelingeToelichting)),
            row("5", 0, "Rondvraag", Some(Rondvraag)),
            row("6", 0, "Benoeming lid Raad van Toezicht", Some(TerBesluitvorming)),
            row("7", 0, "Jaarplanning 2023", Some(TerVaststelling)),
        ]
    );
    assert_eq!(origin(&p, "2"), (true, "secretaris".into(), "".into()));
    assert_eq!(origin(&p, "4"), (false, "directeur publieke gezondheid".into(), "".into()));
    assert!(origin(&p, "6").0, "\"Ja\" in the attachment column");
    assert!(origin(&p, "7").0);
    // The greeting after the last item stays with it, as notes; the table header is layout.
    assert_eq!(p.items[8].notes, vec!["Met vriendelijke groet,", "het secretariaat"]);
    assert_eq!(p.lines[18], LineUse::Layout);
}
