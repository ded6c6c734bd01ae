//! Proposing the earlier items an item most likely continues, for the user to accept with one key.

use super::bodies::{body_and_preparers, BodyRef};
use super::chain::chain;
use super::topic::{is_routine, same_submitter, Topic, WordWeights};
use crate::dates::{days_in_month, Date};
use crate::domain::{AgendaItem, ItemId, Meeting, MeetingId};
use crate::error::{Error, MeetingRefusal, Result};
use crate::store::Store;
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub struct ProposeOptions {
    /// How far back to look, in months before the item's meeting.
    pub window_months: u32,
    /// At most this many proposals.
    pub limit: usize,
    /// Titles less alike than this (0..1) are never proposed, whatever else matches.
    pub min_title_score: f64,
}

impl Default for ProposeOptions {
    fn default() -> Self {
        ProposeOptions { window_months: 13, limit: 5, min_title_score: 0.45 }
    }
}

/// An earlier item that is probably the same topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    pub item_id: ItemId,
    pub meeting_id: MeetingId,
    pub body: BodyRef,
    pub date: String,
    pub number: String,
    pub title: String,
    pub submitter: String,
    /// The ranking: title likeness, plus a little for the same submitter and for recency.
    pub score: f64,
    pub title_score: f64,
    pub same_submitter: bool,
}

/// `date` minus `months`, the day kept where the month has it (31 August − 6 months = 28/29 February).
pub fn months_before(date: Date, months: u32) -> Date {
    let total = date.year as i64 * 12 + (date.month as i64 - 1) - months as i64;
    let year = total.div_euclid(12) as i32;
    let month = total.rem_euclid(12) as u32 + 1;
    Date { year, month, day: date.day.min(days_in_month(year, month)) }
}

fn days(date: &Date) -> i64 {
    // Days from a fixed origin; only differences are used.
    let (y, m) = if date.month <= 2 {
        (date.year as i64 - 1, date.month as i64 + 9)
    } else {
        (date.year as i64, date.month as i64 - 3)
    };
    365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + (153 * m + 2) / 5 + date.day as i64
}

/// Likely earlier items for `item`, best first, with the default window (13 months, so that a yearly topic is found a year on) and limit (5).
pub fn propose_earlier(store: &Store, item: ItemId) -> Result<Vec<Proposal>> {
    propose_earlier_with(store, item, &ProposeOptions::default())
}

/// Likely earlier items for `item`: from meetings of its body or of a body preparing for it, within the
/// window, not already in its history, not routine (minutes, announcements), best first.
pub fn propose_earlier_with(store: &Store, item: ItemId, options: &ProposeOptions) -> Result<Vec<Proposal>> {
    let own = store.item(item)?;
    if is_routine(&own.title) || options.limit == 0 {
        return Ok(Vec::new());
    }
    let meeting = store.meeting(own.meeting_id)?;
    let date = Date::parse_iso(&meeting.date).ok_or_else(|| Error::from(MeetingRefusal::NoValidDate))?;
    let from = months_before(date, options.window_months);
    let bodies = store.bodies()?;
    let in_history: HashSet<ItemId> = chain(store, item)?.steps.iter().map(|s| s.item_id).collect();
    let mut pool: Vec<(Meeting, AgendaItem)> = Vec::new();
    for m in store.meetings_between(&body_and_preparers(&bodies, meeting.body_id), &from.iso(), &meeting.date)? {
        if m.id == meeting.id {
            continue;
        }
        for candidate in store.agenda(m.id)? {
            if !in_history.contains(&candidate.id) && !is_routine(&candidate.title) {
                pool.push((m.clone(), candidate));
            }
        }
    }
    let weights = WordWeights::from_titles(pool.iter().map(|(_, i)| i.title.as_str()).chain([own.title.as_str()]));
    let window_days = (days(&date) - days(&from)).max(1) as f64;
    let own_topic = Topic::of(&own.title);
    let mut out: Vec<Proposal> = Vec::new();
    for (m, candidate) in pool {
        let title_score = own_topic.similarity(&Topic::of(&candidate.title), &weights);
        if title_score < options.min_title_score {
            continue;
        }
        let same = same_submitter(&own.submitter, &candidate.submitter);
        let age = Date::parse_iso(&m.date).map(|d| (days(&date) - days(&d)) as f64).unwrap_or(window_days);
        let recency = (1.0 - age / window_days).clamp(0.0, 1.0);
        let score = title_score + if same { 0.1 } else { 0.0 } + 0.05 * recency;
        let body = bodies
            .iter()
            .find(|b| b.id == m.body_id)
            .map(BodyRef::of)
            .unwrap_or(BodyRef { id: m.body_id, name: m.body.clone() });
        out.push(Proposal {
            item_id: candidate.id,
            meeting_id: m.id,
            body,
            date: m.date,
            number: candidate.number,
            title: candidate.title,
            submitter: candidate.submitter,
            score,
            title_score,
            same_submitter: same,
        });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.date.cmp(&a.date)).then(a.item_id.cmp(&b.item_id)));
    out.truncate(options.limit);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_back_keeps_the_day_where_it_can() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        assert_eq!(months_before(d("2022-04-20"), 6).iso(), "2021-10-20");
        assert_eq!(months_before(d("2022-08-31"), 6).iso(), "2022-02-28");
        assert_eq!(months_before(d("2024-08-31"), 6).iso(), "2024-02-29");
        assert_eq!(months_before(d("2022-03-24"), 0).iso(), "2022-03-24");
        assert_eq!(months_before(d("2022-01-15"), 13).iso(), "2020-12-15");
    }

    #[test]
    fn day_counts_differ_by_calendar_days() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        assert_eq!(days(&d("2022-03-01")) - days(&d("2022-02-28")), 1);
        assert_eq!(days(&d("2024-03-01")) - days(&d("2024-02-28")), 2);
        assert_eq!(days(&d("2023-01-01")) - days(&d("2022-01-01")), 365);
    }
}
