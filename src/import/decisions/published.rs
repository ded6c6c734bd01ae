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
        None => dated(lines).or_else(|| single(lines)),
    }
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
    let (mut prev_colon, mut prev_item) = (false, false);
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.as_str();
        if t.is_empty() {
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
        let item = marker && (prev_colon || prev_item);
        if let (Some((code, title)), false) = (dotted.as_ref(), item) {
            add(Kind::Dotted, Head { at: i, span: 1, code: code.clone(), title: title.clone() });
        }
        prev_item = marker && (item || dotted.is_none());
        prev_colon = t.ends_with([':', ';']);
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Prelude,
    Subject,
    Decision,
    Summary,
    Vote,
    Stop,
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
    decision_label: bool,
}

impl Read {
    fn block(&mut self, mode: Mode) -> Option<&mut Vec<String>> {
        match mode {
            Mode::Prelude => Some(&mut self.prelude),
            Mode::Decision => Some(&mut self.decision),
            Mode::Summary => Some(&mut self.summary),
            Mode::Vote => Some(&mut self.votes),
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
];
const DECIDING_PAIRS: &[(&str, &str)] = &[
    ("stemt", "in"),
    ("stemde", "in"),
    ("stemmen", "in"),
    ("neemt", "kennis"),
    ("nemen", "kennis"),
    ("kennis", "genomen"),
    ("zegt", "toe"),
];

fn decides(paragraph: &str) -> bool {
    let low = paragraph.to_lowercase();
    let words: Vec<&str> = low.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| DECIDING_WORDS.contains(w))
        || words.windows(2).any(|p| DECIDING_PAIRS.contains(&(p[0], p[1])))
        || words.windows(3).any(|p| DECIDING_PAIRS.contains(&(p[0], p[2])))
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

fn squashed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
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
    } else if kind != Kind::Nummer {
        // Minutes: the decision starts at the first line that says what was decided, and what comes
        // before it in the entry ("De voorzitter opent de vergadering.") is no part of it.
        let at = r.prelude.iter().position(|p| decides(p));
        at.map(|k| {
            let para = &r.prelude[k];
            let lines: Vec<&str> = para.lines().collect();
            let from = lines.iter().position(|l| decides(l)).unwrap_or(0);
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
