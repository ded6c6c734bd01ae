//! `import decisions`: a decision list is added, all of it or (with --skip-bad) its good rows.

use super::io_err;
use super::read_file::ReadFile;
use crate::domain::{AgendaItem, DecisionDraft, ItemId, MeetingId};
use crate::error::{Error, ImportRefusal, Result};
use crate::import::decisions::{parse, Parsed, ParsedDecision};
use crate::locale::{Lang, Noun};
use crate::store::Store;
use std::collections::HashMap;
use std::io::Write;

pub fn run(store: &mut Store, file: &ReadFile, body: Option<&str>, skip_bad: bool, out: &mut dyn Write) -> Result<()> {
    let name = file.name.to_string();
    let lang = file.lang;
    let Parsed { format, decisions, bad, undecided, body_from_heading } = parse(&file.doc.text, body)
        .map_err(|why| Error::from(ImportRefusal::NotADecisionList { name: name.clone(), why }))?;
    let rows = |rows: &[crate::import::decisions::BadRow]| -> Vec<(usize, String)> {
        rows.iter().map(|b| (b.line, crate::import::decisions::reason(&b.message, lang))).collect()
    };
    let report = |bad: &[crate::import::decisions::BadRow]| {
        let word = if lang == Lang::Nl { "regel" } else { "line" };
        bad.iter()
            .map(|b| format!("\n  {word} {}: {}", b.line, crate::import::decisions::reason(&b.message, lang)))
            .collect::<String>()
    };
    if !bad.is_empty() && !skip_bad {
        return Err(ImportRefusal::BadRows { name, bad: rows(&bad), good: decisions.len() }.into());
    }
    if decisions.is_empty() {
        return Err(ImportRefusal::NoDecisions { name, bad: rows(&bad), undecided: rows(&undecided) }.into());
    }
    // A subject the list names without a decision is shown, never stored with an invented one.
    if !undecided.is_empty() {
        let mut err = std::io::stderr().lock();
        let n = undecided.len();
        let _ = match (lang, n) {
            (Lang::Nl, 1) => writeln!(err, "niet ingelezen: 1 onderwerp zonder besluittekst:{}", report(&undecided)),
            (Lang::Nl, _) => {
                writeln!(err, "niet ingelezen: {n} onderwerpen zonder besluittekst:{}", report(&undecided))
            }
            (Lang::En, 1) => writeln!(err, "not imported: 1 subject without a decision text:{}", report(&undecided)),
            (Lang::En, _) => {
                writeln!(err, "not imported: {n} subjects without a decision text:{}", report(&undecided))
            }
        };
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
        let known = lang.count(known, Noun::Decision);
        let _ = match lang {
            Lang::Nl => writeln!(err, "{known} overgeslagen: al aanwezig (zelfde gremium, datum, tekst en kenmerk)"),
            Lang::En => writeln!(err, "skipped {known} already present (same body, date, text and reference)"),
        };
    }
    let linked = drafts.iter().zip(&added).filter(|(d, id)| id.is_some() && d.meeting_id.is_some()).count();
    let count = added.len() - known;
    let count = lang.count(count, Noun::Decision);
    match lang {
        Lang::Nl => write!(out, "{count} ingelezen uit {name} ({})", format.describe_in(lang)),
        Lang::En => write!(out, "imported {count} from {name} ({})", format.describe()),
    }
    .map_err(io_err)?;
    if linked > 0 {
        match lang {
            Lang::Nl => write!(out, "; {linked} gekoppeld aan hun vergadering"),
            Lang::En => write!(out, "; {linked} linked to their meeting"),
        }
        .map_err(io_err)?;
    }
    if let (None, Some(b)) = (body, &body_from_heading) {
        match lang {
            Lang::Nl => write!(out, "; gremium '{b}' uit de kop van het document"),
            Lang::En => write!(out, "; body {b:?} from the document's heading"),
        }
        .map_err(io_err)?;
    }
    writeln!(out).map_err(io_err)?;
    if !bad.is_empty() {
        let skipped = lang.count(bad.len(), Noun::BadRow);
        match lang {
            Lang::Nl => writeln!(out, "{skipped} overgeslagen:{}", report(&bad)),
            Lang::En => writeln!(out, "skipped {skipped}:{}", report(&bad)),
        }
        .map_err(io_err)?;
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
