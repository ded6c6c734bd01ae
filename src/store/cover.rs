//! The cover note of an item as annoteer read it, and the adviser's corrections, which a later reading
//! never overwrites (the "by hand" marks). Reading happens when a paper is linked as oplegger
//! (`link_document`), so every way of linking one (by hand, a role changed, the mail import) reads it.

use super::{now, Store};
use crate::domain::{Coded, CoverChange, CoverField, CoverNote, CoverRead, DocRole, ItemId};
use crate::error::{Error, PaperRefusal, Result};
use rusqlite::{params, OptionalExtension};

struct Row {
    paper: String,
    version_label: String,
    reading: String,
    change: String,
    proposed: String,
    summary: String,
    purpose_by_hand: bool,
    decisions_by_hand: bool,
    summary_by_hand: bool,
}

fn load(conn: &rusqlite::Connection, item: ItemId) -> Result<Option<Row>> {
    Ok(conn
        .query_row(
            "SELECT paper, version_label, reading, change, proposed_decisions, summary, purpose_by_hand,
                    decisions_by_hand, summary_by_hand FROM cover_readings WHERE item_id = ?1",
            [item.0],
            |r| {
                Ok(Row {
                    paper: r.get(0)?,
                    version_label: r.get(1)?,
                    reading: r.get(2)?,
                    change: r.get(3)?,
                    proposed: r.get(4)?,
                    summary: r.get(5)?,
                    purpose_by_hand: r.get(6)?,
                    decisions_by_hand: r.get(7)?,
                    summary_by_hand: r.get(8)?,
                })
            },
        )
        .optional()?)
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

fn note_from(row: Row) -> CoverNote {
    CoverNote {
        read: serde_json::from_str(&row.reading).unwrap_or_default(),
        change: serde_json::from_str(&row.change).ok(),
        paper: row.paper,
        version_label: row.version_label,
        proposed_decisions: lines(&row.proposed),
        summary: row.summary,
        purpose_by_hand: row.purpose_by_hand,
        decisions_by_hand: row.decisions_by_hand,
        summary_by_hand: row.summary_by_hand,
    }
}

fn ensure_row(tx: &rusqlite::Connection, item: ItemId) -> Result<()> {
    tx.execute(
        "INSERT INTO cover_readings (item_id, read_at) VALUES (?1, 0) ON CONFLICT (item_id) DO NOTHING",
        [item.0],
    )?;
    Ok(())
}

/// The adviser set the cover note's purpose: no reading changes it from now on.
pub(crate) fn mark_purpose_by_hand(tx: &rusqlite::Connection, item: ItemId) -> Result<()> {
    ensure_row(tx, item)?;
    tx.execute("UPDATE cover_readings SET purpose_by_hand = 1 WHERE item_id = ?1", [item.0])?;
    Ok(())
}

/// What a newer reading changed against the one before it; empty when nothing did.
fn changes(before: &CoverRead, now: &CoverRead, from_version: String) -> CoverChange {
    CoverChange {
        from_version,
        purpose: (before.purpose != now.purpose).then_some((before.purpose, now.purpose)),
        added: now.decisions.iter().filter(|d| !before.decisions.contains(d)).cloned().collect(),
        removed: before.decisions.iter().filter(|d| !now.decisions.contains(d)).cloned().collect(),
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::invalid(e.to_string()))
}

fn has_content(r: &CoverRead) -> bool {
    r.unknown.as_ref().is_none_or(|u| u.text_was_read())
}

/// Stores a reading of `paper` for `item` and fills what the adviser has not edited by hand: the
/// purpose (the item's `cover_treatment`), the proposed decisions, the summary. A reading that could not
/// read the text (missing, a scan, damaged) changes none of them and only says why.
pub(crate) fn apply_reading(
    tx: &rusqlite::Connection,
    item: ItemId,
    paper: &str,
    version_label: &str,
    read: &CoverRead,
) -> Result<()> {
    let old = load(tx, item)?;
    let mut change = old.as_ref().map(|o| o.change.clone()).unwrap_or_default();
    if let Some(o) = old.as_ref().filter(|o| !o.paper.is_empty()) {
        let before: CoverRead = serde_json::from_str(&o.reading).unwrap_or_default();
        if has_content(&before) && has_content(read) {
            let from = if o.version_label.is_empty() {
                std::path::Path::new(&o.paper).file_name().and_then(|n| n.to_str()).unwrap_or(&o.paper).to_string()
            } else {
                o.version_label.clone()
            };
            let c = changes(&before, read, from);
            if !c.is_empty() {
                change = json(&c)?;
            }
        }
    }
    let (purpose_by_hand, decisions_by_hand, summary_by_hand) =
        old.as_ref().map_or((false, false, false), |o| (o.purpose_by_hand, o.decisions_by_hand, o.summary_by_hand));
    ensure_row(tx, item)?;
    tx.execute(
        "UPDATE cover_readings SET paper = ?2, version_label = ?3, reading = ?4, change = ?5, read_at = ?6
         WHERE item_id = ?1",
        params![item.0, paper, version_label, json(read)?, change, now()],
    )?;
    if !has_content(read) {
        return Ok(());
    }
    if !purpose_by_hand {
        let current: Option<String> =
            tx.query_row("SELECT cover_treatment FROM items WHERE id = ?1", [item.0], |r| r.get(0))?;
        let new = read.purpose.map(|t| t.code().to_string());
        if current != new {
            tx.execute(
                "UPDATE items SET cover_treatment = ?2, revision = revision + 1, updated_at = ?3 WHERE id = ?1",
                params![item.0, new, now()],
            )?;
        }
    }
    if !decisions_by_hand {
        tx.execute(
            "UPDATE cover_readings SET proposed_decisions = ?2 WHERE item_id = ?1",
            params![item.0, read.decisions.join("\n")],
        )?;
    }
    if !summary_by_hand {
        tx.execute("UPDATE cover_readings SET summary = ?2 WHERE item_id = ?1", params![item.0, read.summary])?;
    }
    Ok(())
}

impl Store {
    /// The item's cover note as read and corrected; none when no cover note was ever linked or typed.
    pub fn cover_note(&self, item: ItemId) -> Result<Option<CoverNote>> {
        Ok(load(self.conn(), item)?.map(note_from))
    }

    /// The proposed decisions or the summary as the adviser corrects them (one point per line), if they
    /// still hold `expected`: a second window is never overwritten silently. Marked as edited by hand.
    pub fn set_cover_text(&mut self, item: ItemId, field: CoverField, expected: &str, value: &str) -> Result<()> {
        self.write(|tx| {
            super::items::load_item(tx, item)?;
            let current = load(tx, item)?.map(note_from).unwrap_or_default();
            let now_text = match field {
                CoverField::ProposedDecisions => current.proposed_decisions.join("\n"),
                CoverField::Summary => current.summary.clone(),
            };
            if now_text != expected {
                return Err(Error::Conflict { what: "cover note" });
            }
            ensure_row(tx, item)?;
            let (column, mark, text) = match field {
                CoverField::ProposedDecisions => {
                    ("proposed_decisions", "decisions_by_hand", crate::text::points_from_text(value).join("\n"))
                }
                CoverField::Summary => ("summary", "summary_by_hand", crate::text::clean_text(value)),
            };
            tx.execute(
                &format!("UPDATE cover_readings SET {column} = ?2, {mark} = 1 WHERE item_id = ?1"),
                params![item.0, text],
            )?;
            tx.execute(
                "UPDATE items SET revision = revision + 1, updated_at = ?2 WHERE id = ?1",
                params![item.0, now()],
            )?;
            Ok(())
        })
    }

    /// Back to what the paper says: the by-hand marks are dropped and the last reading fills the values.
    pub fn cover_as_read(&mut self, item: ItemId) -> Result<()> {
        self.write(|tx| {
            super::items::load_item(tx, item)?;
            let Some(row) = load(tx, item)? else { return Err(Error::NotFound { what: "cover note", id: item.0 }) };
            tx.execute(
                "UPDATE cover_readings SET purpose_by_hand = 0, decisions_by_hand = 0, summary_by_hand = 0
                 WHERE item_id = ?1",
                [item.0],
            )?;
            let read: CoverRead = serde_json::from_str(&row.reading).unwrap_or_default();
            apply_reading(tx, item, &row.paper, &row.version_label, &read)
        })
    }

    /// Reads the item's cover note (its first paper linked as oplegger) again, as linking it does.
    pub fn reread_cover(&mut self, item: ItemId) -> Result<Option<CoverNote>> {
        let paper = self
            .item_documents(item)?
            .into_iter()
            .find(|d| d.role == DocRole::Oplegger)
            .ok_or_else(|| Error::from(PaperRefusal::NoCoverPaper))?;
        let path = std::path::Path::new(&paper.document.path);
        self.link_document(item, path, DocRole::Oplegger)?;
        self.cover_note(item)
    }
}
