//! Copying an earlier item's annotation into a new one as a starting point.

use crate::domain::{ItemField, ItemId};
use crate::error::{Error, ItemRefusal, Result};
use crate::store::Store;

/// Why a copy was not made, for a caller that words each case itself (the TUI's status line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyRefused {
    /// The source is the target.
    SameItem,
    /// The source has no annotation.
    NothingToCopy,
    /// The target already holds the source's annotation.
    AlreadyThere,
    /// The target's annotation changed since the caller saw it.
    Changed,
}

/// What a copy did: the new revision of the target, and whether the target had text of its own before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    pub revision: i64,
    pub appended: bool,
}

/// Puts the annotation of `from` into `to`: as it is when `to` has none, else after `to`'s own text, one
/// blank line between, so that nothing the user wrote is lost. `expected` is `to`'s annotation as the
/// caller last saw it; when it changed meanwhile (another window), nothing is written and a conflict is
/// returned. Refused when `from` has no annotation or `to` already holds it. Returns the new revision.
pub fn copy_annotation(store: &mut Store, from: ItemId, to: ItemId, expected: &str) -> Result<i64> {
    match try_copy_annotation(store, from, to, expected)? {
        Ok(c) => Ok(c.revision),
        Err(CopyRefused::SameItem) => Err(ItemRefusal::CopyIntoItself.into()),
        Err(CopyRefused::NothingToCopy) => Err(ItemRefusal::NothingToCopy { from: from.0 }.into()),
        Err(CopyRefused::AlreadyThere) => Err(ItemRefusal::AlreadyCopied { from: from.0, to: to.0 }.into()),
        Err(CopyRefused::Changed) => Err(Error::Conflict { what: "agenda item" }),
    }
}

/// As `copy_annotation`, with the refusals as values: the outer error is a store failure (missing item,
/// disk full), the inner one a reason nothing was copied.
pub fn try_copy_annotation(
    store: &mut Store,
    from: ItemId,
    to: ItemId,
    expected: &str,
) -> Result<Result<Copied, CopyRefused>> {
    if from == to {
        return Ok(Err(CopyRefused::SameItem));
    }
    let source = store.item(from)?.annotation;
    let source = source.trim();
    if source.is_empty() {
        return Ok(Err(CopyRefused::NothingToCopy));
    }
    let target = store.item(to)?;
    if target.annotation != expected {
        return Ok(Err(CopyRefused::Changed));
    }
    if target.annotation.contains(source) {
        return Ok(Err(CopyRefused::AlreadyThere));
    }
    let own = target.annotation.trim_end();
    let appended = !own.trim().is_empty();
    let value = if appended { format!("{own}\n\n{source}") } else { source.to_string() };
    match store.set_item_field(to, ItemField::Annotation, expected, &value) {
        Ok(revision) => Ok(Ok(Copied { revision, appended })),
        // Changed between the read above and the write (another window).
        Err(Error::Conflict { .. }) => Ok(Err(CopyRefused::Changed)),
        Err(e) => Err(e),
    }
}
