//! Ctrl-O on the import screen: an agenda read from a file (Word, PDF, web page, text) instead of pasted.
//! The reader runs on a thread of its own: a long PDF may take the reader's full deadline, and the screen
//! keeps drawing ("Bezig met lezen…") meanwhile. What it read goes into the import text, as a paste would.
//! A saved mail (.eml, .msg, known by its content) is read whole instead, attachments and all, for the
//! mail import's confirmation screen (`mail_import.rs`).

use crate::import::mail::plan::MailParts;
use crate::import::mail::{read_if_mail, Mail};
use crate::import::read::{read_path, DocText, ReadError};
use crate::locale::Lang;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, TryRecvError};

/// A file being read in the background.
pub struct Reading {
    pub name: String,
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

impl Reading {
    /// Starts reading; a path that is not a file (missing, a folder) is refused at once, without a thread.
    pub fn start(path: PathBuf, lang: Lang) -> Result<Reading, ReadError> {
        let name = shown_name(&path);
        if !path.is_file() {
            read_path(&path)?;
        }
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            // The screen may have gone (Esc) before the reader is done: then nobody listens.
            let _ = tx.send(read_any(path, lang));
        });
        Ok(Reading { name, rx })
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
