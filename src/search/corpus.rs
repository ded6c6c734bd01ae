//! The records a search runs over, kept compact: all texts in one arena, a few numbers per record.

use super::matcher::fold_char;
use crate::dates::Date;
use crate::domain::{DecisionId, ItemId, MeetingId};
use crate::error::{Error, Result};

/// What a search covers: past decisions only, or also agenda item titles, annotations and advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    Decisions,
    Everything,
}

/// What a record is; an agenda item gives up to three records (its title, its annotation, its advice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Decision,
    ItemTitle,
    Annotation,
    Advice,
}

impl RecordKind {
    fn code(self) -> u8 {
        self as u8
    }

    fn from_code(c: u8) -> RecordKind {
        match c {
            0 => RecordKind::Decision,
            1 => RecordKind::ItemTitle,
            2 => RecordKind::Annotation,
            _ => RecordKind::Advice,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Decision => "decision",
            RecordKind::ItemTitle => "item",
            RecordKind::Annotation => "annotation",
            RecordKind::Advice => "advice",
        }
    }
}

/// A record to add: texts are borrowed and copied into the corpus's arena.
#[derive(Debug, Clone, Copy)]
pub struct NewRecord<'a> {
    pub kind: RecordKind,
    /// The decision's id for a decision, the item's id otherwise.
    pub id: i64,
    pub meeting_id: Option<MeetingId>,
    pub item_id: Option<ItemId>,
    pub body: &'a str,
    pub date: Date,
    /// "Agendapunt 4.1", "20191212.5", or the item's number.
    pub reference: &'a str,
    pub text: &'a str,
}

/// 48 bytes per record; the strings live in the arenas.
#[derive(Debug, Clone, Copy)]
struct Slot {
    text_start: u32,
    text_len: u32,
    /// Start in `keys` of the folded key; `u32::MAX` when the text is ASCII and serves as its own key.
    key_start: u32,
    key_len: u32,
    ref_start: u32,
    ref_len: u16,
    body: u16,
    /// YYYYMMDD as a number, so that date filters and ordering compare integers.
    date: u32,
    kind: u8,
    id: i64,
    meeting: i64,
    item: i64,
}

/// One record as the search shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record<'a> {
    pub kind: RecordKind,
    pub decision_id: Option<DecisionId>,
    pub meeting_id: Option<MeetingId>,
    pub item_id: Option<ItemId>,
    pub body: &'a str,
    pub date: Date,
    pub reference: &'a str,
    /// The text on one line (line breaks became spaces); highlight indices count its characters.
    pub text: &'a str,
}

/// The searchable records, newest first once built.
#[derive(Debug, Default)]
pub struct Corpus {
    text: String,
    keys: Vec<u8>,
    refs: String,
    slots: Vec<Slot>,
    bodies: Vec<String>,
}

pub(crate) fn date_number(d: Date) -> u32 {
    d.year.max(0) as u32 * 10_000 + d.month * 100 + d.day
}

fn date_from_number(n: u32) -> Date {
    Date { year: (n / 10_000) as i32, month: n / 100 % 100, day: n % 100 }
}

fn too_large() -> Error {
    Error::invalid("there are too many records to search (over 4 GB of text)")
}

impl Corpus {
    pub fn builder() -> CorpusBuilder {
        CorpusBuilder { corpus: Corpus::default(), one_line: String::new() }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The record at `index` (0 is the newest); `None` past the end.
    pub fn record(&self, index: usize) -> Option<Record<'_>> {
        let s = self.slots.get(index)?;
        let kind = RecordKind::from_code(s.kind);
        Some(Record {
            kind,
            decision_id: (kind == RecordKind::Decision).then_some(DecisionId(s.id)),
            meeting_id: (s.meeting != 0).then_some(MeetingId(s.meeting)),
            item_id: if kind == RecordKind::Decision {
                (s.item != 0).then_some(ItemId(s.item))
            } else {
                Some(ItemId(s.id))
            },
            body: self.bodies.get(s.body as usize).map(String::as_str).unwrap_or(""),
            date: date_from_number(s.date),
            reference: self.refs.get(s.ref_start as usize..s.ref_start as usize + s.ref_len as usize).unwrap_or(""),
            text: self.text.get(s.text_start as usize..(s.text_start + s.text_len) as usize).unwrap_or(""),
        })
    }

