//! A saved e-mail becomes a meeting: its agenda (an attachment or the text) the items, its other
//! attachments the papers, linked to the items they belong to.
//!
//! Pure: reading the message (`read_mail`), choosing the agenda (`choose`), proposing body and date
//! (`propose`), placing papers with items (`place`) and safe file names (`names`). `plan` puts these
//! together into what the import will do and `apply` does it (the files by `files`, the database in one
//! transaction by `Store::import_mail`); `report` says what went where. The command and the screen both
//! go through `plan` and `apply`.

pub mod choose;
pub mod document;
mod eml;
mod error;
pub mod files;
pub mod message;
mod msg;
pub mod names;
pub mod place;
pub mod plan;
pub mod propose;
pub mod report;
pub mod rtf;
pub mod text;

pub use error::MailError;
pub use message::{Attachment, Mail};

/// Larger than any mail server lets through; a bigger file is not a mail.
pub const MAX_MAIL_BYTES: u64 = 200 * 1024 * 1024;
/// An attachment above this is not saved (listed instead): no meeting paper is this large.
pub const MAX_ATTACHMENT_BYTES: usize = 50 * 1024 * 1024;
/// More papers than any meeting has; the rest of a mail's attachments are listed, not saved.
pub const MAX_ATTACHMENTS: usize = 500;

/// Reads a saved message: an Outlook .msg (an OLE compound file) by its signature, else MIME (.eml).
pub fn read_mail(bytes: &[u8]) -> Result<Mail, MailError> {
    if bytes.len() as u64 > MAX_MAIL_BYTES {
        return Err(MailError::TooLarge { mb: bytes.len() as u64 / (1024 * 1024), limit_mb: MAX_MAIL_BYTES >> 20 });
    }
    if bytes.starts_with(&msg::SIGNATURE) {
        return msg::read(bytes);
    }
    eml::read(bytes)
}

/// The file as a mail when it is one, by its content as `read_mail` reads it: `None` for what is no mail
/// at all (a Word file, a PDF, an old .doc, a text), to be read as a document instead. A damaged compound
/// file counts as a mail only when its name says .msg.
pub fn read_if_mail(bytes: &[u8], name: &str) -> Option<Result<Mail, MailError>> {
    if bytes.len() as u64 > MAX_MAIL_BYTES {
        return None;
    }
    match read_mail(bytes) {
        Err(MailError::NotAMail | MailError::NotMsg) => None,
        Err(MailError::MsgDamaged { .. }) if !name.to_lowercase().ends_with(".msg") => None,
        r => Some(r),
    }
}

#[cfg(test)]
mod tests {
    use super::read_if_mail;

    #[test]
    fn only_a_mail_is_taken_as_one() {
        let eml =
            b"From: Bestuurssecretariaat <bs@example.nl>\r\nSubject: Agenda KLO 8 maart 2022\r\n\r\n1. Opening\r\n";
        assert!(matches!(read_if_mail(eml, "x.txt"), Some(Ok(_))), "by its content, whatever the name");
        // A pasted agenda whose first line looks like a header is no mail.
        assert!(read_if_mail(b"Agenda: Stuurgroep MIT\n1. Opening\n2. Rondvraag\n", "agenda.txt").is_none());
        assert!(read_if_mail(b"%PDF-1.4 ...", "agenda.pdf").is_none());
        // A compound file that is not a message (an old .doc) is left to the document readers' refusal.
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        assert!(read_if_mail(&ole, "oud.doc").is_none());
        assert!(matches!(read_if_mail(&ole, "bericht.msg"), Some(Err(_))), "a damaged .msg is said as one");
        // A mail cut off in the middle is a mail, refused as such.
        let cut = b"From: a@b.nl\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\nno parts";
        assert!(matches!(read_if_mail(cut, "x.eml"), Some(Err(_))));
    }
}
