//! A decision list as public bodies publish it, read as entries: each entry has a heading (its code and
//! subject), and under it labelled blocks (SAMENVATTING, BESLUIT, Kernboodschap, Stemming, Kerngegevens)
//! or plain paragraphs. The decision is the BESLUIT block; without one, a paragraph that says what was
//! decided ("Het verslag wordt vastgesteld."), or the only text the list gives (an "Openbare
//! samenvatting"). A subject with none of these is reported, never given an invented decision.
//!
//! Which lines head entries is decided for the whole document, from the strongest kind it has:
//! commitments' codes (T01237), a portal's "1. 03" lines, "Nummer A1" fields, zero-padded codes (05A),
//! numbered subjects (1. Opening; not a list item after "besluiten:"), "Voorstel:" labels. A list with
//! none of these may still be paragraphs each followed by its date.
//!
//! Everything here is one pass (or a fixed number of passes) over the lines: no input makes it slow.

use super::dates::date_in;
use super::heading::meeting_date;
use super::lines::{
    code_only_heading, commitment_heading, dotted_heading, is_code, is_list_marker, is_section_line, label,
    padded_heading, strip_prefix_ci, Label, Ln,
};
use super::{BadRow, Format, Parsed, ParsedDecision};
use crate::dates::Date;
use crate::text::clean_text;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Commitment,
    CodeOnly,
    Nummer,
    Padded,
    Dotted,
    Voorstel,
    /// A page that holds one decision under "Datum besluit: …".
    Single,
    /// Paragraphs, one per subject, under a heading that names the meeting.
    Paragraphs,
}

#[derive(Debug)]
struct Head {
    /// Index of the heading's first line.
    at: usize,
    /// How many lines the heading takes (a header row and its value row take two, or more with blanks).
    span: usize,
    code: String,
    title: String,
}

pub(super) fn parse(lines: &[Ln]) -> Option<Parsed> {
    match headings(lines) {
        Some((kind, heads)) => Some(entries(lines, kind, heads)),
        None => dated(lines).or_else(|| single(lines)).or_else(|| paragraphs(lines)),
    }
}

/// A list without codes: under a heading that names the meeting ("Besluitenlijst dagelijks bestuur 12 maart
/// 2019"), a paragraph per subject, its first line the subject when it reads as a title, the rest (or a
/// paragraph of its own) what was decided. A paragraph that decides nothing and names no subject is prose.
fn paragraphs(lines: &[Ln]) -> Option<Parsed> {
    let at = lines.iter().position(|l| meeting_date(std::slice::from_ref(l)).is_some())?;
    let meeting = meeting_date(&lines[at..=at])?;
    let mut p = Parsed::new(Format::Subjects, Vec::new(), Vec::new());
    let mut pending: Option<(usize, String)> = None;
    let mut k = at + 1;
    while k < lines.len() {
        if lines[k].text.is_empty() || is_section_line(&lines[k].text) {
            k += 1;
            continue;
        }
        let start = k;
        while k < lines.len() && !lines[k].text.is_empty() {
            k += 1;
        }
        let block = &lines[start..k];
        let first = &block[0].text;
        let title_like =
            first.chars().count() <= 120 && !ends_sentence(first) && !decides(first) && label(first).is_none();
        if title_like && block.len() == 1 {
            if let Some((line, title)) = pending.replace((block[0].no, first.clone())) {
                p.undecided.push(BadRow {
                    line,
                    message: format!("{}: no decision text, not imported", describe("", &title)),
                });
            }
            continue;
        }
        let (subject, line, content) = match (title_like, pending.take()) {
            (true, earlier) => {
                if let Some((line, title)) = earlier {
                    p.undecided.push(BadRow {
                        line,
                        message: format!("{}: no decision text, not imported", describe("", &title)),
                    });
                }
                (first.clone(), block[0].no, &block[1..])
            }
            (false, Some((line, title))) => (title, line, block),
            (false, None) => (String::new(), block[0].no, block),
        };
        let mut r = read_entry(content, Kind::Paragraphs);
        let labelled = r.decision_label;
        match decision_of(&mut r, Kind::Paragraphs, labelled, "") {
            Some(text) => p.decisions.push(ParsedDecision {
                line,
                date: r.date.unwrap_or(meeting).iso(),
                text,
                subject: clean_text(&subject),
                summary: joined(&r.summary),
                ..Default::default()
            }),
            None if !subject.is_empty() => p
                .undecided
                .push(BadRow { line, message: format!("{}: no decision text, not imported", describe("", &subject)) }),
            None => {}
        }
    }
    if let Some((line, title)) = pending {
        p.undecided.push(BadRow { line, message: format!("{}: no decision text, not imported", describe("", &title)) });
    }
    (!p.decisions.is_empty()).then_some(p)
}

