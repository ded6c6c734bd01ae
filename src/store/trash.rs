//! Deletes that can be undone: the deleted rows are kept as JSON in `trash` until undone.

use super::items::{compact_siblings, load_item, open_gap};
use super::{not_found, now, Store};
use crate::domain::{ItemId, MeetingId};
use crate::error::{Error, Result};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TrashId(pub i64);

type Row = Vec<(String, serde_json::Value)>;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Snapshot {
    /// Tables in the order they are restored, with their rows.
    tables: Vec<(String, Vec<Row>)>,
    /// Rows that outlive the delete but lose their item (ON DELETE SET NULL): (table, row id, item id).
    relinks: Vec<(String, i64, i64)>,
}

/// What an undo brought back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restored {
    Meeting(MeetingId),
    Item(MeetingId, ItemId),
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

fn capture(tx: &Transaction, table: &str, condition: &str) -> Result<Vec<Row>> {
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

fn put_in_trash(tx: &Transaction, kind: &str, snapshot: &Snapshot) -> Result<TrashId> {
    let payload = serde_json::to_string(snapshot).map_err(|e| Error::invalid(e.to_string()))?;
    tx.execute("INSERT INTO trash (kind, payload, deleted_at) VALUES (?1, ?2, ?3)", params![kind, payload, now()])?;
    Ok(TrashId(tx.last_insert_rowid()))
}

fn restore(tx: &Transaction, snapshot: &Snapshot) -> Result<()> {
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
        self.write(|tx| {
            let item = load_item(tx, id)?;
            let ids: Vec<i64> = {
                let mut stmt = tx.prepare(
                    "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT i.id FROM items i JOIN sub ON i.parent_id = sub.id)
                     SELECT id FROM sub",
                )?;
                let rows = stmt.query_map([id.0], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
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
            let trash = put_in_trash(tx, "item", &snap)?;
            tx.execute("DELETE FROM items WHERE id = ?1", [id.0])?;
            compact_siblings(tx, item.meeting_id, item.parent_id)?;
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
            let trash = put_in_trash(tx, "meeting", &snap)?;
            tx.execute("DELETE FROM meetings WHERE id = ?1", [m])?;
            Ok(trash)
        })
    }

    /// The most recent delete that can still be undone.
    pub fn latest_trash(&self) -> Result<Option<TrashId>> {
        Ok(self.conn().query_row("SELECT max(id) FROM trash", [], |r| r.get::<_, Option<i64>>(0))?.map(TrashId))
    }

    /// Brings back what a delete took away, under the same ids.
    pub fn undo_delete(&mut self, trash: TrashId) -> Result<Restored> {
        self.write(|tx| {
            let (kind, payload): (String, String) = tx
                .query_row("SELECT kind, payload FROM trash WHERE id = ?1", [trash.0], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or_else(|| Error::invalid("there is nothing to undo"))?;
            let snap: Snapshot = serde_json::from_str(&payload)
                .map_err(|e| Error::invalid(format!("the undo record is damaged: {e}")))?;
            let first = snap.tables.first().and_then(|(_, rows)| rows.first()).cloned().unwrap_or_default();
            let field = |name: &str| first.iter().find(|(c, _)| c == name).and_then(|(_, v)| v.as_i64());
            let restored = if kind == "item" {
                let (Some(item), Some(meeting)) = (field("id"), field("meeting_id")) else {
                    return Err(Error::invalid("the undo record is damaged"));
                };
                let parent = field("parent_id").map(ItemId);
                let meeting = MeetingId(meeting);
                let meeting_exists = tx
                    .query_row("SELECT count(*) FROM meetings WHERE id = ?1", [meeting.0], |r| r.get::<_, i64>(0))?
                    > 0;
                if !meeting_exists {
                    return Err(Error::invalid("the item's meeting was deleted too; undo that first"));
                }
                if let Some(p) = parent {
                    load_item(tx, p)
                        .map_err(|_| Error::invalid("the item above it was deleted too; undo that first"))?;
                }
                // Make room among its old siblings at its old place.
                open_gap(tx, meeting, parent, field("position").unwrap_or(0))?;
                Restored::Item(meeting, ItemId(item))
            } else {
                Restored::Meeting(MeetingId(field("id").ok_or_else(|| Error::invalid("the undo record is damaged"))?))
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
