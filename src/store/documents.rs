use super::{not_found, Store};
use crate::domain::{Coded, DocRole, DocSource, Document, DocumentId, ItemId, LinkedDocument, MeetingId};
use crate::error::{Error, PaperRefusal, Result};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// What the file system says of a document right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFacts {
    pub size: i64,
    pub modified: Option<i64>,
    pub sha256: String,
}

/// Size, time and content hash of a file; `None` when it is missing or unreadable.
pub fn file_facts(path: &Path) -> Option<FileFacts> {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
    let modified =
        meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_secs() as i64);
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    let sha256 = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Some(FileFacts { size: meta.len() as i64, modified, sha256 })
}

/// "v6.1" from "memo min.v6.1.docx"; empty when the name carries no version.
pub fn version_label(file_name: &str) -> String {
    let stem = file_name.rsplit_once('.').map(|(s, _)| s).unwrap_or(file_name);
    let lower = stem.to_lowercase();
    let bytes = lower.as_bytes();
    let mut i = lower.len();
    while i > 0 {
        i -= 1;
        if bytes[i] == b'v' && (i == 0 || !bytes[i - 1].is_ascii_alphabetic()) {
            let rest = &lower[i + 1..];
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            let digits = digits.trim_end_matches('.');
            if !digits.is_empty() && digits.starts_with(|c: char| c.is_ascii_digit()) {
                return format!("v{digits}");
            }
        }
    }
    String::new()
}

fn document_from_row(r: &rusqlite::Row) -> rusqlite::Result<Document> {
    Ok(Document {
        id: DocumentId(r.get(0)?),
        path: r.get(1)?,
        title: r.get(2)?,
        version_label: r.get(3)?,
        size: r.get(4)?,
        modified: r.get(5)?,
        sha256: r.get(6)?,
    })
}

/// The document row for a path, made or brought up to date with what the file system says now.
pub(super) fn upsert_document(tx: &Transaction, text: &str) -> Result<i64> {
    let name = Path::new(text).file_name().and_then(|n| n.to_str()).unwrap_or(text).to_string();
    let title = name.rsplit_once('.').map(|(s, _)| s.to_string()).unwrap_or_else(|| name.clone());
    let facts = file_facts(Path::new(text));
    tx.execute(
        "INSERT INTO documents (path, title, version_label, size, modified, sha256)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(path) DO UPDATE SET size = excluded.size, modified = excluded.modified,
                                         sha256 = excluded.sha256",
        params![
            text,
            title,
            version_label(&name),
            facts.as_ref().map(|f| f.size),
            facts.as_ref().and_then(|f| f.modified),
            facts.as_ref().map(|f| f.sha256.clone()).unwrap_or_default()
        ],
    )?;
    Ok(tx.query_row("SELECT id FROM documents WHERE path = ?1", [text], |r| r.get(0))?)
}

/// Links a document to an item after the papers it has; a link that exists keeps its place, takes the role.
pub(super) fn link_to_item(tx: &Transaction, item: ItemId, doc: i64, role: DocRole) -> Result<()> {
    let position: i64 =
        tx.query_row("SELECT coalesce(max(position) + 1, 0) FROM item_documents WHERE item_id = ?1", [item.0], |r| {
            r.get(0)
        })?;
    tx.execute(
        "INSERT INTO item_documents (item_id, document_id, role, position) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(item_id, document_id) DO UPDATE SET role = excluded.role",
        params![item.0, doc, role.code(), position],
    )?;
    // A paper linked as oplegger (by hand, a changed role, the mail import) is read as it is linked.
    if role == DocRole::Oplegger {
        let (path, label): (String, String) =
            tx.query_row("SELECT path, version_label FROM documents WHERE id = ?1", [doc], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let read = crate::import::cover::read_file(Path::new(&path));
        super::cover::apply_reading(tx, item, &path, &label, &read)?;
    }
    Ok(())
}

/// The same for a paper of the meeting as a whole.
pub(super) fn link_to_meeting(tx: &Transaction, meeting: MeetingId, doc: i64, role: DocRole) -> Result<()> {
    let position: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM meeting_documents WHERE meeting_id = ?1",
        [meeting.0],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO meeting_documents (meeting_id, document_id, role, position) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(meeting_id, document_id) DO UPDATE SET role = excluded.role",
        params![meeting.0, doc, role.code(), position],
    )?;
    Ok(())
}

