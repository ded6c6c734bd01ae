//! What went where after a mail was imported, in the user's language: the command prints these lines on
//! stderr, the screen says them in its message (and the message log keeps them whole).

use super::choose::AgendaSource;
use super::message::SkipReason;
use super::place::Why;
use super::plan::{Applied, Paper, Plan};
use super::{Mail, MAX_ATTACHMENTS};
use crate::import::agenda::Warning;
use crate::locale::{Lang, Noun};
use crate::text::clean_line;

/// The lines of the report; the first says which meeting it was and what was added.
pub fn report(mail: &Mail, plan: &Plan, applied: &Applied, lang: Lang) -> Vec<String> {
    let nl = lang == Lang::Nl;
    let mut out = Vec::new();
    let new_items = &applied.result.items;
    let when = if nl { plan.date.dutch_long() } else { plan.date.english_long() };
    let added = lang.count(new_items.len(), Noun::Item);
    let body = &plan.body;
    out.push(match (plan.existing, nl) {
        (Some(_), true) => format!("aangevuld: de vergadering van {body} op {when} bestond al; nieuw: {added}"),
        (Some(_), false) => format!("added to the existing meeting of {body} on {when}; new: {added}"),
        (None, true) => format!("nieuwe vergadering: {body} op {when}, {added}"),
        (None, false) => format!("new meeting: {body} on {when}, {added}"),
    });
    if plan.existing.is_none() || !new_items.is_empty() {
        out.push(format!("{} {}", if nl { "agenda uit" } else { "agenda from" }, agenda_source(mail, plan, lang)));
        for w in notable_warnings(plan) {
            out.push(format!("  {}: {}", if nl { "let op" } else { "note" }, w.text(lang)));
        }
    }
    if !applied.paths.is_empty() {
        out.push(format!("{} {}", if nl { "opgeslagen in" } else { "saved in" }, plan.folder.path.display()));
    }
    let mut unplaced = Vec::new();
    for (p, path) in plan.papers.iter().zip(&applied.paths) {
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if plan.chosen.source != AgendaSource::Attachment(p.index)
            && !p.zip
            && plan.target(p.place).is_none()
            && p.replaces.is_none()
        {
            unplaced.push(file.to_string());
        }
        out.push(format!("  {}", paper_line(plan, p, file, lang)));
    }
    if !unplaced.is_empty() {
        out.push(format!(
            "{}: {}",
            if nl {
                "niet bij een punt geplaatst (verplaats ze in het documentenscherm)"
            } else {
                "not placed with an item (move them in the documents screen)"
            },
            unplaced.join(", ")
        ));
    }
    out.extend(after_papers(mail, plan, lang));
    if plan.papers.is_empty() && plan.moves.is_empty() && new_items.is_empty() && plan.existing.is_some() {
        let file = matches!(plan.chosen.source, AgendaSource::File(_));
        out.push(
            (match (file, nl) {
                (false, true) => "niets nieuws in deze mail",
                (false, false) => "nothing new in this mail",
                (true, true) => "niets nieuws in dit bestand",
                (true, false) => "nothing new in this file",
            })
            .to_string(),
        );
    }
    out
}

/// Where one paper goes: "Oplegger.docx → punt 2. Verslag (oplegger)", "memo.docx → bij de vergadering",
/// and what else there is to know of it; `file` is the name it is (or will be) saved under.
pub fn paper_line(plan: &Plan, p: &Paper, file: &str, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let role = if nl { p.role.dutch().to_lowercase() } else { p.role.english().to_lowercase() };
    let target = plan.target(p.place);
    let mut line = match (&target, nl) {
        (Some(t), true) => format!("{file} → punt {t} ({role})"),
        (Some(t), false) => format!("{file} → item {t} ({role})"),
        (None, true) => format!("{file} → bij de vergadering"),
        (None, false) => format!("{file} → with the meeting"),
    };
    if let Some((_, old)) = &p.replaces {
        line.push_str(&if nl {
            format!(", nieuwere versie van {old} (die neemt hij over)")
        } else {
            format!(", a newer version of {old} (takes its place)")
        });
    }
    if plan.chosen.source == AgendaSource::Attachment(p.index) {
        line.push_str(if nl { " — de agenda zelf" } else { " — the agenda itself" });
    } else if p.zip {
        line.push_str(zip_note(lang));
    }
    if let (Some(Why::Content), true) = (p.why, target.is_some()) {
        line.push_str(if nl { " (naar de inhoud)" } else { " (by its content)" });
    }
    if file != p.name {
        line.push_str(&if nl { format!(" [in de mail: {}]", p.name) } else { format!(" [in the mail: {}]", p.name) });
    }
    line
}

