//! After the meeting: the besluiten- en actielijst from the same data as the memo. Per item its decisions
//! with their references, then the action points (code, who, what, deadline, status).

use super::build::{actions_table, heading, item_heading, list_item, meta, with_reference};
use super::model::{Block, Inline, ListItem, Memo};
use crate::dates::dutch_with_weekday;
use crate::domain::MeetingRecord;
use crate::text::clean_line;

/// The decision and action list of one meeting. Pure: the same record gives the same document.
pub fn decisions_document(record: &MeetingRecord) -> Memo {
    let meta = meta(record, "Besluiten- en actielijst");
    let mut blocks = Vec::new();
    if !meta.classification.is_empty() {
        blocks.push(Block::Marking(meta.classification.clone()));
    }
    let fields = vec![
        ("Vergadering:", super::build::meeting_name(record)),
        ("Datum:", clean_line(&dutch_with_weekday(&record.meeting.date))),
        ("Van:", clean_line(&record.meeting.author)),
    ];
    blocks.push(Block::Fields(fields.into_iter().filter(|(_, v)| !v.is_empty()).collect()));

    blocks.push(heading(1, "Besluiten"));
    let mut any = false;
    for rec in &record.items {
        let decisions = decision_items(rec.decisions.iter().map(|d| (&d.text, &d.reference)));
        if !decisions.is_empty() {
            blocks.push(heading(2, &item_heading(&rec.item)));
            blocks.push(Block::List(decisions));
            any = true;
        }
    }
    let loose =
        decision_items(record.decisions.iter().filter(|d| d.item_id.is_none()).map(|d| (&d.text, &d.reference)));
    if !loose.is_empty() {
        blocks.push(heading(2, if any { "Overige besluiten" } else { "Zonder agendapunt" }));
        blocks.push(Block::List(loose));
        any = true;
    }
    if !any {
        blocks.push(Block::Para(vec![Inline::Emph("Er zijn voor deze vergadering geen besluiten vastgelegd.".into())]));
    }

    blocks.push(heading(1, "Actiepunten"));
    if record.actions.is_empty() {
        blocks
            .push(Block::Para(vec![Inline::Emph("Er zijn voor deze vergadering geen actiepunten vastgelegd.".into())]));
    } else {
        blocks.push(actions_table(record));
    }
    Memo { meta, blocks }
}

/// "Akkoord met het voorstel (Agendapunt 4.1)": each decision with its reference; empty ones left out.
fn decision_items<'a>(decisions: impl Iterator<Item = (&'a String, &'a String)>) -> Vec<ListItem> {
    decisions
        .map(|(text, reference)| with_reference(text, reference))
        .filter(|t| !t.is_empty())
        .map(|t| list_item(0, t))
        .collect()
}
