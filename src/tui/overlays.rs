//! Things drawn over a screen that take the keys until they close: help, a question, a choice, a prompt,
//! the offer of drafts found at start.

use super::command::Command;
use super::keymap::Mode;
use super::screen::{Answer, Ctx, Outcome};
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
    /// The messages shown on the status line so far, newest first and whole (`M`).
    Messages(Vec<(String, bool)>),
    /// F1 in a choice or a prompt: its keys, over it; closing the help goes back to it as it was.
    HelpOver(Box<Overlay>),
}

/// What a confirmed question removes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    DeleteItem(ItemId),
    DeleteMeeting(MeetingId),
    Unlink(ItemId, DocumentId),
    /// A paper of the meeting as a whole.
    UnlinkMeeting(MeetingId, DocumentId),
    DeletePart(PartId),
    DeleteDecision(crate::domain::DecisionId),
    DeleteAction(crate::domain::ActionId),
    /// `u` taking back an import whose items were moved since: asked first, as it undoes more than the move.
    UndoImport(MeetingId),
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
    /// An earlier item linked to the item, to unlink (the item screen's Eerder row); values are item ids.
    UnlinkEarlier(ItemId),
    /// The same, offered right after `a` made the item: Esc skips, the item stays.
    EarlierOfNew(ItemId),
    /// An earlier item of the history whose annotation goes into `to`; `expected` is `to`'s annotation as
    /// the screen showed it when the choice opened. Values are item ids.
    CopyAnnotation {
        to: ItemId,
        expected: String,
    },
    /// The agenda item of the decision or action point in the form on top; values are item ids ("" for none).
    EntryItem,
    /// A deleted thing to restore; values are trash ids.
    RestoreDeleted,
    /// The status of a meeting; values are status codes.
    MeetingStatus(crate::domain::MeetingId),
    /// `x`: the format to write the memo or the decision list in; values "docx" and "md".
    ExportFormat(super::screens::export::Subject),
    /// `x`, when the file named already exists: values "new" (a free name beside it), "over" (replace it),
    /// "edit" (back to the name). Nothing is ever replaced without this choice.
    ExportExisting(Box<super::screens::export::Existing>),
    /// A draft of an item's field whose stored text changed since the draft began (another window):
    /// values "both" (the two in the field), "mine" (the draft), "theirs" (keep the stored text, drop
    /// the draft). Esc keeps the draft for later.
    DraftConflict {
        id: ItemId,
        field: crate::domain::ItemField,
        mine: String,
    },
    /// The body / the owner the action list shows; values are names ("" for all).
    ActionBody,
    ActionOwner,
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
    NewItem {
        meeting: MeetingId,
        after: Option<ItemId>,
    },
    DocumentPath {
        item: ItemId,
        base: Option<String>,
    },
    BaseFolder,
    NewPart {
        meeting: MeetingId,
    },
    RenamePart {
        part: PartId,
    },
    /// Ctrl-O on the import screen: the file to read; a relative path starts at the documents' base folder.
    ImportPath {
        base: Option<String>,
    },
    /// The mail import's body and date, corrected.
    MailBody,
    MailDate,
    /// `x`, after the format: the file to write; a bare name goes into `base`.
    ExportPath {
        subject: super::screens::export::Subject,
        format: crate::memo::Format,
        base: String,
    },
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

impl Overlay {
    pub fn mode(&self) -> Mode {
        match self {
            Overlay::Help => Mode::Help,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::DraftOffer(_) => Mode::DraftOffer,
            Overlay::CarryOver(_) => Mode::CarryOver,
            Overlay::Prompt(_) => Mode::EditLine,
            Overlay::Messages(_) => Mode::Help,
            Overlay::HelpOver(_) => Mode::Help,
        }
    }

    /// An overlay that stays open hands itself back (`Outcome::Overlay`); a decision goes to the screen
    /// under it as an `Answer`.
    pub fn on_command(self, cmd: Command, ctx: &mut Ctx, help_scroll: &mut u16) -> Outcome {
        match self {
            Overlay::Help => help_command(cmd, help_scroll),
            Overlay::Confirm(c) => match cmd {
                Command::Yes => Outcome::Answer(Answer::Confirmed(c.removal)),
                Command::No => Outcome::info(ctx.t(Ui::Cancelled)),
                _ => Outcome::Overlay(Overlay::Confirm(c)),
            },
            Overlay::Picker(p) => p.on_command(cmd, ctx),
            Overlay::Prompt(p) => prompt_command(p, cmd, ctx),
            Overlay::DraftOffer(d) => super::drafts::on_command(d, cmd, ctx),
            Overlay::CarryOver(c) => c.on_command(cmd, ctx),
            Overlay::HelpOver(under) => match help_command(cmd, help_scroll) {
                Outcome::Nothing => Outcome::Overlay(*under),
                _ => Outcome::Overlay(Overlay::HelpOver(under)),
            },
            Overlay::Messages(list) => match cmd {
                Command::Back | Command::Messages | Command::Quit => Outcome::Nothing,
                _ => Outcome::Overlay(Overlay::Messages(list)),
            },
        }
    }
}

fn help_command(cmd: Command, scroll: &mut u16) -> Outcome {
    match cmd {
        Command::Up => *scroll = scroll.saturating_sub(1),
        Command::Down => *scroll = scroll.saturating_add(1),
        Command::PageUp => *scroll = scroll.saturating_sub(10),
        Command::PageDown => *scroll = scroll.saturating_add(10),
        Command::Top => *scroll = 0,
        Command::Back => return Outcome::Nothing,
        _ => {}
    }
    Outcome::Overlay(Overlay::Help)
}

