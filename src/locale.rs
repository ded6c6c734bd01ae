//! The language of what the user reads. Dutch by default; English on request or from an English locale.
//! One module; a topic with many words has its own file below it (`locale/decisions.rs`).

pub mod cover;
mod decisions;
mod export;
mod import_file;
mod mail;
mod polish;
mod refusals;
mod undo;

pub use cover::CoverUi;
pub use decisions::DecUi;
pub use export::ExportUi;
pub use import_file::ImportFileUi;
pub use mail::MailUi;
pub use polish::PolishUi;
pub use refusals::Sentence;

use crate::domain::{DocRole, MeetingStatus, Stance, Treatment};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// `--lang` wins; otherwise an English LC_ALL / LC_MESSAGES / LANG gives English; Dutch otherwise.
    pub fn detect(flag: Option<&str>) -> Lang {
        if let Some(f) = flag {
            return Lang::parse(f).unwrap_or_default();
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var) {
                if v.is_empty() {
                    continue;
                }
                return if v.to_lowercase().starts_with("en") { Lang::En } else { Lang::Nl };
            }
        }
        Lang::Nl
    }

    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_lowercase().as_str() {
            "nl" | "dutch" | "nederlands" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn treatment(self, t: Treatment) -> &'static str {
        match self {
            Lang::Nl => t.dutch(),
            Lang::En => t.english(),
        }
    }

    pub fn stance(self, s: Stance) -> &'static str {
        match self {
            Lang::Nl => s.dutch(),
            Lang::En => s.english(),
        }
    }

    pub fn role(self, r: DocRole) -> &'static str {
        match self {
            Lang::Nl => r.dutch(),
            Lang::En => r.english(),
        }
    }

    pub fn status(self, s: MeetingStatus) -> &'static str {
        match (self, s) {
            (Lang::Nl, MeetingStatus::Preparing) => "in voorbereiding",
            (Lang::Nl, MeetingStatus::Sent) => "verstuurd",
            (Lang::Nl, MeetingStatus::Held) => "gehouden",
            (Lang::En, MeetingStatus::Preparing) => "preparing",
            (Lang::En, MeetingStatus::Sent) => "sent",
            (Lang::En, MeetingStatus::Held) => "held",
        }
    }

    /// A date that stands alone, with its weekday: "donderdag 24 maart 2022" / "Thursday 24 March 2022".
    pub fn weekday_date(self, iso: &str) -> String {
        match crate::dates::Date::parse_iso(iso) {
            Some(d) if self == Lang::Nl => d.dutch_with_weekday(),
            Some(d) => d.english_with_weekday(),
            None => iso.to_string(),
        }
    }

    /// A date for people: "24 maart 2022" / "24 March 2022".
    pub fn long_date(self, iso: &str) -> String {
        match crate::dates::Date::parse_iso(iso) {
            Some(d) if self == Lang::Nl => d.dutch_long(),
            Some(d) => d.english_long(),
            None => iso.to_string(),
        }
    }
}

/// Every word the TUI shows. `{}` marks where a value goes, filled in order with `replacen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ui {
    MeetingsTitle,
    DemoBadge,
    DemoNotice,
    NoMeetings,
    ItemCounts,
    AgendaPane,
    NoItems,
    NoItemsHint,
    ColNumber,
    ColTitle,
    ColTreatment,
    ColAdvice,
    ColPapers,
    Advice,
    AdviceWritten,
    NoAdvice,
    Annotation,
    TalkingPoints,
    Notes,
    Documents,
    Missing,
    Changed,
    Empty,
    Earlier,
    Decision,
    MismatchSentence,
    ItemHeading,
    MeetingWord,
    FieldTitle,
    FieldTreatment,
    FieldSubmitter,
    FieldAttachment,
    FieldOrigin,
    FieldCoverTreatment,
    FieldStance,
    FieldAdviceText,
    FieldPart,
    FieldBody,
    FieldDate,
    FieldTime,
    FieldPlace,
    FieldClassification,
    FieldAddressee,
    FieldAuthor,
    NotSet,
    NoPart,
    Yes,
    No,
    MoreLines,
    DocumentCount,
    Editing,
    EmptyEditHint,
    NewMeetingTitle,
    EditMeetingTitle,
    CreateButton,
    NoPartsHint,
    BaseFolder,
    BaseNotSet,
    NoDocuments,
    HelpTitle,
    HelpMore,
    ConfirmTitle,
    YesNo,
    PromptHint,
    PromptHintPath,
    DraftsTitle,
    DraftsFound,
    DraftsKeys,
    Characters,
    Gone,
    PromptNewItem,
    PromptDocument,
    PromptBase,
    PromptPart,
    SearchHint,
    SearchCount,
    SearchScopeDecisions,
    SearchScopeAll,
    // Search: items, counts per kind, preview (issue 17).
    SearchScopeItems,
    KeySearchPreview,
    SearchPreviewEmpty,
    KeySearchScope,
    HitWithoutMeeting,
    PreviewTitle,
    MemoWritten,
    NewerVersion,
    NewerLinked,
    FactsUpdated,
    DocumentUnchanged,
    EarlierLinked,
    NoEarlierFound,
    PickEarlier,
    OfferEarlier,
    EarlierSkipped,
    EarlierLinkedCopy,
    EarlierLinkedCopyHere,
    SkippedPreparing,
    Or,
    PickAnnotationSource,
    NoEarlierAnnotation,
    AnnotationCopied,
    AnnotationAppended,
    AnnotationCopyEmpty,
    AnnotationCopyThere,
    AnnotationCopyChanged,
    CarryTitle,
    CarryIntro,
    CarryKeys,
    CarryLater,
    Carried,
    NothingToCarry,
    Postponed,
    AdvisedToPostpone,
    OpenAction,
    ImportPasteTitle,
    ImportPasteHint,
    ImportPreviewTitle,
    ImportNothing,
    ImportEscAgain,
    ImportKeptBack,
    Imported,
    ImportFrom,
    ImportAttachment,
    ImportRead,
    ImportLinePreamble,
    ImportLineTreatment,
    ImportLineTitle,
    ImportLineNote,
    // Messages
    QuitHint,
    PasteWhere,
    ItemAdded,
    MeetingCreated,
    NewMeetingKept,
    NewMeetingDraftBack,
    AllSaved,
    CreateFirst,
    SelectPartFirst,
    AskDeleteMeeting,
    AskDeleteItem,
    AlsoSubItems,
    AskUnlink,
    AskDeletePart,
    DeletedUndo,
    Unlinked,
    PartDeleted,
    Cancelled,
    Restored,
    NothingToUndo,
    AlreadyFirst,
    AlreadyLast,
    CannotIndent,
    CannotOutdent,
    TitleNeeded,
    TitleTooLong,
    DiskFull,
    Busy,
    BodyNeeded,
    EmptyPath,
    NotAFolder,
    DocumentLinked,
    DocumentLinkedMissing,
    FileMissing,
    NoOpener,
    Opening,
    BadDate,
    ConflictKept,
    KeptAsDraft,
    DeletedElsewhere,
    NewBodyNotMade,
    NoPapersToRenew,
    PapersUnchanged,
    Saved,
    EditorFailed,
    EditorFailedUnchanged,
    NothingToEdit,
    DraftBack,
    DraftBackChanged,
    DraftDiscarded,
    DraftsLater,
    // Keys, as help and the status line name them
    KeyUp,
    KeyDown,
    KeyTop,
    KeyBottom,
    KeyPageUp,
    KeyPageDown,
    KeyHelp,
    KeyQuit,
    KeyForceQuit,
    KeyBack,
    KeyOpenMeeting,
    KeyAddMeeting,
    KeyEditMeeting,
    KeyDeleteMeeting,
    KeyUndo,
    KeyOpenItem,
    KeySwitchPane,
    KeySwitchPaneText,
    KeyAddItem,
    KeyDeleteItem,
    KeyEditAnnotationExternal,
    KeyMoveUp,
    KeyMoveDown,
    KeyIndent,
    KeyOutdent,
    KeyDocuments,
    KeyEditField,
    KeyEditExternal,
    KeyAddDocument,
    KeyOpenFile,
    KeyCycleRole,
    KeyBaseFolder,
    KeyRemoveDocument,
    KeySaveMeeting,
    KeyAddPart,
    KeyDeletePart,
    KeyCloseHelp,
    KeyYes,
    KeyNo,
    KeyPick,
    KeyCancel,
    KeyRestoreDraft,
    KeyDiscardDraft,
    KeyLater,
    KeyEditDone,
    KeyEditLeave,
    KeyComplete,
    KeyEditDoneText,
    // Undo within the screen's meeting, the list of deleted things, the meeting's status (issue 16)
    NothingToUndoHere,
    KeyNewerVersion,
    NoBodyFits,
    AskNewBody,
    KnownBodies,
    ImportOtherDate,
    ImportOtherDateEmpty,
    ImportOtherDateAsk,
    ImportUndone,
    MeetingsComing,
    MeetingsPast,
    PapersMissingMark,
    SendByMark,
    SendByPassedMark,
    DateKeptAsItWas,
    NothingDeleted,
    DeletedListTitle,
    KeyDeletedList,
    KeyStatus,
    StatusTitle,
    StatusSet,
    MessagesTitle,
    NoMessages,
    KeyMessages,
    KeySearch,
    KeyExport,
    KeyPreview,
    KeyJump,
    KeyImport,
    KeyImportRead,
    KeyImportConfirm,
    KeyImportEdit,
    KeyToggle,
    KeyCarry,
    KeyCarryOver,
    KeyRefreshDocument,
    KeyLinkEarlier,
    KeyCopyAnnotation,
    // The papers a mail brought (issue 13): the meeting's unplaced papers on the documents screen.
    MeetingPapers,
    KeyTakePaper,
    PaperTaken,
    PaperAlreadyHere,
    FromMail,
    TakeFirst,
    AskUnlinkMeeting,
    // The import preview: a line of an agenda book's sections per item (importfix, F13).
    ImportLineLeftOut,
    /// Words of the decisions, action points and action list (locale/decisions.rs).
    Dec(DecUi),
    /// What was read in a cover note (issue 19, locale/cover.rs).
    Cover(CoverUi),
    /// Words of writing and previewing the memo and the lists (locale/export.rs).
    Export(ExportUi),
    /// Reading an agenda from a file on the import screen.
    ImportFile(ImportFileUi),
    // The import preview, where the treatment does not fit its row: the one of the item in view (issue 16).
    ImportTreatmentOf,
    ImportNoTreatmentOf,
    /// The mail import's confirmation screen (locale/mail.rs).
    Mail(MailUi),
    /// What the walk-through's findings added (locale/polish.rs).
    Polish(PolishUi),
}

