//! The words added for the new-user walk-through's findings (the F-numbers of /work/walk/FINDINGS.md),
//! Dutch and English. A file of its own below `locale.rs`, so that this adds one variant there (`Ui::Polish`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolishUi {
    // F19: a draft restored into a field that another window changed meanwhile.
    /// "{}" is the field's name.
    ConflictTitle,
    ConflictBoth,
    ConflictMine,
    ConflictTheirs,
    ConflictLater,
    ConflictBothBack,
    ConflictMineBack,
    ConflictTheirsKept,
    /// The line between the two versions when both are put in the field.
    ConflictSeparator,
    // F30: the agenda's heading over items in no part after a part's items, as the memo has it.
    OtherItems,
    // F20: u would undo a whole import whose items were moved since.
    /// "{}" is the count of items ("5 punten").
    UndoImportAsk,
    // F3, F17: the meeting form's fields; F18: the keys of a field in help.
    KeyNextField,
    KeyPrevField,
    KeyCompleteOrNext,
    KeyDeleteToStart,
    KeyUndoTyping,
    KeyMoveInText,
    // F1, F26: the singular of a sentence whose count is one.
    /// "{}" is "1 stuk".
    PaperMissingMark,
    /// "{}" is "1 punt".
    CarriedOne,
    // F33: the documents screen puts back the link it removed; F21: n with no item.
    UnlinkedUndoable,
    NoUnlinkToUndo,
    /// "{}" the file name, "{}" the role.
    RelinkedDocument,
    KeyUndoUnlink,
    NoItemForNewer,
    // F10: the item screen's row of earlier treatments.
    FieldEarlier,
    NoEarlierLinked,
    PickUnlinkEarlier,
    EarlierUnlinked,
}

impl PolishUi {
    pub fn words(self) -> (&'static str, &'static str) {
        use PolishUi::*;
        match self {
            ConflictTitle => (
                "{} is intussen elders gewijzigd — welke versie?",
                "{} changed elsewhere meanwhile — which version?",
            ),
            ConflictBoth => (
                "Beide in het veld: uw concept boven de andere versie (u kiest wat blijft)",
                "Both in the field: your draft above the other version (you choose what stays)",
            ),
            ConflictMine => ("Mijn concept (vervangt de andere versie)", "My draft (replaces the other version)"),
            ConflictTheirs => ("De andere versie houden; mijn concept weggooien", "Keep the other version; discard my draft"),
            ConflictBothBack => (
                "Beide versies staan in het veld, gescheiden door een streep; haal weg wat niet moet blijven, Esc bewaart.",
                "Both versions are in the field, split by a line; remove what should not stay, Esc stores it.",
            ),
            ConflictMineBack => (
                "Uw concept staat in het veld; Esc bewaart het over de andere versie heen.",
                "Your draft is in the field; Esc stores it over the other version.",
            ),
            ConflictTheirsKept => (
                "Concept weggegooid; de andere versie blijft staan.",
                "Draft discarded; the other version stays.",
            ),
            ConflictLater => (
                "Het concept blijft bewaard; het veld openen biedt het weer aan.",
                "The draft is kept; opening the field offers it again.",
            ),
            ConflictSeparator => ("——— de andere versie ———", "——— the other version ———"),
            OtherItems => ("Overige agendapunten", "Other agenda items"),
            UnlinkedUndoable => (
                "Koppeling verwijderd (het bestand blijft staan); toets u om haar terug te zetten zolang u op dit scherm bent.",
                "Link removed (the file stays); u puts it back while you are on this screen.",
            ),
            NoUnlinkToUndo => (
                "Hier is geen koppeling verwijderd om terug te zetten.",
                "No link was removed here to put back.",
            ),
            RelinkedDocument => ("Koppeling teruggezet: {} als {}.", "Link put back: {} as {}."),
            KeyUndoUnlink => ("koppeling terugzetten", "put the link back"),
            NoItemForNewer => (
                "De agenda heeft nog geen punten; n koppelt de nieuwere versie van een stuk bij het gekozen punt.",
                "The agenda has no items yet; n links the newer version of a paper of the selected item.",
            ),
            FieldEarlier => ("Eerder", "Earlier"),
            NoEarlierLinked => ("— (Enter of L zoekt eerdere behandelingen)", "— (Enter or L looks for earlier treatments)"),
            PickUnlinkEarlier => ("Ontkoppelen (Enter) — Esc laat de koppeling staan", "Unlink (Enter) — Esc keeps the link"),
            EarlierUnlinked => (
                "Ontkoppeld; de eerdere behandeling staat niet meer bij het punt en in de memo.",
                "Unlinked; the earlier treatment is no longer with the item and in the memo.",
            ),
            PaperMissingMark => ("{} ontbreekt", "{} missing"),
            CarriedOne => (
                "{} op de agenda gezet, gekoppeld aan zijn geschiedenis.",
                "{} put on the agenda, linked to its history.",
            ),
            KeyNextField => ("volgend veld", "next field"),
            KeyPrevField => ("vorig veld", "previous field"),
            KeyCompleteOrNext => ("aanvullen, anders volgend veld", "complete, else next field"),
            KeyDeleteToStart => ("wis tot het begin van de regel", "delete to the start of the line"),
            KeyUndoTyping => ("typen ongedaan maken", "undo typing"),
            KeyMoveInText => ("cursor verplaatsen", "move the cursor"),
            UndoImportAsk => (
                "u maakt het hele importeren ongedaan ({} weer van de agenda), niet alleen het verplaatsen (dat doen <, >, J, K terug). Doorgaan?",
                "u undoes the whole import ({} off the agenda), not just the moving (<, >, J, K undo that). Go on?",
            ),
        }
    }
}