    /// The ASCII key (one byte per character of the text) the matcher reads.
    #[inline]
    pub(crate) fn key(&self, index: usize) -> &[u8] {
        let s = &self.slots[index];
        if s.key_start == u32::MAX {
            &self.text.as_bytes()[s.text_start as usize..(s.text_start + s.text_len) as usize]
        } else {
            &self.keys[s.key_start as usize..(s.key_start + s.key_len) as usize]
        }
    }

    #[inline]
    pub(crate) fn date_number(&self, index: usize) -> u32 {
        self.slots[index].date
    }

    #[inline]
    pub(crate) fn body_index(&self, index: usize) -> u16 {
        self.slots[index].body
    }

    #[inline]
    pub(crate) fn kind(&self, index: usize) -> RecordKind {
        RecordKind::from_code(self.slots[index].kind)
    }

    /// The bodies the corpus knows, by their index.
    pub fn bodies(&self) -> &[String] {
        &self.bodies
    }

    /// Bytes held by the arenas and the record table (for the benchmark's memory figure).
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.keys.capacity()
            + self.refs.capacity()
            + self.slots.capacity() * std::mem::size_of::<Slot>()
    }
}

pub struct CorpusBuilder {
    corpus: Corpus,
    one_line: String,
}

impl CorpusBuilder {
    pub fn reserve(&mut self, records: usize, text_bytes: usize) {
        self.corpus.slots.reserve(records);
        self.corpus.text.reserve(text_bytes);
    }

    pub fn push(&mut self, r: NewRecord<'_>) -> Result<()> {
        let c = &mut self.corpus;
        self.one_line.clear();
        self.one_line.extend(r.text.chars().map(|ch| if ch.is_control() { ' ' } else { ch }));
        let text = self.one_line.trim();
        let text_start = u32::try_from(c.text.len()).map_err(|_| too_large())?;
        let text_len = u32::try_from(text.len()).map_err(|_| too_large())?;
        let (key_start, key_len) = if text.is_ascii() {
            (u32::MAX, text_len)
        } else {
            let start = u32::try_from(c.keys.len()).map_err(|_| too_large())?;
            c.keys.extend(text.chars().map(fold_char));
            (start, u32::try_from(c.keys.len()).map_err(|_| too_large())? - start)
        };
        c.text.push_str(text);
        let reference = clip(r.reference.trim(), u16::MAX as usize);
        let ref_start = u32::try_from(c.refs.len()).map_err(|_| too_large())?;
        c.refs.push_str(reference);
        let body = match c.bodies.iter().position(|b| b == r.body) {
            Some(i) => i,
            None => {
                c.bodies.push(r.body.to_string());
                c.bodies.len() - 1
            }
        };
        let body = u16::try_from(body).map_err(|_| Error::invalid("there are too many bodies to search"))?;
        c.slots.push(Slot {
            text_start,
            text_len,
            key_start,
            key_len,
            ref_start,
            ref_len: reference.len() as u16,
            body,
            date: date_number(r.date),
            kind: r.kind.code(),
            id: r.id,
            meeting: r.meeting_id.map_or(0, |m| m.0),
            item: r.item_id.map_or(0, |i| i.0),
        });
        Ok(())
    }

    /// Sorts newest first (then the highest id first), so that a scan meets recent records first and ties
    /// in score fall to the newer record by position alone.
    pub fn build(self) -> Corpus {
        let mut c = self.corpus;
        c.slots.sort_unstable_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)).then(b.kind.cmp(&a.kind)));
        c.text.shrink_to_fit();
        c.keys.shrink_to_fit();
        c.refs.shrink_to_fit();
        c.slots.shrink_to_fit();
        c
    }
}

fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec<'a>(id: i64, date: &str, text: &'a str) -> NewRecord<'a> {
        NewRecord {
            kind: RecordKind::Decision,
            id,
            meeting_id: None,
            item_id: None,
            body: "SG",
            date: Date::parse_iso(date).unwrap(),
            reference: "",
            text,
        }
    }

    #[test]
    fn newest_first_and_keys_align_with_characters() {
        let mut b = Corpus::builder();
        b.push(rec(1, "2020-01-01", "oud besluit")).unwrap();
        b.push(rec(2, "2022-03-24", "Één\nbesluit")).unwrap();
        let c = b.build();
        let r = c.record(0).unwrap();
        assert_eq!(r.text, "Één besluit");
        assert_eq!(r.decision_id, Some(DecisionId(2)));
        assert_eq!(c.key(0), b"een besluit");
        assert_eq!(c.key(1), b"oud besluit");
        assert_eq!(c.record(0).unwrap().date.iso(), "2022-03-24");
        assert!(c.record(2).is_none());
    }
}
