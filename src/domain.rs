//! The values of the domain (see shared/DOMAIN.md). Plain data: no I/O here.

use serde::{Deserialize, Serialize};
use std::fmt;

mod cover;
pub use cover::{CoverChange, CoverField, CoverNote, CoverRead, CoverUnknown};

macro_rules! id_type {
    ($name:ident) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(BodyId);
id_type!(MeetingId);
id_type!(PartId);
id_type!(ItemId);
id_type!(DocumentId);
id_type!(DecisionId);
id_type!(ActionId);

/// A closed set of words stored by code and shown in Dutch or English.
pub trait Coded: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
}

/// How the body treats an item (behandeling).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    Mededelingen,
    TerVaststelling,
    TerBesluitvorming,
    TerBespreking,
    TerInformatie,
    MondelingeToelichting,
    TerConsultatie,
    Rondvraag,
}

impl Coded for Treatment {
    const ALL: &'static [Self] = &[
        Treatment::Mededelingen,
        Treatment::TerVaststelling,
        Treatment::TerBesluitvorming,
        Treatment::TerBespreking,
        Treatment::TerInformatie,
        Treatment::MondelingeToelichting,
        Treatment::TerConsultatie,
        Treatment::Rondvraag,
    ];
    fn code(self) -> &'static str {
        match self {
            Treatment::Mededelingen => "mededelingen",
            Treatment::TerVaststelling => "ter_vaststelling",
            Treatment::TerBesluitvorming => "ter_besluitvorming",
            Treatment::TerBespreking => "ter_bespreking",
            Treatment::TerInformatie => "ter_informatie",
            Treatment::MondelingeToelichting => "mondelinge_toelichting",
            Treatment::TerConsultatie => "ter_consultatie",
            Treatment::Rondvraag => "rondvraag",
        }
    }
}

impl Treatment {
    /// The Dutch label as an agenda writes it ("Ter besluitvorming").
    pub fn dutch(self) -> &'static str {
        match self {
            Treatment::Mededelingen => "Mededelingen",
            Treatment::TerVaststelling => "Ter vaststelling",
            Treatment::TerBesluitvorming => "Ter besluitvorming",
            Treatment::TerBespreking => "Ter bespreking",
            Treatment::TerInformatie => "Ter informatie",
            Treatment::MondelingeToelichting => "Mondelinge toelichting",
            Treatment::TerConsultatie => "Ter consultatie",
            Treatment::Rondvraag => "Rondvraag",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Treatment::Mededelingen => "Announcements",
            Treatment::TerVaststelling => "For adoption",
            Treatment::TerBesluitvorming => "For decision",
            Treatment::TerBespreking => "For discussion",
            Treatment::TerInformatie => "For information",
            Treatment::MondelingeToelichting => "Oral update",
            Treatment::TerConsultatie => "For consultation",
            Treatment::Rondvraag => "Any other business",
        }
    }

    /// Reads the treatment from the words an agenda or cover note uses
    /// ("ter kennisname", "schriftelijke consultatie", "Ter besluitvorming").
    pub fn from_words(text: &str) -> Option<Treatment> {
        let t = text.trim().to_lowercase();
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(v) = Treatment::from_code(t) {
            return Some(v);
        }
        let table: &[(&str, Treatment)] = &[
            ("mededelingen", Treatment::Mededelingen),
            ("mededeling", Treatment::Mededelingen),
            ("ter vaststelling", Treatment::TerVaststelling),
            ("vaststelling", Treatment::TerVaststelling),
            ("ter besluitvorming", Treatment::TerBesluitvorming),
            ("ter besluit", Treatment::TerBesluitvorming),
            ("besluitvorming", Treatment::TerBesluitvorming),
            ("ter bespreking", Treatment::TerBespreking),
            ("bespreking", Treatment::TerBespreking),
            ("ter informatie", Treatment::TerInformatie),
            ("ter info", Treatment::TerInformatie),
            ("ter kennisname", Treatment::TerInformatie),
            ("informatie", Treatment::TerInformatie),
            ("kennisname", Treatment::TerInformatie),
            ("mondelinge toelichting", Treatment::MondelingeToelichting),
            ("mondeling", Treatment::MondelingeToelichting),
            ("schriftelijke consultatie", Treatment::TerConsultatie),
            ("ter consultatie", Treatment::TerConsultatie),
            ("consultatie", Treatment::TerConsultatie),
            ("rondvraag", Treatment::Rondvraag),
        ];
        // Whole words only: "Informatiebeveiliging" and "Mondelinge vragen" are titles, not treatments.
        let whole = |word: &str| {
            t.strip_prefix(word).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        };
        table.iter().find(|(word, _)| whole(word)).map(|(_, v)| *v)
    }
}

