//! A PDF as lines in reading order: lopdf opens the file, pdf-extract interprets each page's content and
//! hands us every character with its position; we build the lines ourselves (top to bottom, left to right)
//! and take out what repeats on every page (running heads, footers, page numbers).
//!
//! pdf-extract can panic on odd files and has no time limit, so the work runs on its own thread, each page
//! under `catch_unwind`, and the whole under a deadline: a hostile file gives an error, never a hang.

mod layout;
mod running;

use super::error::ReadError;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A 200-page agenda book is read in about a second; far more pages than an agenda has are refused.
pub const MAX_PAGES: usize = 2000;
/// Past this the file is given up: a real agenda never takes so long.
pub const DEADLINE: Duration = Duration::from_secs(30);

pub(crate) fn read(bytes: &[u8], name: &str) -> Result<String, ReadError> {
    let owned = bytes.to_vec();
    let name_owned = name.to_string();
    let (send, receive) = mpsc::channel();
    let worker =
        std::thread::Builder::new().name("annoteer-pdf".into()).stack_size(64 * 1024 * 1024).spawn(move || {
            let result = super::guard::quietly(|| pages(&owned, &name_owned, Instant::now() + DEADLINE));
            let _ = send.send(result);
        });
    if worker.is_err() {
        return Err(ReadError::PdfDamaged { name: name.to_string(), detail: "no thread to read it on".into() });
    }
    let pages = match receive.recv_timeout(DEADLINE + Duration::from_secs(5)) {
        Ok(Ok(Ok(pages))) => pages,
        Ok(Ok(Err(e))) => return Err(e),
        Ok(Err(panic)) => return Err(ReadError::PdfDamaged { name: name.to_string(), detail: panic }),
        Err(_) => return Err(ReadError::PdfTooSlow { name: name.to_string(), seconds: DEADLINE.as_secs() }),
    };
    let lines: Vec<String> = running::without_running_lines(pages).into_iter().flat_map(layout::join_wrapped).collect();
    // Also a scan whose only text is a scanner's stamp on every page ("Gescand met ...").
    if lines.iter().all(|l| l.trim().is_empty()) {
        return Err(ReadError::PdfNoText { name: name.to_string() });
    }
    Ok(lines.join("\n"))
}

/// Each page's lines, in page order.
fn pages(bytes: &[u8], name: &str, deadline: Instant) -> Result<Vec<Vec<layout::Line>>, ReadError> {
    let damaged = |detail: String| ReadError::PdfDamaged { name: name.to_string(), detail };
    let mut doc = match lopdf::Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(lopdf::Error::Decryption(_)) | Err(lopdf::Error::InvalidPassword) => {
            return Err(ReadError::PdfEncrypted { name: name.to_string() })
        }
        Err(e) => return Err(damaged(e.to_string())),
    };
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        // Only an owner password (printing or copying forbidden) opens with the empty user password; a
        // file that needs a password to open cannot be read.
        return Err(ReadError::PdfEncrypted { name: name.to_string() });
    }
    let numbers: Vec<u32> = doc.get_pages().into_keys().collect();
    if numbers.len() > MAX_PAGES {
        return Err(ReadError::PdfTooLong { name: name.to_string(), pages: numbers.len(), limit: MAX_PAGES });
    }
    if numbers.is_empty() {
        return Err(damaged("it has no pages".into()));
    }
    let mut out = Vec::with_capacity(numbers.len());
    for number in numbers {
        if Instant::now() > deadline {
            return Err(ReadError::PdfTooSlow { name: name.to_string(), seconds: DEADLINE.as_secs() });
        }
        // One page that pdf-extract cannot read is left out; the rest of the agenda still comes through.
        let page = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| layout::page_lines(&doc, number)));
        out.push(page.ok().and_then(Result::ok).unwrap_or_default());
    }
    Ok(out)
}
