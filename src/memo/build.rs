//! From a meeting's record to the memo document, in the shape of the seed's annotated agenda (24 March
//! 2022): header, overview, then per part and item the treatment, annotation, advice and talking points.

use super::emphasis::inline_runs;
use super::model::{Align, Block, Column, Inline, ListItem, Memo};
use super::prose::{item_lines, parse_prose, Prose};
use crate::dates::dutch_long;
use crate::domain::{ActionStatus, AgendaItem, EarlierItem, ItemRecord, LinkedDocument, MeetingRecord, Part, PartId};
use crate::text::{clean_line, clean_text};

const NONE: &str = "—";

/// The memo of one meeting, as a document. Pure: the same record gives the same document.
pub fn memo_document(record: &MeetingRecord) -> Memo {
    let m = &record.meeting;
    let date = dutch_long(&m.date);
    let subject = subject(record);
    let mut front_matter = vec![("title", subject.clone()), ("date", date.clone())];
    front_matter.push(("author", m.author.clone()));
    front_matter.push(("classification", m.classification.clone()));
    front_matter.push(("lang", "nl-NL".to_string()));

    let mut blocks = Vec::new();
    if !clean_line(&m.classification).is_empty() {
        blocks.push(Block::Para(vec![Inline::Strong(clean_line(&m.classification))]));
    }
    blocks.push(header(record, &date, &subject));

    blocks.push(heading(1, "Overzicht"));
    if record.items.is_empty() {
        blocks.push(Block::Para(vec![Inline::Emph("Deze vergadering heeft nog geen agendapunten.".into())]));
    } else {
        blocks.push(overview(record));
    }

    let mut current_part: Option<Option<PartId>> = None;
    for rec in &record.items {
        let part = rec.item.part_id;
        if current_part != Some(part) {
            blocks.push(part_heading(&record.parts, part, current_part.is_some()));
            current_part = Some(part);
        }
        item_blocks(&mut blocks, rec);
    }

    let loose: Vec<ListItem> = record
        .decisions
        .iter()
        .filter(|d| d.item_id.is_none())
        .map(|d| list_item(0, with_reference(&d.text, &d.reference)))
        .collect();
    if !loose.is_empty() {
        blocks.push(heading(1, "Besluiten"));
        blocks.push(Block::List(loose));
    }
    if !record.actions.is_empty() {
        blocks.push(heading(1, "Actiepunten"));
        blocks.push(actions_table(record));
    }
    Memo { front_matter, blocks }
}

