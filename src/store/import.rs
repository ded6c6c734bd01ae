//! Writing an agenda draft (what an import read): parts and items with their tree, in one transaction, all or nothing.

use super::bodies::body_id_for;
use super::items::{validated, write_numbering};
use super::meetings::validated as validated_meeting;
use super::{not_found, now, Store};
use crate::domain::{AgendaDraft, ItemDraft, ItemId, MeetingDraft, MeetingId, PartId};
use crate::error::{Error, ItemRefusal, Result};
use crate::text::clean_line;
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::HashMap;

impl Store {
    /// Adds the parsed parts and items to the end of an existing meeting's agenda. Returns the new items'
    /// ids in agenda order. Nothing is written when any item is refused.
    pub fn import_agenda(&mut self, meeting: MeetingId, parsed: &AgendaDraft) -> Result<Vec<ItemId>> {
        if parsed.items.is_empty() {
            return Err(no_items());
        }
        let drafts = checked_drafts(parsed)?;
        self.write(|tx| {
            tx.query_row("SELECT id FROM meetings WHERE id = ?1", [meeting.0], |r| r.get::<_, i64>(0))
                .map_err(not_found("meeting", meeting.0))?;
            write_agenda(tx, meeting, parsed, &drafts)
        })
    }

    /// Creates the meeting and its agenda together: when the agenda has no items, or anything is refused,
    /// no meeting is left behind.
    pub fn create_meeting_with_agenda(
        &mut self,
        draft: &MeetingDraft,
        parsed: &AgendaDraft,
    ) -> Result<(MeetingId, Vec<ItemId>)> {
        let d = validated_meeting(draft)?;
        if parsed.items.is_empty() {
            return Err(no_items());
        }
        let drafts = checked_drafts(parsed)?;
        self.write(|tx| {
            let body = body_id_for(tx, &d.body)?;
            tx.execute(
                "INSERT INTO meetings (body_id, date, time, place, title, classification, addressee, author, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![body.0, d.date, d.time, d.place, d.title, d.classification, d.addressee, d.author, now()],
            )?;
            let meeting = MeetingId(tx.last_insert_rowid());
            let ids = write_agenda(tx, meeting, parsed, &drafts)?;
            Ok((meeting, ids))
        })
    }
}

fn no_items() -> Error {
    ItemRefusal::NoItemsInText.into()
}

/// Every item's draft, checked before anything is written.
pub(super) fn checked_drafts(parsed: &AgendaDraft) -> Result<Vec<ItemDraft>> {
    parsed
        .items
        .iter()
        .map(|item| {
            validated(&item.draft).map_err(|e| match e {
                Error::Refused(r) => {
                    ItemRefusal::AtLine { number: item.number.clone(), line: item.line, refusal: Box::new(r) }.into()
                }
                other => other,
            })
        })
        .collect()
}

pub(super) fn write_agenda(
    tx: &Transaction,
    meeting: MeetingId,
    parsed: &AgendaDraft,
    drafts: &[ItemDraft],
) -> Result<Vec<ItemId>> {
    let first_part: i64 =
        tx.query_row("SELECT coalesce(max(position) + 1, 0) FROM parts WHERE meeting_id = ?1", [meeting.0], |r| {
            r.get(0)
        })?;
    let mut part_ids = Vec::with_capacity(parsed.parts.len());
    let mut added = 0i64;
    for title in parsed.parts.iter() {
        let title = clean_line(title);
        let title = if title.is_empty() { "(deel)".to_string() } else { title };
        // A part the meeting already has ("Deel 2: Besloten deel" in a late addition) is used, not repeated.
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM parts WHERE meeting_id = ?1 AND lower(title) = lower(?2) ORDER BY position LIMIT 1",
                params![meeting.0, title],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            part_ids.push(PartId(id));
            continue;
        }
        let i = added;
        added += 1;
        tx.execute(
            "INSERT INTO parts (meeting_id, position, title) VALUES (?1, ?2, ?3)",
            params![meeting.0, first_part + i, title],
        )?;
        part_ids.push(PartId(tx.last_insert_rowid()));
    }
    let had_items: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM items WHERE meeting_id = ?1)", [meeting.0], |r| r.get(0))?;
    if !had_items {
        // The agenda's own numbering, for a meeting that is all this agenda; items added to an agenda that
        // already has some are numbered in its style.
        write_numbering(tx, meeting, &parsed.numbering)?;
    }
    let top_start: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM items WHERE meeting_id = ?1 AND parent_id IS NULL",
        [meeting.0],
        |r| r.get(0),
    )?;
    let mut next_position: HashMap<Option<ItemId>, i64> = HashMap::new();
    next_position.insert(None, top_start);
    // The open items above the current one, by depth: a deeper item hangs under the nearest shallower one.
    let mut open: Vec<(usize, ItemId)> = Vec::new();
    let mut ids = Vec::with_capacity(drafts.len());
    let t = now();
    let mut insert = tx.prepare(
        "INSERT INTO items (meeting_id, parent_id, part_id, position, title, treatment, submitter, has_attachment,
                            origin_note, notes, annotation, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?;
    for (item, d) in parsed.items.iter().zip(drafts) {
        while open.last().is_some_and(|(depth, _)| *depth >= item.depth) {
            open.pop();
        }
        let parent = open.last().map(|(_, id)| *id);
        let slot = next_position.entry(parent).or_insert(0);
        let position = *slot;
        *slot += 1;
        let part = item.part.and_then(|p| part_ids.get(p).copied());
        insert.execute(params![
            meeting.0,
            parent.map(|p| p.0),
            part.map(|p| p.0),
            position,
            d.title,
            d.treatment.map(crate::domain::Coded::code),
            d.submitter,
            d.has_attachment,
            d.origin_note,
            d.notes,
            d.annotation,
            t
        ])?;
        let id = ItemId(tx.last_insert_rowid());
        open.push((item.depth, id));
        ids.push(id);
    }
    Ok(ids)
}
