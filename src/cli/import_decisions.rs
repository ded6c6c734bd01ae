//! `import decisions`: a decision list is added, all of it or (with --skip-bad) its good rows.

use super::io_err;
use super::read_file::ReadFile;
use crate::domain::DecisionDraft;
use crate::error::{Error, Result};
use crate::import::decisions::{parse, Parsed};
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
            "{name} has {} bad row(s), so nothing was imported (--skip-bad imports the {} good one(s)):{}",
            bad.len(),
            decisions.len(),
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
    let mut meetings: HashMap<(String, String), Option<crate::domain::MeetingId>> = HashMap::new();
    let mut drafts = Vec::with_capacity(decisions.len());
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
        drafts.push(DecisionDraft {
            body: d.body.clone(),
            meeting_id: meeting,
            item_id: None,
            date: d.date.clone(),
            text: d.stored_text(),
            reference: d.reference.clone(),
        });
    }
    let added = store.add_new_decisions(&drafts)?;
    let known = added.iter().filter(|id| id.is_none()).count();
    if known > 0 {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "skipped {known} decision(s) already present (same body, date, text and reference)");
    }
    let linked = drafts.iter().zip(&added).filter(|(d, id)| id.is_some() && d.meeting_id.is_some()).count();
    let count = added.len() - known;
    write!(out, "imported {count} decision(s) from {name} ({})", format.describe()).map_err(io_err)?;
    if linked > 0 {
        write!(out, "; {linked} linked to their meeting").map_err(io_err)?;
    }
    if let (None, Some(b)) = (body, &body_from_heading) {
        write!(out, "; body {b:?} from the document's heading").map_err(io_err)?;
    }
    writeln!(out).map_err(io_err)?;
    if !bad.is_empty() {
        writeln!(out, "skipped {} bad row(s):{}", bad.len(), report(&bad)).map_err(io_err)?;
    }
    Ok(())
}
