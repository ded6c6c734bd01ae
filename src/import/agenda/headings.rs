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

/// The title of the agenda itself, not one of its items; also a section that is the agenda as a whole
/// ("I. Agenda Landbouw- en Visserijraad" in a letter that has a part II on other matters).
fn is_agenda_title(text: &str) -> bool {
    let lower = text.to_lowercase();
    let unnumbered = lower.trim_start_matches(['i', 'v', 'x']).trim_start_matches(['.', ' ']);
    let section = unnumbered.len() < lower.len() && unnumbered.starts_with("agenda ");
    (lower.contains("geannoteerde agenda") || section) && !text.ends_with('.') && text.chars().count() < 200
}

/// Words a title does not end on but a line of running text broken by the page width does.
const RUN_ON_ENDS: &[&str] = &[
    "de", "het", "een", "van", "in", "op", "met", "en", "of", "te", "voor", "om", "aan", "die", "dat", "als", "bij",
    "naar", "door", "tot", "uit", "is", "zijn", "heeft", "hebben", "wordt", "worden", "zal", "kan",
];

/// The headings of the parts of one item's annotation in the government's template, not items.
const ANNOTATION_HEADINGS: &[&str] = &[
    "voorstel en toelichting",
    "aard van de bespreking",
    "inhoud en toelichting",
    "toelichting",
    "inhoud",
    "achtergrond",
    "krachtenveld",
    "nederlandse positie",
    "nederlands standpunt",
    "nederlandse inzet",
    "inzet nederland",
];

/// A letterhead or index line: "Nummer: 2023D25539, datum: …", "Vergaderjaar 2022-2023", "Nr. 1554 BRIEF
/// VAN DE MINISTER …".
fn is_letterhead(lower: &str) -> bool {
    let label_value = lower
        .split_once(": ")
        .is_some_and(|(label, value)| !label.contains(' ') && value.contains(|c: char| c.is_ascii_digit()));
    label_value
        || lower.starts_with("vergaderjaar ")
        || lower.starts_with("nr. ")
        || lower.contains("brief van de minister")
        || lower.contains("brief van de staatssecretaris")
}

/// A line that can be an item's heading: short, from a capital, not a sentence or a signature.
fn is_heading(text: &str) -> bool {
    let lower = text.to_lowercase();
    let signature = ["de minister", "de staatssecretaris", "hierbij", "den haag", "aan de voorzitter"]
        .iter()
        .any(|s| lower.starts_with(s));
    let last = lower.rsplit(' ').next().unwrap_or("");
    text.chars().count() <= MAX_HEADING_CHARS
        && text.split(' ').count() <= MAX_HEADING_WORDS
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', ',', ';', ':'])
        && !signature
        && !RUN_ON_ENDS.contains(&last)
        && !has_sentence_break(text)
        && !ANNOTATION_HEADINGS.contains(&lower.trim())
        && !is_letterhead(&lower)
}

/// A line that only names the kind of discussion, under the heading it belongs to ("Algemene oriëntatie").
fn discussion_label(text: &str) -> Option<Treatment> {
    let t = text.trim().trim_end_matches(':');
    if let Some((t, _)) = words::treatment_line(t) {
        return Some(t);
    }
    (t.split(' ').count() <= 3).then(|| discussion(t)).flatten()
}

/// The kind of discussion a line under "Aard van de bespreking:" names ("Mogelijke presentatie van de
/// Commissie", "• Aanname raadsconclusies").
fn kind_of_discussion(text: &str) -> Option<Treatment> {
    let t = text.trim_start_matches(['•', '-', '–', ' ']);
    let lower = t.to_lowercase();
    let lower = lower.trim_start_matches("mogelijke ").trim_start_matches("mogelijk ");
    if lower.starts_with("presentatie") {
        return Some(Treatment::MondelingeToelichting);
    }
    if lower.starts_with("aanname") {
        return Some(Treatment::TerBesluitvorming);
    }
    discussion(lower)
}

/// A heading with the kind of discussion in parentheses and the annotation run on after it, one paragraph
/// where the line break was lost: "Verordening … (voortgangsrapport) Het voorzitterschap is …".
fn run_on_heading(text: &str) -> Option<(String, Treatment, String)> {
    let open = text.find(" (")?;
    let close = open + text[open..].find(')')?;
    let (title, label, rest) = (&text[..open], &text[open + 2..close], text[close + 1..].trim());
    let treatment = discussion_label(label)?;
    let heading = is_heading(title) && title.split(' ').count() <= 20;
    (heading && rest.starts_with(char::is_uppercase)).then(|| (title.to_string(), treatment, rest.to_string()))
}

/// Two sentences in the line ("… collectief verhaal. De primaire inzet …"): running text, not a heading.
fn has_sentence_break(text: &str) -> bool {
    text.match_indices(". ").any(|(at, _)| {
        let word = text[..at].rsplit(' ').next().unwrap_or("");
        let next = text[at + 2..].chars().next();
        word.chars().count() >= 4 && word.chars().all(char::is_lowercase) && next.is_some_and(char::is_uppercase)
    })
}

/// What the first lines of an item's annotation say the Council does with it, when nothing else does:
/// "De Commissie zal de Raad informeren …", "… waarna de leden van de Raad van gedachten wisselen".
fn annotated_kind(first: &str) -> Option<Treatment> {
    let lower = first.to_lowercase();
    if lower.contains("van gedachten wisselen") || lower.contains("gedachtewisseling") {
        Some(Treatment::TerBespreking)
    } else if lower.contains("algemene oriëntatie") {
        Some(Treatment::TerBesluitvorming)
    } else if lower.contains("de raad informeren") || lower.contains("informeert de raad") {
        Some(Treatment::TerInformatie)
    } else {
        None
    }
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
    /// A blank line came after the pending heading.
    blank_after_pending: bool,
    /// The line before was running text that does not end a sentence, with no blank line after it: this
    /// line goes on with it and heads nothing.
    running_on: bool,
    /// The line before was "Aard van de bespreking:": this one says the kind.
    kind_next: bool,
    /// The line before headed a part of an annotation ("Voorstel en toelichting"): this one is its text.
    under_annotation_heading: bool,
}