/// The recommended stance of the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Akkoord,
    AkkoordMetKanttekeningen,
    NietAkkoord,
    Aanhouden,
    GeenOpmerkingen,
    TerKennisname,
}

impl Coded for Stance {
    const ALL: &'static [Self] = &[
        Stance::Akkoord,
        Stance::AkkoordMetKanttekeningen,
        Stance::NietAkkoord,
        Stance::Aanhouden,
        Stance::GeenOpmerkingen,
        Stance::TerKennisname,
    ];
    fn code(self) -> &'static str {
        match self {
            Stance::Akkoord => "akkoord",
            Stance::AkkoordMetKanttekeningen => "akkoord_met_kanttekeningen",
            Stance::NietAkkoord => "niet_akkoord",
            Stance::Aanhouden => "aanhouden",
            Stance::GeenOpmerkingen => "geen_opmerkingen",
            Stance::TerKennisname => "ter_kennisname",
        }
    }
}

impl Stance {
    pub fn dutch(self) -> &'static str {
        match self {
            Stance::Akkoord => "Akkoord",
            Stance::AkkoordMetKanttekeningen => "Akkoord met kanttekeningen",
            Stance::NietAkkoord => "Niet akkoord",
            Stance::Aanhouden => "Aanhouden",
            Stance::GeenOpmerkingen => "Geen opmerkingen",
            Stance::TerKennisname => "Ter kennisname",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Stance::Akkoord => "Agree",
            Stance::AkkoordMetKanttekeningen => "Agree with remarks",
            Stance::NietAkkoord => "Disagree",
            Stance::Aanhouden => "Postpone",
            Stance::GeenOpmerkingen => "No remarks",
            Stance::TerKennisname => "Note",
        }
    }
}

/// What a linked paper is to the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocRole {
    Bijlage,
    Oplegger,
    Achtergrond,
    /// The minutes of an earlier meeting, put before this one for adoption.
    Verslag,
}

impl Coded for DocRole {
    const ALL: &'static [Self] = &[DocRole::Bijlage, DocRole::Oplegger, DocRole::Achtergrond, DocRole::Verslag];
    fn code(self) -> &'static str {
        match self {
            DocRole::Bijlage => "bijlage",
            DocRole::Oplegger => "oplegger",
            DocRole::Achtergrond => "achtergrond",
            DocRole::Verslag => "verslag",
        }
    }
}

impl DocRole {
    pub fn dutch(self) -> &'static str {
        match self {
            DocRole::Bijlage => "Bijlage",
            DocRole::Oplegger => "Oplegger",
            DocRole::Achtergrond => "Achtergrond",
            DocRole::Verslag => "Verslag",
        }
    }
    pub fn english(self) -> &'static str {
        match self {
            DocRole::Bijlage => "Attachment",
            DocRole::Oplegger => "Cover note",
            DocRole::Achtergrond => "Background",
            DocRole::Verslag => "Minutes",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    Preparing,
    Sent,
    Held,
}

impl MeetingStatus {
    /// The status from a word a user types: the codes, and Dutch (voorbereiding, verstuurd, gehouden).
    pub fn from_words(text: &str) -> Option<MeetingStatus> {
        match text.trim().to_lowercase().as_str() {
            "preparing" | "in preparation" | "voorbereiding" | "in voorbereiding" => Some(MeetingStatus::Preparing),
            "sent" | "verstuurd" | "verzonden" => Some(MeetingStatus::Sent),
            "held" | "gehouden" | "geweest" => Some(MeetingStatus::Held),
            _ => None,
        }
    }
}

