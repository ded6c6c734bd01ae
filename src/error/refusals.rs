//! The refusals of what a user typed or asked for, grouped by what they are about. They carry the values a
//! sentence needs (the typed text, the id, the path); the sentences themselves, Dutch and English side by
//! side, are in `locale/refusals.rs`, and `Display` is the English one.

use crate::dates::DateProblem;
use crate::locale::Lang;
use std::fmt;
use std::path::PathBuf;

/// Agenda items, parts, links between items and the agenda text they are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemRefusal {
    PartTitleNeeded,
    /// What was typed for a choice the store does not know.
    UnknownCode {
        typed: String,
        what: CodeKind,
    },
    SubItemElsewhere,
    ItemElsewhere,
    PartElsewhere,
    LinkToItself,
    LinkToLater,
    CopyIntoItself,
    NothingToCopy {
        from: i64,
    },
    AlreadyCopied {
        from: i64,
        to: i64,
    },
    /// Carrying over an item that is not from before the meeting.
    CarryLater {
        item: i64,
        item_date: String,
        date: String,
    },
    NoItemsInText,
    /// An item of an agenda text that the store refused, with where it stands.
    AtLine {
        number: String,
        line: usize,
        refusal: Box<super::Refusal>,
    },
}

/// The choices an item's field holds as a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Treatment,
    AdviceStance,
}

/// Papers linked to an item or a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaperRefusal {
    PathNotText,
    PathEmpty,
    IsFolder(String),
    Unchanged(String),
    GoneWithoutSuccessor(String),
    NoCoverPaper,
}

/// A meeting's own values and its place among the body's meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingRefusal {
    SendByTooLong {
        max: usize,
    },
    /// Meetings of the body already on that date (ids, ascending).
    AlreadyOnDate {
        body: String,
        date: String,
        ids: Vec<i64>,
    },
    NoValidDate,
    /// A date the store keeps as YYYY-MM-DD that is not one.
    NotIsoDate(String),
    NotAStatus(String),
}

/// Decisions and action points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordRefusal {
    DecisionTextNeeded,
    DecisionItemElsewhere,
    ActionTextNeeded,
    ActionDone(i64),
    ActionLater { action: i64, action_date: String, date: String },
}

/// Bodies (gremia) and who prepares for whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyRefusal {
    Unknown(String),
    /// An unknown body, with the names that are known.
    UnknownAmong {
        typed: String,
        known: Vec<String>,
    },
    PreparesForItself(String),
    /// `body` cannot prepare for `target`: `path` already leads from `target` to `body`.
    Circle {
        body: String,
        target: String,
        path: String,
    },
    CircleInStore,
}

/// The words of a search query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryRefusal {
    BodyNameNeeded,
    /// The `year:` word as typed.
    YearDigits(String),
    UnknownKind(String),
    NoDaysLeft,
    /// A date filter (`word` as typed, `name` the filter's name) that holds no date.
    NotADateFilter {
        word: String,
        name: String,
    },
}

/// Files: the memo and its template, backups, the demo, the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRefusal {
    NotAFileName(PathBuf),
    IsDirectory(PathBuf),
    NoSuchFolder(PathBuf),
    TemplateTooBig(PathBuf),
    TemplateNotDocx(PathBuf),
    TemplateNoStyles(PathBuf),
    TemplateStylesTooLarge(PathBuf),
    /// The template's styles, and why they cannot serve (the XML reader's words).
    TemplateBadStyles(PathBuf, String),
    IsTheDatabase(PathBuf),
    BackupExists(PathBuf),
    BackupFolderMissing(PathBuf),
    DemoExists(PathBuf),
    NoDatabaseYet(PathBuf),
    NoHome,
}

/// The command line's options and their combinations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandRefusal {
    DbEmpty,
    NoCommand,
    DemoNeedsDb,
    TemplateNeedsDocx,
    DocxToTerminal,
    UnknownFormat(String),
    /// `-o x.pdf` without --format: a name whose extension is no format annoteer writes.
    UnknownExtension(PathBuf),
    /// `--format` (its extension) against the file name given with `-o`.
    FormatMismatch {
        format: &'static str,
        path: PathBuf,
    },
    /// A date option (`--date`) as typed, and why it is no date.
    OptionDate {
        option: String,
        typed: String,
        problem: DateProblem,
    },
}

/// Reading an agenda or a decision list from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportRefusal {
    /// A file the readers could not make text of; nothing was imported.
    Unreadable(crate::import::read::ReadError),
    NoAgendaItems {
        name: String,
    },
    /// A saved mail given where an agenda was asked for: its agenda is an attachment.
    IsAMail {
        name: String,
    },
    /// The decision list reader's reason, as it gives it.
    NotADecisionList {
        name: String,
        why: String,
    },
    /// Rows that could not be read (line, reason) and how many could.
    BadRows {
        name: String,
        bad: Vec<(usize, String)>,
        good: usize,
    },
    NoDecisions {
        name: String,
        bad: Vec<(usize, String)>,
        undecided: Vec<(usize, String)>,
    },
}

macro_rules! said_in_english {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&Lang::En.said(self))
            }
        }
    )*};
}

said_in_english!(
    ItemRefusal,
    PaperRefusal,
    MeetingRefusal,
    RecordRefusal,
    BodyRefusal,
    QueryRefusal,
    FileRefusal,
    CommandRefusal,
    ImportRefusal
);
