//! Fuzzing the decision-list parser with hostile text made of the pieces real lists are made of: codes
//! (05A, 0.06.H, T01237, NummerA1), labels (BESLUIT:, Essentie / samenvatting:, Kerngegevens), dates in
//! every form, list markers, tabs and pipes, time stamps, odd unicode and huge lines. Every case must
//! finish without a panic, give only real dates, non-empty texts and line numbers inside the input, and be
//! accepted whole by the store.
//!
//! The bounded run is part of the normal test suite. The long run:
//! `ANNOTEER_FUZZ_SECS=600 cargo test --release --test import_decisions_fuzz -- --ignored --nocapture`

use annoteer::dates::Date;
use annoteer::domain::DecisionDraft;
use annoteer::import::decisions::parse;
use annoteer::store::Store;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::time::{Duration, Instant};

const PIECES: &[&str] = &[
    "01A",
    "05",
    "05A Overdragen gedeelte portefeuille",
    "1.",
    "2.",
    "1. 03",
    "• 0.06.H",
    "• 00",
    "4. 3.a",
    "3.a",
    "1. Opening",
    "2. Rondvraag",
    "1. het verbeterplan vast te stellen;",
    "2. de statenbrief vast te stellen.",
    "Agendapunt 4:",
    "A4 Regionaal Waterprogramma",
    "NummerA1",
    "Nummer",
    "Nummer T01237",
    "Nummer Commissoriaal Afdeling Gedeputeerde Openbaar",
    "2 2008-004398 WVV Van Haaren",
    "OnderwerpOpening en mededelingen",
    "Onderwerp",
    "Openbare samenvattingHet ontwerp",
    "Toezegging Toezending richtlijn (T01237)",
    "T01220 De wethouder zegt toe",
    "(T0",
    "SAMENVATTING:",
    " SAMENVATTING: ",
    "BESLUIT:",
    " BESLUIT: ",
    "Besluit",
    "Besluit:",
    "Besluiten",
    "Beslispunten:",
    "Essentie / samenvatting:",
    "Kernboodschap",
    "Kerngegevens",
    "Voorstel:",
    "Context:",
    "Stemming:",
    "Stemuitslag",
    "Type besluit: GS-vergadering",
    "Portefeuillehouder:",
    "Datum besluit: 22 januari 2019",
    "Datum toezegging 7 april 2009",
    "Vergaderdatum: 4 juli 2023.",
    "Datum:",
    "N.v.t.",
    "Gedeputeerde Staten besluiten:",
    "Het dagelijks bestuur heeft op 1 november 2022 besloten:",
    "Het verslag wordt ongewijzigd vastgesteld.",
    "De raad stemt in met het voorstel.",
    "Openbaar verslag vergadering GS Utrecht 24-04-2018",
    "Besluitenlijst GS-vergadering van 02 nov 2021",
    "Besluitenlijst van de vergadering van 12 maart 2019",
    "Korte aantekeningen vergadering commissies",
    "GS-Besluiten",
    "Gemeenteraad",
    "dinsdag 16 juni 2020 09:30 - 12:30",
    "1 november 2022",
    "24-04-2018",
    "31-02-2022",
    "20191212.5",
    "20191212.",
    "00:02:34 - 00:03:45 - Maarten Poorter",
    "Pagina 2 van 5",
    "Ter besluitvorming",
    "datum\tbesluit",
    "Nr\tOnderwerp\tBesluit",
    "| 1 | Opening | Vastgesteld |",
    "Nummer | T01970 |",
    "---|---|",
    "|",
    "\t",
    ";",
    ",",
    "\"",
    ":",
    "(",
    ")",
    "-",
    "–",
    "•",
    " ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "\r",
    "\0",
    "İ",
    "ẞ",
    "e\u{301}",
    "日本",
    "🙂",
    "\u{10ffff}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<String>(),
        1 => "[0-9]{1,8}[.):-]?[A-Za-z]?",
        1 => (proptest::sample::select(PIECES), 100usize..3000).prop_map(|(p, n)| p.repeat(n)),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(&[" ", " ", "\n", "\n", "\n", "\n\n", "\t", "", "\r\n", " | "][..])
}

fn list_text() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => proptest::collection::vec((piece(), separator()), 0..150).prop_map(|v| {
            v.into_iter().fold(String::new(), |mut s, (p, sep)| {
                s.push_str(&p);
                s.push_str(sep);
                s
            })
        }),
        1 => proptest::collection::vec(any::<u8>(), 0..4000).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