impl Lang {
    /// A refusal of the core, in this language: the CLI and the TUI say the same.
    pub fn refusal(self, r: &crate::error::Refusal) -> String {
        use crate::error::Refusal;
        match r {
            Refusal::TitleNeeded => self.ui(Ui::TitleNeeded).to_string(),
            Refusal::TitleTooLong { max } => self.ui(Ui::TitleTooLong).replace("300", &max.to_string()),
            Refusal::NotADate(text, problem) => self.date_problem(*problem, text),
            Refusal::BodyNeeded => self.ui(Ui::BodyNeeded).to_string(),
            Refusal::Undo(r) => self.undo_refusal(*r).to_string(),

            Refusal::Item(r) => self.said(r),
            Refusal::Paper(r) => self.said(r),
            Refusal::Meeting(r) => self.said(r),
            Refusal::Record(r) => self.said(r),
            Refusal::Body(r) => self.said(r),
            Refusal::Query(r) => self.said(r),
            Refusal::File(r) => self.said(r),
            Refusal::Command(r) => self.said(r),
            Refusal::Import(r) => self.said(r),
        }
    }

    /// For the CLI: the error in this language (`Lang::error`).
    pub fn refusal_or_error(self, e: &crate::Error) -> String {
        self.error(e)
    }

    /// Any error as the user reads it: refusals and the common failures in this language, the rest as is.
    pub fn describe(self, e: &crate::Error) -> String {
        use crate::Error;
        match e {
            Error::Refused(r) => self.refusal(r),
            Error::Conflict { .. } => self.ui(Ui::ConflictKept).to_string(),
            Error::DiskFull => self.ui(Ui::DiskFull).to_string(),
            Error::Busy => self.ui(Ui::Busy).to_string(),
            other => self.error(other),
        }
    }

