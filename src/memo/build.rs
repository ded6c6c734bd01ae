//! From a meeting's record to the memo document, in the shape of the seed's annotated agenda (24 March
//! 2022): header, overview, then per part and item the treatment, annotation, advice and talking points.

use super::emphasis::inline_runs;
use super::model::{Align, Block, Column, Inline, ListItem, ListKind, Memo, Meta};
use super::prose::{parse_prose, Prose};
use crate::dates::{dutch_long, dutch_with_weekday};
use crate::domain::{ActionStatus, AgendaItem, EarlierItem, ItemRecord, LinkedDocument, MeetingRecord, Part, PartId};
use crate::text::{clean_line, clean_text};

const NONE: &str = "—";

/// The memo of one meeting, as a document. Pure: the same record gives the same document.
pub fn memo_document(record: &MeetingRecord) -> Memo {
    let meta = meta(record, "Geannoteerde agenda");
    let mut blocks = Vec::new();
    if !meta.classification.is_empty() {
        blocks.push(Block::Marking(meta.classification.clone()));
    }
    blocks.push(header(record));

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
    Memo { meta, blocks }
}

/// The document properties of a memo or list about this meeting; `title` says which it is.
pub(super) fn meta(record: &MeetingRecord, title: &str) -> Meta {
    let m = &record.meeting;
    Meta {
        title: title.to_string(),
        subject: [meeting_name(record), dutch_with_weekday(&m.date)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        author: clean_line(&m.author),
        date: m.date.clone(),
        classification: clean_line(&m.classification),
        lang: "nl-NL".to_string(),
    }
}

/// "Stuurgroep MIT", or with the meeting's own title when it says more: "Stuurgroep MIT: Reguliere
/// vergadering met PGT".
pub(super) fn meeting_name(record: &MeetingRecord) -> String {
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
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Aan, Van, Datum (with the weekday), Betreft (the meeting), and the time and place when known. The
/// title above says what the document is, so Betreft names only the meeting.
fn header(record: &MeetingRecord) -> Block {
    let m = &record.meeting;
    let when_where: Vec<String> =
        [clean_line(&m.time), clean_line(&m.place)].into_iter().filter(|s| !s.is_empty()).collect();
    let fields = vec![
        ("Aan:", clean_line(&m.addressee)),
        ("Van:", clean_line(&m.author)),
        ("Datum:", clean_line(&dutch_with_weekday(&m.date))),
        ("Betreft:", meeting_name(record)),
        ("Tijd en plaats:", when_where.join(", ")),
    ];
    Block::Fields(fields.into_iter().filter(|(_, v)| !v.is_empty()).collect())
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
        None if has_text(&item.advice_text) => "Zie advies".into(),
        None if !is_annotated(item) => "Niet geannoteerd".into(),
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

/// "6. Voorstel voor effectmeting", "4a Bestedingsplan", "I-1. …": the agenda's own number; an agenda of
/// headings has none.
pub(super) fn item_heading(item: &AgendaItem) -> String {
    let title = clean_line(&item.title);
    match (item.number.is_empty(), item.depth) {
        (true, _) => title,
        (false, 0) => format!("{}. {title}", item.number),
        (false, _) => format!("{} {title}", item.number),
    }
}

fn item_blocks(blocks: &mut Vec<Block>, rec: &ItemRecord) {
    let item = &rec.item;
    blocks.push(heading(2 + item.depth, &item_heading(item)));

    let treatment = item.treatment.map(|t| t.dutch().to_string()).unwrap_or_default();
    let origin = clean_line(&item.origin());
    let line = match (treatment.is_empty(), origin.is_empty()) {
        // "1. Mededelingen" and "5. Rondvraag en sluiting" need no second line saying so again.
        (false, true) if title_names(&item.title, &treatment) => String::new(),
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

    let (lead, rest) = crate::text::talking_points_lead(&item.talking_points);
    let points: Vec<ListItem> = rest.iter().flat_map(|p| point_items(p)).collect();
    match lead {
        // "Mocht er een gesprek ontstaan:" then its bullets: the plain first line leads in (F4).
        Some(lead) if !points.is_empty() => {
            blocks.push(Block::Para(vec![Inline::Emph("Bespreekpunten:".into())]));
            blocks.push(Block::Para(prose_lines(vec![lead.to_string()])));
            blocks.push(Block::List(points));
        }
        _ => labelled_list(blocks, "Bespreekpunten:", points),
    }
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

/// Whether the title starts with the treatment's own words ("Rondvraag en sluiting", "Mededelingen:").
fn title_names(title: &str, treatment: &str) -> bool {
    let title = clean_line(title).to_lowercase();
    let treatment = treatment.to_lowercase();
    title.strip_prefix(&treatment).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// One talking point as list items: its text at the top level, bullets typed inside it nested below, and
/// text after those as further lines of the item above it (so nothing changes order).
fn point_items(point: &str) -> Vec<ListItem> {
    let mut items: Vec<ListItem> = Vec::new();
    for block in parse_prose(point) {
        match block {
            Prose::Para(lines) => match items.last_mut() {
                Some(top) => {
                    top.content.push(Inline::Break);
                    top.content.extend(prose_lines(lines));
                }
                None => items.push(ListItem { level: 0, kind: ListKind::Bullet, content: prose_lines(lines) }),
            },
            Prose::List(list) => {
                let below = usize::from(!items.is_empty());
                items.extend(list.into_iter().map(|(level, kind, lines)| ListItem {
                    level: level + below,
                    kind,
                    content: prose_lines(lines),
                }));
            }
        }
    }
    items
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
                items
                    .into_iter()
                    .map(|(level, kind, lines)| ListItem { level, kind, content: prose_lines(lines) })
                    .collect(),
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
    ListItem { level, kind: ListKind::Bullet, content: with_breaks(lines) }
}

pub(super) fn list_item(level: usize, text: String) -> ListItem {
    ListItem { level, kind: ListKind::Bullet, content: vec![Inline::Text(text)] }
}

pub(super) fn heading(level: usize, text: &str) -> Block {
    Block::Heading { level: level.min(6), content: vec![Inline::text(text)] }
}

pub(super) fn with_reference(text: &str, reference: &str) -> String {
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

pub(super) fn actions_table(record: &MeetingRecord) -> Block {
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
                ActionStatus::Open => "Open",
                ActionStatus::Done => "Afgehandeld",
            };
            vec![
                clean_line(&a.code),
                clean_line(&a.owner),
                with_reference(&a.text, &a.remarks),
                dutch_long(&clean_line(&a.deadline)),
                status.into(),
            ]
        })
        .collect();
    Block::Table { columns, rows }
}
