//! `import mail`: a saved e-mail becomes a meeting (or adds to the one it is for): the agenda its items,
//! the other attachments saved and linked to their items. stdout gets the meeting's id, stderr what went
//! where. Files first, then one transaction; when the transaction fails the files are removed again.

use super::io_err;
use super::mail_files::{self, Folder};
use crate::dates::Date;
use crate::domain::{DocRole, DocSource, DocumentId, ItemId, MeetingDraft, MeetingId};
use crate::error::{Error, Result};
use crate::history::versions::version_key;
use crate::import::agenda::{ParsedAgenda, Warning};
use crate::import::mail::choose::{choose_agenda, AgendaSource, Chosen};
use crate::import::mail::message::Attachment;
use crate::import::mail::names::safe_file_name;
use crate::import::mail::place::{place, role_from_name, same_item, ItemRef, Why};
use crate::import::mail::propose::{bare_subject, find_body, find_date, meeting_lines, parse_user_date};
use crate::import::mail::text::{attachment_text, is_plain_zip};
use crate::import::mail::{read_mail, Mail, MAX_ATTACHMENTS, MAX_MAIL_BYTES};
use crate::locale::{Lang, Noun};
use crate::store::{MailImport, MailMeeting, PaperLink, PaperPlace, Store};
use crate::text::clean_line;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub struct Options<'a> {
    pub body: Option<&'a str>,
    pub date: Option<&'a str>,
    pub into: Option<&'a Path>,
}

/// One paper of the mail and what becomes of it.
struct Paper {
    index: usize,
    name: String,
    place: PaperPlace,
    role: DocRole,
    replaces: Option<(DocumentId, String)>,
    why: Option<Why>,
    /// Saved as it came: a zip is not unpacked.
    zip: bool,
}

/// A paper already linked in the meeting.
struct Known {
    id: DocumentId,
    name: String,
    sha256: String,
    place: PaperPlace,
}

/// The mail in the file, or why it is none; read before the database is opened.
pub fn read(file: &Path, lang: Lang) -> Result<Mail> {
    let bytes = read_file(file, lang == Lang::Nl)?;
    read_mail(&bytes).map_err(|e| Error::invalid(format!("{}: {}", file.display(), e.text(lang))))
}