    pub fn ui(self, w: Ui) -> &'static str {
        let (nl, en) = ui_words(w);
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

fn ui_words(w: Ui) -> (&'static str, &'static str) {
    match w {
        Ui::Dec(d) => d.words(),
        Ui::Cover(c) => c.words(),
        Ui::Export(e) => e.words(),
        Ui::ImportFile(w) => w.words(),
        Ui::Mail(w) => w.words(),
        Ui::Polish(w) => w.words(),
        Ui::MeetingsTitle => ("Vergaderingen", "Meetings"),
        Ui::DemoBadge => ("DEMO · wegwerpkopie", "DEMO · throwaway copy"),
        Ui::DemoNotice => (
            "Dit is de demo op een wegwerpkopie: wat u hier doet verdwijnt bij afsluiten.",
            "This is the demo on a throwaway copy: what you do here is gone when you quit.",
        ),
        Ui::NoMeetings => (
            "Nog geen vergaderingen. Druk a om er een te maken, of I om een agenda of mail in te lezen.",
            "No meetings yet. Press a to make one, or I to import an agenda or mail.",
        ),
        Ui::ItemCounts => ("{} · {} zonder advies", "{} · {} without advice"),
        Ui::AgendaPane => ("Agenda", "Agenda"),
        Ui::NoItems => (
            "Nog geen agendapunten. a voegt er een toe; I leest een geplakte agenda in.",
            "No items yet. a adds one; I reads a pasted agenda.",
        ),
        Ui::NoItemsHint => ("Er is nog geen agendapunt; a voegt er een toe.", "There is no item yet; a adds one."),
        Ui::ColNumber => ("Nr", "No"),
        Ui::ColTitle => ("Onderwerp", "Subject"),
        Ui::ColTreatment => ("Behandeling", "Treatment"),
        Ui::ColAdvice => ("Advies", "Advice"),
        Ui::ColPapers => ("St.", "Doc"),
        Ui::Advice => ("Advies", "Advice"),
        Ui::AdviceWritten => ("advies (tekst)", "advice (text)"),
        Ui::NoAdvice => ("— geen advies", "— no advice"),
        Ui::Annotation => ("Annotatie", "Annotation"),
        Ui::TalkingPoints => ("Bespreekpunten", "Talking points"),
        Ui::Notes => ("Notities", "Notes"),
        Ui::Documents => ("Documenten", "Documents"),
        Ui::Missing => ("ontbreekt", "missing"),
        Ui::Changed => ("gewijzigd", "changed"),
        Ui::Empty => ("(nog leeg)", "(empty)"),
        Ui::Earlier => ("Eerder:", "Earlier:"),
        Ui::Decision => ("Besluit", "Decision"),
        Ui::MismatchSentence => (
            "In de oplegger staat '{}' en in de agenda staat '{}'.",
            "The cover note says '{}' and the agenda says '{}'.",
        ),
        Ui::ItemHeading => ("Agendapunt", "Item"),
        Ui::MeetingWord => ("Vergadering", "Meeting"),
        Ui::FieldTitle => ("Titel", "Title"),
        Ui::FieldTreatment => ("Behandeling", "Treatment"),
        Ui::FieldSubmitter => ("Indiener", "Submitter"),
        Ui::FieldAttachment => ("Bijlage", "Attachment"),
        Ui::FieldOrigin => ("Herkomst stukken", "Origin of papers"),
        Ui::FieldCoverTreatment => ("Doel volgens oplegger", "Purpose in cover note"),
        Ui::FieldStance => ("Advies (standpunt)", "Advice (stance)"),
        Ui::FieldAdviceText => ("Advies (tekst)", "Advice (text)"),
        Ui::FieldPart => ("Deel", "Part"),
        Ui::FieldBody => ("Gremium", "Body"),
        Ui::FieldDate => ("Datum", "Date"),
        Ui::FieldTime => ("Tijd", "Time"),
        Ui::FieldPlace => ("Plaats", "Place"),
        Ui::FieldClassification => ("Rubricering", "Classification"),
        Ui::FieldAddressee => ("Aan", "To"),
        Ui::FieldAuthor => ("Van", "From"),
        Ui::NotSet => ("—", "—"),
        Ui::NoPart => ("(geen deel)", "(no part)"),
        Ui::Yes => ("ja", "yes"),
        Ui::No => ("nee", "no"),
        Ui::MoreLines => ("regels", "lines"),
        Ui::DocumentCount => ("{} gekoppeld — Enter opent", "{} linked — Enter opens"),
        Ui::Editing => ("typen; Esc bewaart", "typing; Esc keeps it"),
        Ui::EmptyEditHint => {
            ("(leeg — Enter om te typen, e voor uw editor)", "(empty — Enter to type, e for your editor)")
        }
        Ui::NewMeetingTitle => ("Nieuwe vergadering", "New meeting"),
        Ui::EditMeetingTitle => ("Vergadering", "Meeting"),
        Ui::CreateButton => ("Aanmaken (Ctrl-S)", "Create (Ctrl-S)"),
        Ui::NoPartsHint => {
            ("Geen delen; a voegt een deel toe (\"Deel 1: …\").", "No parts; a adds one (\"Part 1: …\").")
        }
        Ui::BaseFolder => ("Basismap", "Base folder"),
        Ui::BaseNotSet => ("niet ingesteld — b stelt hem in", "not set — b sets it"),
        Ui::NoDocuments => ("Geen documenten gekoppeld. a koppelt er een.", "No documents linked. a links one."),
        Ui::HelpTitle => ("Toetsen (Esc sluit)", "Keys (Esc closes)"),
        Ui::HelpMore => ("↓ meer (j)", "↓ more (j)"),
        Ui::ConfirmTitle => ("Zeker weten?", "Are you sure?"),
        Ui::YesNo => ("j/Enter = ja · n/Esc = nee", "y/Enter = yes · n/Esc = no"),
        Ui::PromptHint => ("Enter = klaar · Esc = annuleren", "Enter = done · Esc = cancel"),
        Ui::PromptHintPath => {
            ("Enter = klaar · Esc = annuleren · Tab = aanvullen", "Enter = done · Esc = cancel · Tab = complete")
        }
        Ui::DraftsTitle => ("Niet-bewaarde tekst", "Unsaved text"),
        Ui::DraftsFound => ("Deze tekst werd getypt maar niet opgeslagen:", "This text was typed but not stored:"),
        Ui::DraftsKeys => {
            ("Enter = terugzetten · d = weggooien · Esc = later", "Enter = restore · d = discard · Esc = later")
        }
        Ui::Characters => ("tekens", "characters"),
        Ui::Gone => ("bestaat niet meer", "no longer exists"),
        Ui::PromptNewItem => ("Nieuw agendapunt: titel", "New item: title"),
        Ui::PromptDocument => ("Document koppelen: pad (Tab vult aan)", "Link a document: path (Tab completes)"),
        Ui::PromptBase => ("Basismap voor documenten", "Base folder for documents"),
        Ui::PromptPart => ("Deel van de vergadering", "Part of the meeting"),
        Ui::SearchHint => (
            "Typ om te zoeken (gremium:KLO jaar:2022 sinds:2022-03 tot:2022-06 …).",
            "Type to search (body:KLO year:2022 since:2022-03 until:2022-06 …).",
        ),
        Ui::SearchScopeDecisions => ("In besluiten; Tab: alleen agendapunten.", "In decisions; Tab: agenda items only."),
        Ui::SearchScopeAll => (
            "In besluiten en agendapunten; Tab: alleen besluiten.",
            "In decisions and agenda items; Tab: decisions only.",
        ),
        Ui::KeySearchScope => (
            "alles / alleen besluiten / alleen agendapunten",
            "everything / decisions only / agenda items only",
        ),
        Ui::SearchCount => ("{} gevonden", "{} found"),
        Ui::SearchScopeItems => (
            "In agendapunten; Tab: besluiten en agendapunten.",
            "In agenda items; Tab: decisions and agenda items.",
        ),
        Ui::KeySearchPreview => ("voorbeeld van de treffer aan/uit", "preview of the hit on/off"),
        Ui::SearchPreviewEmpty => ("Geen treffer gekozen.", "No hit selected."),
        Ui::HitWithoutMeeting => {
            ("Dit besluit hoort bij geen vergadering in annoteer.", "This decision belongs to no meeting in annoteer.")
        }
        Ui::PreviewTitle => ("Voorbeeld van de memo", "Memo preview"),
        Ui::MemoWritten => ("Memo geschreven: {}", "Memo written: {}"),
        Ui::KeySearch => ("zoeken", "search"),
        Ui::KeyExport => ("memo schrijven", "write memo"),
        Ui::KeyPreview => ("memo bekijken", "preview memo"),
        Ui::KeyJump => ("naar de vergadering", "go to the meeting"),
        Ui::NewerVersion => ("nieuwer: {}", "newer: {}"),
        Ui::NewerLinked => ("De nieuwere versie is gekoppeld.", "The newer version is linked."),
        Ui::FactsUpdated => (
            "Het bestand is gewijzigd; grootte, datum en inhoud zijn opnieuw vastgelegd.",
            "The file changed; its size, date and content are recorded anew.",
        ),
        Ui::DocumentUnchanged => ("Dit document is niet gewijzigd.", "This document has not changed."),
        Ui::EarlierLinked => (
            "Gekoppeld; de eerdere behandeling staat nu bij het punt en in de memo.",
            "Linked; the earlier treatment now shows with the item and in the memo.",
        ),
        Ui::NoEarlierFound => (
            "Geen eerdere behandeling van dit onderwerp gevonden (laatste 13 maanden).",
            "No earlier treatment of this topic found (last 13 months).",
        ),
        Ui::PickEarlier => ("Eerdere behandeling koppelen", "Link an earlier treatment"),
        Ui::OfferEarlier => ("Eerder behandeld? Enter koppelt · Esc slaat over", "Treated before? Enter links · Esc skips"),
        Ui::EarlierSkipped => (
            "Niet gekoppeld; L in het punt stelt eerdere behandelingen opnieuw voor.",
            "Not linked; L on the item proposes earlier treatments again.",
        ),
        Ui::EarlierLinkedCopy => (
            "Gekoppeld; C in het punt neemt de annotatie van toen over als begin.",
            "Linked; C on the item copies the annotation of then as a starting point.",
        ),
        Ui::EarlierLinkedCopyHere => (
            "Gekoppeld; C neemt de annotatie van toen over als begin.",
            "Linked; C copies the annotation of then as a starting point.",
        ),
        Ui::SkippedPreparing => (
            "Niet eerst behandeld in {}, het voorbereidende gremium.",
            "Not treated first in {}, the preparing body.",
        ),
        Ui::Or => (" of ", " or "),
        Ui::PickAnnotationSource => ("Annotatie overnemen van", "Copy the annotation of"),
        Ui::NoEarlierAnnotation => (
            "Geen eerdere annotatie om over te nemen; L koppelt een eerdere behandeling.",
            "No earlier annotation to copy; L links an earlier treatment.",
        ),
        Ui::AnnotationCopied => (
            "Annotatie van {} overgenomen als begin; Enter op Annotatie past haar aan.",
            "Annotation of {} copied as a starting point; Enter on Annotation edits it.",
        ),
        Ui::AnnotationAppended => (
            "Annotatie van {} onder de eigen tekst gezet; Enter op Annotatie past haar aan.",
            "Annotation of {} put below this item's own text; Enter on Annotation edits it.",
        ),
        Ui::AnnotationCopyEmpty => (
            "Dat punt heeft geen annotatie (meer); er is niets overgenomen.",
            "That item has no annotation (any more); nothing was copied.",
        ),
        Ui::AnnotationCopyThere => (
            "Die annotatie staat al in dit punt; er is niets veranderd.",
            "This item already holds that annotation; nothing changed.",
        ),
        Ui::AnnotationCopyChanged => (
            "De annotatie van dit punt is intussen elders gewijzigd; er is niets overgenomen. Bekijk haar en druk opnieuw C.",
            "This item's annotation was changed elsewhere meanwhile; nothing was copied. Look at it and press C again.",
        ),
        Ui::KeyRefreshDocument => ("nieuwere versie / gewijzigd bijwerken", "newer version / record change"),
        Ui::KeyLinkEarlier => ("eerdere behandeling koppelen", "link earlier treatment"),
        Ui::KeyCopyAnnotation => (
            "annotatie van eerdere behandeling overnemen",
            "copy annotation from earlier treatment",
        ),
        Ui::CarryTitle => ("Meenemen naar deze vergadering", "Carry over into this meeting"),
        Ui::CarryIntro => (
            "Aangehouden punten en open acties van eerdere vergaderingen van dit gremium:",
            "Postponed items and open actions of this body's earlier meetings:",
        ),
        Ui::CarryKeys => (
            "Spatie = (niet) meenemen · Enter = op de agenda zetten · Esc = niet nu",
            "Space = pick/unpick · Enter = put on the agenda · Esc = not now",
        ),
        Ui::CarryLater => (
            "Niets meegenomen; c op de agenda biedt het opnieuw aan.",
            "Nothing carried over; c on the agenda offers it again.",
        ),
        Ui::Carried => (
            "{} op de agenda gezet, gekoppeld aan hun geschiedenis.",
            "{} put on the agenda, linked to their history.",
        ),
        Ui::NothingToCarry => (
            "Geen aangehouden punten of open acties voor deze vergadering.",
            "No postponed items or open actions for this meeting.",
        ),
        Ui::Postponed => ("Aangehouden", "Postponed"),
        Ui::AdvisedToPostpone => ("advies was aanhouden", "advice was to postpone"),
        Ui::OpenAction => ("Open actie", "Open action"),
        Ui::KeyToggle => ("(niet) meenemen", "pick / unpick"),
        Ui::KeyCarry => ("op de agenda zetten", "put on the agenda"),
        Ui::KeyCarryOver => ("aangehouden punten en acties meenemen", "carry over postponed items and actions"),
        Ui::ImportPasteTitle => ("Agenda importeren: plak de tekst", "Import an agenda: paste the text"),
        Ui::ImportPasteHint => (
            "Plak hier de agenda zoals u die kreeg (Word, e-mail, pdf), of lees een bestand met Ctrl-O; Ctrl-S laat zien wat er gelezen is.",
            "Paste the agenda as you received it (Word, e-mail, PDF), or read a file with Ctrl-O; Ctrl-S shows what was read.",
        ),
        Ui::ImportPreviewTitle => (
            "Gelezen: {} — Enter voegt ze toe, Esc past de tekst aan",
            "Read: {} — Enter adds them, Esc edits the text",
        ),
        Ui::ImportNothing => (
            "Geen agendapunten herkend; Esc om de tekst aan te passen.",
            "No agenda items recognised; Esc to edit the text.",
        ),
        Ui::ImportEscAgain => (
            "De geplakte tekst is niet ingelezen: Ctrl-S leest hem, nog eens Esc gooit hem weg.",
            "The pasted text was not read: Ctrl-S reads it, Esc again throws it away.",
        ),
        Ui::ImportKeptBack => (
            "De tekst die u eerder plakte staat er weer; Ctrl-S leest hem.",
            "The text you pasted before is back; Ctrl-S reads it.",
        ),
        Ui::Imported => ("{} toegevoegd; toets u om het importeren ongedaan te maken.", "{} added; u undoes the import."),
        Ui::ImportAttachment => ("bijlage", "attachment"),
        Ui::ImportFrom => ("Geplakte tekst", "Pasted text"),
        Ui::ImportRead => ("Gelezen als", "Read as"),
        Ui::ImportLinePreamble => ("kop, niet ingelezen", "heading, not imported"),
        Ui::ImportLineTreatment => ("↳ behandeling van {}", "↳ treatment of {}"),
        Ui::ImportLineTitle => ("↳ titel van {}", "↳ title of {}"),
        Ui::ImportLineNote => ("↳ notitie bij {}", "↳ note on {}"),
        Ui::KeyImport => ("agenda importeren (plakken of bestand)", "import an agenda (paste or file)"),
        Ui::KeyImportRead => ("lezen en tonen", "read and show"),
        Ui::KeyImportConfirm => ("toevoegen", "add"),
        Ui::KeyImportEdit => ("tekst aanpassen", "edit the text"),
        Ui::QuitHint => ("Dit is het begin; q sluit annoteer af.", "This is the start; q quits annoteer."),
        Ui::PasteWhere => {
            ("Plakken kan in een tekstveld: Enter opent het veld.", "Paste into a text field: Enter opens it.")
        }
        Ui::ItemAdded => ("Agendapunt toegevoegd.", "Item added."),
        Ui::MeetingCreated => (
            "Vergadering aangemaakt; a voegt een agendapunt toe, I plakt een agenda.",
            "Meeting created; a adds an item, I pastes an agenda.",
        ),
        Ui::NewMeetingKept => (
            "Nog niet aangemaakt; uw invoer is bewaard en staat klaar bij a.",
            "Not created yet; what you typed is kept for the next a.",
        ),
        Ui::NewMeetingDraftBack => ("Uw eerdere invoer is teruggezet.", "Your earlier input is back."),
        Ui::AllSaved => ("Alles is al bewaard.", "Everything is already stored."),
        Ui::CreateFirst => ("Maak eerst de vergadering aan (Ctrl-S).", "Create the meeting first (Ctrl-S)."),
        Ui::SelectPartFirst => ("Kies eerst een deel in de lijst.", "Select a part in the list first."),
        Ui::AskDeleteMeeting => {
            ("Vergadering {} met {} agendapunten verwijderen?", "Delete the meeting {} with {} items?")
        }
        Ui::AskDeleteItem => ("Agendapunt {} verwijderen?", "Delete item {}?"),
        Ui::AlsoSubItems => ("Ook de {} subpunten gaan mee.", "Its {} sub-items go too."),
        Ui::AskUnlink => ("Koppeling met {} verwijderen? (het bestand blijft)", "Unlink {}? (the file stays)"),
        Ui::AskDeletePart => ("Deel {} verwijderen? (de punten blijven)", "Delete part {}? (the items stay)"),
        Ui::DeletedUndo => ("Verwijderd — toets u om het ongedaan te maken", "Deleted — u undoes"),
        Ui::Unlinked => ("Koppeling verwijderd.", "Link removed."),
        Ui::PartDeleted => ("Deel verwijderd.", "Part deleted."),
        Ui::Cancelled => ("Niets veranderd.", "Nothing changed."),
        Ui::Restored => ("Teruggezet.", "Restored."),
        Ui::NothingToUndo => ("Er is niets om ongedaan te maken.", "There is nothing to undo."),
        Ui::AlreadyFirst => ("Dit punt staat al bovenaan.", "This item is already first."),
        Ui::AlreadyLast => ("Dit punt staat al onderaan.", "This item is already last."),
        Ui::CannotIndent => {
            ("Inspringen kan alleen onder een punt erboven.", "An item can only be indented under the one above it.")
        }
        Ui::CannotOutdent => ("Dit punt staat al op het hoogste niveau.", "This item is already at the top level."),
        Ui::BodyNeeded => {
            ("Vul het gremium in, bijvoorbeeld Stuurgroep MIT.", "Fill in the body, for example Stuurgroep MIT.")
        }
        Ui::DiskFull => (
            "De schijf is vol: de laatste wijziging is niet bewaard (eerder werk wel). Maak ruimte en probeer opnieuw.",
            "The disk is full: the last change was not stored (earlier work is). Free some space and try again.",
        ),
        Ui::Busy => (
            "De database is bezet door een ander annoteer-venster; probeer het zo opnieuw.",
            "The database is busy in another annoteer window; try again in a moment.",
        ),
        Ui::TitleTooLong => (
            "Een titel is hooguit 300 tekens; lange tekst hoort in de annotatie of de notities.",
            "A title is at most 300 characters; long text belongs in the annotation or the notes.",
        ),
        Ui::TitleNeeded => ("Een agendapunt heeft een titel nodig.", "An item needs a title."),
        Ui::EmptyPath => ("Typ het pad van het document.", "Type the path of the document."),
        Ui::NotAFolder => ("{} is geen map.", "{} is not a folder."),
        Ui::DocumentLinked => ("Document gekoppeld.", "Document linked."),
        Ui::DocumentLinkedMissing => {
            ("Gekoppeld, maar het bestand bestaat (nog) niet.", "Linked, but the file does not exist (yet).")
        }
        Ui::NoOpener => (
            "Geen programma om documenten te openen ({} ontbreekt); het document staat er wel: {}",
            "No program to open documents ({} is missing); the document is there: {}",
        ),
        Ui::FileMissing => ("{} bestaat niet (meer).", "{} does not exist (any more)."),
        Ui::Opening => ("{} wordt geopend.", "Opening {}."),
        Ui::BadDate => (
            "De datum '{}' is geen echte datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2022-03-24.",
            "The date '{}' is not a real date; write YYYY-MM-DD, for example 2022-03-24.",
        ),
        Ui::ConflictKept => (
            "Dit veld is intussen elders gewijzigd (een ander venster?).",
            "This field was changed elsewhere meanwhile (another window?).",
        ),
        Ui::NoPapersToRenew => (
            "Bij dit punt zijn geen stukken gekoppeld; n zoekt een nieuwere versie van een gekoppeld stuk (D koppelt er een).",
            "This item has no papers linked; n looks for a newer version of a linked paper (D links one).",
        ),
        Ui::PapersUnchanged => (
            "Geen van de stukken van dit punt is gewijzigd of heeft een nieuwere versie ernaast.",
            "None of this item's papers has changed or has a newer version beside it.",
        ),
        Ui::NewBodyNotMade => (
            "Geen nieuw gremium '{}' gemaakt; het gremium is niet veranderd.",
            "No new body '{}' made; the body was not changed.",
        ),
        Ui::DeletedElsewhere => (
            "Waarin u typte, is intussen elders verwijderd (een ander venster?); U toont wat verwijderd is en zet het terug.",
            "What you were typing in was deleted elsewhere meanwhile (another window?); U lists what was deleted and puts it back.",
        ),
        Ui::KeptAsDraft => (
            "Uw tekst is als concept bewaard en wordt bij de volgende start aangeboden.",
            "Your text is kept as a draft and offered back at the next start.",
        ),
        Ui::Saved => ("Bewaard.", "Stored."),
        Ui::EditorFailed => ("De editor gaf een fout; uw tekst staat hier.", "The editor failed; your text is here."),
        Ui::EditorFailedUnchanged => (
            "De editor startte niet of gaf een fout; er is niets gewijzigd. Stel $VISUAL of $EDITOR in",
            "The editor did not start or failed; nothing was changed. Set $VISUAL or $EDITOR",
        ),
        Ui::NothingToEdit => (
            "Kies een tekstveld (annotatie, advies, bespreekpunten, notities).",
            "Select a text field (annotation, advice, talking points, notes).",
        ),
        Ui::DraftBack => ("Concept teruggezet; Esc bewaart het.", "Draft restored; Esc stores it."),
        Ui::DraftBackChanged => (
            "Concept teruggezet; het veld is intussen gewijzigd — Esc vervangt die versie.",
            "Draft restored; the field changed meanwhile — Esc replaces that version.",
        ),
        Ui::DraftDiscarded => ("Concept weggegooid.", "Draft discarded."),
        Ui::DraftsLater => {
            (
                "De concepten blijven bewaard: het veld openen biedt het concept weer aan, net als de volgende start.",
                "The drafts are kept: opening the field offers its draft again, as does the next start.",
            )
        }
        Ui::KeyUp => ("omhoog", "up"),
        Ui::KeyDown => ("omlaag", "down"),
        Ui::KeyTop => ("naar boven", "to the top"),
        Ui::KeyBottom => ("naar onder", "to the bottom"),
        Ui::KeyPageUp => ("pagina omhoog", "page up"),
        Ui::KeyPageDown => ("pagina omlaag", "page down"),
        Ui::KeyHelp => ("help", "help"),
        Ui::KeyQuit => ("stoppen", "quit"),
        Ui::KeyForceQuit => ("stoppen, alles bewaard", "quit, everything kept"),
        Ui::KeyBack => ("terug", "back"),
        Ui::KeyOpenMeeting => ("agenda", "agenda"),
        Ui::KeyAddMeeting => ("nieuw", "new"),
        Ui::KeyEditMeeting => ("gegevens", "details"),
        Ui::KeyDeleteMeeting => ("verwijderen", "delete"),
        Ui::KeyUndo => ("verwijderen ongedaan maken", "undo the last delete"),
        Ui::KeyOpenItem => ("openen", "open"),
        Ui::KeySwitchPane => ("lijst / details", "list / details"),
        Ui::KeySwitchPaneText => ("velden / tekst", "fields / text"),
        Ui::KeyAddItem => ("punt toevoegen", "add item"),
        Ui::KeyDeleteItem => ("verwijderen", "delete"),
        Ui::KeyEditAnnotationExternal => ("annotatie in editor", "annotation in editor"),
        Ui::KeyMoveUp => ("punt omhoog", "move item up"),
        Ui::KeyMoveDown => ("punt omlaag", "move item down"),
        Ui::KeyIndent => ("inspringen (subpunt)", "indent (sub-item)"),
        Ui::KeyOutdent => ("uitspringen", "outdent"),
        Ui::KeyDocuments => ("documenten", "documents"),
        Ui::KeyEditField => ("bewerken", "edit"),
        Ui::KeyEditExternal => ("in $EDITOR", "in $EDITOR"),
        Ui::KeyAddDocument => ("koppelen", "link"),
        Ui::KeyOpenFile => ("openen", "open"),
        Ui::KeyCycleRole => ("rol wisselen", "change role"),
        Ui::KeyBaseFolder => ("basismap", "base folder"),
        Ui::KeyRemoveDocument => ("ontkoppelen", "unlink"),
        Ui::KeySaveMeeting => ("opslaan", "save"),
        Ui::KeyAddPart => ("deel toevoegen", "add part"),
        Ui::KeyDeletePart => ("deel verwijderen", "delete part"),
        Ui::KeyCloseHelp => ("sluiten", "close"),
        Ui::KeyYes => ("ja", "yes"),
        Ui::KeyNo => ("nee", "no"),
        Ui::KeyPick => ("kiezen", "choose"),
        Ui::KeyCancel => ("annuleren", "cancel"),
        Ui::KeyRestoreDraft => ("terugzetten", "restore"),
        Ui::KeyDiscardDraft => ("weggooien", "discard"),
        Ui::KeyLater => ("later", "later"),
        Ui::KeyEditDone => ("klaar", "done"),
        Ui::KeyEditLeave => ("terug", "back"),
        Ui::KeyComplete => ("aanvullen", "complete"),
        Ui::KeyEditDoneText => ("klaar (bewaard)", "done (stored)"),
        Ui::MeetingPapers => (
            "Bij de vergadering, nog bij geen punt (t zet het bij dit punt)",
            "With the meeting, not yet with an item (t puts it with this item)",
        ),
        Ui::KeyTakePaper => ("stuk bij dit punt zetten", "put the paper with this item"),
        Ui::PaperTaken => ("Het stuk staat nu bij dit punt.", "The paper is with this item now."),
        Ui::PaperAlreadyHere => ("Dit stuk staat al bij dit punt.", "This paper is with this item already."),
        Ui::FromMail => ("uit mail van {}", "from a mail by {}"),
        Ui::TakeFirst => (
            "Dit stuk staat nog bij de vergadering: zet het eerst met t bij dit punt.",
            "This paper is with the meeting: put it with this item first (t).",
        ),
        Ui::AskUnlinkMeeting => (
            "{} van de vergadering ontkoppelen? (het bestand blijft)",
            "Unlink {} from the meeting? (the file stays)",
        ),
        Ui::NothingToUndoHere => (
            "Hier is niets verwijderd om ongedaan te maken; U toont alles wat verwijderd is.",
            "Nothing was deleted here to undo; U shows everything that was deleted.",
        ),
        Ui::DateKeptAsItWas => ("De datum blijft zoals hij was.", "The date stays as it was."),
        Ui::MeetingsComing => ("Komend", "Upcoming"),
        Ui::MeetingsPast => ("Geweest", "Past"),
        Ui::PapersMissingMark => ("{} ontbreken", "{} missing"),
        Ui::SendByMark => ("versturen: {}", "send by: {}"),
        Ui::SendByPassedMark => ("te laat: versturen was {}", "late: was to be sent {}"),
        Ui::ImportOtherDate => (
            "De geplakte agenda is van {}, deze vergadering niet, en zij heeft al punten.",
            "The pasted agenda is of {}, this meeting is not, and it has items already.",
        ),
        Ui::ImportOtherDateEmpty => (
            "De geplakte agenda noemt als datum {}, deze vergadering heeft een andere: klopt die van de vergadering?",
            "The pasted agenda names {} as its date, this meeting another: is the meeting's date right?",
        ),
        Ui::ImportOtherDateAsk => (
            "De geplakte agenda is van {}, niet van deze vergadering. Enter nogmaals voegt haar toch toe; Esc niet.",
            "The pasted agenda is of {}, not of this meeting. Enter again adds it anyway; Esc does not.",
        ),
        Ui::ImportUndone => (
            "Importeren ongedaan gemaakt: {} weer van de agenda; toets u om ze terug te zetten.",
            "Import undone: {} off the agenda again; u puts them back.",
        ),
        Ui::NoBodyFits => ("Geen bekend gremium begint zo.", "No known body starts like that."),
        Ui::AskNewBody => (
            "Nieuw gremium '{}'? Enter of ↓ maakt het, Esc niet; Tab vult aan uit de bekende.",
            "New body '{}'? Enter or ↓ makes it, Esc does not; Tab completes from the known ones.",
        ),
        Ui::KnownBodies => ("Bekend: {}.", "Known: {}."),
        Ui::KeyNewerVersion => ("nieuwere versie", "newer version"),
        Ui::NothingDeleted => ("Er is niets verwijderd om terug te zetten.", "Nothing deleted to restore."),
        Ui::DeletedListTitle => ("Verwijderd — Enter zet terug", "Deleted — Enter restores"),
        Ui::KeyDeletedList => ("verwijderde dingen", "deleted things"),
        Ui::KeyStatus => ("status", "status"),
        Ui::StatusTitle => ("Status van de vergadering", "Status of the meeting"),
        Ui::StatusSet => ("Status: {}.", "Status: {}."),
        Ui::MessagesTitle => ("Meldingen (nieuwste bovenaan)", "Messages (newest first)"),
        Ui::NoMessages => ("Nog geen meldingen.", "No messages yet."),
        Ui::KeyMessages => ("meldingen", "messages"),
        // The import preview, where the treatment does not fit its row (issue 16).
        Ui::ImportTreatmentOf => ("Behandeling van {}: {}", "Treatment of {}: {}"),
        Ui::ImportNoTreatmentOf => ("Bij {} is geen behandeling gelezen", "No treatment read for {}"),
        // The import preview: a line of an agenda book's sections per item (importfix, F13).
        Ui::ImportLineLeftOut => ("toelichting per punt, niet ingelezen", "explanation per item, not imported"),
    }
}

// ---------------------------------------------------------------------------------------------
// Dates as typed, counted nouns, the meeting's life, undo (issue 16).

/// A noun counted in a message: "1 punt", "8 punten", never "punt(en)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Item,
    SubItem,
    Part,
    Line,
    Decision,
    Problem,
    Meeting,
    Paper,
    BadRow,
    GoodRow,
    /// An agenda item where decisions stand beside it (the search's counts).
    AgendaItem,
}

