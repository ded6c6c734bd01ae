//! The real agendas in tests/fixtures/real/agendas, imported as `annoteer import agenda` imports them
//! (the parser, then the store), against what a careful person reads in them (format: the README there).
//! Prints the items right per file and in total; fails when the figures fall below what was measured.

use annoteer::domain::{Coded, MeetingDraft};
use annoteer::import::agenda::parse_agenda;
use annoteer::store::Store;
use std::path::{Path, PathBuf};

/// Items right in total, as measured; a change that loses one fails here. A second held-out round of 12
/// agendas (37 items; EU Council annotated agendas in four layouts, a Tweede Kamer committee page, a
/// presidium and a council page, a provincial committee) added after the parser work: 18 of 37 right and
/// 39 items too many when first measured, before any change they prompted (260 of 281 in all). After
/// the annotated-agenda fixes (running text broken by the page width, letterheads, the kind of discussion
/// under a heading or in parentheses after it, the government's annotation template): 267, 14 extra;
/// with a numbered list under a line that announces it ("Voorstel:", "… is voorgesteld:") kept as a note
/// and "Beslispunten:" read as the treatment: 269, 9 extra; with a portal's "10. 6.I" under an item whose
/// title the page lost read as the next number: 271, 12 extra (the extra are those title-less items,
/// which the import keeps with their description or "(geen titel)"); with a sentence run on after a
/// title kept as a note: 272, 11 extra. A third held-out round of 11 agendas (120 items; an omgevingsdienst's
/// flattened table with a proposal column, a 5dok page with bare numbers, a PS agenda and a RUD letter
/// that lost numbers, a Holland Rijnland page and newsletter list, an MRDH agenda with "Gevraagd besluit",
/// two Tweede Kamer pages, a council portal with planned times, a water board): 48 of 120 right and 39
/// extra when first measured (320 of 401 in all); after the fixes they prompted (planned times, digit-group
/// case numbers and timing notes off the title, "Gevraagd besluit:", one-word part headings, bare and
/// padded numbers inside a line, dates, ordinals, proposal columns, bullet lists, lost runs of numbers, a
/// title that goes on after a colon):
/// 95 of 120, 16 extra (367 of 401 in all, 27 extra). Two of them also through Word and PDF
/// (`-via-pdf`): 1 of 17 when first measured; 15 of 17 after a portal's "1." and "1" on lines of their
/// own, a title the page width broke and "Beslispunt:" at a title's end were read (382 of 418, 29 extra).
const TOTAL_RIGHT_FLOOR: usize = 382;
/// Items the import makes that nobody reads in the agendas, at most.
const TOTAL_EXTRA_CEILING: usize = 29;
/// The items each agenda may still get wrong, as measured (in the agendas held out from the parser
/// work); every other agenda must come out whole, so a regression in one file cannot hide behind another.
const KNOWN_MISSES: &[(&str, usize)] = &[
    ("rud_zeeland_ab_2018-09-17", 2),
    ("milieuraad_2009-10-21", 7),
    ("raalte_raad_installatie", 1),
    // The third held-out round, after its fixes (tests/fixtures/real/README.md says what stays wrong).
    ("brabantsedelta_ab_2011-11-09", 1),
    ("hollandrijnland_ab_2018-03-14-via-pdf", 2),
    ("hollandrijnland_db_2007-05-10", 2),
    ("odr_ab_2014-09-29", 2),
    ("ps_noordholland_notulen_agenda", 11),
    ("rud_zeeland_ab_2017-02-13", 3),
    ("waalre_raad_2017-11-09", 6),
];

#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    number: String,
    title: String,
    treatment: String,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real/agendas")
}

/// The document without its first `# source:` line.
fn document(text: &str) -> &str {
    match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("# source:") => rest,
        _ => text,
    }
}

fn normal_title(title: &str) -> String {
    let collapsed = title.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.trim_end_matches(['.', ':', ';', ' ']).to_string()
}

fn expected(path: &Path) -> Vec<Item> {
    let text = std::fs::read_to_string(path).expect("expected file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t');
            let number = f.next().unwrap_or("").trim().to_string();
            let title = f.next().unwrap_or_else(|| panic!("{}: no title in {l:?}", path.display()));
            let treatment = f.next().unwrap_or("").trim().to_string();
            Item { number, title: normal_title(title), treatment }
        })
        .collect()
}

