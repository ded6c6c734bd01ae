//! What a mail becomes, worked out before anything is written (`plan`), and then written (`apply`): the
//! papers saved, then one transaction; when the transaction fails the files are removed again. The command
//! (`cli::import_mail`) and the screen (`tui::screens::mail_import`) both call these two, so the screen
//! shows exactly what the command does.

use super::choose::{choose_agenda, AgendaSource, Chosen};
use super::files::{self, Folder};
use super::message::Attachment;
use super::names::safe_file_name;
use super::place::{place, role_from_name, same_item, ItemRef, Why};
use super::propose::{bare_subject, find_body, find_date, meeting_lines};
use super::text::{attachment_text, is_plain_zip};
use super::Mail;
use crate::dates::Date;
use crate::domain::{DocRole, DocSource, DocumentId, MeetingDraft, MeetingId};
use crate::error::{Error, Result};
use crate::history::versions::version_key;
use crate::import::agenda::ParsedAgenda;
use crate::locale::Lang;
use crate::store::{MailImport, MailImported, MailMeeting, PaperLink, PaperPlace, Store};
use crate::text::clean_line;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What was read of the mail's parts: the text of each attachment and the agenda chosen. Reading the
/// attachments (Word, PDF) is the slow part, so it is done once, whatever body and date become.
#[derive(Debug, Clone)]
pub struct MailParts {
    pub texts: Vec<Option<String>>,
    pub chosen: Option<Chosen>,
}

impl MailParts {
    pub fn read(mail: &Mail) -> MailParts {
        let texts: Vec<Option<String>> = mail.attachments.iter().map(attachment_text).collect();
        let chosen = choose_agenda(mail, &texts);
        MailParts { texts, chosen }
    }

    /// The body the mail is for, from its subject, the agenda's heading or its text, among the known
    /// bodies first.
    pub fn propose_body(&self, store: &Store, mail: &Mail) -> Result<Option<String>> {
        let known: Vec<String> = store.bodies()?.into_iter().map(|b| b.name).collect();
        let preamble = self.chosen.as_ref().map(Chosen::preamble).unwrap_or_default();
        Ok(find_body(bare_subject(&mail.subject), &known)
            .or_else(|| find_body(&preamble, &known))
            .or_else(|| find_body(&meeting_lines(&mail.text, 30), &known))
            .map(|b| clean_line(&b))
            .filter(|b| !b.is_empty()))
    }

    /// The meeting's date, from the same places (a date without a year counts from the day it was sent).
    pub fn propose_date(&self, mail: &Mail) -> Option<Date> {
        let preamble = self.chosen.as_ref().map(Chosen::preamble).unwrap_or_default();
        find_date(bare_subject(&mail.subject), mail.sent)
            .or_else(|| find_date(&preamble, mail.sent))
            .or_else(|| find_date(&meeting_lines(&mail.text, 30), mail.sent))
    }
}

/// One paper of the mail and what becomes of it.
#[derive(Debug, Clone)]
pub struct Paper {
    /// Its attachment in the mail.
    pub index: usize,
    /// The safe name it is saved under (before a suffix for a name already taken in the folder).
    pub name: String,
    pub place: PaperPlace,
    pub role: DocRole,
    /// The meeting's paper this is a newer version of (its id and file name).
    pub replaces: Option<(DocumentId, String)>,
    pub why: Option<Why>,
    /// Saved as it came: a zip is not unpacked.
    pub zip: bool,
}

/// A paper already with the meeting that now moves to its item.
#[derive(Debug, Clone)]
pub struct Move {
    pub id: DocumentId,
    pub place: PaperPlace,
    pub role: DocRole,
    pub name: String,
}

/// A paper already linked in the meeting.
struct Known {
    id: DocumentId,
    name: String,
    sha256: String,
    place: PaperPlace,
}