/// Records the mail a paper came in; a later mail with the same file replaces it.
pub(super) fn set_source(tx: &Transaction, doc: i64, source: &DocSource) -> Result<()> {
    tx.execute(
        "INSERT INTO document_sources (document_id, sender, sent, subject) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(document_id) DO UPDATE SET sender = excluded.sender, sent = excluded.sent,
                                                subject = excluded.subject",
        params![doc, source.sender, source.sent, source.subject],
    )?;
    Ok(())
}

/// Forgets a document that nothing links to any more.
pub(super) fn forget_if_unlinked(tx: &Transaction, doc: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM documents WHERE id = ?1 AND id NOT IN (SELECT document_id FROM item_documents)
                                             AND id NOT IN (SELECT document_id FROM meeting_documents)",
        [doc],
    )?;
    Ok(())
}

/// The path of a paper to link, as text: a missing file may be linked (a paper still to come); a folder
/// never, it has no contents to track.
fn linkable_path(path: &Path) -> Result<&str> {
    let text = path.to_str().ok_or_else(|| Error::from(PaperRefusal::PathNotText))?.trim();
    if text.is_empty() {
        return Err(PaperRefusal::PathEmpty.into());
    }
    if Path::new(text).is_dir() {
        return Err(PaperRefusal::IsFolder(text.to_string()).into());
    }
    Ok(text)
}

impl Store {
    /// Links a file to an item in a role. The file may be missing (a paper still to come); what the file
    /// system says of it now is recorded, so a later change can be noticed.
    pub fn link_document(&mut self, item: ItemId, path: &Path, role: DocRole) -> Result<DocumentId> {
        let text = linkable_path(path)?;
        self.write(|tx| {
            super::items::load_item(tx, item)?;
            let doc = upsert_document(tx, text)?;
            link_to_item(tx, item, doc, role)?;
            Ok(DocumentId(doc))
        })
    }

