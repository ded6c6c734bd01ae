//! Outlook .msg ([MS-OXMSG]): an OLE compound file (read with the `cfb` crate) whose streams hold the
//! message's properties: `__substg1.0_TTTTPPPP` streams for strings and binaries, a fixed-size property
//! stream for dates, one storage per attachment.

use super::message::{Attachment, Mail, SkipReason, Skipped};
use super::{MailError, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES};
use crate::dates::Date;
use std::io::{Cursor, Read};

/// The compound file signature.
pub const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

type Cfb<'a> = cfb::CompoundFile<Cursor<&'a [u8]>>;

pub fn read(bytes: &[u8]) -> Result<Mail, MailError> {
    // The crate returns errors for what it recognises as damage; a panic on what it does not is kept
    // from reaching the user as one.
    match std::panic::catch_unwind(|| read_inner(bytes)) {
        Ok(r) => r,
        Err(_) => Err(MailError::MsgDamaged { detail: "unreadable structure".into() }),
    }
}

fn read_inner(bytes: &[u8]) -> Result<Mail, MailError> {
    let mut file =
        cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| MailError::MsgDamaged { detail: e.to_string() })?;
    let has_props = file.is_stream("/__properties_version1.0");
    let subject = string_prop(&mut file, "/", 0x0037);
    if !has_props && subject.is_none() {
        return Err(MailError::NotMsg);
    }
    let mut mail = Mail {
        subject: subject.unwrap_or_default().trim().to_string(),
        sender: string_prop(&mut file, "/", 0x0C1A).unwrap_or_default().trim().to_string(),
        sender_address: string_prop(&mut file, "/", 0x0C1F)
            .or_else(|| string_prop(&mut file, "/", 0x5D01))
            .unwrap_or_default()
            .trim()
            .to_string(),
        sent: sent_date(&mut file),
        text: string_prop(&mut file, "/", 0x1000).unwrap_or_default(),
        attachments: Vec::new(),
        skipped: Vec::new(),
    };
    if mail.sender.is_empty() {
        mail.sender = mail.sender_address.clone();
    }
    if mail.text.trim().is_empty() {
        match other_body(&mut file) {
            Ok(text) => mail.text = text,
            Err(()) => mail.skipped.push(Skipped { name: String::new(), why: SkipReason::BodyUnreadable }),
        }
    }
    let storages: Vec<String> = file
        .read_root_storage()
        .filter(|e| e.is_storage() && e.name().starts_with("__attach_version1.0_"))
        .map(|e| format!("/{}", e.name()))
        .collect();
    for (i, dir) in storages.into_iter().enumerate() {
        if i >= MAX_ATTACHMENTS {
            mail.skipped.push(Skipped { name: String::new(), why: SkipReason::TooMany });
            continue;
        }
        let name = string_prop(&mut file, &dir, 0x3707)
            .or_else(|| string_prop(&mut file, &dir, 0x3704))
            .or_else(|| string_prop(&mut file, &dir, 0x3001))
            .unwrap_or_default()
            .trim()
            .to_string();
        if file.is_storage(format!("{dir}/__substg1.0_3701000D")) {
            mail.skipped.push(Skipped { name, why: SkipReason::EmbeddedMsg });
            continue;
        }
        let path = format!("{dir}/__substg1.0_37010102");
        let size = file.entry(&path).map(|e| e.len()).unwrap_or(0);
        if size as usize > MAX_ATTACHMENT_BYTES {
            mail.skipped.push(Skipped { name, why: SkipReason::TooLarge { mb: (size >> 20) as usize } });
            continue;
        }
        let data = stream(&mut file, &path).unwrap_or_default();
        if data.is_empty() {
            mail.skipped.push(Skipped { name, why: SkipReason::Empty });
            continue;
        }
        let content_type = string_prop(&mut file, &dir, 0x370E).unwrap_or_default().to_ascii_lowercase();
        // PR_ATTACHMENT_HIDDEN: a picture in the signature.
        if content_type.starts_with("image/") && string_prop(&mut file, &dir, 0x3712).is_some() {
            mail.skipped.push(Skipped { name, why: SkipReason::InlineImage });
            continue;
        }
        mail.attachments.push(Attachment { name, content_type, bytes: data });
    }
    Ok(mail)
}