impl Picker {
    /// Opens a choice with the option whose value is `current` selected.
    pub fn open(title: &str, options: Vec<(String, String)>, current: &str, purpose: PickPurpose) -> Outcome {
        let selected = options.iter().position(|(_, v)| v == current).unwrap_or(0);
        Outcome::Overlay(Overlay::Picker(Picker { title: title.to_string(), options, selected, purpose }))
    }

    fn on_command(mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        let n = self.options.len();
        match cmd {
            Command::Up => self.selected = super::screens::step(self.selected, -1, n),
            Command::Down => self.selected = super::screens::step(self.selected, 1, n),
            Command::Top => self.selected = 0,
            Command::Bottom => self.selected = n.saturating_sub(1),
            Command::Help => return Outcome::Overlay(Overlay::HelpOver(Box::new(Overlay::Picker(self)))),
            Command::No => {
                if matches!(self.purpose, PickPurpose::EarlierOfNew(_)) {
                    return Outcome::info(ctx.t(Ui::EarlierSkipped));
                }
                if matches!(self.purpose, PickPurpose::DraftConflict { .. }) {
                    return Outcome::info(ctx.t(Ui::Polish(crate::locale::PolishUi::ConflictLater)));
                }
                if matches!(self.purpose, PickPurpose::ExportExisting(_)) {
                    return Outcome::info(ctx.t(Ui::Export(crate::locale::ExportUi::ExistingKept)));
                }
                return Outcome::Nothing;
            }
            Command::Yes => {
                let value = self.options.get(self.selected).map(|(_, v)| v.clone()).unwrap_or_default();
                return Outcome::Answer(Answer::Picked(self.purpose, value));
            }
            _ => {}
        }
        Outcome::Overlay(Overlay::Picker(self))
    }
}

fn prompt_command(mut p: Box<Prompt>, cmd: Command, ctx: &mut Ctx) -> Outcome {
    match cmd {
        Command::Back => return Outcome::info(ctx.t(Ui::Cancelled)),
        Command::EditDone | Command::Save => return Outcome::Answer(Answer::Entered(p)),
        Command::Help => return Outcome::Overlay(Overlay::HelpOver(Box::new(Overlay::Prompt(p)))),
        Command::Complete => {
            let base = match &p.purpose {
                PromptPurpose::DocumentPath { base, .. } => Some(base.clone()),
                PromptPurpose::BaseFolder => Some(None),
                PromptPurpose::ImportPath { base } => Some(base.clone()),
                PromptPurpose::ExportPath { base, .. } => Some(Some(base.clone())),
                _ => None,
            };
            if let Some(base) = base {
                let (text, choices) = complete(&p.text(), base.as_deref());
                p.input = Prompt::new(p.purpose.clone(), String::new(), &text).input;
                p.choices = choices;
            }
        }
        // One line: Enter never splits it (it submits, above), and the textarea's own Ctrl-M is kept out.
        Command::Input(key) if key.code != crossterm::event::KeyCode::Enter => {
            super::editor::text_key(&mut p.input, key);
        }
        Command::Paste(text) => {
            p.input.insert_str(clean_line(&text));
        }
        _ => {}
    }
    Outcome::Overlay(Overlay::Prompt(p))
}

impl Prompt {
    pub fn open(purpose: PromptPurpose, label: &str, text: &str) -> Outcome {
        Outcome::Overlay(Overlay::Prompt(Box::new(Prompt::new(purpose, label.to_string(), text))))
    }

    /// The prompt again, after its text was refused (the outcome says why).
    pub fn refused(self: Box<Self>, why: Outcome) -> Outcome {
        why.and(Outcome::Overlay(Overlay::Prompt(self)))
    }
}

/// The choices an item offers (on the item screen, or on the agenda right after `a`): applied to the store.
/// `on_item` says whether the item screen is showing (its message can point at C there).
pub fn apply_item_pick(purpose: &PickPurpose, value: &str, ctx: &mut Ctx, on_item: bool) -> Outcome {
    if let PickPurpose::DraftConflict { id, field, mine } = purpose {
        return super::drafts::conflict_answer(*id, *field, mine, value, ctx);
    }
    let result = match purpose {
        PickPurpose::ItemField(id, field) => match ctx.store.item(*id) {
            Ok(item) => {
                let old = super::editor::item_field_text(&item, *field);
                ctx.store.set_item_field(*id, *field, &old, value).map(|_| Outcome::Nothing)
            }
            Err(e) => Err(e),
        },
        PickPurpose::ItemPart(id) => {
            let part = value.parse::<i64>().ok().map(PartId);
            ctx.store.set_item_part(*id, part).map(|_| Outcome::Nothing)
        }
        PickPurpose::Earlier(id) | PickPurpose::EarlierOfNew(id) => match value.parse::<i64>() {
            Ok(earlier) => ctx
                .store
                .link_earlier(*id, ItemId(earlier), "")
                .map(|_| Outcome::info(ctx.t(linked_message(ctx, *id, on_item)))),
            Err(_) => Ok(Outcome::Nothing),
        },
        _ => Ok(Outcome::Nothing),
    };
    match result {
        Ok(o) => o.and(Outcome::Refresh),
        Err(e) => Outcome::Fail(e).and(Outcome::Refresh),
    }
}

/// The message after linking: a hint at C when the history now holds an annotation to start from (on
/// the agenda, where C is not, it says to open the item).
pub fn linked_message(ctx: &Ctx, id: ItemId, on_item: bool) -> Ui {
    match crate::history::chain(ctx.store, id) {
        Ok(c) if c.steps.iter().any(|s| s.has_annotation) => {
            if on_item {
                Ui::EarlierLinkedCopyHere
            } else {
                Ui::EarlierLinkedCopy
            }
        }
        _ => Ui::EarlierLinked,
    }
}
