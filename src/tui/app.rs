//! The state of the TUI and how actions change it. No terminal here: the loop lives in `runner.rs`.

use super::command::Command;
use super::editor::{EditTarget, FieldEditor};
use super::keymap::{self, Mode};
use super::overlays::{Overlay, Prompt};
use super::screens::{AgendaView, DocsView, FormView, ImportView, ItemView, MeetingsView, PreviewView, SearchView};
use crate::error::Error;
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crossterm::event::{Event, KeyEvent, KeyEventKind};
use std::time::{Duration, Instant};

/// How long typing must pause before the draft is written.
pub const DRAFT_DEBOUNCE: Duration = Duration::from_millis(300);
/// The longest typing goes on without a draft written, for one who never pauses: a crash loses at most this.
pub const DRAFT_MAX_WAIT: Duration = Duration::from_millis(800);

pub enum Screen {
    Meetings(MeetingsView),
    Agenda(AgendaView),
    Item(ItemView),
    Documents(DocsView),
    MeetingForm(FormView),
    Search(Box<SearchView>),
    Preview(PreviewView),
    Decisions(super::screens::decisions::DecisionsView),
    ActionList(super::screens::actions::ActionListView),
    EntryForm(Box<super::screens::entry_form::EntryForm>),
    Import(Box<ImportView>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// A long text to hand to $EDITOR; the loop owns the terminal, so it runs it and calls `finish_external`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalRequest {
    pub target: EditTarget,
    pub text: String,
    /// The field's stored text when editing began, to notice changes made elsewhere meanwhile.
    pub original: String,
    pub base_revision: i64,
}

pub struct App {
    pub store: Store,
    pub lang: Lang,
    /// Never empty: the meetings list is at the bottom, Esc pops.
    pub screens: Vec<Screen>,
    pub overlay: Option<Overlay>,
    pub editor: Option<FieldEditor>,
    pub status: Option<Status>,
    pub external: Option<ExternalRequest>,
    pub quit: bool,
    /// Help's scroll position.
    pub help_scroll: u16,
    /// A throwaway copy (`--demo`): said on screen, since everything done here goes at exit.
    pub demo: bool,
}

impl App {
    pub fn new(store: Store, lang: Lang) -> App {
        let (meetings, failure) = match MeetingsView::load(&store) {
            Ok(m) => (m, None),
            Err(e) => (MeetingsView::default(), Some(e)),
        };
        let mut app = App {
            store,
            lang,
            screens: vec![Screen::Meetings(meetings)],
            overlay: None,
            editor: None,
            status: None,
            external: None,
            quit: false,
            help_scroll: 0,
            demo: false,
        };
        if let Some(e) = failure {
            app.error(e);
        }
        app.offer_drafts();
        app
    }

    pub fn t(&self, w: Ui) -> &'static str {
        self.lang.ui(w)
    }

    pub fn screen(&self) -> &Screen {
        self.screens.last().expect("the meetings list is never popped")
    }

