//! Whether a linked paper changed on disk since it was linked, or has a newer version beside it.

use super::versions::version_key;
use crate::domain::{Document, DocumentId, ItemId, LinkedDocument};
use crate::error::{Error, PaperRefusal, Result};
use crate::store::{file_facts, Store};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What differs between the file now and what was recorded when it was linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The file was missing when it was linked and is there now.
    Appeared,
    Size,
    Time,
    Content,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum DocStatus {
    Unchanged,
    /// The file is gone and no newer version sits beside it.
    Missing,
    Changed {
        what: Vec<Change>,
    },
    /// A later version of the same document sits in the same directory (the newest one); reported before
    /// any change of the linked file itself, since relinking is what the user will want.
    NewerVersion {
        path: PathBuf,
    },
}

/// The files in the same directory that are the same document at a later version, newest first.
/// Works when the linked file itself is gone (replaced by its next version).
pub fn newer_versions(path: &Path) -> Vec<PathBuf> {
    let Some(own) = path.file_name().and_then(|n| n.to_str()).and_then(version_key) else { return Vec::new() };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let candidate = entry.path();
        if candidate == path || !candidate.is_file() {
            continue;
        }
        let Some(key) = candidate.file_name().and_then(|n| n.to_str()).and_then(version_key) else { continue };
        if key.is_newer_than(&own) {
            found.push((key, candidate));
        }
    }
    found.sort_by(|(a, pa), (b, pb)| b.version.cmp(&a.version).then_with(|| pa.cmp(pb)));
    found.into_iter().map(|(_, p)| p).collect()
}

/// Compares a linked document with the file system now.
///
/// The content hash is the judge: a file touched or copied with the same bytes is unchanged, whatever
/// its time says. Without a recorded hash, size and time decide.
pub fn check_document(doc: &Document) -> DocStatus {
    let path = Path::new(&doc.path);
    // A "(2)" beside the file with the very same bytes is a second download, not a new version.
    let newest = newer_versions(path)
        .into_iter()
        .find(|p| doc.sha256.is_empty() || file_facts(p).is_none_or(|f| f.sha256 != doc.sha256));
    if let Some(newest) = newest {
        return DocStatus::NewerVersion { path: newest };
    }
    let Some(now) = file_facts(path) else { return DocStatus::Missing };
    if doc.size.is_none() && doc.sha256.is_empty() {
        return DocStatus::Changed { what: vec![Change::Appeared] };
    }
    let mut what = Vec::new();
    if doc.size.is_some_and(|s| s != now.size) {
        what.push(Change::Size);
    }
    if doc.modified.is_some() && doc.modified != now.modified {
        what.push(Change::Time);
    }
    let content_known = !doc.sha256.is_empty();
    if content_known && doc.sha256 != now.sha256 {
        what.push(Change::Content);
    }
    if what.is_empty() || (content_known && !what.contains(&Change::Content)) {
        DocStatus::Unchanged
    } else {
        DocStatus::Changed { what }
    }
}

/// Every document linked to an item with its status, in the item's order.
pub fn check_item_documents(store: &Store, item: ItemId) -> Result<Vec<(LinkedDocument, DocStatus)>> {
    Ok(store
        .item_documents(item)?
        .into_iter()
        .map(|d| {
            let status = check_document(&d.document);
            (d, status)
        })
        .collect())
}

/// The one-key answer to a marked link: to the newer version when one sits beside the file, else the
/// changed file's new size, time and hash recorded. The link keeps its role and place. Returns the
/// document now linked; refused, changing nothing, when the file is unchanged or gone without successor.
pub fn refresh_link(store: &mut Store, item: ItemId, doc: DocumentId) -> Result<DocumentId> {
    let linked = store
        .item_documents(item)?
        .into_iter()
        .find(|d| d.document.id == doc)
        .ok_or(Error::NotFound { what: "document link", id: doc.0 })?;
    match check_document(&linked.document) {
        DocStatus::NewerVersion { path } => store.relink_document(item, doc, &path),
        DocStatus::Changed { .. } => store.relink_document(item, doc, Path::new(&linked.document.path)),
        DocStatus::Unchanged => Err(PaperRefusal::Unchanged(linked.document.path).into()),
        DocStatus::Missing => Err(PaperRefusal::GoneWithoutSuccessor(linked.document.path).into()),
    }
}
