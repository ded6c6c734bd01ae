//! Decision lists as columns: CSV or TSV with a header row, or the "Datum besluit / Inhoud / Verwijzing"
//! table inside a longer text (the minutes of a meeting).

use super::dates::parse_date;
use super::{BadRow, Format, Parsed, ParsedDecision};
use crate::text::{clean_line, clean_text};

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Columns {
    pub body: Option<usize>,
    pub date: Option<usize>,
    pub text: Option<usize>,
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
            p.undecided.push(BadRow { line: *line, message: format!("{}: no decision text", what.trim()) });
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

/// A table with a date column whose cells a web page or a reader set apart with pipes
/// ("| Datum | Besluit |"); tabbed tables take [`split_rows`], which also reads quoted cells.
pub(super) fn pipe_table(lines: &[&str]) -> Option<(Columns, Rows)> {
    for (i, line) in lines.iter().enumerate() {
        if line.contains('\t') || line.matches('|').count() < 2 {
            continue;
        }
        let Some(cells) = cells_of(line) else { continue };
        let Some(cols) = header_columns(&cells) else { continue };
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
            return Some((cols, rows));
        }
    }
    None
}

/// Rows of a table in a longer text whose cells a PDF wrapped: a line without the date cell (only text,
/// no tab) goes on the text cell of the row above, as the reader of the page sees it.
pub(super) fn join_wrapped_cells(rows: Rows, cols: Columns) -> Rows {
    let (Some(date_at), Some(text_at)) = (cols.date, cols.text) else { return rows };
    let mut out: Rows = Vec::with_capacity(rows.len());
    for (line, cells) in rows {
        let filled: Vec<usize> = (0..cells.len()).filter(|&k| !cells[k].trim().is_empty()).collect();
        let dated = cells.get(date_at).is_some_and(|c| parse_date(c).is_some());
        let wrapped = !dated && filled.len() == 1 && !out.is_empty();
        if wrapped {
            let piece = cells[filled[0]].trim().to_string();
            let last = out.last_mut().expect("a row above");
            while last.1.len() <= text_at {
                last.1.push(String::new());
            }
            let cell = &mut last.1[text_at];
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&piece);
        } else {
            out.push((line, cells));
        }
    }
    out
}

/// A table whose columns a PDF (or a fixed-width text) aligned with spaces: a header naming a date and a
/// text column, separated by two spaces or more, and under it rows that start with a date in the first
/// column; lines between them go on by column. Returns the rows as cells, cut where the header's names
/// start.
pub(super) fn layout_table(lines: &[&str]) -> Option<(Columns, Rows)> {
    for (i, line) in lines.iter().enumerate() {
        let Some(starts) = header_starts(line) else { continue };
        let names: Vec<String> = cut(line, &starts).into_iter().map(|c| c.trim().to_string()).collect();
        let Some(cols) = header_columns(&names) else { continue };
        let (Some(date_at), Some(text_at)) = (cols.date, cols.text) else { continue };
        let mut rows: Rows = Vec::new();
        for (k, l) in lines.iter().enumerate().skip(i + 1) {
            if l.trim().is_empty() {
                if rows.is_empty() {
                    continue;
                }
                break;
            }
            let cells: Vec<String> = cut(l, &starts).into_iter().map(|c| c.trim().to_string()).collect();
            if cells.get(date_at).is_some_and(|c| parse_date(c).is_some()) {
                rows.push((k + 1, cells));
                continue;
            }
            // Text in the date column that is no date ends the table; else the line goes on the row above.
            let Some(last) = rows.last_mut() else { break };
            if cells.get(date_at).is_some_and(|c| !c.is_empty()) {
                break;
            }
            for (n, c) in cells.into_iter().enumerate() {
                if c.is_empty() {
                    continue;
                }
                let n = if n == date_at { text_at } else { n };
                while last.1.len() <= n {
                    last.1.push(String::new());
                }
                if !last.1[n].is_empty() {
                    last.1[n].push(' ');
                }
                last.1[n].push_str(&c);
            }
        }
        if !rows.is_empty() {
            return Some((cols, rows));
        }
    }
    None
}

/// Where the cells of a header start: words separated by runs of two spaces or more (at least two cells).
fn header_starts(line: &str) -> Option<Vec<usize>> {
    if line.contains('\t') || line.chars().count() > 300 {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let mut starts = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if chars[k] != ' ' && (k == 0 || (k >= 2 && chars[k - 1] == ' ' && chars[k - 2] == ' ')) {
            starts.push(k);
        }
        k += 1;
    }
    (starts.len() >= 2).then_some(starts)
}

/// A line cut into cells at the given character positions.
fn cut(line: &str, starts: &[usize]) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    (0..starts.len())
        .map(|k| {
            let from = if k == 0 { 0 } else { starts[k].min(chars.len()) };
            let to = starts.get(k + 1).copied().unwrap_or(chars.len()).min(chars.len());
            chars[from.min(to)..to].iter().collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Format};

    #[test]
    fn a_pdf_table_whose_reader_made_the_column_gaps_tabs_joins_its_wrapped_cells() {
        let text = "BESLUITEN:\n\nDatum besluit\tInhoud\tVerwijzing (inhoud)\n22122021\t5.1.2.i - Geen\tAgendapunt 4.1\nspecifieke rol voor het\nMIT.\n31082021\tNiet onder reikwijdte\tAgendapunt 2.2\n\nMemo\n";
        let p = parse(text, Some("MIO")).unwrap();
        assert_eq!(p.format, Format::Table);
        assert!(p.bad.is_empty(), "{:?}", p.bad);
        let got: Vec<(&str, &str, &str)> =
            p.decisions.iter().map(|d| (d.date.as_str(), d.text.as_str(), d.reference.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("2021-12-22", "5.1.2.i - Geen specifieke rol voor het MIT.", "Agendapunt 4.1"),
                ("2021-08-31", "Niet onder reikwijdte", "Agendapunt 2.2"),
            ]
        );
    }

    #[test]
    fn a_commitments_table_with_pipes() {
        let text = "Toezeggingenlijst raad\n\n| Nr | Datum toezegging | Toezegging | Status |\n|---|---|---|---|\n| T01220 | 12-03-2019 | De wethouder informeert de raad voor de zomer. | open |\n| T01221 | 19-03-2019 | De burgemeester evalueert het beleid. | afgedaan |\n";
        let p = parse(text, Some("Raad")).unwrap();
        let got: Vec<(&str, &str, &str)> =
            p.decisions.iter().map(|d| (d.date.as_str(), d.reference.as_str(), d.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("2019-03-12", "T01220", "De wethouder informeert de raad voor de zomer."),
                ("2019-03-19", "T01221", "De burgemeester evalueert het beleid."),
            ]
        );
    }

    #[test]
    fn a_table_aligned_with_spaces_is_cut_where_its_header_names_start() {
        let text = "Datum besluit   Inhoud                  Verwijzing\n11022022        Akkoord met het plan    Agendapunt 3\n                van aanpak\n12-03-2022      Uitgesteld\n\nVolgende kop\n";
        let p = parse(text, Some("MIO")).unwrap();
        let got: Vec<(&str, &str, &str)> =
            p.decisions.iter().map(|d| (d.date.as_str(), d.text.as_str(), d.reference.as_str())).collect();
        assert_eq!(
            got,
            vec![("2022-02-11", "Akkoord met het plan van aanpak", "Agendapunt 3"), ("2022-03-12", "Uitgesteld", "")]
        );
    }
}
