//! Things drawn over a screen that take the keys until they close: help, a question, a choice, a prompt,
//! the offer of drafts found at start.

use super::app::App;
use super::command::Command;
use super::screens::documents::complete;
use crate::domain::{DocumentId, ItemField, ItemId, MeetingId, PartId};
use crate::locale::Ui;
use crate::store::Draft;
use crate::text::clean_line;
use ratatui_textarea::{CursorMove, TextArea};

pub enum Overlay {
    Help,
    Confirm(Confirm),
    Picker(Picker),
    Prompt(Box<Prompt>),
    DraftOffer(DraftOffer),
    CarryOver(super::carry::CarryOffer),
}

/// What a confirmed question removes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    DeleteItem(ItemId),
    DeleteMeeting(MeetingId),
    Unlink(ItemId, DocumentId),
    DeletePart(PartId),
    DeleteDecision(crate::domain::DecisionId),
    DeleteAction(crate::domain::ActionId),
}

#[derive(Debug, Clone)]
pub struct Confirm {
    pub question: String,
    pub removal: Removal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    /// A choice field of an item; the options' values are codes ("" for none).
    ItemField(ItemId, ItemField),
    /// The part of an item; values are part ids ("" for none).
    ItemPart(ItemId),
    /// An earlier item the item continues; values are item ids.
    Earlier(ItemId),
    /// The same, offered right after `a` made the item: Esc skips, the item stays.
    EarlierOfNew(ItemId),
    /// An earlier item of the history whose annotation goes into `to`; `expected` is `to`'s annotation as
    /// the screen showed it when the choice opened. Values are item ids.
    CopyAnnotation { to: ItemId, expected: String },
    /// The agenda item of the decision or action point in the form on top; values are item ids ("" for none).
    EntryItem,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub title: String,
    /// (label, value)
    pub options: Vec<(String, String)>,
    pub selected: usize,
    pub purpose: PickPurpose,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    NewItem { meeting: MeetingId, after: Option<ItemId> },
    DocumentPath { item: ItemId, base: Option<String> },
    BaseFolder,
    NewPart { meeting: MeetingId },
    RenamePart { part: PartId },
}

pub struct Prompt {
    pub purpose: PromptPurpose,
    pub label: String,
    pub input: TextArea<'static>,
    /// Names that fit the path typed so far, after a Tab with several answers.
    pub choices: Vec<String>,
}

impl Prompt {
    pub fn new(purpose: PromptPurpose, label: String, text: &str) -> Prompt {
        let mut input = TextArea::new(vec![clean_line(text)]);
        input.set_cursor_line_style(Default::default());
        input.set_cursor_style(super::theme::selected());
        input.move_cursor(CursorMove::End);
        Prompt { purpose, label, input, choices: vec![] }
    }

    pub fn text(&self) -> String {
        self.input.lines().first().cloned().unwrap_or_default()
    }

    pub fn clone_text(&self) -> String {
        self.text()
    }
}

pub struct DraftOffer {
    pub drafts: Vec<(Draft, String)>,
    pub selected: usize,
}

impl App {
    pub(super) fn overlay_action(&mut self, action: Command) {
        let Some(overlay) = self.overlay.take() else { return };
        match overlay {
            Overlay::Help => self.help_action(action),
            Overlay::Confirm(c) => self.confirm_action(c, action),
            Overlay::Picker(p) => self.picker_action(p, action),
            Overlay::Prompt(p) => self.prompt_action(p, action),
            Overlay::DraftOffer(d) => self.draft_offer_action(d, action),
            Overlay::CarryOver(c) => self.carry_action(c, action),
        }
    }

    fn help_action(&mut self, action: Command) {
        match action {
            Command::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
            Command::Down => self.help_scroll = self.help_scroll.saturating_add(1),
            Command::PageUp => self.help_scroll = self.help_scroll.saturating_sub(10),
            Command::PageDown => self.help_scroll = self.help_scroll.saturating_add(10),
            Command::Top => self.help_scroll = 0,
            Command::Back => return,
            _ => {}
        }
        self.overlay = Some(Overlay::Help);
    }

    fn confirm_action(&mut self, c: Confirm, action: Command) {
        match action {
            Command::Yes => self.perform(c.removal),
            Command::No => self.info(self.t(Ui::Cancelled)),
            _ => self.overlay = Some(Overlay::Confirm(c)),
        }
    }

    fn perform(&mut self, removal: Removal) {
        let result = match removal {
            Removal::DeleteItem(id) => self.store.delete_item(id).map(|_| Ui::DeletedUndo),
            Removal::DeleteMeeting(id) => self.store.delete_meeting(id).map(|_| Ui::DeletedUndo),
            Removal::Unlink(item, doc) => self.store.unlink_document(item, doc).map(|_| Ui::Unlinked),
            Removal::DeletePart(part) => self.store.delete_part(part).map(|_| Ui::PartDeleted),
            Removal::DeleteDecision(id) => self.remove_decision(id),
            Removal::DeleteAction(id) => self.remove_action(id),
        };
        match result {
            Ok(msg) => {
                self.refresh();
                self.info(self.t(msg));
            }
            Err(e) => self.fail(e),
        }
    }