pub fn run(store: &mut Store, file: &Path, mail: &Mail, opts: &Options, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let nl = lang == Lang::Nl;
    let texts: Vec<Option<String>> = mail.attachments.iter().map(attachment_text).collect();
    let chosen = choose_agenda(mail, &texts);
    let body = body_of(store, mail, chosen.as_ref(), opts.body, nl)?;
    let date = date_of(mail, chosen.as_ref(), opts.date, nl)?;
    let existing = existing_meeting(store, &body, date)?;
    let Some(chosen) = chosen.or_else(|| existing.map(|_| empty_agenda())) else {
        return Err(Error::invalid(if nl {
            format!(
                "{}: in de mail staat geen agenda (geen bijlage met 'agenda' in de naam, geen genummerde punten \
                 zoals \"1. Opening\" in een bijlage of in de tekst); er is niets geïmporteerd",
                file.display()
            )
        } else {
            format!(
                "{}: the mail holds no agenda (no attachment named 'agenda', no numbered items such as \
                 \"1. Opening\" in an attachment or the text); nothing was imported",
                file.display()
            )
        }));
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
    let mut to_add = ParsedAgenda { parts: chosen.parsed.parts.clone(), ..ParsedAgenda::default() };
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
    let mut moves: Vec<(DocumentId, PaperPlace, DocRole, String)> = Vec::new();
    for (index, a) in mail.attachments.iter().enumerate() {
        let fallback = format!("bijlage {}{}", index + 1, extension_for(a));
        let name = safe_file_name(&a.name, &fallback);
        let sha = hex(&Sha256::digest(&a.bytes));
        if let Some(k) = known_docs.iter().find(|k| k.sha256 == sha) {
            // Sent again once its item is on the agenda (an addition to the agenda): it moves there.
            let now_placed = (k.place == PaperPlace::Meeting && !is_plain_zip(a))
                .then(|| place(&name, texts[index].as_deref(), &item_refs, &body))
                .flatten();
            match now_placed {
                Some((i, _)) => moves.push((k.id, refs[i].1, role_from_name(&k.name), k.name.clone())),
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

    let folder = mail_files::folder_for(store, opts.into, &body, date, nl)?;
    let saved =
        mail_files::save(&folder, papers.iter().map(|p| (p.name.as_str(), &mail.attachments[p.index].bytes)), nl)?;
    let source = DocSource {
        sender: clean_line(&mail.sender),
        sent: mail.sent.map(Date::iso).unwrap_or_default(),
        subject: clean_line(&mail.subject),
    };
    let import = MailImport {
        meeting: match existing {
            Some(m) => MailMeeting::Existing(m),
            None => MailMeeting::New(MeetingDraft {
                body: body.clone(),
                date: date.iso(),
                title: String::new(),
                ..MeetingDraft::default()
            }),
        },
        agenda: crate::import::agenda_draft(&to_add),
        papers: papers
            .iter()
            .zip(&saved.paths)
            .map(|(p, path)| PaperLink {
                path: path.clone(),
                place: p.place,
                role: p.role,
                replaces: p.replaces.as_ref().map(|(id, _)| *id),
            })
            .collect(),
        moves: moves.iter().map(|(id, place, role, _)| (*id, *place, *role)).collect(),
        source,
    };
    let result = match store.import_mail(&import) {
        Ok(r) => r,
        Err(e) => {
            saved.remove();
            return Err(e);
        }
    };
    writeln!(out, "{}", result.meeting).map_err(io_err)?;
    // New items are numbered by their place on the agenda now, not as the mail numbered them.
    if let Ok(agenda) = store.agenda(result.meeting) {
        for (r, place) in refs.iter_mut() {
            if let PaperPlace::NewItem(i) = place {
                if let Some(item) = result.items.get(*i).and_then(|id| agenda.iter().find(|a| a.id == *id)) {
                    r.number = item.number.clone();
                }
            }
        }
    }
    let mut err = std::io::stderr().lock();
    let report = Report {
        nl,
        body: &body,
        date,
        existing,
        chosen: &chosen,
        mail,
        folder: &folder,
        papers: &papers,
        paths: &saved.paths,
        already: &already,
        moves: &moves,
        refs: &refs,
        new_items: &result.items,
    };
    let _ = report.write(&mut err);
    Ok(())
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

fn read_file(file: &Path, nl: bool) -> Result<Vec<u8>> {
    let cannot = |e| Error::io(format!("{} {}", if nl { "kan niet lezen:" } else { "cannot read" }, file.display()), e);
    let handle = std::fs::File::open(file).map_err(cannot)?;
    let meta = handle.metadata().map_err(cannot)?;
    if meta.is_dir() {
        return Err(Error::invalid(if nl {
            format!("{} is een map; geef het bestand van de mail (.eml of .msg)", file.display())
        } else {
            format!("{} is a folder; give the mail's file (.eml or .msg)", file.display())
        }));
    }
    if meta.len() > MAX_MAIL_BYTES {
        return Err(Error::invalid(if nl {
            format!(
                "{} is {} MB; een mail van meer dan {} MB wordt niet gelezen (er is niets geïmporteerd)",
                file.display(),
                meta.len() >> 20,
                MAX_MAIL_BYTES >> 20
            )
        } else {
            format!(
                "{} is {} MB; a mail over {} MB is not read (nothing was imported)",
                file.display(),
                meta.len() >> 20,
                MAX_MAIL_BYTES >> 20
            )
        }));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    handle.take(MAX_MAIL_BYTES + 1).read_to_end(&mut bytes).map_err(cannot)?;
    Ok(bytes)
}

fn body_of(store: &Store, mail: &Mail, chosen: Option<&Chosen>, given: Option<&str>, nl: bool) -> Result<String> {
    if let Some(b) = given {
        let b = clean_line(b);
        if b.is_empty() {
            return Err(Error::invalid(if nl {
                "--body is leeg; geef de naam van het gremium"
            } else {
                "--body is empty; give the body's name"
            }));
        }
        return Ok(b);
    }
    let known: Vec<String> = store.bodies()?.into_iter().map(|b| b.name).collect();
    let preamble = chosen.map(Chosen::preamble).unwrap_or_default();
    find_body(bare_subject(&mail.subject), &known)
        .or_else(|| find_body(&preamble, &known))
        .or_else(|| find_body(&meeting_lines(&mail.text, 30), &known))
        .map(|b| clean_line(&b))
        .filter(|b| !b.is_empty())
        .ok_or_else(|| {
            Error::invalid(if nl {
                format!(
                    "uit de mail (onderwerp {:?}) is niet op te maken voor welk gremium de vergadering is; \
                     geef het met --body NAAM (bijvoorbeeld --body \"Stuurgroep MIT\"); er is niets geïmporteerd",
                    mail.subject
                )
            } else {
                format!(
                    "the mail (subject {:?}) does not say which body the meeting is of; give it with --body NAME \
                     (for example --body \"Stuurgroep MIT\"); nothing was imported",
                    mail.subject
                )
            })
        })
}

fn date_of(mail: &Mail, chosen: Option<&Chosen>, given: Option<&str>, nl: bool) -> Result<Date> {
    if let Some(d) = given {
        return parse_user_date(d).ok_or_else(|| {
            Error::invalid(if nl {
                format!(
                    "--date {d:?} is geen datum; schrijf bijvoorbeeld 2026-12-10, 10-12-2026 of \"10 december 2026\""
                )
            } else {
                format!("--date {d:?} is not a date; write for example 2026-12-10, 10-12-2026 or \"10 december 2026\"")
            })
        });
    }
    let preamble = chosen.map(Chosen::preamble).unwrap_or_default();
    find_date(bare_subject(&mail.subject), mail.sent)
        .or_else(|| find_date(&preamble, mail.sent))
        .or_else(|| find_date(&meeting_lines(&mail.text, 30), mail.sent))
        .ok_or_else(|| {
            Error::invalid(if nl {
                format!(
                    "uit de mail (onderwerp {:?}) is de datum van de vergadering niet op te maken; geef hem met \
                     --date DATUM (bijvoorbeeld --date 2026-12-10); er is niets geïmporteerd",
                    mail.subject
                )
            } else {
                format!(
                    "the mail (subject {:?}) does not give the meeting's date; give it with --date DATE \
                     (for example --date 2026-12-10); nothing was imported",
                    mail.subject
                )
            })
        })
}

/// The body's meeting on that date, the latest made when there are several.
fn existing_meeting(store: &Store, body: &str, date: Date) -> Result<Option<MeetingId>> {
    let Some(b) = store.body_by_name(body)? else { return Ok(None) };
    let iso = date.iso();
    Ok(store.meetings_of_body(b.id)?.into_iter().filter(|m| m.date == iso).map(|m| m.id).max_by_key(|m| m.0))
}

struct Report<'a> {
    nl: bool,
    body: &'a str,
    date: Date,
    existing: Option<MeetingId>,
    chosen: &'a Chosen,
    mail: &'a Mail,
    folder: &'a Folder,
    papers: &'a [Paper],
    paths: &'a [PathBuf],
    /// (name in the mail, the known paper with the same bytes)
    already: &'a [(String, String)],
    moves: &'a [(DocumentId, PaperPlace, DocRole, String)],
    refs: &'a [(ItemRef, PaperPlace)],
    new_items: &'a [ItemId],
}

impl Report<'_> {
    fn write(&self, err: &mut dyn Write) -> std::io::Result<()> {
        let nl = self.nl;
        let (papers, paths, already, moves, refs, new_items) =
            (self.papers, self.paths, self.already, self.moves, self.refs, self.new_items);
        let when = if nl { self.date.dutch_long() } else { self.date.english_long() };
        let added = if nl { Lang::Nl } else { Lang::En }.count(new_items.len(), Noun::Item);
        match (self.existing, nl) {
            (Some(_), true) => {
                writeln!(err, "aangevuld: de vergadering van {} op {when} bestond al; nieuw: {added}", self.body)?
            }
            (Some(_), false) => {
                writeln!(err, "added to the existing meeting of {} on {when}; new: {added}", self.body)?
            }
            (None, true) => writeln!(err, "nieuwe vergadering: {} op {when}, {added}", self.body)?,
            (None, false) => writeln!(err, "new meeting: {} on {when}, {added}", self.body)?,
        }
        if self.existing.is_none() || !new_items.is_empty() {
            let from = match self.chosen.source {
                AgendaSource::Attachment(i) => {
                    let name = &self.mail.attachments[i].name;
                    if nl {
                        format!("de bijlage {name:?}")
                    } else {
                        format!("the attachment {name:?}")
                    }
                }
                AgendaSource::Text => (if nl { "de tekst van de mail" } else { "the mail's text" }).to_string(),
            };
            writeln!(err, "{} {from}", if nl { "agenda uit" } else { "agenda from" })?;
            let lang = if nl { Lang::Nl } else { Lang::En };
            // The heading above the items is where body and date were read: no news to the user.
            for w in self.chosen.parsed.warnings.iter().filter(|w| !matches!(w, Warning::Preamble { .. })) {
                writeln!(err, "  {}: {}", if nl { "let op" } else { "note" }, w.text(lang))?;
            }
        }
        if !paths.is_empty() {
            writeln!(err, "{} {}", if nl { "opgeslagen in" } else { "saved in" }, self.folder.path.display())?;
        }
        let mut unplaced = Vec::new();
        for (p, path) in papers.iter().zip(paths) {
            let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let role = if nl { p.role.dutch().to_lowercase() } else { p.role.english().to_lowercase() };
            let target = match p.place {
                PaperPlace::Meeting => None,
                place => refs.iter().find(|(_, pl)| *pl == place).map(|(r, _)| format!("{}. {}", r.number, r.title)),
            };
            let mut line = match (&target, nl) {
                (Some(t), true) => format!("  {file} → punt {t} ({role})"),
                (Some(t), false) => format!("  {file} → item {t} ({role})"),
                (None, true) => format!("  {file} → bij de vergadering"),
                (None, false) => format!("  {file} → with the meeting"),
            };
            if let Some((_, old)) = &p.replaces {
                line.push_str(&if nl {
                    format!(", nieuwere versie van {old} (die neemt hij over)")
                } else {
                    format!(", a newer version of {old} (takes its place)")
                });
            }
            if self.chosen.source == AgendaSource::Attachment(p.index) {
                line.push_str(if nl { " — de agenda zelf" } else { " — the agenda itself" });
            } else if p.zip {
                line.push_str(if nl {
                    " — een zip, niet uitgepakt: pak hem zelf uit en koppel de stukken in het documentenscherm"
                } else {
                    " — a zip, not unpacked: unpack it yourself and link the papers in the documents screen"
                });
            } else if target.is_none() && p.replaces.is_none() {
                unplaced.push(file.to_string());
            }
            if let (Some(Why::Content), true) = (p.why, target.is_some()) {
                line.push_str(if nl { " (naar de inhoud)" } else { " (by its content)" });
            }
            if file != p.name {
                line.push_str(&if nl {
                    format!(" [in de mail: {}]", p.name)
                } else {
                    format!(" [in the mail: {}]", p.name)
                });
            }
            writeln!(err, "{line}")?;
        }
        if !unplaced.is_empty() {
            writeln!(
                err,
                "{}: {}",
                if nl {
                    "niet bij een punt geplaatst (verplaats ze in het documentenscherm)"
                } else {
                    "not placed with an item (move them in the documents screen)"
                },
                unplaced.join(", ")
            )?;
        }
        for (_, place, _, name) in moves {
            let target = refs.iter().find(|(_, pl)| pl == place).map(|(r, _)| format!("{}. {}", r.number, r.title));
            let target = target.unwrap_or_default();
            if nl {
                writeln!(err, "  {name}: stond bij de vergadering, nu bij punt {target}")?;
            } else {
                writeln!(err, "  {name}: was with the meeting, now with item {target}")?;
            }
        }
        for (name, old) in already {
            writeln!(
                err,
                "  {name}: {} {old}",
                if nl {
                    "al bij de vergadering, hetzelfde bestand als"
                } else {
                    "already with the meeting, the same file as"
                }
            )?;
        }
        for s in &self.mail.skipped {
            use crate::import::mail::message::SkipReason::*;
            let name = clean_line(&s.name);
            let name =
                if name.is_empty() { (if nl { "(zonder naam)" } else { "(no name)" }).to_string() } else { name };
            let why = match (s.why, nl) {
                (InlineImage, true) => "afbeelding in de tekst (handtekening), niet opgeslagen".to_string(),
                (InlineImage, false) => "picture in the text (signature), not saved".to_string(),
                (TooLarge { mb }, true) => {
                    format!("{mb} MB, te groot; niet opgeslagen: sla hem zo nodig zelf op uit de mail")
                }
                (TooLarge { mb }, false) => {
                    format!("{mb} MB, too large; not saved: save it from the mail yourself if needed")
                }
                (Empty, true) => "leeg, niet opgeslagen".to_string(),
                (Empty, false) => "empty, not saved".to_string(),
                (EmbeddedMsg, true) => "een bijgevoegd Outlook-bericht, niet gelezen: open het in Outlook".to_string(),
                (EmbeddedMsg, false) => "an attached Outlook message, not read: open it in Outlook".to_string(),
                (TooMany, true) => format!("meer dan {MAX_ATTACHMENTS} bijlagen: deze is niet opgeslagen"),
                (TooMany, false) => format!("more than {MAX_ATTACHMENTS} attachments: this one is not saved"),
                (Tnef, true) => "Outlooks eigen verpakking (winmail.dat), niet te lezen: vraag de afzender de stukken \
                                 als gewone bijlagen te sturen, of sla ze op vanuit Outlook"
                    .to_string(),
                (Tnef, false) => "Outlook's own wrapping (winmail.dat), not readable: ask the sender for ordinary \
                                  attachments, or save them from Outlook"
                    .to_string(),
            };
            writeln!(err, "  {name}: {why}")?;
        }
        if papers.is_empty() && moves.is_empty() && new_items.is_empty() && self.existing.is_some() {
            writeln!(err, "{}", if nl { "niets nieuws in deze mail" } else { "nothing new in this mail" })?;
        }
        Ok(())
    }
}
