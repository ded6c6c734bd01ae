//! An agenda file on its own (Word, PDF, web page, text), imported as a new meeting: a mail with only an
//! agenda. Body and date are proposed from its heading and text as for a mail, and `plan`/`apply` make the
//! meeting and its items (or add the items a meeting of that body and date does not have yet), so a file
//! and a mail become a meeting the same way.

use super::choose::{AgendaSource, Chosen};
use super::plan::MailParts;
use super::Mail;
use crate::import::agenda::parse_agenda;

/// The file's text as a mail without subject, sender or attachments whose agenda is the file itself;
/// `None` when the text holds no agenda items. `name` is the file's name as the user knows it.
pub fn agenda_file(name: &str, text: &str) -> Option<(Mail, MailParts)> {
    let text = crate::text::clean_text(text);
    let parsed = parse_agenda(&text);
    if parsed.items.is_empty() {
        return None;
    }
    let chosen = Chosen { source: AgendaSource::File(name.to_string()), text: text.clone(), parsed };
    let mail = Mail { text, ..Mail::default() };
    Some((mail, MailParts { texts: Vec::new(), chosen: Some(chosen) }))
}

#[cfg(test)]
mod tests {
    use super::agenda_file;
    use crate::store::Store;

    #[test]
    fn body_and_date_come_from_the_agendas_heading() {
        let text = "Agenda vergadering Algemeen Bestuur Veiligheidsregio Midden\n\nDatum: donderdag 29 oktober \
                    2026, 14.00 uur\n\n1. Opening\n2. Vaststellen van de agenda\n3. Rondvraag\n";
        let (mail, parts) = agenda_file("agenda.docx", text).expect("an agenda");
        let store = Store::open_in_memory().unwrap();
        assert_eq!(
            parts.propose_body(&store, &mail).unwrap().as_deref(),
            Some("Algemeen Bestuur Veiligheidsregio Midden")
        );
        assert_eq!(parts.propose_date(&mail).map(|d| d.iso()).as_deref(), Some("2026-10-29"));
        assert_eq!(parts.chosen.as_ref().unwrap().parsed.items.len(), 3);
    }

    #[test]
    fn what_is_not_said_is_not_guessed() {
        let (mail, parts) = agenda_file("a.txt", "1. Opening\n2. Rondvraag\n").unwrap();
        let store = Store::open_in_memory().unwrap();
        assert_eq!(parts.propose_body(&store, &mail).unwrap(), None);
        assert_eq!(parts.propose_date(&mail), None);
        assert!(agenda_file("brief.txt", "Beste collega,\n\ntot donderdag.\n").is_none());
    }
}
