//! `import decisions`: a decision list is added, all of it or (with --skip-bad) its good rows.

use super::io_err;
use super::read_file::ReadFile;
use crate::domain::{AgendaItem, DecisionDraft, ItemId, MeetingId};
use crate::error::{Error, Result};
use crate::import::decisions::{parse, Parsed, ParsedDecision};
use crate::locale::{Lang, Noun};
use crate::store::Store;
use std::collections::HashMap;
use std::io::Write;

pub fn run(store: &mut Store, file: &ReadFile, body: Option<&str>, skip_bad: bool, out: &mut dyn Write) -> Result<()> {
    let name = file.name.to_string();
    let Parsed { format, decisions, bad, undecided, body_from_heading } =
        parse(&file.doc.text, body).map_err(|e| Error::invalid(format!("{name}: {e}")))?;
    let report = |bad: &[crate::import::decisions::BadRow]| {
        bad.iter().map(|b| format!("\n  line {}: {}", b.line, b.message)).collect::<String>()
    };
    if !bad.is_empty() && !skip_bad {
        return Err(Error::invalid(format!(
            "{name} has {}, so nothing was imported (--skip-bad imports the {}):{}",
            Lang::En.count(bad.len(), Noun::BadRow),
            Lang::En.count(decisions.len(), Noun::GoodRow),
            report(&bad)
        )));
    }
    if decisions.is_empty() {
        let without = if undecided.is_empty() {
            String::new()
        } else {
            format!("\n{} subject(s) without a decision text:{}", undecided.len(), report(&undecided))
        };
        return Err(Error::invalid(format!("{name} holds no decisions to import{}{without}", report(&bad))));
    }
    // A subject the list names without a decision is shown, never stored with an invented one.
    if !undecided.is_empty() {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "not imported: {} subject(s) without a decision text:{}",
            undecided.len(),
            report(&undecided)
        );
    }
    // A decision on the date of a known meeting of its body belongs to that meeting: search can jump there.
    let mut meetings: HashMap<(String, String), Option<MeetingId>> = HashMap::new();
    let mut drafts = Vec::with_capacity(decisions.len());
    let mut agendas: HashMap<MeetingId, Vec<AgendaItem>> = HashMap::new();
    for d in &decisions {
        let key = (d.body.to_lowercase(), d.date.clone());
        let meeting = match meetings.get(&key) {
            Some(m) => *m,
            None => {
                let m = match store.body_by_name(&d.body)? {
                    Some(b) => store.meetings_of_body(b.id)?.into_iter().find(|m| m.date == d.date).map(|m| m.id),
                    None => None,
                };
                meetings.insert(key, m);
                m
            }
        };
        let item_id = match meeting {
            Some(m) => named_item(store, &mut agendas, m, d)?,
            None => None,
        };
        drafts.push(DecisionDraft {
            body: d.body.clone(),
            meeting_id: meeting,
            item_id,
            date: d.date.clone(),
            text: d.stored_text(),
            reference: d.reference.clone(),
        });
    }
    let added = store.add_new_decisions(&drafts)?;
    let known = added.iter().filter(|id| id.is_none()).count();
    if known > 0 {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "skipped {} already present (same body, date, text and reference)",
            Lang::En.count(known, Noun::Decision)
        );
    }
    let linked = drafts.iter().zip(&added).filter(|(d, id)| id.is_some() && d.meeting_id.is_some()).count();
    let count = added.len() - known;
    write!(out, "imported {} from {name} ({})", Lang::En.count(count, Noun::Decision), format.describe())
        .map_err(io_err)?;
    if linked > 0 {
        write!(out, "; {linked} linked to their meeting").map_err(io_err)?;
    }
    if let (None, Some(b)) = (body, &body_from_heading) {
        write!(out, "; body {b:?} from the document's heading").map_err(io_err)?;
    }
    writeln!(out).map_err(io_err)?;
    if !bad.is_empty() {
        writeln!(out, "skipped {}:{}", Lang::En.count(bad.len(), Noun::BadRow), report(&bad)).map_err(io_err)?;
    }
    Ok(())
}

/// The item of its meeting a decision's reference names ("Agendapunt 2", "punt 4a", "ad 3"; a bare "3" when
/// the list's subject is that item's title), when the meeting has exactly one item of that number.
fn named_item(
    store: &Store,
    agendas: &mut HashMap<MeetingId, Vec<AgendaItem>>,
    meeting: MeetingId,
    d: &ParsedDecision,
) -> Result<Option<ItemId>> {
    use crate::import::decisions::{bare_number, item_number, names_item, same_subject};
    let (number, by_subject) = match item_number(&d.reference) {
        Some(n) => (n, false),
        None => match bare_number(&d.reference).filter(|_| !d.subject.is_empty()) {
            Some(n) => (n, true),
            None => return Ok(None),
        },
    };
    let agenda = match agendas.entry(meeting) {
        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
        std::collections::hash_map::Entry::Vacant(e) => e.insert(store.agenda(meeting)?),
    };
    let mut named =
        agenda.iter().filter(|i| names_item(&number, &i.number) && (!by_subject || same_subject(&d.subject, &i.title)));
    Ok(match (named.next(), named.next()) {
        (Some(item), None) => Some(item.id),
        _ => None,
    })
}
