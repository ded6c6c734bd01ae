//! Decision lists as columns: CSV or TSV with a header row, or the "Datum besluit / Inhoud / Verwijzing"
//! table inside a longer text (the minutes of a meeting).

use super::dates::parse_date;
use super::{BadRow, Format, Parsed, ParsedDecision};
use crate::text::{clean_line, clean_text};

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Columns {
    pub body: Option<usize>,
    date: Option<usize>,
    text: Option<usize>,
    reference: Option<usize>,
    /// The list's own number ("Nr", "Code"): the reference when there is no reference column.
    code: Option<usize>,
    subject: Option<usize>,
}

fn column_role(name: &str) -> Option<&'static str> {
    let mut n = name.trim().trim_start_matches('\u{feff}').trim_matches('"').to_lowercase();
    if let Some(open) = n.find('(') {
        n.truncate(open);
    }
    let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
    match n.as_str() {
        "date" | "datum" | "datum besluit" | "besluitdatum" | "decision date" | "vergaderdatum"
        | "datum vergadering" | "datum toezegging" => Some("date"),
        "text" | "besluit" | "inhoud" | "tekst" | "besluittekst" | "decision" | "toezegging" | "omschrijving"
        | "besluitpunt" | "afspraak" => Some("text"),
        "nr" | "nr." | "nummer" | "no" | "no." | "code" | "agendapunt" | "punt" => Some("code"),
        "onderwerp" | "titel" | "voorstel" => Some("subject"),
        "body" | "gremium" | "orgaan" => Some("body"),
        "reference" | "verwijzing" | "referentie" | "kenmerk" | "ref" => Some("reference"),
        _ => None,
    }
}

/// A header row inside a longer text: a date and a text column, and no more unknown columns than known
/// ones (so that a sentence with tabs is no header).
pub(super) fn header_columns(cells: &[String]) -> Option<Columns> {
    let known = cells.iter().filter(|c| column_role(c).is_some()).count();
    let unknown = cells.iter().filter(|c| !c.trim().is_empty()).count() - known;
    if unknown > known {
        return None;
    }
    header_columns_lenient(cells)
}

/// Lenient about unknown extra columns: a header is a row whose recognised names include date and text.
pub(super) fn header_columns_lenient(cells: &[String]) -> Option<Columns> {
    let mut c = Columns::default();
    for (i, cell) in cells.iter().enumerate() {
        let slot = match column_role(cell) {
            Some("date") => &mut c.date,
            Some("text") => &mut c.text,
            Some("body") => &mut c.body,
            Some("code") => &mut c.code,
            Some("subject") => &mut c.subject,
            Some(_) => &mut c.reference,
            None => continue,
        };
        slot.get_or_insert(i);
    }
    (c.date.is_some() && c.text.is_some()).then_some(c)
}

/// Rows of cells with the line each starts on. A field that starts with a quote may hold the delimiter,
/// doubled quotes and line breaks. With `stop_at_blank`, the first blank line ends the table.
pub(super) fn split_rows(
    lines: &[&str],
    from: usize,
    delimiter: char,
    stop_at_blank: bool,
) -> Vec<(usize, Vec<String>)> {
    let mut rows = Vec::new();
    let mut i = from;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            if stop_at_blank {
                break;
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut chars: Vec<char> = lines[i].chars().collect();
        let mut k = 0;
        let mut at_cell_start = true;
        let mut quoted = false;
        loop {
            if k >= chars.len() {
                if quoted && i + 1 < lines.len() {
                    // A line break inside quotes belongs to the field.
                    i += 1;
                    cell.push('\n');
                    chars = lines[i].chars().collect();
                    k = 0;
                    continue;
                }
                cells.push(std::mem::take(&mut cell));
                break;
            }
            let ch = chars[k];
            if quoted {
                if ch == '"' {
                    if chars.get(k + 1) == Some(&'"') {
                        cell.push('"');
                        k += 1;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.push(ch);
                }
            } else if ch == '"' && at_cell_start {
                quoted = true;
                at_cell_start = false;
            } else if ch == delimiter {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            } else {
                cell.push(ch);
                at_cell_start = false;
            }
            k += 1;
        }
        rows.push((start + 1, cells));
        i += 1;
    }
    rows
}

pub(super) fn from_rows(
    format: Format,
    rows: &[(usize, Vec<String>)],
    cols: Columns,
    default_body: Option<&str>,
) -> Parsed {
    let mut decisions = Vec::new();
    let mut bad = Vec::new();
    let cell = |cells: &[String], at: Option<usize>| at.and_then(|i| cells.get(i)).map_or("", |s| s.trim()).to_string();
    for (line, cells) in rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let date_text = cell(cells, cols.date);
        let text = clean_text(&cell(cells, cols.text));
        let body = clean_line(&cell(cells, cols.body));
        let body = if body.is_empty() { default_body.unwrap_or("").to_string() } else { body };
        let mut problems = Vec::new();
        let date = if date_text.is_empty() {
            problems.push("the date is missing".to_string());
            None
        } else {
            let d = parse_date(&date_text);
            if d.is_none() {
                problems.push(format!("{date_text:?} is not a date (use 2019-12-12, 12-12-2019 or 12 december 2019)"));
            }
            d
        };
        if text.trim().is_empty() {
            problems.push("the decision text is empty".to_string());
        }
        if body.is_empty() {
            problems.push("no body: add a body column (body, gremium, orgaan) or give --body NAME".to_string());
        }
        match (date, problems.is_empty()) {
            (Some(date), true) => decisions.push(ParsedDecision {
                line: *line,
                date: date.iso(),
                text,
                body,
                reference: clean_line(&cell(cells, cols.reference.or(cols.code))),
                ..Default::default()
            }),
            _ => bad.push(BadRow { line: *line, message: problems.join("; ") }),
        }
    }
    Parsed::new(format, decisions, bad)
}

