//! The SQLite store: the one place that reads and writes the user's data.
//!
//! Every write runs in its own `BEGIN IMMEDIATE` transaction and is durable when the call returns.

mod actions;
mod bodies;
mod cover;
mod decisions;
mod documents;
mod drafts;
mod history_carry;
mod history_queries;
mod import;
pub use actions::{owner_key, ActionRow, CarriedItem};
pub use drafts::Draft;
mod items;
mod links;
mod mail_import;
mod meeting_life;
mod meetings;
mod open;
mod settings;
mod trash;
mod trash_lists;

use crate::error::{Error, FileRefusal, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

pub use documents::{file_facts, FileFacts};
pub use history_carry::{carried_action_title, ACTION_LIST_TITLE};
pub use items::{field_text, Placement};
pub use mail_import::{MailImport, MailImported, MailMeeting, PaperLink, PaperPlace};
pub use meeting_life::{send_by_day, upcoming_first, Attention};
pub use open::{default_db_path, ensure_private_dir, set_private};
pub use settings::DOCUMENT_BASE_SETTING;
pub use trash::{Deleted, DeletedKind, Restored, TrashId, UndoScope, Undone};

/// "ANNT": marks a SQLite file as ours, so another program's database is refused.
pub const APPLICATION_ID: i32 = 0x414E_4E54;
/// The schema version this build writes; `schema.sql` is version 6 (1 had no `numbering`, 2 no mail
/// papers, 3 no `send_by` and trash scope, 4 no `cover_readings`, 5 no decisions and actions in the trash).
pub const SCHEMA_VERSION: i64 = 6;
pub const SCHEMA_SQL: &str = include_str!("../../schema.sql");

/// How a command means to use the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Create the file when it is missing (its directory must exist).
    Create,
    /// The file must exist; writes allowed.
    Existing,
    /// The file must exist; nothing is ever written to it.
    ReadOnly,
}

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    pub fn open(path: &Path, access: Access) -> Result<Store> {
        open::open(path, access)
    }

    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store { conn, path: None };
        store.configure()?;
        store.create_schema()?;
        Ok(store)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn configure(&self) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        self.conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA synchronous = FULL;")?;
        Ok(())
    }

    fn create_schema(&mut self) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA_SQL)?;
        tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
        ))?;
        tx.commit()?;
        Ok(())
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: all of it lands, or none of it.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// `integrity_check` and `foreign_key_check`; the problems found, empty when sound.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            let line = row?;
            if line != "ok" {
                problems.push(line);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "row {} of {} points to a missing row of {}",
                r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                r.get::<_, String>(0)?,
                r.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        Ok(problems)
    }

    /// A consistent copy of the whole database, made with SQLite's online backup, readable by the owner only.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(FileRefusal::BackupExists(target.to_path_buf()).into());
        }
        match target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
                return Err(FileRefusal::BackupFolderMissing(dir.to_path_buf()).into())
            }
            _ => {}
        }
        open::create_private_file(target)?;
        let result = (|| -> Result<()> {
            let mut dest = Connection::open(target)?;
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
                backup.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
            }
            // The copy keeps WAL mode from the source; fold it into one self-contained file.
            dest.execute_batch("PRAGMA journal_mode = DELETE;")?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(target);
        }
        result?;
        set_private(target)
    }
}

pub(crate) fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The error for a row that was looked for and not found.
pub(crate) fn not_found(what: &'static str, id: i64) -> impl FnOnce(rusqlite::Error) -> Error {
    move |e| match e {
        rusqlite::Error::QueryReturnedNoRows => Error::NotFound { what, id },
        other => other.into(),
    }
}