/// "de bijlage \"Agenda.docx\"" or "de tekst van de mail".
pub fn agenda_source(mail: &Mail, plan: &Plan, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match &plan.chosen.source {
        AgendaSource::Attachment(i) => {
            let name = mail.attachments.get(*i).map(|a| a.name.as_str()).unwrap_or_default();
            if nl {
                format!("de bijlage {name:?}")
            } else {
                format!("the attachment {name:?}")
            }
        }
        AgendaSource::Text => (if nl { "de tekst van de mail" } else { "the mail's text" }).to_string(),
        AgendaSource::File(name) => {
            if nl {
                format!("het bestand {name:?}")
            } else {
                format!("the file {name:?}")
            }
        }
    }
}

/// The reader's warnings worth saying: the heading above the items is where body and date were read, no
/// news to the user.
pub fn notable_warnings(plan: &Plan) -> impl Iterator<Item = &Warning> {
    plan.chosen.parsed.warnings.iter().filter(|w| !matches!(w, Warning::Preamble { .. }))
}

pub fn zip_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => " — een zip, niet uitgepakt: pak hem zelf uit en koppel de stukken in het documentenscherm",
        Lang::En => " — a zip, not unpacked: unpack it yourself and link the papers in the documents screen",
    }
}

/// Papers that move to their item, papers the meeting already has, and parts not saved, with why: the same
/// before the import (the screen) as after it.
pub fn after_papers(mail: &Mail, plan: &Plan, lang: Lang) -> Vec<String> {
    let nl = lang == Lang::Nl;
    let mut out = Vec::new();
    for m in &plan.moves {
        let target = plan.target(m.place).unwrap_or_default();
        out.push(if nl {
            format!("  {}: stond bij de vergadering, nu bij punt {target}", m.name)
        } else {
            format!("  {}: was with the meeting, now with item {target}", m.name)
        });
    }
    for (name, old) in &plan.already {
        out.push(format!(
            "  {name}: {} {old}",
            if nl {
                "al bij de vergadering, hetzelfde bestand als"
            } else {
                "already with the meeting, the same file as"
            }
        ));
    }
    for s in &mail.skipped {
        let name = clean_line(&s.name);
        let name = match (name.is_empty(), s.why, nl) {
            (true, SkipReason::BodyUnreadable, true) => "de tekst van de mail".to_string(),
            (true, SkipReason::BodyUnreadable, false) => "the mail's text".to_string(),
            (true, _, true) => "(zonder naam)".to_string(),
            (true, _, false) => "(no name)".to_string(),
            (false, ..) => name,
        };
        out.push(format!("  {name}: {}", skip_reason(s.why, lang)));
    }
    out
}

fn skip_reason(why: SkipReason, lang: Lang) -> String {
    use SkipReason::*;
    let nl = lang == Lang::Nl;
    match (why, nl) {
        (InlineImage, true) => "afbeelding in de tekst (handtekening), niet opgeslagen".to_string(),
        (InlineImage, false) => "picture in the text (signature), not saved".to_string(),
        (TooLarge { mb }, true) => format!("{mb} MB, te groot; niet opgeslagen: sla hem zo nodig zelf op uit de mail"),
        (TooLarge { mb }, false) => format!("{mb} MB, too large; not saved: save it from the mail yourself if needed"),
        (Empty, true) => "leeg, niet opgeslagen".to_string(),
        (Empty, false) => "empty, not saved".to_string(),
        (EmbeddedMsg, true) => "een bijgevoegd Outlook-bericht, niet gelezen: open het in Outlook".to_string(),
        (EmbeddedMsg, false) => "an attached Outlook message, not read: open it in Outlook".to_string(),
        (BodyUnreadable, true) => "in Outlooks gecomprimeerde RTF, niet te lezen: open de mail in Outlook en sla \
                                   hem op als .eml"
            .to_string(),
        (BodyUnreadable, false) => "in Outlook's compressed RTF, not readable: open the mail in Outlook and save \
                                    it as .eml"
            .to_string(),
        (TooMany, true) => format!("meer dan {MAX_ATTACHMENTS} bijlagen: deze is niet opgeslagen"),
        (TooMany, false) => format!("more than {MAX_ATTACHMENTS} attachments: this one is not saved"),
        (Tnef, true) => "Outlooks eigen verpakking (winmail.dat), niet te lezen: vraag de afzender de stukken als \
                         gewone bijlagen te sturen, of sla ze op vanuit Outlook"
            .to_string(),
        (Tnef, false) => "Outlook's own wrapping (winmail.dat), not readable: ask the sender for ordinary \
                          attachments, or save them from Outlook"
            .to_string(),
    }
}
