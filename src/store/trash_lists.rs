//! Decisions and action points go to the trash as items do: deleted in a meeting's list, `u` in that list
//! brings back the last one (under its old id), across restarts, and `deleted_things` lists them.

use super::trash::{about_meeting, capture, put_in_trash, About, Restored, Row, Snapshot};
use super::{Store, TrashId};
use crate::domain::{ActionId, DecisionId, MeetingId};
use crate::error::{Error, Refusal, Result, UndoRefusal};
use rusqlite::{OptionalExtension, Transaction};

/// The first line of a text, as the list of deleted things shows it.
fn first_line(text: &str) -> String {
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default().trim().to_string()
}

/// Where an entry of `meeting` was: the meeting's body and date; without a meeting, its own.
fn place(tx: &Transaction, meeting: Option<MeetingId>, body: String, date: String) -> Result<(String, String)> {
    match meeting {
        Some(m) => about_meeting(tx, m).map(|(body, date, _)| (body, date)),
        None => Ok((body, date)),
    }
}

fn trash_row(
    tx: &Transaction,
    kind: &str,
    table: &str,
    id: i64,
    meeting: Option<MeetingId>,
    about: About,
) -> Result<TrashId> {
    let mut snap = Snapshot::default();
    snap.tables.push((table.into(), capture(tx, table, &format!("id = {id}"))?));
    let trash = put_in_trash(tx, kind, &snap, meeting, &about)?;
    tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
    Ok(trash)
}

impl Store {
    /// Deletes a decision into the trash; `undo_last_in(UndoScope::Decisions(meeting))` brings it back.
    pub fn delete_decision(&mut self, id: DecisionId) -> Result<TrashId> {
        let d = self.decision(id)?;
        self.write(|tx| {
            let (body, date) = place(tx, d.meeting_id, d.body.clone(), d.date.clone())?;
            let about = About {
                number: d.reference.clone(),
                title: first_line(&d.text),
                body,
                date,
                together: 1,
                ..About::default()
            };
            trash_row(tx, "decision", "decisions", id.0, d.meeting_id, about)
        })
    }

    /// Deletes an action point into the trash, with its code and status; `UndoScope::Actions` undoes it.
    pub fn delete_action(&mut self, id: ActionId) -> Result<TrashId> {
        let a = self.action(id)?;
        self.write(|tx| {
            let (body, date) = place(tx, a.meeting_id, String::new(), String::new())?;
            let about = About {
                number: a.code.clone(),
                title: first_line(&a.text),
                body,
                date,
                together: 1,
                ..About::default()
            };
            trash_row(tx, "action", "actions", id.0, a.meeting_id, about)
        })
    }
}

fn value<'a>(row: &'a Row, name: &str) -> Option<&'a serde_json::Value> {
    row.iter().find(|(c, _)| c == name).map(|(_, v)| v)
}

fn set_null(row: &mut Row, name: &str) {
    if let Some((_, v)) = row.iter_mut().find(|(c, _)| c == name) {
        *v = serde_json::Value::Null;
    }
}

fn exists(tx: &Transaction, table: &str, id: i64) -> Result<bool> {
    Ok(tx.query_row(&format!("SELECT 1 FROM {table} WHERE id = ?1"), [id], |_| Ok(())).optional()?.is_some())
}

/// Before a decision or action point comes back: without its meeting it cannot (that is undone first); an
/// item or body gone meanwhile leaves it unlinked from them rather than not coming back.
pub(super) fn make_room(tx: &Transaction, kind: &str, snap: &mut Snapshot) -> Result<Restored> {
    let damaged = || Error::refused(Refusal::Undo(UndoRefusal::RecordDamaged));
    let row = snap.tables.first_mut().and_then(|(_, rows)| rows.first_mut()).ok_or_else(damaged)?;
    let id = value(row, "id").and_then(|v| v.as_i64()).ok_or_else(damaged)?;
    if let Some(m) = value(row, "meeting_id").and_then(|v| v.as_i64()) {
        if !exists(tx, "meetings", m)? {
            return Err(Error::refused(Refusal::Undo(UndoRefusal::MeetingDeletedToo)));
        }
    }
    for (column, table) in [("item_id", "items"), ("body_id", "bodies")] {
        if let Some(other) = value(row, column).and_then(|v| v.as_i64()) {
            if !exists(tx, table, other)? {
                set_null(row, column);
            }
        }
    }
    Ok(if kind == "decision" { Restored::Decision(DecisionId(id)) } else { Restored::Action(ActionId(id)) })
}
