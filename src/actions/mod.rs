//! The action list as a working list (issue 18): which action points to show and in what order, how many
//! of how many, when one falls due, and the owners already in use. Pure core: the action list screen holds
//! the filter state and draws, the `actions` command prints; both ask this module.

mod due;
mod entry;
mod filter;
mod sort;

pub use due::{action_overdue, deadline_due, due, due_date, is_overdue, this_month, this_week, Deadline};
pub use entry::{load, ActionEntry, Carried};
pub use filter::{find_score, owner_matches, ActionFilter, DueFilter, StatusFilter};
pub use sort::{compare_codes, SortKey};

use crate::dates::Date;
use crate::domain::{ActionId, ActionStatus};

/// What the list shows: positions in the entries, in the order shown, and the whole count.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Listing {
    pub shown: Vec<usize>,
    pub total: usize,
}

/// Filters and sorts `entries`. `kept` are the action points closed while the list is open: they stay in
/// view (marked done) whatever the status filter says, so that a key pressed by mistake loses nothing.
pub fn list(entries: &[ActionEntry], filter: &ActionFilter, sort: SortKey, today: Date, kept: &[ActionId]) -> Listing {
    let query = filter::FindQuery::new(&filter.find);
    let is_kept = |e: &ActionEntry| kept.contains(&e.row.action.id) && e.row.action.status == ActionStatus::Done;
    let mut shown: Vec<usize> =
        (0..entries.len()).filter(|&i| filter.matches(&entries[i], today, is_kept(&entries[i]), &query)).collect();
    shown.sort_by(|&a, &b| {
        let (ea, eb) = (&entries[a], &entries[b]);
        sort::compare(ea, eb, (is_kept(ea), is_kept(eb)), sort, today)
    });
    Listing { shown, total: entries.len() }
}

/// Open, overdue and done among the entries shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub open: usize,
    pub overdue: usize,
    pub done: usize,
}

pub fn counts(entries: &[ActionEntry], listing: &Listing, today: Date) -> Counts {
    let mut c = Counts::default();
    for &i in &listing.shown {
        let e = &entries[i];
        match e.row.action.status {
            ActionStatus::Done => c.done += 1,
            ActionStatus::Open => c.open += 1,
        }
        if is_overdue(&e.row, today) {
            c.overdue += 1;
        }
    }
    c
}
