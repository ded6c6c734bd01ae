//! The command line, a contract (shared/DESIGN.md): scripts rely on these names.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "annoteer", version, about = "Prepare the annotated agenda of a governance meeting", long_about = None)]
pub struct Args {
    /// The database file (default: ANNOTEER_DB, else the user's data directory)
    #[arg(long, global = true, env = "ANNOTEER_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Language of the screens: nl or en (default: from LANG, else nl)
    #[arg(long, global = true, value_name = "nl|en", value_parser = ["nl", "en"])]
    pub lang: Option<String>,
    /// Open the TUI on a fresh throwaway copy of the demo data
    #[arg(long)]
    pub demo: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the demo data into a new database file (needs --db PATH)
    Demo,
    /// List meetings, the next one first: id, body, date, title, items, status, what needs attention
    Meetings {
        /// Print one JSON document instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Print one meeting's agenda with annotations and advice
    Show {
        /// The meeting's id, as `meetings` prints it
        meeting: i64,
        /// Print one JSON document instead of text
        #[arg(long)]
        json: bool,
    },
    /// Write the annotation memo (markdown or Word), to stdout or a file
    Export {
        /// The meeting's id, as `meetings` prints it
        meeting: i64,
        /// The file to write (replaced whole, never half-written); FILE.docx is a Word document
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// md or docx (default: from the file name, else md)
        #[arg(long, value_name = "md|docx", value_parser = ["md", "docx"])]
        format: Option<String>,
        /// The decision and action list after the meeting, instead of the memo
        #[arg(long)]
        decisions: bool,
        /// A Word document (.docx/.dotx) whose styles the .docx takes (default: the setting docx_template)
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
    },
    /// Fuzzy search over past decisions and agenda items; one line per hit, cut to the terminal's width
    Search {
        /// Words and filters (body:NAME year:YYYY kind:decision|item …); several words, quoted or not, are one query
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// At most this many hits
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Whole texts (an item's title, annotation and advice), not one line per hit
        #[arg(long, conflicts_with = "json")]
        full: bool,
        /// Print one JSON document instead of lines
        #[arg(long)]
        json: bool,
    },
    /// List the bodies and which body each prepares for; with NAME --prepares-for OTHER|none, set it
    Bodies {
        /// The body to change, by name (as `bodies` lists it)
        #[arg(requires = "prepares_for")]
        name: Option<String>,
        /// The body NAME prepares decisions for (OG for HASG, HASG for Stuurgroep), or `none`
        #[arg(long, value_name = "OTHER|none", requires = "name")]
        prepares_for: Option<String>,
        /// Print one JSON document instead of a table
        #[arg(long, conflicts_with = "prepares_for")]
        json: bool,
    },
    /// Bring in an agenda text or a decision list
    #[command(subcommand)]
    Import(ImportCommand),
    /// Set a meeting's status: preparing, sent or held (voorbereiding, verstuurd, gehouden)
    Status {
        /// The meeting's id, as `meetings` prints it
        meeting: i64,
        /// preparing|sent|held, or in Dutch voorbereiding|verstuurd|gehouden
        #[arg(value_name = "STATUS")]
        status: String,
        /// When the annotation must be sent: "woensdagochtend", "22 maart 12:00" (empty clears it)
        #[arg(long, value_name = "TEXT")]
        send_by: Option<String>,
    },
    /// List the action points across meetings: the open ones (default), the overdue ones, or all
    Actions {
        /// Only open action points (the default)
        #[arg(long, conflicts_with_all = ["overdue", "all"])]
        open: bool,
        /// Only open action points whose deadline has passed (a deadline in words is never overdue)
        #[arg(long, conflicts_with = "all")]
        overdue: bool,
        /// Also those that are done
        #[arg(long)]
        all: bool,
        /// Only those of this body's meetings (any case)
        #[arg(long, value_name = "NAME")]
        body: Option<String>,
        /// Only those of this owner (wie), any case; "PGT" also finds "PGT, JenV"
        #[arg(long, value_name = "NAME")]
        owner: Option<String>,
        /// Print one JSON document instead of lines
        #[arg(long)]
        json: bool,
    },
    /// Make a consistent copy of the database, also while it is in use
    Backup {
        /// The new file to write
        file: PathBuf,
    },
    /// Check the database's integrity; exit 0 when sound
    Check,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read an agenda (Word, PDF, web page, text or a paste) into a new meeting; prints its id
    Agenda {
        /// The agenda: .docx, .pdf, .html, .txt/.md (recognised by content), or - for what is piped in
        file: PathBuf,
        /// The body (gremium) that meets, such as "Stuurgroep MIT"
        #[arg(long, value_name = "NAME")]
        body: String,
        /// The meeting's date: 2026-12-10, 10-12-2026, 10 december 2026
        #[arg(long, value_name = "DATE")]
        date: String,
        /// The meeting's title (default: none)
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// Create the meeting even when the body already has one on that date
        #[arg(long)]
        again: bool,
    },
    /// Import a saved e-mail (.eml, .msg): its agenda becomes the items, its papers are saved and linked;
    /// prints the meeting's id
    Mail {
        /// The saved message: .eml (Outlook on the web, Thunderbird, Apple Mail) or Outlook's .msg
        file: PathBuf,
        /// The body (gremium), when the subject or agenda does not say it
        #[arg(long, value_name = "NAME")]
        body: Option<String>,
        /// The meeting's date, when the subject or agenda does not say it
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// The folder to save the papers in (else the documents screen's base folder, else Documents)
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
    },
    /// Add a decision list (CSV/TSV with a header row, or a besluitenlijst: Word, PDF, web page, text)
    Decisions {
        /// The decision list: CSV/TSV, .docx, .pdf, .html or text (recognised by content)
        file: PathBuf,
        /// The body whose decisions these are, when the file does not say
        #[arg(long, value_name = "NAME")]
        body: Option<String>,
        /// Import the good rows and skip the bad ones (reported) instead of refusing the file
        #[arg(long)]
        skip_bad: bool,
    },
}
