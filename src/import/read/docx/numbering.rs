//! Word's automatic numbering (`numbering.xml`) computed as Word shows it.
//!
//! A `w:num` points at an `w:abstractNum` (the levels: start, format, text such as "%1.%2."), and may
//! override a level's start. Word keeps one set of counters per abstractNum, so a new num on the same
//! abstractNum continues the list, unless it overrides a start, which restarts that level where the new
//! num is first used. Using a level resets the deeper levels (unless their `lvlRestart` says otherwise).

use super::styles::Styles;
use super::xml::{child, child_val, children, int, is_on, w_attr};
use crate::numbering::{repeated_letters, roman, Case};
use roxmltree::{Document, Node};
use std::collections::{HashMap, HashSet};

const LEVELS: usize = 9;
/// numStyleLink chains are one step in practice; a damaged file must not loop.
const MAX_LINKS: usize = 8;

#[derive(Debug, Clone, Default)]
pub(super) struct Level {
    start: Option<i64>,
    format: String,
    text: String,
    /// None: restart after any higher level; Some(0): never; Some(n): after level n (1-based) or higher.
    restart: Option<i64>,
    legal: bool,
    pstyle: Option<String>,
}

impl Level {
    fn parse(node: Node<'_, '_>) -> Level {
        Level {
            start: int(child_val(node, "start")),
            format: child_val(node, "numFmt").unwrap_or("decimal").to_string(),
            text: child_val(node, "lvlText").unwrap_or_default().to_string(),
            restart: int(child_val(node, "lvlRestart")),
            legal: is_on(child(node, "isLgl")),
            pstyle: child_val(node, "pStyle").map(str::to_string),
        }
    }

    fn start(&self) -> i64 {
        self.start.unwrap_or(1)
    }
}

#[derive(Debug, Default)]
struct Abstract {
    levels: Vec<Option<Level>>,
    /// This abstractNum only points at a numbering style, whose num holds the real levels.
    num_style_link: Option<String>,
}

#[derive(Debug, Default)]
struct Num {
    abstract_id: String,
    start_overrides: Vec<(usize, i64)>,
    level_overrides: HashMap<usize, Level>,
}

#[derive(Debug, Default)]
pub(super) struct Definitions {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<i64, Num>,
}

fn level_index(node: Node<'_, '_>) -> Option<usize> {
    int(w_attr(node, "ilvl")).and_then(|i| usize::try_from(i).ok()).filter(|&i| i < LEVELS)
}

impl Definitions {
    pub fn parse(doc: &Document<'_>) -> Definitions {
        let mut defs = Definitions::default();
        let root = doc.root_element();
        for node in children(root, "abstractNum") {
            let Some(id) = w_attr(node, "abstractNumId") else { continue };
            let mut levels = vec![None; LEVELS];
            for lvl in children(node, "lvl") {
                if let Some(i) = level_index(lvl) {
                    levels[i] = Some(Level::parse(lvl));
                }
            }
            let num_style_link = child_val(node, "numStyleLink").map(str::to_string);
            defs.abstracts.insert(id.to_string(), Abstract { levels, num_style_link });
        }
        for node in children(root, "num") {
            let Some(id) = int(w_attr(node, "numId")) else { continue };
            let Some(abstract_id) = child_val(node, "abstractNumId") else { continue };
            let mut num = Num { abstract_id: abstract_id.to_string(), ..Num::default() };
            for over in children(node, "lvlOverride") {
                let Some(i) = level_index(over) else { continue };
                if let Some(start) = int(child_val(over, "startOverride")) {
                    num.start_overrides.push((i, start));
                }
                if let Some(lvl) = child(over, "lvl") {
                    num.level_overrides.insert(i, Level::parse(lvl));
                }
            }
            defs.nums.insert(id, num);
        }
        defs
    }

    /// The abstractNum whose levels a num uses, following a numbering style's link.
    fn abstract_of(&self, num_id: i64, styles: &Styles) -> Option<(&str, &Abstract)> {
        let mut id = self.nums.get(&num_id)?.abstract_id.as_str();
        for _ in 0..MAX_LINKS {
            let abs = self.abstracts.get(id)?;
            let Some(link) = &abs.num_style_link else { return Some((id, abs)) };
            let linked_num = styles.numbering_style_num(link)?;
            let next = self.nums.get(&linked_num)?.abstract_id.as_str();
            if next == id {
                return Some((id, abs));
            }
            id = next;
        }
        None
    }

    /// The level a style-numbered paragraph is on when the style names no ilvl: the level tied to it.
    pub fn level_of_style(&self, num_id: i64, style_id: &str, styles: &Styles) -> Option<i64> {
        let (_, abs) = self.abstract_of(num_id, styles)?;
        abs.levels.iter().position(|l| l.as_ref().and_then(|l| l.pstyle.as_deref()) == Some(style_id)).map(|i| i as i64)
    }
}

