//! What the user typed: filters (`body:KLO year:2022 since:2022-03 until:2022-06 kind:item`) and fuzzy terms.

use super::corpus::{date_number, ItemField, RecordKind};
use super::matcher::fold;
use crate::dates::{days_in_month, Date};
use crate::error::{Error, QueryRefusal, Result};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The fuzzy words, folded (lower case ASCII); each must match a record.
    pub terms: Vec<Vec<u8>>,
    /// The words as typed, for the fuzzy-matcher rescoring and for messages.
    pub typed_terms: Vec<String>,
    /// Bodies by name, case-insensitive; a record matches one of them.
    pub bodies: Vec<String>,
    /// Inclusive bounds as YYYYMMDD numbers.
    pub since: Option<u32>,
    pub until: Option<u32>,
    /// The kinds of record wanted (none: all).
    pub kinds: Vec<RecordKind>,
    /// The parts of an item a term may match in (`ItemField::bit`s); 0 means all.
    pub item_fields: u8,
}

const FILTERS: &str =
    "body:NAME, year:YYYY, since:YYYY[-MM[-DD]], until:YYYY[-MM[-DD]], kind:decision|item|title|annotation|advice|all";

impl Query {
    /// Reads a query. A known filter with a bad value is an error that says what is accepted; any other word
    /// (also one with a colon, like "4.1:") is text to match.
    pub fn parse(input: &str) -> Result<Query> {
        let mut q = Query::default();
        for word in input.split_whitespace() {
            let Some((name, value)) = word.split_once(':') else {
                q.push_term(word);
                continue;
            };
            match name.to_ascii_lowercase().as_str() {
                "body" | "gremium" => {
                    if value.is_empty() {
                        return Err(QueryRefusal::BodyNameNeeded.into());
                    }
                    q.bodies.push(value.to_string());
                }
                "year" | "jaar" => {
                    let year =
                        parse_year(value).ok_or_else(|| Error::from(QueryRefusal::YearDigits(word.to_string())))?;
                    q.narrow_since(year * 10_000 + 101);
                    q.narrow_until(year * 10_000 + 1231);
                }
                "since" | "sinds" | "vanaf" => {
                    let (from, _) = parse_period(value).ok_or_else(|| bad_period(word, "since"))?;
                    q.narrow_since(from);
                }
                "until" | "tot" | "totenmet" => {
                    let (_, to) = parse_period(value).ok_or_else(|| bad_period(word, "until"))?;
                    q.narrow_until(to);
                }
                "kind" | "soort" => {
                    let (kinds, field): (&[RecordKind], Option<ItemField>) = match value.to_ascii_lowercase().as_str() {
                        "decision" | "decisions" | "besluit" | "besluiten" => (&[RecordKind::Decision], None),
                        "item" | "items" | "agendapunt" | "agendapunten" => (&[RecordKind::Item], None),
                        "title" | "titel" => (&[RecordKind::Item], Some(ItemField::Title)),
                        "annotation" | "annotatie" => (&[RecordKind::Item], Some(ItemField::Annotation)),
                        "advice" | "advies" => (&[RecordKind::Item], Some(ItemField::Advice)),
                        "all" | "alles" => (&[RecordKind::Decision, RecordKind::Item], None),
                        _ => return Err(QueryRefusal::UnknownKind(word.to_string()).into()),
                    };
                    for k in kinds {
                        if !q.kinds.contains(k) {
                            q.kinds.push(*k);
                        }
                    }
                    if let Some(f) = field {
                        q.item_fields |= f.bit();
                    }
                }
                _ => q.push_term(word),
            }
        }
        if let (Some(s), Some(u)) = (q.since, q.until) {
            if s > u {
                return Err(QueryRefusal::NoDaysLeft.into());
            }
        }
        Ok(q)
    }

    fn push_term(&mut self, word: &str) {
        self.terms.push(fold(word));
        self.typed_terms.push(word.to_string());
    }

    fn narrow_since(&mut self, d: u32) {
        self.since = Some(self.since.map_or(d, |s| s.max(d)));
    }

    fn narrow_until(&mut self, d: u32) {
        self.until = Some(self.until.map_or(d, |u| u.min(d)));
    }

