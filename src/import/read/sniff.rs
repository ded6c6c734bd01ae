//! What a file is, from its first bytes; the name only decides between text and markup, and names the
//! refusal of a ".docx" that is not one.

use super::error::ReadError;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Docx,
    Pdf,
    Html,
    Text,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Docx => "docx",
            Kind::Pdf => "pdf",
            Kind::Html => "html",
            Kind::Text => "text",
        }
    }
}

const OLE_MAGIC: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
/// PDF readers accept the header anywhere in the first kilobyte (some generators put junk before it).
const PDF_HEADER_REACH: usize = 1024;
const SAMPLE: usize = 64 * 1024;

pub(crate) fn detect(bytes: &[u8], name: &str) -> Result<Kind, ReadError> {
    let name_lower = name.to_lowercase();
    let owned = || name.to_string();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return if super::docx::is_word(bytes) {
            Ok(Kind::Docx)
        } else if bytes.starts_with(b"PK\x05\x06") || super::docx::is_zip(bytes) {
            Err(ReadError::NotWord { name: owned() })
        } else {
            Err(ReadError::ZipDamaged { name: owned(), detail: "the zip directory cannot be read".into() })
        };
    }
    let head = &bytes[..bytes.len().min(PDF_HEADER_REACH)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(Kind::Pdf);
    }
    if name_lower.ends_with(".docx") || name_lower.ends_with(".docm") || name_lower.ends_with(".dotx") {
        return Err(ReadError::NotZip { name: owned() });
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Err(ReadError::OldOffice { name: owned() });
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ReadError::Rtf { name: owned() });
    }
    if !super::text::has_bom(bytes) && looks_binary(bytes) {
        return Err(ReadError::Binary { name: owned() });
    }
    let sample = super::text::decode(&bytes[..bytes.len().min(SAMPLE)]);
    Ok(if looks_like_html(&sample, &name_lower) { Kind::Html } else { Kind::Text })
}

/// NUL bytes, or many control bytes, mean binary data: text never has them.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    controls * 20 > sample.len().max(1)
}

/// A page starts with a doctype or `<html>`; a fragment saved from a browser starts with a tag. A
/// markdown or text file may hold a tag or two, so for those names only a real page start counts.
fn looks_like_html(sample: &str, name_lower: &str) -> bool {
    let start = sample.trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r']);
    let lower: String = start.chars().take(512).collect::<String>().to_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return true;
    }
    if lower.starts_with("<?xml") && lower.contains("<html") {
        return true;
    }
    if [".txt", ".md", ".markdown", ".csv", ".tsv"].iter().any(|e| name_lower.ends_with(e)) {
        return false;
    }
    if [".html", ".htm", ".xhtml"].iter().any(|e| name_lower.ends_with(e)) && lower.starts_with('<') {
        return true;
    }
    const OPENERS: [&str; 12] =
        ["<head", "<body", "<meta", "<div", "<table", "<p>", "<p ", "<ol", "<ul", "<h1", "<h2", "<!--"];
    OPENERS.iter().any(|o| lower.starts_with(o))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_beats_the_name() {
        assert_eq!(detect(b"%PDF-1.4\n...", "agenda.txt"), Ok(Kind::Pdf));
        assert_eq!(detect(b"<!DOCTYPE html><html><body>x", "agenda.txt"), Ok(Kind::Html));
        assert_eq!(detect(b"  <div><ol><li>Opening</li></ol></div>", "paste"), Ok(Kind::Html));
        assert_eq!(detect(b"1. Opening\n2. <b>Vaststellen</b>", "agenda.md"), Ok(Kind::Text));
        assert_eq!(detect(b"1. Opening\n", "agenda.html"), Ok(Kind::Text));
    }

    #[test]
    fn refusals_name_the_kind() {
        assert!(matches!(detect(b"1. Opening", "agenda.docx"), Err(ReadError::NotZip { .. })));
        assert!(matches!(detect(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "oud.doc"), Err(ReadError::OldOffice { .. })));
        assert!(matches!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "scan.png"), Err(ReadError::Binary { .. })));
        assert!(matches!(detect(b"{\\rtf1\\ansi", "a.rtf"), Err(ReadError::Rtf { .. })));
    }

    #[test]
    fn utf16_text_is_not_binary() {
        let bytes: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("1. Opening".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(detect(&bytes, "a.txt"), Ok(Kind::Text));
    }
}
