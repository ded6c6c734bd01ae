//! `search`: fuzzy search over past decisions and agenda items, headless. One line per hit, cut to the
//! terminal's width (the matched part kept in view); `--full` for whole texts, `--json` for programs.

use super::{io_err, write_json};
use crate::error::Result;
use crate::locale::{Lang, Ui};
use crate::search::{search_counted, Corpus, Hit, ItemField, Query, Record, RecordKind, Scope};
use crate::store::Store;
use serde::Serialize;
use std::io::Write;
use unicode_width::UnicodeWidthChar;

#[derive(Serialize)]
struct JsonPart {
    field: ItemField,
    /// Character range of the part in `text`.
    start: usize,
    end: usize,
}

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
    /// An item's title, annotation and advice in `text` (empty for a decision).
    parts: Vec<JsonPart>,
    score: i64,
    /// Character positions in `text` that matched.
    indices: &'a [usize],
    /// True when a word matched only with a typo.
    typo: bool,
}

#[derive(Serialize)]
struct JsonResult<'a> {
    query: &'a str,
    matched: usize,
    decisions: usize,
    items: usize,
    hits: Vec<JsonHit<'a>>,
}

/// How hits are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One line per hit, cut to this many columns (`None`: not cut).
    Lines(Option<usize>),
    /// Every hit with its whole texts, one part a line.
    Full,
    Json,
}

/// The width to cut lines to: `COLUMNS` when set, else the terminal's width when output goes to one; not
/// cut when output goes to a pipe or a file (a program reading it gets whole lines).
pub fn output_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS").ok().and_then(|v| v.trim().parse::<usize>().ok()).filter(|&n| n > 0) {
        return Some(n);
    }
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        return Some(terminal_columns().unwrap_or(80));
    }
    None
}

#[cfg(feature = "tui")]
fn terminal_columns() -> Option<usize> {
    crossterm::terminal::size().ok().map(|(w, _)| w as usize).filter(|&w| w > 0)
}

/// Without the terminal crates (a headless build) the width is not asked; COLUMNS or 80 columns.
#[cfg(not(feature = "tui"))]
fn terminal_columns() -> Option<usize> {
    None
}

pub fn run(store: &Store, query: &str, limit: usize, layout: Layout, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let parsed = Query::parse(query)?;
    let scope = if parsed.wants(RecordKind::Item) { Scope::Everything } else { Scope::Decisions };
    let corpus = Corpus::load(store, scope)?;
    let found = search_counted(&corpus, &parsed, limit);
    if layout == Layout::Json {
        let hits = found
            .hits
            .iter()
            .filter_map(|h| {
                let r = corpus.record(h.record)?;
                let parts = r
                    .pieces()
                    .into_iter()
                    .filter_map(|(f, range)| Some(JsonPart { field: f?, start: range.start, end: range.end }))
                    .collect();
                Some(JsonHit {
                    kind: r.kind,
                    decision_id: r.decision_id.map(|d| d.0),
                    meeting_id: r.meeting_id.map(|m| m.0),
                    item_id: r.item_id.map(|i| i.0),
                    body: r.body,
                    date: r.date.iso(),
                    reference: r.reference,
                    text: r.text,
                    parts,
                    score: h.score,
                    indices: &h.indices,
                    typo: h.typo,
                })
            })
            .collect();
        let doc = JsonResult {
            query,
            matched: found.matched,
            decisions: found.counts.decisions,
            items: found.counts.items,
            hits,
        };
        return write_json(out, &doc);
    }
    if found.hits.is_empty() {
        let line = match (lang, found.matched) {
            (Lang::Nl, 0) => format!("niets gevonden voor '{query}'"),
            (Lang::En, 0) => format!("nothing matches {query:?}"),
            (Lang::Nl, 1) => "1 treffer, niets getoond (--limit 0)".to_string(),
            (Lang::Nl, n) => format!("{n} treffers, niets getoond (--limit 0)"),
            (Lang::En, 1) => "1 match, none shown (--limit 0)".to_string(),
            (Lang::En, n) => format!("{n} matches, none shown (--limit 0)"),
        };
        writeln!(out, "{line}").map_err(io_err)?;
        return Ok(());
    }
    for (n, h) in found.hits.iter().enumerate() {
        let Some(r) = corpus.record(h.record) else { continue };
        match layout {
            Layout::Full => {
                if n > 0 {
                    writeln!(out).map_err(io_err)?;
                }
                writeln!(out, "{}", heading(&r)).map_err(io_err)?;
                for (field, range) in r.pieces() {
                    let text = r.slice(range);
                    match field {
                        Some(f) => writeln!(out, "  {}: {text}", field_label(f, lang)),
                        None => writeln!(out, "  {text}"),
                    }
                    .map_err(io_err)?;
                }
            }
            Layout::Lines(width) => {
                writeln!(out, "{}", one_line(&r, h, width.unwrap_or(usize::MAX), lang)).map_err(io_err)?
            }
            Layout::Json => {}
        }
    }
    if found.matched > found.hits.len() {
        writeln!(out, "({} of {} matches shown; --limit N for more)", found.hits.len(), found.matched)
            .map_err(io_err)?;
    }
    Ok(())
}

