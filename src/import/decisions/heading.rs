//! What a decision list's heading says about the whole list: the meeting's date
//! ("Openbaar verslag vergadering GS Utrecht 24-04-2018", "Vergaderdatum: 4 juli 2023") and the body
//! ("GS Utrecht", "Gemeenteraad Zuidplas"). Only the lines above the first entry count: a date inside an
//! entry ("Besluitenlijst van de vergadering van 16 september 2008") is that entry's subject.

use super::dates::date_in;
use super::lines::{strip_prefix_ci, Ln};
use crate::dates::Date;

/// Words in a line that make a date on it the meeting's.
const MEETING_WORDS: &[&str] = &["vergadering", "besluitenlijst", "verslag", "besluiten", "toezeggingen", "notulen"];

/// How headings of decision lists and minutes begin.
const HEADING_STARTS: &[&str] = &[
    "besluitenlijst",
    "openbaar verslag",
    "verslag",
    "concept verslag",
    "conceptverslag",
    "korte aantekeningen",
    "notulen",
    "besluiten van",
];

/// The meeting's date from the lines above the first entry: a "Vergaderdatum" line first, then a line
/// that names the meeting or holds only the date. A date in passing ("sinds 1 januari 2017") is not it.
pub(super) fn meeting_date(header: &[Ln]) -> Option<Date> {
    let mut named = None;
    for l in header {
        let Some((date, alone)) = date_in(&l.text) else { continue };
        let low = l.text.to_lowercase();
        if low.starts_with("vergaderdatum") || low.starts_with("datum vergadering") {
            return Some(date);
        }
        // A long line is prose, unless it starts as a heading does ("Korte aantekeningen vergadering …").
        // "Commissievergaderingen op dinsdag 28 november 2023  Alle besluitpunten uitklappen": a page
        // that starts with the meeting's name is headed by it, whatever the portal put after it.
        let named_first = low.split_whitespace().next().is_some_and(|w| w.contains("vergadering"));
        let heading_like =
            low.chars().count() <= 100 || named_first || HEADING_STARTS.iter().any(|h| low.starts_with(h));
        let in_passing = !heading_like || low.contains(" sinds ") || low.contains(" vanaf ");
        if named.is_none() && (alone || (!in_passing && MEETING_WORDS.iter().any(|w| low.contains(w)))) {
            named = Some(date);
        }
    }
    named.or_else(|| header.iter().find_map(|l| meeting_named_in_passing(&l.text)))
}

