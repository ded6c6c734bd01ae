//! Which part of a mail is the agenda: an attachment called so, else one that reads as an agenda, else
//! the message text.

use super::message::Mail;
use crate::import::agenda::{parse_agenda, LineUse, ParsedAgenda};
use crate::text::fold;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgendaSource {
    Attachment(usize),
    Text,
    /// No mail: an agenda file read on its own (`document::agenda_file`), by its name.
    File(String),
}

#[derive(Debug, Clone)]
pub struct Chosen {
    pub source: AgendaSource,
    pub text: String,
    pub parsed: ParsedAgenda,
}

impl Chosen {
    /// The lines before the first item: the letterhead and heading, where body and date stand.
    pub fn preamble(&self) -> String {
        self.text
            .lines()
            .zip(&self.parsed.lines)
            .filter(|(_, u)| matches!(u, LineUse::Preamble | LineUse::Part(_)))
            .map(|(l, _)| l)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// `texts[i]` is the text of attachment i when it could be read.
pub fn choose_agenda(mail: &Mail, texts: &[Option<String>]) -> Option<Chosen> {
    let mut named: Option<Chosen> = None;
    let mut looks: Option<Chosen> = None;
    for (i, (a, text)) in mail.attachments.iter().zip(texts).enumerate() {
        let Some(text) = text else { continue };
        let parsed = parse_agenda(text);
        if parsed.items.is_empty() {
            continue;
        }
        let candidate = Chosen { source: AgendaSource::Attachment(i), text: text.clone(), parsed };
        let n = candidate.parsed.items.len();
        if fold(&a.name).contains("agenda") {
            if named.as_ref().is_none_or(|c| c.parsed.items.len() < n) {
                named = Some(candidate);
            }
        } else if reads_as_agenda(&candidate) && looks.as_ref().is_none_or(|c| c.parsed.items.len() < n) {
            looks = Some(candidate);
        }
    }
    if named.is_some() {
        return named;
    }
    if looks.is_some() {
        return looks;
    }
    let parsed = parse_agenda(&mail.text);
    (!parsed.items.is_empty()).then(|| Chosen { source: AgendaSource::Text, text: mail.text.clone(), parsed })
}

/// A paper not called "agenda" is one when its heading says so, or when its items carry treatments
/// ("Ter besluitvorming"); a cover note's numbered decision points do neither.
fn reads_as_agenda(c: &Chosen) -> bool {
    let items = &c.parsed.items;
    if items.len() < 2 {
        return false;
    }
    let heading = fold(&c.preamble());
    let with_treatment = items.iter().filter(|i| i.treatment.is_some()).count();
    heading.contains("agenda") || with_treatment * 2 >= items.len()
}