const WEEKDAYS_NL: [&str; 7] = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Lang {
    /// "1 punt", "8 punten" / "1 item", "8 items".
    pub fn count(self, n: usize, noun: Noun) -> String {
        let (one_nl, many_nl, one_en, many_en) = match noun {
            Noun::Item => ("punt", "punten", "item", "items"),
            Noun::SubItem => ("subpunt", "subpunten", "sub-item", "sub-items"),
            Noun::Part => ("deel", "delen", "part", "parts"),
            Noun::Line => ("regel", "regels", "line", "lines"),
            Noun::Decision => ("besluit", "besluiten", "decision", "decisions"),
            Noun::Problem => ("probleem", "problemen", "problem", "problems"),
            Noun::Meeting => ("vergadering", "vergaderingen", "meeting", "meetings"),
            Noun::Paper => ("stuk", "stukken", "paper", "papers"),
            Noun::BadRow => ("foute rij", "foute rijen", "bad row", "bad rows"),
            Noun::GoodRow => ("goede rij", "goede rijen", "good row", "good rows"),
            Noun::AgendaItem => ("agendapunt", "agendapunten", "agenda item", "agenda items"),
        };
        let word = match (self, n == 1) {
            (Lang::Nl, true) => one_nl,
            (Lang::Nl, false) => many_nl,
            (Lang::En, true) => one_en,
            (Lang::En, false) => many_en,
        };
        format!("{n} {word}")
    }

    pub fn weekday(self, index: usize) -> &'static str {
        match self {
            Lang::Nl => WEEKDAYS_NL[index % 7],
            Lang::En => WEEKDAYS_EN[index % 7],
        }
    }

    /// Why a typed date was refused, and the forms that are read.
    pub fn date_problem(self, problem: crate::dates::DateProblem, typed: &str) -> String {
        use crate::dates::DateProblem;
        let typed = typed.trim();
        match (self, problem) {
            (Lang::Nl, DateProblem::NotADate) => format!(
                "De datum '{typed}' is geen datum die annoteer leest; schrijf bijvoorbeeld 10-12-2026, 10 december 2026 of 2026-12-10."
            ),
            (Lang::En, DateProblem::NotADate) => format!(
                "The date '{typed}' is not a date annoteer reads; write for example 10-12-2026, 10 December 2026 or 2026-12-10."
            ),
            (Lang::Nl, DateProblem::NoSuchDay) => format!("De datum '{typed}' bestaat niet in de kalender."),
            (Lang::En, DateProblem::NoSuchDay) => format!("The date '{typed}' is not a day in the calendar."),
            (_, DateProblem::WrongWeekday { date, actual }) => match self {
                Lang::Nl => format!(
                    "De datum '{typed}' klopt niet: {} valt op een {}; verbeter de dag of de datum.",
                    date.dutch_long(),
                    self.weekday(actual)
                ),
                Lang::En => format!(
                    "The date '{typed}' does not add up: {} is a {}; correct the weekday or the date.",
                    date.english_long(),
                    self.weekday(actual)
                ),
            },
            (Lang::Nl, DateProblem::NoYear) => format!("De datum '{typed}' heeft geen jaar; schrijf het jaar erbij."),
            (Lang::En, DateProblem::NoYear) => format!("The date '{typed}' has no year; add the year."),
        }
    }

    /// "Punt 2 'Verslag' teruggezet in Stuurgroep MIT 24 maart 2022" / "Vergadering … teruggezet".
    pub fn undone(self, what: &crate::domain::Deleted) -> String {
        use crate::domain::DeletedKind;
        let place = format!("{} {}", what.body, self.long_date(&what.date));
        let with = match (what.kind, what.items_with_it) {
            (_, 0) => String::new(),
            (DeletedKind::Item, n) => match self {
                Lang::Nl => format!(" met {}", self.count(n, Noun::SubItem)),
                Lang::En => format!(" with {}", self.count(n, Noun::SubItem)),
            },
            (DeletedKind::Meeting, n) => match self {
                Lang::Nl => format!(" met {}", self.count(n, Noun::Item)),
                Lang::En => format!(" with {}", self.count(n, Noun::Item)),
            },
            (DeletedKind::Decision | DeletedKind::Action, _) => String::new(),
        };
        if what.kind == DeletedKind::Item && what.together > 1 {
            return match self {
                Lang::Nl => format!("Punten {} teruggezet in {place}.", what.number),
                Lang::En => format!("Items {} restored in {place}.", what.number),
            };
        }
        match (self, what.kind) {
            (Lang::Nl, DeletedKind::Item) => {
                format!("Punt {} '{}'{with} teruggezet in {place}.", what.number, what.title)
            }
            (Lang::En, DeletedKind::Item) => {
                format!("Item {} '{}'{with} restored in {place}.", what.number, what.title)
            }
            (Lang::Nl, DeletedKind::Meeting) => format!("Vergadering {place}{with} teruggezet."),
            (Lang::En, DeletedKind::Meeting) => format!("Meeting {place}{with} restored."),
            (Lang::Nl, DeletedKind::Decision | DeletedKind::Action) => {
                format!("{} teruggezet in {place}.", self.entry(what))
            }
            (Lang::En, DeletedKind::Decision | DeletedKind::Action) => {
                format!("{} restored in {place}.", self.entry(what))
            }
        }
    }
}

