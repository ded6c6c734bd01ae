//! An annotated agenda without numbers, as ministries send them for an EU Council: after its title
//! ("GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN …") and an opening paragraph, each item is a heading
//! line followed by its annotation, sometimes with the kind of discussion on a line "= Stand van zaken".
//! One line at a time; a heading waits for the line after it (one line of look-ahead) to be sure.

use super::{clean, input_lines, words, LineUse, ParsedAgenda, ParsedItem};
use crate::domain::Treatment;
use crate::numbering::NumberStyle;

/// A heading is a line of at most this many characters.
const MAX_HEADING_CHARS: usize = 300;
const MAX_HEADING_WORDS: usize = 45;

/// The title of the agenda itself, not one of its items.
fn is_agenda_title(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("geannoteerde agenda") && !text.ends_with('.') && text.chars().count() < 200
}

/// A line that can be an item's heading: short, from a capital, not a sentence or a signature.
fn is_heading(text: &str) -> bool {
    let lower = text.to_lowercase();
    let signature = ["de minister", "de staatssecretaris", "hierbij", "den haag", "aan de voorzitter"]
        .iter()
        .any(|s| lower.starts_with(s));
    text.chars().count() <= MAX_HEADING_CHARS
        && text.split(' ').count() <= MAX_HEADING_WORDS
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', ',', ';', ':'])
        && !signature
}

/// The kind of discussion on a "= …" line.
fn discussion(text: &str) -> Option<Treatment> {
    if let Some((t, _)) = words::treatment_line(text) {
        return Some(t);
    }
    let lower = text.to_lowercase();
    if lower.starts_with("stand van zaken") || lower.starts_with("voortgang") || lower.starts_with("informatie") {
        Some(Treatment::TerInformatie)
    } else if lower.starts_with("aanneming") || lower.starts_with("goedkeuring") || lower.starts_with("besluit") {
        Some(Treatment::TerBesluitvorming)
    } else if lower.starts_with("debat") || lower.starts_with("discussie") {
        Some(Treatment::TerBespreking)
    } else {
        None
    }
}

struct Reader {
    out: ParsedAgenda,
    annotations: Vec<Vec<String>>,
    seen_title: bool,
    /// A heading line waiting for what follows it.
    pending: Option<(usize, String)>,
    /// The last line with words, when it belongs to nothing yet or to the last item's annotation.
    last_line: Option<(usize, String)>,
}

impl Reader {
    fn item(&mut self, line: usize, text: &str) -> usize {
        let tail = words::split_tail(text);
        let title = if tail.title.is_empty() { text.to_string() } else { tail.title };
        self.out.items.push(ParsedItem {
            number: String::new(),
            label: String::new(),
            depth: 0,
            title,
            treatment: tail.treatment,
            has_attachment: tail.origin.as_ref().is_some_and(|o| o.has_attachment),
            submitter: tail.origin.as_ref().map(|o| o.submitter.clone()).unwrap_or_default(),
            origin_note: tail.origin.map(|o| o.note).unwrap_or_default(),
            notes: Vec::new(),
            annotation: String::new(),
            part: None,
            source_lines: line..line + 1,
        });
        self.annotations.push(Vec::new());
        let idx = self.out.items.len() - 1;
        self.out.lines[line] = LineUse::Item(idx);
        idx
    }

    fn current(&self) -> Option<usize> {
        self.out.items.len().checked_sub(1)
    }

    fn prose(&mut self, i: usize, text: String) {
        match self.current() {
            Some(idx) => {
                self.annotations[idx].push(text.clone());
                self.out.items[idx].source_lines.end = i + 1;
                self.out.lines.push(LineUse::Note(idx));
            }
            None => self.out.lines.push(LineUse::Preamble),
        }
        self.last_line = Some((i, text));
    }