/// One decision on a page of its own: its title, "Datum besluit: 22 januari 2019", and the text below.
fn single(lines: &[Ln]) -> Option<Parsed> {
    let at = lines.iter().position(|l| {
        (strip_prefix_ci(&l.text, "datum besluit").is_some() || strip_prefix_ci(&l.text, "besluitdatum").is_some())
            && matches!(label(&l.text), Some((Label::Date, v)) if date_in(v).is_some())
    })?;
    let title = lines[..at]
        .iter()
        .rev()
        .find(|l| !l.text.is_empty() && l.text.chars().count() <= 150 && label(&l.text).is_none())
        .map(|l| l.text.clone())
        .unwrap_or_default();
    let head = Head { at, span: 1, code: String::new(), title };
    Some(entries(lines, Kind::Single, vec![head]))
}

fn next_text(lines: &[Ln], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&k| !lines[k].text.is_empty())
}

fn headings(lines: &[Ln]) -> Option<(Kind, Vec<Head>)> {
    let mut by_kind: HashMap<Kind, Vec<Head>> = HashMap::new();
    let mut add = |kind, head| by_kind.entry(kind).or_default().push(head);
    // List items: after a lead-in ("besluiten:"), or the next number of the list before (on the next
    // line, or after a blank line when it goes on in lower case).
    let (mut prev_colon, mut prev_item, mut prev_number, mut blank_since) = (false, false, None, false);
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.as_str();
        if t.is_empty() {
            blank_since = true;
            continue;
        }
        if let Some((code, title)) = commitment_heading(t) {
            add(Kind::Commitment, Head { at: i, span: 1, code, title });
        }
        if let Some(code) = code_only_heading(t) {
            add(Kind::CodeOnly, Head { at: i, span: 1, code, title: String::new() });
        }
        match label(t) {
            Some((Label::Code, value)) if is_code(value) => {
                add(Kind::Nummer, Head { at: i, span: 1, code: value.to_string(), title: String::new() })
            }
            Some((Label::Subject, value)) if strip_prefix_ci(t, "voorstel").is_some() => {
                let (title, span) = if value.is_empty() {
                    match next_text(lines, i + 1) {
                        Some(k) if label(&lines[k].text).is_none() => (lines[k].text.clone(), k + 1 - i),
                        _ => (String::new(), 1),
                    }
                } else {
                    (value.to_string(), 1)
                };
                add(Kind::Voorstel, Head { at: i, span, code: String::new(), title });
            }
            _ => {
                // A table's header row "Nummer Commissoriaal Afdeling …" with the values on the next row.
                if let Some(rest) = strip_prefix_ci(t, "nummer ") {
                    if rest.split_whitespace().all(|w| w.chars().all(char::is_alphabetic)) {
                        if let Some(k) = next_text(lines, i + 1) {
                            let code = lines[k].text.split_whitespace().next().unwrap_or("");
                            if is_code(code) {
                                add(
                                    Kind::Nummer,
                                    Head { at: i, span: k + 1 - i, code: code.into(), title: String::new() },
                                );
                            }
                        }
                    }
                }
            }
        }
        if let Some((code, title)) = padded_heading(t) {
            add(Kind::Padded, Head { at: i, span: 1, code, title });
        }
        let marker = is_list_marker(t);
        let dotted = dotted_heading(t);
        let number = list_number(t);
        let follows = match (prev_number, number) {
            (Some(p), Some(n)) => n == p + 1,
            _ => true,
        };
        let goes_on = !blank_since || t.split_whitespace().nth(1).is_some_and(|w| w.starts_with(char::is_lowercase));
        let item = marker && (prev_colon || (prev_item && follows && goes_on));
        if let (Some((code, title)), false) = (dotted.as_ref(), item) {
            add(Kind::Dotted, Head { at: i, span: 1, code: code.clone(), title: title.clone() });
        }
        prev_item = marker && (item || dotted.is_none());
        prev_number = if prev_item { number } else { None };
        prev_colon = t.ends_with([':', ';']);
        blank_since = false;
    }
    let count = |k: Kind| by_kind.get(&k).map_or(0, Vec::len);
    let others = count(Kind::Nummer) + count(Kind::Padded) + count(Kind::Dotted) + count(Kind::Voorstel);
    let kind = if count(Kind::Commitment) > 0 {
        Kind::Commitment
    } else if count(Kind::CodeOnly) >= 2 || (count(Kind::CodeOnly) == 1 && others == 0) {
        Kind::CodeOnly
    } else {
        [Kind::Nummer, Kind::Padded, Kind::Dotted, Kind::Voorstel].into_iter().find(|&k| count(k) > 0)?
    };
    let mut heads = by_kind.remove(&kind)?;
    // A web page that renders every entry as "1." has lost the numbers: they are no codes.
    if kind == Kind::Dotted && heads.len() >= 3 && heads.iter().all(|h| h.code == heads[0].code) {
        heads.iter_mut().for_each(|h| h.code.clear());
    }
    Some((kind, heads))
}

