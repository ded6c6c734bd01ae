//! What narrows the list: status, deadline, body, owner, and words typed to find (the search's matcher).

use super::due::{due_date, is_overdue, this_month, this_week};
use super::entry::ActionEntry;
use crate::dates::Date;
use crate::domain::ActionStatus;
use crate::search::matcher::{fold, score_term};
use crate::store::owner_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusFilter {
    #[default]
    Open,
    /// Open and past the deadline ("te laat").
    Overdue,
    Done,
    All,
}

impl StatusFilter {
    /// The next one for the key that cycles: open → te laat → afgehandeld → alle → open.
    pub fn next(self) -> StatusFilter {
        match self {
            StatusFilter::Open => StatusFilter::Overdue,
            StatusFilter::Overdue => StatusFilter::Done,
            StatusFilter::Done => StatusFilter::All,
            StatusFilter::All => StatusFilter::Open,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueFilter {
    #[default]
    Any,
    /// Due from Monday to Sunday of this week.
    ThisWeek,
    /// Due in this calendar month.
    ThisMonth,
    /// Past the deadline and still open.
    Overdue,
}

impl DueFilter {
    pub fn next(self) -> DueFilter {
        match self {
            DueFilter::Any => DueFilter::ThisWeek,
            DueFilter::ThisWeek => DueFilter::ThisMonth,
            DueFilter::ThisMonth => DueFilter::Overdue,
            DueFilter::Overdue => DueFilter::Any,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActionFilter {
    pub status: StatusFilter,
    pub due: DueFilter,
    /// A body by name, any case.
    pub body: Option<String>,
    /// An owner by name, any case; "PGT" also finds "PGT, JenV".
    pub owner: Option<String>,
    /// Words to find in code, owner, text, remarks, body and item, fuzzy as in the search.
    pub find: String,
}

impl ActionFilter {
    /// True when nothing narrows the list beyond the default (the open ones).
    pub fn is_default(&self) -> bool {
        *self == ActionFilter::default()
    }

    /// `kept`: closed while the list is open, shown as if the status filter let it through.
    pub(super) fn matches(&self, e: &ActionEntry, today: Date, kept: bool, query: &FindQuery) -> bool {
        let a = &e.row.action;
        let status_ok = kept
            || match self.status {
                StatusFilter::Open => a.status == ActionStatus::Open,
                StatusFilter::Overdue => is_overdue(&e.row, today),
                StatusFilter::Done => a.status == ActionStatus::Done,
                StatusFilter::All => true,
            };
        let due_ok = match self.due {
            DueFilter::Any => true,
            DueFilter::Overdue => kept || is_overdue(&e.row, today),
            DueFilter::ThisWeek => within(due_date(&e.row), this_week(today)),
            DueFilter::ThisMonth => within(due_date(&e.row), this_month(today)),
        };
        let body_ok = self.body.as_deref().is_none_or(|b| owner_key(b) == owner_key(&e.row.body));
        let owner_ok = self.owner.as_deref().is_none_or(|o| owner_matches(&a.owner, o));
        status_ok && due_ok && body_ok && owner_ok && query.score(e).is_some()
    }
}

fn within(due: Option<Date>, (from, to): (Date, Date)) -> bool {
    due.is_some_and(|d| d >= from && d <= to)
}

/// The owner written on an action is `wanted`, or one of several written together ("PGT, JenV").
pub fn owner_matches(owner: &str, wanted: &str) -> bool {
    let wanted = owner_key(wanted);
    if wanted.is_empty() || owner_key(owner) == wanted {
        return true;
    }
    owner.split([',', '/', '&', ';', '+']).any(|part| owner_key(part) == wanted)
}

/// The typed words, folded as the search folds them.
pub(super) struct FindQuery {
    terms: Vec<Vec<u8>>,
}

impl FindQuery {
    pub(super) fn new(typed: &str) -> FindQuery {
        FindQuery { terms: typed.split_whitespace().map(fold).collect() }
    }

    /// Every word must match (bounded-gap subsequence, as in the search); the sum of their scores.
    fn score(&self, e: &ActionEntry) -> Option<i32> {
        if self.terms.is_empty() {
            return Some(0);
        }
        let a = &e.row.action;
        let key = fold(&[a.code.as_str(), &a.owner, &a.text, &a.remarks, &e.row.body, &e.item_title].join(" "));
        self.terms.iter().map(|t| score_term(&key, t).map(|(s, _)| s)).sum()
    }
}

/// How well `typed` finds the action: `None` when one of its words does not match.
pub fn find_score(e: &ActionEntry, typed: &str) -> Option<i32> {
    FindQuery::new(typed).score(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_match_any_case_and_within_a_list() {
        assert!(owner_matches("PGT", "pgt"));
        assert!(owner_matches(" Pgt ", "PGT"));
        assert!(owner_matches("PGT, JenV", "jenv"));
        assert!(owner_matches("LE / PGT", "pgt"));
        assert!(!owner_matches("PGTX", "pgt"));
        assert!(!owner_matches("", "pgt"));
    }
}
