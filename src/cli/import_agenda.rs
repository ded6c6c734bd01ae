//! `import agenda`: a pasted agenda text becomes a new meeting; stdout gets its id, stderr what was read.

use super::io_err;
use super::read_file::ReadFile;
use crate::domain::MeetingDraft;
use crate::error::{Error, Result};
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
        return Err(Error::invalid(match file.lang {
            Lang::Nl => format!(
                "{} bevat geen agendapunten (geen genummerde regels zoals \"1. Opening\"); er is geen vergadering gemaakt",
                file.name
            ),
            Lang::En => format!(
                "{} holds no agenda items (no numbered lines such as \"1. Opening\"); no meeting was created",
                file.name
            ),
        }));
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
    for w in &parsed.warnings {
        let label = if file.lang == Lang::Nl { "let op" } else { "note" };
        let _ = writeln!(err, "{label}: {}", w.text(file.lang));
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
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    match ids.as_slice() {
        [] => Ok(()),
        [one] => Err(Error::invalid(format!(
            "there is already a meeting of {} on {date} (id {one}); use --again to make another one, \
             or `annoteer show {one}` to see it (nothing was imported)",
            known.name
        ))),
        many => Err(Error::invalid(format!(
            "there are already {} meetings of {} on {date} (ids {}); use --again to make another one \
             (nothing was imported)",
            many.len(),
            known.name,
            many.join(", ")
        ))),
    }
}
