//! Copying an earlier item's annotation into a new one as a starting point.

use crate::domain::{ItemField, ItemId};
use crate::error::{Error, Result};
use crate::store::Store;

/// Puts the annotation of `from` into `to`: as it is when `to` has none, else after `to`'s own text, one
/// blank line between, so that nothing the user wrote is lost. `expected` is `to`'s annotation as the
/// caller last saw it; when it changed meanwhile (another window), nothing is written and a conflict is
/// returned. Refused when `from` has no annotation or `to` already holds it. Returns the new revision.
pub fn copy_annotation(store: &mut Store, from: ItemId, to: ItemId, expected: &str) -> Result<i64> {
    if from == to {
        return Err(Error::invalid("an item's annotation cannot be copied into itself"));
    }
    let source = store.item(from)?.annotation;
    let source = source.trim();
    if source.is_empty() {
        return Err(Error::invalid(format!("item {from} has no annotation to copy")));
    }
    let target = store.item(to)?;
    if target.annotation != expected {
        return Err(Error::Conflict { what: "agenda item" });
    }
    if target.annotation.contains(source) {
        return Err(Error::invalid(format!("item {to} already holds the annotation of item {from}")));
    }
    let own = target.annotation.trim_end();
    let value = if own.trim().is_empty() { source.to_string() } else { format!("{own}\n\n{source}") };
    store.set_item_field(to, ItemField::Annotation, expected, &value)
}
