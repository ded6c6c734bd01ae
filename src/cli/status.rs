//! `status MEETING preparing|sent|held [--send-by TEXT]`: the meeting's life, set from a script.

use super::io_err;
use crate::domain::{MeetingId, MeetingStatus};
use crate::error::{Error, MeetingRefusal, Result};
use crate::locale::{CliWord, Lang};
use crate::store::Store;
use std::io::Write;

pub fn run(
    store: &mut Store,
    meeting: MeetingId,
    status: &str,
    send_by: Option<&str>,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<()> {
    let status =
        MeetingStatus::from_words(status).ok_or_else(|| Error::from(MeetingRefusal::NotAStatus(status.to_string())))?;
    let m = store.meeting(meeting)?;
    store.set_meeting_status(meeting, status)?;
    if let Some(text) = send_by {
        store.set_send_by(meeting, text)?;
    }
    let place = format!("{} {}", m.body, lang.long_date(&m.date));
    let line = lang
        .cli(CliWord::StatusSet)
        .replacen("{}", &meeting.0.to_string(), 1)
        .replacen("{}", &place, 1)
        .replacen("{}", lang.status(status), 1);
    writeln!(out, "{line}").map_err(io_err)?;
    match send_by.map(str::trim) {
        Some("") => writeln!(out, "{}", lang.cli(CliWord::SendByCleared)).map_err(io_err)?,
        Some(_) => {
            let stored = store.send_by(meeting)?;
            writeln!(out, "{}", lang.cli(CliWord::SendBySet).replacen("{}", &stored, 1)).map_err(io_err)?
        }
        None => {}
    }
    Ok(())
}