impl Coded for MeetingStatus {
    const ALL: &'static [Self] = &[MeetingStatus::Preparing, MeetingStatus::Sent, MeetingStatus::Held];
    fn code(self) -> &'static str {
        match self {
            MeetingStatus::Preparing => "preparing",
            MeetingStatus::Sent => "sent",
            MeetingStatus::Held => "held",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Done,
}

impl Coded for ActionStatus {
    const ALL: &'static [Self] = &[ActionStatus::Open, ActionStatus::Done];
    fn code(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
        }
    }
}

/// A governance body (gremium), optionally preparing for another one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    pub id: BodyId,
    pub name: String,
    pub full_name: String,
    pub prepares_for: Option<BodyId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    pub body_id: BodyId,
    pub body: String,
    /// ISO date, YYYY-MM-DD.
    pub date: String,
    pub time: String,
    pub place: String,
    pub title: String,
    pub classification: String,
    /// "Aan" in the memo header.
    pub addressee: String,
    /// "Van" / steller in the memo header.
    pub author: String,
    pub status: MeetingStatus,
    pub revision: i64,
}

/// The fields of a meeting a user sets; the store fills in the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingDraft {
    pub body: String,
    pub date: String,
    pub time: String,
    pub place: String,
    pub title: String,
    pub classification: String,
    pub addressee: String,
    pub author: String,
}

/// A part of a meeting ("Deel 1: Reguliere Stuurgroep met PGT", "BESLOTEN DEEL").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub id: PartId,
    pub meeting_id: MeetingId,
    pub position: i64,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: ItemId,
    pub meeting_id: MeetingId,
    pub parent_id: Option<ItemId>,
    pub part_id: Option<PartId>,
    /// Order among the siblings (same parent), from 0.
    pub position: i64,
    /// "2", "2.1": derived from the tree, never typed.
    pub number: String,
    pub depth: usize,
    pub title: String,
    pub treatment: Option<Treatment>,
    pub submitter: String,
    pub has_attachment: bool,
    /// Free words on where the papers come from ("bijlage uit SG 16 februari").
    pub origin_note: String,
    /// The purpose the cover note (oplegger) states, when known.
    pub cover_treatment: Option<Treatment>,
    pub annotation: String,
    pub advice_stance: Option<Stance>,
    pub advice_text: String,
    pub talking_points: Vec<String>,
    pub notes: String,
    pub revision: i64,
}

impl AgendaItem {
    /// True when the cover note states another purpose than the agenda.
    pub fn treatment_mismatch(&self) -> bool {
        matches!((self.treatment, self.cover_treatment), (Some(a), Some(c)) if a != c)
    }

    pub fn has_advice(&self) -> bool {
        self.advice_stance.is_some() || !self.advice_text.trim().is_empty()
    }

    /// "bijlage, PGT" as the agenda writes the origin, without parentheses.
    pub fn origin(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if self.has_attachment {
            parts.push("bijlage");
        }
        if !self.origin_note.trim().is_empty() {
            parts.push(self.origin_note.trim());
        }
        if !self.submitter.trim().is_empty() {
            parts.push(self.submitter.trim());
        }
        parts.join(", ")
    }
}

/// The longest title an item may have (in characters); longer text belongs in the annotation or notes.
pub const MAX_TITLE_CHARS: usize = 300;

/// The editable fields of an item, for creating one or changing one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemDraft {
    pub title: String,
    pub treatment: Option<Treatment>,
    pub submitter: String,
    pub has_attachment: bool,
    pub origin_note: String,
    pub cover_treatment: Option<Treatment>,
    pub annotation: String,
    pub advice_stance: Option<Stance>,
    pub advice_text: String,
    pub talking_points: Vec<String>,
    pub notes: String,
}

