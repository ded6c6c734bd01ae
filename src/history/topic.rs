//! Whether two agenda titles are about the same topic: pure word logic, no store.
//!
//! Agenda titles are short and full of words that say nothing about the topic ("Voorstel voor …",
//! "MIT", a date). Titles are folded to plain lower-case words, function words and dates dropped, and
//! the remaining words weighted by how rare they are among the titles compared, so that a word on every
//! agenda ("MIT") cannot make two titles look alike on its own.

use std::collections::HashMap;

/// Dutch and English function words, and agenda words that never name a topic.
const STOP_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "van",
    "voor",
    "in",
    "op",
    "te",
    "ter",
    "aan",
    "met",
    "over",
    "bij",
    "naar",
    "uit",
    "om",
    "door",
    "tot",
    "als",
    "of",
    "is",
    "zijn",
    "wordt",
    "worden",
    "tav",
    "nav",
    "mbt",
    "irt",
    "inzake",
    "vd",
    "der",
    "den",
    "dit",
    "deze",
    "die",
    "dat",
    "wat",
    "nog",
    "ook",
    "the",
    "and",
    "for",
    "to",
    "on",
    "voorstel",
    "update",
    "stand",
    "zaken",
    "notitie",
    "toelichting",
    "mondelinge",
    "mondeling",
    "bespreking",
    "besluitvorming",
    "informatie",
    "kennisname",
    "concept",
    "stuk",
    "stukken",
    "nieuwe",
    "nieuw",
    "vervolg",
];

/// First words of an item that is part of every meeting's routine rather than a topic.
const ROUTINE_FIRST_WORDS: &[&str] = &[
    "verslag",
    "verslagen",
    "notulen",
    "besluitenlijst",
    "actielijst",
    "actiepunten",
    "actiepunt",
    "openstaande",
    "mededelingen",
    "mededeling",
    "rondvraag",
    "opening",
    "sluiting",
    "afsluiting",
    "welkom",
    "wvttk",
];

/// Titles that are routine as a whole once function words are gone ("Vaststellen agenda").
const ROUTINE_WORDS: &[&str] = &["agenda", "vaststellen", "vaststelling", "wvttk", "rondvraag", "mededelingen"];

/// Abbreviated month names; the full names come from `dates`.
const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"];

fn is_month(word: &str) -> bool {
    crate::dates::MONTHS_NL.contains(&word) || MONTH_ABBREVIATIONS.contains(&word)
}

pub use crate::text::fold;

