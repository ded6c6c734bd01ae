//! A cover note on disk: its text through the file readers, or why there is none (missing, a scan, damaged,
//! changed while read).

use super::read_text;
use crate::domain::{CoverRead, CoverUnknown};
use std::path::Path;

/// Fewer letters than this in a whole paper: nothing to read, a scan.
const SCAN_LETTERS: usize = 40;

/// Reads the cover note at `path`. The file is looked at before and after it is read; a file that changed
/// meanwhile (still being saved) is not read at all.
pub fn read_file(path: &Path) -> CoverRead {
    let Some(before) = facts(path) else {
        return unknown(CoverUnknown::Missing);
    };
    let text = match text_of(path) {
        Ok(t) => t,
        Err(reason) => return unknown(reason),
    };
    if facts(path) != Some(before) {
        return unknown(CoverUnknown::ChangedWhileRead);
    }
    if text.chars().filter(|c| c.is_alphabetic()).count() < SCAN_LETTERS {
        return unknown(CoverUnknown::Scan);
    }
    read_text(&text)
}

/// Size and time of change: what a save in progress changes. (The store's content hash is not needed here,
/// and the import module stays below the store.)
fn facts(path: &Path) -> Option<(u64, Option<std::time::SystemTime>)> {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
    Some((meta.len(), meta.modified().ok()))
}

fn unknown(reason: CoverUnknown) -> CoverRead {
    CoverRead { unknown: Some(reason), ..Default::default() }
}

/// The paper's text through the file readers (Word, PDF, web page, text in any common encoding). What they
/// refuse becomes the reason: a PDF without text is a scan, a spreadsheet or old Office file is a kind
/// annoteer does not read, the rest is damaged.
fn text_of(path: &Path) -> Result<String, CoverUnknown> {
    use crate::import::read::{read_path, ReadError};
    let extension = || path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match read_path(path) {
        Ok(doc) => Ok(doc.text),
        Err(ReadError::PdfNoText { .. } | ReadError::Empty { .. }) => Err(CoverUnknown::Scan),
        Err(ReadError::NotWord { .. } | ReadError::OldOffice { .. } | ReadError::Rtf { .. }) => {
            Err(CoverUnknown::Unsupported { extension: extension() })
        }
        Err(e) => Err(CoverUnknown::Damaged { detail: e.text(crate::locale::Lang::En) }),
    }
}
