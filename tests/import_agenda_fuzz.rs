//! Fuzzing the agenda parser with hostile agenda-like text: numbers, parentheses, treatments, markup,
//! odd unicode, huge lines. Every case must finish without a panic, account for every input line, give
//! sane numbers, and be accepted whole by the store.
//!
//! The bounded run is part of the normal test suite. The long run:
//! `ANNOTEER_FUZZ_SECS=600 cargo test --release --test import_agenda_fuzz -- --ignored --nocapture`

use annoteer::domain::MeetingDraft;
use annoteer::import::agenda::{parse_agenda, LineUse, MAX_TITLE_CHARS};
use annoteer::store::Store;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::time::{Duration, Instant};

const PIECES: &[&str] = &[
    "1.",
    "2.",
    "3.",
    "1)",
    "2)",
    "1.1",
    "1.2",
    "2.1",
    "2a",
    "2b.",
    "a.",
    "b)",
    "(a)",
    "(b)",
    "I.",
    "II",
    "III.",
    "IV",
    "C.",
    "0.",
    "999.",
    "1000.",
    "5.1.2.e",
    "1102.4.1",
    "15:00-15:15",
    "2022-03-24",
    "12",
    "1.Opening",
    "3%",
    "Opening",
    "Verslag",
    "Mededelingen:",
    "Rondvraag",
    "Ter vaststelling",
    "ter besluitvorming",
    "TER KENNISNAME",
    "Ter bespreking",
    "Mondelinge toelichting",
    "*Mondelinge toelichting (PGT)*",
    "schriftelijke consultatie",
    "(bijlage, PGT)",
    "(bijlage uit SG 16 februari)",
    "(",
    ")",
    "((",
    "))",
    "(bijlage",
    "PGT)",
    "bijlage 3",
    "Deel 1:",
    "Deel",
    "OPENBAAR DEEL",
    "BESLOTEN DEEL",
    "Hamerstukken",
    "Ter behandeling",
    "A. Hamerstukken",
    "**",
    "*",
    "_",
    "__",
    "#",
    "## ",
    "\\",
    "\\.",
    "<p>",
    "</p>",
    "<td>",
    "<ol style=\"x\">",
    "<",
    ">",
    "&nbsp;",
    "&amp;",
    "&",
    "&#39;",
    "|",
    "---",
    "| --- |",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "\u{2028}",
    "\u{ad}",
    "\r",
    "\0",
    "\u{7}",
    "İ",
    "ẞ",
    "ß",
    "ǅ",
    "é",
    "e\u{301}",
    "مرحبا",
    "日本",
    "🙂",
    "\u{10ffff}",
    "•",
    "- ",
    "o ",
    "\u{f0b7}",
    "Ja",
    "Nr",
    "Onderwerp",
    "artikel 2. lid",
    "in 2022. De",
    "…",
    "–",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<String>(),
        1 => "[0-9]{1,4}[.):]?[a-z]?",
        1 => (proptest::sample::select(PIECES), 100usize..3000).prop_map(|(p, n)| p.repeat(n)),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(&[" ", " ", " ", "\n", "\n", "\n\n", "\t", "", "\r\n", " | "][..])
}

/// Agenda-like text: pieces joined by spaces, line breaks and tabs.
fn agenda_text() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => proptest::collection::vec((piece(), separator()), 0..120).prop_map(|v| {
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
    let p = parse_agenda(text);
    let raw: Vec<&str> = text.lines().collect();
    assert_eq!(p.lines.len(), raw.len(), "one use per input line");
    let first_item_line = p.items.first().map(|i| i.source_lines.start).unwrap_or(usize::MAX);
    for (i, (use_, line)) in p.lines.iter().zip(&raw).enumerate() {
        match *use_ {
            LineUse::Blank => assert!(line.trim().is_empty(), "line {i} {line:?} is not blank"),
            LineUse::Layout => {}
            LineUse::Preamble => assert!(i < first_item_line, "preamble line {i} after the first item"),
            LineUse::Part(k) => assert!(k < p.parts.len()),
            LineUse::LeftOut => assert!(i > first_item_line, "line {i} left out before the first item"),
            LineUse::Item(k) | LineUse::Treatment(k) | LineUse::Title(k) | LineUse::Note(k) => {
                let item = p.items.get(k).expect("line names an item");
                assert!(item.source_lines.contains(&i), "line {i} outside item {k}'s lines {:?}", item.source_lines);
            }
        }
        if !line.trim().is_empty() {
            assert_ne!(*use_, LineUse::Blank, "a line with text is not blank");
        }
    }
    for item in &p.items {
        assert!(!item.title.trim().is_empty());
        assert!(item.title.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(item.depth <= 6);
        // An item whose number was lost gets the one the agenda's style gives it, such as "II-3".
        assert!(
            item.number.len() <= 40 && item.number.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        );
        assert!(
            item.label.len() <= 48 && item.label.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        );
        assert!(item.source_lines.start < item.source_lines.end && item.source_lines.end <= raw.len());
        assert!(item.part.is_none_or(|k| k < p.parts.len()));
        assert!(item.notes.iter().all(|n| !n.trim().is_empty()));
    }
    if store && !p.items.is_empty() {
        let mut s = Store::open_in_memory().expect("store");
        let draft = MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() };
        let (m, ids) = s
            .create_meeting_with_agenda(&draft, &annoteer::import::agenda_draft(&p))
            .expect("the store takes every parse whole");
        assert_eq!(s.agenda(m).expect("agenda").len(), ids.len());
    }
}

proptest! {
    #![proptest_config(Config { cases: 300, failure_persistence: None, ..Config::default() })]
    #[test]
    fn parser_holds_on_hostile_text(text in agenda_text()) {
        check(&text, true);
    }
}

#[test]
#[ignore = "long fuzz run: ANNOTEER_FUZZ_SECS=600 cargo test --release --test import_agenda_fuzz -- --ignored"]
fn fuzz_for_a_while() {
    let secs: u64 = std::env::var("ANNOTEER_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let start = Instant::now();
    let mut cases = 0u64;
    let bytes = std::cell::Cell::new(0u64);
    let longest = std::cell::Cell::new(Duration::ZERO);
    while start.elapsed() < Duration::from_secs(secs) {
        let mut runner = TestRunner::new(Config { cases: 500, failure_persistence: None, ..Config::default() });
        let result = runner.run(&agenda_text(), |text| {
            let t = Instant::now();
            check(&text, text.len() < 20_000);
            let took = t.elapsed();
            longest.set(longest.get().max(took));
            bytes.set(bytes.get() + text.len() as u64);
            Ok(())
        });
        if let Err(e) = result {
            panic!("fuzz failure after {cases} cases: {e}");
        }
        cases += 500;
    }
    println!(
        "fuzzed {cases} cases ({} MB of text) in {:?}; slowest case {longest:?}",
        bytes.get() / 1_000_000,
        start.elapsed(),
        longest = longest.get()
    );
}
