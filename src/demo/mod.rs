//! The demo data: the real dossier of shared/seeds, typed by hand, and its loader.

mod data;
mod load;
pub mod papers;

use crate::domain::{ActionDraft, DecisionDraft, ItemDraft, MeetingDraft, MeetingStatus};

pub use data::demo_meetings;
pub use load::write_new;

/// A meeting of the demo as plain data, loaded into a store by `store::demo`.
#[derive(Debug, Clone)]
pub struct DemoMeeting {
    pub meeting: MeetingDraft,
    pub status: MeetingStatus,
    pub parts: Vec<DemoPart>,
    pub decisions: Vec<DemoDecision>,
    pub actions: Vec<DemoAction>,
}

/// A part of the meeting; `title` is empty for items outside any named part.
#[derive(Debug, Clone)]
pub struct DemoPart {
    pub title: String,
    pub items: Vec<DemoItem>,
}

#[derive(Debug, Clone)]
pub struct DemoItem {
    pub item: ItemDraft,
    pub children: Vec<DemoItem>,
    /// Documents by file name, with role code ("bijlage", "oplegger", "achtergrond").
    pub documents: Vec<(String, &'static str)>,
}

/// A decision; `item_number` ("6", "1.1") ties it to an item of the same meeting.
#[derive(Debug, Clone)]
pub struct DemoDecision {
    pub decision: DecisionDraft,
    pub item_number: Option<String>,
}

#[derive(Debug, Clone)]
pub struct DemoAction {
    pub action: ActionDraft,
    pub item_number: Option<String>,
}