/// Everything the import will do, nothing done yet.
#[derive(Debug, Clone)]
pub struct Plan {
    pub body: String,
    pub date: Date,
    /// The meeting this mail adds to; `None`: a new one.
    pub existing: Option<MeetingId>,
    pub chosen: Chosen,
    /// The items not on the meeting yet (all of them for a new meeting).
    pub to_add: ParsedAgenda,
    /// The meeting's items and the new ones, with where a paper for them goes.
    pub refs: Vec<(ItemRef, PaperPlace)>,
    pub papers: Vec<Paper>,
    /// (name in the mail, the known paper with the same bytes)
    pub already: Vec<(String, String)>,
    pub moves: Vec<Move>,
    pub folder: Folder,
}

/// What was written.
#[derive(Debug, Clone)]
pub struct Applied {
    pub result: MailImported,
    /// Where each of the plan's papers was saved, in its order.
    pub paths: Vec<PathBuf>,
}

/// Why a plan cannot be made, as the caller says it (the command and the screen give different advice).
#[derive(Debug)]
pub enum PlanError {
    /// No attachment or text reads as an agenda, and no meeting exists to add papers to. `text_unread`:
    /// the message text itself could not be read (Outlook's compressed RTF, damaged).
    NoAgenda {
        text_unread: bool,
    },
    Other(Error),
}

impl From<Error> for PlanError {
    fn from(e: Error) -> Self {
        PlanError::Other(e)
    }
}

impl PlanError {
    /// One sentence in the user's language; `file` names the mail.
    pub fn into_error(self, file: &Path, lang: Lang) -> Error {
        match self {
            PlanError::Other(e) => e,
            PlanError::NoAgenda { text_unread: true } => Error::invalid(match lang {
                Lang::Nl => format!(
                    "{}: de tekst van de mail staat alleen in Outlooks gecomprimeerde RTF en die is niet te lezen, en \
                     geen bijlage is een agenda; open de mail in Outlook en sla hem op als .eml; er is niets \
                     geïmporteerd",
                    file.display()
                ),
                Lang::En => format!(
                    "{}: the mail's text is only in Outlook's compressed RTF, which cannot be read, and no attachment \
                     is an agenda; open the mail in Outlook and save it as .eml; nothing was imported",
                    file.display()
                ),
            }),
            PlanError::NoAgenda { text_unread: false } => Error::invalid(match lang {
                Lang::Nl => format!(
                    "{}: in de mail staat geen agenda (geen bijlage met 'agenda' in de naam, geen genummerde punten \
                     zoals \"1. Opening\" in een bijlage of in de tekst); er is niets geïmporteerd",
                    file.display()
                ),
                Lang::En => format!(
                    "{}: the mail holds no agenda (no attachment named 'agenda', no numbered items such as \
                     \"1. Opening\" in an attachment or the text); nothing was imported",
                    file.display()
                ),
            }),
        }
    }
}

/// The body's meeting on that date, the latest made when there are several.
pub fn existing_meeting(store: &Store, body: &str, date: Date) -> Result<Option<MeetingId>> {
    let Some(b) = store.body_by_name(body)? else { return Ok(None) };
    let iso = date.iso();
    Ok(store.meetings_of_body(b.id)?.into_iter().filter(|m| m.date == iso).map(|m| m.id).max_by_key(|m| m.0))
}

