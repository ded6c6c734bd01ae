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

/// The action list across meetings as the TUI's `A` shows it (its filters and order applied by the caller;
/// `shown` says which they are): one table, each action with its meeting, overdue ones said as such on
/// the day given. Pure: `today` is passed in.
pub fn action_list_document(rows: &[&crate::store::ActionRow], shown: &str, today: crate::dates::Date) -> Memo {
    use super::model::{Align, Column, Meta};
    use crate::domain::ActionStatus;
    let meta = Meta {
        title: "Actielijst".into(),
        subject: format!("{}, stand {}", capitalised(shown), today.dutch_with_weekday()),
        date: today.iso(),
        lang: "nl-NL".into(),
        ..Meta::default()
    };
    let fields = vec![("Stand:", today.dutch_with_weekday()), ("Getoond:", shown.to_string())];
    let mut blocks = vec![Block::Fields(fields)];
    if rows.is_empty() {
        blocks.push(Block::Para(vec![Inline::Emph("Er zijn geen actiepunten om te tonen.".into())]));
        return Memo { meta, blocks };
    }
    let columns = vec![
        Column { title: "Code", align: Align::Left, width: 10 },
        Column { title: "Vergadering", align: Align::Left, width: 18 },
        Column { title: "Wie", align: Align::Left, width: 12 },
        Column { title: "Actiepunt", align: Align::Left, width: 40 },
        Column { title: "Deadline", align: Align::Left, width: 12 },
        Column { title: "Status", align: Align::Left, width: 12 },
    ];
    let table_rows = rows
        .iter()
        .map(|r| {
            let a = &r.action;
            let overdue = a.is_overdue(today, crate::dates::Date::parse_iso(&r.meeting_date));
            let status = match (a.status, overdue) {
                (ActionStatus::Done, _) => "Afgehandeld",
                (ActionStatus::Open, true) => "Open, te laat",
                (ActionStatus::Open, false) => "Open",
            };
            let meeting = [clean_line(&r.body), crate::dates::dutch_long(&r.meeting_date)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            vec![
                clean_line(&a.code),
                meeting,
                clean_line(&a.owner),
                with_reference(&a.text, &a.remarks),
                crate::dates::dutch_long(&clean_line(&a.deadline)),
                status.to_string(),
            ]
        })
        .collect();
    blocks.push(Block::Table { columns, rows: table_rows });
    Memo { meta, blocks }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Date;
    use crate::domain::{ActionId, ActionPoint, ActionStatus, MeetingId};
    use crate::store::ActionRow;

    fn row(code: &str, deadline: &str, status: ActionStatus) -> ActionRow {
        ActionRow {
            action: ActionPoint {
                id: ActionId(1),
                code: code.into(),
                owner: "PGT".into(),
                text: "Uitwerken effectmeting".into(),
                deadline: deadline.into(),
                status,
                remarks: String::new(),
                meeting_id: Some(MeetingId(1)),
                item_id: None,
            },
            body: "Stuurgroep MIT".into(),
            meeting_date: "2022-03-24".into(),
        }
    }

    #[test]
    fn the_action_list_says_overdue_on_the_day_given() {
        let today = Date::parse_iso("2022-06-01").unwrap();
        let rows =
            [row("2403.4.1", "2022-05-31", ActionStatus::Open), row("2403.5.1", "Juni 2022", ActionStatus::Open)];
        let rows: Vec<&ActionRow> = rows.iter().collect();
        let md = action_list_document(&rows, "2 van 2 actiepunten, zoals getoond", today).to_markdown();
        assert!(md.contains("**Stand:** woensdag 1 juni 2022"), "{md}");
        assert!(md.contains("| 2403.4.1 | Stuurgroep MIT 24 maart 2022 | PGT | Uitwerken effectmeting | 31 mei 2022 | Open, te laat |"), "{md}");
        assert!(md.contains("| Juni 2022 | Open |"), "{md}");
        let none = action_list_document(&[], "0 van 2 actiepunten, zoals getoond", today).to_markdown();
        assert!(none.contains("**Getoond:** 0 van 2 actiepunten") && none.contains("geen actiepunten"), "{none}");
    }
}
