//! Numbered entries such as "20191212.5 Onderwerp – besluittekst": the code holds the meeting's date.

use super::dates::eight_digit_date;
use super::{BadRow, Format, Parsed, ParsedDecision};
use crate::dates::Date;
use crate::text::clean_text;

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

pub(super) fn parse_numbered(lines: &[&str], default_body: Option<&str>) -> Option<Parsed> {
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
                ..Default::default()
            }),
            _ => bad.push(BadRow { line: e.line, message: problems.join("; ") }),
        }
    }
    Some(Parsed::new(Format::Numbered, decisions, bad))
}