/// All words of a title, folded, in order (nothing dropped).
fn words(title: &str) -> Vec<String> {
    fold(title).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// The words of a title that can name its topic.
pub fn topic_words(title: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(title) {
        let is_number = w.chars().all(|c| c.is_ascii_digit());
        if w.chars().count() < 2 || is_number || STOP_WORDS.contains(&w.as_str()) || is_month(&w) {
            continue;
        }
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// True for a routine item (minutes, announcements, any other business): never the same topic as another.
pub fn is_routine(title: &str) -> bool {
    let all = words(title);
    let Some(first) = all.iter().find(|w| !w.chars().all(|c| c.is_ascii_digit())) else { return true };
    if ROUTINE_FIRST_WORDS.contains(&first.as_str()) {
        return true;
    }
    topic_words(title).iter().all(|w| ROUTINE_WORDS.contains(&w.as_str()))
}

/// How far word `a` matches word `b`: 1 when equal, less when one is the start or end of the other (Dutch
/// compounds: "huisvesting" in "huisvestingsplan"), 0 otherwise.
fn word_match(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 5 && (long.starts_with(short) || long.ends_with(short)) {
        0.8
    } else {
        0.0
    }
}

/// Word weights from how many of a set of titles use each word: rare words weigh more.
#[derive(Debug, Clone, Default)]
pub struct WordWeights {
    titles: usize,
    frequency: HashMap<String, usize>,
}

impl WordWeights {
    pub fn from_titles<'a>(titles: impl IntoIterator<Item = &'a str>) -> WordWeights {
        let mut w = WordWeights::default();
        for t in titles {
            w.titles += 1;
            for word in topic_words(t) {
                *w.frequency.entry(word).or_default() += 1;
            }
        }
        w
    }

    pub fn weight(&self, word: &str) -> f64 {
        let n = self.titles.max(1) as f64;
        let df = self.frequency.get(word).copied().unwrap_or(0).max(1) as f64;
        // Squared, so that a word on most agendas weighs little next to one that names the topic.
        (1.0 + (n / df).ln().max(0.0)).powi(2)
    }
}

/// How much of `words` is found in `other`, weighted, from 0 to 1.
fn coverage(words: &[String], other: &[String], weights: &WordWeights) -> f64 {
    let total: f64 = words.iter().map(|w| weights.weight(w)).sum();
    if total == 0.0 {
        return 0.0;
    }
    let found: f64 =
        words.iter().map(|w| weights.weight(w) * other.iter().map(|o| word_match(w, o)).fold(0.0, f64::max)).sum();
    found / total
}

/// How alike two titles are as topics, from 0 to 1; 0 when either is routine.
///
/// Mostly the coverage of the better-covered title, so that "Huisvesting" matches "PvE lange termijn
/// huisvesting MIT" well; a little of the other, so that the closer of two candidates ranks first.
pub fn title_similarity(a: &str, b: &str, weights: &WordWeights) -> f64 {
    Topic::of(a).similarity(&Topic::of(b), weights)
}

/// A title read once for many comparisons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub words: Vec<String>,
    pub routine: bool,
}

impl Topic {
    pub fn of(title: &str) -> Topic {
        Topic { words: topic_words(title), routine: is_routine(title) }
    }

    /// See `title_similarity`.
    pub fn similarity(&self, other: &Topic, weights: &WordWeights) -> f64 {
        if self.routine || other.routine {
            return 0.0;
        }
        let (ca, cb) = (coverage(&self.words, &other.words, weights), coverage(&other.words, &self.words, weights));
        0.75 * ca.max(cb) + 0.25 * ca.min(cb)
    }
}

/// True when two submitters share a word ("PGT" and "PGT MIT"); false when either is unknown.
pub fn same_submitter(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    !wa.is_empty() && wa.iter().any(|w| wb.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str, pool: &[&str]) -> f64 {
        title_similarity(a, b, &WordWeights::from_titles(pool.iter().copied()))
    }

    #[test]
    fn routine_titles() {
        for t in [
            "Verslag Stuurgroep 16 februari en verslag Stuurgroep 2 maart",
            "Mededelingen",
            "Mededelingen:",
            "Rondvraag",
            "Vaststellen agenda",
            "W.v.t.t.k.",
            "Actielijst",
            "1. Opening",
        ] {
            assert!(is_routine(t), "{t}");
        }
        for t in ["Huisvesting", "Programmaplan 2022", "Voorstel voor effectmeting", "Medezeggenschap"] {
            assert!(!is_routine(t), "{t}");
        }
    }

    #[test]
    fn the_housing_titles_match_each_other() {
        let pool = [
            "Huisvesting",
            "Huisvesting/PVE",
            "PvE lange termijn huisvesting MIT",
            "Voorstel voor effectmeting MIT",
            "Programmaplan 2022 MIT",
            "Medezeggenschap MIT",
        ];
        assert!(sim("Huisvesting", "Huisvesting/PVE", &pool) > 0.7);
        assert!(sim("Huisvesting/PVE", "PvE lange termijn huisvesting MIT", &pool) > 0.6);
        assert!(sim("Huisvesting", "PvE lange termijn huisvesting MIT", &pool) > 0.6);
        assert!(sim("PvE lange termijn huisvesting MIT", "Voorstel voor effectmeting MIT", &pool) < 0.3);
        assert!(sim("Programmaplan 2022 MIT", "Medezeggenschap MIT", &pool) < 0.3);
    }

    #[test]
    fn compounds_and_accents() {
        let pool = ["Effectmeting", "Effectmetingen MIT", "Financiën", "Financien 2022"];
        assert!(sim("Effectmeting", "Effectmetingen MIT", &pool) > 0.6);
        assert!(sim("Financiën", "financien 2022", &pool) > 0.9);
        assert_eq!(sim("Plan", "Programmaplan", &pool), 0.0, "short words do not match inside compounds");
    }

    #[test]
    fn submitters() {
        assert!(same_submitter("PGT", "pgt MIT"));
        assert!(!same_submitter("PGT", "JenV"));
        assert!(!same_submitter("", ""));
    }
}
