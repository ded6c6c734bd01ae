//! The headless face: commands that print to a writer, for scripts and checks.

mod actions;
mod args;
mod bodies;
mod export;
mod help;
mod import_agenda;
mod import_decisions;
mod import_mail;
mod read_file;
mod search;
mod show;
mod status;
mod typed;

pub use show::render_text;

pub use args::{Args, Command, ImportCommand};
pub use help::parse_args;

use crate::error::{CommandRefusal, Error, Result};
use crate::locale::Lang;
use crate::store::{default_db_path, ensure_private_dir, Access, Store};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Runs the program as the arguments say; returns the exit code.
pub fn run(args: Args) -> i32 {
    let lang = Lang::detect(args.lang.as_deref());
    let mut out = PipeOut::new(std::io::stdout().lock());
    let result = dispatch(args, &mut out);
    let _ = out.flush();
    if out.reader_gone {
        // The reader went away (`| head`): it has what it wanted. Stop quietly, as `cat` would.
        return 0;
    }
    match result {
        Ok(()) => 0,
        Err(e) => {
            // Not eprintln!: it panics when stderr itself is a closed pipe.
            let _ = writeln!(std::io::stderr().lock(), "annoteer: {}", lang.error(&e));
            1
        }
    }
}

/// Output that notices when its reader has gone (EPIPE): the write still fails, so the command stops
/// at its next line, and `run` then knows that this failure is no error to report.
struct PipeOut<W: Write> {
    inner: W,
    reader_gone: bool,
}

impl<W: Write> PipeOut<W> {
    fn new(inner: W) -> Self {
        PipeOut { inner, reader_gone: false }
    }

    fn check<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &result {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                self.reader_gone = true;
            }
        }
        result
    }
}

impl<W: Write> Write for PipeOut<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        self.check(r)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.check(r)
    }
}

/// The database path: --db, then ANNOTEER_DB (clap reads both into `db`), then the data directory.
pub fn db_path(args: &Args) -> Result<PathBuf> {
    match &args.db {
        Some(p) if p.as_os_str().is_empty() => Err(CommandRefusal::DbEmpty.into()),
        Some(p) => Ok(p.clone()),
        None => default_db_path(),
    }
}

/// Opens the database the arguments name. The default folder is made only by a command that may create
/// the database: a command that only reads leaves a machine without annoteer data as it was.
pub fn open_store(args: &Args, access: Access) -> Result<Store> {
    let path = db_path(args)?;
    if args.db.is_none() {
        match access {
            Access::Create => {
                if let Some(dir) = path.parent() {
                    ensure_private_dir(dir)?;
                }
            }
            // The default folder is annoteer's own: missing, it means no database was ever made.
            Access::Existing | Access::ReadOnly if !path.exists() => {
                return Err(crate::error::FileRefusal::NoDatabaseYet(path).into())
            }
            _ => {}
        }
    }
    Store::open(&path, access)
}

