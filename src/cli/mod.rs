//! The headless face: commands that print to a writer, for scripts and checks.

mod args;
mod export;
mod import_agenda;
mod import_decisions;
mod search;
mod show;

pub use show::render_text;

pub use args::{Args, Command, ImportCommand};

use crate::error::{Error, Result};
use crate::locale::Lang;
use crate::store::{default_db_path, ensure_private_dir, Access, Store};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Runs the program as the arguments say; returns the exit code.
pub fn run(args: Args) -> i32 {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match dispatch(args, &mut out) {
        Ok(()) => 0,
        Err(e) => {
            let _ = out.flush();
            eprintln!("annoteer: {e}");
            1
        }
    }
}

/// The database path: --db, then ANNOTEER_DB (clap reads both into `db`), then the data directory.
fn db_path(args: &Args) -> Result<PathBuf> {
    match &args.db {
        Some(p) if p.as_os_str().is_empty() => Err(Error::invalid("--db is empty; give a file path")),
        Some(p) => Ok(p.clone()),
        None => {
            let p = default_db_path()?;
            if let Some(dir) = p.parent() {
                ensure_private_dir(dir)?;
            }
            Ok(p)
        }
    }
}

pub fn dispatch(args: Args, out: &mut dyn Write) -> Result<()> {
    let lang = Lang::detect(args.lang.as_deref());
    let Some(command) = &args.command else {
        if args.demo {
            return crate::tui::run_demo(lang);
        }
        let path = db_path(&args)?;
        let store = Store::open(&path, Access::Create)?;
        return crate::tui::run(store, lang);
    };
    match command {
        Command::Demo => {
            let path =
                args.db.clone().ok_or_else(|| Error::invalid("`annoteer demo` needs --db PATH for the new file"))?;
            let ids = write_demo(&path)?;
            writeln!(out, "wrote the demo data ({} meetings) to {}", ids.len(), path.display()).map_err(io_err)?;
        }
        Command::Meetings { json } => {
            let store = Store::open(&db_path(&args)?, Access::ReadOnly)?;
            show::meetings(&store, *json, lang, out)?;
        }
        Command::Show { meeting, json } => {
            let store = Store::open(&db_path(&args)?, Access::ReadOnly)?;
            show::meeting(&store, crate::domain::MeetingId(*meeting), *json, lang, out)?;
        }
        Command::Export { meeting, output } => {
            let store = Store::open(&db_path(&args)?, Access::ReadOnly)?;
            export::run(&store, crate::domain::MeetingId(*meeting), output.as_deref(), out)?;
        }
        Command::Search { query, limit, json } => {
            let store = Store::open(&db_path(&args)?, Access::ReadOnly)?;
            search::run(&store, &query.join(" "), *limit, *json, out)?;
        }
        Command::Import(ImportCommand::Agenda { file, body, date, title, again }) => {
            let mut store = Store::open(&db_path(&args)?, Access::Create)?;
            import_agenda::run(&mut store, file, body, date, title.as_deref(), *again, out)?;
        }
        Command::Import(ImportCommand::Decisions { file, body, skip_bad }) => {
            let mut store = Store::open(&db_path(&args)?, Access::Create)?;
            import_decisions::run(&mut store, file, body.as_deref(), *skip_bad, out)?;
        }
        Command::Backup { file } => {
            let store = Store::open(&db_path(&args)?, Access::ReadOnly)?;
            store.backup_to(file)?;
            writeln!(out, "backed up to {}", file.display()).map_err(io_err)?;
        }
        Command::Check => {
            let store = Store::open(&db_path(&args)?, Access::ReadOnly)?;
            let problems = store.check()?;
            if problems.is_empty() {
                writeln!(out, "ok").map_err(io_err)?;
            } else {
                for p in problems.iter().take(50) {
                    writeln!(out, "{p}").map_err(io_err)?;
                }
                return Err(Error::Corrupt {
                    path: store.path().map(Path::to_path_buf).unwrap_or_default(),
                    detail: format!("{} problem(s) found", problems.len()),
                });
            }
        }
    }
    out.flush().map_err(io_err)
}

/// Writes the demo data into a new file; an existing file is never touched.
pub fn write_demo(path: &Path) -> Result<Vec<crate::domain::MeetingId>> {
    if path.exists() {
        return Err(Error::invalid(format!(
            "{} already exists; the demo is written only into a new file",
            path.display()
        )));
    }
    let mut store = Store::open(path, Access::Create)?;
    match store.load_demo() {
        Ok(ids) => Ok(ids),
        Err(e) => {
            drop(store);
            for suffix in ["", "-wal", "-shm"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
            Err(e)
        }
    }
}

pub(crate) fn io_err(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        // The reader went away (`| head`); stop quietly rather than complain.
        std::process::exit(0);
    }
    Error::io("cannot write the output", e)
}
