use crate::dates::Date;

/// A message as the import needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mail {
    pub subject: String,
    /// The sender's name, else the address.
    pub sender: String,
    pub sender_address: String,
    /// The day it was sent, as the sender's clock had it.
    pub sent: Option<Date>,
    /// The message text (an HTML-only message as text).
    pub text: String,
    pub attachments: Vec<Attachment>,
    /// Parts not taken as papers, and why (signature images, too large, empty).
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The name as the mail gives it, decoded; not yet safe as a file name (see `names`).
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    pub why: SkipReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// A picture shown inside the text (a logo in the signature), not a paper.
    InlineImage,
    TooLarge {
        mb: usize,
    },
    Empty,
    /// An Outlook message attached to an Outlook message: its papers are not read.
    EmbeddedMsg,
    /// winmail.dat: Outlook's own wrapping (TNEF) of the attachments, which only Outlook unpacks.
    Tnef,
    /// Past the most attachments one mail may bring.
    TooMany,
    /// The message text is only in Outlook's compressed RTF, and that could not be unpacked.
    BodyUnreadable,
}

impl Attachment {
    /// The extension in lower case ("docx"), empty when there is none.
    pub fn extension(&self) -> String {
        extension_of(&self.name)
    }
}

pub fn extension_of(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty() && (1..=8).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            ext.to_ascii_lowercase()
        }
        _ => String::new(),
    }
}