impl From<&AgendaItem> for ItemDraft {
    fn from(i: &AgendaItem) -> Self {
        ItemDraft {
            title: i.title.clone(),
            treatment: i.treatment,
            submitter: i.submitter.clone(),
            has_attachment: i.has_attachment,
            origin_note: i.origin_note.clone(),
            cover_treatment: i.cover_treatment,
            annotation: i.annotation.clone(),
            advice_stance: i.advice_stance,
            advice_text: i.advice_text.clone(),
            talking_points: i.talking_points.clone(),
            notes: i.notes.clone(),
        }
    }
}

/// One field of an item, for field-by-field edits from the TUI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemField {
    Title,
    Treatment,
    Submitter,
    HasAttachment,
    OriginNote,
    CoverTreatment,
    Annotation,
    AdviceStance,
    AdviceText,
    TalkingPoints,
    Notes,
}

impl Coded for ItemField {
    const ALL: &'static [Self] = &[
        ItemField::Title,
        ItemField::Treatment,
        ItemField::Submitter,
        ItemField::HasAttachment,
        ItemField::OriginNote,
        ItemField::CoverTreatment,
        ItemField::Annotation,
        ItemField::AdviceStance,
        ItemField::AdviceText,
        ItemField::TalkingPoints,
        ItemField::Notes,
    ];
    fn code(self) -> &'static str {
        match self {
            ItemField::Title => "title",
            ItemField::Treatment => "treatment",
            ItemField::Submitter => "submitter",
            ItemField::HasAttachment => "has_attachment",
            ItemField::OriginNote => "origin_note",
            ItemField::CoverTreatment => "cover_treatment",
            ItemField::Annotation => "annotation",
            ItemField::AdviceStance => "advice_stance",
            ItemField::AdviceText => "advice_text",
            ItemField::TalkingPoints => "talking_points",
            ItemField::Notes => "notes",
        }
    }
}

impl ItemField {
    /// Multi-line prose, edited in a text area or $EDITOR.
    pub fn is_long_text(self) -> bool {
        matches!(self, ItemField::Annotation | ItemField::AdviceText | ItemField::TalkingPoints | ItemField::Notes)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocumentId,
    pub path: String,
    pub title: String,
    pub version_label: String,
    pub size: Option<i64>,
    /// Seconds since the epoch, as the file system reported at linking.
    pub modified: Option<i64>,
    pub sha256: String,
}

/// A document as linked to one item, with its role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedDocument {
    pub document: Document,
    pub role: DocRole,
    pub position: i64,
}