fn field_label(f: ItemField, lang: Lang) -> String {
    lang.ui(match f {
        ItemField::Title => Ui::ItemHeading,
        ItemField::Annotation => Ui::Annotation,
        ItemField::Advice => Ui::Advice,
    })
    .to_lowercase()
}

/// Date, body, reference and, for an item, its kind.
fn heading(r: &Record) -> String {
    let mut text = r.date.iso();
    for field in [r.body, r.reference] {
        text.push_str("  ");
        text.push_str(if field.is_empty() { "-" } else { field });
    }
    if r.kind != RecordKind::Decision {
        text.push_str("  [");
        text.push_str(r.kind.name());
        text.push(']');
    }
    text
}

fn width_of(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// The hit on one line of at most `width` columns: the heading, then the text (an item: its title and the
/// parts that matched), each begun a little before its first matched character when that would not be seen.
fn one_line(r: &Record, h: &Hit, width: usize, lang: Lang) -> String {
    let mut line = heading(r);
    line.push_str("  ");
    let pieces = r.pieces();
    let mut shown = Vec::new();
    for (i, (field, range)) in pieces.iter().enumerate() {
        let first = h.indices.iter().copied().find(|p| range.contains(p));
        // A decision's text and an item's title always; another part only when it holds a match.
        if i == 0 || first.is_some() {
            shown.push((*field, range.clone(), first));
        }
    }
    // With other parts to show, the title leaves them room for their label and match (it is cut with "…").
    let rest = width.saturating_sub(width_of(&line));
    let needed: usize = shown[1..]
        .iter()
        .map(|(field, range, _)| {
            let span = h.indices.iter().filter(|p| range.contains(p)).count();
            3 + field.map_or(0, |f| width_of(&field_label(f, lang)) + 2) + span + 6
        })
        .sum();
    let title_room = if shown.len() > 1 { rest.saturating_sub(needed).max(8) } else { usize::MAX };
    for (n, (field, range, first)) in shown.iter().enumerate() {
        if n > 0 {
            line.push_str(" · ");
            if let Some(f) = field {
                line.push_str(&field_label(*f, lang));
                line.push_str(": ");
            }
        }
        let left = width.saturating_sub(width_of(&line));
        let last = h.indices.iter().copied().filter(|p| range.contains(p)).max();
        let start = match (first, last) {
            (Some(a), Some(b)) if width != usize::MAX => window_start(r, range.start, *a, b + 1 - a, left),
            _ => range.start,
        };
        if start > range.start {
            line.push('…');
        }
        let text = r.slice(start..range.end);
        if n == 0 && shown.len() > 1 && width_of(text) > title_room {
            line.push_str(&cut(text, title_room));
        } else {
            line.push_str(text);
        }
    }
    cut(&line, width)
}

/// Where to begin a part so that its first match (at `first`, `span` characters long) is seen in `room`
/// columns: at the part's start when that shows it, else at a word start shortly before it.
fn window_start(r: &Record, part_start: usize, first: usize, span: usize, room: usize) -> usize {
    let before = width_of(r.slice(part_start..first));
    if before + span < room {
        return part_start;
    }
    let fits = room.saturating_sub(span + 2);
    let chars: Vec<char> = r.slice(part_start..first).chars().collect();
    let mut start = chars.len().saturating_sub((fits / 3).min(30));
    // Back to the start of the word when that is near and still leaves the match in view.
    if let Some(b) = (start.saturating_sub(8)..=start).rev().find(|&i| i == 0 || chars[i - 1].is_whitespace()) {
        if chars.len() - b <= fits {
            start = b;
        }
    }
    part_start + start.min(chars.len())
}

/// `line` cut to `width` columns, ending in "…" when something was left off.
fn cut(line: &str, width: usize) -> String {
    if width_of(line) <= width {
        return line.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_cut_to_the_width_in_columns() {
        assert_eq!(cut("abcdef", 6), "abcdef");
        assert_eq!(cut("abcdefg", 6), "abcde…");
        assert_eq!(width_of(&cut("日本語のテキスト", 7)), 7);
    }
}
