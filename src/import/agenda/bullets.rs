//! An agenda that is only a list of bullets after a line that announces it, as a newsletter or a web page
//! gives one: "Andere onderwerpen op de agenda zijn: • een bespreking van …; • het subsidieverzoek …".
//! Read only when the text has no numbered items at all; each bullet is an item without a number.

use super::{clean, input_lines, words, LineUse, ParsedAgenda, ParsedItem, MAX_TITLE_CHARS};
use crate::numbering::NumberStyle;

/// Fewer bullets than this are a list inside a sentence, not an agenda.
const MIN_ITEMS: usize = 2;

fn is_bulleted(text: &str) -> bool {
    let stripped = clean::strip_bullets(text);
    stripped.len() < text.len() && !stripped.is_empty()
}

/// The items of the first list of bullets that follows a line ending in ':'; `None` when there is none.
pub(super) fn parse(text: &str) -> Option<ParsedAgenda> {
    let lines = input_lines(text);
    let tidied: Vec<String> = lines.iter().map(|l| clean::tidy(l)).collect();
    let announced = (0..tidied.len()).find(|&i| {
        tidied[i].ends_with(':') && tidied[i + 1..].iter().find(|t| !t.is_empty()).is_some_and(|t| is_bulleted(t))
    })?;
    let mut out = ParsedAgenda::default();
    let mut in_list = true;
    for (i, text) in tidied.iter().enumerate() {
        let use_of_line = if i <= announced {
            if text.is_empty() {
                LineUse::Blank
            } else {
                LineUse::Preamble
            }
        } else if text.is_empty() {
            LineUse::Blank
        } else if in_list && is_bulleted(text) {
            out.items.push(item(i, clean::strip_bullets(text)));
            LineUse::Item(out.items.len() - 1)
        } else {
            in_list = false;
            match out.items.len().checked_sub(1) {
                Some(last) => {
                    out.items[last].notes.push(text.clone());
                    LineUse::Note(last)
                }
                None => LineUse::Preamble,
            }
        };
        out.lines.push(use_of_line);
    }
    if out.items.len() < MIN_ITEMS {
        return None;
    }
    out.numbering = NumberStyle::unnumbered();
    Some(out)
}

fn item(line: usize, text: &str) -> ParsedItem {
    let title = text.trim().trim_end_matches([';', ',']).trim_end_matches(" en").trim();
    let title: String = title.chars().take(MAX_TITLE_CHARS).collect();
    ParsedItem {
        number: String::new(),
        label: String::new(),
        depth: 0,
        treatment: words::title_treatment(&title),
        title,
        has_attachment: false,
        submitter: String::new(),
        origin_note: String::new(),
        notes: Vec::new(),
        annotation: String::new(),
        part: None,
        source_lines: line..line + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bullets_after_a_line_that_announces_them_are_the_items() {
        let text = "Agenda vergadering 10 mei\nOnderwerpen op de agenda zijn:\n\n • de structuurvisie Valkenburg;\n • \
                    het subsidieverzoek Bollenstreek;\n • een bespreking van de overleggen.\n\nDe volgende vergadering is op 24 mei.";
        let p = parse(text).expect("a list");
        let titles: Vec<&str> = p.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            ["de structuurvisie Valkenburg", "het subsidieverzoek Bollenstreek", "een bespreking van de overleggen."]
        );
        assert_eq!(p.items[2].notes, ["De volgende vergadering is op 24 mei."]);
        assert_eq!(p.lines[1], LineUse::Preamble);
        assert_eq!(p.lines[3], LineUse::Item(0));
    }

    #[test]
    fn no_announcing_line_or_a_single_bullet_is_no_agenda() {
        assert!(parse("• een punt\n• nog een").is_none());
        assert!(parse("Zie hieronder:\n• een punt\nverder tekst").is_none());
    }
}
