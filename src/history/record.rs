//! The meeting as it is shown and written: the store's rows with the history of each item. Methods on
//! `Store` kept here, so that the store itself needs nothing of the history.

use super::{Chain, ChainBuilder};
use crate::domain::{ItemId, ItemRecord, MeetingId, MeetingRecord};
use crate::error::Result;
use crate::store::Store;

impl Store {
    /// A meeting with its agenda and everything linked to it: what `show` prints and the memo renders.
    pub fn meeting_record(&self, id: MeetingId) -> Result<MeetingRecord> {
        let meeting = self.meeting(id)?;
        let decisions = self.meeting_decisions(id)?;
        let mut items = Vec::new();
        // One builder for all items: each reads the meeting's agenda once, not once per item (which made a
        // meeting of 10,000 items take minutes).
        let mut chains = ChainBuilder::new(self)?;
        let mut decided: std::collections::HashMap<ItemId, Vec<_>> = std::collections::HashMap::new();
        for d in &decisions {
            if let Some(item) = d.item_id {
                decided.entry(item).or_default().push(d.clone());
            }
        }
        for item in self.agenda(id)? {
            let item_id = item.id;
            let chain = chains.chain(item_id)?;
            let cover = self.cover_note(item_id)?;
            items.push(ItemRecord {
                documents: self.item_documents(item_id)?,
                // The whole chain across meetings and bodies, not only the direct links.
                earlier: chain.as_earlier_items(),
                decisions: decided.remove(&item_id).unwrap_or_default(),
                skipped_bodies: chain.item.skipped.iter().map(|b| b.name.clone()).collect(),
                cover_treatment: item.cover_treatment,
                proposed_decisions: cover.as_ref().map(|c| c.proposed_decisions.clone()).unwrap_or_default(),
                cover,
                item,
            });
        }
        Ok(MeetingRecord { parts: self.parts(id)?, actions: self.meeting_actions(id)?, meeting, items, decisions })
    }

    /// Where the item's topic was before, oldest first, across bodies: for the detail pane and the memo.
    pub fn item_chain(&self, item: ItemId) -> Result<Chain> {
        super::chain(self, item)
    }
}
