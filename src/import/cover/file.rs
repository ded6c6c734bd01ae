//! A cover note on disk: its text, or why there is none (missing, a scan, damaged, changed while read).

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

fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn text_of(path: &Path) -> Result<String, CoverUnknown> {
    let ext = extension(path);
    match ext.as_str() {
        "txt" | "text" | "md" | "" => {
            let bytes = std::fs::read(path).map_err(|e| CoverUnknown::Damaged { detail: e.to_string() })?;
            if bytes.contains(&0) {
                return Err(CoverUnknown::Damaged { detail: "it holds binary data, not text".into() });
            }
            Ok(String::from_utf8(bytes).unwrap_or_else(|e| e.into_bytes().iter().map(|&b| b as char).collect()))
        }
        _ => Err(CoverUnknown::Unsupported { extension: ext }),
    }
}
