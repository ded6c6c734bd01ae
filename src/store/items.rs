use super::{not_found, now, Store};
use crate::domain::{AgendaItem, Coded, ItemDraft, ItemField, ItemId, MeetingId, PartId, Stance, Treatment};
use crate::error::{CodeKind, Error, ItemRefusal, Refusal, Result};
use crate::numbering::{part_label, NumberStyle};
use crate::text::{clean_line, clean_text};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::HashMap;

/// Where a new item goes on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Last among the children of `parent` (the top level when `None`).
    End { parent: Option<ItemId> },
    /// Right after this item, at its level.
    After(ItemId),
}

pub(crate) const ITEM_COLUMNS: &str = "id, meeting_id, parent_id, part_id, position, title, treatment, submitter, \
     has_attachment, origin_note, cover_treatment, annotation, advice_stance, advice_text, talking_points, notes, revision";

pub(crate) fn item_from_row(r: &rusqlite::Row) -> rusqlite::Result<AgendaItem> {
    let points: String = r.get(14)?;
    Ok(AgendaItem {
        id: ItemId(r.get(0)?),
        meeting_id: MeetingId(r.get(1)?),
        parent_id: r.get::<_, Option<i64>>(2)?.map(ItemId),
        part_id: r.get::<_, Option<i64>>(3)?.map(PartId),
        position: r.get(4)?,
        number: String::new(),
        depth: 0,
        title: r.get(5)?,
        treatment: r.get::<_, Option<String>>(6)?.and_then(|c| Treatment::from_code(&c)),
        submitter: r.get(7)?,
        has_attachment: r.get(8)?,
        origin_note: r.get(9)?,
        cover_treatment: r.get::<_, Option<String>>(10)?.and_then(|c| Treatment::from_code(&c)),
        annotation: r.get(11)?,
        advice_stance: r.get::<_, Option<String>>(12)?.and_then(|c| Stance::from_code(&c)),
        advice_text: r.get(13)?,
        talking_points: points.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect(),
        notes: r.get(15)?,
        revision: r.get(16)?,
    })
}

/// Puts items in agenda order (depth first) and gives each its number in the meeting's style: 1, 2, 2.1 …
/// or the agenda's own 2, 2a, 2a.1. `part_titles` names the parts, for a style that prefixes their numeral.
pub(crate) fn numbered(
    items: Vec<AgendaItem>,
    style: &NumberStyle,
    part_titles: &HashMap<PartId, String>,
) -> Vec<AgendaItem> {
    let mut children: HashMap<Option<ItemId>, Vec<AgendaItem>> = HashMap::new();
    for item in items {
        children.entry(item.parent_id).or_default().push(item);
    }
    for list in children.values_mut() {
        list.sort_by_key(|i| (i.position, i.id));
    }
    let mut out = Vec::new();
    // An explicit stack rather than recursion: a deep agenda cannot overflow it.
    let mut stack: Vec<(Vec<AgendaItem>, usize)> = Vec::new();
    let top = children.remove(&None).unwrap_or_default();
    stack.push((top.into_iter().rev().collect(), 0));
    let mut counts: Vec<usize> = vec![0];
    let mut top_part: Option<Option<PartId>> = None;
    while let Some((pending, depth)) = stack.last_mut() {
        let Some(mut item) = pending.pop() else {
            stack.pop();
            counts.pop();
            continue;
        };
        let depth = *depth;
        if depth == 0 && style.restart_per_part && top_part.is_some_and(|p| p != item.part_id) {
            counts[0] = 0;
        }
        if depth == 0 {
            top_part = Some(item.part_id);
        }
        *counts.last_mut().expect("one count per level") += 1;
        let label = item.part_id.and_then(|p| part_titles.get(&p)).and_then(|t| part_label(t));
        item.number = style.format(&counts, label);
        item.depth = depth;
        let kids = children.remove(&Some(item.id)).unwrap_or_default();
        out.push(item);
        if !kids.is_empty() {
            stack.push((kids.into_iter().rev().collect(), depth + 1));
            counts.push(0);
        }
    }
    out
}

/// `validated`, and a title no longer than `MAX_TITLE_CHARS`: for what a user types. (An imported title
/// that was longer is cut by the parser, which says so, and keeps a "…" past the limit.)
fn validated_typed(draft: &ItemDraft) -> Result<ItemDraft> {
    let d = validated(draft)?;
    if d.title.chars().count() > crate::domain::MAX_TITLE_CHARS {
        return Err(Error::refused(Refusal::TitleTooLong { max: crate::domain::MAX_TITLE_CHARS }));
    }
    Ok(d)
}

