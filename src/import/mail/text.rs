//! The text of an attachment, for choosing the agenda and placing papers by content.

use super::message::{extension_of, Attachment};

/// Plain-text papers are read here; Word, PDF and HTML come through the file readers.
pub fn attachment_text(a: &Attachment) -> Option<String> {
    let ext = a.extension();
    let texty = matches!(ext.as_str(), "txt" | "md" | "markdown" | "text")
        || (ext.is_empty() && a.content_type.starts_with("text/plain"));
    if !texty {
        return None;
    }
    let bytes = a.bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&a.bytes);
    if bytes.contains(&0) {
        return None;
    }
    Some(decode(bytes))
}

/// UTF-8, else Windows-1252 (as Word on Windows saves text).
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

pub fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// True for a zip archive that is not an Office document (those are zips too).
pub fn is_plain_zip(a: &Attachment) -> bool {
    let ext = extension_of(&a.name);
    let office = matches!(ext.as_str(), "docx" | "xlsx" | "pptx" | "docm" | "xlsm" | "pptm" | "odt" | "ods" | "odp");
    !office && (ext == "zip" || a.content_type.contains("zip") || a.bytes.starts_with(b"PK\x03\x04"))
}