/// The number a list item starts with: "2." → 2, "b)" → 2.
fn list_number(t: &str) -> Option<u32> {
    let first = t.split_whitespace().next()?;
    let core = first.strip_suffix(['.', ')'])?;
    if core.bytes().all(|b| b.is_ascii_digit()) && (1..=3).contains(&core.len()) {
        return core.parse().ok();
    }
    let mut c = core.chars();
    match (c.next(), c.next()) {
        (Some(l), None) if l.is_ascii_lowercase() => Some(l as u32 - 'a' as u32 + 1),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Prelude,
    Subject,
    Decision,
    Summary,
    Vote,
    Stop,
    Proposal,
}

/// What one entry's lines hold, block by block; a block is a list of paragraphs.
#[derive(Debug, Default)]
struct Read {
    subject: String,
    date: Option<Date>,
    prelude: Vec<String>,
    decision: Vec<String>,
    summary: Vec<String>,
    votes: Vec<String>,
    proposal: Vec<String>,
    decision_label: bool,
}

impl Read {
    fn block(&mut self, mode: Mode) -> Option<&mut Vec<String>> {
        match mode {
            Mode::Prelude => Some(&mut self.prelude),
            Mode::Decision => Some(&mut self.decision),
            Mode::Summary => Some(&mut self.summary),
            Mode::Vote => Some(&mut self.votes),
            Mode::Proposal => Some(&mut self.proposal),
            Mode::Subject | Mode::Stop => None,
        }
    }

    fn is_empty(&self) -> bool {
        self.prelude.is_empty() && self.decision.is_empty() && self.summary.is_empty() && self.votes.is_empty()
    }
}

fn read_entry(lines: &[Ln], kind: Kind) -> Read {
    let mut r = Read::default();
    let mut mode = Mode::Prelude;
    let mut para = String::new();
    let flush = |r: &mut Read, mode: Mode, para: &mut String| {
        if !para.is_empty() {
            if let Some(b) = r.block(mode) {
                b.push(std::mem::take(para));
            }
            para.clear();
        }
    };
    for l in lines {
        let t = l.text.as_str();
        if t.is_empty() || is_section_line(t) {
            flush(&mut r, mode, &mut para);
            if mode == Mode::Subject {
                mode = Mode::Prelude;
            }
            continue;
        }
        if let Some((lab, rest)) = label(t) {
            flush(&mut r, mode, &mut para);
            match lab {
                Label::Decision => {
                    mode = Mode::Decision;
                    r.decision_label = true;
                }
                Label::Summary => mode = Mode::Summary,
                Label::Subject if mode != Mode::Stop => mode = Mode::Subject,
                Label::Subject => {}
                Label::Vote => mode = Mode::Vote,
                Label::Stop => mode = Mode::Stop,
                Label::Proposal => mode = Mode::Proposal,
                Label::Field => continue,
                Label::Code | Label::Date => {
                    if lab == Label::Date {
                        r.date = r.date.or_else(|| date_in(rest).map(|(d, _)| d));
                    }
                    // In a commitment, the fields end its text; elsewhere they stand between blocks.
                    if kind == Kind::Commitment {
                        mode = Mode::Stop;
                    }
                    continue;
                }
            }
            if rest.is_empty() {
                continue;
            }
            add_line(&mut r, mode, &mut para, rest);
            continue;
        }
        add_line(&mut r, mode, &mut para, t);
    }
    flush(&mut r, mode, &mut para);
    r
}

fn add_line(r: &mut Read, mode: Mode, para: &mut String, t: &str) {
    match mode {
        Mode::Stop => {}
        Mode::Subject => {
            if !r.subject.is_empty() {
                r.subject.push(' ');
            }
            r.subject.push_str(t);
        }
        _ => {
            if !para.is_empty() {
                para.push('\n');
            }
            para.push_str(t);
        }
    }
}

/// Words that say something was decided, as minutes and lists write it.
const DECIDING_WORDS: &[&str] = &[
    "vastgesteld",
    "besluit",
    "besluiten",
    "besloten",
    "ingestemd",
    "aangenomen",
    "verworpen",
    "goedgekeurd",
    "akkoord",
    "benoemd",
    "benoemt",
    "toegezegd",
    "bekrachtigd",
    "ingetrokken",
    "unaniem",
    "verleent",
    "verleend",
    "afgewezen",
    "ongegrond",
    "gegrond",
    "machtigt",
    "gemachtigd",
    "mandateert",
    "gemandateerd",
    "kennisgenomen",
];
/// Words that decide together, the second within a few words of the first ("stelt de jaarrekening vast").
const DECIDING_PAIRS: &[(&str, &str)] = &[
    ("stemt", "in"),
    ("stemde", "in"),
    ("stemmen", "in"),
    ("neemt", "kennis"),
    ("nemen", "kennis"),
    ("kennis", "genomen"),
    ("zegt", "toe"),
    ("stelt", "vast"),
    ("stellen", "vast"),
    ("geeft", "opdracht"),
    ("wijst", "af"),
    ("trekt", "in"),
];

/// Words before "besluit" or "akkoord" that make it a noun ("het besluit van de minister").
const DETERMINERS: &[&str] = &[
    "het",
    "de",
    "dit",
    "dat",
    "een",
    "deze",
    "die",
    "zijn",
    "haar",
    "hun",
    "ons",
    "uw",
    "genomen",
    "eerdere",
    "eerder",
    "nieuwe",
    "nieuw",
    "welk",
    "welke",
    "elk",
    "elke",
    "ieder",
    "dergelijk",
    "dergelijke",
    "voorgenomen",
    "voorgestelde",
    "definitieve",
    "definitief",
];

fn decides(paragraph: &str) -> bool {
    let low = paragraph.to_lowercase();
    let words: Vec<&str> = low.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let noun = |i: usize| {
        matches!(words[i], "besluit" | "besluiten" | "akkoord") && i > 0 && DETERMINERS.contains(&words[i - 1])
    };
    (0..words.len()).any(|i| DECIDING_WORDS.contains(&words[i]) && !noun(i))
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| DECIDING_PAIRS.iter().any(|(a, b)| a == w && words[i + 1..].iter().take(4).any(|x| x == b)))
}

