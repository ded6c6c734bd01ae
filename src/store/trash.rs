//! Deletes that can be undone: the deleted rows are kept as JSON in `trash` until undone.
//!
//! Each delete remembers where it happened (the meeting of a deleted item, decision or action point; the
//! meetings list for a deleted meeting) and what it took, so that `u` brings back only what was deleted on
//! the screen in front of the user and can say what came back where; older deletes are in `deleted_things`,
//! to restore by choice. Decisions and action points: `trash_lists.rs`.

use super::items::{compact_siblings, load_item, open_gap};
use super::{not_found, now, Store};
use crate::domain::{ActionId, DecisionId, ItemId, MeetingId};
pub use crate::domain::{Deleted, DeletedKind, TrashId, UndoScope};
use crate::error::{Error, Refusal, Result, UndoRefusal};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

pub(super) type Row = Vec<(String, serde_json::Value)>;

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Snapshot {
    /// Tables in the order they are restored, with their rows.
    pub(super) tables: Vec<(String, Vec<Row>)>,
    /// Rows that outlive the delete but lose their item (ON DELETE SET NULL): (table, row id, item id).
    pub(super) relinks: Vec<(String, i64, i64)>,
}

/// What an undo brought back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restored {
    Meeting(MeetingId),
    Item(MeetingId, ItemId),
    Decision(DecisionId),
    Action(ActionId),
}

/// What `undo_last_in` or `restore_deleted` did: what came back and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub restored: Restored,
    pub what: Deleted,
}

/// The facts of a delete kept in `trash.about`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct About {
    pub(super) number: String,
    pub(super) title: String,
    pub(super) items_with_it: usize,
    pub(super) body: String,
    pub(super) date: String,
    /// Items deleted together as one step (an import taken back); 1 for a single delete.
    #[serde(default = "one")]
    pub(super) together: usize,
}

fn one() -> usize {
    1
}

pub(super) fn about_meeting(tx: &Transaction, meeting: MeetingId) -> Result<(String, String, String)> {
    Ok(tx.query_row(
        "SELECT b.name, m.date, m.title FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?1",
        [meeting.0],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?)
}

fn to_json(v: ValueRef) -> serde_json::Value {
    match v {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => f.into(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        ValueRef::Blob(b) => b.iter().map(|x| serde_json::Value::from(*x)).collect::<Vec<_>>().into(),
    }
}

fn from_json(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Integer(*b as i64),
        serde_json::Value::Number(n) => {
            n.as_i64().map(Value::Integer).unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0)))
        }
        serde_json::Value::String(s) => Value::Text(s.clone()),
        serde_json::Value::Array(a) => Value::Blob(a.iter().filter_map(|x| x.as_u64()).map(|x| x as u8).collect()),
        serde_json::Value::Object(_) => Value::Null,
    }
}

fn id_list(ids: &[i64]) -> String {
    ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

pub(super) fn capture(tx: &Transaction, table: &str, condition: &str) -> Result<Vec<Row>> {
    let mut stmt = tx.prepare(&format!("SELECT * FROM {table} WHERE {condition}"))?;
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            row.push((name.clone(), to_json(r.get_ref(i)?)));
        }
        out.push(row);
    }
    Ok(out)
}

