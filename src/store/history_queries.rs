//! Reads for the history across meetings (src/history): links in both directions, meetings in a window.

use super::items::load_item;
use super::Store;
use crate::domain::{AgendaItem, BodyId, ItemId, Meeting, MeetingId};
use crate::error::Result;

impl Store {
    /// An item as stored, without its agenda number (cheaper than `item` when the caller numbers it).
    pub(crate) fn item_without_number(&self, id: ItemId) -> Result<AgendaItem> {
        load_item(self.conn(), id)
    }

    /// The items `item` is directly linked to as earlier ones, with the link's note.
    pub fn earlier_links(&self, item: ItemId) -> Result<Vec<(ItemId, String)>> {
        let mut stmt =
            self.conn().prepare("SELECT earlier_item_id, note FROM item_links WHERE item_id = ?1 ORDER BY rowid")?;
        let rows = stmt.query_map([item.0], |r| Ok((ItemId(r.get(0)?), r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The items that took `earlier` up again: those linked to it, with their meeting.
    pub fn later_links(&self, earlier: ItemId) -> Result<Vec<(ItemId, MeetingId)>> {
        let mut stmt = self.conn().prepare(
            "SELECT l.item_id, i.meeting_id FROM item_links l JOIN items i ON i.id = l.item_id
             WHERE l.earlier_item_id = ?1 ORDER BY l.item_id",
        )?;
        let rows = stmt.query_map([earlier.0], |r| Ok((ItemId(r.get(0)?), MeetingId(r.get(1)?))))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Meetings of these bodies dated from `from` to `to` (ISO dates, both included), oldest first.
    pub fn meetings_between(&self, bodies: &[BodyId], from: &str, to: &str) -> Result<Vec<Meeting>> {
        let mut out = Vec::new();
        for body in bodies {
            out.extend(
                self.meetings_of_body(*body)?.into_iter().filter(|m| m.date.as_str() >= from && m.date.as_str() <= to),
            );
        }
        out.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        Ok(out)
    }
}