    fn picker_action(&mut self, mut p: Picker, action: Command) {
        let n = p.options.len();
        match action {
            Command::Up => p.selected = super::screens::step(p.selected, -1, n),
            Command::Down => p.selected = super::screens::step(p.selected, 1, n),
            Command::Top => p.selected = 0,
            Command::Bottom => p.selected = n.saturating_sub(1),
            Command::No => {
                if matches!(p.purpose, PickPurpose::EarlierOfNew(_)) {
                    self.info(self.t(Ui::EarlierSkipped));
                }
                return;
            }
            Command::Yes => {
                let value = p.options.get(p.selected).map(|(_, v)| v.clone()).unwrap_or_default();
                return self.apply_pick(&p.purpose, &value);
            }
            _ => {}
        }
        self.overlay = Some(Overlay::Picker(p));
    }

    fn apply_pick(&mut self, purpose: &PickPurpose, value: &str) {
        let result = match purpose {
            PickPurpose::ItemField(id, field) => match self.store.item(*id) {
                Ok(item) => {
                    let old = super::editor::item_field_text(&item, *field);
                    self.store.set_item_field(*id, *field, &old, value).map(|_| ())
                }
                Err(e) => Err(e),
            },
            PickPurpose::ItemPart(id) => {
                let part = value.parse::<i64>().ok().map(PartId);
                self.store.set_item_part(*id, part)
            }
            PickPurpose::Earlier(id) | PickPurpose::EarlierOfNew(id) => match value.parse::<i64>() {
                Ok(earlier) => {
                    let r = self.store.link_earlier(*id, ItemId(earlier), "");
                    if r.is_ok() {
                        self.info(self.t(self.linked_message(*id)));
                    }
                    r
                }
                Err(_) => Ok(()),
            },
            PickPurpose::CopyAnnotation { to, expected } => {
                if let Ok(from) = value.parse::<i64>() {
                    self.copy_annotation_from(ItemId(from), *to, expected);
                }
                return;
            }
            PickPurpose::EntryItem => {
                let item = value.parse::<i64>().ok().map(ItemId);
                if let Some(crate::tui::app::Screen::EntryForm(f)) = self.screens.last_mut() {
                    f.set_item(&self.store, item);
                }
                return;
            }
        };
        self.report(result);
        self.refresh();
    }

    fn prompt_action(&mut self, mut p: Box<Prompt>, action: Command) {
        match action {
            Command::Back => return self.info(self.t(Ui::Cancelled)),
            Command::EditDone | Command::Save => {
                if !self.submit_prompt(&p) {
                    self.overlay = Some(Overlay::Prompt(p));
                }
                return;
            }
            Command::Complete => {
                if let PromptPurpose::DocumentPath { base, .. } = &p.purpose {
                    let (text, choices) = complete(&p.text(), base.as_deref());
                    p.input = Prompt::new(p.purpose.clone(), String::new(), &text).input;
                    p.choices = choices;
                } else if p.purpose == PromptPurpose::BaseFolder {
                    let (text, choices) = complete(&p.text(), None);
                    p.input = Prompt::new(p.purpose.clone(), String::new(), &text).input;
                    p.choices = choices;
                }
            }
            // One line: Enter never splits it (it submits, above), and the textarea's own Ctrl-M is kept out.
            Command::Input(key) if key.code != crossterm::event::KeyCode::Enter => {
                p.input.input(key);
            }
            Command::Paste(text) => {
                p.input.insert_str(clean_line(&text));
            }
            _ => {}
        }
        self.overlay = Some(Overlay::Prompt(p));
    }

    /// Does what the prompt was for; false keeps it open (the message says why).
    fn submit_prompt(&mut self, p: &Prompt) -> bool {
        let text = clean_line(&p.text());
        match &p.purpose {
            PromptPurpose::NewItem { meeting, after } => {
                if text.is_empty() {
                    self.error(self.t(Ui::TitleNeeded));
                    return false;
                }
                if text.chars().count() > crate::import::agenda::MAX_TITLE_CHARS {
                    self.error(self.t(Ui::TitleTooLong));
                    return false;
                }
                match self.add_item(*meeting, *after, &text) {
                    Some(id) => {
                        self.offer_earlier_for_new(id);
                        true
                    }
                    None => false,
                }
            }
            PromptPurpose::DocumentPath { item, base } => self.link_document(*item, &text, base.as_deref()),
            PromptPurpose::BaseFolder => self.save_base_folder(&text),
            PromptPurpose::NewPart { meeting } => {
                let r = self.store.add_part(*meeting, &text).map(|_| ());
                self.finish_store_prompt(r)
            }
            PromptPurpose::RenamePart { part } => {
                let r = self.store.rename_part(*part, &text);
                self.finish_store_prompt(r)
            }
        }
    }

    fn finish_store_prompt(&mut self, r: crate::Result<()>) -> bool {
        match r {
            Ok(()) => {
                self.refresh();
                true
            }
            Err(e) => {
                self.fail(e);
                false
            }
        }
    }

    /// On quit: a new item's title already typed is worth keeping, so the item is made (and nothing is
    /// offered for it: the program is ending).
    pub(super) fn keep_prompt_draft(&mut self, text: &str) {
        if let Some(Overlay::Prompt(p)) = self.overlay.take() {
            let text = clean_line(text);
            if let (PromptPurpose::NewItem { meeting, after }, false) = (&p.purpose, text.is_empty()) {
                self.add_item(*meeting, *after, &text);
            }
        }
    }
}
