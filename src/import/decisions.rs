//! Parsing a decision list into decisions, purely: CSV or TSV with a header row, or a besluitenlijst as
//! public bodies publish it (numbered entries "20191212.5 Onderwerp – besluittekst", or the three-column
//! table "Datum besluit / Inhoud / Verwijzing" anywhere in a text).
//!
//! Accepted column names (case does not matter, a part in parentheses is ignored):
//! - date: date, datum, datum besluit, besluitdatum, decision date
//! - text: text, besluit, inhoud, tekst, besluittekst, decision
//! - body: body, gremium, orgaan
//! - reference: reference, verwijzing, referentie, kenmerk, ref
//!
//! Other columns are ignored. Dates: 2019-12-12, 12-12-2019, 12/12/2019, 12.12.2019, 12 december 2019,
//! 12 dec. 2019, and eight digits 20191212 or 12122019 (whichever reads as a real date).

use crate::dates::{month_from_name, Date};
use crate::text::{clean_line, clean_text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedDecision {
    /// The line the row or entry starts on (1-based).
    pub line: usize,
    /// ISO date.
    pub date: String,
    pub text: String,
    pub body: String,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    /// The "Datum besluit / Inhoud / Verwijzing" table inside a longer text.
    Table,
    /// Numbered entries such as "20191212.5 Onderwerp – besluittekst".
    Numbered,
}

impl Format {
    pub fn describe(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Tsv => "TSV",
            Format::Table => "besluitenlijst table",
            Format::Numbered => "besluitenlijst with numbered entries",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub format: Format,
    pub decisions: Vec<ParsedDecision>,
    pub bad: Vec<BadRow>,
}

/// Why a whole text could not be read as a decision list.
pub const NOT_A_LIST: &str = "no decision list found: expected a header row naming at least a date column \
     (date, datum, datum besluit) and a text column (text, besluit, inhoud, tekst), separated by tabs, commas \
     or semicolons, or numbered entries such as \"20191212.5 Onderwerp – besluittekst\"";

#[derive(Debug, Clone, Copy, Default)]
struct Columns {
    date: Option<usize>,
    text: Option<usize>,
    body: Option<usize>,
    reference: Option<usize>,
}

fn column_role(name: &str) -> Option<&'static str> {
    let mut n = name.trim().trim_start_matches('\u{feff}').trim_matches('"').to_lowercase();
    if let Some(open) = n.find('(') {
        n.truncate(open);
    }
    let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
    match n.as_str() {
        "date" | "datum" | "datum besluit" | "besluitdatum" | "decision date" | "vergaderdatum" => Some("date"),
        "text" | "besluit" | "inhoud" | "tekst" | "besluittekst" | "decision" => Some("text"),
        "body" | "gremium" | "orgaan" => Some("body"),
        "reference" | "verwijzing" | "referentie" | "kenmerk" | "ref" => Some("reference"),
        _ => None,
    }
}

fn header_columns(cells: &[String]) -> Option<Columns> {
    let mut c = Columns::default();
    for (i, cell) in cells.iter().enumerate() {
        let slot = match column_role(cell)? {
            "date" => &mut c.date,
            "text" => &mut c.text,
            "body" => &mut c.body,
            _ => &mut c.reference,
        };
        slot.get_or_insert(i);
    }
    (c.date.is_some() && c.text.is_some()).then_some(c)
}

/// Lenient about unknown extra columns: a header is a row whose recognised names include date and text.
fn header_columns_lenient(cells: &[String]) -> Option<Columns> {
    let mut c = Columns::default();
    for (i, cell) in cells.iter().enumerate() {
        let slot = match column_role(cell) {
            Some("date") => &mut c.date,
            Some("text") => &mut c.text,
            Some("body") => &mut c.body,
            Some(_) => &mut c.reference,
            None => continue,
        };
        slot.get_or_insert(i);
    }
    (c.date.is_some() && c.text.is_some()).then_some(c)
}

/// Parses a decision list. `default_body` fills rows without a body of their own.
/// Returns `Err(NOT_A_LIST)` when the text is none of the accepted forms.
pub fn parse(text: &str, default_body: Option<&str>) -> Result<Parsed, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let default_body = default_body.map(clean_line).filter(|b| !b.is_empty());
    let lines: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty()).ok_or_else(|| "the file is empty".to_string())?;

    for (delimiter, format) in [('\t', Format::Tsv), (';', Format::Csv), (',', Format::Csv)] {
        if !lines[first].contains(delimiter) {
            continue;
        }
        let rows = split_rows(&lines, first, delimiter, false);
        if let Some((_, header)) = rows.first() {
            if let Some(cols) = header_columns_lenient(header) {
                needs_body(cols.body.is_some() || default_body.is_some())?;
                return Ok(from_rows(format, &rows[1..], cols, default_body.as_deref()));
            }
        }
    }
    // A table somewhere in a longer text (as in a meeting's minutes): from its header to the first blank line.
    for (i, line) in lines.iter().enumerate() {
        if !line.contains('\t') {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(str::to_string).collect();
        if let Some(cols) = header_columns(&cells) {
            needs_body(cols.body.is_some() || default_body.is_some())?;
            let rows = split_rows(&lines, i, '\t', true);
            return Ok(from_rows(Format::Table, &rows[1..], cols, default_body.as_deref()));
        }
    }
    let parsed = parse_numbered(&lines, default_body.as_deref()).ok_or_else(|| NOT_A_LIST.to_string())?;
    needs_body(default_body.is_some())?;
    Ok(parsed)
}

