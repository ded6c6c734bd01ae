//! `meetings` and `show`: the data as text for people or JSON for scripts.

use super::{io_err, write_json};
use crate::dates::Date;
use crate::domain::{MeetingId, MeetingRecord, MeetingSummary};
use crate::error::Result;
use crate::locale::{CliWord, Lang, Noun};
use crate::store::{Attention, Store};
use std::io::Write;

/// One line of `meetings --json`: the summary, with what needs attention before the meeting.
#[derive(serde::Serialize)]
struct Listed {
    #[serde(flatten)]
    summary: MeetingSummary,
    attention: Vec<Attention>,
}

/// The meetings, the next one first, then later ones, then the past ones newest first; with their status
/// and what needs attention.
pub fn meetings(store: &Store, json: bool, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let today = Date::today();
    let list = store.meetings_upcoming_first(today)?;
    let listed: Vec<Listed> = list
        .into_iter()
        .map(|summary| Ok(Listed { attention: store.attention(summary.id, today)?, summary }))
        .collect::<Result<_>>()?;
    if json {
        return write_json(out, &listed);
    }
    if listed.is_empty() {
        writeln!(out, "{}", lang.cli(CliWord::NoMeetingsYet)).map_err(io_err)?;
        return Ok(());
    }
    let width = |f: &dyn Fn(&MeetingSummary) -> usize, head: CliWord| {
        listed.iter().map(|l| f(&l.summary)).max().unwrap_or(0).max(lang.cli(head).chars().count())
    };
    let body_w = width(&|m| m.body.chars().count(), CliWord::ColBody);
    let title_w = width(&|m| m.title.chars().count(), CliWord::ColTitle);
    let items_w = width(&|m| m.items.to_string().len(), CliWord::ColItems);
    let status_w = width(&|m| lang.status(m.status).chars().count(), CliWord::ColStatus);
    let row = |id: &str, body: &str, date: &str, title: &str, items: &str, status: &str, marks: &str| {
        format!(
            "{id:>4}  {body:<body_w$}  {date:<10}  {title:<title_w$}  {items:>items_w$}  {status:<status_w$}  {marks}"
        )
        .trim_end()
        .to_string()
    };
    let head = row(
        lang.cli(CliWord::ColId),
        lang.cli(CliWord::ColBody),
        lang.cli(CliWord::ColDate),
        lang.cli(CliWord::ColTitle),
        lang.cli(CliWord::ColItems),
        lang.cli(CliWord::ColStatus),
        "",
    );
    writeln!(out, "{head}").map_err(io_err)?;
    for l in &listed {
        let m = &l.summary;
        let marks = attention_words(&l.attention, lang);
        let line =
            row(&m.id.0.to_string(), &m.body, &m.date, &m.title, &m.items.to_string(), lang.status(m.status), &marks);
        writeln!(out, "{line}").map_err(io_err)?;
    }
    Ok(())
}

/// "⚠ 3 zonder advies · 2 stukken ontbreken · versturen: woensdagochtend", empty when all is well.
pub fn attention_words(list: &[Attention], lang: Lang) -> String {
    let words: Vec<String> = list
        .iter()
        .map(|a| match a {
            Attention::ItemsWithoutAdvice { count } => {
                lang.cli(CliWord::WithoutAdvice).replacen("{}", &lang.count(*count, Noun::Item), 1)
            }
            Attention::PapersMissing { count } => {
                // "1 stuk ontbreekt", "2 stukken ontbreken": the verb agrees with the count.
                let w = if *count == 1 {
                    lang.ui(crate::locale::Ui::Polish(crate::locale::PolishUi::PaperMissingMark))
                } else {
                    lang.cli(CliWord::PapersMissing)
                };
                w.replacen("{}", &lang.count(*count, Noun::Paper), 1)
            }
            Attention::SendBy { send_by, passed, .. } => {
                let w = if *passed { CliWord::SendByPassed } else { CliWord::SendBy };
                lang.cli(w).replacen("{}", send_by, 1)
            }
        })
        .collect();
    if words.is_empty() {
        String::new()
    } else {
        format!("⚠ {}", words.join(" · "))
    }
}

pub fn meeting(store: &Store, id: MeetingId, json: bool, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let record = store.meeting_record(id)?;
    if json {
        // The papers of the meeting as a whole (those a mail brought that fit no item) are the store's, not
        // the record's: listed beside it, each with the mail it came from, as the text lists them.
        let mut meeting_documents = Vec::new();
        for linked in store.meeting_documents(id)? {
            let source = store.document_source(linked.document.id)?;
            meeting_documents.push(MeetingPaper { linked, source });
        }
        return write_json(out, &ShownMeeting { record: &record, meeting_documents });
    }
    out.write_all(render_text(&record, lang).as_bytes()).map_err(io_err)?;
    meeting_papers(store, id, lang, out)
}

/// `show --json`: the meeting's record with the meeting's own papers.
#[derive(serde::Serialize)]
struct ShownMeeting<'a> {
    #[serde(flatten)]
    record: &'a MeetingRecord,
    meeting_documents: Vec<MeetingPaper>,
}

#[derive(serde::Serialize)]
struct MeetingPaper {
    #[serde(flatten)]
    linked: crate::domain::LinkedDocument,
    /// The mail it came from; `null` for a paper linked by hand.
    source: Option<crate::domain::DocSource>,
}

