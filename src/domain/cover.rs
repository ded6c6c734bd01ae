//! What annoteer reads in a cover note (oplegger) and what the adviser made of it: plain values.

use super::Treatment;
use serde::{Deserialize, Serialize};

/// Why no purpose could be read from a cover note. Said to the adviser, never guessed past.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum CoverUnknown {
    /// The file is not there (a paper still to come).
    Missing,
    /// Annoteer cannot read this kind of file ("xlsx").
    Unsupported { extension: String },
    /// The file could not be opened or decoded.
    Damaged { detail: String },
    /// Hardly any text in it: a scanned paper.
    Scan,
    /// The file changed while it was read; read it again when it is saved.
    ChangedWhileRead,
    /// The paper's title says it is something else: minutes, an agenda, a decision list ("Concept verslag …").
    NotACoverNote { title: String },
    /// A long paper without the fixed places of a cover note near its start: a report linked as oplegger.
    LongReport { words: usize },
    /// It names more than one purpose.
    ConflictingPurposes { found: Vec<Treatment> },
    /// None of the fixed places of a cover note ("Doel", "Gevraagd besluit") was found.
    NoPurpose,
}

impl CoverUnknown {
    /// True when the paper's text was read (only no purpose was in it): its decision points and summary count.
    pub fn text_was_read(&self) -> bool {
        matches!(self, CoverUnknown::ConflictingPurposes { .. } | CoverUnknown::NoPurpose)
    }
}

/// One reading of a cover note's text: each value with the heading or label it was read under, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverRead {
    pub purpose: Option<Treatment>,
    /// "Doel", "Beoogd effect", "Ter informatie" (a line of its own); for an inferred purpose the decision label.
    pub purpose_source: String,
    /// The paper states no purpose; it asks for decisions ("Gevraagd besluit"), so it is for decision.
    pub purpose_inferred: bool,
    /// Why `purpose` is none.
    pub unknown: Option<CoverUnknown>,
    /// One decision point per entry, without its number.
    pub decisions: Vec<String>,
    pub decisions_source: String,
    pub summary: String,
    pub summary_source: String,
}

/// What changed in a newer version of the cover note, against the reading before it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverChange {
    /// The paper read before ("v1.0", or its file name when it carries no version).
    pub from_version: String,
    /// (before, now) when the purpose changed.
    pub purpose: Option<(Option<Treatment>, Option<Treatment>)>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl CoverChange {
    pub fn is_empty(&self) -> bool {
        self.purpose.is_none() && self.added.is_empty() && self.removed.is_empty()
    }
}

/// An item's cover note as annoteer keeps it: the last reading, where it came from, and the values the
/// adviser confirms or corrects (the purpose itself is the item's `cover_treatment`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverNote {
    /// The paper read; empty when the adviser typed the values without one.
    pub paper: String,
    pub version_label: String,
    pub read: CoverRead,
    pub proposed_decisions: Vec<String>,
    pub summary: String,
    pub purpose_by_hand: bool,
    pub decisions_by_hand: bool,
    pub summary_by_hand: bool,
    /// What the last newer version changed, when it changed something.
    pub change: Option<CoverChange>,
}

/// The cover note values the adviser edits as text (the purpose is an item field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverField {
    ProposedDecisions,
    Summary,
}