/// "Geannoteerde agenda Stuurgroep MIT 24 maart 2022", with the meeting's own title when it has one.
fn subject(record: &MeetingRecord) -> String {
    let m = &record.meeting;
    let body = clean_line(&m.body);
    let title = clean_line(&m.title);
    let name = if title.is_empty() || title == body {
        body
    } else if body.is_empty() || title.to_lowercase().contains(&body.to_lowercase()) {
        title
    } else {
        format!("{body}: {title}")
    };
    format!("Geannoteerde agenda {name} {}", dutch_long(&m.date)).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn header(record: &MeetingRecord, date: &str, subject: &str) -> Block {
    let m = &record.meeting;
    let when_where: Vec<String> =
        [clean_line(&m.time), clean_line(&m.place)].into_iter().filter(|s| !s.is_empty()).collect();
    let fields = [
        ("Aan:", clean_line(&m.addressee)),
        ("Van:", clean_line(&m.author)),
        ("Datum:", date.to_string()),
        ("Betreft:", subject.to_string()),
        ("Tijd en plaats:", when_where.join(", ")),
    ];
    let mut content = Vec::new();
    for (label, value) in fields.into_iter().filter(|(_, v)| !v.is_empty()) {
        if !content.is_empty() {
            content.push(Inline::Break);
        }
        content.push(Inline::Strong(label.into()));
        content.push(Inline::text(format!(" {value}")));
    }
    Block::Para(content)
}

fn overview(record: &MeetingRecord) -> Block {
    let columns = vec![
        Column { title: "Nr.", align: Align::Right, width: 5 },
        Column { title: "Agendapunt", align: Align::Left, width: 45 },
        Column { title: "Behandeling", align: Align::Left, width: 22 },
        Column { title: "Advies", align: Align::Left, width: 22 },
    ];
    let rows = record
        .items
        .iter()
        .map(|rec| {
            let item = &rec.item;
            vec![
                item.number.clone(),
                clean_line(&item.title),
                item.treatment.map(|t| t.dutch().to_string()).unwrap_or_default(),
                advice_cell(item),
            ]
        })
        .collect();
    Block::Table { columns, rows }
}

fn advice_cell(item: &AgendaItem) -> String {
    match item.advice_stance {
        Some(s) => s.dutch().to_string(),
        None if has_text(&item.advice_text) => "zie advies".into(),
        None if !is_annotated(item) => "niet geannoteerd".into(),
        None => NONE.into(),
    }
}

/// Whether a user's text shows anything once cleaned (a stray control character is no annotation).
fn has_text(text: &str) -> bool {
    !clean_text(text).trim().is_empty()
}

fn has_advice(item: &AgendaItem) -> bool {
    item.advice_stance.is_some() || has_text(&item.advice_text)
}

fn is_annotated(item: &AgendaItem) -> bool {
    has_advice(item)
        || has_text(&item.annotation)
        || has_text(&item.notes)
        || item.talking_points.iter().any(|p| has_text(p))
}

fn part_heading(parts: &[Part], part: Option<PartId>, after_other_items: bool) -> Block {
    let title = part.and_then(|id| parts.iter().find(|p| p.id == id)).map(|p| clean_line(&p.title));
    match title {
        Some(t) if !t.is_empty() => heading(1, &t),
        _ if after_other_items => heading(1, "Overige agendapunten"),
        _ => heading(1, "Agenda"),
    }
}

fn item_blocks(blocks: &mut Vec<Block>, rec: &ItemRecord) {
    let item = &rec.item;
    // The agenda's own number ("4.", "4a", "I-1."); an agenda of headings has none.
    let title = clean_line(&item.title);
    let text = match (item.number.is_empty(), item.depth) {
        (true, _) => title,
        (false, 0) => format!("{}. {title}", item.number),
        (false, _) => format!("{} {title}", item.number),
    };
    blocks.push(heading(2 + item.depth, &text));

    let treatment = item.treatment.map(|t| t.dutch().to_string()).unwrap_or_default();
    let origin = clean_line(&item.origin());
    let line = match (treatment.is_empty(), origin.is_empty()) {
        // "1. Mededelingen" needs no second line saying "Mededelingen".
        (false, true) if treatment.eq_ignore_ascii_case(clean_line(&item.title).trim_end_matches(':')) => String::new(),
        (_, true) => treatment,
        (true, false) => format!("({origin})"),
        (false, false) => format!("{treatment} ({origin})"),
    };
    if !line.is_empty() {
        blocks.push(Block::Para(vec![Inline::Emph(line)]));
    }
    if let (true, Some(agenda), Some(cover)) = (item.treatment_mismatch(), item.treatment, item.cover_treatment) {
        blocks.push(Block::Para(vec![
            Inline::Strong("Let op:".into()),
            Inline::text(format!(
                " in de oplegger staat '{}' en in de agenda staat '{}'.",
                cover.dutch().to_lowercase(),
                agenda.dutch().to_lowercase()
            )),
        ]));
    }

    if !is_annotated(item) {
        blocks.push(Block::Para(vec![Inline::Emph("Niet geannoteerd.".into())]));
    }
    blocks.extend(prose_blocks(&item.annotation));
    if has_advice(item) {
        let label = match item.advice_stance {
            Some(s) => format!("Advies: {}.", s.dutch().to_lowercase()),
            None => "Advies:".to_string(),
        };
        // "Advies: geen opmerkingen." needs no text saying "Geen opmerkingen." again.
        let repeats_stance = item
            .advice_stance
            .is_some_and(|s| clean_line(&item.advice_text).trim_end_matches('.').eq_ignore_ascii_case(s.dutch()));
        if repeats_stance || !labelled_prose(blocks, &label, &item.advice_text) {
            blocks.push(Block::Para(vec![Inline::Strong(label)]));
        }
    }

    let points: Vec<ListItem> = item
        .talking_points
        .iter()
        .map(|p| item_lines(p))
        .filter(|l| !l.is_empty())
        .map(|l| ListItem { level: 0, content: prose_lines(l) })
        .collect();
    labelled_list(blocks, "Bespreekpunten:", points);
    // Notes come after the talking points, as in the seed ("Deze punten laten de noodzaak zien …").
    labelled_prose(blocks, "NB:", strip_label(&item.notes, "NB"));
    let docs: Vec<ListItem> = rec.documents.iter().map(|d| list_item(0, document_line(d))).collect();
    labelled_list(blocks, "Stukken:", docs);
    let earlier: Vec<ListItem> = rec.earlier.iter().map(earlier_item).collect();
    labelled_list(blocks, "Eerder besproken:", earlier);
    let decisions: Vec<ListItem> =
        rec.decisions.iter().map(|d| list_item(0, with_reference(&d.text, &d.reference))).collect();
    let label = if decisions.len() == 1 { "Besluit:" } else { "Besluiten:" };
    labelled_list(blocks, label, decisions);
}

/// A user's text with its label in bold at the start of the first paragraph ("**NB:** …"); when the text
/// starts with a list, the label stands alone above it. Nothing (false) when the text is empty.
fn labelled_prose(blocks: &mut Vec<Block>, label: &str, text: &str) -> bool {
    let mut prose = prose_blocks(text).into_iter();
    match prose.next() {
        None => return false,
        Some(Block::Para(content)) => {
            let mut with_label = vec![Inline::Strong(label.into()), Inline::text(" ")];
            with_label.extend(content);
            blocks.push(Block::Para(with_label));
        }
        Some(first) => {
            blocks.push(Block::Para(vec![Inline::Strong(label.into())]));
            blocks.push(first);
        }
    }
    blocks.extend(prose);
    true
}

/// A list under an italic label; nothing when there are no items.
fn labelled_list(blocks: &mut Vec<Block>, label: &str, items: Vec<ListItem>) {
    if !items.is_empty() {
        blocks.push(Block::Para(vec![Inline::Emph(label.into())]));
        blocks.push(Block::List(items));
    }
}

/// Notes often start with "NB:" already; the memo adds its own label.
fn strip_label<'a>(text: &'a str, label: &str) -> &'a str {
    let t = text.trim_start();
    match (t.get(..label.len()), t.get(label.len()..).and_then(|rest| rest.strip_prefix(':'))) {
        (Some(head), Some(rest)) if head.eq_ignore_ascii_case(label) => rest.trim_start(),
        _ => text,
    }
}

