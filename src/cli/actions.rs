//! `actions`: the action points across meetings, narrowed as the action list screen narrows them
//! (the core's `actions::list`): the open ones by default, `--overdue`, `--all`, by body and owner.

use super::{io_err, write_json};
use crate::actions::{self, ActionEntry, ActionFilter, SortKey, StatusFilter};
use crate::dates::Date;
use crate::domain::ActionStatus;
use crate::error::{BodyRefusal, Result};
use crate::locale::DecUi;
use crate::locale::{Lang, Ui};
use crate::store::{owner_key, Store};
use std::io::Write;

#[derive(serde::Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    entry: &'a ActionEntry,
    overdue: bool,
    /// The day it falls due as ISO, when the deadline names one.
    due: Option<String>,
}

pub fn run(
    store: &Store,
    status: StatusFilter,
    body: Option<&str>,
    owner: Option<&str>,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<()> {
    let today = Date::today();
    if let Some(b) = body {
        let bodies = store.bodies()?;
        if !bodies.iter().any(|x| owner_key(&x.name) == owner_key(b)) {
            let known = bodies.iter().map(|x| x.name.clone()).collect();
            return Err(BodyRefusal::UnknownAmong { typed: b.to_string(), known }.into());
        }
    }
    let entries = actions::load(store)?;
    let filter =
        ActionFilter { status, body: body.map(str::to_string), owner: owner.map(str::to_string), ..Default::default() };
    let listing = actions::list(&entries, &filter, SortKey::Deadline, today, &[]);
    let listed: Vec<Listed> = listing
        .shown
        .iter()
        .map(|&i| {
            let e = &entries[i];
            Listed {
                entry: e,
                overdue: actions::is_overdue(&e.row, today),
                due: actions::due_date(&e.row).map(Date::iso),
            }
        })
        .collect();
    if json {
        return write_json(out, &listed);
    }
    if listed.is_empty() {
        return writeln!(out, "{}", lang.ui(Ui::Dec(DecUi::CliNoActions))).map_err(io_err);
    }
    for l in &listed {
        let a = &l.entry.row.action;
        let mark = if l.overdue {
            DecUi::CliOverdue
        } else if a.status == ActionStatus::Done {
            DecUi::Done
        } else {
            DecUi::Open
        };
        let line = format!(
            "{:<10}  {:<14}  {:<12}  {:<11}  {}  ({} {})",
            a.code,
            a.owner,
            a.deadline,
            lang.ui(Ui::Dec(mark)),
            a.text,
            l.entry.row.body,
            l.entry.row.meeting_date
        );
        writeln!(out, "{}", line.replace(['\n', '\r'], " ").trim_end()).map_err(io_err)?;
    }
    Ok(())
}
