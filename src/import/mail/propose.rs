//! The body and date of the meeting a mail is for, as its subject, its agenda's heading or its text
//! say them ("Agenda en stukken Stuurgroep MIT 10 december 2026", "RE: Opdracht LE MIT in KLO 8 maart").

use crate::dates::{month_from_name, Date};
use crate::text::fold;

/// Where a proposal was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Subject,
    Agenda,
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub from: Source,
}

/// Words that name a governance body on their own or with the words after them.
const BODY_WORDS: &[&str] = &[
    "stuurgroep",
    "ontwerpgroep",
    "programmateam",
    "kerngroep",
    "werkgroep",
    "regiegroep",
    "klankbordgroep",
    "korpsleidingsoverleg",
    "directieoverleg",
    "bestuursoverleg",
    "portefeuillehoudersoverleg",
    "managementteam",
    "bestuurscommissie",
    "bestuur",
    "raad",
    "commissie",
    "driehoek",
    "hasg",
    "asg",
    "klo",
    "sko",
    "mio",
    "pgt",
    "og",
    "db",
    "ab",
    "mt",
];

/// Words before a body word that belong to its name ("Dagelijks Bestuur", "Algemeen Bestuur").
const BODY_ADJECTIVES: &[&str] = &["dagelijks", "algemeen"];

/// Words after a body word that end its name.
const NAME_STOPS: &[&str] = &[
    "agenda",
    "stukken",
    "vergadering",
    "van",
    "op",
    "de",
    "het",
    "en",
    "voor",
    "d.d.",
    "dd",
    "in",
    "met",
    "bij",
    "te",
    "om",
    "over",
    "inzake",
    "uitnodiging",
    "overleg",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// The subject without "RE:", "FW:", "Doorst:", "Antw:" and the like in front.
pub fn bare_subject(subject: &str) -> &str {
    let mut s = subject.trim();
    loop {
        let lower = s.to_lowercase();
        let Some(colon) = lower.find(':') else { return s };
        let head = lower[..colon].trim();
        let head = head.split('[').next().unwrap_or(head).trim();
        if matches!(head, "re" | "fw" | "fwd" | "doorst" | "antw" | "aw" | "wg" | "tr" | "sv" | "vs" | "ant" | "fw re")
        {
            s = s[colon + 1..].trim_start();
        } else {
            return s;
        }
    }
}

/// The body named in the text: a known body's name first (the longest that occurs), else a body word
/// with the names after it ("Stuurgroep MIT").
pub fn find_body(text: &str, known: &[String]) -> Option<String> {
    let folded = format!(" {} ", words_of(&fold(text)).join(" "));
    let mut best: Option<&String> = None;
    for name in known {
        let n = words_of(&fold(name)).join(" ");
        if !n.is_empty() && folded.contains(&format!(" {n} ")) && best.is_none_or(|b| b.len() < name.len()) {
            best = Some(name);
        }
    }
    if let Some(b) = best {
        return Some(b.clone());
    }
    // A name ends with its line: "Agenda vergadering Algemeen Bestuur" above "Datum: …" is not "… Bestuur Datum".
    text.lines().find_map(|line| body_in_line(&line.split_whitespace().collect::<Vec<_>>()))
}

/// A body word in the line with the names after it ("Stuurgroep MIT").
fn body_in_line(raw: &[&str]) -> Option<String> {
    for (i, w) in raw.iter().enumerate() {
        let word = clean_word(w);
        let lower = fold(word);
        if !BODY_WORDS.contains(&lower.as_str()) {
            continue;
        }
        // A two-letter acronym counts only written in capitals ("OG", not "og" or "Og").
        if word.len() <= 3 && word != word.to_uppercase() {
            continue;
        }
        let mut name = vec![word.to_string()];
        if i > 0 && BODY_ADJECTIVES.contains(&fold(clean_word(raw[i - 1])).as_str()) {
            name.insert(0, clean_word(raw[i - 1]).to_string());
        }
        // A sentence or clause ends with the body word: what follows is not its name ("… de stuurgroep. Verdere …").
        let names = if w.ends_with(['.', ',', ';', ':', ')']) { 0 } else { 2 };
        for next in raw.iter().skip(i + 1).take(names) {
            let n = clean_word(next);
            let nl = fold(n);
            let starts_upper = n.chars().next().is_some_and(char::is_uppercase);
            if n.is_empty()
                || !starts_upper
                || NAME_STOPS.contains(&nl.as_str())
                || is_month_word(&nl)
                || n.chars().any(|c| c.is_ascii_digit())
            {
                break;
            }
            name.push(n.to_string());
            if next.ends_with(['.', ',', ';', ':', ')']) {
                break;
            }
        }
        return Some(name.join(" "));
    }
    None
}

fn is_month_word(w: &str) -> bool {
    crate::dates::MONTHS_NL.contains(&w)
        || ["jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"].contains(&w)
}

fn clean_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '&')
}

fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// The first date in the text: "10 december 2026", "donderdag 10 dec. 2026", "10-12-2026", "10/12/2026",
/// "2026-12-10", or "8 maart" with the year taken from `reference` (the mail's date: the next such day
/// from about two months before it on).
pub fn find_date(text: &str, reference: Option<Date>) -> Option<Date> {
    let raw: Vec<&str> = text.split_whitespace().collect();
    for i in 0..raw.len() {
        let w = raw[i].trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '"' | '\''));
        if let Some(d) = numeric_date(w.trim_end_matches('.')) {
            return Some(d);
        }
        let Some(day) = w.trim_end_matches('.').parse::<u32>().ok().filter(|d| (1..=31).contains(d)) else {
            continue;
        };
        let Some(month_word) = raw.get(i + 1).map(|m| m.trim_matches(|c: char| !c.is_alphabetic())) else { continue };
        let month_word = fold(month_word);
        if !is_month_word(&month_word) {
            continue;
        }
        let Some(month) = month_from_name(&month_word) else { continue };
        let year = raw
            .get(i + 2)
            .map(|y| y.trim_matches(|c: char| !c.is_ascii_digit()))
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok());
        let date = match (year, reference) {
            (Some(y), _) => Date::parse_iso(&format!("{y:04}-{month:02}-{day:02}")),
            (None, Some(r)) => {
                let this = Date::parse_iso(&format!("{:04}-{month:02}-{day:02}", r.year));
                // Mailed in December for a meeting in January: the next year.
                match this {
                    Some(d) if months_apart(d, r) < -2 => {
                        Date::parse_iso(&format!("{:04}-{month:02}-{day:02}", r.year + 1))
                    }
                    other => other,
                }
            }
            (None, None) => None,
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

fn months_apart(a: Date, b: Date) -> i32 {
    (a.year - b.year) * 12 + a.month as i32 - b.month as i32
}

/// A whole date: "10-12-2026", "10/12/2026", "10.12.2026", "2026-12-10".
pub fn numeric_date(w: &str) -> Option<Date> {
    if let Some(d) = Date::parse_iso(w) {
        return Some(d);
    }
    let parts: Vec<&str> = w.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [d, m, y] if (1..=2).contains(&d.len()) && (1..=2).contains(&m.len()) && y.len() == 4 => {
            let (d, m, y) = (d.parse::<u32>().ok()?, m.parse::<u32>().ok()?, y.parse::<i32>().ok()?);
            Date::parse_iso(&format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// A date as the user types it for --date: ISO, "10-12-2026", "10 december 2026", "donderdag 10 dec 2026".
pub fn parse_user_date(text: &str) -> Option<Date> {
    let t = text.trim();
    numeric_date(t).or_else(|| find_date(t, None).filter(|_| t.chars().any(|c| c.is_ascii_digit())))
}

/// Lines of a text that say something about the meeting; header lines of quoted mails ("Verzonden: …")
/// give the dates of mails, not of the meeting.
pub fn meeting_lines(text: &str, max: usize) -> String {
    text.lines()
        .filter(|l| {
            let lower = l.trim_start().to_lowercase();
            !["verzonden:", "datum:", "date:", "sent:", "van:", "from:", "aan:", "to:", "cc:", ">"]
                .iter()
                .any(|h| lower.starts_with(h))
        })
        .take(max)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(iso: &str) -> Option<Date> {
        Date::parse_iso(iso)
    }

    #[test]
    fn subjects() {
        assert_eq!(bare_subject("RE: FW: Agenda KLO"), "Agenda KLO");
        assert_eq!(bare_subject("Doorst: Memo tbv de minister"), "Memo tbv de minister");
        assert_eq!(bare_subject("Antw: 5.1.2.e MIT/MIO"), "5.1.2.e MIT/MIO");
        assert_eq!(
            bare_subject("Terugkoppeling MR in stuurgroep MIT | VERTROUWELIJK"),
            "Terugkoppeling MR in stuurgroep MIT | VERTROUWELIJK"
        );
    }

    #[test]
    fn bodies_from_subjects() {
        let none: Vec<String> = Vec::new();
        assert_eq!(
            find_body("Agenda en stukken Stuurgroep MIT 10 december 2026", &none).as_deref(),
            Some("Stuurgroep MIT")
        );
        assert_eq!(find_body("Opdracht LE MIT in KLO 8 maart", &none).as_deref(), Some("KLO"));
        assert_eq!(
            find_body("Agenda Dagelijks Bestuur – 3 november 2022", &none).as_deref(),
            Some("Dagelijks Bestuur")
        );
        assert_eq!(find_body("Verzoek i.v.m. Ontwerpgroep MIT 7 februari", &none).as_deref(), Some("Ontwerpgroep MIT"));
        assert_eq!(find_body("memo min.v6.0.docx", &none), None);
        assert_eq!(find_body("we gaan er og eens over praten", &none), None);
        assert_eq!(
            find_body("Agenda vergadering Algemeen Bestuur\nDatum: donderdag 29 oktober 2026", &none).as_deref(),
            Some("Algemeen Bestuur"),
            "a name ends with its line"
        );
        assert_eq!(
            find_body("in lijn met de stuurgroep. Verdere afstemming", &none).as_deref(),
            Some("stuurgroep"),
            "nor does it run into the next sentence"
        );
        let known = vec!["Stuurgroep MIT".to_string(), "KLO".to_string()];
        assert_eq!(find_body("stukken stuurgroep mit van 10 december", &known).as_deref(), Some("Stuurgroep MIT"));
    }

    #[test]
    fn dates() {
        assert_eq!(find_date("Agenda en stukken Stuurgroep MIT 10 december 2026", None), d("2026-12-10"));
        assert_eq!(find_date("vergadering van donderdag 24 mrt. 2022", None), d("2022-03-24"));
        assert_eq!(find_date("KLO 8 maart", d("2022-03-02")), d("2022-03-08"));
        assert_eq!(find_date("KLO 8 maart", None), None);
        assert_eq!(find_date("Stuurgroep 14 januari", d("2026-12-01")), d("2027-01-14"));
        assert_eq!(find_date("Ontwerpgroep 16 februari", d("2022-03-02")), d("2022-02-16"));
        assert_eq!(find_date("op 10-12-2026 om 10.00", None), d("2026-12-10"));
        assert_eq!(find_date("op 2026-12-10", None), d("2026-12-10"));
        assert_eq!(find_date("punt 5 mei ", None), None);
        assert_eq!(find_date("31 februari 2026", None), None);
        assert_eq!(find_date("memo min.v6.0.docx", None), None);
        assert_eq!(parse_user_date("10 december 2026"), d("2026-12-10"));
        assert_eq!(parse_user_date("10-12-2026"), d("2026-12-10"));
        assert_eq!(parse_user_date("2026-12-10"), d("2026-12-10"));
        assert_eq!(parse_user_date("morgen"), None);
    }

    #[test]
    fn quoted_headers_are_not_the_meeting() {
        let text = "Hoi,\nVerzonden: woensdag 2 maart 2022 14:33\nDe stukken voor 8 maart 2022.";
        assert_eq!(find_date(&meeting_lines(text, 30), None), d("2022-03-08"));
    }
}
