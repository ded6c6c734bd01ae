//! Ctrl-O on the import screen: an agenda read from a file (Word, PDF, web page, text) instead of pasted.
//! The reader runs on a thread of its own: a long PDF may take the reader's full deadline, and the screen
//! keeps drawing ("Bezig met lezen…") meanwhile. What it read goes into the import text, as a paste would.

use crate::import::read::{read_path, DocText, ReadError};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, TryRecvError};

/// A file being read in the background.
pub struct Reading {
    pub name: String,
    rx: Receiver<Result<DocText, ReadError>>,
}

/// Why a file's text did not go into the import; drawn in the screen's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileNotice {
    Refused(ReadError),
    /// Read, but not an agenda: no numbered lines.
    NoItems(String),
}

/// The name shown for a file: its last part, as the user recognises it.
pub fn shown_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

impl Reading {
    /// Starts reading; a path that is not a file (missing, a folder) is refused at once, without a thread.
    pub fn start(path: PathBuf) -> Result<Reading, ReadError> {
        let name = shown_name(&path);
        if !path.is_file() {
            read_path(&path)?;
        }
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            // The screen may have gone (Esc) before the reader is done: then nobody listens.
            let _ = tx.send(read_path(&path));
        });
        Ok(Reading { name, rx })
    }

    /// The reader's answer once it is there.
    pub fn try_take(&self) -> Option<Result<DocText, ReadError>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err(ReadError::Io { name: self.name.clone(), detail: "the reader stopped".to_string() }))
            }
        }
    }
}
