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
        return Err(refusal_without_items(file));
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
    let items = n(ids.len(), Noun::Item);
    // An agenda without parts, or without lines kept as notes, is not told "in 0 delen"/"0 regels".
    let parts = match parsed.parts.len() {
        0 => String::new(),
        p => format!(" in {}", n(p, Noun::Part)),
    };
    let notes = match (parsed.note_lines(), file.lang) {
        (0, _) => String::new(),
        (l, Lang::Nl) => format!("; {} als notitie bewaard", n(l, Noun::Line)),
        (l, Lang::En) => format!("; {} kept as notes", n(l, Noun::Line)),
    };
    let _ = match file.lang {
        Lang::Nl => writeln!(err, "{items}{parts} ingelezen in vergadering {meeting}{notes}"),
        Lang::En => writeln!(err, "imported {items}{parts} into meeting {meeting}{notes}"),
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

/// No items: a saved mail is said to be one (its agenda is an attachment), anything else has none.
fn refusal_without_items(file: &ReadFile) -> crate::Error {
    let name = file.name.to_string();
    let bytes = if name == "-" { None } else { std::fs::read(&name).ok() };
    let is_mail = bytes.is_some_and(|b| matches!(crate::import::mail::read_if_mail(&b, &name), Some(Ok(_))));
    if is_mail {
        ImportRefusal::IsAMail { name }.into()
    } else {
        ImportRefusal::NoAgendaItems { name }.into()
    }
}
