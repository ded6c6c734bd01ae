use super::bodies::body_id_for;
use super::{not_found, now, Store};
use crate::dates::Date;
use crate::domain::{BodyId, Coded, Meeting, MeetingDraft, MeetingId, MeetingStatus, MeetingSummary, Part, PartId};
use crate::error::{Error, ItemRefusal, Refusal, Result};
use crate::text::clean_line;
use rusqlite::params;

const MEETING_COLUMNS: &str = "m.id, m.body_id, b.name, m.date, m.time, m.place, m.title, m.classification, \
     m.addressee, m.author, m.status, m.revision";

fn meeting_from_row(r: &rusqlite::Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: MeetingId(r.get(0)?),
        body_id: BodyId(r.get(1)?),
        body: r.get(2)?,
        date: r.get(3)?,
        time: r.get(4)?,
        place: r.get(5)?,
        title: r.get(6)?,
        classification: r.get(7)?,
        addressee: r.get(8)?,
        author: r.get(9)?,
        status: MeetingStatus::from_code(&r.get::<_, String>(10)?).unwrap_or(MeetingStatus::Preparing),
        revision: r.get(11)?,
    })
}

/// Checks and tidies what the user typed for a meeting.
pub(crate) fn validated(draft: &MeetingDraft) -> Result<MeetingDraft> {
    // As people write it (10-12-2026, 10 december 2026); a date without a year is the next one from today.
    let date = match crate::dates::parse_date(&draft.date, Some(Date::today())) {
        Ok(d) => d.iso(),
        Err(problem) => return Err(Error::refused(Refusal::NotADate(draft.date.trim().to_string(), problem))),
    };
    let body = clean_line(&draft.body);
    if body.is_empty() {
        return Err(Error::refused(Refusal::BodyNeeded));
    }
    Ok(MeetingDraft {
        body,
        date,
        time: clean_line(&draft.time),
        place: clean_line(&draft.place),
        title: clean_line(&draft.title),
        classification: clean_line(&draft.classification),
        addressee: clean_line(&draft.addressee),
        author: clean_line(&draft.author),
    })
}

impl Store {
    pub fn create_meeting(&mut self, draft: &MeetingDraft) -> Result<MeetingId> {
        let d = validated(draft)?;
        self.write(|tx| {
            let body = body_id_for(tx, &d.body)?;
            let t = now();
            tx.execute(
                "INSERT INTO meetings (body_id, date, time, place, title, classification, addressee, author, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![body.0, d.date, d.time, d.place, d.title, d.classification, d.addressee, d.author, t],
            )?;
            Ok(MeetingId(tx.last_insert_rowid()))
        })
    }

    /// Changes a meeting's header; refused when someone else changed it since `expected_revision`.
    pub fn update_meeting(&mut self, id: MeetingId, draft: &MeetingDraft, expected_revision: i64) -> Result<i64> {
        let d = validated(draft)?;
        self.write(|tx| {
            let revision: i64 = tx
                .query_row("SELECT revision FROM meetings WHERE id = ?1", [id.0], |r| r.get(0))
                .map_err(not_found("meeting", id.0))?;
            if revision != expected_revision {
                return Err(Error::Conflict { what: "meeting" });
            }
            let body = body_id_for(tx, &d.body)?;
            tx.execute(
                "UPDATE meetings SET body_id = ?2, date = ?3, time = ?4, place = ?5, title = ?6, classification = ?7,
                        addressee = ?8, author = ?9, revision = revision + 1, updated_at = ?10 WHERE id = ?1",
                params![id.0, body.0, d.date, d.time, d.place, d.title, d.classification, d.addressee, d.author, now()],
            )?;
            Ok(revision + 1)
        })
    }

    pub fn set_meeting_status(&mut self, id: MeetingId, status: MeetingStatus) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE meetings SET status = ?2, revision = revision + 1, updated_at = ?3 WHERE id = ?1",
                params![id.0, status.code(), now()],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "meeting", id: id.0 });
            }
            Ok(())
        })
    }

    pub fn meeting(&self, id: MeetingId) -> Result<Meeting> {
        self.conn()
            .query_row(
                &format!("SELECT {MEETING_COLUMNS} FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?1"),
                [id.0],
                meeting_from_row,
            )
            .map_err(not_found("meeting", id.0))
    }

    /// All meetings, grouped by body (by name), newest first within a body.
    pub fn meetings(&self) -> Result<Vec<MeetingSummary>> {
        let mut stmt = self.conn().prepare(
            "SELECT m.id, b.name, m.date, m.title, m.status, m.send_by,
                    (SELECT count(*) FROM items i WHERE i.meeting_id = m.id),
                    (SELECT count(*) FROM items i WHERE i.meeting_id = m.id
                        AND i.advice_stance IS NULL AND trim(i.advice_text) = '')
             FROM meetings m JOIN bodies b ON b.id = m.body_id
             ORDER BY b.name COLLATE NOCASE, m.date DESC, m.id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MeetingSummary {
                id: MeetingId(r.get(0)?),
                body: r.get(1)?,
                date: r.get(2)?,
                title: r.get(3)?,
                status: MeetingStatus::from_code(&r.get::<_, String>(4)?).unwrap_or(MeetingStatus::Preparing),
                send_by: r.get(5)?,
                items: r.get(6)?,
                items_without_advice: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Meetings of one body, newest first.
    pub fn meetings_of_body(&self, body: BodyId) -> Result<Vec<Meeting>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {MEETING_COLUMNS} FROM meetings m JOIN bodies b ON b.id = m.body_id
             WHERE m.body_id = ?1 ORDER BY m.date DESC, m.id DESC"
        ))?;
        let rows = stmt.query_map([body.0], meeting_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_part(&mut self, meeting: MeetingId, title: &str) -> Result<PartId> {
        let title = clean_line(title);
        if title.is_empty() {
            return Err(ItemRefusal::PartTitleNeeded.into());
        }
        self.write(|tx| {
            let position: i64 = tx.query_row(
                "SELECT coalesce(max(position) + 1, 0) FROM parts WHERE meeting_id = ?1",
                [meeting.0],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO parts (meeting_id, position, title) VALUES (?1, ?2, ?3)",
                params![meeting.0, position, title],
            )
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ffi::ErrorCode::ConstraintViolation => {
                    Error::NotFound { what: "meeting", id: meeting.0 }
                }
                other => other.into(),
            })?;
            Ok(PartId(tx.last_insert_rowid()))
        })
    }

    pub fn rename_part(&mut self, part: PartId, title: &str) -> Result<()> {
        let title = clean_line(title);
        if title.is_empty() {
            return Err(ItemRefusal::PartTitleNeeded.into());
        }
        self.write(|tx| {
            if tx.execute("UPDATE parts SET title = ?2 WHERE id = ?1", params![part.0, title])? == 0 {
                return Err(Error::NotFound { what: "part", id: part.0 });
            }
            Ok(())
        })
    }

    /// Removes a part; its items stay on the agenda, outside any part.
    pub fn delete_part(&mut self, part: PartId) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM parts WHERE id = ?1", [part.0])?;
            Ok(())
        })
    }

    pub fn parts(&self, meeting: MeetingId) -> Result<Vec<Part>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id, meeting_id, position, title FROM parts WHERE meeting_id = ?1 ORDER BY position, id")?;
        let rows = stmt.query_map([meeting.0], |r| {
            Ok(Part { id: PartId(r.get(0)?), meeting_id: MeetingId(r.get(1)?), position: r.get(2)?, title: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