pub(crate) fn validated(draft: &ItemDraft) -> Result<ItemDraft> {
    let title = clean_line(&draft.title);
    if title.is_empty() {
        return Err(Error::refused(Refusal::TitleNeeded));
    }
    Ok(ItemDraft {
        title,
        treatment: draft.treatment,
        submitter: clean_line(&draft.submitter),
        has_attachment: draft.has_attachment,
        origin_note: clean_line(&draft.origin_note),
        cover_treatment: draft.cover_treatment,
        annotation: clean_text(&draft.annotation),
        advice_stance: draft.advice_stance,
        advice_text: clean_text(&draft.advice_text),
        talking_points: draft.talking_points.iter().map(|p| clean_line(p)).filter(|p| !p.is_empty()).collect(),
        notes: clean_text(&draft.notes),
    })
}

/// A field's value as the text stored and compared for it: codes for choices, "1"/"0" for the flag,
/// one talking point per line.
pub fn field_text(item: &AgendaItem, field: ItemField) -> String {
    match field {
        ItemField::Title => item.title.clone(),
        ItemField::Treatment => item.treatment.map(|t| t.code().to_string()).unwrap_or_default(),
        ItemField::Submitter => item.submitter.clone(),
        ItemField::HasAttachment => if item.has_attachment { "1" } else { "0" }.to_string(),
        ItemField::OriginNote => item.origin_note.clone(),
        ItemField::CoverTreatment => item.cover_treatment.map(|t| t.code().to_string()).unwrap_or_default(),
        ItemField::Annotation => item.annotation.clone(),
        ItemField::AdviceStance => item.advice_stance.map(|s| s.code().to_string()).unwrap_or_default(),
        ItemField::AdviceText => item.advice_text.clone(),
        ItemField::TalkingPoints => item.talking_points.join("\n"),
        ItemField::Notes => item.notes.clone(),
    }
}

/// Applies a field's text form to a draft, checking codes.
fn apply_field(draft: &mut ItemDraft, field: ItemField, value: &str) -> Result<()> {
    fn code<T: Coded>(value: &str, what: CodeKind) -> Result<Option<T>> {
        if value.trim().is_empty() {
            return Ok(None);
        }
        T::from_code(value.trim())
            .map(Some)
            .ok_or_else(|| Error::from(ItemRefusal::UnknownCode { typed: value.trim().to_string(), what }))
    }
    match field {
        ItemField::Title => draft.title = value.to_string(),
        ItemField::Treatment => draft.treatment = code(value, CodeKind::Treatment)?,
        ItemField::Submitter => draft.submitter = value.to_string(),
        ItemField::HasAttachment => draft.has_attachment = matches!(value.trim(), "1" | "true" | "ja" | "yes"),
        ItemField::OriginNote => draft.origin_note = value.to_string(),
        ItemField::CoverTreatment => draft.cover_treatment = code(value, CodeKind::Treatment)?,
        ItemField::Annotation => draft.annotation = value.to_string(),
        ItemField::AdviceStance => draft.advice_stance = code(value, CodeKind::AdviceStance)?,
        ItemField::AdviceText => draft.advice_text = value.to_string(),
        ItemField::TalkingPoints => draft.talking_points = crate::text::points_from_text(value),
        ItemField::Notes => draft.notes = value.to_string(),
    }
    Ok(())
}

pub(crate) fn load_item(tx: &rusqlite::Connection, id: ItemId) -> Result<AgendaItem> {
    tx.query_row(&format!("SELECT {ITEM_COLUMNS} FROM items WHERE id = ?1"), [id.0], item_from_row)
        .map_err(not_found("agenda item", id.0))
}

fn write_draft(tx: &Transaction, id: ItemId, d: &ItemDraft) -> Result<()> {
    tx.execute(
        "UPDATE items SET title = ?2, treatment = ?3, submitter = ?4, has_attachment = ?5, origin_note = ?6,
                cover_treatment = ?7, annotation = ?8, advice_stance = ?9, advice_text = ?10, talking_points = ?11,
                notes = ?12, revision = revision + 1, updated_at = ?13
         WHERE id = ?1",
        params![
            id.0,
            d.title,
            d.treatment.map(|t| t.code()),
            d.submitter,
            d.has_attachment,
            d.origin_note,
            d.cover_treatment.map(|t| t.code()),
            d.annotation,
            d.advice_stance.map(|s| s.code()),
            d.advice_text,
            d.talking_points.join("\n"),
            d.notes,
            now()
        ],
    )?;
    Ok(())
}

