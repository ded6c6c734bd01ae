//! The orders of the list; a key cycles through them.

use super::due::{is_overdue, Deadline};
use super::entry::ActionEntry;
use crate::dates::Date;
use crate::domain::ActionStatus;
use crate::store::owner_key;
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    /// Overdue first (longest overdue first), then the soonest; deadlines in words, then none, after them.
    #[default]
    Deadline,
    /// By code as minutes number them: 1102.4.1 before 1102.10.1.
    Code,
    /// By owner (any case), then by deadline.
    Owner,
    /// The newest meeting first, then by code.
    Meeting,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Deadline => SortKey::Code,
            SortKey::Code => SortKey::Owner,
            SortKey::Owner => SortKey::Meeting,
            SortKey::Meeting => SortKey::Deadline,
        }
    }
}

/// `kept_a`/`kept_b`: closed while the list is open; ranked as before, so that the line stays where it was.
pub(super) fn compare(a: &ActionEntry, b: &ActionEntry, kept: (bool, bool), key: SortKey, today: Date) -> Ordering {
    let by_deadline = || deadline_rank(a, kept.0, today).cmp(&deadline_rank(b, kept.1, today));
    let by_code = || compare_codes(&a.row.action.code, &b.row.action.code);
    let ordered = match key {
        SortKey::Deadline => by_deadline().then_with(by_code),
        SortKey::Code => by_code().then_with(by_deadline),
        SortKey::Owner => {
            // Actions without an owner after those with one.
            let oa = owner_key(&a.row.action.owner);
            let ob = owner_key(&b.row.action.owner);
            (oa.is_empty(), oa).cmp(&(ob.is_empty(), ob)).then_with(by_deadline)
        }
        SortKey::Meeting => b.row.meeting_date.cmp(&a.row.meeting_date).then_with(by_code),
    };
    ordered.then(a.row.action.id.cmp(&b.row.action.id))
}

/// Done ones last; among the rest overdue, then dated, then words, then none.
fn deadline_rank(e: &ActionEntry, kept: bool, today: Date) -> (bool, u8, Deadline) {
    let done = e.row.action.status == ActionStatus::Done && !kept;
    let overdue = if kept { action_overdue_if_open(e, today) } else { is_overdue(&e.row, today) };
    let class = if overdue { 0 } else { 1 };
    (done, class, Deadline::of(&e.row))
}

fn action_overdue_if_open(e: &ActionEntry, today: Date) -> bool {
    let open = crate::domain::ActionPoint { status: ActionStatus::Open, ..e.row.action.clone() };
    super::due::action_overdue(&open, &e.row.meeting_date, today)
}

/// Codes compared part by part, numbers as numbers: "1102.4.1" < "1102.10.1" < "2212.4.4"; an empty code last.
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.trim(), b.trim());
    match (a.is_empty(), b.is_empty()) {
        (true, false) => return Ordering::Greater,
        (false, true) => return Ordering::Less,
        _ => {}
    }
    let mut pa = a.split(['.', '-', ' ', '/']);
    let mut pb = b.split(['.', '-', ' ', '/']);
    loop {
        match (pa.next(), pb.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(n), Ok(m)) => n.cmp(&m),
                    _ => x.to_lowercase().cmp(&y.to_lowercase()),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_in_the_order_of_the_minutes() {
        let mut codes = vec!["2212.4.4", "1102.10.1", "", "1102.4.1", "1102.5.1", "1102.1", "A"];
        codes.sort_by(|a, b| compare_codes(a, b));
        assert_eq!(codes, ["1102.1", "1102.4.1", "1102.5.1", "1102.10.1", "2212.4.4", "A", ""]);
    }
}