/// A page run together (minutes as a PDF's text gives them) names its meeting inside a long line: "tevens
/// verslag van de vergadering op 19 mei 2009", "NOTULEN … GEHOUDEN OP DINSDAG 5 MAART 2013".
fn meeting_named_in_passing(text: &str) -> Option<Date> {
    // ASCII lower case keeps every byte where it was, so positions found in it hold in the text.
    let low = text.to_ascii_lowercase();
    for phrase in ["vergadering op ", "vergadering van ", "gehouden op "] {
        for (at, _) in low.match_indices(phrase) {
            let mut end = (at + phrase.len() + 40).min(low.len());
            while !low.is_char_boundary(end) {
                end -= 1;
            }
            let window = &low[at + phrase.len()..end];
            // The date must come first: "op 19 mei 2009", "op dinsdag 5 maart 2013", not a date further on.
            let first = window.split_whitespace().next().unwrap_or("");
            let weekday = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
            if first.starts_with(|c: char| c.is_ascii_digit()) || weekday.contains(&first) {
                if let Some((date, _)) = date_in(window) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// Whether the heading calls the document a list of decisions ("Openbare besluitenlijst", "GS-Besluiten")
/// rather than minutes ("verslag", "notulen", "aantekeningen").
pub(super) fn names_a_decision_list(header: &[Ln]) -> bool {
    let mut decisions = false;
    for l in header {
        let low = l.text.to_lowercase();
        if ["verslag", "notulen", "aantekeningen"].iter().any(|w| low.contains(w)) {
            return false;
        }
        // "Besluiten", "GS-besluiten", "Collegebesluiten", "DB-besluiten": the page lists decisions.
        decisions |= low.contains("besluitenlijst")
            || low.split(|c: char| !c.is_alphanumeric()).any(|w| w.ends_with("besluiten"))
            || low.contains("toezeggingen");
    }
    decisions
}

/// Bare names of bodies that portals print alone above a meeting.
const BODY_NAMES: &[&str] = &[
    "gemeenteraad",
    "provinciale staten",
    "gedeputeerde staten",
    "algemeen bestuur",
    "dagelijks bestuur",
    "college van burgemeester en wethouders",
];

/// The body a heading names, among the lines above `before` (a line number).
pub(super) fn body(lines: &[Ln], before: usize) -> Option<String> {
    lines.iter().take_while(|l| l.no < before).take(40).find_map(|l| body_in(&l.text))
}

fn body_in(t: &str) -> Option<String> {
    let low = t.to_lowercase();
    if BODY_NAMES.contains(&low.trim_end_matches(':')) {
        return Some(capitalised(t.trim_end_matches(':')));
    }
    if let Some(prefix) = t.strip_suffix("-Besluiten").or_else(|| t.strip_suffix("-besluiten")) {
        return name(prefix);
    }
    const LEADS: &[&str] = &[
        "openbaar verslag vergadering ",
        "openbaar verslag van de vergadering van ",
        "concept verslag vergadering ",
        "conceptverslag vergadering ",
        "verslag vergadering ",
        "verslag van de vergadering van ",
        "besluitenlijst van de vergadering van ",
        "besluitenlijst vergadering ",
        "openbare besluitenlijst ",
        "besluitenlijst ",
        "vergadering ",
        "besluiten van ",
    ];
    let rest = LEADS.iter().find_map(|lead| strip_prefix_ci(t, lead))?;
    // "… van de openbare vergadering van het Algemeen Bestuur": the words before the name.
    let mut rest = rest;
    while let Some(r) =
        ["het ", "de ", "openbare ", "vergadering ", "van ", "de "].iter().find_map(|w| strip_prefix_ci(rest, w))
    {
        rest = r;
    }
    // The name runs to the date, "d.d." or "van <date>".
    let all: Vec<&str> = rest.split_whitespace().collect();
    let mut words = Vec::new();
    for (k, w) in all.iter().enumerate() {
        let wl = w.to_lowercase();
        let dated_next = all.get(k + 1).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        let weekday_next = all.get(k + 1).is_some_and(|n| n.to_lowercase().ends_with("dag"));
        if w.starts_with(|c: char| c.is_ascii_digit())
            || wl == "d.d."
            || wl == "dd"
            || ((wl == "van" || wl == "op") && (dated_next || weekday_next))
        {
            break;
        }
        words.push(w.trim_end_matches([',', ':']));
    }
    let joined = words.join(" ");
    let joined = joined.strip_suffix("-vergadering").unwrap_or(&joined);
    name(joined)
}

fn name(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches([',', ':', '-']);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 2 && s.chars().count() <= 60).then(|| capitalised(s))
}

fn capitalised(s: &str) -> String {
    let s = s.trim();
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ln(text: &str) -> Ln {
        Ln { no: 1, text: text.into() }
    }

    #[test]
    fn bodies_named_by_headings() {
        for (line, body) in [
            ("Openbaar verslag vergadering GS Utrecht 24-04-2018", Some("GS Utrecht")),
            ("Besluitenlijst GS-vergadering van 02 nov 2021", Some("GS")),
            ("Besluiten van Gedeputeerde Staten", Some("Gedeputeerde Staten")),
            ("Besluitenlijst gemeenteraad Zuidplas 5 september 2023", Some("Gemeenteraad Zuidplas")),
            ("Concept verslag vergadering Algemeen Bestuur d.d. 26 februari 2021", Some("Algemeen Bestuur")),
            ("GS-Besluiten", Some("GS")),
            ("Gemeenteraad", Some("Gemeenteraad")),
            ("Besluitenlijst KLO 8 maart 2022", Some("KLO")),
            ("Besluitenlijst Stuurgroep MIT, 12 december 2019", Some("Stuurgroep MIT")),
            ("Dit is het rappel tot 02-07-25.", None),
            ("Besluitenlijst 12 maart 2019", None),
            (
                "Besluitenlijst van de vergadering van het college van burgemeester en wethouders van 12 maart 2019",
                Some("College van burgemeester en wethouders"),
            ),
            ("Besluitenlijst dagelijks bestuur op dinsdag 3 mei 2022", Some("Dagelijks bestuur")),
            ("Besluitenlijst openbare vergadering van het Algemeen Bestuur, 3 mei 2022", Some("Algemeen Bestuur")),
            ("Vergadering Gedeputeerde Staten", Some("Gedeputeerde Staten")),
        ] {
            assert_eq!(body_in(line).as_deref(), body, "{line}");
        }
    }

    #[test]
    fn the_meeting_date_prefers_the_vergaderdatum_and_skips_dates_in_passing() {
        let header = [
            ln("Op deze pagina vind je de besluiten sinds 1 januari 2017."),
            ln("Besluitenlijst gemeenteraad Zuidplas 5 september 2023"),
            ln("Vergaderdatum: 4 juli 2023."),
        ];
        assert_eq!(meeting_date(&header).map(Date::iso).as_deref(), Some("2023-07-04"));
        assert_eq!(meeting_date(&header[..2]).map(Date::iso).as_deref(), Some("2023-09-05"));
        assert_eq!(meeting_date(&header[..1]), None);
    }
}
