//! MIME (.eml, as Outlook on the web, new Outlook, Thunderbird and Apple Mail save a message), read with
//! mail-parser, which decodes base64, quoted-printable, RFC 2047 encoded words, RFC 2231 names and the
//! Windows code pages.

use super::message::{Attachment, Mail, SkipReason, Skipped};
use super::{MailError, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES};
use crate::dates::Date;
use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

/// Attached messages inside attached messages: deeper than this is not followed.
const MAX_NESTING: usize = 3;

pub fn read(bytes: &[u8]) -> Result<Mail, MailError> {
    if !starts_with_header(bytes) {
        return Err(MailError::NotAMail);
    }
    let message = MessageParser::default().parse(bytes).ok_or(MailError::NotAMail)?;
    let has_mail_header = message.from().is_some()
        || message.date().is_some()
        || message.subject().is_some()
        || message.header("MIME-Version").is_some();
    if !has_mail_header {
        return Err(MailError::NotAMail);
    }
    check_boundaries(&message, bytes)?;
    let mut mail = Mail {
        subject: message.subject().unwrap_or_default().trim().to_string(),
        sender: String::new(),
        sender_address: String::new(),
        sent: message.date().and_then(|d| Date::parse_iso(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))),
        text: message.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        attachments: Vec::new(),
        skipped: Vec::new(),
    };
    if let Some(from) = message.from().and_then(|a| a.first()) {
        mail.sender_address = from.address().unwrap_or_default().trim().to_string();
        mail.sender = from.name().map(str::trim).filter(|n| !n.is_empty()).unwrap_or(&mail.sender_address).to_string();
    }
    collect(&message, &mut mail, 0);
    Ok(mail)
}

/// The first line is a header field ("Name: value") or an mbox "From " line.
fn starts_with_header(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !matches!(b, b'\r' | b'\n')).unwrap_or(bytes.len());
    let line = &bytes[start..];
    let line = &line[..line.iter().position(|&b| b == b'\n').unwrap_or(line.len())];
    if line.starts_with(b"From ") {
        return true;
    }
    match line.iter().position(|&b| b == b':') {
        Some(colon) if colon > 0 => line[..colon].iter().all(|&b| b.is_ascii_graphic()),
        _ => false,
    }
}

/// A multipart part must name its boundary, and that boundary must occur in the message.
fn check_boundaries(message: &Message, raw: &[u8]) -> Result<(), MailError> {
    for part in &message.parts {
        let Some(ct) = part.content_type() else { continue };
        if !ct.ctype().eq_ignore_ascii_case("multipart") {
            continue;
        }
        let Some(boundary) = ct.attribute("boundary").filter(|b| !b.is_empty()) else {
            return Err(MailError::NoBoundary);
        };
        let marker = format!("--{boundary}");
        if !contains(raw, marker.as_bytes()) {
            return Err(MailError::BoundaryNotFound { boundary: boundary.to_string() });
        }
    }
    Ok(())
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn collect(message: &Message, mail: &mut Mail, depth: usize) {
    for part in message.attachments() {
        if let PartType::Message(inner) = &part.body {
            if depth < MAX_NESTING {
                // A forwarded message's papers are the papers; its text follows the outer text.
                let text = inner.body_text(0).unwrap_or_default();
                if !text.trim().is_empty() {
                    mail.text.push_str("\n\n");
                    mail.text.push_str(&text);
                }
                collect(inner, mail, depth + 1);
            }
            continue;
        }
        take(part, mail);
    }
}

fn take(part: &MessagePart, mail: &mut Mail) {
    let content_type = part
        .content_type()
        .map(|ct| match ct.subtype() {
            Some(sub) => format!("{}/{}", ct.ctype(), sub),
            None => ct.ctype().to_string(),
        })
        .unwrap_or_default()
        .to_ascii_lowercase();
    let name = part.attachment_name().map(str::trim).unwrap_or_default().to_string();
    let bytes = part.contents();
    let disposition_attachment = part.content_disposition().is_some_and(|d| d.is_attachment());
    if content_type.starts_with("image/") && !disposition_attachment && (part.content_id().is_some() || name.is_empty())
    {
        mail.skipped.push(Skipped { name, why: SkipReason::InlineImage });
        return;
    }
    if bytes.is_empty() {
        mail.skipped.push(Skipped { name, why: SkipReason::Empty });
        return;
    }
    if content_type == "application/ms-tnef" || name.eq_ignore_ascii_case("winmail.dat") {
        mail.skipped.push(Skipped { name, why: SkipReason::Tnef });
        return;
    }
    if mail.attachments.len() >= MAX_ATTACHMENTS {
        mail.skipped.push(Skipped { name, why: SkipReason::TooMany });
        return;
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        mail.skipped.push(Skipped { name, why: SkipReason::TooLarge { mb: bytes.len() >> 20 } });
        return;
    }
    mail.attachments.push(Attachment { name, content_type, bytes: bytes.to_vec() });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_start() {
        assert!(starts_with_header(b"From: a@b.nl\r\nSubject: x\r\n\r\nhoi"));
        assert!(starts_with_header(b"\r\nReturn-Path: <a@b.nl>\n"));
        assert!(!starts_with_header(b"PK\x03\x04word/document.xml"));
        assert!(!starts_with_header(b"1. Opening\n2. Verslag"));
        assert!(!starts_with_header(b""));
    }

    #[test]
    fn missing_boundary_is_refused() {
        let raw = b"From: a@b.nl\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\n\r\nhoi\r\n";
        assert_eq!(read(raw), Err(MailError::NoBoundary));
        let raw = b"From: a@b.nl\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"abc\"\r\n\r\nhoi\r\n";
        assert_eq!(read(raw), Err(MailError::BoundaryNotFound { boundary: "abc".into() }));
    }

    #[test]
    fn winmail_dat_is_set_aside() {
        let raw = "From: a@b.nl\r\nSubject: Agenda KLO 8 maart 2022\r\nMIME-Version: 1.0\r\n\
                   Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
                   1. Opening\r\n--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\n\
                   Content-Disposition: attachment; filename=\"winmail.dat\"\r\n\r\nx>\"\r\n--b--\r\n";
        let m = read(raw.as_bytes()).unwrap();
        assert!(m.attachments.is_empty());
        assert_eq!(m.skipped, vec![Skipped { name: "winmail.dat".into(), why: SkipReason::Tnef }]);
    }

    #[test]
    fn plain_message() {
        let raw = "From: \"Bestuurssecretariaat\" <bs@politie.nl>\r\nSubject: Agenda KLO 8 maart\r\n\
                   Date: Wed, 2 Mar 2022 14:40:14 +0100\r\n\r\n1. Opening\r\n2. Verslag\r\n";
        let m = read(raw.as_bytes()).unwrap();
        assert_eq!(m.sender, "Bestuurssecretariaat");
        assert_eq!(m.sender_address, "bs@politie.nl");
        assert_eq!(m.subject, "Agenda KLO 8 maart");
        assert_eq!(m.sent.map(Date::iso).as_deref(), Some("2022-03-02"));
        assert!(m.text.contains("2. Verslag"));
        assert!(m.attachments.is_empty());
    }
}