/// A user's multi-line text as memo blocks (see prose.rs for what structure is kept).
pub fn prose_blocks(text: &str) -> Vec<Block> {
    parse_prose(text)
        .into_iter()
        .map(|p| match p {
            Prose::Para(lines) => Block::Para(prose_lines(lines)),
            Prose::List(items) => Block::List(
                items.into_iter().map(|(level, lines)| ListItem { level, content: prose_lines(lines) }).collect(),
            ),
        })
        .collect()
}

/// Lines of a long text, each with its own *italic* and **bold** (see emphasis.rs).
fn prose_lines(lines: Vec<String>) -> Vec<Inline> {
    let mut content = Vec::new();
    for line in lines {
        if !content.is_empty() {
            content.push(Inline::Break);
        }
        content.extend(inline_runs(&line));
    }
    content
}

/// Lines of plain text, kept as typed.
fn with_breaks(lines: Vec<String>) -> Vec<Inline> {
    let mut content = Vec::new();
    for line in lines {
        if !content.is_empty() {
            content.push(Inline::Break);
        }
        content.push(Inline::Text(line));
    }
    content
}

fn lines_item(level: usize, lines: Vec<String>) -> ListItem {
    ListItem { level, content: with_breaks(lines) }
}

fn list_item(level: usize, text: String) -> ListItem {
    ListItem { level, content: vec![Inline::Text(text)] }
}