fn check(text: &str, store: bool) {
    let lines = text.split('\n').count();
    let Ok(p) = parse(text, Some("AB")) else { return };
    for d in &p.decisions {
        assert!(Date::parse_iso(&d.date).is_some(), "{:?} is no date", d.date);
        assert!(!d.text.trim().is_empty(), "an empty decision from {text:?}");
        assert!((1..=lines).contains(&d.line), "line {} of {lines}", d.line);
        assert!(!d.body.is_empty());
    }
    for b in p.bad.iter().chain(&p.undecided) {
        assert!((1..=lines).contains(&b.line), "line {} of {lines}", b.line);
        assert!(!b.message.is_empty());
    }
    if store && !p.decisions.is_empty() {
        let mut s = Store::open_in_memory().expect("store");
        let drafts: Vec<DecisionDraft> = p
            .decisions
            .iter()
            .map(|d| DecisionDraft {
                body: d.body.clone(),
                date: d.date.clone(),
                text: d.stored_text(),
                reference: d.reference.clone(),
                ..Default::default()
            })
            .collect();
        s.add_new_decisions(&drafts).expect("the store takes every parse whole");
    }
}

/// Found by the generated texts below: a commitment whose only decision line is a bare bullet.
#[test]
fn a_bare_bullet_under_a_commitment_is_no_empty_decision() {
    check("Openbaar verslag vergadering GS Utrecht 24-04-2018\nToezegging Toezending richtlijn (T01237)\n• ", true);
    for probe in [
        "Voorstel: | -\nHet verslag",
        "Voorstel: | -\nHet verslag wordt vastgesteld.",
        "Besluitenlijst AB 12-12-2019\nVoorstel: | -\nHet verslag wordt vastgesteld.",
        "Besluitenlijst AB 12-12-2019\n1. Verslag\nVoorstel: | -\nHet verslag wordt vastgesteld.",
        "Besluitenlijst AB 12-12-2019\n1. Verslag\nBesluit: | -\n",
        "Besluitenlijst AB 12-12-2019\n1. Verslag\nBesluit: -\n2. Rondvraag\nBesluit: •",
    ] {
        check(probe, true);
    }
}

proptest! {
    #![proptest_config(Config { cases: 300, failure_persistence: None, ..Config::default() })]
    #[test]
    fn parser_holds_on_hostile_text(text in list_text()) {
        check(&text, true);
    }
}

/// Large inputs of one shape each: these finish (the parser is linear), whatever they hold.
#[test]
fn large_lists_of_one_shape_finish() {
    let shapes = [
        "05A Onderwerp\n\nSAMENVATTING:\n\nTekst.\n\nBESLUIT:\n\nGedeputeerde Staten besluiten:\n\n  1. akkoord;\n  2. verzenden.\n\n",
        " 1. 0.06.H\n\n  Besluit\n\n  Gedeputeerde Staten besluiten akkoord.\n",
        "1. Opening\n",
        "Tekst van een besluit dat lang genoeg is voor een alinea.\n21 januari 2025\n",
        "NummerA1\nOnderwerpOpening\n",
        " SAMENVATTING: a BESLUIT: b",
        "Toezegging Iets (T01237)\nDe minister zegt toe.\nKerngegevens\nDatum toezegging 7 april 2009\n",
        "\n",
    ];
    for shape in shapes {
        let mut text = String::from("Openbaar verslag vergadering GS Utrecht 24-04-2018\n\n");
        text.push_str(&shape.repeat(200_000 / shape.len().max(1) + 1));
        let p = parse(&text, Some("GS"));
        if let Ok(p) = p {
            assert!(p.decisions.iter().all(|d| !d.text.is_empty()));
        }
    }
    // One line of five megabytes.
    let line = " BESLUIT: x".repeat(500_000);
    let _ = parse(&line, Some("GS"));
}

#[test]
#[ignore = "long fuzz run: ANNOTEER_FUZZ_SECS=600 cargo test --release --test import_decisions_fuzz -- --ignored"]
fn fuzz_for_a_while() {
    let secs: u64 = std::env::var("ANNOTEER_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let start = Instant::now();
    let mut cases = 0u64;
    let longest = std::cell::Cell::new(Duration::ZERO);
    while start.elapsed() < Duration::from_secs(secs) {
        let mut runner = TestRunner::new(Config { cases: 500, failure_persistence: None, ..Config::default() });
        let result = runner.run(&list_text(), |text| {
            let t = Instant::now();
            check(&text, text.len() < 20_000);
            longest.set(longest.get().max(t.elapsed()));
            Ok(())
        });
        if let Err(e) = result {
            panic!("fuzz failure after {cases} cases: {e}");
        }
        cases += 500;
    }
    println!("fuzzed {cases} cases in {:?}; slowest case {:?}", start.elapsed(), longest.get());
}
