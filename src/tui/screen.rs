//! The contract between a screen and the app: a screen owns its state and handles the commands meant for it,
//! and hands back an `Outcome` saying what the app should do next. The app owns the stack of screens, the
//! overlay, the field being typed in and the status line; a screen never touches them directly.

use super::command::Command;
use super::editor::{EditTarget, FieldEditor};
use super::keymap::Mode;
use super::overlays::{Overlay, PickPurpose, Prompt, Removal};
use crate::domain::{ActionId, DecisionId, ItemId, MeetingId};
use crate::error::Error;
use crate::locale::{Lang, Ui};
use crate::store::Store;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::time::Instant;

/// What a screen may use while it handles a command: the store and the user's language.
pub struct Ctx<'a> {
    pub store: &'a mut Store,
    pub lang: Lang,
}

impl Ctx<'_> {
    pub fn t(&self, w: Ui) -> &'static str {
        self.lang.ui(w)
    }
}

/// What drawing may read besides the screen's own state. Drawing changes nothing.
pub struct Look<'a> {
    pub lang: Lang,
    /// A throwaway copy (`--demo`): said on screen.
    pub demo: bool,
    /// The field being typed in, drawn by the screen it belongs to.
    pub editor: Option<&'a FieldEditor>,
}

impl Look<'_> {
    pub fn t(&self, w: Ui) -> &'static str {
        self.lang.ui(w)
    }
}

/// Which row a screen should show selected, after the app has put it on top (or reloaded it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Meeting(MeetingId),
    Item(ItemId),
    Decision(DecisionId),
    Action(ActionId),
}

/// What an overlay asked for, handed back to the screen under it, which opened it.
pub enum Answer {
    Confirmed(Removal),
    Picked(PickPurpose, String),
    /// Enter in a prompt; a screen that refuses the text opens the prompt again (with a message).
    Entered(Box<Prompt>),
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

/// What the app does after a screen (or an overlay) handled a command. Applied in order by `App::apply`.
#[must_use]
pub enum Outcome {
    Nothing,
    /// Not this screen's command: the app's common handling (moving, help, quit, Esc goes back).
    Pass,
    Push(Box<super::app::Screen>),
    /// One screen back; the one below is reloaded.
    Pop,
    /// Back to the meetings list.
    Home,
    /// Selects on the screen on top.
    Select(Selection),
    /// Selects on the meetings list at the bottom of the stack (the way back after a jump).
    SelectHome(Selection),
    /// Reloads the screen on top.
    Refresh,
    Overlay(Overlay),
    Answer(Answer),
    /// Type in a field, in place.
    Edit(Box<FieldEditor>),
    External(ExternalRequest),
    Info(String),
    Error(String),
    /// A refusal or failure, said in the user's language.
    Fail(Error),
    Quit,
    Then(Box<Outcome>, Box<Outcome>),
}

impl Outcome {
    pub fn and(self, next: Outcome) -> Outcome {
        match (self, next) {
            (Outcome::Nothing, o) | (o, Outcome::Nothing) => o,
            (a, b) => Outcome::Then(Box::new(a), Box::new(b)),
        }
    }

    pub fn push(screen: super::app::Screen) -> Outcome {
        Outcome::Push(Box::new(screen))
    }

    pub fn edit(editor: FieldEditor) -> Outcome {
        Outcome::Edit(Box::new(editor))
    }

    pub fn info(text: impl Into<String>) -> Outcome {
        Outcome::Info(text.into())
    }

    pub fn error(text: impl std::fmt::Display) -> Outcome {
        Outcome::Error(text.to_string())
    }

    /// A store result that needs nothing else: a failure is said.
    pub fn report(result: crate::Result<()>) -> Outcome {
        match result {
            Ok(()) => Outcome::Nothing,
            Err(e) => Outcome::Fail(e),
        }
    }

    /// Pushes the screen a loader made, or says why it could not be made.
    pub fn push_loaded(loaded: crate::Result<super::app::Screen>) -> Outcome {
        match loaded {
            Ok(s) => Outcome::push(s),
            Err(e) => Outcome::Fail(e),
        }
    }
}

/// Every screen: its key table (a `Mode` of keymap.rs), its state and how commands change it, how it draws.
pub trait View {
    /// Which key table applies while this screen has the keyboard.
    fn mode(&self) -> Mode;
    fn move_by(&mut self, delta: i64);
    /// Reads the screen's data again after a change or on coming back to it (file facts too: not per frame).
    fn reload(&mut self, _store: &Store) -> crate::Result<()> {
        Ok(())
    }
    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer);
    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome;
    /// The answer of an overlay this screen opened.
    fn on_answer(&mut self, _answer: Answer, _ctx: &mut Ctx) -> Outcome {
        Outcome::Nothing
    }
    fn focus(&mut self, _s: Selection) {}
    /// The program ends: keep what was typed here (`on_top` says whether the screen has the keyboard).
    fn on_quit(&mut self, _ctx: &mut Ctx, _on_top: bool) -> Outcome {
        Outcome::Nothing
    }
    /// A text typed in place that belongs to this screen was finished (`None` while quitting).
    fn on_typed(&mut self, _target: &EditTarget, _text: &str, _ctx: &mut Ctx) -> Outcome {
        Outcome::Nothing
    }
    /// ↓ or Tab out of a form field: start typing in the row now selected, when it is a field.
    fn type_in_selected(&mut self, _ctx: &mut Ctx) -> Outcome {
        Outcome::Nothing
    }
    /// Tab in a field typed in place: what the text becomes (the owners of the action form), if anything.
    fn complete(&self, _target: &EditTarget, _text: &str) -> Option<String> {
        None
    }
    /// Work in the background (search): looked at by the loop; true when it wants to be woken soon.
    fn poll(&mut self) -> bool {
        false
    }
    fn wake_at(&self) -> Option<Instant> {
        None
    }
    /// After `poll` said work came in: what follows from it that needs the store (a mail read in the
    /// background is planned against the database and shown for confirmation).
    fn settle(&mut self, _ctx: &mut Ctx) -> Outcome {
        Outcome::Nothing
    }
}

/// Text for a store error in the user's language (the locale says refusals in both).
pub fn describe(lang: Lang, e: &Error) -> String {
    lang.describe(e)
}

impl Outcome {
    /// True when the outcome (re)opens the field editor: the text was refused and is being fixed.
    pub fn keeps_editing(&self) -> bool {
        match self {
            Outcome::Edit(_) => true,
            Outcome::Then(a, b) => a.keeps_editing() || b.keeps_editing(),
            _ => false,
        }
    }

    /// True when the outcome says nothing on the status line.
    pub fn is_silent(&self) -> bool {
        match self {
            Outcome::Info(_) | Outcome::Error(_) | Outcome::Fail(_) => false,
            Outcome::Then(a, b) => a.is_silent() && b.is_silent(),
            _ => true,
        }
    }
}
