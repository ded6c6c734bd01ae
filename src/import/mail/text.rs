//! The text of an attachment, for choosing the agenda and placing papers by content.

use super::message::{extension_of, Attachment};

/// The text of a paper through the file readers (Word, PDF, HTML, text, by content); `None` for what they
/// cannot read (a picture, a sheet, a scan) and for a zip, which is never unpacked.
pub fn attachment_text(a: &Attachment) -> Option<String> {
    let media = ["image/", "video/", "audio/"];
    if is_plain_zip(a) || media.iter().any(|m| a.content_type.starts_with(m)) {
        return None;
    }
    if a.bytes.len() as u64 > crate::import::read::MAX_FILE_BYTES {
        return None;
    }
    crate::import::read::read_bytes(&a.bytes, &a.name).ok().map(|d| d.text)
}

/// A byte of Windows-1252, as old 8-bit Outlook messages store their strings.
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
