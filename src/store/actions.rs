use super::{not_found, Store};
use crate::dates::Date;
use crate::domain::{ActionDraft, ActionId, ActionPoint, ActionStatus, Coded, ItemId, MeetingId};
use crate::error::{Error, MeetingRefusal, RecordRefusal, Result};
use crate::text::{clean_line, clean_text};
use rusqlite::{params, Transaction};

const ACTION_SELECT: &str = "SELECT id, code, owner, text, deadline, status, remarks, meeting_id, item_id FROM actions";

fn action_from_row(r: &rusqlite::Row) -> rusqlite::Result<ActionPoint> {
    Ok(ActionPoint {
        id: ActionId(r.get(0)?),
        code: r.get(1)?,
        owner: r.get(2)?,
        text: r.get(3)?,
        deadline: r.get(4)?,
        status: ActionStatus::from_code(&r.get::<_, String>(5)?).unwrap_or(ActionStatus::Open),
        remarks: r.get(6)?,
        meeting_id: r.get::<_, Option<i64>>(7)?.map(MeetingId),
        item_id: r.get::<_, Option<i64>>(8)?.map(ItemId),
    })
}

/// Owners are one person or team however they are capitalised or spaced: "PGT", "pgt" and " Pgt " are one.
pub fn owner_key(owner: &str) -> String {
    clean_line(owner).split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The spelling already in use for this owner (the most used one), so that a second spelling never starts
/// a second owner; `except` is the action being edited, whose own old spelling does not count.
fn known_spelling(tx: &Transaction, owner: &str, except: Option<ActionId>) -> Result<String> {
    let key = owner_key(owner);
    if key.is_empty() {
        return Ok(String::new());
    }
    let mut stmt = tx.prepare(
        "SELECT owner, count(*) FROM actions WHERE owner != '' AND id IS NOT ?1 GROUP BY owner
         ORDER BY count(*) DESC, min(id)",
    )?;
    let rows = stmt.query_map([except.map(|a| a.0)], |r| r.get::<_, String>(0))?;
    for spelling in rows {
        let spelling = spelling?;
        if owner_key(&spelling) == key {
            return Ok(spelling);
        }
    }
    Ok(owner.to_string())
}

/// An agenda item into which an open action point was carried (`carry_over_into`): where it came back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CarriedItem {
    pub item_id: ItemId,
    pub meeting_id: MeetingId,
    pub body: String,
    pub meeting_date: String,
    /// The item's title, "Actiepunt 1102.5.1: …", as `carried_action_title` makes it.
    pub title: String,
}

/// An open action with the meeting it came from, for the list across meetings.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ActionRow {
    pub action: ActionPoint,
    pub body: String,
    pub meeting_date: String,
}

impl Store {
    /// The code the seed's minutes use: day and month of the meeting, the item, a sequence (1102.5.1).
    pub fn propose_action_code(&self, meeting: MeetingId, item: Option<ItemId>) -> Result<String> {
        let m = self.meeting(meeting)?;
        let date = Date::parse_iso(&m.date).ok_or_else(|| Error::from(MeetingRefusal::NoValidDate))?;
        let mut prefix = format!("{:02}{:02}", date.day, date.month);
        if let Some(i) = item {
            prefix = format!("{prefix}.{}", self.item(i)?.number);
        }
        let codes: Vec<String> = self
            .meeting_actions(meeting)?
            .into_iter()
            .map(|a| a.code)
            .filter(|c| c.starts_with(&format!("{prefix}.")))
            .collect();
        let next = codes
            .iter()
            .filter_map(|c| c[prefix.len() + 1..].split('.').next()?.parse::<u32>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        Ok(format!("{prefix}.{next}"))
    }

    pub fn add_action(&mut self, draft: &ActionDraft) -> Result<ActionId> {
        let text = clean_text(&draft.text);
        if text.trim().is_empty() {
            return Err(RecordRefusal::ActionTextNeeded.into());
        }
        self.write(|tx| {
            if let Some(m) = draft.meeting_id {
                tx.query_row("SELECT id FROM meetings WHERE id = ?1", [m.0], |r| r.get::<_, i64>(0))
                    .map_err(not_found("meeting", m.0))?;
            }
            if let Some(i) = draft.item_id {
                tx.query_row("SELECT id FROM items WHERE id = ?1", [i.0], |r| r.get::<_, i64>(0))
                    .map_err(not_found("agenda item", i.0))?;
            }
            let owner = known_spelling(tx, &clean_line(&draft.owner), None)?;
            tx.execute(
                "INSERT INTO actions (code, owner, text, deadline, remarks, meeting_id, item_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    clean_line(&draft.code),
                    owner,
                    text,
                    clean_line(&draft.deadline),
                    clean_text(&draft.remarks),
                    draft.meeting_id.map(|m| m.0),
                    draft.item_id.map(|i| i.0)
                ],
            )?;
            Ok(ActionId(tx.last_insert_rowid()))
        })
    }

