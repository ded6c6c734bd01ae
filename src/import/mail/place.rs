//! Which agenda item a paper belongs to, from its name and its text, and what it is to the item.
//!
//! A name says it best: "20220302 Oplegger KLO Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit.docx"
//! holds most words of the item "Opdrachtbeschrijving LE t.a.v. MIT-capaciteit". Dates, versions
//! ("v6.1", "concept"), role words ("Oplegger", "Bijlage") and function words do not count; a rare word
//! counts more than one on every item ("MIT"). "Agendapunt 4" or a leading "04 " in the name, or
//! "Agendapunt 4" at the top of its text, names the item by number.

use crate::domain::DocRole;
use crate::history::topic::{fold, topic_words, WordWeights};
use crate::history::versions::version_key;

/// An item a paper can be placed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    /// As shown ("4", "2.1", "4a").
    pub number: String,
    pub title: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// "Agendapunt 4", "04 Programmaplan.pdf".
    Number,
    Name,
    Content,
}

/// Words in file names that say what a paper is, not what it is about.
const PAPER_WORDS: &[&str] = &[
    "oplegger",
    "bijlage",
    "bijlagen",
    "memo",
    "notitie",
    "docx",
    "doc",
    "pdf",
    "xlsx",
    "pptx",
    "def",
    "definitief",
    "concept",
    "versie",
    "final",
    "agendapunt",
    "agp",
    "punt",
    "ap",
    "nr",
];

/// The score a title must reach, and by how much it must lead the next one.
const ACCEPT: f64 = 0.5;
const MARGIN: f64 = 0.15;

/// What the paper is to its item, from words in its name.
pub fn role_from_name(name: &str) -> DocRole {
    let words: Vec<String> = fold(name).split(|c: char| !c.is_alphanumeric()).map(str::to_string).collect();
    let has = |w: &str| words.iter().any(|x| x == w || (w.len() >= 7 && x.starts_with(w)));
    if has("oplegger") || has("aanbiedingsnotitie") || has("aanbiedingsbrief") {
        DocRole::Oplegger
    } else if has("verslag") || has("notulen") || has("besluitenlijst") {
        DocRole::Verslag
    } else if has("achtergrond") || has("achtergrondinformatie") {
        DocRole::Achtergrond
    } else {
        DocRole::Bijlage
    }
}

/// The item a paper belongs to (an index into `items`) and why; `None` when no item is clearly it.
/// The words of `body` ("KLO" in "Oplegger KLO Opdrachtbeschrijving.docx") say nothing about the item.
pub fn place(name: &str, text: Option<&str>, items: &[ItemRef], body: &str) -> Option<(usize, Why)> {
    if items.is_empty() {
        return None;
    }
    if let Some(i) = by_number(&name_words(name), items) {
        return Some((i, Why::Number));
    }
    let weights = WordWeights::from_titles(items.iter().map(|i| i.title.as_str()));
    let stem = version_key(name).map(|k| k.stem).unwrap_or_else(|| fold(name));
    let title_words: Vec<Vec<String>> = items.iter().map(|i| topic_words(&i.title)).collect();
    // "Memo" says nothing about a paper, unless an item is called that.
    let in_a_title = |w: &str| title_words.iter().any(|t| t.iter().any(|x| x == w));
    let body_words = topic_words(body);
    let noise = |w: &str| PAPER_WORDS.contains(&w) || body_words.iter().any(|b| b == w);
    let words: Vec<String> = topic_words(&stem).into_iter().filter(|w| !noise(w) || in_a_title(w)).collect();
    if let Some(i) = best(&words, items, &weights) {
        return Some((i, Why::Name));
    }
    let text = text?;
    let head: String = text.chars().take(3000).collect();
    let top: String = head.lines().take(15).collect::<Vec<_>>().join(" ");
    if let Some(i) = by_number(&name_words(&top), items) {
        return Some((i, Why::Number));
    }
    let words = topic_words(&head);
    best_in_text(&words, items, &weights).map(|i| (i, Why::Content))
}