/// "N.v.t.", "Geen": a decision block that says there is none.
fn says_none(paragraph: &str) -> bool {
    let first = paragraph.lines().next().unwrap_or("").trim().trim_end_matches('.').to_lowercase();
    matches!(first.as_str(), "n.v.t" | "nvt" | "geen" | "-" | "–" | "geen besluit" | "niet van toepassing")
}

fn joined(paragraphs: &[String]) -> String {
    let mut out = String::new();
    for p in paragraphs {
        if !out.is_empty() {
            // A lead-in ("Gedeputeerde Staten besluiten:") keeps its list on the next line.
            out.push_str(if out.ends_with(':') { "\n" } else { "\n\n" });
        }
        out.push_str(p);
    }
    clean_text(out.trim())
}

/// A title as a table of contents and its entry may both write it: letters and digits only, lower case.
fn squashed(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The decision an entry holds, and what stays with it as summary.
fn decision_of(r: &mut Read, kind: Kind, list_has_labels: bool, heading_text: &str) -> Option<String> {
    let mut summary = std::mem::take(&mut r.summary);
    let decision = if !r.decision.is_empty() {
        (!says_none(&r.decision[0])).then(|| joined(&r.decision))
    } else if kind == Kind::Commitment {
        if r.prelude.is_empty() {
            // "T01220 De wethouder zegt toe …": the heading line is the commitment.
            (!heading_text.is_empty()).then(|| heading_text.to_string())
        } else {
            Some(joined(&std::mem::take(&mut r.prelude)))
        }
    } else if (kind == Kind::Nummer || !list_has_labels) && !summary.is_empty() {
        // The list gives no decision apart from its summary ("Openbare samenvatting"): that is it.
        Some(joined(&std::mem::take(&mut summary)))
    } else if kind != Kind::Nummer && kind != Kind::CodeOnly && r.proposal.is_empty() {
        // Minutes: the decision starts at the first line that says what was decided, and what comes
        // before it in the entry ("De voorzitter opent de vergadering.") is no part of it.
        let at = r.prelude.iter().position(|p| decides(p));
        at.map(|k| {
            let para = &r.prelude[k];
            let lines: Vec<&str> = para.lines().collect();
            let mut from = lines.iter().position(|l| decides(l)).unwrap_or(0);
            // A sentence wrapped over lines (a PDF's) starts where the line before it ends one.
            while from > 0 && !ends_sentence(lines[from - 1]) {
                from -= 1;
            }
            let before = lines[..from].join("\n");
            let mut rest = vec![lines[from..].join("\n")];
            rest.extend(r.prelude[k + 1..].iter().cloned());
            r.prelude.truncate(k);
            if !before.is_empty() {
                r.prelude.push(before);
            }
            joined(&rest)
        })
        .or_else(|| (kind == Kind::Single && !r.prelude.is_empty()).then(|| joined(&std::mem::take(&mut r.prelude))))
    } else {
        None
    };
    if kind != Kind::Nummer {
        let mut intro = std::mem::take(&mut r.prelude);
        intro.append(&mut summary);
        summary = intro;
    }
    if !r.proposal.is_empty() {
        // "Besluit: conform" means the proposal: keep it beside the decision.
        summary.push(format!("Voorgesteld besluit: {}", joined(&r.proposal)));
    }
    summary.extend(r.votes.iter().map(|v| format!("Stemming: {v}")));
    r.summary = summary;
    decision.filter(|d| !d.trim().is_empty())
}

fn entries(lines: &[Ln], kind: Kind, heads: Vec<Head>) -> Parsed {
    let meeting = if kind == Kind::Single {
        heads.first().and_then(|h| label(&lines[h.at].text)).and_then(|(_, v)| date_in(v)).map(|(d, _)| d)
    } else {
        meeting_date(&lines[..heads.first().map_or(0, |h| h.at)])
    };
    let mut heads = heads;
    if matches!(kind, Kind::Padded | Kind::Dotted) {
        for k in 0..heads.len() {
            let end = heads.get(k + 1).map_or(lines.len(), |n| n.at);
            continue_title(lines, &mut heads[k], end);
        }
    }
    let mut reads: Vec<Read> = Vec::with_capacity(heads.len());
    for (k, h) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map_or(lines.len(), |n| n.at);
        let from = (h.at + h.span).min(end);
        reads.push(read_entry(&lines[from..end], kind));
    }
    let list_has_labels = reads.iter().any(|r| r.decision_label);
    // A table of contents repeats the subjects that follow: an empty entry whose subject comes again later.
    let mut last_seen: HashMap<String, usize> = HashMap::new();
    for (k, h) in heads.iter().enumerate() {
        if !h.title.is_empty() {
            last_seen.insert(squashed(&h.title), k);
        }
    }
    let mut decisions = Vec::new();
    let mut bad = Vec::new();
    let mut undecided = Vec::new();
    for (k, (h, mut r)) in heads.iter().zip(reads).enumerate() {
        if r.is_empty() && !h.title.is_empty() && last_seen.get(&squashed(&h.title)).is_some_and(|&j| j > k) {
            continue;
        }
        let line = lines[h.at].no;
        let mut subject = if r.subject.is_empty() { h.title.clone() } else { std::mem::take(&mut r.subject) };
        let what = describe(&h.code, &subject);
        let decision = decision_of(&mut r, kind, list_has_labels, &h.title);
        if decision.as_deref() == Some(h.title.as_str()) {
            subject.clear();
        }
        match decision {
            Some(text) => match r.date.or(meeting) {
                Some(date) => decisions.push(ParsedDecision {
                    line,
                    date: date.iso(),
                    text,
                    body: String::new(),
                    reference: h.code.clone(),
                    subject: clean_text(&subject),
                    summary: joined(&r.summary),
                }),
                None => bad.push(BadRow {
                    line,
                    message: format!(
                        "{what}: no date (the heading names no meeting date and the entry has none of its own)"
                    ),
                }),
            },
            None => undecided.push(BadRow { line, message: format!("{what}: no decision text, not imported") }),
        }
    }
    let format = if kind == Kind::Commitment { Format::Commitments } else { Format::Subjects };
    let mut p = Parsed::new(format, decisions, bad);
    p.undecided = undecided;
    p
}

