//! The terminal face. Until the full TUI lands, it prints the agenda of the newest meeting.

use crate::error::Result;
use crate::locale::Lang;
use crate::store::{Access, Store};

pub fn run(store: Store, lang: Lang) -> Result<()> {
    let meetings = store.meetings()?;
    let Some(first) = meetings.first() else {
        println!("no meetings yet");
        return Ok(());
    };
    let record = store.meeting_record(first.id)?;
    print!("{}", crate::cli::render_text(&record, lang));
    Ok(())
}

/// Opens the TUI on a throwaway copy of the demo data, removed on exit.
pub fn run_demo(lang: Lang) -> Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("annoteer-demo-")
        .tempdir()
        .map_err(|e| crate::Error::io("cannot make a temporary directory", e))?;
    let path = dir.path().join("demo.db");
    crate::cli::write_demo(&path)?;
    let store = Store::open(&path, Access::Existing)?;
    run(store, lang)
}
