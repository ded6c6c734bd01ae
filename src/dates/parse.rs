//! Dates as people type them: `2026-12-10`, `10-12-2026`, `10/12/2026`, `10 december 2026`, `10 dec. 2026`,
//! `donderdag 10 december 2026`, `December 10, 2026`, and without a year (`25 maart`), which is the next such
//! day on or after a reference date (the meeting's).
//!
//! A weekday word is checked, not ignored: `vrijdag 10 december 2026` is refused because the 10th is a
//! Thursday, since one of the two was mistyped and annoteer cannot know which.

use super::{days_in_month, month_from_name, Date};

/// Why a text is not a date, so that the message can say what to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a form of date annoteer reads.
    NotADate,
    /// The form is right but the day does not exist (31 februari, 2026-13-01).
    NoSuchDay,
    /// A weekday was given and the date falls on another one; `actual` is 0 for Monday … 6 for Sunday.
    WrongWeekday { date: Date, actual: usize },
    /// Day and month without a year, and nothing to take the year from.
    NoYear,
}

/// Weekday words by the day they name (0 = Monday): Dutch and English, whole and abbreviated.
const WEEKDAY_WORDS: [&[&str]; 7] = [
    &["maandag", "ma", "monday", "mon"],
    &["dinsdag", "di", "tuesday", "tue", "tues"],
    &["woensdag", "wo", "wednesday", "wed"],
    &["donderdag", "do", "thursday", "thu", "thur", "thurs"],
    &["vrijdag", "vr", "vrij", "friday", "fri"],
    &["zaterdag", "za", "zat", "saturday", "sat"],
    &["zondag", "zo", "zon", "sunday", "sun"],
];

/// The weekday a word names (0 = Monday), as the start of a longer word too: "woensdagochtend" is Wednesday.
pub fn weekday_from_word(word: &str) -> Option<usize> {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    WEEKDAY_WORDS.iter().position(|names| names.contains(&w.as_str())).or_else(|| {
        // Only whole Dutch names as a prefix: "woensdagochtend", "donderdagmiddag".
        WEEKDAY_WORDS.iter().position(|names| w.len() > names[0].len() && w.starts_with(names[0]))
    })
}

/// 0 for Monday up to 6 for Sunday.
pub fn weekday_of(d: Date) -> usize {
    (days_from_civil(d) + 3).rem_euclid(7) as usize
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm, the inverse of `Date::from_days`).
pub(crate) fn days_from_civil(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn number(s: &str, max_len: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

fn real(year: i32, month: u32, day: u32) -> Result<Date, DateProblem> {
    if year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
        Ok(Date { year, month, day })
    } else {
        Err(DateProblem::NoSuchDay)
    }
}

/// The first day on or after `reference` that has this day and month (29 februari waits for a leap year).
fn next_on_or_after(day: u32, month: u32, reference: Date) -> Result<Date, DateProblem> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(2024, month) {
        return Err(DateProblem::NoSuchDay);
    }
    (reference.year..reference.year + 8)
        .filter_map(|y| real(y, month, day).ok())
        .find(|d| *d >= reference)
        .ok_or(DateProblem::NoSuchDay)
}

/// Reads a date as people write it. `reference` gives the year to a date written without one.
pub fn parse_date(text: &str, reference: Option<Date>) -> Result<Date, DateProblem> {
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty() && *w != ".").collect();
    let (weekday, rest) = match words.split_first() {
        Some((first, rest)) if !rest.is_empty() => match weekday_from_word(first) {
            Some(wd) if first.chars().all(|c| c.is_alphabetic() || c == '.') => (Some(wd), rest),
            _ => (None, &words[..]),
        },
        _ => (None, &words[..]),
    };
    let date = date_of(rest, reference)?;
    match weekday {
        Some(wd) if wd != weekday_of(date) => Err(DateProblem::WrongWeekday { date, actual: weekday_of(date) }),
        _ => Ok(date),
    }
}

