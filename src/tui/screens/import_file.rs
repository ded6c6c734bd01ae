//! Ctrl-O on the import screen: an agenda read from a file (Word, PDF, web page, text) instead of pasted.
//! The reader runs on a thread of its own: a long PDF may take the reader's full deadline, and the screen
//! keeps drawing ("Bezig met lezen…") meanwhile. What it read goes into the import text, as a paste would.
//! A saved mail (.eml, .msg, known by its content) is read whole instead, attachments and all, for the
//! mail import's confirmation screen (`mail_import.rs`).

use crate::import::mail::plan::MailParts;
use crate::import::mail::{read_if_mail, Mail};
use crate::import::read::{read_path, DocText, ReadError};
use crate::locale::{ImportFileUi, Lang, Ui};
use crate::tui::overlays::{Prompt, PromptPurpose};
use crate::tui::screen::{Ctx, Outcome};
use crate::tui::screens::documents::{resolve, BASE_SETTING};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, TryRecvError};

/// A file being read in the background.
pub struct Reading {
    pub name: String,
    pub path: PathBuf,
    rx: Receiver<Result<FileRead, ReadError>>,
}

/// What a file turned out to hold.
pub enum FileRead {
    Doc(DocText),
    Mail(Box<MailFile>),
    /// A mail that cannot be read (damaged, cut off): the sentence that says why, in the user's language.
    MailRefused(String),
}

/// A mail read from a file, with its attachments' texts and the agenda chosen among them.
pub struct MailFile {
    pub path: PathBuf,
    pub mail: Mail,
    pub parts: MailParts,
}

/// Why a file's text did not go into the import; drawn in the screen's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileNotice {
    Refused(ReadError),
    /// Read, but not an agenda: no numbered lines.
    NoItems(String),
    /// The mail import refused the file or the mail: its sentence.
    Mail(String),
}

/// The name shown for a file: its last part, as the user recognises it.
pub fn shown_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// The prompt for the file's path (Tab completes; a relative path starts at the documents' base folder).
pub fn ask_path(ctx: &Ctx) -> Outcome {
    let base = ctx.store.setting(BASE_SETTING).ok().flatten().filter(|b| !b.is_empty());
    Prompt::open(PromptPurpose::ImportPath { base }, ctx.t(Ui::ImportFile(ImportFileUi::AskPath)), "")
}

/// The path typed in that prompt, being read; a path that is empty, missing or a folder is refused with
/// the prompt kept open to correct it (the `Err` says so and opens it again).
pub fn start_reading(p: Box<Prompt>, ctx: &Ctx) -> Result<Reading, Outcome> {
    let PromptPurpose::ImportPath { base } = p.purpose.clone() else { return Err(Outcome::Nothing) };
    let typed = crate::text::clean_line(&p.text());
    if typed.trim().is_empty() {
        return Err(p.refused(Outcome::error(ctx.t(Ui::EmptyPath))));
    }
    let path = resolve(&typed, base.as_deref());
    if !path.exists() {
        let shown = path.display().to_string();
        return Err(p.refused(Outcome::error(ctx.t(Ui::FileMissing).replacen("{}", &shown, 1))));
    }
    Reading::start(path, ctx.lang).map_err(|e| p.refused(Outcome::error(e.text(ctx.lang))))
}

impl Reading {
    /// Starts reading; a path that is not a file (missing, a folder) is refused at once, without a thread.
    pub fn start(path: PathBuf, lang: Lang) -> Result<Reading, ReadError> {
        let name = shown_name(&path);
        if !path.is_file() {
            read_path(&path)?;
        }
        let (tx, rx) = channel();
        let read = path.clone();
        std::thread::spawn(move || {
            // The screen may have gone (Esc) before the reader is done: then nobody listens.
            let _ = tx.send(read_any(read, lang));
        });
        Ok(Reading { name, path, rx })
    }

    /// The reader's answer once it is there.
    pub fn try_take(&self) -> Option<Result<FileRead, ReadError>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err(ReadError::Io { name: self.name.clone(), detail: "the reader stopped".to_string() }))
            }
        }
    }
}

/// A mail when the content is one, else the document readers' text.
fn read_any(path: PathBuf, lang: Lang) -> Result<FileRead, ReadError> {
    let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= crate::import::mail::MAX_MAIL_BYTES);
    if small {
        if let Ok(bytes) = std::fs::read(&path) {
            match read_if_mail(&bytes, &shown_name(&path)) {
                Some(Ok(mail)) => {
                    let parts = MailParts::read(&mail);
                    return Ok(FileRead::Mail(Box::new(MailFile { path, mail, parts })));
                }
                Some(Err(e)) => {
                    return Ok(FileRead::MailRefused(format!("{}: {}", shown_name(&path), e.text(lang))));
                }
                None => {}
            }
        }
    }
    read_path(&path).map(FileRead::Doc)
}