impl Reader {
    fn item(&mut self, line: usize, text: &str) -> usize {
        let text = text.strip_prefix("Agendapunt:").map(str::trim).unwrap_or(text);
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
            self.blank_after_pending = true;
            self.running_on = false;
            return;
        }
        let running_on = std::mem::replace(&mut self.running_on, !text.ends_with(['.', ':', ';', '?', '!']));
        let lower = text.to_lowercase();
        let under_annotation_heading = std::mem::replace(
            &mut self.under_annotation_heading,
            ANNOTATION_HEADINGS.contains(&lower.trim_end_matches(':').trim()),
        );
        if std::mem::take(&mut self.kind_next) && self.pending.is_none() {
            if let Some(idx) = self.current() {
                if self.out.items[idx].treatment.is_none() {
                    self.out.items[idx].treatment = kind_of_discussion(&text);
                }
                self.prose(i, text);
                return;
            }
        }
        if lower.starts_with("aard van de bespreking") {
            self.kind_next = true;
        }
        if is_letterhead(&lower) {
            // A heading above a letterhead line belongs to the letterhead ("Brief regering", "Bijlage").
            if let Some((at, words)) = self.pending.take() {
                self.restore(at, words);
            }
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
        if self.pending.is_some() {
            if let Some(t) = discussion_label(&text) {
                // The heading's kind of discussion on the line under it, as a "= …" line would say it.
                let (at, words) = self.pending.take().expect("pending");
                let idx = self.item(at, &words);
                self.out.items[idx].treatment.get_or_insert(t);
                self.out.items[idx].source_lines.end = i + 1;
                self.out.lines.push(LineUse::Treatment(idx));
                self.last_line = None;
                return;
            }
        }
        if self.seen_title && !running_on {
            if let Some((title, treatment, rest)) = run_on_heading(&text) {
                if let Some((at, words)) = self.pending.take() {
                    self.item(at, &words);
                }
                self.out.lines.push(LineUse::Preamble);
                let idx = self.item(i, &title);
                self.out.items[idx].treatment.get_or_insert(treatment);
                self.annotations[idx].push(rest.clone());
                self.last_line = Some((i, rest));
                return;
            }
        }
        let salutation = lower.starts_with("geachte") || lower.starts_with("zeer geachte");
        if salutation || (text.starts_with(char::is_lowercase) && !self.blank_after_pending) {
            // The "heading" was the first line of a paragraph broken by the page width, or a letter's
            // subject above its salutation.
            if let Some((at, words)) = self.pending.take() {
                self.restore(at, words);
            }
        }
        if self.seen_title && !running_on && !under_annotation_heading && is_heading(&text) {
            if let Some((at, words)) = self.pending.take() {
                // Two headings in a row: the first one is a part of the text, not an item.
                self.restore(at, words);
            }
            self.pending = Some((i, text.clone()));
            self.blank_after_pending = false;
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
            if item.treatment.is_none() {
                let lower = item.title.to_lowercase();
                item.treatment = if lower.starts_with("voortgangsrapport") {
                    Some(Treatment::TerInformatie)
                } else {
                    lines.first().and_then(|l| annotated_kind(l))
                };
            }
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
        blank_after_pending: false,
        running_on: false,
        kind_next: false,
        under_annotation_heading: false,
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

    #[test]
    fn running_text_broken_by_the_page_width_heads_nothing() {
        let text = "GEANNOTEERDE AGENDA RAAD 13 OKTOBER 2016\n\nVoortgangsrapportage wijziging richtlijn\n\n\
                    Zoals ik eerder heb gemeld, heeft het College van\nCommissarissen besloten om het voorstel\n\
                    te handhaven.\n\nDe Nederlandse opvatting is dat een procedure uiterst serieus\n\
                    genomen dient te worden.\n";
        let p = parse(text);
        let titles: Vec<&str> = p.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, vec!["Voortgangsrapportage wijziging richtlijn"]);
        assert_eq!(p.items[0].treatment, Some(Treatment::TerInformatie));
    }

    #[test]
    fn the_kind_of_discussion_under_a_heading_or_in_parentheses_after_it() {
        let text =
            "Geannoteerde Agenda\n\nNummer: 2019D45310, datum: 2019-11-12\n\nRichtlijn representatieve acties\n\n\
                    Algemene oriëntatie\n\nDe Raad spreekt over het voorstel.\n\n\
                    Verordening gewasbescherming (voortgangsrapport) Het voorzitterschap rapporteert.\n\n\
                    Agendapunt: Agentschappen\n\nAard van de bespreking:\n\nMogelijke presentatie van de Commissie\n\n\
                    Voorstel en toelichting\n\nMogelijk zal de Commissie iets presenteren\n";
        let p = parse(text);
        let got: Vec<(&str, Option<Treatment>)> = p.items.iter().map(|i| (i.title.as_str(), i.treatment)).collect();
        assert_eq!(
            got,
            vec![
                ("Richtlijn representatieve acties", Some(Treatment::TerBesluitvorming)),
                ("Verordening gewasbescherming", Some(Treatment::TerInformatie)),
                ("Agentschappen", Some(Treatment::MondelingeToelichting)),
            ]
        );
        assert_eq!(p.items[1].annotation, "Het voorzitterschap rapporteert.");
    }
}