/// True when two agenda entries are the same item: the same title, or the same number with a title that
/// says mostly the same (a later mail's agenda may word it a little differently).
pub fn same_item(a: &ItemRef, b: &ItemRef) -> bool {
    let (ta, tb) = (fold(&a.title), fold(&b.title));
    let (wa, wb) = (words_of(&ta), words_of(&tb));
    if wa == wb {
        return true;
    }
    if a.number.is_empty() || !a.number.eq_ignore_ascii_case(&b.number) {
        return false;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared * 2 >= wa.len().max(wb.len()).max(1)
}

fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

fn name_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "Agendapunt 4", "agp 4", "punt 4.1", or a short number first in the name ("04 Programmaplan").
fn by_number(words: &[String], items: &[ItemRef]) -> Option<usize> {
    let find = |n: &str| {
        let n = n.trim_end_matches('.').trim_start_matches('0');
        items.iter().position(|i| !i.number.is_empty() && i.number.eq_ignore_ascii_case(n))
    };
    for (k, w) in words.iter().enumerate() {
        if matches!(w.as_str(), "agendapunt" | "agp" | "punt" | "ap") {
            if let Some(i) = words.get(k + 1).and_then(|n| find(n)) {
                return Some(i);
            }
        }
    }
    let first = words.first()?;
    let digits = first.trim_end_matches('.');
    let short_number = (1..=3).contains(&digits.len())
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    // "2022 …" or "20220302 …" is a date, not an item.
    if short_number && words.len() > 1 {
        return find(digits);
    }
    None
}

fn word_match(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 5 && (long.starts_with(short) || long.ends_with(short)) {
        0.8
    } else if short.chars().count() >= 3 && long.chars().count() >= short.chars().count() + 3 && long.starts_with(short)
    {
        // An office abbreviation in a file name: "memo min" for the memo to the minister.
        0.6
    } else {
        0.0
    }
}

/// How much of `words` (weighted) is found among `other`.
fn coverage(words: &[String], other: &[String], weights: &WordWeights) -> f64 {
    let total: f64 = words.iter().map(|w| weights.weight(w)).sum();
    if total == 0.0 {
        return 0.0;
    }
    let found: f64 =
        words.iter().map(|w| weights.weight(w) * other.iter().map(|o| word_match(w, o)).fold(0.0, f64::max)).sum();
    found / total
}

/// The title that shares most of its words with the name (and the name with it), clearly ahead of the rest.
fn best(words: &[String], items: &[ItemRef], weights: &WordWeights) -> Option<usize> {
    if words.is_empty() {
        return None;
    }
    let scores: Vec<f64> = items
        .iter()
        .map(|item| {
            let title = topic_words(&item.title);
            let (of_title, of_name) = (coverage(&title, words, weights), coverage(words, &title, weights));
            // As for topics: mostly the better-covered side, so that a short name wholly in a long title counts.
            0.75 * of_title.max(of_name) + 0.25 * of_title.min(of_name)
        })
        .collect();
    leader(&scores)
}

/// In a paper's text the title's words are what counts: the text has many more of its own.
fn best_in_text(words: &[String], items: &[ItemRef], weights: &WordWeights) -> Option<usize> {
    let scores: Vec<f64> = items
        .iter()
        .map(|item| {
            let title = topic_words(&item.title);
            // A one-word title ("Huisvesting") is in many texts; it needs the number or the name.
            if title.len() < 2 {
                return 0.0;
            }
            let c = coverage(&title, words, weights);
            if c >= 0.99 {
                c
            } else {
                0.0
            }
        })
        .collect();
    leader(&scores)
}

fn leader(scores: &[f64]) -> Option<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let first = *order.first()?;
    let second = order.get(1).map(|&i| scores[i]).unwrap_or(0.0);
    (scores[first] >= ACCEPT && scores[first] - second >= MARGIN).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<ItemRef> {
        [
            ("1", "Mededelingen"),
            ("2", "Verslag Stuurgroep 16 februari en verslag Stuurgroep 2 maart"),
            ("3", "Opdrachtbeschrijving LE t.a.v. MIT-capaciteit"),
            ("4", "Programmaplan 2022"),
            ("5", "Memo aan de minister over het MIT"),
            ("6", "Voorstel voor effectmeting"),
            ("7", "Huisvesting"),
        ]
        .iter()
        .map(|(n, t)| ItemRef { number: n.to_string(), title: t.to_string() })
        .collect()
    }

    #[test]
    fn by_name() {
        let it = items();
        let at = |name: &str| place(name, None, &it, "KLO").map(|(i, _)| it[i].number.clone());
        assert_eq!(
            at("20220302 Oplegger KLO Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit.....docx").as_deref(),
            Some("3")
        );
        assert_eq!(at("20220302 Bijlage bij opdracht Landelijke Eenheid.docx"), None);
        assert_eq!(at("Programmaplan 2022 v2.pdf").as_deref(), Some("4"));
        assert_eq!(at("Oplegger effectmeting.docx").as_deref(), Some("6"));
        assert_eq!(at("Effectmetingen MIT def.pdf").as_deref(), Some("6"));
        assert_eq!(at("Verslag Stuurgroep 16 februari.docx").as_deref(), Some("2"));
        assert_eq!(at("memo minister MIT v6.1.docx").as_deref(), Some("5"));
        assert_eq!(at("memo min.v6.0.docx").as_deref(), Some("5"));
        assert_eq!(at("04 Sheets.pptx").as_deref(), Some("4"));
        assert_eq!(at("Agendapunt 7 - PvE.pdf").as_deref(), Some("7"));
        assert_eq!(at("2022 jaarplanning.xlsx"), None);
        assert_eq!(at("20220302 Oplegger KLO Opdrachtbeschrijving.docx").as_deref(), Some("3"));
        assert_eq!(at("Reactie MIT.docx"), None, "a word on two items names neither");
        assert_eq!(at("image001.png"), None);
    }

    #[test]
    fn by_content() {
        let it = items();
        let text = "Oplegger\nAgendapunt 3\nOnderwerp: de opdracht aan de LE";
        assert_eq!(
            place("oplegger.docx", Some(text), &it, "").map(|(i, w)| (it[i].number.clone(), w)),
            Some(("3".into(), Why::Number))
        );
        let text = "Memo\nDit voorstel beschrijft de effectmeting van het MIT: hoe meten we het effect (voorstel).";
        assert_eq!(
            place("document.docx", Some(text), &it, "").map(|(i, _)| it[i].number.clone()),
            None,
            "a one-word title needs more than the word in the text"
        );
        let text = "Aan de stuurgroep. Het programmaplan 2022 ligt voor.";
        assert_eq!(place("stuk.docx", Some(text), &it, "").map(|(i, _)| it[i].number.clone()), None);
    }

    #[test]
    fn same_items() {
        let r = |n: &str, t: &str| ItemRef { number: n.into(), title: t.into() };
        assert!(same_item(&r("4", "Programmaplan 2022"), &r("5", "Programmaplan 2022")));
        assert!(same_item(&r("4", "Programmaplan 2022"), &r("4", "Programmaplan 2022 (herzien)")));
        assert!(!same_item(&r("4", "Programmaplan 2022"), &r("4", "Huisvesting")));
        assert!(!same_item(&r("4", "Programmaplan"), &r("5", "Huisvesting")));
    }

    #[test]
    fn roles() {
        assert_eq!(role_from_name("20220302 Oplegger KLO Opdracht.docx"), DocRole::Oplegger);
        assert_eq!(role_from_name("20220302 Bijlage bij opdracht.docx"), DocRole::Bijlage);
        assert_eq!(role_from_name("Verslag SG 16 februari.pdf"), DocRole::Verslag);
        assert_eq!(role_from_name("Concept-notulen OG.docx"), DocRole::Verslag);
        assert_eq!(role_from_name("memo min.v6.1.docx"), DocRole::Bijlage);
    }
}
