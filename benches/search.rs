//! The search benchmark: `cargo bench --bench search` (release). Generates deterministic corpora, types
//! queries character by character into the background `Searcher`, and reports keystroke→first and →final
//! results, memory, and `annoteer search` as a whole process beside `fzf --filter` on the same 100k records.
//! Peers are measured in the same run: full single-threaded SkimMatcherV2 and (when installed) fzf.
//!
//! Options after `--`: `--sizes 10000,100000` (default 10k, 100k, 1M), `--no-process` (skip the
//! whole-process comparison), `--no-quality` (skip the typo recall/precision table, annoteer beside fzf). The table is printed and written to target/search-bench.md.
//! For profiling: `--repeat N QUERY [ROUNDS]` (one search again and again, wall and CPU time),
//! `--write-db PATH N [small]` (keep the database the whole-process comparison times) and `--phases PATH`
//! (where `annoteer search`'s time goes on it: opening, loading, searching).

use annoteer::dates::Date;
use annoteer::domain::DecisionDraft;
use annoteer::search::{
    quality, score_record, search, search_counted, Corpus, NewRecord, Query, RecordKind, Searcher, Stage,
};
use annoteer::store::{Access, Store};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use std::fmt::Write as _;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const DOMAIN_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "met",
    "voor",
    "te",
    "aan",
    "door",
    "over",
    "bij",
    "naar",
    "om",
    "dat",
    "wordt",
    "is",
    "zijn",
    "niet",
    "ook",
    "als",
    "nog",
    "besluit",
    "stuurgroep",
    "akkoord",
    "voorstel",
    "effectmeting",
    "begroting",
    "fiod",
    "mit",
    "labs",
    "kmar",
    "douane",
    "politie",
    "openbaar",
    "ministerie",
    "hasg",
    "asg",
    "ontwerpgroep",
    "programmateam",
    "kerngroep",
    "mio",
    "sko",
    "klo",
    "korpsleiding",
    "kanttekening",
    "kennisname",
    "vaststelling",
    "besluitvorming",
    "bespreking",
    "informatie",
    "consultatie",
    "rondvraag",
    "mededelingen",
    "agendapunt",
    "jaarplan",
    "jaarverslag",
    "voortgangsrapportage",
    "tranche",
    "financiering",
    "herbesteding",
    "middelen",
    "gelden",
    "governance",
    "evaluatie",
    "ondermijning",
    "aanpak",
    "samenwerking",
    "partners",
    "convenant",
    "juridisch",
    "privacy",
    "gegevensdeling",
    "datagedreven",
    "werken",
    "capaciteit",
    "inzet",
    "opsporing",
    "interventie",
    "casus",
    "regieteam",
    "tbml",
    "witwassen",
    "criminaliteit",
    "analyse",
    "rapportage",
    "advies",
    "uitwerking",
    "planning",
    "voorzitter",
    "secretaris",
    "vergadering",
    "verslag",
    "actiepunt",
    "deadline",
    "opdracht",
    "ambassadeur",
    "linking",
    "pin",
    "reikwijdte",
    "onderzoek",
    "mandaat",
    "verantwoording",
    "kader",
    "werkgroep",
    "criteria",
    "incidenteel",
    "structureel",
    "uitnutting",
    "realisatie",
    "doelstellingen",
    "programma",
    "portefeuille",
    "prioriteit",
    "thema",
    "pilot",
    "expertise",
    "ontwikkeling",
    "digitaal",
    "cameratoezicht",
    "voertuigen",
    "frictie",
    "klassen",
    "huisvesting",
    "bijdrage",
    "raming",
    "saldo",
    "onderbesteding",
    "overheveling",
    "minister",
    "kamerbrief",
    "woo",
    "vertrouwelijk",
    "aangehouden",
    "doorgeleiding",
    "goedgekeurd",
    "vastgesteld",
    "ingestemd",
    "afgewezen",
    "uitgesteld",
];

