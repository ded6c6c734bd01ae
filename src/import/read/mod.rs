//! Files as the parsers read them: the text of a Word, PDF, web or text file, one line per paragraph.
//!
//! The API (used by `cli::import_agenda`, `cli::import_decisions` and the mail import for attachments):
//! - `read_path(path) -> Result<DocText, ReadError>`: reads a file (at most `MAX_FILE_BYTES`).
//! - `read_bytes(bytes, name_hint) -> Result<DocText, ReadError>`: the same for bytes in memory; `name_hint`
//!   is the file name (or "" when unknown), used only in messages and to break a tie in detection.
//! - `DocText { kind, text }`: `text` has one paragraph, table row (cells joined by a tab), list item or
//!   PDF line per line (`\n`); Word's and HTML's automatic numbering is written in front of its paragraph
//!   as Word or a browser shows it ("2.", "2a.", "iii."). `kind` is what the content turned out to be.
//! - `ReadError::text(lang)` is one sentence for the user (Dutch or English); `Display` is the English one.
//!
//! The kind comes from the content, not the name: a zip holding `word/document.xml` is Word, `%PDF-` is a
//! PDF, markup is HTML, the rest is text (UTF-8, UTF-16 with a BOM, else Windows-1252). Every reader
//! bounds its work (sizes, entries, pages, time), so a hostile or broken file gives an error, never a hang.

mod docx;
mod error;
mod guard;
mod html;
mod pdf;
mod sniff;
mod text;

pub use error::ReadError;
pub use sniff::Kind;

use std::io::Read;
use std::path::Path;

/// Larger than any agenda book or decision list; a bigger file is not what the user meant.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocText {
    pub kind: Kind,
    pub text: String,
}

impl DocText {
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.text.lines()
    }
}

pub fn read_path(path: &Path) -> Result<DocText, ReadError> {
    let name = path.display().to_string();
    let io = |e: std::io::Error| ReadError::Io { name: name.clone(), detail: e.to_string() };
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::Missing { name: name.clone() },
        _ => io(e),
    })?;
    if file.metadata().map_err(io)?.is_dir() {
        return Err(ReadError::IsDirectory { name });
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    read_bytes(&bytes, &name)
}

pub fn read_bytes(bytes: &[u8], name_hint: &str) -> Result<DocText, ReadError> {
    let name = name_hint.to_string();
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { name, limit_mb: MAX_FILE_BYTES / (1024 * 1024) });
    }
    if bytes.is_empty() {
        return Err(ReadError::Empty { name });
    }
    let kind = sniff::detect(bytes, name_hint)?;
    let damaged = |detail: String| match kind {
        Kind::Pdf => ReadError::PdfDamaged { name: name.clone(), detail },
        Kind::Html | Kind::Text => ReadError::HtmlDamaged { name: name.clone(), detail },
        Kind::Docx => ReadError::WordDamaged { name: name.clone(), detail },
    };
    let text = match kind {
        Kind::Docx => guard::quietly(|| docx::read(bytes, &name)).map_err(damaged)??,
        Kind::Pdf => pdf::read(bytes, &name)?,
        Kind::Html => guard::quietly(|| html::read(&text::decode(bytes))).map_err(damaged)?,
        Kind::Text => text::decode(bytes),
    };
    Ok(DocText { kind, text })
}
