//! Reading what the search covers straight into its compact corpus, without a `Decision` per row:
//! at 100k decisions the load is most of what `annoteer search` costs.

use super::{Corpus, NewRecord, RecordKind, Scope};
use crate::dates::Date;
use crate::domain::{ItemId, MeetingId};
use crate::error::Result;
use crate::store::Store;
use std::collections::HashMap;

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

impl Store {
    /// The search corpus for `scope`, newest first.
    pub fn search_corpus(&self, scope: Scope) -> Result<Corpus> {
        let conn = self.conn();
        let mut bodies: HashMap<i64, String> = HashMap::new();
        {
            let mut stmt = conn.prepare("SELECT id, name FROM bodies")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                bodies.insert(r.get(0)?, r.get(1)?);
            }
        }
        let count: i64 = conn.query_row("SELECT count(*) FROM decisions", [], |r| r.get(0))?;
        let mut builder = Corpus::builder();
        builder.reserve(count.max(0) as usize, count.max(0) as usize * 160);
        let mut stmt = conn.prepare("SELECT id, body_id, meeting_id, item_id, date, text, reference FROM decisions")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let body = r.get::<_, Option<i64>>(1)?.and_then(|b| bodies.get(&b)).map(String::as_str).unwrap_or("");
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