/// What the store holds after importing the document into a new meeting, converted as the CLI does;
/// empty when it refuses.
fn imported(doc: &str) -> Vec<Item> {
    let parsed = parse_agenda(doc);
    let mut store = Store::open_in_memory().expect("store");
    let draft = MeetingDraft { body: "AB".into(), date: "2024-01-01".into(), ..Default::default() };
    let Ok((meeting, _)) = store.create_meeting_with_agenda(&draft, &annoteer::import::agenda_draft(&parsed)) else {
        return Vec::new();
    };
    store
        .agenda(meeting)
        .expect("agenda")
        .into_iter()
        .map(|i| Item {
            number: i.number,
            title: normal_title(&i.title),
            treatment: i.treatment.map(|t| t.code().to_string()).unwrap_or_default(),
        })
        .collect()
}

/// How many expected items the import got right, in order (a longest common subsequence, so one item too
/// many or too few costs that item only).
fn right(expected: &[Item], got: &[Item]) -> usize {
    let mut row = vec![0usize; got.len() + 1];
    for e in expected {
        let mut diagonal = 0;
        for (j, g) in got.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if e == g { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[got.len()]
}

#[test]
fn real_agendas_import_as_a_person_reads_them() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("corpus dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 22, "the corpus has {} agendas", names.len());
    let (mut total_right, mut total_expected, mut total_extra) = (0, 0, 0);
    let verbose = std::env::var_os("CORPUS_VERBOSE").is_some();
    let mut failures = Vec::new();
    for txt in &names {
        let text = std::fs::read_to_string(txt).expect("agenda");
        assert!(text.starts_with("# source: "), "{}: no source line", txt.display());
        let want = expected(&txt.with_extension("expected"));
        assert!(!want.is_empty(), "{}: no expected items", txt.display());
        let got = imported(document(&text));
        let ok = right(&want, &got);
        let extra = got.len() - ok.min(got.len());
        let name = txt.file_stem().unwrap().to_string_lossy();
        println!("{name:45} {ok:3} / {:3} right, {extra:2} extra", want.len());
        if verbose && (ok < want.len() || extra > 0) {
            for g in &got {
                let mark = if want.contains(g) { " " } else { "+" };
                println!("   {mark} {}\t{}\t{}", g.number, g.title, g.treatment);
            }
            for w in want.iter().filter(|w| !got.contains(w)) {
                println!("   - {}\t{}\t{}", w.number, w.title, w.treatment);
            }
        }
        let misses = KNOWN_MISSES.iter().find(|(n, _)| *n == name).map_or(0, |(_, m)| *m);
        failures.extend((ok + misses < want.len()).then(|| format!("{name}: {ok} of {} right", want.len())));
        total_right += ok;
        total_expected += want.len();
        total_extra += extra;
    }
    let share = 100.0 * total_right as f64 / total_expected as f64;
    println!("TOTAL {total_right} / {total_expected} items right ({share:.1}%), {total_extra} extra");
    assert!(failures.is_empty(), "fewer items right than measured: {failures:?}");
    assert!(total_right >= TOTAL_RIGHT_FLOOR, "{total_right} items right, the floor is {TOTAL_RIGHT_FLOOR}");
    // The ceiling may be raised for a new agenda; at 0 the comparison is still the check meant.
    #[allow(clippy::absurd_extreme_comparisons)]
    let within = total_extra <= TOTAL_EXTRA_CEILING;
    assert!(within, "{total_extra} extra items, at most {TOTAL_EXTRA_CEILING}");
}

#[test]
fn the_score_counts_what_differs() {
    let item = |n: &str, t: &str| Item { number: n.into(), title: t.into(), treatment: String::new() };
    let want = [item("1", "Opening"), item("2", "Verslag"), item("3", "Sluiting")];
    assert_eq!(right(&want, &want), 3);
    assert_eq!(right(&want, &[item("1", "Opening"), item("x", "Kop"), item("2", "Verslag")]), 2);
    assert_eq!(right(&want, &[item("2.1", "Verslag")]), 0);
    assert_eq!(right(&want, &[]), 0);
    assert_eq!(normal_title("Raadsvergadering  28 april."), "Raadsvergadering 28 april");
    assert_eq!(document("# source: x\n1. Opening\n"), "1. Opening\n");
}
