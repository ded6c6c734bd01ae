//! What the agenda parser wants a person to check, as values, so that each screen says it in its language.

use crate::locale::Lang;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Line numbers count from 1, as a person reads them.
    NoTitle {
        line: usize,
        number: String,
    },
    Preamble {
        lines: usize,
    },
    OutOfSequence {
        line: usize,
        number: String,
        after: String,
    },
    WordsBeforeFirstItem {
        line: usize,
        words: String,
    },
    TitleCut {
        line: usize,
        number: String,
        max: usize,
    },
    More {
        count: usize,
    },
    RomanAsItems,
    StartsLate {
        first: String,
    },
    /// An agenda book's sections per item, after its last item `after`; left out.
    BookLeftOut {
        after: String,
        lines: usize,
    },
    /// An item's notes reached `max` characters; `lines` more were left out.
    NotesCut {
        number: String,
        max: usize,
        lines: usize,
    },
}

impl Warning {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Nl => self.dutch(),
        }
    }

    fn dutch(&self) -> String {
        match self {
            Warning::NoTitle { line, number } => {
                format!("regel {line}: punt {number} heeft een nummer maar geen titel")
            }
            Warning::Preamble { lines } => {
                let (belong, are) = if *lines == 1 { ("hoort", "wordt") } else { ("horen", "worden") };
                format!(
                    "{} vóór het eerste punt {belong} bij geen punt en {are} niet ingelezen (een kop?)",
                    Lang::Nl.count(*lines, crate::locale::Noun::Line)
                )
            }
            Warning::OutOfSequence { line, number, after } => {
                format!("regel {line}: nummer {number} volgt niet op {after}; de regel blijft een notitie")
            }
            Warning::WordsBeforeFirstItem { line, words } => {
                format!("regel {line}: de woorden vóór het eerste punt worden niet ingelezen: \"{words}\"")
            }
            Warning::TitleCut { line, number, max } => format!(
                "regel {line}: de titel van punt {number} is langer dan {max} tekens; hij is ingekort, de hele tekst \
                 staat in de notities"
            ),
            Warning::More { count } => {
                format!(
                    "… en nog {count} {} van deze soort",
                    if *count == 1 { "waarschuwing" } else { "waarschuwingen" }
                )
            }
            Warning::RomanAsItems => "de Romeinse cijfers zijn als punten gelezen (er zijn geen andere nummers)".into(),
            Warning::StartsLate { first } => format!("de nummering begint niet bij 1; gelezen vanaf punt {first}"),
            Warning::BookLeftOut { after, lines } => format!(
                "na punt {after} volgt de toelichting per punt ({}); die is niet als notitie ingelezen",
                Lang::Nl.count(*lines, crate::locale::Noun::Line)
            ),
            Warning::NotesCut { number, max, lines } => format!(
                "punt {number}: de notities zijn bij {max} tekens afgebroken; {} niet ingelezen",
                Lang::Nl.count(*lines, crate::locale::Noun::Line)
            ),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NoTitle { line, number } => write!(f, "line {line}: item {number} has a number but no title"),
            Warning::Preamble { lines } => write!(
                f,
                "{} before the first item {} to no item and {} not imported (a heading or letterhead?)",
                crate::locale::Lang::En.count(*lines, crate::locale::Noun::Line),
                if *lines == 1 { "belongs" } else { "belong" },
                if *lines == 1 { "is" } else { "are" }
            ),
            Warning::OutOfSequence { line, number, after } => {
                write!(f, "line {line}: the number {number} does not follow {after}; the line is kept as a note")
            }
            Warning::WordsBeforeFirstItem { line, words } => {
                write!(f, "line {line}: the words before the first item are not imported: \"{words}\"")
            }
            Warning::TitleCut { line, number, max } => write!(
                f,
                "line {line}: the title of item {number} is longer than {max} characters; it was cut, the whole text \
                 is in its notes"
            ),
            Warning::More { count } => {
                write!(f, "… and {count} more {} like these", if *count == 1 { "warning" } else { "warnings" })
            }
            Warning::RomanAsItems => write!(f, "the Roman numbers were read as item numbers (there are no others)"),
            Warning::StartsLate { first } => write!(f, "the numbering does not start at 1; read from item {first} on"),
            Warning::BookLeftOut { after, lines } => write!(
                f,
                "after item {after} come the explanations per item ({}); they were not imported as notes",
                Lang::En.count(*lines, crate::locale::Noun::Line)
            ),
            Warning::NotesCut { number, max, lines } => write!(
                f,
                "item {number}: its notes stop at {max} characters; {} not imported",
                Lang::En.count(*lines, crate::locale::Noun::Line)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_words_agree_with_their_number() {
        let one = Warning::Preamble { lines: 1 };
        let three = Warning::Preamble { lines: 3 };
        assert!(one.text(Lang::Nl).starts_with("1 regel vóór het eerste punt hoort bij geen punt en wordt niet"));
        assert!(three.text(Lang::Nl).starts_with("3 regels vóór het eerste punt horen bij geen punt en worden niet"));
        assert!(one.text(Lang::En).starts_with("1 line before the first item belongs to no item and is not"));
        assert!(three.text(Lang::En).starts_with("3 lines before the first item belong to no item and are not"));
        assert_eq!(Warning::More { count: 1 }.text(Lang::Nl), "… en nog 1 waarschuwing van deze soort");
        assert_eq!(Warning::More { count: 4 }.text(Lang::En), "… and 4 more warnings like these");
        for w in [one, three, Warning::More { count: 1 }, Warning::More { count: 2 }] {
            for lang in [Lang::Nl, Lang::En] {
                assert!(!w.text(lang).contains("(s)") && !w.text(lang).contains("(en)"), "{}", w.text(lang));
            }
        }
    }
}
