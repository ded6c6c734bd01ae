//! Which file names are the same document at another version: pure name logic.
//!
//! A name is split into what names the document (the stem) and what marks its version: a date
//! ("20220302 …", "…_2022-03-02"), a version number ("v6.1", "versie 2"), a status ("concept", "def")
//! and a copy counter ("(2)"). Case and separators do not count ("memo_min.v6.1.docx" is
//! "memo min.v6.1.docx": mail and document systems swap spaces for underscores).

use crate::dates::Date;
use crate::history::topic::fold;
use serde::Serialize;

/// The name of a document split into what names it and what marks its version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionKey {
    /// The name without version marks, folded to lower case, words separated by one space.
    pub stem: String,
    /// The extension in lower case, without the dot; the same document in another format is another file.
    pub extension: String,
    pub version: VersionOrdering,
}

/// The version marks of a name, ordered by date, then number, then status, then copy counter (the
/// order of the fields), an absent mark before a present one.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct VersionOrdering {
    pub date: Option<String>,
    /// "v6.1" as [6, 1]; trailing zeros dropped, so that v6 and v6.0 are one version.
    pub number: Option<Vec<u32>>,
    /// 0 for a concept, 1 for the final ("def", "definitief").
    pub status: Option<u8>,
    pub copy: Option<u32>,
}

impl VersionOrdering {
    /// True when every mark of `older` is also on `self`: a newer version keeps the kinds of marks and
    /// may add some; "memo.docx" is not a newer version of "memo v2.docx".
    fn keeps_marks_of(&self, older: &VersionOrdering) -> bool {
        (older.date.is_none() || self.date.is_some())
            && (older.number.is_none() || self.number.is_some())
            && (older.status.is_none() || self.status.is_some())
            && (older.copy.is_none() || self.copy.is_some())
    }
}

impl VersionKey {
    /// True when `self` names the same document as `older` at a later version.
    pub fn is_newer_than(&self, older: &VersionKey) -> bool {
        self.stem == older.stem
            && self.extension == older.extension
            && self.version.keeps_marks_of(&older.version)
            && self.version > older.version
    }
}

/// Splits a file name into stem and version marks; `None` when nothing names the document (a bare
/// "v2.pdf" or "20220302.docx").
pub fn version_key(file_name: &str) -> Option<VersionKey> {
    let (rest, extension) = split_extension(file_name.trim());
    let (rest, copy) = split_copy_counter(rest);
    let mut version = VersionOrdering { copy, ..Default::default() };
    let mut stem_words: Vec<String> = Vec::new();
    let raw: Vec<&str> = rest.split(|c: char| c.is_whitespace() || c == '_').filter(|w| !w.is_empty()).collect();
    let mut i = 0;
    while i < raw.len() {
        let word = raw[i];
        let lower = fold(word);
        if version.date.is_none() {
            if let Some(d) = date_in_word(&lower, i == 0) {
                version.date = Some(d.iso());
                i += 1;
                continue;
            }
        }
        if version.number.is_none() && (lower == "versie" || lower == "version") {
            if let Some(n) = raw.get(i + 1).and_then(|next| dotted_number(next)) {
                version.number = Some(n);
                i += 2;
                continue;
            }
        }
        if version.status.is_none() {
            if let Some(s) = status_word(lower.trim_matches(|c: char| !c.is_alphanumeric())) {
                version.status = Some(s);
                i += 1;
                continue;
            }
        }
        if version.number.is_none() {
            if let Some((before, n)) = trailing_v_number(word) {
                version.number = Some(n);
                stem_words.push(before.to_string());
                i += 1;
                continue;
            }
        }
        stem_words.push(word.to_string());
        i += 1;
    }
    let stem = stem_words
        .iter()
        .flat_map(|w| fold(w).split(['.', '-', ',']).map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if stem.chars().all(|c| !c.is_alphanumeric()) {
        return None;
    }
    Some(VersionKey { stem, extension, version })
}

/// "memo min.v6.1" and "docx"; a last part without letters ("v6.1") is no extension.
fn split_extension(name: &str) -> (&str, String) {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
                && ext.chars().any(|c| c.is_ascii_alphabetic()) =>
        {
            (stem, ext.to_ascii_lowercase())
        }
        _ => (name, String::new()),
    }
}

