//! What the agenda parser read, as the store takes it. The one place that knows both shapes.

use super::agenda::ParsedAgenda;
use crate::domain::{AgendaDraft, AgendaDraftItem};

pub fn agenda_draft(parsed: &ParsedAgenda) -> AgendaDraft {
    AgendaDraft {
        parts: parsed.parts.clone(),
        items: parsed
            .items
            .iter()
            .map(|item| AgendaDraftItem {
                draft: item.to_draft(),
                depth: item.depth,
                part: item.part,
                number: item.number.clone(),
                line: item.source_lines.start + 1,
            })
            .collect(),
        numbering: parsed.numbering.clone(),
    }
}