fn relinks(tx: &Transaction, table: &str, items: &str, extra: &str) -> Result<Vec<(String, i64, i64)>> {
    let mut stmt = tx.prepare(&format!("SELECT id, item_id FROM {table} WHERE item_id IN ({items}) {extra}"))?;
    let rows = stmt.query_map([], |r| Ok((table.to_string(), r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn put_in_trash(
    tx: &Transaction,
    kind: &str,
    snapshot: &Snapshot,
    meeting: Option<MeetingId>,
    about: &About,
) -> Result<TrashId> {
    let payload = serde_json::to_string(snapshot).map_err(|e| Error::invalid(e.to_string()))?;
    let about = serde_json::to_string(about).map_err(|e| Error::invalid(e.to_string()))?;
    tx.execute(
        "INSERT INTO trash (kind, payload, deleted_at, meeting_id, about) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![kind, payload, now(), meeting.map(|m| m.0), about],
    )?;
    Ok(TrashId(tx.last_insert_rowid()))
}

const TRASH_COLUMNS: &str = "id, kind, meeting_id, about, payload, deleted_at";

fn deleted_from_row(r: &rusqlite::Row) -> rusqlite::Result<Deleted> {
    let kind: String = r.get(1)?;
    let meeting = MeetingId(r.get::<_, Option<i64>>(2)?.unwrap_or(0));
    let mut about: About = serde_json::from_str(&r.get::<_, String>(3)?).unwrap_or_default();
    let kind = match kind.as_str() {
        "meeting" => DeletedKind::Meeting,
        "decision" => DeletedKind::Decision,
        "action" => DeletedKind::Action,
        _ => DeletedKind::Item,
    };
    if about.title.is_empty() && about.date.is_empty() {
        // A delete from before version 2 kept no facts; its snapshot still has the title.
        let snap: Snapshot = serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default();
        let first = snap.tables.first().and_then(|(_, rows)| rows.first()).cloned().unwrap_or_default();
        let text = |name: &str| first.iter().find(|(c, _)| c == name).and_then(|(_, v)| v.as_str().map(String::from));
        about.title = text("title").unwrap_or_default();
        about.date = text("date").unwrap_or_default();
    }
    Ok(Deleted {
        id: TrashId(r.get(0)?),
        kind,
        scope: match kind {
            DeletedKind::Meeting => UndoScope::Meetings,
            DeletedKind::Item => UndoScope::Meeting(meeting),
            DeletedKind::Decision => UndoScope::Decisions(meeting),
            DeletedKind::Action => UndoScope::Actions(meeting),
        },
        number: about.number,
        title: about.title,
        items_with_it: about.items_with_it,
        together: about.together.max(1),
        meeting_id: meeting,
        body: about.body,
        date: about.date,
        deleted_at: r.get(5)?,
    })
}

pub(super) fn restore(tx: &Transaction, snapshot: &Snapshot) -> Result<()> {
    tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
    for (table, rows) in &snapshot.tables {
        for row in rows {
            let cols: Vec<&str> = row.iter().map(|(c, _)| c.as_str()).collect();
            let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
            let values: Vec<Value> = row.iter().map(|(_, v)| from_json(v)).collect();
            tx.execute(
                &format!("INSERT INTO {table} ({}) VALUES ({})", cols.join(", "), marks.join(", ")),
                rusqlite::params_from_iter(values),
            )?;
        }
    }
    for (table, id, item) in &snapshot.relinks {
        tx.execute(&format!("UPDATE {table} SET item_id = ?2 WHERE id = ?1 AND item_id IS NULL"), params![id, item])?;
    }
    Ok(())
}

impl Store {
    /// Deletes an item with its sub-items; `undo_delete` brings them back.
    pub fn delete_item(&mut self, id: ItemId) -> Result<TrashId> {
        self.delete_items(&[id])
    }

    /// Deletes several items of one meeting (with their sub-items) as one step, as when an import is taken
    /// back: one undo brings them all back in their places.
    pub fn delete_items(&mut self, roots: &[ItemId]) -> Result<TrashId> {
        let agenda_of_first = match roots.first() {
            Some(first) => self.agenda(self.item(*first)?.meeting_id)?,
            None => return Err(Error::invalid("there are no items to delete")),
        };
        let numbers: Vec<String> =
            agenda_of_first.iter().filter(|i| roots.contains(&i.id)).map(|i| i.number.clone()).collect();
        let first = agenda_of_first.iter().find(|i| roots.contains(&i.id)).cloned();
        self.write(|tx| {
            let mut items = Vec::new();
            for id in roots {
                items.push(load_item(tx, *id)?);
            }
            let meeting = items[0].meeting_id;
            if items.iter().any(|i| i.meeting_id != meeting) {
                return Err(Error::invalid("items of different meetings cannot be deleted as one step"));
            }
            let mut ids: Vec<i64> = Vec::new();
            for id in roots {
                let mut stmt = tx.prepare(
                    "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT i.id FROM items i JOIN sub ON i.parent_id = sub.id)
                     SELECT id FROM sub",
                )?;
                let rows = stmt.query_map([id.0], |r| r.get(0))?;
                for row in rows {
                    let id: i64 = row?;
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            let list = id_list(&ids);
            let mut snap = Snapshot::default();
            snap.tables.push(("items".into(), capture(tx, "items", &format!("id IN ({list})"))?));
            snap.tables.push(("item_documents".into(), capture(tx, "item_documents", &format!("item_id IN ({list})"))?));
            snap.tables.push(("cover_readings".into(), capture(tx, "cover_readings", &format!("item_id IN ({list})"))?));
            snap.tables.push((
                "item_links".into(),
                capture(tx, "item_links", &format!("item_id IN ({list}) OR earlier_item_id IN ({list})"))?,
            ));
            snap.relinks.extend(relinks(tx, "decisions", &list, "")?);
            snap.relinks.extend(relinks(tx, "actions", &list, "")?);
            let (body, date, _) = about_meeting(tx, meeting)?;
            let number = match (numbers.first(), numbers.last()) {
                (Some(a), Some(b)) if numbers.len() > 1 => format!("{a}–{b}"),
                _ => numbers.first().cloned().unwrap_or_default(),
            };
            let about = About {
                number,
                title: first.as_ref().map(|i| i.title.clone()).unwrap_or_default(),
                items_with_it: ids.len() - roots.len(),
                body,
                date,
                together: roots.len(),
            };
            let trash = put_in_trash(tx, "item", &snap, Some(meeting), &about)?;
            for item in &items {
                tx.execute("DELETE FROM items WHERE id = ?1", [item.id.0])?;
            }
            let mut parents: Vec<Option<ItemId>> = items.iter().map(|i| i.parent_id).collect();
            parents.dedup();
            for parent in parents {
                // A parent deleted along with them has no siblings left to close up.
                if parent.is_none_or(|p| !ids.contains(&p.0)) {
                    compact_siblings(tx, meeting, parent)?;
                }
            }
            Ok(trash)
        })
    }

    /// Deletes a meeting with its agenda, decisions and actions; `undo_delete` brings it back.
    pub fn delete_meeting(&mut self, id: MeetingId) -> Result<TrashId> {
        self.write(|tx| {
            tx.query_row("SELECT id FROM meetings WHERE id = ?1", [id.0], |r| r.get::<_, i64>(0))
                .map_err(not_found("meeting", id.0))?;
            let m = id.0;
            let items = format!("SELECT id FROM items WHERE meeting_id = {m}");
            let mut snap = Snapshot::default();
            snap.tables.push(("meetings".into(), capture(tx, "meetings", &format!("id = {m}"))?));
            snap.tables.push(("numbering".into(), capture(tx, "numbering", &format!("meeting_id = {m}"))?));
            snap.tables.push(("parts".into(), capture(tx, "parts", &format!("meeting_id = {m}"))?));
            snap.tables.push(("items".into(), capture(tx, "items", &format!("meeting_id = {m}"))?));
            snap.tables
                .push(("item_documents".into(), capture(tx, "item_documents", &format!("item_id IN ({items})"))?));
            snap.tables
                .push(("cover_readings".into(), capture(tx, "cover_readings", &format!("item_id IN ({items})"))?));
            snap.tables
                .push(("meeting_documents".into(), capture(tx, "meeting_documents", &format!("meeting_id = {m}"))?));
            snap.tables.push((
                "item_links".into(),
                capture(tx, "item_links", &format!("item_id IN ({items}) OR earlier_item_id IN ({items})"))?,
            ));
            snap.tables.push(("decisions".into(), capture(tx, "decisions", &format!("meeting_id = {m}"))?));
            snap.tables.push(("actions".into(), capture(tx, "actions", &format!("meeting_id = {m}"))?));
            let others = format!("AND (meeting_id IS NULL OR meeting_id <> {m})");
            snap.relinks.extend(relinks(tx, "decisions", &items, &others)?);
            snap.relinks.extend(relinks(tx, "actions", &items, &others)?);
            let (body, date, title) = about_meeting(tx, id)?;
            let count = snap.tables.iter().find(|(t, _)| t == "items").map_or(0, |(_, rows)| rows.len());
            let about = About { number: String::new(), title, items_with_it: count, body, date, together: 1 };
            let trash = put_in_trash(tx, "meeting", &snap, Some(id), &about)?;
            tx.execute("DELETE FROM meetings WHERE id = ?1", [m])?;
            Ok(trash)
        })
    }

    /// The most recent delete anywhere. Not for `u`: that undoes only within its scope (`undo_last_in`).
    pub fn latest_trash(&self) -> Result<Option<TrashId>> {
        Ok(self.conn().query_row("SELECT max(id) FROM trash", [], |r| r.get::<_, Option<i64>>(0))?.map(TrashId))
    }

    /// Everything that can still be restored, newest first: what, where, when.
    pub fn deleted_things(&self) -> Result<Vec<Deleted>> {
        let mut stmt = self.conn().prepare(&format!("SELECT {TRASH_COLUMNS} FROM trash ORDER BY id DESC"))?;
        let rows = stmt.query_map([], deleted_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most recent delete made in `scope`.
    pub fn latest_deleted_in(&self, scope: UndoScope) -> Result<Option<Deleted>> {
        let (kind, meeting) = match scope {
            UndoScope::Meetings => ("meeting", None),
            UndoScope::Meeting(m) => ("item", Some(m.0)),
            UndoScope::Decisions(m) => ("decision", Some(m.0)),
            UndoScope::Actions(m) => ("action", Some(m.0)),
        };
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT {TRASH_COLUMNS} FROM trash WHERE kind = ?1 AND (?2 IS NULL OR meeting_id = ?2)
                     ORDER BY id DESC LIMIT 1"
                ),
                params![kind, meeting],
                deleted_from_row,
            )
            .optional()?)
    }

    /// `u`: undoes the most recent delete made in `scope` and nothing else; `None` when there is none.
    pub fn undo_last_in(&mut self, scope: UndoScope) -> Result<Option<Undone>> {
        match self.latest_deleted_in(scope)? {
            Some(what) => Ok(Some(self.restore_deleted(what.id)?)),
            None => Ok(None),
        }
    }

    /// Restores one chosen delete from `deleted_things`, saying what came back where.
    pub fn restore_deleted(&mut self, trash: TrashId) -> Result<Undone> {
        let what = self
            .conn()
            .query_row(&format!("SELECT {TRASH_COLUMNS} FROM trash WHERE id = ?1"), [trash.0], deleted_from_row)
            .optional()?
            .ok_or_else(|| Error::refused(Refusal::Undo(UndoRefusal::NothingToUndo)))?;
        let restored = self.undo_delete(trash)?;
        let mut what = what;
        if let (Restored::Item(_, item), 1) = (restored, what.together) {
            // Its number now, which is its old one unless the agenda changed meanwhile.
            what.number = self.item(item)?.number;
        }
        Ok(Undone { restored, what })
    }

    /// Brings back what a delete took away, under the same ids.
    pub fn undo_delete(&mut self, trash: TrashId) -> Result<Restored> {
        self.write(|tx| {
            let (kind, payload): (String, String) = tx
                .query_row("SELECT kind, payload FROM trash WHERE id = ?1", [trash.0], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or_else(|| Error::refused(Refusal::Undo(UndoRefusal::NothingToUndo)))?;
            let mut snap: Snapshot = serde_json::from_str(&payload)
                .map_err(|_| Error::refused(Refusal::Undo(UndoRefusal::RecordDamaged)))?;
            let first = snap.tables.first().and_then(|(_, rows)| rows.first()).cloned().unwrap_or_default();
            let field = |name: &str| first.iter().find(|(c, _)| c == name).and_then(|(_, v)| v.as_i64());
            let restored = if kind == "decision" || kind == "action" {
                super::trash_lists::make_room(tx, &kind, &mut snap)?
            } else if kind == "item" {
                let (Some(item), Some(meeting)) = (field("id"), field("meeting_id")) else {
                    return Err(Error::refused(Refusal::Undo(UndoRefusal::RecordDamaged)));
                };
                let meeting = MeetingId(meeting);
                let meeting_exists = tx
                    .query_row("SELECT count(*) FROM meetings WHERE id = ?1", [meeting.0], |r| r.get::<_, i64>(0))?
                    > 0;
                if !meeting_exists {
                    return Err(Error::refused(Refusal::Undo(UndoRefusal::MeetingDeletedToo)));
                }
                // The items deleted together whose parent stayed: each gets room at its old place, in order.
                let rows = snap.tables.first().map(|(_, rows)| rows.as_slice()).unwrap_or_default();
                let value = |row: &Row, name: &str| row.iter().find(|(c, _)| c == name).and_then(|(_, v)| v.as_i64());
                let ids: Vec<i64> = rows.iter().filter_map(|r| value(r, "id")).collect();
                let mut roots: Vec<(i64, Option<i64>)> = rows
                    .iter()
                    .filter(|r| value(r, "parent_id").is_none_or(|p| !ids.contains(&p)))
                    .map(|r| (value(r, "position").unwrap_or(0), value(r, "parent_id")))
                    .collect();
                roots.sort();
                for (position, parent) in roots {
                    let parent = parent.map(ItemId);
                    if let Some(p) = parent {
                        load_item(tx, p).map_err(|_| Error::refused(Refusal::Undo(UndoRefusal::ParentDeletedToo)))?;
                    }
                    open_gap(tx, meeting, parent, position)?;
                }
                Restored::Item(meeting, ItemId(item))
            } else {
                Restored::Meeting(MeetingId(
                    field("id").ok_or_else(|| Error::refused(Refusal::Undo(UndoRefusal::RecordDamaged)))?,
                ))
            };
            restore(tx, &snap)?;
            tx.execute("DELETE FROM trash WHERE id = ?1", [trash.0])?;
            Ok(restored)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DecisionDraft, ItemDraft, MeetingDraft};
    use crate::store::Placement;

    fn titles(s: &Store, m: MeetingId) -> Vec<(String, String)> {
        s.agenda(m).unwrap().into_iter().map(|i| (i.number, i.title)).collect()
    }

    #[test]
    fn deleted_item_comes_back_in_place_with_children_and_decisions() {
        let mut s = Store::open_in_memory().unwrap();
        let m = s
            .create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() })
            .unwrap();
        let mut add = |t: &str, parent| {
            s.add_item(m, Placement::End { parent }, None, &ItemDraft { title: t.into(), ..Default::default() })
                .unwrap()
        };
        add("A", None);
        let b = add("B", None);
        add("B1", Some(b));
        add("C", None);
        let d = s
            .add_decision(&DecisionDraft {
                meeting_id: Some(m),
                item_id: Some(b),
                date: "2022-03-24".into(),
                text: "Besloten".into(),
                ..Default::default()
            })
            .unwrap();
        let before = titles(&s, m);
        let trash = s.delete_item(b).unwrap();
        assert_eq!(titles(&s, m), vec![("1".into(), "A".into()), ("2".into(), "C".into())]);
        assert_eq!(s.decision(d).unwrap().item_id, None);
        assert_eq!(s.undo_delete(trash).unwrap(), Restored::Item(m, b));
        assert_eq!(titles(&s, m), before);
        assert_eq!(s.decision(d).unwrap().item_id, Some(b));
        assert!(s.check().unwrap().is_empty());
        assert!(s.undo_delete(trash).is_err(), "an undo happens once");
    }

    #[test]
    fn deleted_meeting_comes_back_whole() {
        let mut s = Store::open_in_memory().unwrap();
        let m = s
            .create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() })
            .unwrap();
        let part = s.add_part(m, "Deel 1").unwrap();
        let a = s
            .add_item(
                m,
                Placement::End { parent: None },
                Some(part),
                &ItemDraft { title: "A".into(), ..Default::default() },
            )
            .unwrap();
        s.add_decision(&DecisionDraft {
            meeting_id: Some(m),
            item_id: Some(a),
            date: "2022-03-24".into(),
            text: "x".into(),
            ..Default::default()
        })
        .unwrap();
        let record = s.meeting_record(m).unwrap();
        let trash = s.delete_meeting(m).unwrap();
        assert!(s.meetings().unwrap().is_empty());
        assert_eq!(s.latest_trash().unwrap(), Some(trash));
        assert_eq!(s.undo_delete(trash).unwrap(), Restored::Meeting(m));
        assert_eq!(s.meeting_record(m).unwrap(), record);
        assert!(s.check().unwrap().is_empty());
    }
}