    /// True when it has neither terms nor filters: every record matches, newest first.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.bodies.is_empty() && self.since.is_none() && self.until.is_none()
    }

    /// The accepted filters, for a help line.
    pub fn filters_help() -> &'static str {
        FILTERS
    }

    /// True when every record this query matches is among those `earlier` matched, so that a search can
    /// narrow the earlier result instead of scanning everything: the same filters, and each earlier term
    /// a prefix of the term in its place (terms may be added at the end).
    pub fn narrows(&self, earlier: &Query) -> bool {
        self.bodies == earlier.bodies
            && self.since == earlier.since
            && self.until == earlier.until
            && self.kinds == earlier.kinds
            && self.item_fields == earlier.item_fields
            && self.terms.len() >= earlier.terms.len()
            && earlier.terms.iter().zip(&self.terms).all(|(old, new)| new.starts_with(old))
    }

    /// The item parts terms may match in, as `ItemField` bits.
    pub(crate) fn fields(&self) -> u8 {
        if self.item_fields == 0 {
            ItemField::ALL.iter().fold(0, |m, f| m | f.bit())
        } else {
            self.item_fields
        }
    }

    /// True when records of `kind` are wanted.
    pub fn wants(&self, kind: RecordKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    pub(crate) fn date_ok(&self, date: u32) -> bool {
        self.since.is_none_or(|s| date >= s) && self.until.is_none_or(|u| date <= u)
    }
}

fn parse_year(v: &str) -> Option<u32> {
    (v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit())).then(|| v.parse().ok()).flatten().filter(|&y| y >= 1)
}

fn bad_period(word: &str, name: &str) -> Error {
    QueryRefusal::NotADateFilter { word: word.to_string(), name: name.to_string() }.into()
}

/// A year, month or day as its first and last day (YYYYMMDD numbers).
fn parse_period(v: &str) -> Option<(u32, u32)> {
    // A whole day as people write it (10-12-2026, 10/12/2026), read as everywhere else (dates.rs).
    if let Ok(day) = crate::dates::parse_date(v, None) {
        let d = date_number(day);
        return Some((d, d));
    }
    let parts: Vec<&str> = v.split('-').collect();
    match parts.as_slice() {
        [y] => {
            let y = parse_year(y)?;
            Some((y * 10_000 + 101, y * 10_000 + 1231))
        }
        [y, m] => {
            let y = parse_year(y)?;
            let m: u32 = (m.len() == 2).then(|| m.parse().ok()).flatten()?;
            if !(1..=12).contains(&m) {
                return None;
            }
            Some((y * 10_000 + m * 100 + 1, y * 10_000 + m * 100 + days_in_month(y as i32, m)))
        }
        [_, _, _] => {
            let d = date_number(Date::parse_iso(v)?);
            Some((d, d))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_filter_reads_dates_as_people_write_them() {
        for day in ["since:10-12-2026", "since:10/12/2026", "since:2026-12-10"] {
            assert_eq!(Query::parse(day).unwrap().since, Some(20261210), "{day}");
        }
        assert!(Query::parse("until:31-02-2026").is_err());
    }

    #[test]
    fn filters_and_terms() {
        let q = Query::parse("body:KLO year:2022 effectmeting Stuurgrp").unwrap();
        assert_eq!(q.bodies, vec!["KLO"]);
        assert_eq!((q.since, q.until), (Some(20220101), Some(20221231)));
        assert_eq!(q.terms, vec![b"effectmeting".to_vec(), b"stuurgrp".to_vec()]);
        let q = Query::parse("since:2022-03 until:2022-02-28").unwrap_err();
        assert!(q.to_string().contains("start is after the end"));
        let q = Query::parse("since:2024-02 agendapunt:").unwrap();
        assert_eq!(q.since, Some(20240201));
        assert_eq!(q.terms, vec![b"agendapunt:".to_vec()]);
        assert_eq!(Query::parse("until:2024-02").unwrap().until, Some(20240229));
    }

    #[test]
    fn bad_filter_values_are_explained() {
        let e = Query::parse("since:2022-13").unwrap_err().to_string();
        assert!(e.contains("since:2022-13") && e.contains("since:YYYY-MM"), "{e}");
        assert!(Query::parse("year:22").unwrap_err().to_string().contains("four digits"));
        assert!(Query::parse("body:").is_err());
        assert!(Query::parse("kind:memo").unwrap_err().to_string().contains("decision, item"));
        let q = Query::parse("kind:advice soort:annotatie x").unwrap();
        assert_eq!(q.kinds, vec![RecordKind::Item]);
        assert_eq!(q.fields(), ItemField::Advice.bit() | ItemField::Annotation.bit());
        assert_eq!(Query::parse("kind:all").unwrap().kinds, vec![RecordKind::Decision, RecordKind::Item]);
        assert!(Query::parse("since:2022-02-30").is_err());
    }

    #[test]
    fn growing_query_narrows() {
        let a = Query::parse("body:SG effe").unwrap();
        assert!(Query::parse("body:SG effect").unwrap().narrows(&a));
        assert!(Query::parse("body:SG effect meting").unwrap().narrows(&a));
        assert!(!Query::parse("body:SG eff").unwrap().narrows(&a));
        assert!(!Query::parse("body:KLO effect").unwrap().narrows(&a));
    }
}
