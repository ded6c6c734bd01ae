//! Running heads, footers and page numbers: lines near the top or bottom of a page that come back on most
//! pages (compared with their digits masked, so "Pagina 2 van 5" and "Pagina 3 van 5" are the same line),
//! and bare page numbers there. They are not part of the agenda.

use super::layout::Line;
use std::collections::{HashMap, HashSet};

/// How many lines at the top and at the bottom of a page may be a running head or footer.
const ZONE: usize = 3;

/// Each page without its running lines.
pub(super) fn without_running_lines(pages: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    let texts: Vec<Vec<&str>> = pages.iter().map(|p| p.iter().map(|l| l.text.as_str()).collect()).collect();
    let repeating = repeating_keys(&texts);
    pages
        .into_iter()
        .map(|page| {
            let n = page.len();
            page.into_iter()
                .enumerate()
                .filter(|(i, line)| {
                    let in_zone = *i < ZONE || i + ZONE >= n;
                    !(in_zone && (is_page_number(&line.text) || repeating.contains(&key(&line.text))))
                })
                .map(|(_, line)| line)
                .collect()
        })
        .collect()
}

/// The lines (by key) in the head or foot zone of most pages: at least two pages, and more than half of
/// the pages when there are more than two. Their numbers must stay the same from page to page or follow
/// the page number ("Pagina 2 van 5"), so that items numbered on from page to page are not taken for a
/// running head.
fn repeating_keys(pages: &[Vec<&str>]) -> HashSet<String> {
    let with_text = pages.iter().filter(|p| !p.is_empty()).count();
    if with_text < 2 {
        return HashSet::new();
    }
    let mut seen: HashMap<String, Vec<(usize, Vec<i64>)>> = HashMap::new();
    for (index, page) in pages.iter().enumerate() {
        let n = page.len();
        let mut on_page = HashSet::new();
        for (i, line) in page.iter().enumerate() {
            let k = key(line);
            if (i < ZONE || i + ZONE >= n) && !k.is_empty() && on_page.insert(k.clone()) {
                seen.entry(k).or_default().push((index, numbers(line)));
            }
        }
    }
    let needed = if with_text == 2 { 2 } else { with_text / 2 + 1 };
    seen.into_iter().filter(|(_, found)| found.len() >= needed && numbers_are_running(found)).map(|(k, _)| k).collect()
}

/// Every number in the line is the same on each page, or the page's own number (give or take a constant).
fn numbers_are_running(found: &[(usize, Vec<i64>)]) -> bool {
    let count = found[0].1.len();
    (0..count).all(|j| {
        let values: Vec<(i64, i64)> =
            found.iter().filter_map(|(page, n)| n.get(j).map(|v| (*page as i64, *v))).collect();
        values.len() == found.len()
            && (values.iter().all(|(_, v)| *v == values[0].1)
                || values.iter().all(|(p, v)| v - p == values[0].1 - values[0].0))
    })
}

fn numbers(line: &str) -> Vec<i64> {
    line.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap_or(i64::MAX)).collect()
}

/// The line with digit runs masked, case and spacing ignored.
fn key(line: &str) -> String {
    let mut out = String::new();
    let mut in_digits = false;
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
            continue;
        }
        in_digits = false;
        if c.is_whitespace() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out.trim_end().to_string()
}

/// "3", "- 3 -", "3/5", "3 van 5", "Pagina 3", "pagina 3 van 5", "Page 3 of 5", "blz. 3".
fn is_page_number(line: &str) -> bool {
    let k = key(line);
    let k = k.trim_matches(|c: char| c == '-' || c == '–' || c == ' ' || c == '|' || c == '[' || c == ']');
    let k = ["pagina ", "page ", "blz. ", "blz ", "p. ", "pag. ", "bladzijde "]
        .iter()
        .find_map(|p| k.strip_prefix(p))
        .unwrap_or(k)
        .trim();
    matches!(k, "#" | "#/#" | "# / #" | "# van #" | "# of #" | "# of # pages" | "(#)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str]) -> Vec<Line> {
        lines
            .iter()
            .map(|s| Line { text: s.to_string(), x0: 0.0, x1: 0.0, y: 0.0, size: 10.0, first_word_end: 0.0 })
            .collect()
    }

    fn texts(pages: Vec<Vec<Line>>) -> Vec<String> {
        without_running_lines(pages).into_iter().flatten().map(|l| l.text).collect()
    }

    #[test]
    fn heads_footers_and_page_numbers_repeating_on_pages_go() {
        let pages = vec![
            page(&["ALGEMEEN BESTUUR Datum 29 oktober", "1. Opening", "2. Mededelingen", "Pagina 1 van 3"]),
            page(&["ALGEMEEN BESTUUR Datum 29 oktober", "3. Verslag", "4. Begroting 2017", "Pagina 2 van 3"]),
            page(&["ALGEMEEN BESTUUR Datum 29 oktober", "5. Rondvraag", "6. Sluiting", "Pagina 3 van 3"]),
        ];
        assert_eq!(
            texts(pages),
            vec!["1. Opening", "2. Mededelingen", "3. Verslag", "4. Begroting 2017", "5. Rondvraag", "6. Sluiting"]
        );
    }

    #[test]
    fn numbered_items_are_not_mistaken_for_page_numbers() {
        let pages = vec![page(&["1. Opening", "2. Mededelingen", "3"]), page(&["3. Verslag", "- 2 -"])];
        assert_eq!(texts(pages), vec!["1. Opening", "2. Mededelingen", "3. Verslag"]);
    }

    #[test]
    fn items_numbered_on_from_page_to_page_stay() {
        let pages = vec![
            page(&["1. Onderwerp", "2. Onderwerp", "3. Onderwerp", "4. Onderwerp"]),
            page(&["5. Onderwerp", "6. Onderwerp", "7. Onderwerp", "8. Onderwerp"]),
            page(&["9. Onderwerp", "10. Onderwerp", "11. Onderwerp", "12. Onderwerp"]),
        ];
        assert_eq!(texts(pages).len(), 12);
    }

    #[test]
    fn a_single_page_keeps_its_head() {
        let pages = vec![page(&["Agenda AB 29 oktober", "1. Opening"])];
        assert_eq!(texts(pages), vec!["Agenda AB 29 oktober", "1. Opening"]);
    }
}