/// Works out what the mail becomes for this body and date; reads the store, writes nothing.
pub fn plan(
    store: &Store,
    mail: &Mail,
    parts: &MailParts,
    body: &str,
    date: Date,
    into: Option<&Path>,
    lang: Lang,
) -> std::result::Result<Plan, PlanError> {
    let nl = lang == Lang::Nl;
    let body = clean_line(body);
    let texts = &parts.texts;
    let existing = existing_meeting(store, &body, date)?;
    let chosen = match (&parts.chosen, existing) {
        (Some(c), _) => c.clone(),
        (None, Some(_)) => empty_agenda(),
        (None, None) => {
            let text_unread = mail.skipped.iter().any(|s| s.why == super::message::SkipReason::BodyUnreadable);
            return Err(PlanError::NoAgenda { text_unread });
        }
    };

    // Items: all of the agenda for a new meeting; for a known one only those it does not have yet.
    let mut refs: Vec<(ItemRef, PaperPlace)> = Vec::new();
    let mut known_docs: Vec<Known> = Vec::new();
    if let Some(m) = existing {
        for item in store.agenda(m)? {
            refs.push((ItemRef { number: item.number.clone(), title: item.title.clone() }, PaperPlace::Item(item.id)));
            for d in store.item_documents(item.id)? {
                known_docs.push(known(&d.document, PaperPlace::Item(item.id)));
            }
        }
        for d in store.meeting_documents(m)? {
            known_docs.push(known(&d.document, PaperPlace::Meeting));
        }
    }
    // The agenda's own numbering ("3a") goes with it: the store keeps it for a meeting that is all this agenda.
    let mut to_add = ParsedAgenda {
        parts: chosen.parsed.parts.clone(),
        numbering: chosen.parsed.numbering.clone(),
        ..ParsedAgenda::default()
    };
    for item in &chosen.parsed.items {
        let r = ItemRef { number: item.number.clone(), title: item.title.clone() };
        if refs.iter().any(|(k, _)| same_item(k, &r)) {
            continue;
        }
        refs.push((r, PaperPlace::NewItem(to_add.items.len())));
        to_add.items.push(item.clone());
    }

    let item_refs: Vec<ItemRef> = refs.iter().map(|(r, _)| r.clone()).collect();
    let mut papers = Vec::new();
    let mut already = Vec::new();
    let mut moves = Vec::new();
    // The same file attached twice to one mail is one paper: saved and linked once.
    let mut in_this_mail: Vec<(String, String)> = Vec::new();
    for (index, a) in mail.attachments.iter().enumerate() {
        let fallback = format!("bijlage {}{}", index + 1, extension_for(a));
        let name = safe_file_name(&a.name, &fallback);
        let sha = hex(&Sha256::digest(&a.bytes));
        if let Some((_, first)) = in_this_mail.iter().find(|(s, _)| *s == sha) {
            already.push((name, first.clone()));
            continue;
        }
        in_this_mail.push((sha.clone(), name.clone()));
        if let Some(k) = known_docs.iter().find(|k| k.sha256 == sha) {
            // Sent again once its item is on the agenda (an addition to the agenda): it moves there.
            let now_placed = (k.place == PaperPlace::Meeting && !is_plain_zip(a))
                .then(|| place(&name, texts[index].as_deref(), &item_refs, &body))
                .flatten();
            match now_placed {
                Some((i, _)) => {
                    moves.push(Move { id: k.id, place: refs[i].1, role: role_from_name(&k.name), name: k.name.clone() })
                }
                None => already.push((name, k.name.clone())),
            }
            continue;
        }
        if chosen.source == AgendaSource::Attachment(index) {
            // The agenda itself stays with the meeting; a new version of it takes the old one's place.
            let old = older_version(&name, &known_docs);
            let (place, replaces) = match old {
                Some(k) => (k.place, Some((k.id, k.name.clone()))),
                None => (PaperPlace::Meeting, None),
            };
            papers.push(Paper { index, name, place, role: DocRole::Bijlage, replaces, why: None, zip: false });
            continue;
        }
        let role = role_from_name(&name);
        let zip = is_plain_zip(a);
        // A newer version goes where the older one is (the store puts it in its place, with its role).
        if let Some(old) = older_version(&name, &known_docs) {
            let replaces = Some((old.id, old.name.clone()));
            papers.push(Paper { index, name, place: old.place, role, replaces, why: None, zip });
            continue;
        }
        let placed = if zip { None } else { place(&name, texts[index].as_deref(), &item_refs, &body) };
        let (place_to, why) = match placed {
            Some((i, why)) => (refs[i].1, Some(why)),
            None => (PaperPlace::Meeting, None),
        };
        papers.push(Paper { index, name, place: place_to, role, replaces: None, why, zip });
    }

    let folder = files::folder_for(store, into, &body, date, nl)?;
    Ok(Plan { body, date, existing, chosen, to_add, refs, papers, already, moves, folder })
}

