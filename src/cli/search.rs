//! `search`: fuzzy search over past decisions (and, with a `kind:` filter, agenda items), headless.

use super::{io_err, write_json};
use crate::error::Result;
use crate::search::{search_counted, Corpus, Query, RecordKind, Scope};
use crate::store::Store;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct JsonHit<'a> {
    kind: RecordKind,
    decision_id: Option<i64>,
    meeting_id: Option<i64>,
    item_id: Option<i64>,
    body: &'a str,
    date: String,
    reference: &'a str,
    text: &'a str,
    score: i64,
    /// Character positions in `text` that matched.
    indices: &'a [usize],
}

#[derive(Serialize)]
struct JsonResult<'a> {
    query: &'a str,
    matched: usize,
    hits: Vec<JsonHit<'a>>,
}

pub fn run(store: &Store, query: &str, limit: usize, json: bool, out: &mut dyn Write) -> Result<()> {
    let parsed = Query::parse(query)?;
    let scope =
        if parsed.kinds.iter().any(|k| *k != RecordKind::Decision) { Scope::Everything } else { Scope::Decisions };
    let corpus = Corpus::load(store, scope)?;
    let found = search_counted(&corpus, &parsed, limit);
    if json {
        let hits = found
            .hits
            .iter()
            .filter_map(|h| {
                let r = corpus.record(h.record)?;
                Some(JsonHit {
                    kind: r.kind,
                    decision_id: r.decision_id.map(|d| d.0),
                    meeting_id: r.meeting_id.map(|m| m.0),
                    item_id: r.item_id.map(|i| i.0),
                    body: r.body,
                    date: r.date.iso(),
                    reference: r.reference,
                    text: r.text,
                    score: h.score,
                    indices: &h.indices,
                })
            })
            .collect();
        let doc = JsonResult { query, matched: found.matched, hits };
        return write_json(out, &doc);
    }
    if found.hits.is_empty() {
        if found.matched > 0 {
            writeln!(out, "{} match(es), none shown (--limit 0)", found.matched).map_err(io_err)?;
        } else {
            writeln!(out, "nothing matches {query:?}").map_err(io_err)?;
        }
        return Ok(());
    }
    let mut text = String::new();
    for h in &found.hits {
        let Some(r) = corpus.record(h.record) else { continue };
        text.clear();
        text.push_str(&r.date.iso());
        for field in [r.body, r.reference] {
            text.push_str("  ");
            text.push_str(if field.is_empty() { "-" } else { field });
        }
        if r.kind != RecordKind::Decision {
            text.push_str("  [");
            text.push_str(r.kind.name());
            text.push(']');
        }
        text.push_str("  ");
        text.push_str(r.text);
        writeln!(out, "{text}").map_err(io_err)?;
    }
    if found.matched > found.hits.len() {
        writeln!(out, "({} of {} matches shown; --limit N for more)", found.hits.len(), found.matched)
            .map_err(io_err)?;
    }
    Ok(())
}
