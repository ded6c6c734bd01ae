//! Parsing a decision list into decisions, purely. The forms, tried in this order:
//! - CSV or TSV with a header row ([`columns`]);
//! - the three-column table "Datum besluit / Inhoud / Verwijzing" anywhere in a text, as in minutes;
//! - numbered entries "20191212.5 Onderwerp – besluittekst" ([`numbered`]);
//! - a decision list as public bodies publish it ([`published`]): subjects with their code
//!   ("05A Overdragen gedeelte portefeuille", "1. 03", "NummerA4", "T01237"), SAMENVATTING and
//!   BESLUIT blocks, a paragraph per subject, or paragraphs each followed by its date.
//!
//! Accepted column names (case does not matter, a part in parentheses is ignored):
//! - date: date, datum, datum besluit, besluitdatum, decision date
//! - text: text, besluit, inhoud, tekst, besluittekst, decision
//! - body: body, gremium, orgaan
//! - reference: reference, verwijzing, referentie, kenmerk, ref
//!
//! Other columns are ignored. Dates: 2019-12-12, 12-12-2019, 12/12/2019, 12.12.2019, 12 december 2019,
//! 12 dec. 2019, and eight digits 20191212 or 12122019 (whichever reads as a real date).

mod columns;
mod dates;
mod entry;
mod heading;
mod headings;
mod item_ref;
mod lines;
mod numbered;
mod published;
mod unheaded;

pub use dates::parse_date;
pub use item_ref::{bare_number, item_number, names_item, same_subject};

use crate::text::clean_line;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedDecision {
    /// The line the row or entry starts on (1-based).
    pub line: usize,
    /// ISO date.
    pub date: String,
    /// The decision itself (the besluit), without its subject or summary.
    pub text: String,
    pub body: String,
    /// The entry's code as printed ("05A", "0.06.H", "T01237") or the reference column.
    pub reference: String,
    /// What the decision is about, when the list names it apart ("Overdragen gedeelte portefeuille").
    pub subject: String,
    /// The summary, context or vote the list gives with the decision.
    pub summary: String,
}

impl ParsedDecision {
    /// The text as stored: the subject on a line of its own above the decision, the summary below it,
    /// so that search finds all three and nothing the list said is lost.
    pub fn stored_text(&self) -> String {
        let mut out = String::with_capacity(self.subject.len() + self.text.len() + self.summary.len() + 20);
        if !self.subject.is_empty() && !self.text.starts_with(&self.subject) {
            out.push_str(&self.subject);
            out.push('\n');
        }
        out.push_str(&self.text);
        if !self.summary.is_empty() {
            out.push_str("\n\nSamenvatting: ");
            out.push_str(&self.summary);
        }
        out
    }
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
    /// Subjects, each with its decision (and perhaps its code and summary), as bodies publish them.
    Subjects,
    /// A list of commitments (toezeggingen), each headed by its code.
    Commitments,
    /// Paragraphs each followed by the date it was decided on.
    Dated,
}

/// A row's or subject's problem (the parser writes them in English) in the user's language.
pub fn reason(message: &str, lang: crate::locale::Lang) -> String {
    if lang == crate::locale::Lang::En {
        return message.to_string();
    }
    const DUTCH: &[(&str, &str)] = &[
        ("no decision text", "geen besluittekst"),
        ("the date is missing", "de datum ontbreekt"),
        (
            " is not a date (use 2019-12-12, 12-12-2019 or 12 december 2019)",
            " is geen datum (gebruik 2019-12-12, 12-12-2019 of 12 december 2019)",
        ),
        ("the decision text is empty", "de besluittekst is leeg"),
        (
            "no body: add a body column (body, gremium, orgaan) or give --body NAME",
            "geen gremium: voeg een kolom gremium toe of geef --body NAAM",
        ),
        (
            "no date (the table has no date column and the heading names no meeting date)",
            "geen datum (de tabel heeft geen datumkolom en de kop noemt geen vergaderdatum)",
        ),
    ];
    DUTCH.iter().fold(message.to_string(), |m, (en, nl)| m.replace(en, nl))
}

