//! The text of a cover note as words, colons and line ends, each with its place in the text: the labels of
//! a form are found the same way whether the reader kept its lines, joined a table row with tabs, or
//! flattened the whole page into one line.

use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Colon,
    /// A line end or a table cell boundary (tab).
    Break,
    /// Any other mark: ".", ")", "-", "•".
    Mark,
}

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub kind: Kind,
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// Lower case without accents, for words.
    pub folded: String,
    pub capitalized: bool,
    pub all_caps: bool,
}

pub(super) fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                // "Financiële", "risico's", "B&W" stay one word; "t/m" is two.
                let joins = d.is_alphanumeric() || ((d == '\'' || d == '’') && word_follows(text, j + d.len_utf8()));
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let word = &text[i..end];
            let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
            out.push(Tok {
                kind: Kind::Word,
                start: i,
                end,
                folded: fold(word),
                capitalized: word.chars().next().is_some_and(char::is_uppercase),
                all_caps: letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase()),
            });
        } else if c == '\n' || c == '\t' || c == '\r' {
            out.push(mark(Kind::Break, i, c));
        } else if c == ':' {
            out.push(mark(Kind::Colon, i, c));
        } else if c.is_whitespace() || c == '/' {
            continue;
        } else {
            out.push(mark(Kind::Mark, i, c));
        }
    }
    out
}

fn word_follows(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphabetic)
}

fn mark(kind: Kind, at: usize, c: char) -> Tok {
    Tok { kind, start: at, end: at + c.len_utf8(), folded: c.to_string(), capitalized: false, all_caps: false }
}