/// Where a paper came from: the mail it was attached to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocSource {
    /// The sender's name as the mail gives it, else the address.
    pub sender: String,
    /// The day the mail was sent (ISO), or empty when the mail does not say.
    pub sent: String,
    pub subject: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: DecisionId,
    pub body_id: Option<BodyId>,
    pub body: String,
    pub meeting_id: Option<MeetingId>,
    pub item_id: Option<ItemId>,
    pub date: String,
    pub text: String,
    pub reference: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionDraft {
    pub body: String,
    pub meeting_id: Option<MeetingId>,
    pub item_id: Option<ItemId>,
    pub date: String,
    pub text: String,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionPoint {
    pub id: ActionId,
    pub code: String,
    pub owner: String,
    pub text: String,
    /// Free text as minutes write it: "2022-05-31", "Mei 2022".
    pub deadline: String,
    pub status: ActionStatus,
    pub remarks: String,
    pub meeting_id: Option<MeetingId>,
    pub item_id: Option<ItemId>,
}

impl ActionPoint {
    /// True when the action is open and its deadline has passed. A deadline is read as a date wherever it is
    /// one ("25 maart" with the year from the meeting, "10 dec. 2026"); a deadline in words ("z.s.m.", or a
    /// month alone, "mei 2022") is never overdue.
    pub fn is_overdue(&self, today: crate::dates::Date, meeting_date: Option<crate::dates::Date>) -> bool {
        self.status == ActionStatus::Open
            && crate::dates::deadline_due(&self.deadline, meeting_date).is_some_and(|due| due < today)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionDraft {
    pub code: String,
    pub owner: String,
    pub text: String,
    pub deadline: String,
    pub remarks: String,
    pub meeting_id: Option<MeetingId>,
    pub item_id: Option<ItemId>,
}

/// An earlier item on the same topic, with what was advised and decided there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierItem {
    pub item_id: ItemId,
    pub meeting_id: MeetingId,
    pub body: String,
    pub date: String,
    pub number: String,
    pub title: String,
    pub advice_stance: Option<Stance>,
    pub advice_text: String,
    pub decisions: Vec<String>,
    pub note: String,
}

/// One item with everything linked to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    pub item: AgendaItem,
    pub documents: Vec<LinkedDocument>,
    pub earlier: Vec<EarlierItem>,
    pub decisions: Vec<Decision>,
    /// The bodies preparing for this meeting's body that the topic did not pass first (a Stuurgroep item
    /// put up for decision that never was in the HASG), by name; empty when there are none.
    #[serde(default)]
    pub skipped_bodies: Vec<String>,
    /// The purpose the cover note states (the item's own `cover_treatment`), its proposed decision points,
    /// and the whole reading with where each value was read from; `cover` is none without a cover note.
    #[serde(default)]
    pub cover_treatment: Option<Treatment>,
    #[serde(default)]
    pub proposed_decisions: Vec<String>,
    #[serde(default)]
    pub cover: Option<CoverNote>,
}

/// A whole meeting: what `show` prints and the memo renders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRecord {
    pub meeting: Meeting,
    pub parts: Vec<Part>,
    /// In agenda order (depth first).
    pub items: Vec<ItemRecord>,
    pub decisions: Vec<Decision>,
    pub actions: Vec<ActionPoint>,
}

/// One line of the meetings list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSummary {
    pub id: MeetingId,
    pub body: String,
    pub date: String,
    pub title: String,
    pub items: i64,
    pub items_without_advice: i64,
    pub status: MeetingStatus,
    /// When the annotation must go out, as typed ("woensdagochtend", "22 maart 12:00"); may be empty.
    pub send_by: String,
}

// ---------------------------------------------------------------------------------------------
// Deleted things (the store's trash), so that undo can say what came back where.

/// A delete in the trash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TrashId(pub i64);