const SYLLABLES: &[&str] = &[
    "ver", "be", "ge", "ont", "over", "on", "aan", "in", "uit", "door", "af", "op", "mee", "toe", "her", "na", "sla",
    "wer", "king", "heid", "ing", "lijk", "baar", "schap", "tie", "ment", "ter", "ste", "den", "ren", "gen", "pla",
    "stel", "maat", "regel", "raad", "land", "stad", "werk", "zaak", "recht", "plan", "kost", "geld", "tijd", "deel",
    "punt", "lijn", "vorm", "vraag", "wet", "post", "borg", "grond", "huis", "kant", "loop", "mark",
];

fn synthetic_word(rng: &mut Rng) -> String {
    let parts = 2 + rng.below(3);
    (0..parts).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect()
}

fn vocabulary(size: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut words: Vec<String> = DOMAIN_WORDS.iter().map(|w| w.to_string()).collect();
    while words.len() < size {
        let w = synthetic_word(&mut rng);
        if !words.contains(&w) || size > 2_000 {
            words.push(w);
        }
    }
    words.truncate(size);
    words
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// ~300 words drawn uniformly: high match rates, the hard case of SEARCH-SPEED.md.
    Small,
    /// ~8,000 words drawn Zipf-like (function words most often), numbers, codes and bodies.
    Realistic,
}

const BODIES: &[&str] = &["Stuurgroep MIT", "HASG", "ASG", "OG", "PGT", "MIO", "SKO", "KLO", "kerngroep MIT"];

struct Row {
    body: &'static str,
    date: Date,
    reference: String,
    text: String,
}

fn generate(kind: Kind, n: usize, mut each: impl FnMut(Row)) {
    let vocab = vocabulary(if kind == Kind::Small { 300 } else { 8_000 }, 0x5EED_0000 + n as u64);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ n as u64 ^ if kind == Kind::Small { 1 } else { 2 });
    for i in 0..n {
        let target = match kind {
            Kind::Small => 110 + rng.below(80),
            Kind::Realistic => 40 + rng.below(120) + rng.below(120),
        };
        let mut text = String::with_capacity(target + 20);
        if kind == Kind::Realistic && rng.below(4) == 0 {
            let _ = write!(text, "Agendapunt {}.{}: ", 1 + rng.below(9), 1 + rng.below(5));
        }
        while text.len() < target {
            let w = match kind {
                Kind::Small => &vocab[rng.below(vocab.len())],
                Kind::Realistic => {
                    let r = ((vocab.len() as f64).powf(rng.unit()) as usize).saturating_sub(1);
                    &vocab[r.min(vocab.len() - 1)]
                }
            };
            text.push_str(w);
            match rng.below(14) {
                0 => text.push_str(", "),
                1 if kind == Kind::Realistic => {
                    let _ = write!(text, " {} ", rng.below(2_030));
                }
                _ => text.push(' '),
            }
        }
        let mut text = text.trim_end().trim_end_matches(',').to_string();
        text.push('.');
        if let Some(first) = text.get(..1) {
            let up = first.to_uppercase();
            text.replace_range(..1, &up);
        }
        let day = rng.below(365 * 12) as i64;
        let date = Date::from_days(16_071 + day); // from 2014
        let reference = format!("{:04}{:02}{:02}.{}", date.year, date.month, date.day, 1 + i % 9);
        each(Row { body: BODIES[rng.below(BODIES.len())], date, reference, text });
    }
}

fn build(kind: Kind, n: usize) -> Corpus {
    let mut b = Corpus::builder();
    b.reserve(n, n * 160);
    let mut id = 0;
    generate(kind, n, |r| {
        id += 1;
        b.push(NewRecord {
            kind: RecordKind::Decision,
            id,
            meeting_id: None,
            item_id: None,
            body: r.body,
            date: r.date,
            reference: &r.reference,
            text: &r.text,
            annotation: "",
            advice: "",
        })
        .expect("record fits");
    });
    b.build()
}

