//! Carrying postponed items and open action points into a new meeting, in one transaction.

use super::items::{load_item, open_gap};
use super::{not_found, now, Store};
use crate::dates::dutch_long;
use crate::domain::ActionPoint;
use crate::domain::{ActionId, ActionStatus, Coded, ItemId, MeetingId};
use crate::error::{ItemRefusal, RecordRefusal, Result};
use crate::text::{clean_line, fold};
use rusqlite::{params, OptionalExtension, Transaction};

/// First words of the items that close a meeting; carried items go before them.
const CLOSING_WORDS: &[&str] = &["rondvraag", "wvttk", "sluiting", "afsluiting"];

/// The title of the item that collects carried-over action points in a new meeting.
pub const ACTION_LIST_TITLE: &str = "Actielijst";

/// The title under which an open action point is carried into a meeting ("Actiepunt 1102.5.1: …").
pub fn carried_action_title(action: &ActionPoint) -> String {
    let text = clean_line(&action.text);
    let code = clean_line(&action.code);
    if code.is_empty() {
        format!("Actiepunt: {text}")
    } else {
        format!("Actiepunt {code}: {text}")
    }
}

struct NewItem<'a> {
    parent: Option<ItemId>,
    title: &'a str,
    treatment: Option<&'a str>,
    submitter: &'a str,
    origin_note: &'a str,
    cover_treatment: Option<&'a str>,
    notes: &'a str,
}

fn meeting_date(tx: &Transaction, meeting: MeetingId) -> Result<(String, String)> {
    tx.query_row(
        "SELECT m.date, b.name FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?1",
        [meeting.0],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .map_err(not_found("meeting", meeting.0))
}

/// Where a new top-level item goes: before the closing items (Rondvraag, Sluiting), in the part of the
/// item it follows.
fn top_level_slot(tx: &Transaction, meeting: MeetingId) -> Result<(i64, Option<i64>)> {
    let mut stmt = tx.prepare(
        "SELECT position, title, part_id FROM items WHERE meeting_id = ?1 AND parent_id IS NULL ORDER BY position, id",
    )?;
    let rows: Vec<(i64, String, Option<i64>)> =
        stmt.query_map([meeting.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut slot = rows.len();
    while slot > 0 {
        let first = fold(&rows[slot - 1].1);
        let first = first.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
        if !CLOSING_WORDS.contains(&first) {
            break;
        }
        slot -= 1;
    }
    let position = rows.get(slot).map(|r| r.0).unwrap_or_else(|| rows.last().map(|r| r.0 + 1).unwrap_or(0));
    let part = if slot > 0 { rows[slot - 1].2 } else { rows.first().and_then(|r| r.2) };
    Ok((position, part))
}

fn insert_item(tx: &Transaction, meeting: MeetingId, new: &NewItem) -> Result<ItemId> {
    let (position, part) = match new.parent {
        None => {
            let (position, part) = top_level_slot(tx, meeting)?;
            open_gap(tx, meeting, None, position)?;
            (position, part)
        }
        Some(p) => {
            let pos: i64 =
                tx.query_row("SELECT coalesce(max(position) + 1, 0) FROM items WHERE parent_id = ?1", [p.0], |r| {
                    r.get(0)
                })?;
            let part: Option<i64> = tx.query_row("SELECT part_id FROM items WHERE id = ?1", [p.0], |r| r.get(0))?;
            (pos, part)
        }
    };
    let t = now();
    tx.execute(
        "INSERT INTO items (meeting_id, parent_id, part_id, position, title, treatment, submitter, origin_note,
                            cover_treatment, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            meeting.0,
            new.parent.map(|p| p.0),
            part,
            position,
            new.title,
            new.treatment,
            new.submitter,
            new.origin_note,
            new.cover_treatment,
            new.notes,
            t
        ],
    )?;
    Ok(ItemId(tx.last_insert_rowid()))
}

fn link(tx: &Transaction, item: ItemId, earlier: ItemId, note: &str) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO item_links (item_id, earlier_item_id, note) VALUES (?1, ?2, ?3)",
        params![item.0, earlier.0, note],
    )?;
    Ok(())
}

