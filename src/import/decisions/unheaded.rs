//! Published decision lists without entry headings: paragraphs each followed by their date (a province's
//! web page), a page that holds one decision under "Datum besluit", or a paragraph per subject under a
//! heading that names the meeting.

use super::dates::date_in;
use super::entry::{decides, decision_of, describe, ends_sentence, is_procedural, joined, read_entry};
use super::heading::{meeting_date, names_a_decision_list};
use super::headings::{Head, Kind};
use super::lines::{is_section_line, label, strip_prefix_ci, Label, Ln};
use super::published::entries;
use super::{BadRow, Format, Parsed, ParsedDecision};
use crate::text::clean_text;

/// A list without codes: under a heading that names the meeting ("Besluitenlijst dagelijks bestuur 12 maart
/// 2019"), a paragraph per subject, its first line the subject when it reads as a title, the rest (or a
/// paragraph of its own) what was decided. A paragraph that decides nothing and names no subject is prose.
pub(super) fn paragraphs(lines: &[Ln]) -> Option<Parsed> {
    let at = lines.iter().position(|l| meeting_date(std::slice::from_ref(l)).is_some())?;
    let meeting = meeting_date(&lines[at..=at])?;
    let prose_decides = names_a_decision_list(&lines[..=at]);
    let mut p = Parsed::new(Format::Subjects, Vec::new(), Vec::new());
    let mut pending: Option<(usize, String)> = None;
    let mut lead_in = false;
    // "Besluit: …" paragraphs under their subjects (and "Zaak: …" lines): only those decide, and the
    // others are the subjects and what the list says about them.
    let labelled_list = blocks_start(&lines[at + 1..]).any(|l| matches!(label(&l.text), Some((Label::Decision, _))));
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
        let after_lead_in = std::mem::replace(&mut lead_in, block.len() == 1 && first.ends_with(':'));
        if lead_in && pending.is_none() {
            // "D&H hebben op 27 februari 2018 onder meer het volgende besloten:": the lead-in to the
            // subjects below, no decision of its own.
            continue;
        }
        let decides_here = block.iter().any(|l| matches!(label(&l.text), Some((Label::Decision, _))));
        if labelled_list && !decides_here {
            if title_like && block.len() == 1 {
                if let Some((line, title)) = pending.replace((block[0].no, first.clone())) {
                    p.undecided.push(BadRow { line, message: format!("{}: no decision text", describe("", &title)) });
                }
            }
            continue;
        }
        let bulleted = first.starts_with(['•', '●', '▪', '·', '-', '–']);
        if after_lead_in && (bulleted || !title_like) && pending.is_none() {
            // The list a lead-in announces ("De onderwerpen … zijn onder meer:" and its bullets).
            continue;
        }
        if title_like && block.len() == 1 {
            if let Some((line, title)) = pending.replace((block[0].no, first.clone())) {
                p.undecided.push(BadRow { line, message: format!("{}: no decision text", describe("", &title)) });
            }
            continue;
        }
        let (subject, line, content) = match (title_like, pending.take()) {
            (true, earlier) => {
                if let Some((line, title)) = earlier {
                    p.undecided.push(BadRow { line, message: format!("{}: no decision text", describe("", &title)) });
                }
                (first.clone(), block[0].no, &block[1..])
            }
            (false, Some((line, title))) => (title, line, block),
            (false, None) => (String::new(), block[0].no, block),
        };
        let mut r = read_entry(content, Kind::Paragraphs);
        let labelled = r.decision_label;
        match decision_of(
            &mut r,
            Kind::Paragraphs,
            labelled,
            false,
            prose_decides && !subject.is_empty() && !is_procedural(&subject),
            "",
        ) {
            Some(text) => p.decisions.push(ParsedDecision {
                line,
                date: r.date.unwrap_or(meeting).iso(),
                text,
                subject: clean_text(&subject),
                summary: joined(&r.summary),
                ..Default::default()
            }),
            None if !subject.is_empty() => {
                p.undecided.push(BadRow { line, message: format!("{}: no decision text", describe("", &subject)) })
            }
            None => {}
        }
    }
    if let Some((line, title)) = pending {
        p.undecided.push(BadRow { line, message: format!("{}: no decision text", describe("", &title)) });
    }
    (!p.decisions.is_empty()).then_some(p)
}

/// The first line of each paragraph.
fn blocks_start(lines: &[Ln]) -> impl Iterator<Item = &Ln> {
    lines
        .iter()
        .enumerate()
        .filter(move |(i, l)| !l.text.is_empty() && (*i == 0 || lines[i - 1].text.is_empty()))
        .map(|(_, l)| l)
}

/// One decision on a page of its own: its title, "Datum besluit: 22 januari 2019", and the text below.
pub(super) fn single(lines: &[Ln]) -> Option<Parsed> {
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

/// Paragraphs each followed by a line with only its date, as a provincial web page lists decisions.
pub(super) fn dated(lines: &[Ln]) -> Option<Parsed> {
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
