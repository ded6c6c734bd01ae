use super::items::load_item;
use super::Store;
use crate::domain::{Coded, EarlierItem, ItemId, MeetingId, Stance};
use crate::error::{ItemRefusal, Result};
use crate::text::clean_line;
use rusqlite::params;

impl Store {
    /// Records that `item` continues the topic of `earlier`, an item of an earlier meeting.
    pub fn link_earlier(&mut self, item: ItemId, earlier: ItemId, note: &str) -> Result<()> {
        if item == earlier {
            return Err(ItemRefusal::LinkToItself.into());
        }
        self.write(|tx| {
            let a = load_item(tx, item)?;
            let b = load_item(tx, earlier)?;
            let date = |m: MeetingId| -> Result<String> {
                Ok(tx.query_row("SELECT date FROM meetings WHERE id = ?1", [m.0], |r| r.get(0))?)
            };
            if date(b.meeting_id)? > date(a.meeting_id)? {
                return Err(ItemRefusal::LinkToLater.into());
            }
            tx.execute(
                "INSERT INTO item_links (item_id, earlier_item_id, note) VALUES (?1, ?2, ?3)
                 ON CONFLICT(item_id, earlier_item_id) DO UPDATE SET note = excluded.note",
                params![item.0, earlier.0, clean_line(note)],
            )?;
            Ok(())
        })
    }

    pub fn unlink_earlier(&mut self, item: ItemId, earlier: ItemId) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM item_links WHERE item_id = ?1 AND earlier_item_id = ?2",
                params![item.0, earlier.0],
            )?;
            Ok(())
        })
    }

    /// The items this one was linked to, oldest meeting first, with what was advised and decided there.
    pub fn earlier_items(&self, item: ItemId) -> Result<Vec<EarlierItem>> {
        let mut stmt = self.conn().prepare(
            "SELECT e.id, e.meeting_id, b.name, m.date, e.title, e.advice_stance, e.advice_text, l.note
             FROM item_links l JOIN items e ON e.id = l.earlier_item_id
             JOIN meetings m ON m.id = e.meeting_id JOIN bodies b ON b.id = m.body_id
             WHERE l.item_id = ?1 ORDER BY m.date, e.id",
        )?;
        let rows = stmt.query_map([item.0], |r| {
            Ok(EarlierItem {
                item_id: ItemId(r.get(0)?),
                meeting_id: MeetingId(r.get(1)?),
                body: r.get(2)?,
                date: r.get(3)?,
                number: String::new(),
                title: r.get(4)?,
                advice_stance: r.get::<_, Option<String>>(5)?.and_then(|c| Stance::from_code(&c)),
                advice_text: r.get(6)?,
                decisions: Vec::new(),
                note: r.get(7)?,
            })
        })?;
        let mut out: Vec<EarlierItem> = rows.collect::<rusqlite::Result<_>>()?;
        for e in &mut out {
            e.number = self.item(e.item_id)?.number;
            e.decisions = self.item_decisions(e.item_id)?.into_iter().map(|d| d.text).collect();
        }
        Ok(out)
    }
}