/// Words a wrapped title may break after.
const TITLE_BREAKS: &[&str] = &[
    "en",
    "van",
    "de",
    "het",
    "een",
    "voor",
    "met",
    "op",
    "in",
    "of",
    "te",
    "tot",
    "over",
    "aan",
    "bij",
    "naar",
    "om",
    "inzake",
    "betreffende",
    "–",
    "-",
];

/// A title wrapped onto the next line (in a PDF's text): that line starts in lower case, or the title
/// breaks after a word no title ends with.
fn continue_title(lines: &[Ln], h: &mut Head, end: usize) {
    let next = h.at + h.span;
    if next >= end || h.title.is_empty() || h.title.ends_with(['.', ':', ';', '?', '!']) {
        return;
    }
    let t = lines[next].text.as_str();
    if t.is_empty() || label(t).is_some() || is_list_marker(t) || is_section_line(t) || t.chars().count() > 200 {
        return;
    }
    let last = h.title.rsplit(' ').next().unwrap_or("").to_lowercase();
    if t.starts_with(|c: char| c.is_lowercase()) || TITLE_BREAKS.contains(&last.as_str()) {
        h.title.push(' ');
        h.title.push_str(t);
        h.span += 1;
    }
}

fn describe(code: &str, subject: &str) -> String {
    let subject: String = subject.chars().take(60).collect();
    match (code.is_empty(), subject.is_empty()) {
        (false, false) => format!("{code} {subject:?}"),
        (false, true) => format!("entry {code}"),
        (true, false) => format!("{subject:?}"),
        (true, true) => "an entry".to_string(),
    }
}