fn rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// CPU time used by this process so far, all threads (less disturbed by other work on the machine than
/// the time on the clock).
fn cpu_ms() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) } != 0 {
        return f64::NAN;
    }
    let t = |v: libc::timeval| v.tv_sec as f64 * 1000.0 + v.tv_usec as f64 / 1000.0;
    t(u.ru_utime) + t(u.ru_stime)
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn p90(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[(v.len() * 9 / 10).min(v.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Typed one character at a time; the last three hold a typo (swapped letters, a wrong letter, swapped
/// again in a long word), so that the typo pass is in the keystroke mix.
const QUERIES: &[&str] = &[
    "effectmeting",
    "stuurgroep akkoord",
    "fiod om",
    "begroting mit",
    "voortgangsrapportage",
    "effcetmeting",
    "capacitiet inzet",
    "huisvestnig",
];

/// The queries typed at 1M records (fewer, to keep the run short): half of them with a typo.
const QUERIES_1M: &[&str] = &["effectmeting", "stuurgroep akkoord", "fiod om", "effcetmeting", "capacitiet inzet"];

fn has_typo(q: &str) -> bool {
    ["effcetmeting", "capacitiet", "huisvestnig"].iter().any(|t| q.contains(t))
}

struct Typing {
    first: Vec<f64>,
    last: Vec<f64>,
    /// The final times of the keystrokes of the queries with a typo only.
    typo_last: Vec<f64>,
    burst_final: Vec<f64>,
}

/// Types each query one character at a time, waiting for the final answer before the next (a typist at
/// about 5 characters a second never outruns it), then once more as a burst (a character every 5 ms).
fn type_queries(corpus: &Arc<Corpus>, queries: &[&str]) -> Typing {
    let searcher = Searcher::new(Arc::clone(corpus));
    let mut t = Typing { first: Vec::new(), last: Vec::new(), typo_last: Vec::new(), burst_final: Vec::new() };
    for q in queries {
        for end in 1..=q.len() {
            let Ok(query) = Query::parse(&q[..end]) else { continue };
            let start = Instant::now();
            searcher.submit(query, 50);
            let mut first = None;
            while let Some(u) = searcher.recv_timeout(Duration::from_secs(60)) {
                first.get_or_insert_with(|| ms(start.elapsed()));
                if u.stage == Stage::Final {
                    t.last.push(ms(start.elapsed()));
                    if has_typo(q) {
                        t.typo_last.push(ms(start.elapsed()));
                    }
                    break;
                }
            }
            t.first.extend(first);
        }
        // A new search box: forget the narrowing state by searching something unrelated, then burst-type.
        searcher.submit(Query::parse("zzzzqqq").unwrap_or_default(), 50);
        let _ = searcher.recv_timeout(Duration::from_secs(60));
        let mut start = Instant::now();
        for end in 1..=q.len() {
            start = Instant::now();
            searcher.submit(Query::parse(&q[..end]).unwrap_or_default(), 50);
            std::thread::sleep(Duration::from_millis(5));
        }
        while let Some(u) = searcher.recv_timeout(Duration::from_secs(60)) {
            if u.stage == Stage::Final {
                t.burst_final.push(ms(start.elapsed()));
                break;
            }
        }
    }
    t
}

/// Full SkimMatcherV2, single thread, the whole query as one pattern (the measurement of the issue).
fn skim_full_ms(corpus: &Corpus, query: &str) -> f64 {
    let m = SkimMatcherV2::default().ignore_case();
    let start = Instant::now();
    let mut n = 0usize;
    for i in 0..corpus.len() {
        if let Some(r) = corpus.record(i) {
            if m.fuzzy_match(r.text, query).is_some() {
                n += 1;
            }
        }
    }
    std::hint::black_box(n);
    ms(start.elapsed())
}

fn skim_terms(m: &SkimMatcherV2, text: &str, terms: &[&str]) -> Option<i64> {
    terms.iter().map(|t| m.fuzzy_match(text, t)).sum()
}

/// Whether keeping only a pool of first-pass candidates loses anything: the share of our top 20 that the
/// final scoring, applied to every record (one thread), also puts at or above its 20th best. Many records
/// tie at the top, so a plain overlap of two top-20 lists would mostly measure how ties fall.
fn top20_quality(corpus: &Corpus, query: &str) -> f64 {
    let q = Query::parse(query).unwrap_or_default();
    let mut scores: Vec<i64> = (0..corpus.len()).filter_map(|i| Some(score_record(corpus, &q, i)?.score)).collect();
    scores.sort_unstable_by(|a, b| b.cmp(a));
    let Some(&threshold) = scores.get(19).or(scores.last()) else { return 1.0 };
    let ours = search(corpus, &q, 20);
    if ours.is_empty() {
        return 0.0;
    }
    ours.iter().filter(|h| h.score >= threshold).count() as f64 / ours.len() as f64
}

/// Per query: the ranking quality and the top 3 of both rankings, to see where they differ.
fn explain(n: usize) {
    let m = SkimMatcherV2::default().ignore_case();
    for kind in [Kind::Small, Kind::Realistic] {
        let corpus = build(kind, n);
        for q in QUERIES {
            let terms: Vec<&str> = q.split_whitespace().collect();
            let mut scored: Vec<(i64, usize)> =
                (0..corpus.len()).filter_map(|i| Some((skim_terms(&m, corpus.record(i)?.text, &terms)?, i))).collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            println!("{q:?}: quality {:.0}%", 100.0 * top20_quality(&corpus, q));
            for (s, i) in scored.iter().take(3) {
                println!("  skim {s:4}  {}", corpus.record(*i).map_or("", |r| r.text));
            }
            for h in search(&corpus, &Query::parse(q).unwrap_or_default(), 3) {
                let text = corpus.record(h.record).map_or("", |r| r.text);
                println!("  ours {:4} (skim {:?})  {}", h.score, skim_terms(&m, text, &terms), text);
            }
        }
    }
}

/// The record positions fzf ranks first for `query` among `lines` (one record a line, "position\ttext").
fn fzf_top(lines: &std::path::Path, query: &str) -> Vec<usize> {
    let Ok(file) = std::fs::File::open(lines) else { return Vec::new() };
    let Ok(out) = Command::new("fzf")
        .args(["--filter", query, "--delimiter", "\t", "--nth", "2.."])
        .stdin(file)
        .stderr(Stdio::null())
        .output()
    else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .take(quality::TOP)
        .filter_map(|l| l.split('\t').next()?.parse().ok())
        .collect()
}

/// Recall and precision per kind of typo, for annoteer and fzf on the same texts: the demo's records and
/// the two synthetic corpora at 10k records.
fn quality_table() -> String {
    let mut out = String::new();
    let fzf = fzf_available();
    let _ = writeln!(
        out,
        "Typo tolerance: recall = share of the records holding the word found in the top {top}; precision = share of the first R hits holding it (R = those records, at most {top}); words of 5+ letters from the corpus, one query per word and kind\n",
        top = quality::TOP
    );
    let _ = writeln!(
        out,
        "| corpus | query | queries | annoteer recall | annoteer precision | fzf recall | fzf precision |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    let mut store = Store::open_in_memory().expect("db");
    store.load_demo().expect("demo");
    let demo = Corpus::load(&store, annoteer::search::Scope::Everything).expect("demo corpus");
    let corpora = [
        ("demo", demo),
        ("300 words, 10k", build(Kind::Small, 10_000)),
        ("8k words, 10k", build(Kind::Realistic, 10_000)),
    ];
    for (name, corpus) in &corpora {
        let queries = quality::labelled_queries(corpus, 40, 5, 0x7E57);
        let ours = quality::measure(&queries, |q| {
            search(corpus, &Query::parse(q).unwrap_or_default(), quality::TOP).iter().map(|h| h.record).collect()
        });
        let dir = tempfile::tempdir().expect("temp dir");
        let lines = dir.path().join("lines.txt");
        let mut text = String::new();
        for i in 0..corpus.len() {
            let _ = writeln!(text, "{i}\t{}", corpus.record(i).map_or("", |r| r.text));
        }
        std::fs::write(&lines, text).expect("lines");
        let theirs = if fzf { quality::measure(&queries, |q| fzf_top(&lines, q)) } else { Vec::new() };
        for (kind, q) in &ours {
            let other = theirs.iter().find(|(k, _)| k == kind).map(|(_, q)| *q);
            let pct = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{:.0}%", 100.0 * v));
            let line = format!(
                "| {name} | {} | {} | {:.0}% | {:.0}% | {} | {} |",
                kind.name(),
                q.queries,
                100.0 * q.recall,
                100.0 * q.precision,
                pct(other.map(|o| o.recall)),
                pct(other.map(|o| o.precision)),
            );
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn run_process(cmd: &mut Command) -> f64 {
    let start = Instant::now();
    let status = cmd.stdout(Stdio::null()).stderr(Stdio::null()).status();
    let t = ms(start.elapsed());
    if status.map(|s| s.success() || s.code() == Some(1)).unwrap_or(false) {
        t
    } else {
        f64::NAN
    }
}

fn fzf_available() -> bool {
    Command::new("fzf").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

struct ProcessFigures {
    annoteer: f64,
    fzf: Option<f64>,
    /// The same for the queries without a typo, and for those with one.
    exact: (f64, Option<f64>),
    typo: (f64, Option<f64>),
    load_note: String,
}

/// The decisions of a generated corpus to store, and their texts one a line (what fzf reads).
fn bench_rows(kind: Kind, n: usize) -> (Vec<DecisionDraft>, String) {
    let mut drafts = Vec::with_capacity(n);
    let mut text = String::new();
    generate(kind, n, |r| {
        text.push_str(&r.text);
        text.push('\n');
        drafts.push(DecisionDraft {
            body: r.body.to_string(),
            meeting_id: None,
            item_id: None,
            date: r.date.iso(),
            text: r.text,
            reference: r.reference,
        });
    });
    (drafts, text)
}

/// `annoteer search` on a real database of the 100k records, and `fzf --filter` on the same texts.
fn whole_process(kind: Kind, n: usize) -> ProcessFigures {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    let lines = dir.path().join("lines.txt");
    let (drafts, text) = bench_rows(kind, n);
    std::fs::write(&lines, &text).expect("write lines");
    let started = Instant::now();
    {
        let mut store = Store::open(&db, Access::Create).expect("db");
        store.add_decisions(&drafts).expect("insert");
    }
    let load_note = format!("db written in {:.1} s", started.elapsed().as_secs_f64());
    let bin = env!("CARGO_BIN_EXE_annoteer");
    let fzf = fzf_available();
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut split: [(Vec<f64>, Vec<f64>); 2] = [(Vec::new(), Vec::new()), (Vec::new(), Vec::new())];
    for _round in 0..3 {
        for q in QUERIES {
            let (n_ours, n_theirs) = (ours.len(), theirs.len());
            ours.push(run_process(Command::new(bin).args([
                "--db",
                db.to_str().unwrap_or(""),
                "search",
                q,
                "--limit",
                "20",
            ])));
            if fzf {
                let file = std::fs::File::open(&lines).expect("lines");
                theirs.push(run_process(Command::new("fzf").args(["--filter", q]).stdin(file)));
            }
            let part = &mut split[usize::from(has_typo(q))];
            part.0.extend_from_slice(&ours[n_ours..]);
            part.1.extend_from_slice(&theirs[n_theirs..]);
        }
    }
    let [mut e, mut t] = split;
    ProcessFigures {
        annoteer: median(&mut ours),
        fzf: fzf.then(|| median(&mut theirs)),
        exact: (median(&mut e.0), fzf.then(|| median(&mut e.1))),
        typo: (median(&mut t.0), fzf.then(|| median(&mut t.1))),
        load_note,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut sizes = vec![10_000, 100_000, 1_000_000];
    if let Some(i) = args.iter().position(|a| a == "--sizes") {
        if let Some(list) = args.get(i + 1) {
            sizes = list.split(',').filter_map(|s| s.trim().parse().ok()).collect();
        }
    }
    let process = !args.iter().any(|a| a == "--no-process");
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        // For a profiler: one query many times on the realistic corpus (`--repeat 1000000 e`).
        let n = args.get(i + 1).and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
        let q = Query::parse(args.get(i + 2).map_or("e", String::as_str)).unwrap_or_default();
        let corpus = build(Kind::Realistic, n);
        let rounds = args.get(i + 3).and_then(|v| v.parse().ok()).unwrap_or(5);
        let (mut wall, mut cpu) = (f64::MAX, f64::MAX);
        for _ in 0..rounds {
            let (t, c) = (Instant::now(), cpu_ms());
            let hits = search(&corpus, &q, 50);
            let (w, c) = (ms(t.elapsed()), cpu_ms() - c);
            println!("{} hits in {w:.1} ms ({c:.1} ms of CPU time)", hits.len());
            (wall, cpu) = (wall.min(w), cpu.min(c));
        }
        println!("best: {wall:.1} ms, {cpu:.1} ms of CPU time");
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--write-db") {
        // For a profiler of the whole process: the database `whole_process` times, kept
        // (`--write-db PATH 100000 realistic|small`; the texts for fzf go beside it, as PATH.txt).
        let path = std::path::PathBuf::from(args.get(i + 1).map_or("bench.db", String::as_str));
        let n = args.get(i + 2).and_then(|v| v.parse().ok()).unwrap_or(100_000);
        let kind = if args.get(i + 3).is_some_and(|k| k == "small") { Kind::Small } else { Kind::Realistic };
        let (drafts, text) = bench_rows(kind, n);
        let mut store = Store::open(&path, Access::Create).expect("db");
        store.add_decisions(&drafts).expect("insert");
        std::fs::write(path.with_extension("txt"), &text).expect("write lines");
        println!("{n} records in {}", path.display());
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--phases") {
        // Where `annoteer search`'s time goes, per query: opening the database, loading the corpus,
        // searching (`--phases DB`; the best of 3 rounds each).
        let path = std::path::PathBuf::from(args.get(i + 1).map_or("bench.db", String::as_str));
        for q in QUERIES {
            let mut best = [f64::MAX; 3];
            let mut found = Default::default();
            for _ in 0..3 {
                let t = Instant::now();
                let store = Store::open(&path, Access::ReadOnly).expect("db");
                let opened = t.elapsed();
                let corpus = Corpus::load(&store, annoteer::search::Scope::Everything).expect("corpus");
                let loaded = t.elapsed();
                found = search_counted(&corpus, &Query::parse(q).unwrap_or_default(), 20);
                let times = [ms(opened), ms(loaded - opened), ms(t.elapsed() - loaded)];
                for (b, t) in best.iter_mut().zip(times) {
                    *b = b.min(t);
                }
            }
            let found: annoteer::search::Found = found;
            println!(
                "{q:20} open {:5.1} ms  load {:5.1} ms  search {:5.1} ms  ({} matched, typos {})",
                best[0], best[1], best[2], found.matched, found.typos
            );
        }
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--explain") {
        let n = args.get(i + 1).and_then(|v| v.parse().ok()).unwrap_or(100_000);
        explain(n);
        return;
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Search benchmark ({threads} cores; median over every keystroke of {} typed queries)\n",
        QUERIES.len()
    );
    let _ = writeln!(
        out,
        "| corpus | records | keystroke → first | → final (median / p90) | typo queries → final (median / max) | burst typing: last key → final | full SkimMatcherV2, 1 thread | final vs Skim | top 20 = full scoring's | corpus memory | process RSS |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|---|");
    print!("{out}");
    for kind in [Kind::Small, Kind::Realistic] {
        for &n in &sizes {
            let before = rss_mb();
            let t0 = Instant::now();
            let corpus = Arc::new(build(kind, n));
            let built = t0.elapsed();
            let rss = rss_mb();
            let heap = corpus.heap_bytes() as f64 / 1_048_576.0;
            let queries: &[&str] = if n >= 1_000_000 { QUERIES_1M } else { QUERIES };
            let mut typing = type_queries(&corpus, queries);
            let mut skim: Vec<f64> = queries.iter().map(|q| skim_full_ms(&corpus, q)).collect();
            let agreement: Vec<f64> =
                if n >= 1_000_000 { Vec::new() } else { queries.iter().map(|q| top20_quality(&corpus, q)).collect() };
            let final_median = median(&mut typing.last);
            let skim_median = median(&mut skim);
            let agree = if agreement.is_empty() {
                "–".to_string()
            } else {
                format!("{:.0}%", 100.0 * agreement.iter().sum::<f64>() / agreement.len() as f64)
            };
            let line = format!(
                "| {} | {} | {:.1} ms | {:.1} / {:.1} ms | {:.1} / {:.1} ms | {:.1} ms | {:.0} ms | {:.1}× faster | {} | {:.0} MB (built in {:.2} s) | {:.0} MB (+{:.0}) |",
                if kind == Kind::Small { "300 words" } else { "8k words, Zipf" },
                n,
                median(&mut typing.first),
                final_median,
                p90(&mut typing.last),
                median(&mut typing.typo_last),
                typing.typo_last.iter().copied().fold(0.0, f64::max),
                median(&mut typing.burst_final),
                skim_median,
                skim_median / final_median,
                agree,
                heap,
                built.as_secs_f64(),
                rss,
                rss - before,
            );
            println!("{line}");
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !args.iter().any(|a| a == "--no-quality") {
        let _ = writeln!(out);
        println!();
        let table = quality_table();
        print!("{table}");
        out.push_str(&table);
    }
    if process {
        let _ = writeln!(out);
        println!();
        for kind in [Kind::Small, Kind::Realistic] {
            let n = 100_000;
            let f = whole_process(kind, n);
            let name = if kind == Kind::Small { "300 words" } else { "8k words, Zipf" };
            let line = match f.fzf {
                Some(fzf) => format!(
                    "Whole process, {n} records ({name}): `annoteer search` {:.0} ms, `fzf --filter` {:.0} ms: {:.0}% of fzf's time; queries without a typo {:.0} / {:.0} ms ({:.0}%), with one {:.0} / {:.0} ms ({:.0}%) ({})",
                    f.annoteer,
                    fzf,
                    100.0 * f.annoteer / fzf,
                    f.exact.0,
                    f.exact.1.unwrap_or(f64::NAN),
                    100.0 * f.exact.0 / f.exact.1.unwrap_or(f64::NAN),
                    f.typo.0,
                    f.typo.1.unwrap_or(f64::NAN),
                    100.0 * f.typo.0 / f.typo.1.unwrap_or(f64::NAN),
                    f.load_note
                ),
                None => format!(
                    "Whole process, {n} records ({name}): `annoteer search` {:.0} ms; fzf is not installed, so no comparison ({})",
                    f.annoteer, f.load_note
                ),
            };
            println!("{line}");
            out.push_str(&line);
            out.push('\n');
        }
    }
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/search-bench.md");
    if std::fs::write(&target, &out).is_ok() {
        println!("\n(written to {})", target.display());
    }
}
