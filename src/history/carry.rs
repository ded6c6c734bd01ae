//! What is pending for the next meeting of a body: postponed items and open action points.
//!
//! "Postponed" is derived, not stored (schema v1 has no column for it): an item is postponed when a
//! decision on it says so ("aangehouden", "uitgesteld", "niet besproken" …), or, when no decision on it
//! was recorded, when the advice was to postpone (`Stance::Aanhouden`). It stays pending until an item of
//! a later meeting of the same body is linked to it.

use super::chain::{Chain, ChainBuilder};
use super::propose::months_before;
use super::topic::fold;
use crate::dates::Date;
use crate::domain::{ActionId, ActionPoint, AgendaItem, BodyId, Decision, ItemId, MeetingId, Stance};
use crate::error::{MeetingRefusal, Result};
use crate::store::Store;
pub use crate::store::{carried_action_title, ACTION_LIST_TITLE};
use serde::Serialize;
use std::collections::HashSet;

/// Words of a decision that put an item off to a later meeting.
const POSTPONING_WORDS: &[&str] = &[
    "aangehouden",
    "aanhouden",
    "uitgesteld",
    "uitstellen",
    "niet besproken",
    "niet behandeld",
    "doorgeschoven",
    "verplaatst naar",
    "postponed",
    "deferred",
];

/// Why an item counts as postponed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "because", content = "text")]
pub enum Postponement {
    /// A decision on the item says it was put off; its text.
    Decision(String),
    /// No decision was recorded and the advice was to postpone.
    Advice,
}

/// Something to carry over into the next meeting, with its history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Pending {
    /// A postponed item; `history.item` is the item itself.
    Postponed { because: Postponement, history: Chain },
    /// An open action point of the body, with the history of the item it came from, when it has one.
    OpenAction { action: ActionPoint, meeting_date: String, history: Option<Chain> },
}

/// Whether the item was postponed, judged from the decisions on it and, without any, from the advice.
pub fn postponement(item: &AgendaItem, decisions: &[Decision]) -> Option<Postponement> {
    let own: Vec<&Decision> = decisions.iter().filter(|d| d.item_id == Some(item.id)).collect();
    if own.is_empty() {
        return (item.advice_stance == Some(Stance::Aanhouden)).then_some(Postponement::Advice);
    }
    own.iter()
        .find(|d| {
            let text = fold(&d.text);
            POSTPONING_WORDS.iter().any(|w| text.contains(w))
        })
        .map(|d| Postponement::Decision(d.text.clone()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarryOptions {
    /// Postponed items of meetings older than this many months are no longer offered: an item put off a
    /// year ago and never taken up has been dropped in practice. Open action points are offered whatever
    /// their age, until they are marked done.
    pub postponed_within_months: u32,
}

impl Default for CarryOptions {
    fn default() -> Self {
        CarryOptions { postponed_within_months: 12 }
    }
}

/// What is pending for a meeting of `body` on `date`, with the default options: postponed items of its
/// earlier meetings not yet taken up by a later meeting of the body, oldest first, then its open action
/// points (those already carried into a meeting of the body on `date` left out).
pub fn carry_over(store: &Store, body: BodyId, date: &str) -> Result<Vec<Pending>> {
    carry_over_with(store, body, date, &CarryOptions::default())
}

pub fn carry_over_with(store: &Store, body: BodyId, date: &str, options: &CarryOptions) -> Result<Vec<Pending>> {
    let date = date.trim();
    let Some(day) = Date::parse_iso(date) else {
        return Err(MeetingRefusal::NotIsoDate(date.to_string()).into());
    };
    let since = months_before(day, options.postponed_within_months).iso();
    store.body(body)?;
    let meetings = store.meetings_of_body(body)?;
    let body_meetings: HashSet<MeetingId> = meetings.iter().map(|m| m.id).collect();
    let mut earlier: Vec<_> = meetings.iter().filter(|m| m.date.as_str() < date).collect();
    earlier.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    let mut chains = ChainBuilder::new(store)?;
    let mut out = Vec::new();
    for m in earlier.iter().filter(|m| m.date >= since) {
        for item in store.agenda(m.id)? {
            let Some(because) = postponement(&item, &store.item_decisions(item.id)?) else { continue };
            let taken_up = store.later_links(item.id)?.iter().any(|(_, later)| body_meetings.contains(later));
            if !taken_up {
                out.push(Pending::Postponed { because, history: chains.chain(item.id)? });
            }
        }
    }
    let mut on_date: HashSet<String> = HashSet::new();
    for m in meetings.iter().filter(|m| m.date == date) {
        on_date.extend(store.agenda(m.id)?.into_iter().map(|i| i.title));
    }
    let earlier_ids: HashSet<MeetingId> = earlier.iter().map(|m| m.id).collect();
    for row in store.action_list(false)? {
        let Some(m) = row.action.meeting_id else { continue };
        if !earlier_ids.contains(&m) || on_date.contains(&carried_action_title(&row.action)) {
            continue;
        }
        let history = match row.action.item_id {
            Some(i) => Some(chains.chain(i)?),
            None => None,
        };
        out.push(Pending::OpenAction { action: row.action, meeting_date: row.meeting_date, history });
    }
    Ok(out)
}

/// Puts the chosen pending things on the agenda of `meeting`, linked to where they come from, in one
/// transaction; see `Store::carry_over_into`. Returns the items made.
pub fn carry_into(store: &mut Store, meeting: MeetingId, chosen: &[Pending]) -> Result<Vec<ItemId>> {
    let mut items = Vec::new();
    let mut actions: Vec<ActionId> = Vec::new();
    for p in chosen {
        match p {
            Pending::Postponed { history, .. } => items.push(history.item.item_id),
            Pending::OpenAction { action, .. } => actions.push(action.id),
        }
    }
    store.carry_over_into(meeting, &items, &actions)
}