/// "verslag (2)" → ("verslag", 2).
fn split_copy_counter(stem: &str) -> (&str, Option<u32>) {
    let t = stem.trim_end();
    if let Some(inner) = t.strip_suffix(')') {
        if let Some((before, digits)) = inner.rsplit_once('(') {
            if (1..=3).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
                return (before.trim_end(), digits.parse().ok());
            }
        }
    }
    (stem, None)
}

/// A date written as 20220302, 2022-03-02, 2022.03.02 or 02-03-2022; 220302 only as the first word,
/// where Dutch offices put it.
fn date_in_word(word: &str, first: bool) -> Option<Date> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let digits_only = w.chars().all(|c| c.is_ascii_digit());
    let iso = |y: &str, m: &str, d: &str| Date::parse_iso(&format!("{y}-{m}-{d}"));
    if digits_only && w.len() == 8 {
        return iso(&w[0..4], &w[4..6], &w[6..8]);
    }
    if digits_only && w.len() == 6 && first {
        return iso(&format!("20{}", &w[0..2]), &w[2..4], &w[4..6]);
    }
    let parts: Vec<&str> = w.split(['-', '.']).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => iso(y, m, d),
        [d, m, y] if y.len() == 4 && m.len() == 2 && d.len() == 2 => iso(y, m, d),
        _ => None,
    }
}

fn status_word(word: &str) -> Option<u8> {
    match word {
        "concept" | "draft" | "ontwerp" => Some(0),
        "def" | "definitief" | "definitieve" | "final" | "finaal" => Some(1),
        _ => None,
    }
}

/// "6.1" → [6, 1], with trailing zeros dropped.
fn dotted_number(text: &str) -> Option<Vec<u32>> {
    let text = text.trim_end_matches('.');
    if text.is_empty() || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut parts = Vec::new();
    for p in text.split('.') {
        if p.is_empty() || p.len() > 6 || !p.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        parts.push(p.parse().ok()?);
    }
    while parts.len() > 1 && parts.last() == Some(&0) {
        parts.pop();
    }
    Some(parts)
}

/// "min.v6.1" → ("min", [6, 1]), "V2" → ("", [2]): a v with a number at the end of a word, at its start
/// or after a dot or dash.
fn trailing_v_number(word: &str) -> Option<(&str, Vec<u32>)> {
    for (i, c) in word.char_indices() {
        if c != 'v' && c != 'V' {
            continue;
        }
        let at_boundary = i == 0 || word[..i].ends_with(['.', '-']);
        if !at_boundary {
            continue;
        }
        if let Some(n) = dotted_number(&word[i + 1..]) {
            return Some((word[..i].trim_end_matches(['.', '-']), n));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_and_counter() {
        assert_eq!(split_extension("memo min.v6.1.docx"), ("memo min.v6.1", "docx".to_string()));
        assert_eq!(split_extension("memo min.v6.1"), ("memo min.v6.1", String::new()));
        assert_eq!(split_copy_counter("verslag (2)"), ("verslag", Some(2)));
        assert_eq!(split_copy_counter("Memo MIT (005)"), ("Memo MIT", Some(5)));
        assert_eq!(split_copy_counter("Memo (concept)"), ("Memo (concept)", None));
    }

    #[test]
    fn v_numbers() {
        assert_eq!(trailing_v_number("min.v6.1"), Some(("min", vec![6, 1])));
        assert_eq!(trailing_v_number("V2"), Some(("", vec![2])));
        assert_eq!(trailing_v_number("v6.0"), Some(("", vec![6])));
        assert_eq!(trailing_v_number("overview"), None);
        assert_eq!(trailing_v_number("v2x"), None);
    }
}
