//! A saved e-mail becomes a meeting: its agenda (an attachment or the text) the items, its other
//! attachments the papers, linked to the items they belong to.
//!
//! Pure: reading the message (`read_mail`), choosing the agenda (`choose`), proposing body and date
//! (`propose`), placing papers with items (`place`) and safe file names (`names`). `plan` puts these
//! together into what the import will do and `apply` does it (the files by `files`, the database in one
//! transaction by `Store::import_mail`); `report` says what went where. The command and the screen both
//! go through `plan` and `apply`.

pub mod choose;
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