    pub fn screen_mut(&mut self) -> &mut Screen {
        self.screens.last_mut().expect("the meetings list is never popped")
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), error: false });
    }

    /// A refusal or failure of the store, in the user's language where it matters.
    pub fn fail(&mut self, e: Error) {
        let text = self.describe(&e);
        self.error(text);
    }

    pub fn error(&mut self, e: impl std::fmt::Display) {
        self.status = Some(Status { text: e.to_string(), error: true });
    }

    /// What has the keyboard now.
    pub fn mode(&self) -> Mode {
        if let Some(o) = &self.overlay {
            return match o {
                Overlay::Help => Mode::Help,
                Overlay::Confirm(_) => Mode::Confirm,
                Overlay::Picker(_) => Mode::Picker,
                Overlay::DraftOffer(_) => Mode::DraftOffer,
                Overlay::CarryOver(_) => Mode::CarryOver,
                Overlay::Prompt(_) => Mode::EditLine,
            };
        }
        if let Some(ed) = &self.editor {
            return if ed.multiline { Mode::EditText } else { Mode::EditLine };
        }
        self.screen_mode()
    }

    /// The mode of the screen itself, under any overlay (what help describes).
    pub fn screen_mode(&self) -> Mode {
        match self.screen() {
            Screen::Meetings(_) => Mode::Meetings,
            Screen::Agenda(_) => Mode::Agenda,
            Screen::Item(_) => Mode::Item,
            Screen::Documents(_) => Mode::Documents,
            Screen::MeetingForm(_) => Mode::MeetingForm,
            Screen::Search(_) => Mode::Search,
            Screen::Preview(_) => Mode::Preview,
            Screen::Decisions(_) => Mode::Decisions,
            Screen::ActionList(_) => Mode::ActionList,
            Screen::EntryForm(f) => f.mode(),
            Screen::Import(v) if v.parsed.is_some() => Mode::ImportPreview,
            Screen::Import(_) => Mode::ImportText,
        }
    }

    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => self.handle_command(Command::Paste(text)),
            Event::Resize(..) => self.handle_command(Command::Resize),
            _ => {}
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(action) = keymap::command_for(self.mode(), key) {
            // A new key replaces the old message, except while typing, where the message may explain a refusal.
            if !matches!(action, Command::Input(_)) {
                self.status = None;
            }
            self.handle_command(action);
        }
    }

    pub fn handle_command(&mut self, action: Command) {
        if self.overlay.is_none() && self.entry_form_action(&action) {
            return;
        }
        if action == Command::ForceQuit {
            return self.quit_saving();
        }
        if self.overlay.is_some() {
            return self.overlay_action(action);
        }
        if self.editor.is_some() {
            return self.editor_action(action);
        }
        match action {
            Command::Up => self.move_selection(-1),
            Command::Down => self.move_selection(1),
            Command::PageUp => self.move_selection(-10),
            Command::PageDown => self.move_selection(10),
            Command::Top => self.move_selection(i64::MIN / 2),
            Command::Bottom => self.move_selection(i64::MAX / 2),
            Command::Open => self.open(),
            Command::Back => self.back(),
            Command::SwitchPane => self.switch_pane(),
            Command::Add => self.add(),
            Command::Delete => self.delete(),
            Command::Undo if matches!(self.screen(), Screen::Decisions(_)) => self.undo_decision(),
            Command::Undo => self.undo(),
            Command::ExternalEdit => self.external_edit(),
            Command::MoveUp => self.move_item(-1),
            Command::MoveDown => self.move_item(1),
            Command::Indent => self.indent(true),
            Command::Outdent => self.indent(false),
            Command::Help => self.show_help(),
            Command::Quit => self.quit_saving(),
            Command::EditMeeting => self.edit_meeting(),
            Command::Documents => self.open_documents(),
            Command::OpenFile => self.open_file(),
            Command::SetBaseFolder => self.set_base_folder(),
            Command::CycleRole => self.cycle_role(),
            Command::RefreshDocument => self.refresh_document(),
            Command::CarryOver => self.carry_over_key(),
            Command::LinkEarlier => self.propose_earlier(),
            Command::CopyAnnotation => self.offer_annotation_copy(),
            Command::Save if matches!(self.screen(), Screen::Import(_)) => self.import_preview(),
            Command::Save => self.save_form(),
            Command::Import => self.open_import(),
            Command::Search => self.open_search(),
            Command::Export => self.export_memo(),
            Command::Preview => self.preview_memo(),
            Command::Input(key) if matches!(self.screen(), Screen::Import(_)) => self.import_input(key),
            Command::Input(key) => self.search_input(key),
            Command::Paste(text) if matches!(self.screen(), Screen::Search(_)) => self.search_paste(&text),
            Command::Paste(text) if matches!(self.screen(), Screen::Import(_)) => self.import_paste(&text),
            Command::Paste(_) => self.info(self.t(Ui::PasteWhere)),
            Command::Resize => {}
            Command::Decisions => self.open_decisions(),
            Command::ActionList => self.open_action_list(),
            Command::ToggleDone => self.toggle_action(),
            Command::ShowDone => self.toggle_show_done(),
            Command::ForceQuit
            | Command::Yes
            | Command::No
            | Command::Discard
            | Command::Toggle
            | Command::EditDone
            | Command::Complete => {}
        }
    }

    fn show_help(&mut self) {
        self.help_scroll = 0;
        self.overlay = Some(Overlay::Help);
    }

    fn move_selection(&mut self, delta: i64) {
        match self.screen_mut() {
            Screen::Meetings(v) => v.move_by(delta),
            Screen::Agenda(v) => v.move_by(delta),
            Screen::Item(v) => v.move_by(delta),
            Screen::Documents(v) => v.move_by(delta),
            Screen::MeetingForm(v) => v.move_by(delta),
            Screen::Search(v) => v.move_by(delta),
            Screen::Preview(v) => v.move_by(delta),
            Screen::Decisions(v) => v.move_by(delta),
            Screen::ActionList(v) => v.move_by(delta),
            Screen::EntryForm(v) => v.move_by(delta),
            Screen::Import(v) => v.move_by(delta),
        }
    }

    fn switch_pane(&mut self) {
        match self.screen_mut() {
            Screen::Agenda(v) => v.switch_pane(),
            Screen::Item(v) => v.switch_pane(),
            Screen::Decisions(v) => v.switch_pane(),
            Screen::Search(v) => v.toggle_scope(),
            _ => {}
        }
    }

    fn open(&mut self) {
        match self.screen() {
            Screen::Meetings(_) => self.open_meeting(),
            Screen::Agenda(_) => self.open_item(),
            Screen::Item(_) => self.edit_item_field(),
            Screen::Documents(_) => self.open_file(),
            Screen::MeetingForm(_) => self.edit_form_row(),
            Screen::Search(_) => self.jump_to_hit(),
            Screen::Preview(_) => {}
            Screen::Decisions(_) => self.edit_entry(),
            Screen::ActionList(_) => self.jump_to_action_meeting(),
            Screen::EntryForm(_) => {}
            Screen::Import(_) => self.import_confirm(),
        }
    }

    /// Esc: one step back; on the meetings list there is nowhere further back, so it says how to quit.
    pub fn back(&mut self) {
        if matches!(self.screen(), Screen::MeetingForm(_)) {
            self.leave_form();
            return;
        }
        if matches!(self.screen(), Screen::Import(_)) {
            return self.import_back();
        }
        if self.screens.len() > 1 {
            self.screens.pop();
            self.refresh();
        } else {
            self.info(self.t(Ui::QuitHint));
        }
    }

    pub fn push(&mut self, screen: Screen) {
        self.screens.push(screen);
    }

    /// Reloads the data of the screen on top after a change or on coming back to it.
    pub fn refresh(&mut self) {
        let result = match self.screens.last_mut() {
            Some(Screen::Meetings(v)) => v.reload(&self.store),
            Some(Screen::Agenda(v)) => v.reload(&self.store),
            Some(Screen::Item(v)) => v.reload(&self.store),
            Some(Screen::Documents(v)) => v.reload(&self.store),
            Some(Screen::MeetingForm(v)) => v.reload(&self.store),
            Some(Screen::Search(_)) => Ok(()),
            Some(Screen::Preview(v)) => v.reload(&self.store),
            Some(Screen::Decisions(v)) => v.reload(&self.store),
            Some(Screen::ActionList(v)) => v.reload(&self.store),
            Some(Screen::EntryForm(_)) => Ok(()),
            Some(Screen::Import(_)) => Ok(()),
            None => Ok(()),
        };
        if let Err(e) = result {
            self.fail(e);
        }
    }

    fn add(&mut self) {
        match self.screen() {
            Screen::Meetings(_) => self.new_meeting(),
            Screen::Agenda(_) => self.prompt_new_item(),
            Screen::Documents(_) => self.prompt_document(),
            Screen::MeetingForm(_) => self.prompt_new_part(),
            Screen::Decisions(_) => self.add_entry(),
            Screen::Item(_) | Screen::Search(_) | Screen::Preview(_) => {}
            Screen::ActionList(_) | Screen::EntryForm(_) | Screen::Import(_) => {}
        }
    }

    fn delete(&mut self) {
        match self.screen() {
            Screen::Meetings(_) => self.confirm_delete_meeting(),
            Screen::Agenda(_) => self.confirm_delete_item(),
            Screen::Documents(_) => self.confirm_unlink(),
            Screen::MeetingForm(_) => self.confirm_delete_part(),
            Screen::Decisions(_) => self.confirm_delete_decision(),
            Screen::Item(_) | Screen::Search(_) | Screen::Preview(_) => {}
            Screen::ActionList(_) | Screen::EntryForm(_) | Screen::Import(_) => {}
        }
    }

    fn edit_meeting(&mut self) {
        let id = match self.screen() {
            Screen::Meetings(v) => v.selected_id(),
            Screen::Agenda(v) => Some(v.meeting_id),
            _ => None,
        };
        if let Some(id) = id {
            match FormView::edit(&self.store, id) {
                Ok(f) => self.push(Screen::MeetingForm(f)),
                Err(e) => self.fail(e),
            }
        }
    }

    /// Ends the program keeping every word: text being typed is committed, or kept as a draft when it cannot be.
    pub fn quit_saving(&mut self) {
        if self.editor.is_some() {
            self.finish_editing(true);
        }
        if let Some(Overlay::Prompt(p)) = &self.overlay {
            self.keep_prompt_draft(&p.clone_text());
        }
        if matches!(self.screen(), Screen::MeetingForm(f) if f.id.is_none()) {
            self.keep_new_meeting_draft();
        }
        self.keep_entry_on_quit();
        self.keep_import_on_quit();
        self.quit = true;
    }

    /// Writes the draft when typing has paused long enough. Called by the loop.
    pub fn tick(&mut self, now: Instant) {
        if let Screen::Search(v) = self.screen_mut() {
            v.poll();
        }
        if let Some(ed) = &mut self.editor {
            if ed.draft_due(now) {
                let (key, text, rev) = (ed.target.draft_key(), ed.draft_text(), ed.base_revision);
                match self.store.save_draft(&key, &text, rev) {
                    Ok(()) => {
                        if let Some(ed) = &mut self.editor {
                            ed.draft_saved();
                        }
                    }
                    Err(e) => self.fail(e),
                }
            }
        }
    }

    /// When the loop must wake up for the next draft save.
    pub fn next_deadline(&self) -> Option<Instant> {
        if matches!(self.screen(), Screen::Search(v) if v.searching) {
            return Some(Instant::now() + Duration::from_millis(15));
        }
        self.editor.as_ref().and_then(|e| e.draft_deadline())
    }

    pub(super) fn open_prompt(&mut self, prompt: Prompt) {
        self.overlay = Some(Overlay::Prompt(Box::new(prompt)));
    }

    pub(super) fn report(&mut self, result: crate::Result<()>) {
        if let Err(e) = result {
            self.fail(e);
        }
    }

    /// Text for a store error in the user's language when the store's English sentence has a translation.
    pub fn describe(&self, e: &Error) -> String {
        match e {
            Error::Conflict { .. } => self.t(Ui::ConflictKept).to_string(),
            Error::DiskFull => self.t(Ui::DiskFull).to_string(),
            Error::Busy => self.t(Ui::Busy).to_string(),
            other => other.to_string(),
        }
    }
}