impl Format {
    /// What kind of list it was, in the user's language.
    pub fn describe_in(self, lang: crate::locale::Lang) -> &'static str {
        if lang == crate::locale::Lang::En {
            return self.describe();
        }
        match self {
            Format::Csv => "CSV",
            Format::Tsv => "TSV",
            Format::Table => "besluitenlijst als tabel",
            Format::Numbered => "besluitenlijst met genummerde besluiten",
            Format::Subjects => "besluitenlijst met een besluit per onderwerp",
            Format::Commitments => "lijst van toezeggingen",
            Format::Dated => "lijst van gedateerde besluiten",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Tsv => "TSV",
            Format::Table => "besluitenlijst table",
            Format::Numbered => "besluitenlijst with numbered entries",
            Format::Subjects => "besluitenlijst with a decision per subject",
            Format::Commitments => "list of commitments (toezeggingen)",
            Format::Dated => "list of dated decisions",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub format: Format,
    pub decisions: Vec<ParsedDecision>,
    /// Rows or entries that are wrong (no real date, empty text): the import refuses them.
    pub bad: Vec<BadRow>,
    /// Subjects the list names without a decision text: reported, never made into a decision.
    pub undecided: Vec<BadRow>,
    /// The body the document's heading names ("GS Utrecht"), used when none is given.
    pub body_from_heading: Option<String>,
}

impl Parsed {
    fn new(format: Format, decisions: Vec<ParsedDecision>, bad: Vec<BadRow>) -> Parsed {
        Parsed { format, decisions, bad, undecided: Vec::new(), body_from_heading: None }
    }
}

/// Why a whole text could not be read as a decision list.
pub const NOT_A_LIST: &str = "no decision list found: expected a header row naming at least a date column \
     (date, datum, datum besluit) and a text column (text, besluit, inhoud, tekst), separated by tabs, commas \
     or semicolons, numbered entries such as \"20191212.5 Onderwerp – besluittekst\", or subjects with their \
     decision (\"05A Onderwerp\" … \"BESLUIT: …\") under a heading that names the meeting's date";

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
        let rows = columns::split_rows(&lines, first, delimiter, false);
        if let Some((_, header)) = rows.first() {
            if let Some(cols) = columns::header_columns_lenient(header) {
                needs_body(cols.body.is_some() || default_body.is_some())?;
                return Ok(columns::from_rows(format, &rows[1..], cols, default_body.as_deref()));
            }
        }
    }
    // A table somewhere in a longer text (as in a meeting's minutes): from its header to the first blank line.
    for (i, line) in lines.iter().enumerate() {
        if !line.contains('\t') {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(str::to_string).collect();
        if let Some(cols) = columns::header_columns(&cells) {
            needs_body(cols.body.is_some() || default_body.is_some())?;
            let rows = columns::split_rows(&lines, i, '\t', true);
            let rows = columns::join_wrapped_cells(rows[1..].to_vec(), cols);
            return Ok(columns::from_rows(Format::Table, &rows, cols, default_body.as_deref()));
        }
    }
    if let Some((cols, rows)) = columns::pipe_table(&lines) {
        needs_body(cols.body.is_some() || default_body.is_some())?;
        return Ok(columns::from_rows(Format::Table, &rows, cols, default_body.as_deref()));
    }
    // The same table as a PDF lays it out, its columns aligned with spaces.
    if let Some((cols, rows)) = columns::layout_table(&lines) {
        needs_body(cols.body.is_some() || default_body.is_some())?;
        return Ok(columns::from_rows(Format::Table, &rows, cols, default_body.as_deref()));
    }
    let prepared = lines::prepare(&lines);
    let dateless = || {
        let (header, cols, rows) = columns::dateless_table(&lines)?;
        let above: Vec<lines::Ln> = prepared.iter().take_while(|l| l.no <= header).cloned().collect();
        let date = heading::meeting_date(&above).map(crate::dates::Date::iso);
        Some(columns::from_dateless_rows(&rows, cols, date.as_deref()))
    };
    let mut parsed = match numbered::parse_numbered(&lines, default_body.as_deref()) {
        Some(p) => p,
        None => dateless().or_else(|| published::parse(&prepared)).ok_or_else(|| NOT_A_LIST.to_string())?,
    };
    let first_entry = (parsed.decisions.iter().map(|d| d.line))
        .chain(parsed.bad.iter().chain(&parsed.undecided).map(|b| b.line))
        .min();
    parsed.body_from_heading = heading::body(&prepared, first_entry.unwrap_or(usize::MAX));
    let body = default_body.or_else(|| parsed.body_from_heading.clone());
    needs_body(body.is_some())?;
    let body = body.unwrap_or_default();
    for d in &mut parsed.decisions {
        d.body.clone_from(&body);
    }
    // Whatever shape found it, a decision with no words (a lone bullet or dash as its text) decides nothing.
    let (empty, decisions): (Vec<_>, Vec<_>) =
        std::mem::take(&mut parsed.decisions).into_iter().partition(|d| d.text.trim().is_empty());
    parsed.decisions = decisions;
    parsed.undecided.extend(empty.into_iter().map(|d| BadRow { line: d.line, message: "no decision text".into() }));
    parsed.undecided.sort_by_key(|b| b.line);
    Ok(parsed)
}

