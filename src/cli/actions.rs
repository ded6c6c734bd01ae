//! `actions`: the action points across meetings, open ones by default; `--overdue` those past their deadline.

use super::{io_err, write_json};
use crate::dates::Date;
use crate::error::Result;
use crate::locale::{CliWord, Lang};
use crate::store::{ActionRow, Store};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Open,
    Overdue,
    All,
}

#[derive(serde::Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    row: &'a ActionRow,
    overdue: bool,
}

pub fn run(
    store: &Store,
    which: Which,
    body: Option<&str>,
    owner: Option<&str>,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<()> {
    let today = Date::today();
    let rows = store.action_list(which == Which::All)?;
    let owner = owner.map(str::to_lowercase);
    let listed: Vec<Listed> = rows
        .iter()
        .filter(|r| body.is_none_or(|b| r.body.eq_ignore_ascii_case(b.trim())))
        .filter(|r| owner.as_deref().is_none_or(|o| r.action.owner.to_lowercase().contains(o.trim())))
        .map(|row| Listed { overdue: row.action.is_overdue(today, Date::parse_iso(&row.meeting_date)), row })
        .filter(|l| which != Which::Overdue || l.overdue)
        .collect();
    if json {
        return write_json(out, &listed);
    }
    if listed.is_empty() {
        return writeln!(out, "{}", lang.cli(CliWord::NoActions)).map_err(io_err);
    }
    for l in &listed {
        let a = &l.row.action;
        let mark = if l.overdue {
            lang.cli(CliWord::Overdue)
        } else if a.status == crate::domain::ActionStatus::Done {
            lang.cli(CliWord::Done)
        } else {
            ""
        };
        let line = format!(
            "{:<10}  {:<14}  {:<12}  {:<10}  {}  ({} {})",
            a.code, a.owner, a.deadline, mark, a.text, l.row.body, l.row.meeting_date
        );
        writeln!(out, "{}", line.replace('\n', " ")).map_err(io_err)?;
    }
    Ok(())
}