fn needs_body(has: bool) -> Result<(), String> {
    if has {
        Ok(())
    } else {
        Err("the list names no body (no body, gremium or orgaan column): give --body NAME, as in --body \"Stuurgroep MIT\"".into())
    }
}

/// Rows of cells with the line each starts on. A field that starts with a quote may hold the delimiter,
/// doubled quotes and line breaks. With `stop_at_blank`, the first blank line ends the table.
fn split_rows(lines: &[&str], from: usize, delimiter: char, stop_at_blank: bool) -> Vec<(usize, Vec<String>)> {
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

fn from_rows(format: Format, rows: &[(usize, Vec<String>)], cols: Columns, default_body: Option<&str>) -> Parsed {
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
                reference: clean_line(&cell(cells, cols.reference)),
            }),
            _ => bad.push(BadRow { line: *line, message: problems.join("; ") }),
        }
    }
    Parsed { format, decisions, bad }
}

/// "20191212.5 rest" → (2019-12-12 if real, "20191212.5", "rest"); `None` when the line does not start so.
fn numbered_code(line: &str) -> Option<(Option<Date>, &str, &str)> {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 8 || t.as_bytes().get(8) != Some(&b'.') {
        return None;
    }
    let seq = t[9..].bytes().take_while(u8::is_ascii_digit).count();
    if seq == 0 {
        return None;
    }
    let code_end = 9 + seq;
    let rest = &t[code_end..];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some((eight_digit_date(&t[..8]), &t[..code_end], rest.trim()))
}

fn parse_numbered(lines: &[&str], default_body: Option<&str>) -> Option<Parsed> {
    struct Entry {
        line: usize,
        date: Option<Date>,
        code: String,
        text: String,
    }
    let mut entries: Vec<Entry> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some((date, code, rest)) = numbered_code(line) {
            entries.push(Entry { line: i + 1, date, code: code.to_string(), text: rest.to_string() });
        } else if let Some(e) = entries.last_mut() {
            // A wrapped entry continues on the next lines; a blank line ends it.
            if line.trim().is_empty() {
                if !e.text.ends_with("\n\n") && !e.text.is_empty() {
                    e.text.push_str("\n\n");
                }
            } else {
                if !e.text.is_empty() && !e.text.ends_with('\n') {
                    e.text.push(' ');
                }
                e.text.push_str(line.trim());
            }
        }
    }
    if entries.is_empty() {
        return None;
    }
    let mut decisions = Vec::new();
    let mut bad = Vec::new();
    for e in entries {
        let text = clean_text(e.text.trim());
        let mut problems = Vec::new();
        if e.date.is_none() {
            problems.push(format!("{} does not start with a real date (YYYYMMDD)", e.code));
        }
        if text.is_empty() {
            problems.push("the decision text is empty".to_string());
        }
        match (e.date, problems.is_empty()) {
            (Some(d), true) => decisions.push(ParsedDecision {
                line: e.line,
                date: d.iso(),
                text,
                body: default_body.unwrap_or("").to_string(),
                reference: e.code,
            }),
            _ => bad.push(BadRow { line: e.line, message: problems.join("; ") }),
        }
    }
    Some(Parsed { format: Format::Numbered, decisions, bad })
}

fn plausible(d: Date) -> bool {
    (1900..=2200).contains(&d.year)
}

/// Eight digits as YYYYMMDD or DDMMYYYY, whichever is a real date in a plausible year (YYYYMMDD first).
fn eight_digit_date(s: &str) -> Option<Date> {
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ymd = Date::parse_iso(&format!("{}-{}-{}", &s[0..4], &s[4..6], &s[6..8])).filter(|d| plausible(*d));
    ymd.or_else(|| Date::parse_iso(&format!("{}-{}-{}", &s[4..8], &s[2..4], &s[0..2])).filter(|d| plausible(*d)))
}

/// A date as decision lists write it.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    if let Some(d) = Date::parse_iso(t) {
        return Some(d);
    }
    if let Some(d) = eight_digit_date(t) {
        return Some(d);
    }
    let parts: Vec<&str> = t.split(['-', '/', '.', ' ']).filter(|p| !p.is_empty()).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let num =
        |s: &str| -> Option<u32> { (s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 4).then(|| s.parse().ok())? };
    let (day, month, year) = if a.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        (num(a)?, num(b).or_else(|| month_from_name(b))?, num(c)?)
    };
    if !(1900..=2200).contains(&year) {
        return None;
    }
    Date::parse_iso(&format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_forms_lists_use() {
        for (text, iso) in [
            ("2019-12-12", "2019-12-12"),
            ("12-12-2019", "2019-12-12"),
            ("1/2/2022", "2022-02-01"),
            ("12 december 2019", "2019-12-12"),
            ("3 mrt. 2022", "2022-03-03"),
            ("11022022", "2022-02-11"),
            ("20191212", "2019-12-12"),
        ] {
            assert_eq!(parse_date(text).map(Date::iso).as_deref(), Some(iso), "{text}");
        }
        for text in ["31-02-2022", "2022-13-01", "morgen", "12 dec", "99999999"] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn quoted_csv_fields_hold_delimiters_and_line_breaks() {
        let text = "datum;besluit;gremium\n2022-03-24;\"Akkoord; met \"\"kanttekening\"\"\nen meer\";SG\n2022-03-25;Tweede;SG\n";
        let p = parse(text, None).unwrap();
        assert_eq!(p.format, Format::Csv);
        assert_eq!(p.decisions.len(), 2);
        assert_eq!(p.decisions[0].text, "Akkoord; met \"kanttekening\"\nen meer");
        assert_eq!(p.decisions[1].line, 4);
    }
}