fn needs_body(has: bool) -> Result<(), String> {
    if has {
        Ok(())
    } else {
        Err("the list names no body (no body, gremium or orgaan column, no body in its heading): give --body NAME, as in --body \"Stuurgroep MIT\"".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_csv_fields_hold_delimiters_and_line_breaks() {
        let text = "datum;besluit;gremium\n2022-03-24;\"Akkoord; met \"\"kanttekening\"\"\nen meer\";SG\n2022-03-25;Tweede;SG\n";
        let p = parse(text, None).unwrap();
        assert_eq!(p.format, Format::Csv);
        assert_eq!(p.decisions.len(), 2);
        assert_eq!(p.decisions[0].text, "Akkoord; met \"kanttekening\"\nen meer");
        assert_eq!(p.decisions[1].line, 4);
    }

    #[test]
    fn the_stored_text_keeps_subject_decision_and_summary() {
        let d = ParsedDecision {
            text: "Gedeputeerde Staten besluiten: akkoord.".into(),
            subject: "Overdragen gedeelte portefeuille".into(),
            summary: "Straat draagt Water over.".into(),
            ..Default::default()
        };
        assert_eq!(
            d.stored_text(),
            "Overdragen gedeelte portefeuille\nGedeputeerde Staten besluiten: akkoord.\n\nSamenvatting: Straat draagt Water over."
        );
        let plain = ParsedDecision { text: "Akkoord.".into(), ..Default::default() };
        assert_eq!(plain.stored_text(), "Akkoord.");
    }
}

#[cfg(test)]
mod reason_tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn every_reason_the_parser_gives_reads_in_dutch() {
        let lines = "Datum;Besluit;Gremium\n31-02-2020;x;AB\n;y;AB\n12-12-2019;;AB\n";
        let p = parse(lines, None).unwrap();
        assert_eq!(p.bad.len(), 3);
        for b in &p.bad {
            let nl = reason(&b.message, Lang::Nl);
            for english in ["is not a date", "missing", "empty", "no body", " the "] {
                assert!(!nl.contains(english), "{nl}");
            }
        }
        assert_eq!(reason("\"Opening\": no decision text", Lang::Nl), "\"Opening\": geen besluittekst");
        assert_eq!(Format::Subjects.describe_in(Lang::Nl), "besluitenlijst met een besluit per onderwerp");
    }
}
