//! When an action point falls due: the one rule that both the order of the list and the "te laat" mark use.

use crate::dates::Date;
use crate::domain::{ActionPoint, ActionStatus};
use crate::store::ActionRow;

/// A deadline as the list orders it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Deadline {
    /// A day annoteer reads ("2022-05-31", "31-05-2022", "25 maart").
    Dated(Date),
    /// Words that name no day ("z.s.m.", "na de zomer", a month alone: "maart 2022"): after every dated one,
    /// never overdue.
    Text,
    /// No deadline written.
    None,
}

impl Deadline {
    pub fn of(row: &ActionRow) -> Deadline {
        if row.action.deadline.trim().is_empty() {
            return Deadline::None;
        }
        match due_date(row) {
            Some(d) => Deadline::Dated(d),
            None => Deadline::Text,
        }
    }
}

/// The day by which the action is due, when its deadline names one; `meeting_date` (ISO) is the date of
/// the meeting it came from, for a deadline written without a year. Kept in this one function so that the
/// order, the filters and the overdue mark (here, on the decisions screen and in `annoteer actions`)
/// follow whatever `dates` learns to read.
pub fn due(action: &ActionPoint, meeting_date: &str) -> Option<Date> {
    deadline_due(&action.deadline, meeting_date)
}

/// The same for a deadline as typed (in the form, before it is stored).
pub fn deadline_due(deadline: &str, meeting_date: &str) -> Option<Date> {
    crate::dates::deadline_due(deadline, Date::parse_iso(meeting_date))
}

/// Open and past its day. A deadline in words is never overdue.
pub fn action_overdue(action: &ActionPoint, meeting_date: &str, today: Date) -> bool {
    action.status == ActionStatus::Open && due(action, meeting_date).is_some_and(|d| d < today)
}

pub fn due_date(row: &ActionRow) -> Option<Date> {
    due(&row.action, &row.meeting_date)
}

pub fn is_overdue(row: &ActionRow, today: Date) -> bool {
    action_overdue(&row.action, &row.meeting_date, today)
}

/// Days since 1970-01-01 (the inverse of `Date::from_days`).
fn days(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// Monday to Sunday of the week of `today`.
pub fn this_week(today: Date) -> (Date, Date) {
    let n = days(today);
    // 1970-01-01 was a Thursday.
    let monday = n - (n + 3).rem_euclid(7);
    (Date::from_days(monday), Date::from_days(monday + 6))
}

/// The first and last day of the month of `today`.
pub fn this_month(today: Date) -> (Date, Date) {
    let last = crate::dates::days_in_month(today.year, today.month);
    (Date { day: 1, ..today }, Date { day: last, ..today })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        // 1 December 2026 is a Tuesday.
        assert_eq!(this_week(d("2026-12-01")), (d("2026-11-30"), d("2026-12-06")));
        assert_eq!(this_week(d("2026-11-30")), (d("2026-11-30"), d("2026-12-06")));
        assert_eq!(this_week(d("2026-12-06")), (d("2026-11-30"), d("2026-12-06")));
        assert_eq!(this_week(d("2022-01-01")), (d("2021-12-27"), d("2022-01-02")));
        assert_eq!(this_month(d("2024-02-10")), (d("2024-02-01"), d("2024-02-29")));
        for n in [0, 19_075, 20_000, -1] {
            assert_eq!(days(Date::from_days(n)), n);
        }
    }
}
