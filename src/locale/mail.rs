//! Words of the mail import's confirmation screen (`tui::screens::mail_import`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailUi {
    ItemsGoAfter,
    PlanChanged,
    /// The frame: "{}" is the mail's file name.
    Title,
    Subject,
    From,
    Body,
    Date,
    /// Where a proposed value came from.
    FromMail,
    FromMeeting,
    Typed,
    /// "{}" body, "{}" date with weekday.
    NewMeeting,
    AddsTo,
    /// "{}" is where the agenda was read ("de bijlage \"Agenda.docx\"").
    AgendaFrom,
    /// "{}" the number of new items.
    NewItems,
    NoNewItems,
    /// A later mail without an agenda: only papers.
    NoAgenda,
    /// "{}" the folder.
    SavedIn,
    NoPapers,
    /// The keys at the bottom.
    Hint,
    HintRefused,
    /// Help and status line.
    KeyImport,
    KeyBody,
    KeyDate,
    KeyCancel,
    AskBody,
    AskDate,
    BodyEmpty,
    Cancelled,
    /// Before the plan's sentence when it cannot be imported.
    CannotImport,
    /// An OS failure while saving the papers.
    NoPermission,
    NoSpace,
    NotSaved,
    /// An agenda file on its own, from the meetings list (no mail): the frame, "{}" the file's name.
    TitleFile,
    FromFile,
    /// Body or date the file or mail does not say: asked for, not guessed.
    NotFound,
    /// "{}" the file's name.
    NeedBody,
    NeedDate,
    CancelledFile,
    /// The file was read and its confirmation is shown: "{}" its name.
    ReadDone,
}

impl MailUi {
    pub fn words(self) -> (&'static str, &'static str) {
        use MailUi::*;
        match self {
            Title => ("Mail importeren: {}", "Import mail: {}"),
            Subject => ("Onderwerp", "Subject"),
            From => ("Van", "From"),
            Body => ("Gremium", "Body"),
            Date => ("Datum", "Date"),
            FromMail => ("uit de mail", "from the mail"),
            FromMeeting => (
                "van de geopende vergadering: de mail noemt het niet",
                "of the meeting that was open: the mail does not say",
            ),
            Typed => ("getypt", "typed"),
            NewMeeting => ("Wordt een nieuwe vergadering: {}, {}", "Becomes a new meeting: {}, {}"),
            AddsTo => ("Voegt toe aan {}, {}", "Adds to {}, {}"),
            AgendaFrom => ("Agenda uit {}", "Agenda from {}"),
            NewItems => ("Nieuw op de agenda: {}", "New on the agenda: {}"),
            NoNewItems => {
                ("Geen nieuwe punten: de vergadering heeft ze al", "No new items: the meeting has them already")
            }
            SavedIn => ("Stukken, op te slaan in {}", "Papers, to be saved in {}"),
            NoAgenda => (
                "Geen agenda in deze mail: alleen stukken voor de vergadering",
                "No agenda in this mail: only papers for the meeting",
            ),
            NoPapers => ("Geen stukken om op te slaan", "No papers to save"),
            Hint => (
                "Enter importeren · b gremium · d datum · Esc terug (er verandert niets)",
                "Enter import · b body · d date · Esc back (nothing changes)",
            ),
            HintRefused => (
                "b gremium · d datum verbeteren · Esc terug (er verandert niets)",
                "b body · d date to correct · Esc back (nothing changes)",
            ),
            KeyImport => ("importeren zoals getoond", "import as shown"),
            KeyBody => ("gremium verbeteren", "correct the body"),
            KeyDate => ("datum verbeteren", "correct the date"),
            KeyCancel => ("terug, niets importeren", "back, import nothing"),
            AskBody => ("Gremium van de vergadering", "The meeting's body"),
            AskDate => ("Datum van de vergadering (bv. 10-12-2026)", "The meeting's date (e.g. 10-12-2026)"),
            BodyEmpty => ("Geef de naam van het gremium.", "Give the body's name."),
            Cancelled => ("Mail niet geïmporteerd; er is niets veranderd.", "Mail not imported; nothing was changed."),
            CannotImport => ("Zo niet te importeren", "Cannot be imported like this"),
            NoPermission => ("geen toestemming om daar te schrijven", "no permission to write there"),
            NoSpace => ("de schijf is vol", "the disk is full"),
            NotSaved => ("er is niets opgeslagen of geïmporteerd", "nothing was saved or imported"),
            TitleFile => ("Agenda inlezen als vergadering: {}", "Import agenda as a meeting: {}"),
            FromFile => ("uit het bestand", "from the file"),
            NotFound => ("niet gevonden: geef het op", "not found: give it"),
            ItemsGoAfter => (
                "Ze komen achteraan, na de {} die er al staan, en krijgen hun nummer daar.",
                "They go at the end, after the {} already there, and are numbered there.",
            ),
            PlanChanged => (
                "Intussen is er elders iets veranderd (een ander venster?): het plan hierboven is bijgewerkt; Enter importeert zoals nu getoond.",
                "Something changed elsewhere meanwhile (another window?): the plan above is updated; Enter imports as now shown.",
            ),
            NeedBody => ("{} noemt het gremium niet: geef het op met b.", "{} does not name the body: give it with b."),
            NeedDate => ("{} noemt de datum niet: geef hem op met d.", "{} does not give the date: give it with d."),
            ReadDone => (
                "{} gelezen: Enter importeert zoals getoond, Esc laat alles zoals het was.",
                "{} read: Enter imports as shown, Esc leaves everything as it was.",
            ),
            CancelledFile => {
                ("Agenda niet ingelezen; er is niets veranderd.", "Agenda not imported; nothing was changed.")
            }
        }
    }
}