/// Words of the command line's own output (help texts are in cli/help.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliWord {
    NoMeetingsYet,
    ColId,
    ColBody,
    ColDate,
    ColTitle,
    ColItems,
    ColStatus,
    WithoutAdvice,
    PapersMissing,
    SendBy,
    SendByPassed,
    StatusSet,
    SendBySet,
    SendByCleared,
    BadStatus,
    DemoWritten,
    BackedUp,
    ErrorPrefix,
}

impl Lang {
    pub fn cli(self, w: CliWord) -> &'static str {
        let (nl, en) = match w {
            CliWord::NoMeetingsYet => (
                "nog geen vergaderingen; start `annoteer` om er een te maken, of probeer `annoteer --demo`",
                "no meetings yet; start `annoteer` to make one, or try `annoteer --demo`",
            ),
            CliWord::ColId => ("id", "id"),
            CliWord::ColBody => ("gremium", "body"),
            CliWord::ColDate => ("datum", "date"),
            CliWord::ColTitle => ("titel", "title"),
            CliWord::ColItems => ("punten", "items"),
            CliWord::ColStatus => ("status", "status"),
            CliWord::WithoutAdvice => ("{} zonder advies", "{} without advice"),
            CliWord::PapersMissing => ("{} ontbreken", "{} missing"),
            CliWord::SendBy => ("versturen: {}", "send by: {}"),
            CliWord::SendByPassed => ("versturen was {}", "was to be sent {}"),
            CliWord::StatusSet => ("vergadering {} ({}): {}", "meeting {} ({}): {}"),
            CliWord::SendBySet => ("versturen uiterlijk: {}", "to be sent by: {}"),
            CliWord::SendByCleared => ("geen verstuurmoment meer", "no send-by moment any more"),
            CliWord::BadStatus => (
                "'{}' is geen status; kies voorbereiding, verstuurd of gehouden (preparing, sent, held)",
                "'{}' is not a status; choose preparing, sent or held (voorbereiding, verstuurd, gehouden)",
            ),
            CliWord::DemoWritten => ("de demo ({}) staat in {}", "wrote the demo data ({}) to {}"),
            CliWord::BackedUp => ("kopie gemaakt in {}", "backed up to {}"),
            CliWord::ErrorPrefix => ("annoteer: ", "annoteer: "),
        };
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

impl Lang {
    /// An error as one sentence in this language: refusals by `Lang::refusal`, files and streams with the
    /// system's reason, the fixed ones here. Free text (`Error::Invalid`, `Error::Io`) is passed on as it is.
    pub fn error(self, e: &crate::error::Error) -> String {
        use crate::error::Error;
        if let Error::Refused(r) = e {
            return self.refusal(r);
        }
        if self == Lang::En {
            return e.to_string();
        }
        let what = |w: &'static str| -> &'static str {
            match w {
                "meeting" => "vergadering",
                "agenda item" => "agendapunt",
                "action point" => "actiepunt",
                "decision" => "besluit",
                "body" => "gremium",
                "part" => "deel",
                "document link" => "documentkoppeling",
                "cover note" => "oplegger",
                other => other,
            }
        };
        match e {
            Error::EmptyFile(p) => format!("{} is leeg (0 bytes), geen annoteer-database; er is niets aan veranderd", p.display()),
            Error::NotSqlite(p) => format!(
                "{} is geen SQLite-database (misschien een tekst- of documentbestand); er is niets aan veranderd",
                p.display()
            ),
            Error::ForeignDatabase(p) => {
                format!("{} is een SQLite-database van een ander programma, niet van annoteer; er is niets aan veranderd", p.display())
            }
            Error::NewerSchema { path, found, known } => format!(
                "{} is gemaakt door een nieuwere annoteer (schema {found}, deze kent tot {known}); werk annoteer bij, het bestand is niet veranderd",
                path.display()
            ),
            Error::IsDirectory(p) => format!("{} is een map, geen databasebestand", p.display()),
            Error::MissingDirectory(p) => format!(
                "de map {} voor de database bestaat niet; maak haar aan of geef een ander --db-pad (annoteer maakt geen ontbrekende mappen aan)",
                p.display()
            ),
            Error::NotFound { what: w, id } => format!("{} {id} bestaat niet", what(w)),
            Error::Conflict { what: w } => format!(
                "{} {} is intussen elders gewijzigd (een ander annoteer-venster?); uw tekst is bewaard, laad opnieuw om de andere wijziging te zien",
                // "het" words take "dit", "de" words "deze".
                if matches!(what(w), "agendapunt" | "actiepunt" | "besluit" | "gremium" | "deel") { "dit" } else { "deze" },
                what(w)
            ),
            Error::Busy => "de database is bezet door een andere annoteer en kwam niet op tijd vrij; probeer het opnieuw".into(),
            Error::DiskFull => "de schijf is vol (of het bestand is te groot); er is niets verloren, maar de laatste wijziging is niet bewaard: maak ruimte en probeer opnieuw".into(),
            Error::Corrupt { path, detail } => format!(
                "de database {} is beschadigd of onleesbaar: {}",
                path.display(),
                detail.split_whitespace().collect::<Vec<_>>().join(" ")
            ),
            Error::Sql(_) => e.to_string().replacen("database error: ", "databasefout: ", 1),
            Error::File { doing, path, source } => self.file_failure(*doing, path, source),
            Error::Stream { doing, source } => self.stream_failure(*doing, source),
            Error::Io { .. } | Error::Invalid(_) | Error::Refused(_) => e.to_string(),
        }
    }
}

impl Lang {
    /// Where the papers come from, in this language: "bijlage, JenV" / "attachment, JenV". The submitter and
    /// the origin note are the user's words and stay as typed.
    pub fn origin(self, item: &crate::domain::AgendaItem) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if item.has_attachment {
            parts.push(if self == Lang::Nl { "bijlage" } else { "attachment" });
        }
        for own in [&item.origin_note, &item.submitter] {
            if !own.trim().is_empty() {
                parts.push(own.trim());
            }
        }
        parts.join(", ")
    }