/// The action-list item of the meeting, made when it has none.
fn action_list_item(tx: &Transaction, meeting: MeetingId) -> Result<ItemId> {
    let mut stmt =
        tx.prepare("SELECT id, title FROM items WHERE meeting_id = ?1 AND parent_id IS NULL ORDER BY position")?;
    let rows: Vec<(i64, String)> =
        stmt.query_map([meeting.0], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    if let Some((id, _)) = rows.iter().find(|(_, t)| {
        let t = fold(t);
        t.starts_with("actielijst") || t.starts_with("actiepunten") || t.starts_with("openstaande actie")
    }) {
        return Ok(ItemId(*id));
    }
    insert_item(
        tx,
        meeting,
        &NewItem {
            parent: None,
            title: ACTION_LIST_TITLE,
            treatment: None,
            submitter: "",
            origin_note: "",
            cover_treatment: None,
            notes: "",
        },
    )
}

impl Store {
    /// Puts postponed items and open action points on the agenda of `meeting`, all or nothing.
    ///
    /// A postponed item comes back as a new item with its title, treatment and submitter, its documents
    /// in their roles, linked to the earlier item ("aangehouden in … van …"); it goes before the closing
    /// items. An action point becomes a sub-item of the meeting's action list (made when missing), linked
    /// to the item the action came from. Something already carried into this meeting is left out, so a
    /// second call changes nothing. Returns the items made, in the order given.
    pub fn carry_over_into(
        &mut self,
        meeting: MeetingId,
        items: &[ItemId],
        actions: &[ActionId],
    ) -> Result<Vec<ItemId>> {
        let mut actions_loaded = Vec::new();
        for a in actions {
            actions_loaded.push(self.action(*a)?);
        }
        self.write(|tx| {
            let (date, _) = meeting_date(tx, meeting)?;
            let mut made = Vec::new();
            for &earlier in items {
                let old = load_item(tx, earlier)?;
                let (old_date, old_body) = meeting_date(tx, old.meeting_id)?;
                if old_date >= date {
                    return Err(ItemRefusal::CarryLater { item: earlier.0, item_date: old_date, date }.into());
                }
                let already: Option<i64> = tx
                    .query_row(
                        "SELECT l.item_id FROM item_links l JOIN items i ON i.id = l.item_id
                         WHERE l.earlier_item_id = ?1 AND i.meeting_id = ?2 LIMIT 1",
                        params![earlier.0, meeting.0],
                        |r| r.get(0),
                    )
                    .optional()?;
                if already.is_some() {
                    continue;
                }
                let from = format!("{old_body} {}", dutch_long(&old_date));
                let origin = if old.has_attachment { format!("bijlage uit {from}") } else { old.origin_note.clone() };
                let id = insert_item(
                    tx,
                    meeting,
                    &NewItem {
                        parent: None,
                        title: &old.title,
                        treatment: old.treatment.map(|t| t.code()),
                        submitter: &old.submitter,
                        origin_note: &origin,
                        cover_treatment: old.cover_treatment.map(|t| t.code()),
                        notes: "",
                    },
                )?;
                link(tx, id, earlier, &format!("aangehouden in {from}"))?;
                tx.execute(
                    "INSERT INTO item_documents (item_id, document_id, role, position)
                     SELECT ?1, document_id, role, position FROM item_documents WHERE item_id = ?2",
                    params![id.0, earlier.0],
                )?;
                made.push(id);
            }
            let mut list: Option<ItemId> = None;
            for action in &actions_loaded {
                if action.status == ActionStatus::Done {
                    return Err(RecordRefusal::ActionDone(action.id.0).into());
                }
                if let Some(m) = action.meeting_id {
                    let (action_date, _) = meeting_date(tx, m)?;
                    if action_date >= date {
                        return Err(RecordRefusal::ActionLater { action: action.id.0, action_date, date }.into());
                    }
                }
                let title = carried_action_title(action);
                let present: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM items WHERE meeting_id = ?1 AND title = ?2 LIMIT 1",
                        params![meeting.0, title],
                        |r| r.get(0),
                    )
                    .optional()?;
                if present.is_some() {
                    continue;
                }
                let parent = match list {
                    Some(p) => p,
                    None => *list.insert(action_list_item(tx, meeting)?),
                };
                let mut notes = Vec::new();
                if !action.deadline.trim().is_empty() {
                    notes.push(format!("Deadline: {}", action.deadline.trim()));
                }
                if !action.remarks.trim().is_empty() {
                    notes.push(action.remarks.trim().to_string());
                }
                let id = insert_item(
                    tx,
                    meeting,
                    &NewItem {
                        parent: Some(parent),
                        title: &title,
                        treatment: None,
                        submitter: &action.owner,
                        origin_note: "",
                        cover_treatment: None,
                        notes: &notes.join("\n"),
                    },
                )?;
                if let Some(origin) = action.item_id {
                    let origin_item = load_item(tx, origin)?;
                    let (origin_date, _) = meeting_date(tx, origin_item.meeting_id)?;
                    if origin_date <= date {
                        let note = format!("actiepunt {}", action.code.trim());
                        link(tx, id, origin, note.trim_end())?;
                    }
                }
                made.push(id);
            }
            Ok(made)
        })
    }
}