/// Where a delete happened, and so where `u` may undo it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "scope", content = "meeting_id")]
pub enum UndoScope {
    /// The list of meetings: deleted meetings.
    Meetings,
    /// One meeting's agenda: its deleted items.
    Meeting(MeetingId),
    /// One meeting's decisions: its deleted decisions.
    Decisions(MeetingId),
    /// One meeting's action points: its deleted action points.
    Actions(MeetingId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeletedKind {
    Item,
    Meeting,
    Decision,
    Action,
}

/// A deleted thing in the trash: what it was and where, for the list and for the message after undo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deleted {
    #[serde(skip)]
    pub id: TrashId,
    pub kind: DeletedKind,
    pub scope: UndoScope,
    /// The item's number when it was deleted ("2", "4.1"); a decision's reference, an action point's
    /// code (either may be empty); empty for a meeting.
    pub number: String,
    /// The item's title, or the meeting's title (may be empty); a decision's or action point's first line.
    pub title: String,
    /// Sub-items of a deleted item, or the items of a deleted meeting.
    pub items_with_it: usize,
    /// Items deleted together as one step (an import taken back); 1 otherwise. `number` is then "6–13".
    pub together: usize,
    /// The meeting it was in (for a meeting: itself).
    pub meeting_id: MeetingId,
    pub body: String,
    /// ISO date of that meeting.
    pub date: String,
    /// Unix seconds.
    pub deleted_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_written_as_a_date_makes_an_action_overdue() {
        let d = |iso: &str| crate::dates::Date::parse_iso(iso).unwrap();
        let action = |deadline: &str, status| ActionPoint {
            id: ActionId(1),
            code: String::new(),
            owner: String::new(),
            text: "x".into(),
            deadline: deadline.into(),
            status,
            remarks: String::new(),
            meeting_id: None,
            item_id: None,
        };
        let meeting = Some(d("2022-03-24"));
        let today = d("2022-04-01");
        assert!(action("25 maart", ActionStatus::Open).is_overdue(today, meeting));
        assert!(!action("25 april", ActionStatus::Open).is_overdue(today, meeting));
        assert!(action("31 mrt. 2022", ActionStatus::Open).is_overdue(today, meeting));
        assert!(action("donderdag 24 maart 2022", ActionStatus::Open).is_overdue(today, None));
        assert!(!action("maart 2023", ActionStatus::Open).is_overdue(today, meeting));
        assert!(!action("februari 2022", ActionStatus::Open).is_overdue(today, meeting), "a month is text");
        assert!(!action("z.s.m.", ActionStatus::Open).is_overdue(today, meeting));
        assert!(!action("25 maart", ActionStatus::Done).is_overdue(today, meeting));
    }

    #[test]
    fn treatment_codes_round_trip() {
        for t in Treatment::ALL {
            assert_eq!(Treatment::from_code(t.code()), Some(*t));
            assert_eq!(Treatment::from_words(t.dutch()), Some(*t));
        }
    }

    #[test]
    fn treatment_from_agenda_words() {
        assert_eq!(Treatment::from_words("ter kennisname"), Some(Treatment::TerInformatie));
        assert_eq!(Treatment::from_words("*Mondelinge toelichting*"), Some(Treatment::MondelingeToelichting));
        assert_eq!(Treatment::from_words("Schriftelijke consultatie"), Some(Treatment::TerConsultatie));
        assert_eq!(Treatment::from_words("Mededelingen:"), Some(Treatment::Mededelingen));
        assert_eq!(Treatment::from_words("Programmaplan"), None);
        assert_eq!(Treatment::from_words("Informatiebeveiliging"), None);
        assert_eq!(Treatment::from_words("Mondelinge vragen"), None);
        assert_eq!(Treatment::from_words("Besluitvormingsproces"), None);
        assert_eq!(Treatment::from_words("Ter besluitvorming (bijlage)"), Some(Treatment::TerBesluitvorming));
    }

    #[test]
    fn origin_joins_attachment_note_and_submitter() {
        let mut item = sample();
        item.has_attachment = true;
        item.submitter = "PGT".into();
        assert_eq!(item.origin(), "bijlage, PGT");
        item.has_attachment = false;
        item.submitter.clear();
        item.origin_note = "bijlage uit SG 16 februari".into();
        assert_eq!(item.origin(), "bijlage uit SG 16 februari");
    }

    #[test]
    fn mismatch_only_when_both_known_and_different() {
        let mut item = sample();
        item.treatment = Some(Treatment::TerBesluitvorming);
        assert!(!item.treatment_mismatch());
        item.cover_treatment = Some(Treatment::TerInformatie);
        assert!(item.treatment_mismatch());
        item.cover_treatment = Some(Treatment::TerBesluitvorming);
        assert!(!item.treatment_mismatch());
    }

    fn sample() -> AgendaItem {
        AgendaItem {
            id: ItemId(1),
            meeting_id: MeetingId(1),
            parent_id: None,
            part_id: None,
            position: 0,
            number: "1".into(),
            depth: 0,
            title: "t".into(),
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
        }
    }
}

/// An agenda to add to a meeting, as the store takes it: part titles, and the items in agenda order.
/// The import module makes one from what it read (`import::agenda_draft`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaDraft {
    pub parts: Vec<String>,
    pub items: Vec<AgendaDraftItem>,
    /// How the agenda numbers its items ("2a", "I-1"); a meeting that is all this agenda keeps it.
    pub numbering: crate::numbering::NumberStyle,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaDraftItem {
    pub draft: ItemDraft,
    /// 0 for an item, 1 for its sub-item, and so on.
    pub depth: usize,
    /// Index into `AgendaDraft::parts`.
    pub part: Option<usize>,
    /// The number as written and the input line it started on (from 1), to say which item was refused.
    pub number: String,
    pub line: usize,
}
