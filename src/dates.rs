//! Calendar dates as ISO text (YYYY-MM-DD), checked and written out in Dutch.

use std::time::{SystemTime, UNIX_EPOCH};

mod parse;
pub(crate) use parse::days_from_civil;
pub use parse::{deadline_due, find_date, parse_date, weekday_from_word, weekday_of, DateProblem};

pub(crate) const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
/// Monday first, as ISO 8601 counts the week.
const WEEKDAYS_NL: [&str; 7] = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Reads a strict YYYY-MM-DD date that exists in the calendar.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let year = num(text.get(0..4)?)? as i32;
        let month = num(text.get(5..7)?)?;
        let day = num(text.get(8..10)?)?;
        let d = Date { year, month, day };
        (year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(d)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "24 maart 2022".
    pub fn dutch_long(self) -> String {
        format!("{} {} {}", self.day, MONTHS_NL[(self.month - 1) as usize], self.year)
    }

    /// "24 March 2022".
    pub fn english_long(self) -> String {
        format!("{} {} {}", self.day, MONTHS_EN[(self.month - 1) as usize], self.year)
    }

    /// 0 for Monday up to 6 for Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday.
        (self.to_days() + 3).rem_euclid(7) as usize
    }

    /// "donderdag 24 maart 2022", as the seed writes a date that stands alone.
    pub fn dutch_with_weekday(self) -> String {
        format!("{} {}", WEEKDAYS_NL[self.weekday()], self.dutch_long())
    }

    /// "Thursday 24 March 2022".
    pub fn english_with_weekday(self) -> String {
        format!("{} {}", WEEKDAYS_EN[self.weekday()], self.english_long())
    }

    /// Days since 1970-01-01 (the inverse of `from_days`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn today() -> Date {
        let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::from_days((secs / 86_400) as i64)
    }

    /// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { year: (if m <= 2 { y + 1 } else { y }) as i32, month: m, day: d }
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The Dutch long form of an ISO date, or the text as it is when it is no date.
pub fn dutch_long(iso: &str) -> String {
    Date::parse_iso(iso).map(Date::dutch_long).unwrap_or_else(|| iso.to_string())
}

/// The Dutch date with its weekday ("donderdag 24 maart 2022"), or the text as it is when it is no date.
pub fn dutch_with_weekday(iso: &str) -> String {
    Date::parse_iso(iso).map(Date::dutch_with_weekday).unwrap_or_else(|| iso.to_string())
}

/// The month number for a Dutch or English month name or abbreviation ("mrt", "maart", "March").
pub fn month_from_name(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "mrt" {
        return Some(3);
    }
    MONTHS_NL
        .iter()
        .zip(MONTHS_EN.iter())
        .position(|(nl, en)| nl.starts_with(&w) || en.to_lowercase().starts_with(&w))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse_iso("2022-03-24").map(Date::dutch_long).as_deref(), Some("24 maart 2022"));
        assert!(Date::parse_iso("2022-02-29").is_none());
        assert!(Date::parse_iso("2024-02-29").is_some());
        assert!(Date::parse_iso("2022-13-01").is_none());
        assert!(Date::parse_iso("22-03-24").is_none());
        assert!(Date::parse_iso("2022-03-2x").is_none());
        assert!(Date::parse_iso("२०२२-03-24").is_none());
    }

    #[test]
    fn days_convert_to_civil_dates() {
        assert_eq!(Date::from_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_days(19_075).iso(), "2022-03-24");
    }

    #[test]
    fn weekdays_as_the_seed_writes_them() {
        assert_eq!(dutch_with_weekday("2022-03-24"), "donderdag 24 maart 2022");
        assert_eq!(dutch_with_weekday("2022-02-16"), "woensdag 16 februari 2022");
        assert_eq!(dutch_with_weekday("2000-02-29"), "dinsdag 29 februari 2000");
        assert_eq!(dutch_with_weekday("1969-12-31"), "woensdag 31 december 1969");
        assert_eq!(Date::parse_iso("2026-12-06").unwrap().english_with_weekday(), "Sunday 6 December 2026");
        assert_eq!(dutch_with_weekday("volgende week"), "volgende week");
        for days in [-800_000, -1, 0, 19_075, 2_000_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn deadlines_in_words() {
        assert_eq!(deadline_due("Mei 2022", None), None);
        assert_eq!(deadline_due("31-05-2022", None).map(Date::iso).as_deref(), Some("2022-05-31"));
        assert_eq!(deadline_due("3 mrt 2022", None).map(Date::iso).as_deref(), Some("2022-03-03"));
        assert_eq!(deadline_due("z.s.m.", None), None);
    }
}