/// Sentence ends, after which a new paragraph may begin on the next line.
fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')'])
}

/// Paragraphs each followed by a line with only its date, as a provincial web page lists decisions.
fn dated(lines: &[Ln]) -> Option<Parsed> {
    let mut decisions = Vec::new();
    let mut floor = 0;
    for i in 0..lines.len() {
        let Some((date, true)) = date_in(&lines[i].text) else { continue };
        let start_floor = floor;
        floor = i + 1;
        if i == 0 || i - 1 < start_floor || lines[i - 1].text.is_empty() {
            continue;
        }
        // A paragraph wrapped over lines (a PDF's) goes back while the earlier line breaks mid-sentence;
        // on a web page a paragraph is one line.
        let mut s = i - 1;
        while s > start_floor {
            let prev = &lines[s - 1].text;
            if prev.is_empty() || ends_sentence(prev) || prev.chars().count() < 40 || date_in(prev).is_some_and(|d| d.1)
            {
                break;
            }
            s -= 1;
        }
        let text = clean_text(&lines[s..i].iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" "));
        if text.chars().count() < 20 {
            continue;
        }
        decisions.push(ParsedDecision { line: lines[s].no, date: date.iso(), text, ..Default::default() });
    }
    (!decisions.is_empty()).then(|| Parsed::new(Format::Dated, decisions, Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::super::parse as parse_list;
    use super::super::Parsed;

    fn parse(text: &str) -> Parsed {
        parse_list(text, Some("AB")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn summary(p: &Parsed) -> Vec<(String, String, String)> {
        p.decisions
            .iter()
            .map(|d| (d.date.clone(), d.reference.clone(), d.text.lines().next().unwrap_or("").to_string()))
            .collect()
    }

    #[test]
    fn list_items_under_a_lead_in_are_no_subjects() {
        let p = parse(
            "Besluitenlijst van de vergadering van 12 maart 2019\n\n1. Jaarstukken 2018\n\nBesluit:\nHet algemeen bestuur besluit:\n1. De jaarrekening vast te stellen;\n2. Het resultaat toe te voegen aan de reserve.\n\n2. Rondvraag\n",
        );
        assert_eq!(summary(&p), vec![("2019-03-12".into(), "1".into(), "Het algemeen bestuur besluit:".into())]);
        assert!(p.decisions[0].text.contains("2. Het resultaat toe te voegen"), "{}", p.decisions[0].text);
        assert_eq!(p.decisions[0].subject, "Jaarstukken 2018");
        assert_eq!(p.undecided.len(), 1);
        assert!(p.undecided[0].message.contains("Rondvraag"), "{:?}", p.undecided);
        assert_eq!(p.undecided[0].line, 10);
    }

    #[test]
    fn a_table_of_contents_is_not_a_second_set_of_subjects() {
        let p = parse("3 april 2023\n\n1. Kredietaanvraag gemaal\n2. Controleprotocol\n\nBesluiten\n\n1. Kredietaanvraag gemaal\n\nBesluit\n\nHet dagelijks bestuur heeft op 3 april 2023 besloten een krediet beschikbaar te stellen.\n");
        assert_eq!(p.decisions.len(), 1);
        assert_eq!(p.decisions[0].date, "2023-04-03");
        // The second subject's decision is not in the text: reported once, from the contents.
        assert_eq!(p.undecided.len(), 1, "{:?}", p.undecided);
        assert!(p.undecided[0].message.contains("Controleprotocol"));
    }

    #[test]
    fn a_besluit_that_says_none_is_reported() {
        let p = parse("Gemeenteraad\n\nmaandag 8 juli 2024\n\n 1. 1\n\n Besluit\n\n N.v.t.\n\n 2. 2\n\n Besluit\n\n De raad stemt in met het voorstel.\n");
        assert_eq!(summary(&p), vec![("2024-07-08".into(), "2".into(), "De raad stemt in met het voorstel.".into())]);
        assert_eq!(p.undecided.len(), 1);
        assert_eq!(p.body_from_heading.as_deref(), Some("Gemeenteraad"));
    }

    #[test]
    fn commitments_headed_by_their_codes() {
        let p = parse("Lijst van toezeggingen\n\nT01220 De wethouder zegt toe de raad voor de zomer te informeren over de aanbesteding.\nDatum: 12 maart 2019\nStatus: open\n\nT01221 Evaluatie parkeerbeleid\nDe burgemeester zegt toe het parkeerbeleid in 2020 te evalueren.\nDatum toezegging 19 maart 2019\n");
        assert_eq!(
            summary(&p),
            vec![
                (
                    "2019-03-12".into(),
                    "T01220".into(),
                    "De wethouder zegt toe de raad voor de zomer te informeren over de aanbesteding.".into()
                ),
                (
                    "2019-03-19".into(),
                    "T01221".into(),
                    "De burgemeester zegt toe het parkeerbeleid in 2020 te evalueren.".into()
                ),
            ]
        );
        assert_eq!(p.decisions[0].subject, "");
        assert_eq!(p.decisions[1].subject, "Evaluatie parkeerbeleid");
    }

    #[test]
    fn titles_and_sentences_wrapped_by_a_pdf() {
        let p = parse("Besluitenlijst Algemeen Bestuur 14 februari 2020\nPagina 1 van 2\n\n1. Vaststelling van de begroting 2021 en de\nmeerjarenraming\n\nNa een toelichting van de voorzitter heeft het bestuur met algemene stemmen\ningestemd met de begroting.\n\n2. Benoeming van een lid van de\nauditcommissie\nDe heer Jansen wordt benoemd.\n");
        let d = &p.decisions;
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].subject, "Vaststelling van de begroting 2021 en de meerjarenraming");
        assert!(d[0].text.starts_with("Na een toelichting van de voorzitter heeft het bestuur"), "{}", d[0].text);
        assert_eq!(d[1].subject, "Benoeming van een lid van de auditcommissie");
        assert_eq!(d[1].text, "De heer Jansen wordt benoemd.");
        assert_eq!(p.body_from_heading.as_deref(), Some("Algemeen Bestuur"));
    }

    #[test]
    fn numbers_that_a_web_page_made_all_alike_are_no_codes() {
        let p = parse("Verslag vergadering AB d.d. 1 maart 2021\n\n 1. Opening\n\nDe voorzitter opent.\n\n 1. Verslag\n\nHet verslag wordt vastgesteld.\n\n 1. Begroting\n\nHet AB stemt in met de begroting.\n");
        assert_eq!(p.decisions.len(), 2);
        assert!(p.decisions.iter().all(|d| d.reference.is_empty()));
    }

    #[test]
    fn agendapunt_headings() {
        let p = parse("Besluitenlijst dagelijks bestuur 2 juni 2022\n\nAgendapunt 3: Jaarrekening 2021\nPortefeuillehouder: J. de Vries\nBesluit: Het DB stelt de jaarrekening voorlopig vast.\n");
        assert_eq!(
            summary(&p),
            vec![("2022-06-02".into(), "3".into(), "Het DB stelt de jaarrekening voorlopig vast.".into())]
        );
        assert!(!p.decisions[0].stored_text().contains("Portefeuillehouder"));
    }

    #[test]
    fn dated_paragraphs_wrapped_over_lines() {
        let p = parse("Besluiten van Gedeputeerde Staten\n\nGedeputeerde Staten hebben de subsidieregeling voor bedrijventerreinen\ngewijzigd en het plafond verhoogd naar 700.000 euro.\n14 oktober 2025\nGedeputeerde Staten stellen de beantwoording van de Statenvragen vast.\n21 oktober 2025\n");
        assert_eq!(p.decisions.len(), 2);
        assert!(p.decisions[0].text.starts_with("Gedeputeerde Staten hebben de subsidieregeling"));
        assert_eq!((p.decisions[0].date.as_str(), p.decisions[1].date.as_str()), ("2025-10-14", "2025-10-21"));
    }

    #[test]
    fn a_table_of_subjects_and_decisions_without_dates_takes_the_heading_date() {
        let p = parse("Besluitenlijst college van B&W 12 maart 2019\n\nNr\tOnderwerp\tBesluit\n1\tOpening\t\n2\tSubsidie Stichting Buurtwerk\tHet college verleent de subsidie.\n");
        assert_eq!(summary(&p), vec![("2019-03-12".into(), "2".into(), "Het college verleent de subsidie.".into())]);
        assert_eq!(p.decisions[0].subject, "Subsidie Stichting Buurtwerk");
        assert_eq!(p.undecided.len(), 1);
    }

    #[test]
    fn a_proposal_is_no_decision_but_stays_with_one() {
        let p = parse("College van B&W\n\ndinsdag 13 april 2021\n\n 1. 1\n\n Voorgesteld besluit\n 1. Kennis te nemen van de rapportage;\n\n 2. 2\n\n Voorgesteld besluit\n De subsidie te verlenen.\n\n Besluit\n Conform.\n");
        assert_eq!(summary(&p), vec![("2021-04-13".into(), "2".into(), "Conform.".into())]);
        assert!(
            p.decisions[0].summary.contains("Voorgesteld besluit: De subsidie te verlenen."),
            "{}",
            p.decisions[0].summary
        );
        assert_eq!(p.undecided.len(), 1);
    }

    #[test]
    fn a_paragraph_per_subject_under_a_dated_heading() {
        let p = parse("Besluitenlijst vergadering dagelijks bestuur 12 maart 2019\n\nJaarrekening 2018\nHet dagelijks bestuur stelt de jaarrekening 2018 vast en biedt haar het algemeen bestuur aan.\n\nSubsidie Stichting Buurtwerk\n\nHet dagelijks bestuur verleent de subsidie.\n\nRondvraag\n\nDe vergadering wordt gesloten om 16.00 uur.\n");
        let got: Vec<(&str, &str, &str)> =
            p.decisions.iter().map(|d| (d.date.as_str(), d.subject.as_str(), d.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (
                    "2019-03-12",
                    "Jaarrekening 2018",
                    "Het dagelijks bestuur stelt de jaarrekening 2018 vast en biedt haar het algemeen bestuur aan."
                ),
                ("2019-03-12", "Subsidie Stichting Buurtwerk", "Het dagelijks bestuur verleent de subsidie."),
            ]
        );
        assert_eq!(p.undecided.len(), 1, "{:?}", p.undecided);
        assert!(p.undecided[0].message.contains("Rondvraag"));
        assert_eq!(p.body_from_heading.as_deref(), Some("Dagelijks bestuur"));
    }

    #[test]
    fn a_decision_mentioned_as_a_noun_in_minutes_is_none() {
        let p = parse("Verslag vergadering algemeen bestuur 5 maart 2021\n\n1. Mededelingen\n\nDe voorzitter meldt dat het besluit van de minister over de meldkamer is uitgesteld.\n\n2. Jaarstukken\n\nDe jaarstukken worden vastgesteld.\n");
        assert_eq!(summary(&p), vec![("2021-03-05".into(), "2".into(), "De jaarstukken worden vastgesteld.".into())]);
        assert_eq!(p.undecided.len(), 1);
    }

    #[test]
    fn a_subject_list_without_any_date_is_bad_not_guessed() {
        let p = parse("Besluitenlijst\n\n05 Jaarstukken\n\nBESLUIT:\n\nGedeputeerde Staten besluiten de jaarstukken vast te stellen.\n");
        assert!(p.decisions.is_empty());
        assert_eq!(p.bad.len(), 1);
        assert!(p.bad[0].message.contains("no date"), "{}", p.bad[0].message);
    }
}