    pub fn unlink_document(&mut self, item: ItemId, doc: DocumentId) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM item_documents WHERE item_id = ?1 AND document_id = ?2",
                params![item.0, doc.0],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "document link", id: doc.0 });
            }
            // A document nothing links to any more is forgotten.
            forget_if_unlinked(tx, doc.0)
        })
    }

    /// Replaces the linked file by another (a newer version), keeping the link's role and place.
    pub fn relink_document(&mut self, item: ItemId, old: DocumentId, new_path: &Path) -> Result<DocumentId> {
        let (role, position): (String, i64) = self
            .conn()
            .query_row(
                "SELECT role, position FROM item_documents WHERE item_id = ?1 AND document_id = ?2",
                params![item.0, old.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(not_found("document link", old.0))?;
        let role = DocRole::from_code(&role).unwrap_or(DocRole::Achtergrond);
        let new = self.link_document(item, new_path, role)?;
        if new != old {
            self.unlink_document(item, old)?;
            self.write(|tx| {
                tx.execute(
                    "UPDATE item_documents SET position = ?3 WHERE item_id = ?1 AND document_id = ?2",
                    params![item.0, new.0, position],
                )?;
                Ok(())
            })?;
        }
        Ok(new)
    }

    pub fn item_documents(&self, item: ItemId) -> Result<Vec<LinkedDocument>> {
        let mut stmt = self.conn().prepare(
            "SELECT d.id, d.path, d.title, d.version_label, d.size, d.modified, d.sha256, l.role, l.position
             FROM item_documents l JOIN documents d ON d.id = l.document_id
             WHERE l.item_id = ?1 ORDER BY l.position, d.id",
        )?;
        let rows = stmt.query_map([item.0], |r| {
            Ok(LinkedDocument {
                document: document_from_row(r)?,
                role: DocRole::from_code(&r.get::<_, String>(7)?).unwrap_or(DocRole::Achtergrond),
                position: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The papers of the meeting as a whole (and those of a mail not yet placed with an item), in order.
    pub fn meeting_documents(&self, meeting: MeetingId) -> Result<Vec<LinkedDocument>> {
        let mut stmt = self.conn().prepare(
            "SELECT d.id, d.path, d.title, d.version_label, d.size, d.modified, d.sha256, l.role, l.position
             FROM meeting_documents l JOIN documents d ON d.id = l.document_id
             WHERE l.meeting_id = ?1 ORDER BY l.position, d.id",
        )?;
        let rows = stmt.query_map([meeting.0], |r| {
            Ok(LinkedDocument {
                document: document_from_row(r)?,
                role: DocRole::from_code(&r.get::<_, String>(7)?).unwrap_or(DocRole::Achtergrond),
                position: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Links a file to the meeting as a whole.
    pub fn link_meeting_document(&mut self, meeting: MeetingId, path: &Path, role: DocRole) -> Result<DocumentId> {
        let text = linkable_path(path)?;
        self.write(|tx| {
            tx.query_row("SELECT id FROM meetings WHERE id = ?1", [meeting.0], |r| r.get::<_, i64>(0))
                .map_err(not_found("meeting", meeting.0))?;
            let doc = upsert_document(tx, text)?;
            link_to_meeting(tx, meeting, doc, role)?;
            Ok(DocumentId(doc))
        })
    }

    pub fn unlink_meeting_document(&mut self, meeting: MeetingId, doc: DocumentId) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM meeting_documents WHERE meeting_id = ?1 AND document_id = ?2",
                params![meeting.0, doc.0],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "document link", id: doc.0 });
            }
            forget_if_unlinked(tx, doc.0)
        })
    }

    /// Moves a paper of the meeting to one of its items, keeping its role: in one step, so it is never lost.
    pub fn move_meeting_document_to_item(&mut self, doc: DocumentId, item: ItemId) -> Result<()> {
        self.write(|tx| {
            let target = super::items::load_item(tx, item)?;
            let role: String = tx
                .query_row(
                    "SELECT role FROM meeting_documents WHERE meeting_id = ?1 AND document_id = ?2",
                    params![target.meeting_id.0, doc.0],
                    |r| r.get(0),
                )
                .map_err(not_found("document link", doc.0))?;
            let role = DocRole::from_code(&role).unwrap_or(DocRole::Bijlage);
            tx.execute(
                "DELETE FROM meeting_documents WHERE meeting_id = ?1 AND document_id = ?2",
                params![target.meeting_id.0, doc.0],
            )?;
            link_to_item(tx, item, doc.0, role)
        })
    }

    /// The mail a paper came in, when it came in one.
    pub fn document_source(&self, doc: DocumentId) -> Result<Option<DocSource>> {
        Ok(self
            .conn()
            .query_row("SELECT sender, sent, subject FROM document_sources WHERE document_id = ?1", [doc.0], |r| {
                Ok(DocSource { sender: r.get(0)?, sent: r.get(1)?, subject: r.get(2)? })
            })
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_labels_from_file_names() {
        assert_eq!(version_label("memo min.v6.1.docx"), "v6.1");
        assert_eq!(version_label("Memo Min.v5.2.docx"), "v5.2");
        assert_eq!(version_label("Programmaplan 2022 v2.pdf"), "v2");
        assert_eq!(version_label("verslag.docx"), "");
        assert_eq!(version_label("overview.pdf"), "");
    }
}