/// The text of a message without a plain-text body: its HTML body (PR_HTML) through the web page reader,
/// else its compressed RTF (PR_RTF_COMPRESSED). `Err` when there is an RTF body that cannot be read; an
/// empty text when there is no body at all.
fn other_body(file: &mut Cfb) -> Result<String, ()> {
    let html = stream(file, "/__substg1.0_10130102").or_else(|| string_prop(file, "/", 0x1013).map(String::into_bytes));
    if let Some(html) = html.filter(|h| !h.is_empty()) {
        if let Ok(doc) = crate::import::read::read_bytes(&html, "body.html") {
            return Ok(doc.text);
        }
    }
    let Some(packed) = stream(file, "/__substg1.0_10090102") else { return Ok(String::new()) };
    let rtf = super::rtf::decompress(&packed).map_err(|_| ())?;
    match super::rtf::rtf_body(&rtf) {
        super::rtf::RtfBody::Text(text) => Ok(text),
        super::rtf::RtfBody::Html(html) => {
            crate::import::read::read_bytes(html.as_bytes(), "body.html").map(|d| d.text).map_err(|_| ())
        }
    }
}

fn stream(file: &mut Cfb, path: &str) -> Option<Vec<u8>> {
    let len = file.entry(path).ok()?.len();
    if len as usize > MAX_ATTACHMENT_BYTES {
        return None;
    }
    let mut s = file.open_stream(path).ok()?;
    let mut out = Vec::with_capacity(len as usize);
    s.read_to_end(&mut out).ok()?;
    Some(out)
}

/// A string property: Unicode (type 001F, UTF-16LE) or, in old files, 8-bit (001E, Windows-1252).
fn string_prop(file: &mut Cfb, dir: &str, id: u16) -> Option<String> {
    let base = if dir == "/" { String::new() } else { dir.to_string() };
    if let Some(raw) = stream(file, &format!("{base}/__substg1.0_{id:04X}001F")) {
        let units: Vec<u16> = raw.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let text = String::from_utf16_lossy(&units);
        return Some(text.trim_end_matches('\0').to_string());
    }
    let raw = stream(file, &format!("{base}/__substg1.0_{id:04X}001E"))?;
    let raw = raw.strip_suffix(b"\0").unwrap_or(&raw);
    Some(match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(_) => raw.iter().map(|&b| super::text::windows_1252(b)).collect(),
    })
}

/// PR_CLIENT_SUBMIT_TIME (else the delivery time) from the top-level property stream.
fn sent_date(file: &mut Cfb) -> Option<Date> {
    let props = stream(file, "/__properties_version1.0")?;
    // The top-level stream has a 32-byte header, then 16-byte entries: tag, flags, value.
    let entries = props.get(32..)?;
    let mut delivery = None;
    for e in entries.chunks_exact(16) {
        let tag = u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
        let value = u64::from_le_bytes([e[8], e[9], e[10], e[11], e[12], e[13], e[14], e[15]]);
        match tag {
            0x0039_0040 => return filetime_date(value),
            0x0E06_0040 => delivery = filetime_date(value),
            _ => {}
        }
    }
    delivery
}

/// A FILETIME (100 ns since 1601-01-01, UTC) as a day.
fn filetime_date(ft: u64) -> Option<Date> {
    const DAYS_1601_TO_1970: i64 = 134_774;
    let days = (ft / 10_000_000 / 86_400) as i64 - DAYS_1601_TO_1970;
    (ft > 0).then(|| Date::from_days(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filetime() {
        // 2022-03-02 13:40:14 UTC
        assert_eq!(filetime_date(132_907_020_140_000_000).map(Date::iso).as_deref(), Some("2022-03-02"));
        assert_eq!(filetime_date(0), None);
    }
}