/// Rows of cells with the (1-based) line each is on.
pub(super) type Rows = Vec<(usize, Vec<String>)>;

/// The cells of a table row flattened with tabs or pipes ("| 1 | Opening | Vastgesteld |").
fn cells_of(line: &str) -> Option<Vec<String>> {
    let sep = if line.contains('\t') {
        '\t'
    } else if line.matches('|').count() >= 2 {
        '|'
    } else {
        return None;
    };
    let mut cells: Vec<String> = line.split(sep).map(|c| c.trim().to_string()).collect();
    if sep == '|' {
        if cells.first().is_some_and(String::is_empty) {
            cells.remove(0);
        }
        if cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
    }
    (cells.len() >= 2).then_some(cells)
}

/// A table of subjects and decisions without a date column ("Nr | Onderwerp | Besluit"), as a web page or
/// a Word file gives it: every row is a decision of the meeting the heading names. Returns the index of
/// the header line and the rows (line, cells) under it.
pub(super) fn dateless_table(lines: &[&str]) -> Option<(usize, Columns, Rows)> {
    for (i, line) in lines.iter().enumerate() {
        let Some(cells) = cells_of(line) else { continue };
        let roles: Vec<Option<&str>> = cells.iter().map(|c| column_role(c)).collect();
        let known = roles.iter().filter(|r| r.is_some()).count();
        if roles.contains(&Some("date")) || !roles.contains(&Some("text")) || known * 2 < cells.len() || known < 2 {
            continue;
        }
        let mut cols = Columns::default();
        for (k, r) in roles.iter().enumerate() {
            let slot = match r {
                Some("text") => &mut cols.text,
                Some("code") => &mut cols.code,
                Some("subject") => &mut cols.subject,
                Some("reference") => &mut cols.reference,
                _ => continue,
            };
            slot.get_or_insert(k);
        }
        let mut rows = Vec::new();
        for (k, l) in lines.iter().enumerate().skip(i + 1) {
            match cells_of(l) {
                Some(c) if c.iter().all(|x| x.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) => continue,
                Some(c) => rows.push((k + 1, c)),
                None if l.trim().is_empty() && rows.is_empty() => continue,
                None => break,
            }
        }
        if !rows.is_empty() {
            return Some((i, cols, rows));
        }
    }
    None
}

/// The rows of a [`dateless_table`] as decisions of `date`; a row without a decision text is a subject
/// to report.
pub(super) fn from_dateless_rows(rows: &[(usize, Vec<String>)], cols: Columns, date: Option<&str>) -> Parsed {
    let cell = |cells: &[String], at: Option<usize>| at.and_then(|i| cells.get(i)).map_or("", |s| s.trim()).to_string();
    let mut p = Parsed::new(Format::Table, Vec::new(), Vec::new());
    for (line, cells) in rows {
        let text = clean_text(&cell(cells, cols.text));
        let code = clean_line(&cell(cells, cols.reference.or(cols.code)));
        let subject = clean_line(&cell(cells, cols.subject));
        let what = if subject.is_empty() { format!("entry {code}") } else { format!("{code} {subject:?}") };
        if text.is_empty() || matches!(text.to_lowercase().trim_end_matches('.'), "n.v.t" | "nvt" | "-" | "geen") {
            p.undecided
                .push(BadRow { line: *line, message: format!("{}: no decision text, not imported", what.trim()) });
            continue;
        }
        match date {
            Some(d) => p.decisions.push(ParsedDecision {
                line: *line,
                date: d.to_string(),
                text,
                reference: code,
                subject,
                ..Default::default()
            }),
            None => p.bad.push(BadRow {
                line: *line,
                message: format!(
                    "{}: no date (the table has no date column and the heading names no meeting date)",
                    what.trim()
                ),
            }),
        }
    }
    p
}
