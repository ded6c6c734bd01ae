//! Dates as decision lists write them: in a column of their own, or inside a heading line
//! ("Openbaar verslag vergadering GS Utrecht 24-04-2018", "dinsdag 16 juni 2020 09:30 - 12:30").

use crate::dates::{month_from_name, Date};

fn plausible(d: Date) -> bool {
    (1900..=2200).contains(&d.year)
}

/// Eight digits as YYYYMMDD or DDMMYYYY, whichever is a real date in a plausible year (YYYYMMDD first).
pub(super) fn eight_digit_date(s: &str) -> Option<Date> {
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
    if !(1900..=2200).contains(&year) || (c.len() != 4 && a.len() != 4) {
        return None;
    }
    Date::parse_iso(&format!("{year:04}-{month:02}-{day:02}"))
}

const WEEKDAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn is_time(t: &str) -> bool {
    let t = t.trim_end_matches('u');
    let mut parts = t.split([':', '.']);
    let (Some(h), Some(m), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// Words that may stand beside a date on a line that is only a date.
fn is_date_company(t: &str) -> bool {
    let l = t.to_lowercase();
    WEEKDAYS.contains(&l.as_str())
        || is_time(&l)
        || matches!(l.as_str(), "-" | "–" | "d.d." | "dd" | "uur" | "op" | "van" | "tot" | "datum" | "datum:")
}

/// The first date written inside a line, and whether the line holds nothing else (besides a weekday,
/// times, "d.d.").
pub(super) fn date_in(line: &str) -> Option<(Date, bool)> {
    let tokens: Vec<&str> = line
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”')))
        .collect();
    let only = |from: usize, to: usize| {
        tokens.iter().enumerate().all(|(k, t)| (from..to).contains(&k) || t.is_empty() || is_date_company(t))
    };
    for i in 0..tokens.len() {
        let t = tokens[i].trim_end_matches('.');
        if t.len() >= 8 && t.contains(['-', '/', '.']) {
            if let Some(d) = parse_date(t) {
                return Some((d, only(i, i + 1)));
            }
        }
        if i + 2 < tokens.len() && (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) {
            let month = tokens[i + 1];
            let year = tokens[i + 2].trim_end_matches('.');
            if month.chars().next().is_some_and(char::is_alphabetic)
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
            {
                if let Some(m) = month_from_name(month) {
                    let iso = format!("{year}-{m:02}-{:02}", t.parse::<u32>().unwrap_or(0));
                    if let Some(d) = Date::parse_iso(&iso).filter(|d| plausible(*d)) {
                        return Some((d, only(i, i + 3)));
                    }
                }
            }
        }
    }
    None
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
        for text in ["31-02-2022", "2022-13-01", "morgen", "12 dec", "99999999", "02-07-25"] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn a_date_inside_a_heading_and_whether_it_stands_alone() {
        for (line, iso, alone) in [
            ("Openbaar verslag vergadering GS Utrecht 24-04-2018", "2018-04-24", false),
            ("Besluitenlijst GS-vergadering van 02 nov 2021", "2021-11-02", false),
            ("dinsdag 16 juni 2020 09:30 - 12:30", "2020-06-16", true),
            ("1 november 2022", "2022-11-01", true),
            ("Vergaderdatum: 4 juli 2023.", "2023-07-04", false),
            ("Concept verslag vergadering Algemeen Bestuur d.d. 26 februari 2021", "2021-02-26", false),
        ] {
            let (d, only) = date_in(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((d.iso().as_str(), only), (iso, alone), "{line}");
        }
        for line in ["Dit is het rappel tot 02-07-25.", "Registratienummer 2016/2231", "0.06.H", "16.30", "1 week na"] {
            assert_eq!(date_in(line), None, "{line}");
        }
    }
}
