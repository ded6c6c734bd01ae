//! The refusals of undo and of the list of deleted things, Dutch and English (`crate::error::UndoRefusal`).

use super::Lang;
use crate::error::UndoRefusal;

impl Lang {
    pub fn undo_refusal(self, r: UndoRefusal) -> &'static str {
        let (nl, en) = match r {
            UndoRefusal::NothingToUndo => (
                "Dit staat niet meer bij de verwijderde dingen (al teruggezet?).",
                "This is no longer among the deleted things (restored already?).",
            ),
            UndoRefusal::MeetingDeletedToo => (
                "De vergadering waar het bij hoort is ook verwijderd; zet die eerst terug (U op de lijst van vergaderingen).",
                "The meeting it belongs to was deleted too; restore that first (U on the list of meetings).",
            ),
            UndoRefusal::ParentDeletedToo => (
                "Het punt waar het onder stond is ook verwijderd; zet dat eerst terug.",
                "The item it stood under was deleted too; restore that first.",
            ),
            UndoRefusal::RecordDamaged => (
                "Wat verwijderd is, is niet meer leesbaar bewaard en kan niet terug; de rest van de gegevens is in orde.",
                "What was deleted is no longer kept readably and cannot come back; the rest of the data is fine.",
            ),
        };
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}