    fn line(&mut self, i: usize, raw: &str) {
        let text = clean::tidy(raw);
        if text.is_empty() {
            self.out.lines.push(if raw.trim().is_empty() { LineUse::Blank } else { LineUse::Layout });
            return;
        }
        if let Some(rest) = text.strip_prefix('=') {
            // The line before is an item's heading, this its kind of discussion.
            let heading = self.pending.take().or_else(|| self.last_line.take());
            if let Some((at, words)) = heading {
                if let Some(idx) = self.current().filter(|&k| self.out.lines[at] == LineUse::Note(k)) {
                    self.annotations[idx].pop();
                }
                self.item(at, &words);
            }
            match self.current() {
                Some(idx) => {
                    if self.out.items[idx].treatment.is_none() {
                        self.out.items[idx].treatment = discussion(rest.trim());
                    }
                    self.out.items[idx].source_lines.end = i + 1;
                    self.out.lines.push(LineUse::Treatment(idx));
                }
                None => self.out.lines.push(LineUse::Preamble),
            }
            self.last_line = None;
            return;
        }
        if is_agenda_title(&text) {
            self.seen_title = true;
            self.pending = None;
            self.out.lines.push(LineUse::Preamble);
            return;
        }
        if self.seen_title && is_heading(&text) {
            if let Some((at, words)) = self.pending.take() {
                // Two headings in a row: the first one is a part of the text, not an item.
                self.restore(at, words);
            }
            self.pending = Some((i, text.clone()));
            self.out.lines.push(LineUse::Preamble);
            self.last_line = Some((i, text));
            return;
        }
        if let Some((at, words)) = self.pending.take() {
            self.item(at, &words);
        }
        self.prose(i, text);
    }

    /// A heading that turned out to head nothing becomes what a line of prose there would have been.
    fn restore(&mut self, at: usize, words: String) {
        if let Some(idx) = self.current() {
            self.annotations[idx].push(words);
            self.out.lines[at] = LineUse::Note(idx);
        }
    }

    fn finish(mut self) -> ParsedAgenda {
        if let Some((at, words)) = self.pending.take() {
            self.item(at, &words);
        }
        for (item, lines) in self.out.items.iter_mut().zip(&self.annotations) {
            item.annotation = lines.join("\n");
        }
        self.out.numbering = NumberStyle::unnumbered();
        self.out
    }
}

/// The items of an annotated agenda whose items are headings; none when it has no such headings.
pub(super) fn parse(text: &str) -> ParsedAgenda {
    let mut reader = Reader {
        out: ParsedAgenda::default(),
        annotations: Vec::new(),
        seen_title: false,
        pending: None,
        last_line: None,
    };
    for (i, raw) in input_lines(text).into_iter().enumerate() {
        reader.line(i, raw);
    }
    reader.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_with_their_annotations() {
        let text = "Den Haag, 1 december 2023\n\nGEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN 11 DECEMBER 2023\n\n\
                    Op maandag vindt de Raad plaats.\n\nRussische agressie tegen Oekraïne\n\n\
                    De Raad zal spreken over de oorlog.\nNederland steunt Oekraïne.\n\nMidden-Oosten\n\
                    = Stand van zaken\nDe Raad bespreekt de situatie.\n";
        let p = parse(text);
        let got: Vec<(&str, Option<Treatment>)> = p.items.iter().map(|i| (i.title.as_str(), i.treatment)).collect();
        assert_eq!(
            got,
            vec![("Russische agressie tegen Oekraïne", None), ("Midden-Oosten", Some(Treatment::TerInformatie))]
        );
        assert_eq!(p.items[0].annotation, "De Raad zal spreken over de oorlog.\nNederland steunt Oekraïne.");
        assert_eq!(p.items[1].annotation, "De Raad bespreekt de situatie.");
        assert_eq!(p.lines.len(), text.lines().count());
    }

    #[test]
    fn a_text_without_a_title_has_items_only_where_a_discussion_line_says_so() {
        let p = parse(
            "Een brief\nVoorstel voor een richtlijn over iets.\n= Algemene oriëntatie\nDe Commissie stelde voor.",
        );
        assert_eq!(p.items.len(), 1);
        assert_eq!(p.items[0].treatment, Some(Treatment::TerBesluitvorming));
        assert!(parse("Gewone tekst\nZonder agenda.").items.is_empty());
    }
}
