//! `import agenda`: a pasted agenda text becomes a new meeting; stdout gets its id, stderr what was read.

use super::io_err;
use super::read_file::ReadFile;
use crate::domain::MeetingDraft;
use crate::error::{ImportRefusal, MeetingRefusal, Result};
use crate::import::agenda::parse_agenda;
use crate::locale::{Lang, Noun};
use crate::store::Store;
use crate::text::clean_line;
use std::io::Write;

pub fn run(
    store: &mut Store,
    file: &ReadFile,
    body: &str,
    date: &str,
    title: Option<&str>,
    again: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let parsed = parse_agenda(&file.doc.text);
    if parsed.items.is_empty() {
        return Err(ImportRefusal::NoAgendaItems { name: file.name.to_string() }.into());
    }
    let draft = MeetingDraft {
        body: body.to_string(),
        date: date.to_string(),
        title: title.unwrap_or_default().to_string(),
        ..MeetingDraft::default()
    };
    if !again {
        refuse_a_second_meeting(store, body, date)?;
    }
    let (meeting, ids) = store.create_meeting_with_agenda(&draft, &crate::import::agenda_draft(&parsed))?;
    writeln!(out, "{meeting}").map_err(io_err)?;
    let mut err = std::io::stderr().lock();
    let n = |count: usize, noun: Noun| file.lang.count(count, noun);
    let (items, parts, notes) =
        (n(ids.len(), Noun::Item), n(parsed.parts.len(), Noun::Part), n(parsed.note_lines(), Noun::Line));
    let _ = match file.lang {
        Lang::Nl => writeln!(err, "{items} in {parts} ingelezen in vergadering {meeting}; {notes} als notitie bewaard"),
        Lang::En => writeln!(err, "imported {items} in {parts} into meeting {meeting}; {notes} kept as notes"),
    };
    let note = if file.lang == Lang::Nl { "let op" } else { "note" };
    for w in &parsed.warnings {
        let _ = writeln!(err, "{note}: {}", w.text(file.lang));
    }
    Ok(())
}

/// Running the same import twice would make two identical meetings: a body's meeting on a date that
/// already has one is made only with --again.
fn refuse_a_second_meeting(store: &Store, body: &str, date: &str) -> Result<()> {
    let Some(known) = store.body_by_name(&clean_line(body))? else { return Ok(()) };
    let date = date.trim();
    let mut ids: Vec<i64> =
        store.meetings_of_body(known.id)?.into_iter().filter(|m| m.date == date).map(|m| m.id.0).collect();
    ids.sort_unstable();
    if ids.is_empty() {
        return Ok(());
    }
    Err(MeetingRefusal::AlreadyOnDate { body: known.name, date: date.to_string(), ids }.into())
}
