//! `I` on the meetings list: a saved mail or an agenda file (Word, PDF, web page, text) becomes a new
//! meeting, or adds to the meeting of its body and date once the screen has said so. The path is asked at
//! once (the import screen's prompt, Tab completes), the file is read in the background
//! (`import_file::Reading`), and what it will become is shown on the mail import's confirmation screen
//! (`mail_import.rs`), an agenda file as a mail with only an agenda. Nothing is written before its Enter.

use super::import_file::{shown_name, start_reading, FileRead, MailFile, Reading};
use super::{mail_import, Screen};
use crate::import::mail::document::agenda_file;
use crate::import::read::ReadError;
use crate::locale::{ImportFileUi, MailUi, Ui};
use crate::tui::command::Command;
use crate::tui::overlays::{Prompt, PromptPurpose};
use crate::tui::screen::{Ctx, Outcome};
use std::path::PathBuf;

/// The file being read for the meetings list, and what the reader brought until the store can plan it.
#[derive(Default)]
pub struct NewImport {
    reading: Option<Reading>,
    arrived: Option<(PathBuf, Result<FileRead, ReadError>)>,
}

impl std::fmt::Debug for NewImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewImport").field("reading", &self.reading.as_ref().map(|r| &r.name)).finish()
    }
}

impl NewImport {
    /// A file is being read (or was, and waits for the store).
    pub fn is_reading(&self) -> bool {
        self.reading.is_some() || self.arrived.is_some()
    }

    /// Keys wait while the file is read (what they did could be covered by the confirmation at once);
    /// Esc stops waiting. `None`: not reading, the key is the list's.
    pub fn while_reading(&mut self, cmd: &Command, ctx: &Ctx) -> Option<Outcome> {
        self.reading.as_ref()?;
        Some(match cmd {
            Command::Back => {
                self.reading = None;
                Outcome::info(ctx.t(Ui::Cancelled))
            }
            Command::ForceQuit | Command::Resize => Outcome::Pass,
            _ => Outcome::Nothing,
        })
    }

    /// The path was entered: reading starts, said on the status line.
    pub fn on_path(&mut self, p: Box<Prompt>, ctx: &Ctx) -> Outcome {
        if !matches!(p.purpose, PromptPurpose::ImportPath { .. }) {
            return Outcome::Nothing;
        }
        match start_reading(p, ctx) {
            Ok(r) => {
                let said = ctx.t(Ui::ImportFile(ImportFileUi::Reading)).replacen("{}", &r.name, 1);
                self.reading = Some(r);
                Outcome::info(said)
            }
            Err(refused) => refused,
        }
    }

    pub fn poll(&mut self) -> bool {
        let Some(result) = self.reading.as_ref().and_then(Reading::try_take) else { return false };
        if let Some(r) = self.reading.take() {
            self.arrived = Some((r.path, result));
        }
        true
    }

    pub fn wake_at(&self) -> Option<std::time::Instant> {
        self.reading.as_ref().map(|_| std::time::Instant::now() + std::time::Duration::from_millis(30))
    }

    /// What was read, planned against the store and shown for confirmation; or why not, in one sentence.
    pub fn settle(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some((path, result)) = self.arrived.take() else { return Outcome::Nothing };
        let name = shown_name(&path);
        let file = match result {
            Err(e) => return Outcome::error(e.text(ctx.lang)),
            Ok(FileRead::MailRefused(e)) => return Outcome::error(e),
            Ok(FileRead::Mail(m)) => *m,
            Ok(FileRead::Doc(doc)) => match agenda_file(&name, &doc.text) {
                Some((mail, parts)) => MailFile { path, mail, parts },
                None => return Outcome::error(ctx.t(Ui::ImportFile(ImportFileUi::NoItems)).replacen("{}", &name, 1)),
            },
        };
        match mail_import::open(ctx, None, file) {
            Ok(view) => {
                let ask = view.first_question(ctx);
                // What is asked for says why; a plan that cannot be made says why not.
                let said = match (&view.plan, &ask) {
                    (Ok(_), _) => Outcome::info(ctx.t(Ui::Mail(MailUi::ReadDone)).replacen("{}", &name, 1)),
                    (Err(why), Outcome::Nothing) => Outcome::error(why),
                    (Err(why), _) => Outcome::info(why.clone()),
                };
                Outcome::push(Screen::MailImport(Box::new(view))).and(said).and(ask)
            }
            Err(e) => Outcome::Fail(e),
        }
    }
}
