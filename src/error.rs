//! Errors a user can cause or meet. Each displays as one clear sentence.

use std::path::PathBuf;

mod undo;
pub use undo::UndoRefusal;
mod refusals;
pub use refusals::{
    BodyRefusal, CodeKind, CommandRefusal, FileRefusal, ImportRefusal, ItemRefusal, MeetingRefusal, PaperRefusal,
    QueryRefusal, RecordRefusal,
};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0} is empty (0 bytes), not an annoteer database; it was left untouched")]
    EmptyFile(PathBuf),
    #[error("{0} is not a SQLite database (it may be a text or document file); it was left untouched")]
    NotSqlite(PathBuf),
    #[error("{0} is a SQLite database of another program, not of annoteer; it was left untouched")]
    ForeignDatabase(PathBuf),
    #[error("{path} was made by a newer annoteer (schema {found}, this one knows up to {known}); update annoteer, the file was left untouched")]
    NewerSchema { path: PathBuf, found: i64, known: i64 },
    #[error("{0} is a directory, not a database file")]
    IsDirectory(PathBuf),
    #[error(
        "the folder {0} for the database does not exist; create it or give another --db path (annoteer does not create missing folders for it)"
    )]
    MissingDirectory(PathBuf),
    #[error("the database {path} is damaged or unreadable: {}", one_line(detail))]
    Corrupt { path: PathBuf, detail: String },
    /// Free English text: only for what no user can reach (a user's refusal is a `Refused`, said in their
    /// language).
    #[error("{0}")]
    Invalid(String),
    /// A rule of the data refused the input; said in the user's language by `Lang::refusal`.
    #[error("{0}")]
    Refused(Refusal),
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    #[error("this {what} was changed elsewhere (another annoteer window?) since you opened it; your text is kept, reload to see the other change")]
    Conflict { what: &'static str },
    #[error("the database is busy in another annoteer and did not free up in time; try again")]
    Busy,
    #[error("the disk is full (or the file is over its size limit); nothing was lost, but the last change was not saved: free some space and try again")]
    DiskFull,
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {}", one_line(&.0.to_string()))]
    Sql(rusqlite::Error),
    /// A file that could not be read or written; `Lang::error` says it, the system's reason included.
    #[error("{}", crate::locale::Lang::En.file_failure(*.doing, .path, .source))]
    File {
        doing: FileDoing,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The terminal or standard output failed; `Lang::error` says it.
    #[error("{}", crate::locale::Lang::En.stream_failure(*.doing, .source))]
    Stream {
        doing: StreamDoing,
        #[source]
        source: std::io::Error,
    },
}

/// What annoteer was doing with the terminal or its output when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamDoing {
    WriteOutput,
    StartTerminal,
    Terminal,
    TempDir,
}

/// What annoteer was doing with a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileDoing {
    Read,
    Create,
    Write,
    SetPermissions,
    WriteExport,
    ReadTemplate,
}

/// The rules of the data the store enforces, for every face alike. `Display` is the English sentence
/// (for logs and the English face); `Lang::refusal` says it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("an agenda item needs a title")]
    TitleNeeded,
    #[error("a title is at most {max} characters; long text belongs in the annotation or the notes")]
    TitleTooLong { max: usize },
    /// What was typed, and why it is no date (`Lang::date_problem` says it).
    #[error("the date {0:?} is not a date annoteer reads (such as 2026-12-10, 10-12-2026 or 10 december 2026)")]
    NotADate(String, crate::dates::DateProblem),
    #[error("the body (gremium) is empty; give a name such as Stuurgroep MIT")]
    BodyNeeded,
    /// Undo and the list of deleted things (issue 16, error/undo.rs).
    #[error("{0}")]
    Undo(UndoRefusal),

    // What a user typed or asked for on the screens and the command line (issue 16), grouped.
    #[error("{0}")]
    Item(ItemRefusal),
    #[error("{0}")]
    Paper(PaperRefusal),
    #[error("{0}")]
    Meeting(MeetingRefusal),
    #[error("{0}")]
    Record(RecordRefusal),
    #[error("{0}")]
    Body(BodyRefusal),
    #[error("{0}")]
    Query(QueryRefusal),
    #[error("{0}")]
    File(FileRefusal),
    #[error("{0}")]
    Command(CommandRefusal),
    #[error("{0}")]
    Import(ImportRefusal),
}

macro_rules! refused_from {
    ($($t:ident => $v:ident),*) => {$(
        impl From<$t> for Error {
            fn from(r: $t) -> Self {
                Error::Refused(Refusal::$v(r))
            }
        }
    )*};
}

refused_from!(
    ItemRefusal => Item,
    PaperRefusal => Paper,
    MeetingRefusal => Meeting,
    RecordRefusal => Record,
    BodyRefusal => Body,
    QueryRefusal => Query,
    FileRefusal => File,
    CommandRefusal => Command,
    ImportRefusal => Import
);

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }

    pub fn refused(r: Refusal) -> Self {
        Error::Refused(r)
    }

    pub fn file(doing: FileDoing, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::File { doing, path: path.into(), source }
    }

    pub fn stream(doing: StreamDoing, source: std::io::Error) -> Self {
        Error::Stream { doing, source }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                ErrorCode::DiskFull => return Error::DiskFull,
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return Error::Busy,
                _ => {}
            }
            // SQLITE_IOERR_WRITE: the write was refused, as by a full disk or a file-size limit.
            if f.extended_code == 778 {
                return Error::DiskFull;
            }
        }
        Error::Sql(e)
    }
}

/// SQLite messages can quote multi-line SQL; the user gets one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
