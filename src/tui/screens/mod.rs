//! One file per screen: its state, how it loads, how it draws (never changing state), and its actions.

pub mod actions;
pub mod agenda;
pub mod decisions;
pub mod documents;
pub mod entry_form;
pub mod import;
pub mod item;
pub mod meeting_form;
pub mod meetings;
pub mod preview;
pub mod search;

pub use agenda::AgendaView;
pub use documents::DocsView;
pub use import::ImportView;
pub use item::ItemView;
pub use meeting_form::{FormView, MeetingField};
pub use meetings::MeetingsView;
pub use preview::PreviewView;
pub use search::SearchView;

/// Moves an index by `delta` within `0..len`, clamped.
pub fn step(index: usize, delta: i64, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as i64).saturating_add(delta).clamp(0, len as i64 - 1) as usize
}
