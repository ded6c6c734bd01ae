//! One file per screen: its state, how it loads, how it draws (never changing state), and how it handles
//! the commands meant for it (`View` in screen.rs). `Screen` below is the list of them.

pub mod actions;
pub mod agenda;
pub mod decisions;
pub mod documents;
pub mod entry_form;
pub mod export;
pub mod import;
pub mod import_file;
pub mod import_new;
pub mod item;
pub mod mail_import;
pub mod meeting_form;
pub mod meetings;
pub mod preview;
pub mod search;

pub use actions::ActionListView;
pub use agenda::AgendaView;
pub use decisions::DecisionsView;
pub use documents::DocsView;
pub use entry_form::EntryForm;
pub use import::ImportView;
pub use item::ItemView;
pub use mail_import::MailImportView;
pub use meeting_form::{FormView, MeetingField};
pub use meetings::MeetingsView;
pub use preview::PreviewView;
pub use search::SearchView;

use super::screen::View;

/// The screens there are. A new screen: its file, a line here and in the two matches below, its key table.
pub enum Screen {
    Meetings(MeetingsView),
    Agenda(AgendaView),
    Item(ItemView),
    Documents(DocsView),
    MeetingForm(FormView),
    Search(Box<SearchView>),
    Preview(PreviewView),
    Decisions(DecisionsView),
    ActionList(Box<ActionListView>),
    EntryForm(Box<EntryForm>),
    Import(Box<ImportView>),
    MailImport(Box<MailImportView>),
}

impl Screen {
    pub fn view(&self) -> &dyn View {
        match self {
            Screen::Meetings(v) => v,
            Screen::Agenda(v) => v,
            Screen::Item(v) => v,
            Screen::Documents(v) => v,
            Screen::MeetingForm(v) => v,
            Screen::Search(v) => &**v,
            Screen::Preview(v) => v,
            Screen::Decisions(v) => v,
            Screen::ActionList(v) => &**v,
            Screen::EntryForm(v) => &**v,
            Screen::Import(v) => &**v,
            Screen::MailImport(v) => &**v,
        }
    }

    pub fn view_mut(&mut self) -> &mut dyn View {
        match self {
            Screen::Meetings(v) => v,
            Screen::Agenda(v) => v,
            Screen::Item(v) => v,
            Screen::Documents(v) => v,
            Screen::MeetingForm(v) => v,
            Screen::Search(v) => &mut **v,
            Screen::Preview(v) => v,
            Screen::Decisions(v) => v,
            Screen::ActionList(v) => &mut **v,
            Screen::EntryForm(v) => &mut **v,
            Screen::Import(v) => &mut **v,
            Screen::MailImport(v) => &mut **v,
        }
    }
}

/// Moves an index by `delta` within `0..len`, clamped.
pub fn step(index: usize, delta: i64, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as i64).saturating_add(delta).clamp(0, len as i64 - 1) as usize
}
