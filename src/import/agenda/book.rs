//! An agenda book: the agenda, then a section per item ("Agendapunt 3: Verslag …" and pages of
//! explanation). Once a heading names an item the list already had, by its number and the start of its
//! title, the list has ended: what follows is the book's body, not notes of the last item, and it is left
//! out with one warning (the file itself still holds it). In an annotated agenda each section's text is
//! the annotation of the item it heads.

use super::number::{read_marker, Comp};
use std::collections::HashMap;

/// Words of a title compared with a section heading's; a heading may cut a long title short.
const TITLE_WORDS: usize = 4;

#[derive(Debug, Default)]
pub(super) struct Book {
    /// The top-level items read so far, by their number as written ("3", "03"), to their index.
    listed: HashMap<String, usize>,
    /// The item after which the body starts, once it has.
    pub after: Option<usize>,
    /// Lines of the body left out.
    pub left_out: usize,
    /// The listed item whose section the body is in.
    pub section: Option<usize>,
}

impl Book {
    pub fn list(&mut self, number: &str, idx: usize) {
        if !number.is_empty() {
            self.listed.entry(number.to_string()).or_insert(idx);
        }
    }

    pub fn started(&self) -> bool {
        self.after.is_some()
    }

    /// The item a line heads again ("3: Verslag van de vergadering …" after the list had "3. Verslag van
    /// de vergadering van 24 september"), given a way to see each listed item's title.
    pub fn heads_listed<'a>(&self, body: &str, title_of: impl Fn(usize) -> &'a str) -> Option<usize> {
        let m = read_marker(body).filter(|m| !m.relative && m.comps.len() == 1)?;
        if !matches!(m.comps[0], Comp::Num(_)) || self.listed.len() < 2 {
            return None;
        }
        let idx = *self.listed.get(&m.written)?;
        same_title(title_of(idx), &body[m.len..]).then_some(idx)
    }
}

fn title_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(TITLE_WORDS)
        .map(str::to_lowercase)
        .collect()
}

/// The heading starts as the listed title does, over as many words as both have (up to a few); a heading
/// of one word matches only a title of one word.
fn same_title(listed: &str, heading: &str) -> bool {
    let (a, b) = (title_words(listed), title_words(heading));
    let n = a.len().min(b.len());
    n > 0 && a[..n] == b[..n] && (n >= 2 || a.len() == b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_names_a_listed_item_by_number_and_title() {
        let titles =
            ["Opening", "Verslag van de vergadering van 24 september 2026", "Begroting 2027 en meerjarenraming"];
        let mut book = Book::default();
        for (k, n) in ["1", "2", "3"].iter().enumerate() {
            book.list(n, k);
        }
        let title_of = |k: usize| titles[k];
        assert_eq!(book.heads_listed("2: Verslag van de vergadering van 24 september 2026", title_of), Some(1));
        assert_eq!(book.heads_listed("3. Begroting 2027 en meerjarenraming 2028-", title_of), Some(2));
        assert_eq!(book.heads_listed("1. Opening", title_of), Some(0));
        assert_eq!(book.heads_listed("2. Het verslag is besproken", title_of), None);
        assert_eq!(book.heads_listed("1. Opening van de nieuwe brug", title_of), None);
        assert_eq!(book.heads_listed("4. Begroting 2027 en meerjarenraming", title_of), None);
    }
}
