//! Which lines of a published decision list head its entries, decided for the whole document from the
//! strongest kind it has: commitments' codes (T01237), a portal's "1. 03" lines, "Nummer A1" fields,
//! zero-padded codes (05A), numbered subjects ("1. Opening", but not a list item after "besluiten:"),
//! "Voorstel:" labels.

use super::lines::{
    code_only_heading, commitment_heading, dotted_heading, is_code, is_list_marker, is_section_line, label,
    padded_heading, strip_prefix_ci, Label, Ln,
};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Kind {
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
pub(super) struct Head {
    /// Index of the heading's first line.
    pub at: usize,
    /// How many lines the heading takes (a header row and its value row take two, or more with blanks).
    pub span: usize,
    pub code: String,
    pub title: String,
}

pub(super) fn next_text(lines: &[Ln], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&k| !lines[k].text.is_empty())
}

pub(super) fn headings(lines: &[Ln]) -> Option<(Kind, Vec<Head>)> {
    let mut by_kind: HashMap<Kind, Vec<Head>> = HashMap::new();
    let mut add = |kind, head| by_kind.entry(kind).or_default().push(head);
    // List items: after a lead-in ("besluiten:"), or the next number of the list before (on the next
    // line, or after a blank line when it goes on in lower case).
    let (mut prev_colon, mut prev_item, mut prev_number, mut blank_since) = (false, false, None, false);
    // "Besluit" blocks of a portal that lost its numbers, where no "Voorstel:" stands between two of them
    // (or before the first): each is an entry of its own.
    let mut orphans: Vec<Head> = Vec::new();
    let mut decided_since_voorstel = true;
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
            Some((Label::Decision, _)) if strip_prefix_ci(t, "besluit").is_some() => {
                if decided_since_voorstel {
                    orphans.push(Head { at: i, span: 0, code: String::new(), title: String::new() });
                }
                decided_since_voorstel = true;
            }
            Some((Label::Subject, value)) if strip_prefix_ci(t, "voorstel").is_some() => {
                decided_since_voorstel = false;
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
    let first_at = |k: Kind| by_kind.get(&k).and_then(|h| h.first()).map(|h| h.at);
    // Codes listed inside a numbered entry ("1. Halfjaarlijks toezeggingenrappel … besluit zij als volgt:
    // T01826: …") are that entry's text, not commitments heading a list.
    let inside_entries =
        first_at(Kind::Dotted).zip(first_at(Kind::Commitment)).is_some_and(|(d, c)| d < c) && count(Kind::Dotted) >= 2;
    let kind = if count(Kind::Commitment) > 0 && !inside_entries {
        Kind::Commitment
    } else if count(Kind::CodeOnly) >= 2 || (count(Kind::CodeOnly) == 1 && others == 0) {
        Kind::CodeOnly
    } else {
        [Kind::Nummer, Kind::Padded, Kind::Dotted, Kind::Voorstel].into_iter().find(|&k| count(k) > 0)?
    };
    let mut heads = by_kind.remove(&kind)?;
    if kind == Kind::Voorstel && !orphans.is_empty() {
        heads.append(&mut orphans);
        heads.sort_by_key(|h| h.at);
    }
    // A web page that renders every entry as "1." has lost the numbers: they are no codes.
    if kind == Kind::Dotted && heads.len() >= 3 && heads.iter().all(|h| h.code == heads[0].code) {
        heads.iter_mut().for_each(|h| h.code.clear());
    }
    Some((kind, heads))
}

/// The number a list item starts with: "2." → 2, "b)" → 2.
pub(super) fn list_number(t: &str) -> Option<u32> {
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

/// Words a wrapped title may break after.
pub(super) const TITLE_BREAKS: &[&str] = &[
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
pub(super) fn continue_title(lines: &[Ln], h: &mut Head, end: usize) {
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