/// The papers of the meeting as a whole (a mail's papers not yet placed with an item), with their mail.
fn meeting_papers(store: &Store, id: MeetingId, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let docs = store.meeting_documents(id)?;
    if docs.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", if lang == Lang::Nl { "Stukken bij de vergadering" } else { "Papers of the meeting" })
        .map_err(io_err)?;
    for d in &docs {
        let from = store.document_source(d.document.id)?.map(|s| source_words(&s, lang)).unwrap_or_default();
        let from = if from.is_empty() { from } else { format!(" ({from})") };
        writeln!(out, "   [{}] {}{from}", lang.role(d.role), d.document.path).map_err(io_err)?;
    }
    Ok(())
}

/// "uit mail van Bestuurssecretariaat, 2 december 2026".
pub fn source_words(s: &crate::domain::DocSource, lang: Lang) -> String {
    let sender = if s.sender.is_empty() { "?" } else { s.sender.as_str() };
    let date = if s.sent.is_empty() { String::new() } else { format!(", {}", lang.long_date(&s.sent)) };
    match lang {
        Lang::Nl => format!("uit mail van {sender}{date}"),
        Lang::En => format!("from a mail by {sender}{date}"),
    }
}

/// The agenda with annotations as plain text, indented by level.
pub fn render_text(r: &MeetingRecord, lang: Lang) -> String {
    let m = &r.meeting;
    let mut s = String::new();
    let title = if m.title.is_empty() { m.body.clone() } else { m.title.clone() };
    s.push_str(&format!("{} — {} ({}) [id {}]\n", title, lang.long_date(&m.date), m.body, m.id.0));
    if !m.classification.is_empty() {
        s.push_str(&format!("{}\n", m.classification));
    }
    let mut part = None;
    for rec in &r.items {
        let item = &rec.item;
        if item.part_id != part {
            part = item.part_id;
            if let Some(p) = r.parts.iter().find(|p| Some(p.id) == part) {
                s.push_str(&format!("\n{}\n", p.title));
            }
        }
        let pad = "  ".repeat(item.depth);
        if item.number.is_empty() {
            s.push_str(&format!("\n{pad}{}\n", item.title));
        } else {
            s.push_str(&format!("\n{pad}{}. {}\n", item.number, item.title));
        }
        let line = lang.treatment_and_origin(item);
        if !line.is_empty() {
            s.push_str(&format!("{pad}   {line}\n"));
        }
        if item.treatment_mismatch() {
            if let (Some(a), Some(c)) = (item.treatment, item.cover_treatment) {
                let text = match lang {
                    Lang::Nl => format!("LET OP: oplegger zegt '{}', agenda zegt '{}'", c.dutch(), a.dutch()),
                    Lang::En => format!("NOTE: cover note says '{}', agenda says '{}'", c.english(), a.english()),
                };
                s.push_str(&format!("{pad}   {text}\n"));
            }
        }
        for para in [&item.notes, &item.annotation] {
            for l in para.lines() {
                s.push_str(&format!("{pad}   {l}\n"));
            }
        }
        if item.has_advice() {
            let label = if lang == Lang::Nl { "Advies" } else { "Advice" };
            let stance = item.advice_stance.map(|st| lang.stance(st)).unwrap_or("");
            s.push_str(&format!("{pad}   {label}: {stance}\n"));
            for l in item.advice_text.lines() {
                s.push_str(&format!("{pad}   {l}\n"));
            }
        }
        for p in &item.talking_points {
            s.push_str(&format!("{pad}   - {p}\n"));
        }
        for d in &rec.documents {
            s.push_str(&format!("{pad}   [{}] {}\n", lang.role(d.role), d.document.path));
        }
        if let Some(c) = &rec.cover {
            let origin = crate::locale::cover::purpose_origin(lang, c);
            if !origin.is_empty() {
                let label = lang.ui(crate::locale::Ui::FieldCoverTreatment);
                s.push_str(&format!("{pad}   {label}: {origin}\n"));
            }
            let label = lang.ui(crate::locale::Ui::Cover(crate::locale::CoverUi::FieldProposedDecisions));
            for p in &rec.proposed_decisions {
                s.push_str(&format!("{pad}   {label}: {p}\n"));
            }
        }
        for d in &rec.decisions {
            let label = if lang == Lang::Nl { "Besluit" } else { "Decision" };
            s.push_str(&format!("{pad}   {label}: {}\n", d.text));
        }
    }
    if !r.actions.is_empty() {
        s.push_str(if lang == Lang::Nl { "\nActiepunten\n" } else { "\nAction points\n" });
        for a in &r.actions {
            s.push_str(&format!(
                "  {} {} — {} ({}) [{}]\n",
                a.code,
                a.owner,
                a.text,
                a.deadline,
                a.status.code_word(lang)
            ));
        }
    }
    s
}

trait StatusWord {
    fn code_word(&self, lang: Lang) -> &'static str;
}

impl StatusWord for crate::domain::ActionStatus {
    fn code_word(&self, lang: Lang) -> &'static str {
        use crate::domain::ActionStatus::*;
        match (self, lang) {
            (Open, Lang::Nl) => "open",
            (Done, Lang::Nl) => "afgehandeld",
            (Open, Lang::En) => "open",
            (Done, Lang::En) => "done",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_missing_paper_is_said_in_the_singular() {
        let one = attention_words(&[Attention::PapersMissing { count: 1 }], Lang::Nl);
        let two = attention_words(&[Attention::PapersMissing { count: 2 }], Lang::Nl);
        assert!(one.contains("1 stuk ontbreekt"), "{one}");
        assert!(two.contains("2 stukken ontbreken"), "{two}");
    }
}