    /// "Ter besluitvorming (bijlage, JenV)" / "For decision (attachment, JenV)".
    pub fn treatment_and_origin(self, item: &crate::domain::AgendaItem) -> String {
        let treatment = item.treatment.map(|t| self.treatment(t)).unwrap_or("");
        match self.origin(item) {
            o if o.is_empty() => treatment.to_string(),
            o => format!("{treatment} ({o})").trim().to_string(),
        }
    }

    /// The reference of a decision on item `number`: "Agendapunt 6" / "Item 6".
    pub fn decision_reference(self, number: &str) -> String {
        match self {
            Lang::Nl => format!("Agendapunt {number}"),
            Lang::En => format!("Item {number}"),
        }
    }
}

impl Lang {
    /// A line of the list of deleted things: what, where, when.
    pub fn deleted_line(self, d: &crate::domain::Deleted) -> String {
        use crate::domain::DeletedKind;
        let place = format!("{} {}", d.body, self.long_date(&d.date));
        let when = crate::dates::Date::from_days(d.deleted_at.div_euclid(86_400));
        let when = match self {
            Lang::Nl => format!("verwijderd {}", when.dutch_long()),
            Lang::En => format!("deleted {}", when.english_long()),
        };
        let what = match (self, d.kind, d.together > 1) {
            (Lang::Nl, DeletedKind::Item, true) => format!("Punten {}", d.number),
            (Lang::En, DeletedKind::Item, true) => format!("Items {}", d.number),
            (Lang::Nl, DeletedKind::Item, false) => format!("Punt {} '{}'", d.number, d.title),
            (Lang::En, DeletedKind::Item, false) => format!("Item {} '{}'", d.number, d.title),
            (Lang::Nl, DeletedKind::Meeting, _) => format!("Vergadering ({})", self.count(d.items_with_it, Noun::Item)),
            (Lang::En, DeletedKind::Meeting, _) => format!("Meeting ({})", self.count(d.items_with_it, Noun::Item)),
            (_, DeletedKind::Decision | DeletedKind::Action, _) => self.entry(d),
        };
        format!("{what} · {place} · {when}")
    }