    pub fn update_action(&mut self, id: ActionId, draft: &ActionDraft) -> Result<()> {
        let text = clean_text(&draft.text);
        if text.trim().is_empty() {
            return Err(RecordRefusal::ActionTextNeeded.into());
        }
        self.write(|tx| {
            let owner = known_spelling(tx, &clean_line(&draft.owner), Some(id))?;
            let n = tx.execute(
                "UPDATE actions SET code = ?2, owner = ?3, text = ?4, deadline = ?5, remarks = ?6, item_id = ?7 WHERE id = ?1",
                params![
                    id.0,
                    clean_line(&draft.code),
                    owner,
                    text,
                    clean_line(&draft.deadline),
                    clean_text(&draft.remarks),
                    draft.item_id.map(|i| i.0)
                ],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "action point", id: id.0 });
            }
            Ok(())
        })
    }

    pub fn set_action_status(&mut self, id: ActionId, status: ActionStatus) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute("UPDATE actions SET status = ?2 WHERE id = ?1", params![id.0, status.code()])?;
            if n == 0 {
                return Err(Error::NotFound { what: "action point", id: id.0 });
            }
            Ok(())
        })
    }

    pub fn action(&self, id: ActionId) -> Result<ActionPoint> {
        self.conn()
            .query_row(&format!("{ACTION_SELECT} WHERE id = ?1"), [id.0], action_from_row)
            .map_err(not_found("action point", id.0))
    }

    pub fn meeting_actions(&self, meeting: MeetingId) -> Result<Vec<ActionPoint>> {
        let mut stmt = self.conn().prepare(&format!("{ACTION_SELECT} WHERE meeting_id = ?1 ORDER BY id"))?;
        let rows = stmt.query_map([meeting.0], action_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The owners written on action points, each once whatever its capitalisation (the most used spelling),
    /// in alphabetical order: what the form and the action list offer.
    pub fn action_owners(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT owner, count(*) FROM actions WHERE trim(owner) != '' GROUP BY owner ORDER BY count(*) DESC, min(id)",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for spelling in rows {
            let spelling = spelling?;
            if seen.insert(owner_key(&spelling)) {
                out.push(spelling);
            }
        }
        out.sort_by_key(|o| owner_key(o));
        Ok(out)
    }

    /// The items that carried action points into later meetings (titles starting "Actiepunt"), oldest
    /// meeting first; matched to their action by `carried_action_title`.
    pub fn carried_action_items(&self) -> Result<Vec<CarriedItem>> {
        let mut stmt = self.conn().prepare(
            "SELECT i.id, i.meeting_id, coalesce(b.name, ''), m.date, i.title
             FROM items i JOIN meetings m ON m.id = i.meeting_id LEFT JOIN bodies b ON b.id = m.body_id
             WHERE i.title LIKE 'Actiepunt%' ORDER BY m.date, i.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CarriedItem {
                item_id: ItemId(r.get(0)?),
                meeting_id: MeetingId(r.get(1)?),
                body: r.get(2)?,
                meeting_date: r.get(3)?,
                title: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Actions across all meetings, the open ones first, oldest meeting first.
    pub fn action_list(&self, include_done: bool) -> Result<Vec<ActionRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT a.id, a.code, a.owner, a.text, a.deadline, a.status, a.remarks, a.meeting_id, a.item_id,
                    coalesce(b.name, ''), coalesce(m.date, '')
             FROM actions a LEFT JOIN meetings m ON m.id = a.meeting_id LEFT JOIN bodies b ON b.id = m.body_id
             WHERE ?1 OR a.status = 'open'
             ORDER BY a.status = 'done', m.date, a.id",
        )?;
        let rows = stmt.query_map([include_done], |r| {
            Ok(ActionRow { action: action_from_row(r)?, body: r.get(9)?, meeting_date: r.get(10)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
