//! Parsing a pasted agenda into items (issue: import an agenda). Pure: text in, values out; the store
//! writes them (`Store::import_agenda`) and a preview shows them next to the lines they came from.
//!
//! The parser reads one line at a time and never looks back, and every look-ahead inside a line is
//! bounded, so its time is linear in the input. An item number counts only when it follows the one
//! before (1, 2, 2.1, 2a, 3 …; a list under an item may start again at 1 or a): "5.1.2.e" in a paragraph,
//! or "artikel 2. lid", stays text. A line it cannot place becomes a note on the item before it (in an
//! annotated agenda, its annotation); lines before the first item are the preamble. Text flattened from a
//! PDF or a table, with many items on one line, is taken apart the same way, stretch by stretch
//! (`segment`). An annotated agenda without numbers is read by its headings (`headings`).

mod book;
mod bullets;
mod cells;
mod clean;
mod headings;
mod incoming;
mod number;
mod parser;
mod procedural;
mod segment;
mod style;
mod warning;
mod words;

use crate::domain::{ItemDraft, Treatment};
use crate::numbering::NumberStyle;
use std::ops::Range;
pub use warning::Warning;

/// Longer titles are cut to this many characters; the whole text stays in the item's notes.
pub const MAX_TITLE_CHARS: usize = 300;

/// What a pasted agenda holds: parts, items in agenda order, and what the parser wants a person to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedAgenda {
    /// Part and section headings, in order ("Deel 1: …", "BESLOTEN DEEL", "II. Hamerstukken").
    pub parts: Vec<String>,
    pub items: Vec<ParsedItem>,
    pub warnings: Vec<Warning>,
    /// What became of each input line (as `str::lines` counts them, from 0).
    pub lines: Vec<LineUse>,
    /// How the agenda numbers its levels ("2a.1", "01", "I-1"), for the store to number them the same way.
    pub numbering: NumberStyle,
}

/// The use the parser made of one input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineUse {
    Blank,
    /// Only layout: a table ruling or header, HTML tags with no words.
    Layout,
    /// Before the first item, not a part heading: a letterhead or the meeting's title. Not imported.
    Preamble,
    Part(usize),
    /// The line starts this item (more may follow on it when the text ran together).
    Item(usize),
    /// The treatment or origin of this item.
    Treatment(usize),
    /// The title of this item, whose number stood alone on the line before.
    Title(usize),
    /// Kept as a note on this item.
    Note(usize),
    /// After the agenda, in its sections per item (an agenda book): not imported.
    LeftOut,
}

/// One item as read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedItem {
    /// The number as written ("2", "2.1", "2a", "a", "II"); empty for a topic in a table without one.
    pub number: String,
    /// The whole number as the agenda shows it, in its numbering style ("2a.1" where "1." stood alone).
    pub label: String,
    /// 0 for an item, 1 for its sub-item, and so on.
    pub depth: usize,
    pub title: String,
    pub treatment: Option<Treatment>,
    pub has_attachment: bool,
    pub submitter: String,
    pub origin_note: String,
    /// Lines it could not place, in order.
    pub notes: Vec<String>,
    /// In an annotated agenda, the prose under the item.
    pub annotation: String,
    /// Index into `ParsedAgenda::parts`.
    pub part: Option<usize>,
    /// The input lines this item was read from (its number line up to its last note).
    pub source_lines: Range<usize>,
}

impl ParsedItem {
    pub fn to_draft(&self) -> ItemDraft {
        ItemDraft {
            title: self.title.clone(),
            treatment: self.treatment,
            submitter: self.submitter.clone(),
            has_attachment: self.has_attachment,
            origin_note: self.origin_note.clone(),
            notes: self.notes.join("\n"),
            annotation: self.annotation.clone(),
            ..ItemDraft::default()
        }
    }
}

impl ParsedAgenda {
    /// How many input lines were kept as notes.
    pub fn note_lines(&self) -> usize {
        self.lines.iter().filter(|l| matches!(l, LineUse::Note(_))).count()
    }

    pub fn preamble_lines(&self) -> usize {
        self.lines.iter().filter(|l| matches!(l, LineUse::Preamble)).count()
    }
}

/// The input's lines as the parser numbers them (`ParsedAgenda::lines`, `ParsedItem::source_lines`).
pub fn input_lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// Reads an agenda as pasted from a Word document, an e-mail or a PDF. Never fails: what it cannot read
/// ends up in notes, the preamble or the warnings.
pub fn parse_agenda(text: &str) -> ParsedAgenda {
    parser::parse(text)
}
