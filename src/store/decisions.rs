use super::bodies::body_id_for;
use super::{not_found, Store};
use crate::domain::{BodyId, Decision, DecisionDraft, DecisionId, ItemId, MeetingId};
use crate::error::{Error, RecordRefusal, Result};
use crate::text::{clean_line, clean_text};
use rusqlite::{params, OptionalExtension, Transaction};

const DECISION_SELECT: &str =
    "SELECT d.id, d.body_id, coalesce(b.name, ''), d.meeting_id, d.item_id, d.date, d.text, d.reference
     FROM decisions d LEFT JOIN bodies b ON b.id = d.body_id";

pub(crate) fn decision_from_row(r: &rusqlite::Row) -> rusqlite::Result<Decision> {
    Ok(Decision {
        id: DecisionId(r.get(0)?),
        body_id: r.get::<_, Option<i64>>(1)?.map(BodyId),
        body: r.get(2)?,
        meeting_id: r.get::<_, Option<i64>>(3)?.map(MeetingId),
        item_id: r.get::<_, Option<i64>>(4)?.map(ItemId),
        date: r.get(5)?,
        text: r.get(6)?,
        reference: r.get(7)?,
    })
}

/// Inserts a decision inside a running transaction (an import adds many in one).
pub(crate) fn insert_decision(tx: &Transaction, d: &DecisionDraft) -> Result<DecisionId> {
    let text = clean_text(&d.text);
    if text.trim().is_empty() {
        return Err(RecordRefusal::DecisionTextNeeded.into());
    }
    let date = match crate::dates::parse_date(&d.date, None) {
        Ok(date) => date.iso(),
        Err(problem) => {
            return Err(Error::refused(crate::error::Refusal::NotADate(d.date.trim().to_string(), problem)))
        }
    };
    let mut body = None;
    if let Some(m) = d.meeting_id {
        let b: i64 = tx
            .query_row("SELECT body_id FROM meetings WHERE id = ?1", [m.0], |r| r.get(0))
            .map_err(not_found("meeting", m.0))?;
        body = Some(BodyId(b));
    }
    if !d.body.trim().is_empty() && body.is_none() {
        body = Some(body_id_for(tx, &clean_line(&d.body))?);
    }
    if let Some(item) = d.item_id {
        let owner: i64 = tx
            .query_row("SELECT meeting_id FROM items WHERE id = ?1", [item.0], |r| r.get(0))
            .map_err(not_found("agenda item", item.0))?;
        if d.meeting_id.is_some_and(|m| m.0 != owner) {
            return Err(RecordRefusal::DecisionItemElsewhere.into());
        }
    }
    tx.execute(
        "INSERT INTO decisions (body_id, meeting_id, item_id, date, text, reference) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            body.map(|b| b.0),
            d.meeting_id.map(|m| m.0),
            d.item_id.map(|i| i.0),
            date,
            text,
            clean_line(&d.reference)
        ],
    )?;
    Ok(DecisionId(tx.last_insert_rowid()))
}

/// A decision with the same body, date, text and reference as `d` (compared as `insert_decision` stores
/// them) is already in the database.
fn is_stored(tx: &Transaction, d: &DecisionDraft) -> Result<bool> {
    let body: Option<i64> = match d.meeting_id {
        Some(m) => Some(
            tx.query_row("SELECT body_id FROM meetings WHERE id = ?1", [m.0], |r| r.get(0))
                .map_err(not_found("meeting", m.0))?,
        ),
        None if d.body.trim().is_empty() => None,
        None => {
            let name = clean_line(&d.body);
            match tx.query_row("SELECT id FROM bodies WHERE name = ?1", [name.trim()], |r| r.get(0)).optional()? {
                Some(id) => Some(id),
                None => return Ok(false),
            }
        }
    };
    let found = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM decisions WHERE body_id IS ?1 AND date = ?2 AND text = ?3 AND reference = ?4)",
        params![body, d.date.trim(), clean_text(&d.text), clean_line(&d.reference)],
        |r| r.get::<_, bool>(0),
    )?;
    Ok(found)
}

impl Store {
    pub fn add_decision(&mut self, draft: &DecisionDraft) -> Result<DecisionId> {
        self.write(|tx| insert_decision(tx, draft))
    }

    /// Adds all decisions or none.
    pub fn add_decisions(&mut self, drafts: &[DecisionDraft]) -> Result<Vec<DecisionId>> {
        self.write(|tx| drafts.iter().map(|d| insert_decision(tx, d)).collect())
    }

    /// Adds the decisions the database does not hold yet, all or none: one with the same body, date, text
    /// and reference as a stored decision is skipped, so importing a list twice adds it once. Returns, per
    /// draft, its new id, or `None` when it was already there.
    pub fn add_new_decisions(&mut self, drafts: &[DecisionDraft]) -> Result<Vec<Option<DecisionId>>> {
        self.write(|tx| {
            // Decided against the database as it was, so a list that repeats a row keeps both the first time.
            let known = drafts.iter().map(|d| is_stored(tx, d)).collect::<Result<Vec<bool>>>()?;
            drafts
                .iter()
                .zip(known)
                .map(|(d, known)| if known { Ok(None) } else { insert_decision(tx, d).map(Some) })
                .collect()
        })
    }

    pub fn update_decision(&mut self, id: DecisionId, text: &str, reference: &str, item: Option<ItemId>) -> Result<()> {
        let text = clean_text(text);
        if text.trim().is_empty() {
            return Err(RecordRefusal::DecisionTextNeeded.into());
        }
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE decisions SET text = ?2, reference = ?3, item_id = ?4 WHERE id = ?1",
                params![id.0, text, clean_line(reference), item.map(|i| i.0)],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "decision", id: id.0 });
            }
            Ok(())
        })
    }

    pub fn decision(&self, id: DecisionId) -> Result<Decision> {
        self.conn()
            .query_row(&format!("{DECISION_SELECT} WHERE d.id = ?1"), [id.0], decision_from_row)
            .map_err(not_found("decision", id.0))
    }

    pub fn meeting_decisions(&self, meeting: MeetingId) -> Result<Vec<Decision>> {
        let mut stmt = self.conn().prepare(&format!("{DECISION_SELECT} WHERE d.meeting_id = ?1 ORDER BY d.id"))?;
        let rows = stmt.query_map([meeting.0], decision_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn item_decisions(&self, item: ItemId) -> Result<Vec<Decision>> {
        let mut stmt = self.conn().prepare(&format!("{DECISION_SELECT} WHERE d.item_id = ?1 ORDER BY d.id"))?;
        let rows = stmt.query_map([item.0], decision_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every decision, newest first.
    pub fn all_decisions(&self) -> Result<Vec<Decision>> {
        let mut stmt = self.conn().prepare(&format!("{DECISION_SELECT} ORDER BY d.date DESC, d.id DESC"))?;
        let rows = stmt.query_map([], decision_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