pub(crate) fn write_numbering(tx: &Transaction, meeting: MeetingId, style: &NumberStyle) -> Result<()> {
    if style.is_default() {
        tx.execute("DELETE FROM numbering WHERE meeting_id = ?1", [meeting.0])?;
    } else {
        tx.execute(
            "INSERT INTO numbering (meeting_id, style) VALUES (?1, ?2)
             ON CONFLICT (meeting_id) DO UPDATE SET style = excluded.style",
            params![meeting.0, style.to_code()],
        )?;
    }
    Ok(())
}

/// Closes the gaps in the positions of one set of siblings.
pub(crate) fn compact_siblings(tx: &Transaction, meeting: MeetingId, parent: Option<ItemId>) -> Result<()> {
    let ids: Vec<i64> = {
        let mut stmt =
            tx.prepare("SELECT id FROM items WHERE meeting_id = ?1 AND parent_id IS ?2 ORDER BY position, id")?;
        let rows = stmt.query_map(params![meeting.0, parent.map(|p| p.0)], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (pos, id) in ids.iter().enumerate() {
        tx.execute("UPDATE items SET position = ?2 WHERE id = ?1 AND position <> ?2", params![id, pos as i64])?;
    }
    Ok(())
}

/// Makes room at `position` among the children of `parent`.
pub(crate) fn open_gap(tx: &Transaction, meeting: MeetingId, parent: Option<ItemId>, position: i64) -> Result<()> {
    tx.execute(
        "UPDATE items SET position = position + 1 WHERE meeting_id = ?1 AND parent_id IS ?2 AND position >= ?3",
        params![meeting.0, parent.map(|p| p.0), position],
    )?;
    Ok(())
}

impl Store {
    /// The agenda of a meeting in order, numbered.
    pub fn agenda(&self, meeting: MeetingId) -> Result<Vec<AgendaItem>> {
        let mut stmt = self.conn().prepare(&format!("SELECT {ITEM_COLUMNS} FROM items WHERE meeting_id = ?1"))?;
        let rows = stmt.query_map([meeting.0], item_from_row)?;
        let items = rows.collect::<rusqlite::Result<_>>()?;
        let style = self.numbering(meeting)?;
        let part_titles = if style.part_prefix {
            self.parts(meeting)?.into_iter().map(|p| (p.id, p.title)).collect()
        } else {
            HashMap::new()
        };
        Ok(numbered(items, &style, &part_titles))
    }

    /// How the meeting numbers its items: the agenda's own style when it was imported, else 1, 1.1.
    pub fn numbering(&self, meeting: MeetingId) -> Result<NumberStyle> {
        let code: Option<String> = self
            .conn()
            .query_row("SELECT style FROM numbering WHERE meeting_id = ?1", [meeting.0], |r| r.get(0))
            .optional()?;
        Ok(code.map(|c| NumberStyle::from_code(&c)).unwrap_or_default())
    }

    /// Numbers the meeting's items in `style` from now on (the default removes the meeting's own).
    pub fn set_numbering(&mut self, meeting: MeetingId, style: &NumberStyle) -> Result<()> {
        self.write(|tx| {
            tx.query_row("SELECT id FROM meetings WHERE id = ?1", [meeting.0], |r| r.get::<_, i64>(0))
                .map_err(not_found("meeting", meeting.0))?;
            write_numbering(tx, meeting, style)
        })
    }

    /// One item, with its number on the agenda.
    pub fn item(&self, id: ItemId) -> Result<AgendaItem> {
        let item = load_item(self.conn(), id)?;
        Ok(self.agenda(item.meeting_id)?.into_iter().find(|i| i.id == id).unwrap_or(item))
    }

    pub fn add_item(
        &mut self,
        meeting: MeetingId,
        placement: Placement,
        part: Option<PartId>,
        draft: &ItemDraft,
    ) -> Result<ItemId> {
        let d = validated_typed(draft)?;
        self.write(|tx| {
            tx.query_row("SELECT id FROM meetings WHERE id = ?1", [meeting.0], |r| r.get::<_, i64>(0))
                .map_err(not_found("meeting", meeting.0))?;
            let (parent, position) = match placement {
                Placement::End { parent } => {
                    if let Some(p) = parent {
                        let owner = load_item(tx, p)?.meeting_id;
                        if owner != meeting {
                            return Err(ItemRefusal::SubItemElsewhere.into());
                        }
                    }
                    let pos: i64 = tx.query_row(
                        "SELECT coalesce(max(position) + 1, 0) FROM items WHERE meeting_id = ?1 AND parent_id IS ?2",
                        params![meeting.0, parent.map(|p| p.0)],
                        |r| r.get(0),
                    )?;
                    (parent, pos)
                }
                Placement::After(sibling) => {
                    let s = load_item(tx, sibling)?;
                    if s.meeting_id != meeting {
                        return Err(ItemRefusal::ItemElsewhere.into());
                    }
                    open_gap(tx, meeting, s.parent_id, s.position + 1)?;
                    (s.parent_id, s.position + 1)
                }
            };
            if let Some(p) = part {
                let owner: i64 = tx
                    .query_row("SELECT meeting_id FROM parts WHERE id = ?1", [p.0], |r| r.get(0))
                    .map_err(not_found("part", p.0))?;
                if owner != meeting.0 {
                    return Err(ItemRefusal::PartElsewhere.into());
                }
            }
            let t = now();
            tx.execute(
                "INSERT INTO items (meeting_id, parent_id, part_id, position, title, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![meeting.0, parent.map(|p| p.0), part.map(|p| p.0), position, d.title, t],
            )?;
            let id = ItemId(tx.last_insert_rowid());
            write_draft(tx, id, &d)?;
            if d.cover_treatment.is_some() {
                super::cover::mark_purpose_by_hand(tx, id)?;
            }
            tx.execute("UPDATE items SET revision = 0 WHERE id = ?1", [id.0])?;
            Ok(id)
        })
    }

    /// Replaces every editable field; refused when the item changed since `expected_revision`.
    pub fn update_item(&mut self, id: ItemId, draft: &ItemDraft, expected_revision: i64) -> Result<i64> {
        let d = validated(draft)?;
        self.write(|tx| {
            let current = load_item(tx, id)?;
            if current.revision != expected_revision {
                return Err(Error::Conflict { what: "agenda item" });
            }
            if d.cover_treatment != current.cover_treatment {
                super::cover::mark_purpose_by_hand(tx, id)?;
            }
            write_draft(tx, id, &d)?;
            Ok(current.revision + 1)
        })
    }

    /// Sets one field, if it still holds `expected` (its text form, see `field_text`): a second window that
    /// changed the same field meanwhile is never overwritten silently. Returns the new revision.
    pub fn set_item_field(&mut self, id: ItemId, field: ItemField, expected: &str, value: &str) -> Result<i64> {
        self.write(|tx| {
            let current = load_item(tx, id)?;
            if field_text(&current, field) != expected {
                return Err(Error::Conflict { what: "agenda item" });
            }
            let mut draft = ItemDraft::from(&current);
            apply_field(&mut draft, field, value)?;
            let d = if field == ItemField::Title { validated_typed(&draft)? } else { validated(&draft)? };
            if d.cover_treatment != current.cover_treatment {
                super::cover::mark_purpose_by_hand(tx, id)?;
            }
            write_draft(tx, id, &d)?;
            Ok(current.revision + 1)
        })
    }

    pub fn set_item_part(&mut self, id: ItemId, part: Option<PartId>) -> Result<()> {
        self.write(|tx| {
            let item = load_item(tx, id)?;
            if let Some(p) = part {
                let owner: i64 = tx
                    .query_row("SELECT meeting_id FROM parts WHERE id = ?1", [p.0], |r| r.get(0))
                    .map_err(not_found("part", p.0))?;
                if owner != item.meeting_id.0 {
                    return Err(ItemRefusal::PartElsewhere.into());
                }
            }
            tx.execute(
                "UPDATE items SET part_id = ?2, revision = revision + 1, updated_at = ?3 WHERE id = ?1",
                params![id.0, part.map(|p| p.0), now()],
            )?;
            Ok(())
        })
    }

    /// Moves an item one place up (`-1`) or down (`+1`) among its siblings; false when it is already at the end.
    pub fn move_item(&mut self, id: ItemId, delta: i64) -> Result<bool> {
        self.write(|tx| {
            let item = load_item(tx, id)?;
            compact_siblings(tx, item.meeting_id, item.parent_id)?;
            let item = load_item(tx, id)?;
            let target = item.position + delta.signum();
            let other: Option<(i64, Option<i64>)> = tx
                .query_row(
                    "SELECT id, part_id FROM items WHERE meeting_id = ?1 AND parent_id IS ?2 AND position = ?3",
                    params![item.meeting_id.0, item.parent_id.map(|p| p.0), target],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((other, other_part)) = other else { return Ok(false) };
            if item.parent_id.is_none() && other_part != item.part_id.map(|p| p.0) {
                // The next item is in another part: the first step crosses the part heading, not the item,
                // so the item (with its sub-items) joins that part at its edge.
                tx.execute(
                    "WITH RECURSIVE tree(id) AS (SELECT ?1 UNION ALL SELECT i.id FROM items i JOIN tree ON i.parent_id = tree.id)
                     UPDATE items SET part_id = ?2, revision = revision + 1 WHERE id IN (SELECT id FROM tree)",
                    params![id.0, other_part],
                )?;
                return Ok(true);
            }
            tx.execute("UPDATE items SET position = ?2 WHERE id = ?1", params![other, item.position])?;
            tx.execute("UPDATE items SET position = ?2 WHERE id = ?1", params![id.0, target])?;
            Ok(true)
        })
    }

    /// Makes an item the last sub-item of the item above it; false when there is none.
    pub fn indent_item(&mut self, id: ItemId) -> Result<bool> {
        self.write(|tx| {
            let item = load_item(tx, id)?;
            let above: Option<(i64, Option<i64>)> = tx
                .query_row(
                    "SELECT id, part_id FROM items WHERE meeting_id = ?1 AND parent_id IS ?2
                       AND (position < ?3 OR (position = ?3 AND id < ?4))
                     ORDER BY position DESC, id DESC LIMIT 1",
                    params![item.meeting_id.0, item.parent_id.map(|p| p.0), item.position, id.0],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((above, above_part)) = above else { return Ok(false) };
            let pos: i64 =
                tx.query_row("SELECT coalesce(max(position) + 1, 0) FROM items WHERE parent_id = ?1", [above], |r| {
                    r.get(0)
                })?;
            tx.execute(
                "UPDATE items SET parent_id = ?2, position = ?3, part_id = ?4, revision = revision + 1 WHERE id = ?1",
                params![id.0, above, pos, above_part],
            )?;
            compact_siblings(tx, item.meeting_id, item.parent_id)?;
            Ok(true)
        })
    }

    /// Makes a sub-item an item of its parent's level, right after the parent; false at the top level.
    pub fn outdent_item(&mut self, id: ItemId) -> Result<bool> {
        self.write(|tx| {
            let item = load_item(tx, id)?;
            let Some(parent_id) = item.parent_id else { return Ok(false) };
            let parent = load_item(tx, parent_id)?;
            open_gap(tx, item.meeting_id, parent.parent_id, parent.position + 1)?;
            tx.execute(
                "UPDATE items SET parent_id = ?2, position = ?3, revision = revision + 1 WHERE id = ?1",
                params![id.0, parent.parent_id.map(|p| p.0), parent.position + 1],
            )?;
            compact_siblings(tx, item.meeting_id, Some(parent_id))?;
            Ok(true)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MeetingDraft;

    fn setup() -> (Store, MeetingId) {
        let mut s = Store::open_in_memory().unwrap();
        let m = s
            .create_meeting(&MeetingDraft { body: "KLO".into(), date: "2022-03-08".into(), ..Default::default() })
            .unwrap();
        (s, m)
    }

    fn add(s: &mut Store, m: MeetingId, title: &str) -> ItemId {
        s.add_item(m, Placement::End { parent: None }, None, &ItemDraft { title: title.into(), ..Default::default() })
            .unwrap()
    }

    fn numbers(s: &Store, m: MeetingId) -> Vec<(String, String)> {
        s.agenda(m).unwrap().into_iter().map(|i| (i.number, i.title)).collect()
    }

    #[test]
    fn numbering_follows_the_tree() {
        let (mut s, m) = setup();
        let a = add(&mut s, m, "A");
        let b = add(&mut s, m, "B");
        let c = add(&mut s, m, "C");
        assert!(s.indent_item(b).unwrap());
        assert!(s.indent_item(c).unwrap());
        assert_eq!(
            numbers(&s, m),
            vec![("1".into(), "A".into()), ("1.1".into(), "B".into()), ("1.2".into(), "C".into())]
        );
        assert!(s.outdent_item(b).unwrap());
        assert_eq!(numbers(&s, m)[1], ("1.1".to_string(), "C".to_string()));
        assert_eq!(numbers(&s, m)[2], ("2".to_string(), "B".to_string()));
        assert!(!s.indent_item(a).unwrap(), "the first item has nothing above it");
        assert!(!s.outdent_item(a).unwrap());
    }

    #[test]
    fn moving_swaps_with_neighbours_only() {
        let (mut s, m) = setup();
        let a = add(&mut s, m, "A");
        add(&mut s, m, "B");
        assert!(!s.move_item(a, -1).unwrap());
        assert!(s.move_item(a, 1).unwrap());
        assert_eq!(numbers(&s, m), vec![("1".into(), "B".into()), ("2".into(), "A".into())]);
        assert!(!s.move_item(a, 1).unwrap());
    }

    #[test]
    fn moving_past_a_part_heading_joins_that_part_first() {
        let (mut s, m) = setup();
        let p1 = s.add_part(m, "Deel 1").unwrap();
        let p2 = s.add_part(m, "Deel 2").unwrap();
        let a = add(&mut s, m, "A");
        let b = add(&mut s, m, "B");
        let sub = s
            .add_item(
                m,
                Placement::End { parent: Some(a) },
                None,
                &ItemDraft { title: "A1".into(), ..Default::default() },
            )
            .unwrap();
        s.set_item_part(a, Some(p1)).unwrap();
        s.set_item_part(b, Some(p2)).unwrap();
        assert!(s.move_item(a, 1).unwrap());
        let a_now = s.item(a).unwrap();
        assert_eq!(a_now.part_id, Some(p2), "A crossed the heading into Deel 2");
        assert_eq!(s.item(sub).unwrap().part_id, Some(p2), "with its sub-item");
        assert_eq!(numbers(&s, m)[0], ("1".to_string(), "A".to_string()), "still before B, now first of Deel 2");
        assert!(s.move_item(a, 1).unwrap());
        assert_eq!(numbers(&s, m)[0], ("1".to_string(), "B".to_string()), "then it passes B within Deel 2");
        assert!(s.move_item(a, -1).unwrap());
        assert_eq!(numbers(&s, m)[0], ("1".to_string(), "A".to_string()));
        assert!(!s.move_item(a, -1).unwrap(), "nothing above the first item");
        assert_eq!(s.item(a).unwrap().part_id, Some(p2));
    }

    #[test]
    fn add_after_inserts_in_place() {
        let (mut s, m) = setup();
        let a = add(&mut s, m, "A");
        add(&mut s, m, "C");
        s.add_item(m, Placement::After(a), None, &ItemDraft { title: "B".into(), ..Default::default() }).unwrap();
        let titles: Vec<String> = s.agenda(m).unwrap().into_iter().map(|i| i.title).collect();
        assert_eq!(titles, ["A", "B", "C"]);
    }

    #[test]
    fn empty_title_is_refused_and_nothing_written() {
        let (mut s, m) = setup();
        let err = s
            .add_item(
                m,
                Placement::End { parent: None },
                None,
                &ItemDraft { title: " \t ".into(), ..Default::default() },
            )
            .unwrap_err();
        assert!(err.to_string().contains("title"));
        assert!(s.agenda(m).unwrap().is_empty());
    }

    #[test]
    fn field_edit_detects_a_concurrent_change() {
        let (mut s, m) = setup();
        let a = add(&mut s, m, "A");
        s.set_item_field(a, ItemField::Annotation, "", "first").unwrap();
        let err = s.set_item_field(a, ItemField::Annotation, "", "second").unwrap_err();
        assert!(matches!(err, Error::Conflict { .. }));
        assert_eq!(s.item(a).unwrap().annotation, "first");
        s.set_item_field(a, ItemField::AdviceStance, "", "akkoord").unwrap();
        assert_eq!(s.item(a).unwrap().advice_stance, Some(Stance::Akkoord));
        assert!(s.set_item_field(a, ItemField::Treatment, "", "ter_iets").is_err());
    }

    #[test]
    fn stale_revision_is_refused() {
        let (mut s, m) = setup();
        let a = add(&mut s, m, "A");
        let item = s.item(a).unwrap();
        let mut d = ItemDraft::from(&item);
        d.annotation = "one".into();
        let rev = s.update_item(a, &d, item.revision).unwrap();
        assert!(matches!(s.update_item(a, &d, item.revision), Err(Error::Conflict { .. })));
        assert!(s.update_item(a, &d, rev).is_ok());
    }
}