pub fn dispatch(args: Args, out: &mut dyn Write) -> Result<()> {
    let lang = Lang::detect(args.lang.as_deref());
    let Some(command) = &args.command else {
        // main.rs opens the screens when no command is given; here that is a mistake of the caller.
        return Err(CommandRefusal::NoCommand.into());
    };
    match command {
        Command::Demo => {
            let path = args.db.clone().ok_or_else(|| Error::from(CommandRefusal::DemoNeedsDb))?;
            let ids = crate::demo::write_new(&path)?;
            let line = lang
                .cli(crate::locale::CliWord::DemoWritten)
                .replacen("{}", &lang.count(ids.len(), crate::locale::Noun::Meeting), 1)
                .replacen("{}", &path.display().to_string(), 1);
            writeln!(out, "{line}").map_err(io_err)?;
        }
        Command::Meetings { json } => {
            let store = open_store(&args, Access::ReadOnly)?;
            show::meetings(&store, *json, lang, out)?;
        }
        Command::Show { meeting, json } => {
            let store = open_store(&args, Access::ReadOnly)?;
            show::meeting(&store, crate::domain::MeetingId(*meeting), *json, lang, out)?;
        }
        Command::Export { meeting, output, format, decisions, template } => {
            let store = open_store(&args, Access::ReadOnly)?;
            let request = export::Request {
                output: output.as_deref(),
                format: format.as_deref(),
                decisions: *decisions,
                template: template.as_deref(),
                lang,
            };
            export::run(&store, crate::domain::MeetingId(*meeting), &request, out)?;
        }
        Command::Search { query, limit, json, full } => {
            let store = open_store(&args, Access::ReadOnly)?;
            let layout = match (json, full) {
                (true, _) => search::Layout::Json,
                (_, true) => search::Layout::Full,
                _ => search::Layout::Lines(search::output_width()),
            };
            search::run(&store, &query.join(" "), *limit, layout, lang, out)?;
        }
        Command::Bodies { name: Some(name), prepares_for: Some(target), .. } => {
            let mut store = open_store(&args, Access::Existing)?;
            bodies::set(&mut store, name, target, lang, out)?;
        }
        Command::Bodies { json, .. } => {
            let store = open_store(&args, Access::ReadOnly)?;
            bodies::list(&store, *json, lang, out)?;
        }
        Command::Import(ImportCommand::Agenda { file, body, date, title, again }) => {
            // The file first: one that cannot be read leaves no trace, not even a new database.
            let doc = read_file::read_file(file, lang)?;
            let date = typed::date_option("--date", date)?;
            let mut store = open_store(&args, Access::Create)?;
            import_agenda::run(&mut store, &doc, body, &date, title.as_deref(), *again, out)?;
        }
        Command::Import(ImportCommand::Mail { file, body, date, into }) => {
            // The mail first: one that cannot be read leaves no trace, not even a new database.
            let mail = import_mail::read(file, lang)?;
            let mut store = open_store(&args, Access::Create)?;
            let opts = import_mail::Options { body: body.as_deref(), date: date.as_deref(), into: into.as_deref() };
            import_mail::run(&mut store, file, &mail, &opts, lang, out)?;
        }
        Command::Import(ImportCommand::Decisions { file, body, skip_bad }) => {
            let doc = read_file::read_file(file, lang)?;
            let mut store = open_store(&args, Access::Create)?;
            import_decisions::run(&mut store, &doc, body.as_deref(), *skip_bad, out)?;
        }
        Command::Status { meeting, status, send_by } => {
            let mut store = open_store(&args, Access::Existing)?;
            status::run(&mut store, crate::domain::MeetingId(*meeting), status, send_by.as_deref(), lang, out)?;
        }
        Command::Actions { open: _, overdue, all, body, owner, json } => {
            let store = open_store(&args, Access::ReadOnly)?;
            let status = match (overdue, all) {
                (true, _) => crate::actions::StatusFilter::Overdue,
                (_, true) => crate::actions::StatusFilter::All,
                _ => crate::actions::StatusFilter::Open,
            };
            actions::run(&store, status, body.as_deref(), owner.as_deref(), *json, lang, out)?;
        }
        Command::Backup { file } => {
            let store = open_store(&args, Access::ReadOnly)?;
            store.backup_to(file)?;
            let line = lang.cli(crate::locale::CliWord::BackedUp).replacen("{}", &file.display().to_string(), 1);
            writeln!(out, "{line}").map_err(io_err)?;
        }
        Command::Check => {
            let store = open_store(&args, Access::ReadOnly)?;
            let problems = store.check()?;
            if problems.is_empty() {
                writeln!(out, "ok").map_err(io_err)?;
            } else {
                for p in problems.iter().take(50) {
                    writeln!(out, "{p}").map_err(io_err)?;
                }
                return Err(Error::Corrupt {
                    path: store.path().map(Path::to_path_buf).unwrap_or_default(),
                    detail: match lang {
                        Lang::Nl => format!("{} gevonden", lang.count(problems.len(), crate::locale::Noun::Problem)),
                        Lang::En => format!("{} found", lang.count(problems.len(), crate::locale::Noun::Problem)),
                    },
                });
            }
        }
    }
    out.flush().map_err(io_err)
}

/// A failed write to the output. A reader gone away (`| head`) ends up here too; `run` keeps that quiet.
/// (No exit right here: the store must close, so a read-only command leaves no -wal file behind.)
pub(crate) fn io_err(e: std::io::Error) -> Error {
    Error::stream(crate::error::StreamDoing::WriteOutput, e)
}

/// One JSON document and a newline.
pub(crate) fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| match e.io_error_kind() {
        Some(_) => io_err(e.into()),
        None => Error::invalid(format!("cannot write the JSON: {e}")),
    })?;
    writeln!(out).map_err(io_err)
}