/// The running counters while the document is read in order.
#[derive(Debug, Default)]
pub(super) struct Counters {
    values: HashMap<String, [Option<i64>; LEVELS]>,
    nums_seen: HashSet<i64>,
}

impl Counters {
    /// The number Word shows in front of a paragraph on `ilvl` of `num_id` ("" for none), counting it.
    pub fn next(&mut self, defs: &Definitions, styles: &Styles, num_id: i64, ilvl: i64) -> String {
        if num_id == 0 {
            return String::new();
        }
        let (Some(num), Some((abstract_id, abs))) = (defs.nums.get(&num_id), defs.abstract_of(num_id, styles)) else {
            return String::new();
        };
        let Ok(ilvl) = usize::try_from(ilvl.clamp(0, LEVELS as i64 - 1)) else { return String::new() };
        let level_def = |i: usize| num.level_overrides.get(&i).or(abs.levels.get(i).and_then(Option::as_ref));
        let Some(level) = level_def(ilvl) else { return String::new() };
        let start_of = |i: usize| {
            num.start_overrides
                .iter()
                .find(|(l, _)| *l == i)
                .map(|(_, s)| *s)
                .or_else(|| num.level_overrides.get(&i).and_then(|l| l.start))
                .unwrap_or_else(|| level_def(i).map_or(1, Level::start))
        };
        let values = self.values.entry(abstract_id.to_string()).or_insert([None; LEVELS]);
        if self.nums_seen.insert(num_id) {
            let restarted: Vec<usize> = num
                .start_overrides
                .iter()
                .map(|(l, _)| *l)
                .chain(num.level_overrides.iter().filter(|(_, l)| l.start.is_some()).map(|(i, _)| *i))
                .collect();
            if let Some(&top) = restarted.iter().min() {
                values[top..].iter_mut().for_each(|v| *v = None);
            }
        }
        values[ilvl] = Some(values[ilvl].map_or_else(|| start_of(ilvl), |v| v.saturating_add(1)));
        for (deeper, value) in values.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = level_def(deeper).and_then(|l| l.restart);
            let resets = match restart {
                None => true,
                Some(0) => false,
                Some(after) => (ilvl as i64) < after,
            };
            if resets {
                *value = None;
            }
        }
        let shown: Vec<i64> = (0..LEVELS).map(|i| values[i].unwrap_or_else(|| start_of(i))).collect();
        render(level, &shown, |i| level_def(i).map(|l| l.format.as_str()).unwrap_or("decimal"))
    }
}

/// `lvlText` with each `%n` replaced by level n's value in that level's format.
fn render<'f>(level: &Level, shown: &[i64], format_of: impl Fn(usize) -> &'f str) -> String {
    if level.format == "bullet" {
        return bullet(&level.text);
    }
    let mut out = String::new();
    let mut chars = level.text.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d));
        match (c, digit) {
            ('%', Some(d)) => {
                chars.next();
                let i = d as usize - 1;
                let format = if level.legal { "decimal" } else { format_of(i) };
                out.push_str(&format_value(shown[i], format));
            }
            _ => out.push(c),
        }
    }
    out
}

/// Symbol-font bullets are private-use characters; written as they are they would be invisible junk.
fn bullet(text: &str) -> String {
    let visible: String = text.chars().filter(|c| !('\u{e000}'..='\u{f8ff}').contains(c)).collect();
    if visible.trim().is_empty() {
        "•".to_string()
    } else {
        visible
    }
}

pub(crate) fn format_value(value: i64, format: &str) -> String {
    // A counter below 1 has no letter or numeral; Word shows it in digits.
    let counted = usize::try_from(value).ok().filter(|&n| n > 0);
    match (format, counted) {
        ("none", _) => String::new(),
        ("lowerLetter", Some(n)) => repeated_letters(n, Case::Lower),
        ("upperLetter", Some(n)) => repeated_letters(n, Case::Upper),
        ("lowerRoman", Some(n)) => roman(n).to_lowercase(),
        ("upperRoman", Some(n)) => roman(n),
        ("decimalZero", _) if (0..10).contains(&value) => format!("0{value}"),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_word_writes_them() {
        assert_eq!(format_value(3, "decimal"), "3");
        assert_eq!(format_value(2, "lowerLetter"), "b");
        assert_eq!(format_value(28, "lowerLetter"), "bb");
        assert_eq!(format_value(4, "upperRoman"), "IV");
        assert_eq!(format_value(14, "lowerRoman"), "xiv");
        assert_eq!(format_value(6, "decimalZero"), "06");
        assert_eq!(format_value(12, "decimalZero"), "12");
        assert_eq!(format_value(5, "none"), "");
        assert_eq!(format_value(0, "lowerLetter"), "0");
        assert_eq!(format_value(-2, "upperRoman"), "-2");
        assert_eq!(format_value(4000, "upperRoman"), "4000");
    }
}
