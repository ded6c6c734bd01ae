//! One action point with what the list and its detail show around it: the item it came from and the
//! meetings it was carried into.

use crate::domain::{ItemId, MeetingId};
use crate::error::Result;
use crate::store::{carried_action_title, ActionRow, CarriedItem, Store};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ActionEntry {
    #[serde(flatten)]
    pub row: ActionRow,
    /// The number and title of the item the action came from ("5", "Programmaplan 2022"), when it has one.
    pub item_number: String,
    pub item_title: String,
    /// The later meetings it was carried into, oldest first, with the number of the item it became there.
    pub carried_into: Vec<Carried>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Carried {
    pub meeting_id: MeetingId,
    pub item_id: ItemId,
    pub body: String,
    pub meeting_date: String,
    pub item_number: String,
}

/// Every action point, open and done, with its origin and carry-over history.
pub fn load(store: &Store) -> Result<Vec<ActionEntry>> {
    let rows = store.action_list(true)?;
    let mut numbers: HashMap<MeetingId, HashMap<ItemId, (String, String)>> = HashMap::new();
    let mut number_of = |meeting: MeetingId, item: ItemId| -> Result<(String, String)> {
        if let std::collections::hash_map::Entry::Vacant(slot) = numbers.entry(meeting) {
            let agenda = store.agenda(meeting)?;
            slot.insert(agenda.into_iter().map(|i| (i.id, (i.number, i.title))).collect());
        }
        Ok(numbers.get(&meeting).and_then(|m| m.get(&item)).cloned().unwrap_or_default())
    };
    let mut carried: HashMap<String, Vec<CarriedItem>> = HashMap::new();
    for c in store.carried_action_items()? {
        carried.entry(c.title.clone()).or_default().push(c);
    }
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let (item_number, item_title) = match (row.action.meeting_id, row.action.item_id) {
            (Some(m), Some(i)) => number_of(m, i)?,
            _ => Default::default(),
        };
        let mut carried_into = Vec::new();
        for c in carried.get(&carried_action_title(&row.action)).into_iter().flatten() {
            if Some(c.meeting_id) == row.action.meeting_id {
                continue;
            }
            let (item_number, _) = number_of(c.meeting_id, c.item_id)?;
            carried_into.push(Carried {
                meeting_id: c.meeting_id,
                item_id: c.item_id,
                body: c.body.clone(),
                meeting_date: c.meeting_date.clone(),
                item_number,
            });
        }
        out.push(ActionEntry { row, item_number, item_title, carried_into });
    }
    Ok(out)
}
