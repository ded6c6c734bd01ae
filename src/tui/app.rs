//! The app: a stack of screens, at most one overlay, at most one field being typed in, and the status line.
//! A command goes to whatever has the keyboard (overlay, field, screen); what comes back is an `Outcome`,
//! which `apply` carries out. No terminal here: the loop lives in `runner.rs`.

use super::command::Command;
use super::editing;
use super::editor::FieldEditor;
use super::keymap::{self, Mode};
use super::overlays::{Overlay, PromptPurpose};
use super::screen::{Answer, Ctx, Outcome};
use super::screens::MeetingsView;
use crate::error::Error;
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crossterm::event::{Event, KeyEvent, KeyEventKind};
use std::time::{Duration, Instant};

pub use super::screen::ExternalRequest;
pub use super::screens::Screen;

/// How long typing must pause before the draft is written.
pub const DRAFT_DEBOUNCE: Duration = Duration::from_millis(300);
/// The longest typing goes on without a draft written, for one who never pauses: a crash loses at most this.
pub const DRAFT_MAX_WAIT: Duration = Duration::from_millis(800);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub store: Store,
    pub lang: Lang,
    /// Never empty: the meetings list is at the bottom, Esc pops.
    pub screens: Vec<Screen>,
    pub overlay: Option<Overlay>,
    pub editor: Option<FieldEditor>,
    pub status: Option<Status>,
    /// The messages of this session, oldest first, as the message log shows them.
    pub log: Vec<(String, bool)>,
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
            log: Vec::new(),
            external: None,
            quit: false,
            help_scroll: 0,
            demo: false,
        };
        if let Some(e) = failure {
            app.apply(Outcome::Fail(e));
        }
        let offer = super::drafts::offer(&mut Ctx { store: &mut app.store, lang });
        app.apply(offer);
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
        let text = text.into();
        self.remember(&text, false);
        self.status = Some(Status { text, error: false });
    }

    pub fn error(&mut self, e: impl std::fmt::Display) {
        let text = e.to_string();
        self.remember(&text, true);
        self.status = Some(Status { text, error: true });
    }

    /// Every message goes into the log too (`M`), where one longer than the status line reads whole.
    fn remember(&mut self, text: &str, error: bool) {
        const KEPT: usize = 200;
        if self.log.len() == KEPT {
            self.log.remove(0);
        }
        self.log.push((text.to_string(), error));
    }

    /// What has the keyboard now.
    pub fn mode(&self) -> Mode {
        if let Some(o) = &self.overlay {
            return o.mode();
        }
        if let Some(ed) = &self.editor {
            return ed.mode();
        }
        self.screen_mode()
    }

    /// The mode of the screen itself, under any overlay (what help describes).
    pub fn screen_mode(&self) -> Mode {
        self.screen().view().mode()
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
        if let Some(cmd) = keymap::command_for(self.mode(), key) {
            // A new key replaces the old message, except while typing, where the message may explain a refusal.
            if !matches!(cmd, Command::Input(_)) {
                self.status = None;
            }
            self.handle_command(cmd);
        }
    }

    /// The command goes to the overlay, else the field being typed in, else the screen on top; what the
    /// screen passes on gets the common handling.
    pub fn handle_command(&mut self, cmd: Command) {
        if cmd == Command::ForceQuit {
            return self.quit_saving();
        }
        let mut ctx = Ctx { store: &mut self.store, lang: self.lang };
        let top = self.screens.last_mut().expect("the meetings list is never popped").view_mut();
        let outcome = if let Some(overlay) = self.overlay.take() {
            overlay.on_command(cmd, &mut ctx, &mut self.help_scroll)
        } else if let Some(ed) = self.editor.take() {
            editing::on_command(ed, cmd, &mut ctx, top)
        } else {
            match top.on_command(cmd.clone(), &mut ctx) {
                Outcome::Pass => self.common(cmd),
                o => o,
            }
        };
        self.apply(outcome);
    }

    /// What every screen does with a command it does not take itself.
    fn common(&mut self, cmd: Command) -> Outcome {
        let delta = match cmd {
            Command::Up => -1,
            Command::Down => 1,
            Command::PageUp => -10,
            Command::PageDown => 10,
            Command::Top => i64::MIN / 2,
            Command::Bottom => i64::MAX / 2,
            Command::Help => {
                self.help_scroll = 0;
                return Outcome::Overlay(Overlay::Help);
            }
            Command::Quit => return Outcome::Quit,
            Command::Back if self.screens.len() > 1 => return Outcome::Pop,
            // On the meetings list there is nowhere further back, so it says how to quit.
            Command::Back => return Outcome::info(self.t(Ui::QuitHint)),
            Command::Paste(_) => return Outcome::info(self.t(Ui::PasteWhere)),
            Command::Messages => return Outcome::Overlay(Overlay::Messages(self.log.clone())),
            _ => return Outcome::Nothing,
        };
        self.screen_mut().view_mut().move_by(delta);
        Outcome::Nothing
    }

    /// A field opened while a draft of it is kept (put off with "later" at the start, or kept when the
    /// store refused it) starts from that draft, so that leaving the field can never throw it away.
    fn offer_draft(&mut self, ed: &mut FieldEditor) -> bool {
        // A new meeting's draft, and a decision or action form's, is the whole form; the form restores it.
        if matches!(
            ed.target,
            super::editor::EditTarget::Meeting { id: None, .. } | super::editor::EditTarget::Entry { .. }
        ) {
            return false;
        }
        let Ok(Some(d)) = self.store.draft(&ed.target.draft_key()) else { return false };
        if d.text == ed.text() {
            return false;
        }
        let form = ed.form.take();
        *ed = FieldEditor::new(ed.target.clone(), &d.text, &ed.original, ed.multiline, ed.base_revision);
        ed.form = form;
        ed.changed(std::time::Instant::now());
        true
    }

    fn draft_conflict(&self, ed: &FieldEditor) -> Option<Outcome> {
        let super::editor::EditTarget::Item { id, field } = ed.target else { return None };
        let d = self.store.draft(&ed.target.draft_key()).ok()??;
        let it = self.store.item(id).ok()?;
        super::drafts::conflict(self.lang, &it, field, &d)
    }

    /// Carries out what a screen or overlay asked for, in order.
    pub fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Nothing | Outcome::Pass => {}
            Outcome::Push(screen) => self.screens.push(*screen),
            Outcome::Pop => {
                if self.screens.len() > 1 {
                    self.screens.pop();
                    self.refresh();
                }
            }
            Outcome::Home => self.screens.truncate(1),
            Outcome::Select(s) => self.screen_mut().view_mut().focus(s),
            Outcome::SelectHome(s) => self.screens[0].view_mut().focus(s),
            Outcome::Refresh => self.refresh(),
            Outcome::Overlay(o) => self.overlay = Some(o),
            Outcome::Answer(a) => {
                let mut ctx = Ctx { store: &mut self.store, lang: self.lang };
                let top = self.screens.last_mut().expect("the meetings list is never popped").view_mut();
                let next = top.on_answer(a, &mut ctx);
                self.apply(next);
            }
            Outcome::Edit(ed) => {
                let mut ed = *ed;
                // A draft kept of this field over a text changed elsewhere since: the user chooses first.
                if let Some(ask) = ed.fresh.then(|| self.draft_conflict(&ed)).flatten() {
                    self.apply(ask);
                    return;
                }
                let offered = ed.fresh && self.offer_draft(&mut ed);
                ed.fresh = false;
                self.editor = Some(ed);
                if offered {
                    self.info(self.t(Ui::DraftBack));
                }
            }
            Outcome::External(r) => self.external = Some(r),
            Outcome::Info(text) => self.info(text),
            Outcome::Error(text) => self.error(text),
            Outcome::Fail(e) => self.error(self.describe(&e)),
            Outcome::Quit => self.quit_saving(),
            Outcome::Then(a, b) => {
                self.apply(*a);
                self.apply(*b);
            }
        }
    }

    /// Reloads the data of the screen on top after a change or on coming back to it.
    pub fn refresh(&mut self) {
        let store = &self.store;
        if let Err(e) = self.screens.last_mut().expect("the meetings list is never popped").view_mut().reload(store) {
            self.apply(Outcome::Fail(e));
        }
    }

    /// Ends the program keeping every word: text being typed is committed, or kept as a draft when it cannot be.
    pub fn quit_saving(&mut self) {
        if self.quit {
            return;
        }
        self.quit = true;
        let mut ctx = Ctx { store: &mut self.store, lang: self.lang };
        let mut outcome = Outcome::Nothing;
        if let Some(ed) = self.editor.take() {
            let top = self.screens.last_mut().expect("the meetings list is never popped").view_mut();
            outcome = editing::finish_on_quit(ed, &mut ctx, top);
        }
        // A new item's title already typed is worth keeping, so the item is made.
        if let Some(Overlay::Prompt(p)) = self.overlay.take() {
            if matches!(p.purpose, PromptPurpose::NewItem { .. }) && !crate::text::clean_line(&p.text()).is_empty() {
                outcome = outcome.and(Outcome::Answer(Answer::Entered(p)));
            }
        }
        let n = self.screens.len();
        for (i, s) in self.screens.iter_mut().enumerate().rev() {
            outcome = outcome.and(s.view_mut().on_quit(&mut ctx, i + 1 == n));
        }
        self.apply(outcome);
        // Nothing opened while ending stays open.
        self.overlay = None;
        self.editor = None;
    }

    /// Writes the draft when typing has paused long enough. Called by the loop.
    pub fn tick(&mut self, now: Instant) {
        if self.screen_mut().view_mut().poll() {
            let mut ctx = Ctx { store: &mut self.store, lang: self.lang };
            let settled =
                self.screens.last_mut().expect("the meetings list is never popped").view_mut().settle(&mut ctx);
            self.apply(settled);
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
                    Err(e) => self.apply(Outcome::Fail(e)),
                }
            }
        }
    }

    /// When the loop must wake up: the next draft save, or a screen working in the background.
    pub fn next_deadline(&self) -> Option<Instant> {
        if let Some(t) = self.screen().view().wake_at() {
            return Some(t);
        }
        self.editor.as_ref().and_then(|e| e.draft_deadline())
    }

    /// The loop ran $EDITOR: `text` is what the file held afterwards (`None` when the editor failed).
    pub fn finish_external(&mut self, request: ExternalRequest, text: Option<String>, failure: Option<String>) {
        let mut ctx = Ctx { store: &mut self.store, lang: self.lang };
        let top = self.screens.last_mut().expect("the meetings list is never popped").view_mut();
        let outcome = editing::finish_external(request, text, failure, &mut ctx, top);
        self.apply(outcome);
    }

    /// Text for a store error in the user's language.
    pub fn describe(&self, e: &Error) -> String {
        super::screen::describe(self.lang, e)
    }
}