fn date_of(words: &[&str], reference: Option<Date>) -> Result<Date, DateProblem> {
    let without_year = |day: u32, month: u32| match reference {
        Some(r) => next_on_or_after(day, month, r),
        None => Err(DateProblem::NoYear),
    };
    match words {
        [one] => {
            let parts: Vec<&str> = one.split(['-', '/', '.']).collect();
            let sep_ok = {
                // One kind of separator throughout: 10-12/2026 is no date.
                let seps: Vec<char> = one.chars().filter(|c| matches!(c, '-' | '/' | '.')).collect();
                seps.windows(2).all(|w| w[0] == w[1])
            };
            if !sep_ok {
                return Err(DateProblem::NotADate);
            }
            match parts.as_slice() {
                [y, m, d] if y.len() == 4 => {
                    let (y, m, d) = (number(y, 4), number(m, 2), number(d, 2));
                    let (Some(y), Some(m), Some(d)) = (y, m, d) else { return Err(DateProblem::NotADate) };
                    real(y as i32, m, d)
                }
                [d, m, y] if y.len() == 4 => {
                    let (d, m, y) = (number(d, 2), number(m, 2).or_else(|| month_from_name(m)), number(y, 4));
                    let (Some(d), Some(m), Some(y)) = (d, m, y) else { return Err(DateProblem::NotADate) };
                    real(y as i32, m, d)
                }
                [d, m] => {
                    let (Some(d), Some(m)) = (number(d, 2), number(m, 2).or_else(|| month_from_name(m))) else {
                        return Err(DateProblem::NotADate);
                    };
                    without_year(d, m)
                }
                _ => Err(DateProblem::NotADate),
            }
        }
        [d, m] => match (number(d.trim_end_matches('.'), 2), month_word(m)) {
            (Some(d), Some(m)) => without_year(d, m),
            _ => match (month_word(d), number(m.trim_end_matches('.'), 2)) {
                // "December 10", "maart 25".
                (Some(m), Some(d)) => without_year(d, m),
                _ => Err(DateProblem::NotADate),
            },
        },
        [d, m, y] => {
            let y = number(y, 4).filter(|_| y.len() == 4).ok_or(DateProblem::NotADate)? as i32;
            match (number(d.trim_end_matches('.'), 2), month_word(m)) {
                (Some(d), Some(m)) => real(y, m, d),
                // "December 10, 2026" (the comma is gone with the split).
                _ => match (month_word(d), number(m.trim_end_matches('.'), 2)) {
                    (Some(m), Some(d)) => real(y, m, d),
                    _ => Err(DateProblem::NotADate),
                },
            }
        }
        _ => Err(DateProblem::NotADate),
    }
}

