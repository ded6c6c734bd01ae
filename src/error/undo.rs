//! Why an undo or a restore from the list of deleted things cannot be done (yet). `Display` is the English
//! sentence; `Lang::undo_refusal` (locale/undo.rs) says it in the user's language.

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UndoRefusal {
    #[error("there is nothing to undo")]
    NothingToUndo,
    #[error("its meeting was deleted too; restore that first")]
    MeetingDeletedToo,
    #[error("the item above it was deleted too; restore that first")]
    ParentDeletedToo,
    #[error("the undo record is damaged")]
    RecordDamaged,
}
