use crate::locale::Lang;

/// Why a file could not be read as a mail; nothing is written when one of these comes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailError {
    TooLarge {
        mb: u64,
        limit_mb: u64,
    },
    /// No mail headers at its start (a Word file, a text file, an empty file).
    NotAMail,
    /// "multipart" without the boundary that separates the parts.
    NoBoundary,
    /// The boundary it names never occurs: the message was cut off or damaged.
    BoundaryNotFound {
        boundary: String,
    },
    /// An .msg whose compound file cannot be read.
    MsgDamaged {
        detail: String,
    },
    /// A compound file that is not an Outlook message (an old .doc or .xls).
    NotMsg,
}

impl MailError {
    pub fn text(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            MailError::TooLarge { mb, limit_mb } if nl => {
                format!("het bestand is {mb} MB; een mail van meer dan {limit_mb} MB wordt niet gelezen")
            }
            MailError::TooLarge { mb, limit_mb } => {
                format!("the file is {mb} MB; a mail over {limit_mb} MB is not read")
            }
            MailError::NotAMail if nl => "het bestand is geen opgeslagen mail (geen kopregels als From:, Subject:, \
                 Date:); sla de mail op als .eml (of .msg) en probeer het opnieuw"
                .into(),
            MailError::NotAMail => "the file is not a saved e-mail (no header lines such as From:, Subject:, Date:); \
                 save the message as .eml (or .msg) and try again"
                .into(),
            MailError::NoBoundary if nl => "de mail zegt uit delen te bestaan (multipart) maar noemt de grens \
                 tussen de delen niet (boundary); het bestand is beschadigd"
                .into(),
            MailError::NoBoundary => {
                "the mail says it has parts (multipart) but names no boundary between them; the file is damaged".into()
            }
            MailError::BoundaryNotFound { boundary } if nl => format!(
                "de grens tussen de delen van de mail ({boundary:?}) komt er niet in voor: de mail is afgekapt of \
                 beschadigd; sla hem opnieuw op"
            ),
            MailError::BoundaryNotFound { boundary } => format!(
                "the boundary between the mail's parts ({boundary:?}) does not occur in it: the mail is cut off or \
                 damaged; save it again"
            ),
            MailError::MsgDamaged { detail } if nl => {
                format!("het Outlook-bericht (.msg) is beschadigd en niet te lezen ({detail})")
            }
            MailError::MsgDamaged { detail } => {
                format!("the Outlook message (.msg) is damaged and cannot be read ({detail})")
            }
            MailError::NotMsg if nl => "het bestand is een oud Office-bestand, geen Outlook-bericht (.msg)".into(),
            MailError::NotMsg => "the file is an old Office file, not an Outlook message (.msg)".into(),
        }
    }
}

impl std::fmt::Display for MailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for MailError {}
