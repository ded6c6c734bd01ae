//! `export`: the annotation memo as markdown, to stdout or to a file written whole and 0600.

use super::io_err;
use crate::domain::MeetingId;
use crate::error::{Error, Result};
use crate::memo::{render_memo, write_memo};
use crate::store::Store;
use std::io::Write;
use std::path::Path;

pub fn run(store: &Store, meeting: MeetingId, output: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    let record = store.meeting_record(meeting)?;
    let markdown = render_memo(&record);
    let Some(path) = output else {
        return out.write_all(markdown.as_bytes()).map_err(io_err);
    };
    if let Some(db) = store.path() {
        refuse_database(db, path)?;
    }
    write_memo(path, &markdown)?;
    writeln!(out, "wrote the memo of meeting {meeting} to {}", path.display()).map_err(io_err)
}

/// `-o` pointing at the database (or its WAL files) would replace the user's data with the memo.
fn refuse_database(db: &Path, target: &Path) -> Result<()> {
    let Ok(target) = target.canonicalize() else { return Ok(()) };
    for suffix in ["", "-wal", "-shm"] {
        let mut side = db.as_os_str().to_owned();
        side.push(suffix);
        if Path::new(&side).canonicalize().is_ok_and(|p| p == target) {
            return Err(Error::invalid(format!(
                "{} is the database; give another file for the memo (nothing was written)",
                target.display()
            )));
        }
    }
    Ok(())
}
