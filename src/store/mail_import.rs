//! Writing what one mail brought: the meeting (new or existing), its new items and the saved papers with
//! where they came from, in one transaction, all or nothing.

use super::bodies::body_id_for;
use super::documents::{forget_if_unlinked, link_to_item, link_to_meeting, set_source, upsert_document};
use super::import::{checked_drafts, write_agenda};
use super::meetings::validated as validated_meeting;
use super::{not_found, now, Store};
use crate::domain::{AgendaDraft, Coded, DocRole, DocSource, DocumentId, ItemId, MeetingDraft, MeetingId};
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Transaction};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum MailMeeting {
    New(MeetingDraft),
    Existing(MeetingId),
}

/// Where a saved paper is linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperPlace {
    Item(ItemId),
    /// The n-th item of the agenda being added.
    NewItem(usize),
    /// The meeting as a whole: not placed with an item.
    Meeting,
}

#[derive(Debug, Clone)]
pub struct PaperLink {
    pub path: PathBuf,
    pub place: PaperPlace,
    pub role: DocRole,
    /// An older version already linked in this meeting: the new one takes its place, role and position.
    pub replaces: Option<DocumentId>,
}

#[derive(Debug, Clone)]
pub struct MailImport {
    pub meeting: MailMeeting,
    /// The items to add (none when a later mail brings only papers).
    pub agenda: AgendaDraft,
    pub papers: Vec<PaperLink>,
    /// Papers already with the meeting as a whole that now have their item (sent again with an addition to
    /// the agenda): moved there in the same transaction, with this role.
    pub moves: Vec<(DocumentId, PaperPlace, DocRole)>,
    pub source: DocSource,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailImported {
    pub meeting: MeetingId,
    pub items: Vec<ItemId>,
    /// The document of each paper, in the order given.
    pub documents: Vec<DocumentId>,
}

impl Store {
    pub fn import_mail(&mut self, import: &MailImport) -> Result<MailImported> {
        let new_meeting = match &import.meeting {
            MailMeeting::New(d) => Some(validated_meeting(d)?),
            MailMeeting::Existing(_) => None,
        };
        if new_meeting.is_some() && import.agenda.items.is_empty() {
            return Err(Error::invalid("a new meeting needs agenda items; nothing was written"));
        }
        let drafts = checked_drafts(&import.agenda)?;
        for p in &import.papers {
            if p.path.to_str().is_none() {
                return Err(Error::invalid(format!(
                    "{} is not valid UTF-8 text; nothing was written",
                    p.path.display()
                )));
            }
        }
        let places = import.papers.iter().map(|p| p.place).chain(import.moves.iter().map(|m| m.1));
        for place in places {
            if let PaperPlace::NewItem(i) = place {
                if i >= import.agenda.items.len() {
                    return Err(Error::invalid(
                        "a paper points to an item that is not on the agenda; nothing was written",
                    ));
                }
            }
        }
        self.write(|tx| {
            let meeting = match (&import.meeting, &new_meeting) {
                (MailMeeting::New(_), Some(d)) => {
                    let body = body_id_for(tx, &d.body)?;
                    tx.execute(
                        "INSERT INTO meetings (body_id, date, time, place, title, classification, addressee, author,
                                               created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                        params![
                            body.0,
                            d.date,
                            d.time,
                            d.place,
                            d.title,
                            d.classification,
                            d.addressee,
                            d.author,
                            now()
                        ],
                    )?;
                    MeetingId(tx.last_insert_rowid())
                }
                (MailMeeting::Existing(id), _) => {
                    tx.query_row("SELECT id FROM meetings WHERE id = ?1", [id.0], |r| r.get::<_, i64>(0))
                        .map_err(not_found("meeting", id.0))?;
                    *id
                }
                (MailMeeting::New(_), None) => unreachable!("validated above"),
            };
            let items = if import.agenda.items.is_empty() {
                Vec::new()
            } else {
                write_agenda(tx, meeting, &import.agenda, &drafts)?
            };
            let mut documents = Vec::with_capacity(import.papers.len());
            for p in &import.papers {
                let text = p.path.to_str().unwrap_or_default();
                let doc = upsert_document(tx, text)?;
                set_source(tx, doc, &import.source)?;
                let replaced = match p.replaces {
                    Some(old) if old.0 != doc => take_place(tx, meeting, old, doc)?,
                    _ => false,
                };
                if !replaced {
                    match p.place {
                        PaperPlace::Item(item) => {
                            ensure_item_of(tx, item, meeting)?;
                            link_to_item(tx, item, doc, p.role)?;
                        }
                        PaperPlace::NewItem(i) => link_to_item(tx, items[i], doc, p.role)?,
                        PaperPlace::Meeting => link_to_meeting(tx, meeting, doc, p.role)?,
                    }
                }
                documents.push(DocumentId(doc));
            }
            for (doc, place, role) in &import.moves {
                let item = match *place {
                    PaperPlace::Item(item) => item,
                    PaperPlace::NewItem(i) => items[i],
                    PaperPlace::Meeting => continue,
                };
                ensure_item_of(tx, item, meeting)?;
                let n = tx.execute(
                    "DELETE FROM meeting_documents WHERE meeting_id = ?1 AND document_id = ?2",
                    params![meeting.0, doc.0],
                )?;
                if n == 0 {
                    return Err(Error::NotFound { what: "document link", id: doc.0 });
                }
                link_to_item(tx, item, doc.0, *role)?;
            }
            tx.execute("UPDATE meetings SET updated_at = ?2 WHERE id = ?1", params![meeting.0, now()])?;
            Ok(MailImported { meeting, items, documents })
        })
    }
}

fn ensure_item_of(tx: &Transaction, item: ItemId, meeting: MeetingId) -> Result<()> {
    let owner = super::items::load_item(tx, item)?.meeting_id;
    if owner != meeting {
        return Err(Error::invalid(format!("item {} is not on meeting {}; nothing was written", item.0, meeting.0)));
    }
    Ok(())
}

/// The new version takes each place of the old one in this meeting (item links and meeting links), with
/// its role and position. False when the old one is not linked in this meeting (then nothing changes).
fn take_place(tx: &Transaction, meeting: MeetingId, old: DocumentId, new: i64) -> Result<bool> {
    let on_items: Vec<(i64, String, i64)> = {
        let mut stmt = tx.prepare(
            "SELECT l.item_id, l.role, l.position FROM item_documents l JOIN items i ON i.id = l.item_id
             WHERE l.document_id = ?1 AND i.meeting_id = ?2",
        )?;
        let rows = stmt.query_map(params![old.0, meeting.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let on_meeting: Option<(String, i64)> = tx
        .query_row(
            "SELECT role, position FROM meeting_documents WHERE document_id = ?1 AND meeting_id = ?2",
            params![old.0, meeting.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    for (item, role, position) in &on_items {
        tx.execute("DELETE FROM item_documents WHERE item_id = ?1 AND document_id = ?2", params![item, old.0])?;
        tx.execute(
            "INSERT INTO item_documents (item_id, document_id, role, position) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(item_id, document_id) DO NOTHING",
            params![item, new, role, position],
        )?;
    }
    if let Some((role, position)) = &on_meeting {
        tx.execute(
            "DELETE FROM meeting_documents WHERE meeting_id = ?1 AND document_id = ?2",
            params![meeting.0, old.0],
        )?;
        let role = DocRole::from_code(role).unwrap_or(DocRole::Bijlage);
        tx.execute(
            "INSERT INTO meeting_documents (meeting_id, document_id, role, position) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(meeting_id, document_id) DO NOTHING",
            params![meeting.0, new, role.code(), position],
        )?;
    }
    forget_if_unlinked(tx, old.0)?;
    Ok(!on_items.is_empty() || on_meeting.is_some())
}