fn heading(level: usize, text: &str) -> Block {
    Block::Heading { level: level.min(6), content: vec![Inline::text(text)] }
}

fn with_reference(text: &str, reference: &str) -> String {
    let (text, reference) = (clean_line(text), clean_line(reference));
    if reference.is_empty() {
        text
    } else {
        format!("{text} ({reference})")
    }
}

/// "Bijlage: Voorstel effectmeting (voorstel effectmeting v2.pdf)": the title, and the file name when it
/// says more. Only the file name, never the folder: the memo leaves the adviser's machine.
fn document_line(d: &LinkedDocument) -> String {
    let path = d.document.path.replace('\\', "/");
    let file = clean_line(path.rsplit('/').next().unwrap_or(&path));
    let title = clean_line(&d.document.title);
    let stem = file.rsplit_once('.').map_or(file.as_str(), |(stem, _)| stem);
    let name = match (title.is_empty(), file.is_empty()) {
        (true, _) => file,
        (false, true) => title,
        (false, false) if title == file || title == stem => file,
        (false, false) => format!("{title} ({file})"),
    };
    format!("{}: {name}", d.role.dutch())
}

/// "HASG, 16 maart 2022, agendapunt 4: Programmaplan 2022", then the advice, decisions and note given there.
fn earlier_item(e: &EarlierItem) -> ListItem {
    let mut first =
        [clean_line(&e.body), dutch_long(&e.date)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
    if !e.number.is_empty() {
        first.push(format!("agendapunt {}", e.number));
    }
    let mut head = first.join(", ");
    let title = clean_line(&e.title);
    if !title.is_empty() {
        head = if head.is_empty() { title } else { format!("{head}: {title}") };
    }
    let mut lines = vec![head];
    let advice_text = clean_line(&e.advice_text);
    match (e.advice_stance, advice_text.is_empty()) {
        (Some(s), true) => lines.push(format!("Advies: {}.", s.dutch().to_lowercase())),
        (Some(s), false) => lines.push(format!("Advies: {}. {advice_text}", s.dutch().to_lowercase())),
        (None, false) => lines.push(format!("Advies: {advice_text}")),
        (None, true) => {}
    }
    lines.extend(e.decisions.iter().map(|d| clean_line(d)).filter(|d| !d.is_empty()).map(|d| format!("Besluit: {d}")));
    let note = clean_line(&e.note);
    if !note.is_empty() {
        lines.push(note);
    }
    lines_item(0, lines.into_iter().filter(|l| !l.is_empty()).collect())
}

fn actions_table(record: &MeetingRecord) -> Block {
    let columns = vec![
        Column { title: "Code", align: Align::Left, width: 10 },
        Column { title: "Wie", align: Align::Left, width: 15 },
        Column { title: "Actiepunt", align: Align::Left, width: 45 },
        Column { title: "Deadline", align: Align::Left, width: 12 },
        Column { title: "Status", align: Align::Left, width: 12 },
    ];
    let rows = record
        .actions
        .iter()
        .map(|a| {
            let status = match a.status {
                ActionStatus::Open => "open",
                ActionStatus::Done => "afgehandeld",
            };
            vec![
                clean_line(&a.code),
                clean_line(&a.owner),
                with_reference(&a.text, &a.remarks),
                clean_line(&a.deadline),
                status.into(),
            ]
        })
        .collect();
    Block::Table { columns, rows }
}
