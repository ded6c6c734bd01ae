//! Reading what the search covers straight into its compact corpus, without a `Decision` per row:
//! at 100k decisions the load is most of what `annoteer search` costs, so a large table is read in parts,
//! each on its own core and read-only connection, and the parts joined.

use super::engine::threads;
use super::{Corpus, CorpusBuilder, NewRecord, RecordKind, Scope};
use crate::dates::Date;
use crate::domain::{ItemId, MeetingId};
use crate::error::{Error, Result};
use crate::store::{Access, Store};
use std::collections::HashMap;

/// Below this many decisions one connection reads them all: a second one (and a thread) costs about a
/// millisecond, which only pays for itself on a large table.
const PARALLEL_FROM: i64 = 20_000;

/// An ISO date as stored (the schema checks its shape); digits are read without a second check.
fn stored_date(text: &str) -> Date {
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
    Date { year: num(0..4) as i32, month: num(5..7), day: num(8..10) }
}

/// A text column borrowed from the row, not copied.
fn text_at<'r>(r: &'r rusqlite::Row, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

/// The decisions whose id lies in `ids` (inclusive), added to `builder`.
fn read_decisions(
    store: &Store,
    bodies: &HashMap<i64, String>,
    ids: (i64, i64),
    builder: &mut CorpusBuilder,
) -> Result<()> {
    let conn = store.conn();
    let mut stmt = conn.prepare(
        "SELECT id, body_id, meeting_id, item_id, date, text, reference FROM decisions WHERE id BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query([ids.0, ids.1])?;
    // Rows of one body tend to come together: the last one found is tried before the map.
    let mut last_body: Option<(i64, &str)> = None;
    while let Some(r) = rows.next()? {
        let body = match r.get::<_, Option<i64>>(1)? {
            None => "",
            Some(b) => match last_body {
                Some((id, name)) if id == b => name,
                _ => {
                    let name = bodies.get(&b).map_or("", String::as_str);
                    last_body = Some((b, name));
                    name
                }
            },
        };
        builder.push(NewRecord {
            kind: RecordKind::Decision,
            id: r.get(0)?,
            meeting_id: r.get::<_, Option<i64>>(2)?.map(MeetingId),
            item_id: r.get::<_, Option<i64>>(3)?.map(ItemId),
            body,
            date: stored_date(text_at(r, 4)?),
            reference: text_at(r, 6)?,
            text: text_at(r, 5)?,
            annotation: "",
            advice: "",
        })?;
    }
    Ok(())
}

/// `parts` id ranges of about equal width covering `lo..=hi` (ids are mostly dense: they are handed out
/// in order).
fn id_ranges(lo: i64, hi: i64, parts: usize) -> Vec<(i64, i64)> {
    let width = (hi - lo + 1).max(1);
    let parts = (parts as i64).clamp(1, width);
    (0..parts).map(|p| (lo + width * p / parts, lo + width * (p + 1) / parts - 1)).collect()
}

impl Store {
    /// The search corpus for `scope`, newest first.
    pub fn search_corpus(&self, scope: Scope) -> Result<Corpus> {
        self.search_corpus_in(scope, |count| if count >= PARALLEL_FROM { threads() } else { 1 })
    }

    /// As `search_corpus`, the decisions read in `parts(count)` parts when the store is a file.
    fn search_corpus_in(&self, scope: Scope, parts: impl Fn(i64) -> usize) -> Result<Corpus> {
        let conn = self.conn();
        let mut bodies: HashMap<i64, String> = HashMap::new();
        {
            let mut stmt = conn.prepare("SELECT id, name FROM bodies")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                bodies.insert(r.get(0)?, r.get(1)?);
            }
        }
        let (count, lo, hi): (i64, i64, i64) =
            conn.query_row("SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0) FROM decisions", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        let path = self.path().filter(|_| parts(count) > 1);
        let ranges = id_ranges(lo, hi, if path.is_some() { parts(count) } else { 1 });
        let per_part = count.max(0) as usize / ranges.len();
        let new_builder = || {
            let mut b = Corpus::builder();
            b.reserve(per_part, per_part * 200);
            b
        };
        let mut builder = new_builder();
        match path {
            Some(path) if ranges.len() > 1 => {
                let others: Vec<Result<CorpusBuilder>> = std::thread::scope(|s| {
                    let handles: Vec<_> = ranges[1..]
                        .iter()
                        .map(|&ids| {
                            let bodies = &bodies;
                            s.spawn(move || -> Result<CorpusBuilder> {
                                let mut b = new_builder();
                                let store = Store::open(path, Access::ReadOnly)?;
                                read_decisions(&store, bodies, ids, &mut b)?;
                                Ok(b)
                            })
                        })
                        .collect();
                    let mine = read_decisions(self, &bodies, ranges[0], &mut builder);
                    let others = handles
                        .into_iter()
                        .map(|h| {
                            h.join().unwrap_or_else(|_| Err(Error::invalid("a part of the search corpus was not read")))
                        })
                        .collect();
                    mine.map(|()| others)
                })?;
                for (part, other) in ranges[1..].iter().zip(others) {
                    match other {
                        Ok(b) => builder.append(b)?,
                        // The file could not be opened a second time (gone, or locked away): this connection
                        // reads that part too.
                        Err(_) => read_decisions(self, &bodies, *part, &mut builder)?,
                    }
                }
            }
            _ => read_decisions(self, &bodies, (lo, hi), &mut builder)?,
        }
        if scope == Scope::Everything {
            let mut meetings = conn.prepare("SELECT id, body_id, date FROM meetings")?;
            let list: Vec<(i64, i64, String)> =
                meetings.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
            for (meeting, body_id, date) in list {
                let body = bodies.get(&body_id).map(String::as_str).unwrap_or("");
                let date = stored_date(&date);
                for item in self.agenda(MeetingId(meeting))? {
                    let texts = [item.title.as_str(), item.annotation.as_str(), item.advice_text.as_str()];
                    if texts.iter().all(|t| t.trim().is_empty()) {
                        continue;
                    }
                    builder.push(NewRecord {
                        kind: RecordKind::Item,
                        id: item.id.0,
                        meeting_id: Some(MeetingId(meeting)),
                        item_id: Some(item.id),
                        body,
                        date,
                        reference: &item.number,
                        text: texts[0],
                        annotation: texts[1],
                        advice: texts[2],
                    })?;
                }
            }
        }
        Ok(builder.build())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DecisionDraft;

    /// Read in parts on several connections, the corpus is the one read whole: every record, in the same
    /// order, with the same texts, keys, masks and body names.
    #[test]
    fn a_corpus_read_in_parts_equals_one_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("parts.db");
        let mut store = Store::open(&path, Access::Create).unwrap();
        let texts = ["Akkoord met het voorstel", "Één besluit\nover twee regels", "  café  ", "TBML: steun"];
        let drafts: Vec<DecisionDraft> = (0..301)
            .map(|i| DecisionDraft {
                body: ["KLO", "SG", "Stuurgroep MIT"][i % 3].to_string(),
                meeting_id: None,
                item_id: None,
                date: format!("2022-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                text: format!("{} {i}", texts[i % texts.len()]),
                reference: format!("{i}"),
            })
            .collect();
        store.add_decisions(&drafts).unwrap();
        let whole = store.search_corpus_in(Scope::Decisions, |_| 1).unwrap();
        for parts in [2, 3, 7] {
            let split = store.search_corpus_in(Scope::Decisions, |_| parts).unwrap();
            assert_eq!(split.len(), 301);
            for i in 0..whole.len() {
                assert_eq!(split.record(i), whole.record(i), "record {i} with {parts} parts");
                assert_eq!(split.key(i), whole.key(i));
                assert_eq!(split.mask(i), whole.mask(i));
            }
        }
        assert!((0..whole.len()).any(|i| whole.record(i).is_some_and(|r| r.text.starts_with("Één besluit over"))));
    }

    #[test]
    fn id_ranges_cover_every_id_once() {
        for (lo, hi, parts) in [(1, 100_000, 2), (1, 7, 3), (5, 5, 2), (1, 2, 8), (0, 0, 2)] {
            let ranges = id_ranges(lo, hi, parts);
            assert_eq!(ranges.first().map(|r| r.0), Some(lo));
            assert_eq!(ranges.last().map(|r| r.1), Some(hi));
            for pair in ranges.windows(2) {
                assert_eq!(pair[0].1 + 1, pair[1].0, "{ranges:?}");
            }
            assert!(ranges.iter().all(|r| r.0 <= r.1), "{ranges:?}");
        }
    }
}