    /// A deleted decision or action point named: "Besluit Agendapunt 6 'De stuurgroep stemt in …'",
    /// "Actiepunt MIO-12 'Planning …'"; its first line cut at 40 characters, to fit a status line.
    fn entry(self, d: &crate::domain::Deleted) -> String {
        use crate::domain::DeletedKind;
        let word = match (self, d.kind) {
            (Lang::Nl, DeletedKind::Action) => "Actiepunt",
            (Lang::En, DeletedKind::Action) => "Action point",
            (Lang::Nl, _) => "Besluit",
            (Lang::En, _) => "Decision",
        };
        let title = if d.title.chars().count() > 40 {
            format!("{}…", d.title.chars().take(39).collect::<String>().trim_end())
        } else {
            d.title.clone()
        };
        match d.number.trim() {
            "" => format!("{word} '{title}'"),
            number => format!("{word} {number} '{title}'"),
        }
    }
}

#[cfg(test)]
mod counted_tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(Lang::Nl.count(1, Noun::Item), "1 punt");
        assert_eq!(Lang::Nl.count(8, Noun::Item), "8 punten");
        assert_eq!(Lang::Nl.count(0, Noun::Line), "0 regels");
        assert_eq!(Lang::En.count(1, Noun::Line), "1 line");
        assert_eq!(Lang::En.count(2, Noun::SubItem), "2 sub-items");
        assert_eq!(Lang::Nl.count(1, Noun::Part), "1 deel");
        assert_eq!(Lang::Nl.count(3, Noun::Part), "3 delen");
    }

    #[test]
    fn no_sentence_hedges_its_plural() {
        for w in [Ui::ItemCounts, Ui::Carried, Ui::Imported, Ui::ImportPreviewTitle] {
            let (nl, en) = ui_words(w);
            for text in [nl, en] {
                assert!(!text.contains("(en)") && !text.contains("(s)"), "{w:?}: {text}");
            }
        }
    }

    #[test]
    fn treatment_and_origin_speak_the_language() {
        let mut item = crate::domain::AgendaItem {
            id: crate::domain::ItemId(1),
            meeting_id: crate::domain::MeetingId(1),
            parent_id: None,
            part_id: None,
            position: 0,
            number: "6".into(),
            depth: 0,
            title: "Voorstel".into(),
            treatment: None,
            submitter: String::new(),
            has_attachment: false,
            origin_note: String::new(),
            cover_treatment: None,
            annotation: String::new(),
            advice_stance: None,
            advice_text: String::new(),
            talking_points: vec![],
            notes: String::new(),
            revision: 0,
        };
        item.treatment = Some(Treatment::TerBesluitvorming);
        item.has_attachment = true;
        item.submitter = "JenV".into();
        assert_eq!(Lang::En.treatment_and_origin(&item), "For decision (attachment, JenV)");
        assert_eq!(Lang::Nl.treatment_and_origin(&item), "Ter besluitvorming (bijlage, JenV)");
        assert_eq!(Lang::Nl.origin(&item), item.origin(), "the same words as the memo's");
        assert_eq!(Lang::En.decision_reference("6"), "Item 6");
        assert_eq!(Lang::Nl.decision_reference("4.1"), "Agendapunt 4.1");
    }
}