/// The first full date (with its year) written anywhere in a text: "Agenda Stuurgroep MIT 24 maart 2022",
/// "Datum: donderdag 24 maart 2022", "Vergadering van 24-03-2022". A wrong weekday counts as no date.
pub fn find_date(text: &str) -> Option<Date> {
    for line in text.lines() {
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == '(' || c == ')')
            .filter(|w| !w.is_empty())
            .collect();
        for start in 0..words.len() {
            for len in (1..=4).rev() {
                let Some(window) = words.get(start..start + len) else { continue };
                if let Ok(d) = parse_date(&window.join(" "), None) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// A month written as a word ("dec.", "december", "mrt", "March"), never a number.
fn month_word(w: &str) -> Option<u32> {
    w.chars().all(|c| c.is_alphabetic() || c == '.').then(|| month_from_name(w))?
}

/// A deadline that names a day ("25 maart", "10-12-2026"), with the year from `reference` when it has none;
/// `None` for words that name no day: "z.s.m.", and a month alone ("maart 2022"), which issues 16 and 18 keep
/// as text that sorts after the dated ones and is never called overdue.
pub fn deadline_due(text: &str, reference: Option<Date>) -> Option<Date> {
    parse_date(text.trim(), reference).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Result<String, DateProblem> {
        parse_date(text, None).map(Date::iso)
    }

    #[test]
    fn the_forms_people_write() {
        for text in [
            "2026-12-10",
            "10-12-2026",
            "10/12/2026",
            "10.12.2026",
            "10 december 2026",
            "10 dec. 2026",
            "10 dec 2026",
            "10 December 2026",
            "donderdag 10 december 2026",
            "Donderdag, 10 december 2026",
            "do 10 dec. 2026",
            "Thursday 10 December 2026",
            "December 10, 2026",
            "  10-12-2026 ",
        ] {
            assert_eq!(iso(text).as_deref(), Ok("2026-12-10"), "{text}");
        }
        assert_eq!(iso("3 mrt 2022").as_deref(), Ok("2022-03-03"));
        assert_eq!(iso("1-3-2022").as_deref(), Ok("2022-03-01"));
        assert_eq!(iso("24 maart 2022").as_deref(), Ok("2022-03-24"));
    }

    #[test]
    fn what_is_not_a_date_says_why() {
        assert_eq!(iso("31 februari 2026"), Err(DateProblem::NoSuchDay));
        assert_eq!(iso("2026-13-01"), Err(DateProblem::NoSuchDay));
        assert_eq!(iso("32-12-2026"), Err(DateProblem::NoSuchDay));
        for text in ["", "z.s.m.", "maart 2022", "10-12/2026", "10 decembre 2026", "10 12 2026", "2026-12-1x"] {
            assert_eq!(iso(text), Err(DateProblem::NotADate), "{text:?}");
        }
        let d = Date { year: 2026, month: 12, day: 10 };
        assert_eq!(iso("vrijdag 10 december 2026"), Err(DateProblem::WrongWeekday { date: d, actual: 3 }));
        assert_eq!(iso("25 maart"), Err(DateProblem::NoYear));
    }

    #[test]
    fn without_a_year_the_next_such_day_from_the_reference() {
        let meeting = Date { year: 2022, month: 3, day: 24 };
        let next = |t: &str| parse_date(t, Some(meeting)).map(Date::iso);
        assert_eq!(next("25 maart").as_deref(), Ok("2022-03-25"));
        assert_eq!(next("24 maart").as_deref(), Ok("2022-03-24"), "the meeting's own day");
        assert_eq!(next("23 maart").as_deref(), Ok("2023-03-23"));
        assert_eq!(next("5 jan.").as_deref(), Ok("2023-01-05"));
        assert_eq!(next("25-3").as_deref(), Ok("2022-03-25"));
        assert_eq!(next("March 25").as_deref(), Ok("2022-03-25"));
        assert_eq!(next("vrijdag 25 maart").as_deref(), Ok("2022-03-25"));
        assert_eq!(next("29 februari").as_deref(), Ok("2024-02-29"));
        assert_eq!(next("30 februari"), Err(DateProblem::NoSuchDay));
    }

    #[test]
    fn weekdays_are_counted_right() {
        assert_eq!(weekday_of(Date { year: 2022, month: 3, day: 24 }), 3, "a Thursday");
        assert_eq!(weekday_of(Date { year: 1970, month: 1, day: 1 }), 3);
        assert_eq!(weekday_of(Date { year: 2000, month: 2, day: 29 }), 1);
        for days in [-800_000, -1, 0, 19_075, 2_000_000] {
            assert_eq!(days_from_civil(Date::from_days(days)), days);
        }
        assert_eq!(weekday_from_word("woensdagochtend"), Some(2));
        assert_eq!(weekday_from_word("Wo"), Some(2));
        assert_eq!(weekday_from_word("morgen"), None);
    }

    #[test]
    fn a_date_is_found_in_the_heading_of_a_pasted_agenda() {
        let found = |t: &str| find_date(t).map(Date::iso);
        assert_eq!(found("Agenda Stuurgroep MIT 24 maart 2022\n1. Opening").as_deref(), Some("2022-03-24"));
        assert_eq!(found("Datum: donderdag 24 maart 2022, 10.00 uur").as_deref(), Some("2022-03-24"));
        assert_eq!(found("Vergadering van 8-3-2022 (KLO)").as_deref(), Some("2022-03-08"));
        assert_eq!(found("1. Opening\n2. Programmaplan 2022"), None);
        assert_eq!(found("Verslag 16 februari"), None, "no year: not a date to compare with");
    }

    #[test]
    fn deadlines_are_days_or_words() {
        let meeting = Some(Date { year: 2022, month: 3, day: 24 });
        assert_eq!(deadline_due("25 maart", meeting).map(Date::iso).as_deref(), Some("2022-03-25"));
        assert_eq!(deadline_due("maart 2022", None), None, "a month alone is text");
        assert_eq!(deadline_due("Mei 2022", meeting), None);
        assert_eq!(deadline_due("10 dec. 2026", None).map(Date::iso).as_deref(), Some("2026-12-10"));
        assert_eq!(deadline_due("z.s.m.", meeting), None);
        assert_eq!(deadline_due("voor de zomer", meeting), None);
    }
}