/// Writes the plan: the papers into the folder, then the meeting, items and links in one transaction.
/// All or nothing: when the transaction fails the saved files are removed again.
pub fn apply(store: &mut Store, mail: &Mail, plan: &mut Plan, lang: Lang) -> Result<Applied> {
    let nl = lang == Lang::Nl;
    let saved =
        files::save(&plan.folder, plan.papers.iter().map(|p| (p.name.as_str(), &mail.attachments[p.index].bytes)), nl)?;
    let source = DocSource {
        sender: clean_line(&mail.sender),
        sent: mail.sent.map(Date::iso).unwrap_or_default(),
        subject: clean_line(&mail.subject),
    };
    let import = MailImport {
        meeting: match plan.existing {
            Some(m) => MailMeeting::Existing(m),
            None => MailMeeting::New(MeetingDraft {
                body: plan.body.clone(),
                date: plan.date.iso(),
                title: String::new(),
                ..MeetingDraft::default()
            }),
        },
        agenda: crate::import::agenda_draft(&plan.to_add),
        papers: plan
            .papers
            .iter()
            .zip(&saved.paths)
            .map(|(p, path)| PaperLink {
                path: path.clone(),
                place: p.place,
                role: p.role,
                replaces: p.replaces.as_ref().map(|(id, _)| *id),
            })
            .collect(),
        moves: plan.moves.iter().map(|m| (m.id, m.place, m.role)).collect(),
        source,
    };
    let result = match store.import_mail(&import) {
        Ok(r) => r,
        Err(e) => {
            saved.remove();
            return Err(e);
        }
    };
    // New items are numbered by their place on the agenda now, not as the mail numbered them.
    if let Ok(agenda) = store.agenda(result.meeting) {
        for (r, place) in plan.refs.iter_mut() {
            if let PaperPlace::NewItem(i) = place {
                if let Some(item) = result.items.get(*i).and_then(|id| agenda.iter().find(|a| a.id == *id)) {
                    r.number = item.number.clone();
                }
            }
        }
    }
    Ok(Applied { result, paths: saved.paths.clone() })
}

impl Plan {
    /// "3. Verslag" for a paper's place, `None` for the meeting as a whole.
    pub fn target(&self, place: PaperPlace) -> Option<String> {
        match place {
            PaperPlace::Meeting => None,
            place => self.refs.iter().find(|(_, pl)| *pl == place).map(|(r, _)| format!("{}. {}", r.number, r.title)),
        }
    }
}

fn known(d: &crate::domain::Document, place: PaperPlace) -> Known {
    let name = Path::new(&d.path).file_name().and_then(|n| n.to_str()).unwrap_or(&d.path).to_string();
    Known { id: d.id, name, sha256: d.sha256.clone(), place }
}

fn empty_agenda() -> Chosen {
    Chosen { source: AgendaSource::Text, text: String::new(), parsed: ParsedAgenda::default() }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// ".pdf" for a nameless PDF part, so that the saved file opens with the right program.
fn extension_for(a: &Attachment) -> &'static str {
    match a.content_type.as_str() {
        "application/pdf" => ".pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "text/plain" => ".txt",
        "text/html" => ".html",
        "application/zip" | "application/x-zip-compressed" => ".zip",
        _ => "",
    }
}

/// The newest paper of the meeting that this name is a later version of.
fn older_version<'a>(name: &str, known: &'a [Known]) -> Option<&'a Known> {
    let key = version_key(name)?;
    known
        .iter()
        .filter_map(|k| version_key(&k.name).map(|kk| (k, kk)))
        .filter(|(_, kk)| key.is_newer_than(kk))
        .max_by(|(_, a), (_, b)| a.version.cmp(&b.version))
        .map(|(k, _)| k)
}
