//! The line-by-line reading behind `parse_agenda`; the rules it keeps are in the module above.

use super::book::Book;
use super::cells;
use super::incoming;
use super::number::{read_marker, read_roman, Comp, Marker, Placed, Sequence};
use super::procedural;
use super::segment::{ends_with_heading, lost_number_split, split_segment, stock_title_end, Pieces};
use super::style::{self, Written};
use super::{bullets, headings};
use super::{clean, input_lines, words, LineUse, ParsedAgenda, ParsedItem, Warning, MAX_TITLE_CHARS};
use crate::domain::Treatment;
use crate::numbering::part_label;

const MAX_WARNINGS: usize = 30;
/// What one item's notes may take from an imported text: a few pages' worth. More is a document that ran
/// on past the agenda, not notes a person reads on an item. The annotation under an item of an annotated
/// agenda may be longer.
const MAX_NOTES_CHARS: usize = 4_000;
const MAX_ANNOTATION_CHARS: usize = 12_000;
const TOPIC_CELL_MAX_CHARS: usize = 200;
/// How far after a Roman "I" the "1." of its first item may stand for the "I" to head a section.
const ROMAN_ONE_REACH: usize = 80;
/// How far back from a number the title of an item that lost its number is looked for.
const LOST_REACH: usize = 300;
/// A line this long that starts with a bare number is a page with its number, not an item.
const RUN_ON_PAGE_CHARS: usize = 200;
/// A title at least this long may have been broken off by the page's width.
const WRAPPED_TITLE_CHARS: usize = 40;

pub(super) fn parse(text: &str) -> ParsedAgenda {
    let first = Parser::new(false, RomanAs::Parts).run(text);
    if first.annotated {
        // An annotated agenda without numbers: its items are headings, and numbered lists inside the
        // annotations are no items. One whose items are numbered has them before any heading.
        let headed = headings::parse(text);
        if let Some(h) = headed.items.first().map(|i| i.source_lines.start) {
            if first.out.items.first().is_none_or(|n| n.source_lines.start > h) {
                return headed;
            }
        }
    }
    if !first.out.items.is_empty() {
        return first.out;
    }
    if first.roman_parts > 0 {
        let mut again = Parser::new(false, RomanAs::Items).run(text).out;
        if !again.items.is_empty() {
            again.warnings.insert(0, Warning::RomanAsItems);
            return again;
        }
    }
    let mut fragment = Parser::new(true, RomanAs::Parts).run(text).out;
    if !fragment.items.is_empty() {
        fragment.warnings.insert(
            0,
            Warning::StartsLate { first: fragment.items.first().map(|i| i.number.clone()).unwrap_or_default() },
        );
        return fragment;
    }
    bullets::parse(text).unwrap_or(first.out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RomanAs {
    Parts,
    Items,
}

/// Where an item's treatment came from; a stronger source replaces a weaker one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    None,
    /// The heading of the section it stands in.
    Section,
    /// Its title names it ("Mededelingen", "Hamerstukken").
    Title,
    /// A decision or proposal line under it.
    Decision,
    /// Written with it.
    Said,
}

/// A number found in a line: an item's, or a Roman numeral heading a section.
#[derive(Debug, Clone)]
enum Start {
    Item(Placed, String),
    Section(u32, String),
}

/// A number found inside a line: where, how long, and whether the item before it lost its own number
/// ("02. … Ingekomen stukken 04."), so that the words before it hold two titles.
struct Found {
    at: usize,
    len: usize,
    start: Start,
    /// How many numbers before this one the text lost (their titles are in the stretch before it).
    lost: usize,
    marker: Option<Marker>,
}

struct Parser {
    out: ParsedAgenda,
    seq: Sequence,
    roman_as: RomanAs,
    last_roman: u32,
    roman_parts: usize,
    part: Option<usize>,
    /// A section headed by a treatment ("Ter kennisname") gives it to its items.
    section_treatment: Option<Treatment>,
    /// A line that is only a treatment has headed a section: the agenda heads its sections so.
    treatment_headings: bool,
    /// The last item's number stood alone; its title comes on the next line.
    awaiting_title: bool,
    /// The item whose title ends in ':' on its line, so the next line may finish it.
    title_goes_on: Option<usize>,
    /// The item whose title ended the line before.
    wrapping: Option<usize>,
    /// A line "Voorstel:" or "Besluit:" stood alone; the next one says what is asked.
    awaiting_proposal: bool,
    /// The last note ended with a colon ("Voorstel:", "Als agenda is voorgesteld:"): a list that starts
    /// at 1 under it is what it announces, not sub-items.
    lead_in: bool,
    /// Inside such a list: the single-level number that continues it.
    lead_list_next: Option<Comp>,
    /// Something other than its own lines came after the last item.
    noted_since_item: bool,
    warnings_left_out: usize,
    /// Per item: where its treatment came from, and its number as written.
    sources: Vec<Source>,
    written: Vec<Written>,
    /// The open items above the current one, by depth: the first is the current top-level item.
    open: Vec<usize>,
    /// An annotated agenda: the prose under an item is its annotation.
    annotated: bool,
    /// The top-level numbering started again at 1 after a part.
    restarted: bool,
    top_items: usize,
    /// The row a decision line last applied to, and the first item after it not yet given it.
    decided: Option<(usize, usize)>,
    /// The agenda writes its item numbers without a mark after them ("2 Mededelingen"), so such a number
    /// inside a line can be the next item too.
    bare_style: bool,
    /// The agenda pads its item numbers ("01", "02").
    padded_style: bool,
    /// The listed items, to tell when an agenda book's sections per item begin.
    book: Book,
    /// Per item: the characters its notes (or annotation) took from the text, and the lines left out
    /// once they reached the cap.
    held: Vec<(usize, usize)>,
}

/// The text of a table row's cells, or `None` when the line is no table row.
fn table_cells(raw: &str) -> Option<Vec<String>> {
    let trimmed = raw.trim();
    let cells: Vec<String> = if raw.contains('\t') {
        raw.split('\t').map(clean::tidy).collect()
    } else if trimmed.starts_with('|') && trimmed.len() > 1 {
        let inner = trimmed.strip_prefix('|').unwrap_or(trimmed);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        inner.split('|').map(clean::tidy).collect()
    } else {
        return None;
    };
    let filled = cells.iter().filter(|c| !c.is_empty() && !clean::is_ruling(c)).count();
    (filled >= 2).then_some(cells)
}

/// Words that head a column or a letterhead field, not a topic.
fn is_field_word(cell: &str) -> bool {
    const WORDS: &[&str] = &[
        "nr",
        "nr.",
        "no",
        "no.",
        "#",
        "agendapunt",
        "onderwerp",
        "punt",
        "item",
        "behandeling",
        "bijlage",
        "bijlagen",
        "indiener",
        "besluit",
        "inhoud",
        "toelichting",
        "wie",
        "wat",
        "actiepunt",
        "actie",
        "deadline",
        "datum",
        "tijd",
        "locatie",
        "plaats",
        "aanwezig",
        "afwezig",
        "van",
        "aan",
        "cc",
        "verzonden",
        "kenmerk",
        "pagina",
        "status",
        "portefeuillehouder",
        "bijzonderheden",
        "verwijzing",
        "datum besluit",
        "voorstel",
    ];
    let lower = cell.trim().trim_end_matches(':').to_lowercase();
    WORDS.contains(&lower.as_str())
}

/// A table's first cell that names a topic: starts with a capital, not too long, not a field name.
fn is_topic_cell(cell: &str) -> bool {
    cell.chars().next().is_some_and(char::is_uppercase)
        && cell.chars().count() <= TOPIC_CELL_MAX_CHARS
        && !cell.ends_with(':')
        && !is_field_word(cell)
}

fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

impl Parser {
    fn new(any_start: bool, roman_as: RomanAs) -> Parser {
        Parser {
            out: ParsedAgenda::default(),
            seq: Sequence::new(any_start),
            roman_as,
            last_roman: 0,
            roman_parts: 0,
            part: None,
            section_treatment: None,
            treatment_headings: false,
            awaiting_title: false,
            title_goes_on: None,
            wrapping: None,
            awaiting_proposal: false,
            lead_in: false,
            lead_list_next: None,
            noted_since_item: false,
            warnings_left_out: 0,
            sources: Vec::new(),
            written: Vec::new(),
            open: Vec::new(),
            annotated: false,
            restarted: false,
            top_items: 0,
            decided: None,
            bare_style: false,
            padded_style: false,
            book: Book::default(),
            held: Vec::new(),
        }
    }

    fn run(mut self, text: &str) -> Parser {
        for (i, raw) in input_lines(text).into_iter().enumerate() {
            self.line(i, raw);
        }
        self.finish();
        self
    }

    fn warn(&mut self, message: Warning) {
        if self.out.warnings.len() < MAX_WARNINGS {
            self.out.warnings.push(message);
        } else {
            self.warnings_left_out += 1;
        }
    }

    fn finish(&mut self) {
        let mut untitled = Vec::new();
        for item in &mut self.out.items {
            if item.title.is_empty() {
                item.title = "(geen titel)".into();
                untitled.push((item.source_lines.start, item.number.clone()));
            }
        }
        for (line, number) in untitled {
            self.warn(Warning::NoTitle { line: line + 1, number });
        }
        self.inherit_treatments();
        let style = style::infer(&self.written, self.restarted, self.roman_parts > 0);
        for (item, w) in self.out.items.iter_mut().zip(&self.written) {
            if w.comps.is_empty() {
                continue;
            }
            let label = item.part.and_then(|p| self.out.parts.get(p)).and_then(|t| part_label(t));
            item.label = style::label(&style, &w.comps, label);
            if item.number.is_empty() {
                item.number = item.label.clone();
            }
        }
        self.out.numbering = style;
        self.warn_book();
        self.warn_notes_cut();
        let preamble = self.out.preamble_lines();
        if preamble > 0 && !self.out.items.is_empty() {
            self.warn(Warning::Preamble { lines: preamble });
        }
        if self.warnings_left_out > 0 {
            self.out.warnings.push(Warning::More { count: self.warnings_left_out });
        }
    }

    /// A sub-item without a treatment of its own has its item's.
    fn inherit_treatments(&mut self) {
        let mut above: Vec<(usize, Option<Treatment>)> = Vec::new();
        for item in &mut self.out.items {
            while above.last().is_some_and(|(d, _)| *d >= item.depth) {
                above.pop();
            }
            if item.treatment.is_none() {
                item.treatment = above.last().and_then(|(_, t)| *t);
            }
            above.push((item.depth, item.treatment));
        }
    }

    /// A heading that names an item the list already had: the list has ended and the book's sections
    /// per item begin. True when it did (the line is left out with the rest).
    fn starts_book(&mut self, i: usize, body: &str) -> bool {
        let Some(last) = self.last_index() else { return false };
        let items = &self.out.items;
        let Some(section) = self.book.heads_listed(body, |k| items[k].title.as_str()) else { return false };
        self.book.after = Some(last);
        self.awaiting_title = false;
        self.book_heading(i, section);
        true
    }

    /// A line of the book's body. In an annotated agenda a section's text is the annotation of the item
    /// it heads (up to the cap); otherwise it is left out.
    fn book_line(&mut self, i: usize, raw: &str) {
        if raw.trim().is_empty() {
            return self.mark(LineUse::Blank);
        }
        let text = clean::tidy(raw);
        let body = without_item_word(clean::strip_bullets(&text));
        let items = &self.out.items;
        if let Some(section) = self.book.heads_listed(body, |k| items[k].title.as_str()) {
            return self.book_heading(i, section);
        }
        match self.book.section.filter(|_| self.annotated) {
            Some(idx) => {
                let kept = self.push_text(idx, text);
                self.out.items[idx].source_lines.end = i + 1;
                self.mark(if kept { LineUse::Note(idx) } else { LineUse::LeftOut });
            }
            None => {
                self.book.left_out += 1;
                self.mark(LineUse::LeftOut);
            }
        }
    }

    fn book_heading(&mut self, i: usize, section: usize) {
        self.book.section = Some(section);
        if self.annotated {
            self.out.items[section].source_lines.end = i + 1;
            self.mark(LineUse::Title(section));
        } else {
            self.book.left_out += 1;
            self.mark(LineUse::LeftOut);
        }
    }

    /// One warning for the whole body of an agenda book, before the others: it says where the text went.
    fn warn_book(&mut self) {
        let Some(after) = self.book.after.filter(|_| self.book.left_out > 0) else { return };
        let item = &self.out.items[after];
        let number = if item.label.is_empty() { item.number.clone() } else { item.label.clone() };
        self.out.warnings.insert(0, Warning::BookLeftOut { after: number, lines: self.book.left_out });
    }

    fn warn_notes_cut(&mut self) {
        let max = if self.annotated { MAX_ANNOTATION_CHARS } else { MAX_NOTES_CHARS };
        for idx in 0..self.held.len() {
            let lines = self.held[idx].1;
            if lines > 0 {
                let item = &self.out.items[idx];
                let number = if item.label.is_empty() { item.number.clone() } else { item.label.clone() };
                self.warn(Warning::NotesCut { number, max, lines });
            }
        }
    }

    fn mark(&mut self, line_use: LineUse) {
        // A title that ends its line may go on on the next (a PDF wraps it): remember which item's.
        self.wrapping = match line_use {
            LineUse::Title(k) => Some(k),
            LineUse::Item(_) => self.last_index().filter(|&k| self.out.items[k].notes.is_empty()),
            _ => None,
        };
        self.out.lines.push(line_use);
    }

    /// The rest of a title the page width broke off: a line in lower case, or one after a title that ends
    /// in a word no title ends with ("… met betrekking tot de" / "Bevrijdingsfestivals").
    fn title_wraps(&self, idx: usize, body: &str) -> bool {
        let title = &self.out.items[idx].title;
        let last = title.rsplit(' ').next().unwrap_or("").to_lowercase();
        let joins =
            ["en", "of", "van", "de", "het", "een", "voor", "met", "op", "in", "te", "tot", "over", "aan", "bij"]
                .contains(&last.as_str());
        // Only a long title reaches the page's edge: "Opening" and a sentence below it are two things.
        title.chars().count() >= WRAPPED_TITLE_CHARS
            && !title.ends_with(['.', ':', ';', '?', '!', ')'])
            && (body.starts_with(char::is_lowercase) || joins)
            && read_marker(body).is_none()
            && !body.split_whitespace().take(3).any(|w| w.ends_with(':'))
            && words::treatment_line(body).is_none()
            && title.chars().count() + body.chars().count() < MAX_TITLE_CHARS
    }

    fn last_index(&self) -> Option<usize> {
        self.out.items.len().checked_sub(1)
    }

    fn line(&mut self, i: usize, raw: &str) {
        if self.book.started() {
            return self.book_line(i, raw);
        }
        if let Some(cells) = table_cells(raw) {
            return self.table_row(i, cells);
        }
        let text = clean::tidy(raw);
        if text.is_empty() {
            return self.mark(if raw.trim().is_empty() { LineUse::Blank } else { LineUse::Layout });
        }
        if clean::is_ruling(&text) {
            return self.mark(LineUse::Layout);
        }
        let indent = raw.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\t' { 4 } else { 1 }).sum();
        self.text_line(i, &text, Some(indent));
    }

    /// Opens a part or section without marking the line (a heading inside a line of items).
    fn open_section(&mut self, title: &str) {
        let title = title.trim().trim_end_matches(['.', '/']).trim();
        if title.is_empty() {
            return;
        }
        self.out.parts.push(truncate_chars(title, MAX_TITLE_CHARS).to_string());
        self.part = Some(self.out.parts.len() - 1);
        self.section_treatment = words::heading_treatment(title);
        self.seq.after_part = true;
        self.awaiting_title = false;
        self.noted_since_item = true;
    }

    fn new_part(&mut self, title: &str, treatment: Option<Treatment>) {
        self.open_section(title);
        if treatment.is_some() {
            self.section_treatment = treatment;
        }
        let index = self.out.parts.len().saturating_sub(1);
        self.mark(LineUse::Part(index));
    }

    /// Places a number found at the start of `body`, when it follows in the numbering.
    fn placed_at_start(&self, body: &str, indent: Option<usize>) -> Option<(Placed, String, usize)> {
        let m = read_marker(body)?;
        let placed = self.seq.place(&m, indent, true)?;
        Some((placed, m.written, m.len))
    }

    fn text_line(&mut self, i: usize, text: &str, indent: Option<usize>) {
        // The document says what it is before its items; an item about an annotated agenda does not.
        if self.out.items.is_empty() {
            let lower = text.to_lowercase();
            if lower.contains("geannoteerde agenda") || lower.starts_with("annotaties") {
                self.annotated = true;
            }
        }
        let mut body = without_item_word(clean::strip_bullets(text));
        let mut indent = indent;
        let mut paged = false;
        while let Some(rest) = page_number_rest(body).filter(|rest| !self.bare_item_with_acronym(body, rest)) {
            body = without_item_word(clean::strip_bullets(rest));
            indent = None;
            paged = true;
        }
        if is_layout_line(body) {
            return self.mark(LineUse::Layout);
        }
        if let Some(m) = read_marker(body).filter(|m| m.comps.len() == 1 && !m.relative && m.punct) {
            let starts = std::mem::take(&mut self.lead_in) && m.comps[0].is_first();
            if starts || self.lead_list_next == Some(m.comps[0]) {
                // "Voorstel: 1. De conceptagenda bespreken en vaststellen. 2. …": the list is the
                // proposal's, a note on the item.
                self.lead_list_next = m.comps[0].successor();
                // A list of several proposals says no one treatment; it does not wait past the list.
                self.awaiting_proposal = false;
                self.note(i, body);
                return;
            }
        }
        self.lead_list_next = None;
        if self.starts_book(i, body) {
            return;
        }
        let at_start = self.placed_at_start(body, indent);
        // "10. 6.I" under an item whose title the page lost is the next item's number, not a title.
        let doubled_next = || doubled_number(body).is_some_and(|(m, _)| self.seq.place(&m, indent, true).is_some());
        if let Some(idx) = self.wrapping.filter(|&k| Some(k) == self.last_index() && self.title_goes_on != Some(k)) {
            // A bullet starts something new, not the rest of a title.
            let bulleted = clean::strip_bullets(text).len() < text.len();
            if !bulleted && self.title_wraps(idx, body) {
                let item = &mut self.out.items[idx];
                item.title = format!("{} {}", item.title, body.trim());
                item.source_lines.end = i + 1;
                return self.mark(LineUse::Title(idx));
            }
        }
        if let Some(idx) = self.last_index().filter(|&k| self.title_goes_on == Some(k)) {
            self.title_goes_on = None;
            // "10 Inhoudelijke presentatie:" and on the next line what it is about: one title.
            let labelled = body.split_whitespace().take(3).any(|w| w.ends_with(':'));
            let said = words::treatment_line(body).is_some();
            let fits = self.out.items[idx].title.chars().count() + body.chars().count() + 2 <= MAX_TITLE_CHARS;
            if at_start.is_none() && read_marker(body).is_none() && !labelled && !said && fits {
                let item = &mut self.out.items[idx];
                item.title = format!("{}: {}", item.title.trim_end_matches(':'), body.trim());
                item.source_lines.end = i + 1;
                if item.treatment.is_none() {
                    item.treatment = words::title_treatment(&item.title);
                }
                return self.mark(LineUse::Title(idx));
            }
        }
        if self.awaiting_title
            && self.last_index().is_some_and(|k| self.out.items[k].number.trim_end_matches(['.', ')']) == body)
        {
            // "1." and then "1" on a line of its own: a portal's list index and the agenda's number, as a
            // PDF of the page splits them; the title is still to come.
            return self.mark(LineUse::Layout);
        }
        if self.awaiting_title && at_start.is_none() && !doubled_next() {
            if let Some(idx) = self.last_index() {
                self.awaiting_title = false;
                self.fill_from_segment(idx, body, false);
                self.out.items[idx].source_lines.end = i + 1;
                return self.mark(LineUse::Title(idx));
            }
        }
        if words::is_part_heading(body) || (self.last_index().is_some() && incoming::is_heading(body)) {
            return self.new_part(body, words::heading_treatment(body));
        }
        if let Some((value, written, len)) = read_roman(body) {
            if value == self.last_roman + 1 && len < body.len() {
                match self.roman_as {
                    RomanAs::Parts => {
                        self.last_roman = value;
                        self.roman_parts += 1;
                        return self.new_part(body, None);
                    }
                    RomanAs::Items if self.seq.accepts(&[Comp::Num(value)], false).is_some() => {
                        self.last_roman = value;
                        let placed = Placed { comps: vec![Comp::Num(value)], bare: false };
                        return self.items_from(i, Start::Item(placed, written), &body[len..], indent);
                    }
                    RomanAs::Items => {}
                }
            }
        }
        if let Some((m, written)) = doubled_number(body) {
            // "6. 5.I" as a portal's list writes it: its own index, then the agenda's number.
            if let Some(placed) = self.seq.place(&m, indent, true) {
                return self.items_from(i, Start::Item(placed, written), "", indent);
            }
        }
        if let Some((placed, written, len)) = at_start {
            if let Some(m) = read_marker(body).filter(|m| !m.relative && m.comps.len() == 1) {
                self.bare_style = !m.punct;
                self.padded_style |= m.written.len() == 2 && m.written.starts_with('0');
            }
            return self.items_from(i, Start::Item(placed, written), &body[len..], indent);
        }
        if let Some(m) = read_marker(body) {
            let titled = body[m.len..].starts_with(char::is_uppercase);
            if titled && self.last_index().is_some() && !m.relative {
                let after = self.seq.last_written();
                self.warn(Warning::OutOfSequence {
                    line: i + 1,
                    number: m.written.to_string(),
                    after: after.to_string(),
                });
            }
        }
        if let Some(at) = body.find(" o ").or_else(|| body.find(" • ")) {
            // "Ter kennisname o Brief BZK …": the treatment column, then the papers listed after it.
            if let (Some(idx), Some((t, _))) = (self.last_index(), words::treatment_line(&body[..at])) {
                if self.sources[idx] <= Source::Title && !self.noted_since_item {
                    self.set_source(idx, t, Source::Said);
                    self.out.items[idx].source_lines.end = i + 1;
                    self.push_text(idx, body[at + 1..].trim().to_string());
                    return self.mark(LineUse::Treatment(idx));
                }
            }
        }
        if self.proposal(i, body) || self.treatment_or_origin(i, body) {
            return;
        }
        self.prose(i, if paged { body } else { text });
    }

    /// "8 DB verslagen" in an agenda that writes its numbers bare: the next item, whose title starts with an
    /// abbreviation, not a page number before a running head in capitals ("3 ALGEMEEN BESTUUR").
    fn bare_item_with_acronym(&self, body: &str, rest: &str) -> bool {
        let mut words = rest.split(' ');
        let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
        self.bare_style
            && first.chars().count() <= 5
            && second.starts_with(char::is_lowercase)
            && read_marker(body).is_some_and(|m| self.seq.successor_at(0).is_some_and(|next| next == m.comps))
    }

    /// "Voorstel:", "Besluit: het AB neemt … voor kennisgeving aan": what the meeting is asked about the
    /// last item says its treatment. True when used.
    fn proposal(&mut self, i: usize, body: &str) -> bool {
        let Some(idx) = self.last_index() else { return false };
        let lower = body.to_ascii_lowercase();
        const LABELS: &[&str] =
            &["voorstel:", "voorgesteld besluit:", "behandelvoorstel:", "besluit:", "gevraagd besluit:"];
        if lower.starts_with("beslispunt") || lower.starts_with("besluitpunt") {
            // What the meeting is asked to decide, whatever the points say.
            self.set_source(idx, Treatment::TerBesluitvorming, Source::Decision);
            self.note(i, body);
            return true;
        }
        let label = LABELS.iter().find(|l| lower.starts_with(*l));
        let said = match label {
            Some(l) if lower.len() == l.len() => {
                self.awaiting_proposal = true;
                None
            }
            Some(l) => Some(&body[l.len()..]),
            None if self.awaiting_proposal => Some(body),
            None => return false,
        };
        if let Some(words) = said {
            self.awaiting_proposal = false;
            if let Some(t) = words::proposal_treatment(words) {
                self.set_source(idx, t, Source::Decision);
            }
        }
        self.note(i, body);
        true
    }

    fn set_source(&mut self, idx: usize, t: Treatment, source: Source) {
        if self.sources[idx] < source {
            self.out.items[idx].treatment = Some(t);
            self.sources[idx] = source;
        }
    }

    /// A decision for a whole row of a flattened table: its item and the sub-items without their own.
    fn decide_group(&mut self, t: Treatment) {
        let Some(&top) = self.open.first() else { return };
        self.set_source(top, t, Source::Decision);
        // Items an earlier decision for the same row already passed keep theirs: each is visited once.
        let from = match self.decided {
            Some((row, next)) if row == top => next,
            _ => top + 1,
        };
        for k in from..self.out.items.len() {
            if self.sources[k] <= Source::Section {
                self.set_source(k, t, Source::Decision);
            }
        }
        self.decided = Some((top, self.out.items.len()));
    }

    /// A line that is only a treatment ("Ter vaststelling (bijlage, Jenv)") or only an origin. True when used.
    fn treatment_or_origin(&mut self, i: usize, body: &str) -> bool {
        let eu = body.strip_prefix("= ").or_else(|| body.strip_prefix('='));
        let line = words::treatment_line(eu.unwrap_or(body)).or_else(|| {
            let paper = eu.is_none() && !body.trim().contains(' ');
            paper.then(|| words::paper_treatment(body)).flatten().map(|t| (t, None))
        });
        if let Some((treatment, origin)) = line {
            let shouting = body.chars().any(char::is_alphabetic) && !body.chars().any(char::is_lowercase);
            match self.last_index() {
                Some(idx)
                    if (self.sources[idx] <= Source::Title || self.out.items[idx].treatment == Some(treatment))
                        && (!self.noted_since_item || eu.is_some())
                        && !shouting
                        && !self.heads_next_section(idx) =>
                {
                    self.set_treatment(idx, Some(treatment), origin);
                    self.sources[idx] = Source::Said;
                    self.out.items[idx].source_lines.end = i + 1;
                    self.mark(LineUse::Treatment(idx));
                }
                // After an item that has its treatment, the words head a section of items that share it.
                _ => {
                    self.treatment_headings = true;
                    self.new_part(body, Some(treatment))
                }
            }
            return true;
        }
        if let Some(idx) = self.last_index() {
            let lower = body.to_lowercase();
            if lower.starts_with("bijlage:") || lower.starts_with("bijlagen:") {
                self.out.items[idx].has_attachment = true;
                self.note(i, body);
                return true;
            }
        }
        if let Some(origin) = words::origin_line(body) {
            if let Some(idx) = self.last_index() {
                let item = &self.out.items[idx];
                let bare = !item.has_attachment && item.submitter.is_empty() && item.origin_note.is_empty();
                if bare && !self.noted_since_item {
                    self.set_treatment(idx, None, Some(origin));
                    self.out.items[idx].source_lines.end = i + 1;
                    self.mark(LineUse::Treatment(idx));
                    return true;
                }
            }
        }
        false
    }

    /// In an agenda whose sections are headed by a treatment ("Ter besluitvorming" … "Ter kennisname"), the
    /// next such line after an item that has its section's treatment heads the next section.
    fn heads_next_section(&self, idx: usize) -> bool {
        self.treatment_headings && self.sources[idx] == Source::Section
    }

    fn set_treatment(&mut self, idx: usize, treatment: Option<Treatment>, origin: Option<words::Origin>) {
        let item = &mut self.out.items[idx];
        if treatment.is_some() {
            item.treatment = treatment;
        }
        if let Some(o) = origin {
            item.has_attachment |= o.has_attachment;
            if item.submitter.is_empty() {
                item.submitter = o.submitter;
            } else if !o.submitter.is_empty() {
                item.origin_note = join_note(&item.origin_note, &o.submitter);
            }
            item.origin_note = join_note(&item.origin_note, &o.note);
        }
    }

    /// A line of prose: a note, unless items run on inside it (text from a PDF).
    fn prose(&mut self, i: usize, text: &str) {
        let Some(found) = self.next_marker(text, 0, false) else {
            return self.note(i, text);
        };
        let before = text[..found.at].trim();
        let page_number = before.chars().all(|c| c.is_ascii_digit());
        if !before.is_empty() && !page_number && !self.treatment_or_origin_part(before) {
            // The line is marked as the start of the items below; the words before them still stay.
            match self.last_index() {
                Some(idx) => {
                    self.push_text(idx, before.to_string());
                    self.out.items[idx].source_lines.end = i + 1;
                }
                None => self
                    .warn(Warning::WordsBeforeFirstItem { line: i + 1, words: truncate_chars(before, 80).to_string() }),
            }
            if let Some(heading) = split_segment(before).heading {
                self.open_section(&heading);
            }
        }
        self.items_from(i, found.start, &text[found.at + found.len..], None);
    }

    /// Like `treatment_or_origin`, for the words before an item on the same line; marks no line.
    fn treatment_or_origin_part(&mut self, text: &str) -> bool {
        if let Some((treatment, origin)) = words::treatment_line(text) {
            if let Some(idx) = self.last_index() {
                if self.sources[idx] <= Source::Title {
                    self.set_treatment(idx, Some(treatment), origin);
                    self.sources[idx] = Source::Said;
                    return true;
                }
            }
        }
        false
    }

    /// A note on the last item (its annotation in an annotated agenda), or preamble before the first.
    fn note(&mut self, i: usize, text: &str) {
        self.lead_in = text.ends_with(':') && self.last_index().is_some();
        match self.last_index() {
            Some(idx) => {
                let kept = self.push_text(idx, text.to_string());
                self.out.items[idx].source_lines.end = i + 1;
                self.noted_since_item = true;
                self.mark(if kept { LineUse::Note(idx) } else { LineUse::LeftOut });
            }
            None => self.mark(LineUse::Preamble),
        }
    }

    /// Adds to an item's notes (its annotation in an annotated agenda), up to the cap; false when the text
    /// was left out because the item had its fill.
    fn push_text(&mut self, idx: usize, text: String) -> bool {
        let max = if self.annotated { MAX_ANNOTATION_CHARS } else { MAX_NOTES_CHARS };
        let (held, left_out) = &mut self.held[idx];
        let len = text.chars().count() + 1;
        if *left_out > 0 || *held + len > max {
            *left_out += 1;
            return false;
        }
        *held += len;
        let item = &mut self.out.items[idx];
        if self.annotated {
            if !item.annotation.is_empty() {
                item.annotation.push('\n');
            }
            item.annotation.push_str(&text);
        } else {
            item.notes.push(text);
        }
        true
    }

    /// The next number inside `text` (after `from`) that follows in the numbering. Only a closed number
    /// (`3.`, `b)`) or one of two levels (`1.2`) followed by a capital counts, so "artikel 2. lid" and
    /// "in 2022. De" stay text. A Roman numeral that continues the sections heads the next one.
    fn next_marker(&self, text: &str, from: usize, letters: bool) -> Option<Found> {
        let b = text.as_bytes();
        for at in from.max(1)..b.len() {
            let c = b[at];
            if !b[at - 1].is_ascii_whitespace() {
                continue;
            }
            if matches!(c, b'I' | b'V' | b'X') && self.roman_as == RomanAs::Parts {
                if let Some(found) = self.roman_section(text, at) {
                    return Some(found);
                }
            }
            let starts = c.is_ascii_digit() || (letters && (c.is_ascii_lowercase() || c == b'('));
            if !starts {
                continue;
            }
            let Some(m) = read_marker(&text[at..]) else { continue };
            let title = &text[at + m.len..];
            let bare_next = self.bare_style
                && !m.punct
                && !m.relative
                && self.seq.successor_at(0).is_some_and(|next| next == m.comps)
                && text[at + m.len..]
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.chars().nth(1).is_some_and(char::is_lowercase));
            // "01 Opening en vaststellen agenda." in a flattened table: a padded number is an item's.
            let padded = !m.relative && m.comps.len() == 1 && m.written.len() == 2 && m.written.starts_with('0');
            let closed = m.punct || (m.comps.len() > 1 && !m.relative) || bare_next || padded;
            // "… Loading data 2. 2" at the end of a line: a portal's index and number, the title below.
            let doubled_at_end = m.punct && title.trim() == m.written.trim_end_matches(['.', ')']);
            if !closed || !(doubled_at_end || title.starts_with(|c: char| c.is_uppercase() || "'\"‘“".contains(c)))
            {
                continue;
            }
            if let Some(placed) = self.seq.place(&m, None, true) {
                if self.padded_style && placed.comps.len() > 1 && matches!(m.comps[..], [Comp::Num(_)]) && m.punct {
                    // "03 Ingekomen post 1. Instemmen met … 2. Kennis nemen …": under items numbered 01,
                    // 02 a list that starts again at "1." is the proposal column's, not sub-items.
                    continue;
                }
                let start = Start::Item(placed, m.written.clone());
                return Some(Found { at, len: m.len, start, lost: 0, marker: Some(m) });
            }
            if m.comps == [Comp::Num(1)] && ends_with_heading(&text[from..at]) {
                // "… PORTEFEUILLEHOUDERSOVERLEG PUBLIEKE GEZONDHEID 1. Opening": a new part starts at 1.
                let start = Start::Item(Placed { comps: m.comps.clone(), bare: false }, m.written.clone());
                return Some(Found { at, len: m.len, start, lost: 0, marker: Some(m) });
            }
            if let Some((placed, lost)) = self.after_lost_numbers(&m, &text[at + m.len..]) {
                // "… 5 december Normenkader … (mondeling) 8. Rondvraag 9. Sluiting": the numbers between were
                // lost; their titles are cut from the stretch before, where a capital follows a small word.
                let mut window = at.saturating_sub(LOST_REACH).max(from);
                while !text.is_char_boundary(window) {
                    window += 1;
                }
                if carve(text[window..at].trim(), lost).is_some() {
                    let start = Start::Item(placed, m.written.clone());
                    return Some(Found { at, len: m.len, start, lost, marker: Some(m) });
                }
            }
            if let Some(placed) = self.lost_before(&m) {
                // Bounded, so that a line of such numbers is still read in linear time.
                let mut window = at.saturating_sub(LOST_REACH).max(from);
                while !text.is_char_boundary(window) {
                    window += 1;
                }
                if lost_number_split(text[window..at].trim()).is_some() {
                    let start = Start::Item(placed, m.written.clone());
                    return Some(Found { at, len: m.len, start, lost: 1, marker: Some(m) });
                }
            }
        }
        None
    }

    /// A top-level number two or three past the next ("8." after "4."), closed and before a capital, when
    /// the number after it follows close by in the same text ("8. Rondvraag 9. Sluiting"): the numbers
    /// between were lost in flattening.
    fn after_lost_numbers(&self, m: &Marker, after: &str) -> Option<(Placed, usize)> {
        let [Comp::Num(n)] = m.comps[..] else { return None };
        let next = match self.seq.successor_at(0)?.as_slice() {
            [Comp::Num(k)] => *k,
            _ => return None,
        };
        if m.relative || !m.punct || n < next + 2 || n > next + 3 || !after.starts_with(char::is_uppercase) {
            return None;
        }
        let mut end = after.len().min(LOST_REACH);
        while !after.is_char_boundary(end) {
            end -= 1;
        }
        let confirm = format!(" {}. ", n + 1);
        let close = &after[..end];
        let confirmed =
            close.match_indices(&confirm).any(|(i, _)| close[i + confirm.len()..].starts_with(char::is_uppercase));
        confirmed.then(|| (Placed { comps: vec![Comp::Num(n)], bare: false }, (n - next) as usize))
    }

    /// A number one past the next at its level ("04." after "02."): the item between lost its number.
    fn lost_before(&self, m: &Marker) -> Option<Placed> {
        let [Comp::Num(n)] = m.comps[..] else { return None };
        if m.relative || self.seq.is_empty() {
            return None;
        }
        for level in (0..self.seq.depth_of_path()).rev() {
            let next = self.seq.successor_at(level)?;
            let after = next.last().and_then(|c| c.successor());
            if after == Some(Comp::Num(n)) {
                let mut comps = next[..level].to_vec();
                comps.push(Comp::Num(n));
                return Some(Placed { comps, bare: level > 0 });
            }
        }
        None
    }

    /// "II Ter behandeling" inside a line: the next section, when its numeral follows the last one (and an
    /// "I" only when its first item's "1." follows close by).
    fn roman_section(&self, text: &str, at: usize) -> Option<Found> {
        let (value, written, len) = read_roman(&text[at..])?;
        if value != self.last_roman + 1 || !text[at + len..].starts_with(char::is_uppercase) {
            return None;
        }
        if value == 1 {
            let near = text.get(at + len..).map(|t| truncate_chars(t, ROMAN_ONE_REACH)).unwrap_or("");
            if !near.contains(" 1. ") {
                return None;
            }
        }
        Some(Found { at, len, start: Start::Section(value, written), lost: 0, marker: None })
    }

    /// Takes a placed number into the numbering; the new item's depth.
    fn take_number(&mut self, placed: &Placed, indent: Option<usize>) -> usize {
        let top = placed.comps.len() == 1;
        if top && self.seq.after_part && self.top_items > 0 && placed.comps[0].is_first() {
            self.restarted = true;
        }
        let depth = self.seq.accept_placed(placed, indent);
        if top {
            self.top_items += 1;
        }
        depth
    }

    /// Items starting at `start` at the start of `rest`, and any that run on after it (text from a PDF).
    fn items_from(&mut self, i: usize, start: Start, rest: &str, indent: Option<usize>) {
        let first = self.out.items.len();
        let mut current = start;
        let mut rest = rest;
        let mut indent = indent;
        loop {
            let taken = match &current {
                Start::Item(placed, written) => {
                    let depth = self.take_number(placed, indent);
                    Some((placed.comps.clone(), written.clone(), depth))
                }
                Start::Section(value, _) => {
                    self.last_roman = *value;
                    self.roman_parts += 1;
                    // Its items may start again at 1.
                    self.seq.after_part = true;
                    None
                }
            };
            let mut next = self.next_marker(rest, 0, true);
            let mut segment = match &next {
                Some(f) => &rest[..f.at],
                None => rest,
            };
            if let Start::Item(_, written) = &current {
                if segment.trim() == written.trim_end_matches(['.', ')']) {
                    // The portal's own index said again ("2. 2"): no title; it follows on the next line.
                    segment = "";
                }
            }
            let mut lost_titles = Vec::new();
            if let Some(lost) = next.as_ref().map(|f| f.lost).filter(|&k| k > 0) {
                if let Some((head, titles)) = carve(segment.trim(), lost) {
                    lost_titles = titles;
                    segment = head;
                }
            }
            match taken {
                Some((comps, written, depth)) => {
                    let pieces = split_segment(segment.trim());
                    let level = comps.len() - 1;
                    self.push_item(i, written, comps, depth, &pieces);
                    for title in &pieces.implied {
                        if let Some(comps) = self.seq.successor_at(level) {
                            self.implied_item(i, comps, title);
                        }
                    }
                    if let Some(heading) = &pieces.heading {
                        self.open_section(heading);
                        // After the heading its numbering may start again: place the next number anew.
                        if let Some(f) = next.as_mut() {
                            if let (Some(m), 0) = (&f.marker, f.lost) {
                                if let Some(placed) = self.seq.place(m, None, true) {
                                    f.start = Start::Item(placed, m.written.clone());
                                }
                            }
                        }
                    }
                    if !pieces.after_heading.is_empty() {
                        self.after_heading(i, &pieces.after_heading, next.as_ref());
                    }
                }
                None => {
                    let written = match &current {
                        Start::Section(_, w) => w.clone(),
                        Start::Item(..) => String::new(),
                    };
                    self.open_section(&format!("{written} {}", segment.trim()));
                }
            }
            if let Some(Found { start: Start::Item(placed, _), .. }) = next.as_ref() {
                let level = placed.comps.len() - 1;
                for title in &lost_titles {
                    if let Some(comps) = self.seq.successor_at(level) {
                        self.implied_item(i, comps, title);
                    }
                }
            }
            match next {
                Some(f) => {
                    if let Some(m) = f.marker.as_ref().filter(|m| m.comps.len() == 1 && !m.relative) {
                        self.bare_style = !m.punct;
                        self.padded_style |= m.written.len() == 2 && m.written.starts_with('0');
                    }
                    rest = &rest[f.at + f.len..];
                    current = f.start;
                    indent = None;
                }
                None => break,
            }
        }
        if self.out.items.len() > first {
            self.mark(LineUse::Item(first));
        } else if let Some(p) = self.part {
            self.mark(LineUse::Part(p));
        } else {
            self.mark(LineUse::Preamble);
        }
    }

    /// Words between a heading and the next number: the title of an item whose number was lost, when the
    /// next number is one below it ("… APRIL Doorontwikkeling … 12a."); else a note.
    fn after_heading(&mut self, i: usize, words: &str, next: Option<&Found>) {
        if let Some(Found { start: Start::Item(placed, _), .. }) = next {
            for level in 0..placed.comps.len().saturating_sub(1) {
                if let Some(comps) = self.seq.successor_at(level) {
                    if placed.comps.starts_with(&comps) {
                        return self.implied_item(i, comps, words);
                    }
                }
            }
        }
        if let Some(idx) = self.last_index() {
            self.push_text(idx, words.to_string());
        }
    }

    /// An item whose number the text lost; it gets the number it must have had.
    fn implied_item(&mut self, i: usize, comps: Vec<Comp>, title: &str) {
        let placed = Placed { comps, bare: true };
        let depth = self.take_number(&placed, None);
        let pieces = split_segment(title);
        self.push_item(i, String::new(), placed.comps, depth, &pieces);
    }

    fn push_item(&mut self, i: usize, number: String, comps: Vec<Comp>, depth: usize, pieces: &Pieces) {
        self.out.items.push(ParsedItem {
            number: number.clone(),
            label: String::new(),
            depth,
            title: String::new(),
            treatment: None,
            has_attachment: false,
            submitter: String::new(),
            origin_note: String::new(),
            notes: Vec::new(),
            annotation: String::new(),
            part: self.part,
            source_lines: i..i + 1,
        });
        let roman = (self.roman_as == RomanAs::Items && depth == 0) || is_roman_written(&number);
        self.written.push(Written { comps, text: number, roman });
        self.sources.push(Source::None);
        self.held.push((0, 0));
        self.noted_since_item = false;
        let idx = self.out.items.len() - 1;
        if depth == 0 {
            self.book.list(&self.out.items[idx].number, idx);
        }
        while self.open.last().is_some_and(|&k| self.out.items[k].depth >= depth) {
            self.open.pop();
        }
        self.open.push(idx);
        self.awaiting_title = pieces.text.is_empty() && pieces.notes.is_empty() && pieces.heading.is_none();
        self.apply_pieces(idx, pieces, true);
    }

    /// Reads a title that stood on a line of its own (after a number alone, or in a table cell).
    fn fill_from_segment(&mut self, idx: usize, text: &str, group: bool) {
        let pieces = split_segment(text);
        self.apply_pieces(idx, &pieces, group);
        if let Some(heading) = &pieces.heading {
            self.open_section(heading);
        }
    }

    fn apply_pieces(&mut self, idx: usize, pieces: &Pieces, group: bool) {
        if !pieces.text.is_empty() {
            self.fill_item(idx, &pieces.text);
        }
        self.out.items[idx].has_attachment |= pieces.attachment;
        if let Some(t) = pieces.treatment {
            self.set_source(idx, t, Source::Said);
        }
        for note in &pieces.notes {
            self.push_text(idx, note.clone());
        }
        if let Some(t) = pieces.decision {
            if group {
                self.decide_group(t);
            } else {
                self.set_source(idx, t, Source::Decision);
            }
        }
    }

    /// Title, treatment and origin from the item's text.
    fn fill_item(&mut self, idx: usize, text: &str) {
        let tail = words::split_tail(text);
        let mut title = if tail.title.is_empty() { text.trim().to_string() } else { tail.title };
        let mut rest = tail.rest;
        if let Some(end) = stock_title_end(&title).or_else(|| sentence_after_title(&title)) {
            let after = title[end..].trim().to_string();
            title.truncate(title[..end].trim_end().len());
            rest = if rest.is_empty() { after } else { format!("{after} {rest}") };
        }
        let (treatment, source) = match (tail.treatment, words::title_treatment(&title)) {
            (Some(t), _) => (Some(t), Source::Said),
            (None, Some(t)) => (Some(t), Source::Title),
            (None, None) if procedural::is_procedural(&title) => (None, Source::None),
            (None, None) => (self.section_treatment, Source::Section),
        };
        let mut long = None;
        if title.chars().count() > MAX_TITLE_CHARS {
            long = Some(title.clone());
            title = format!("{}…", truncate_chars(&title, MAX_TITLE_CHARS));
        }
        let label_like = text.trim_end().ends_with(':') && text.split_whitespace().count() <= 6;
        self.title_goes_on = label_like.then_some(idx);
        self.out.items[idx].title = title;
        self.set_treatment(idx, treatment, tail.origin);
        if treatment.is_some() {
            self.sources[idx] = source;
        }
        if !rest.is_empty() {
            self.push_text(idx, rest);
        }
        if let Some(full) = long {
            let line = self.out.items[idx].source_lines.start + 1;
            let number = self.out.items[idx].number.clone();
            self.out.items[idx].notes.push(full);
            self.warn(Warning::TitleCut { line, number, max: MAX_TITLE_CHARS });
        }
    }

    fn table_row(&mut self, i: usize, cells: Vec<String>) {
        let leading_empty = cells.first().is_some_and(String::is_empty);
        let filled: Vec<&str> =
            cells.iter().map(String::as_str).filter(|c| !c.is_empty() && !clean::is_ruling(c)).collect();
        if filled.is_empty() {
            return self.mark(LineUse::Layout);
        }
        // The item's number may stand after a time or a code ("19.30<tab>1.<tab>Opening"): the first of the
        // first three cells that starts a numbered item does.
        for start in 0..filled.len().min(3) {
            let (lead, rest) = lead_cell(&filled[start..]);
            let body = clean::strip_bullets(&lead);
            if let Some((placed, written, len)) = self.placed_at_start(body, None) {
                if rest.is_empty() && start == 0 {
                    return self.text_line(i, &lead, None);
                }
                let depth = self.take_number(&placed, None);
                let pieces = split_segment(body[len..].trim());
                self.push_item(i, written, placed.comps, depth, &pieces);
                let idx = self.out.items.len() - 1;
                for extra in filled[..start].iter().chain(rest) {
                    self.table_extra(idx, extra);
                }
                return self.mark(LineUse::Item(idx));
            }
        }
        if let [code, subject, extra @ ..] = filled.as_slice() {
            if incoming::is_code(code) && is_topic_cell(subject) {
                return self.incoming_row(i, code, subject, extra);
            }
        }
        let (lead, rest) = lead_cell(&filled);
        if rest.is_empty() {
            return self.text_line(i, &lead, None);
        }
        let body = clean::strip_bullets(&lead);
        if !leading_empty && is_topic_cell(body) {
            let pieces = split_segment(body);
            self.push_item(i, String::new(), Vec::new(), 0, &pieces);
            let idx = self.out.items.len() - 1;
            for extra in rest {
                self.table_extra(idx, extra);
            }
            return self.mark(LineUse::Item(idx));
        }
        if filled.iter().all(|c| is_field_word(c)) {
            return self.mark(LineUse::Layout);
        }
        self.note(i, &filled.join(" | "));
    }

    /// A row of the list of incoming papers: its subject is the title; its code ("I-1"), the list's own
    /// number that the meeting's numbering cannot write, stays with it as its origin.
    fn incoming_row(&mut self, i: usize, code: &str, subject: &str, extra: &[&str]) {
        let pieces = split_segment(subject);
        self.push_item(i, String::new(), Vec::new(), 0, &pieces);
        let idx = self.out.items.len() - 1;
        self.out.items[idx].number = code.trim_end_matches('.').to_string();
        let item = &mut self.out.items[idx];
        item.origin_note = join_note(code, &item.origin_note);
        for cell in extra {
            self.table_extra(idx, cell);
        }
        self.mark(LineUse::Item(idx));
    }

    /// A further cell of an item's row: its treatment, its origin, or a note.
    fn table_extra(&mut self, idx: usize, cell: &str) {
        if let Some((t, origin)) = words::treatment_line(cell) {
            // The row's own cell says more than the section it stands in or the word its title starts with.
            if self.sources[idx] <= Source::Title {
                self.sources[idx] = Source::Said;
                return self.set_treatment(idx, Some(t), origin);
            }
        } else if let Some(origin) = words::origin_line(cell) {
            return self.set_treatment(idx, None, Some(origin));
        } else {
            if let Some(answer) = cells::attachment_answer(cell) {
                self.out.items[idx].has_attachment = answer;
                return;
            }
            if cells::is_empty_mark(cell) {
                return;
            }
            let origin = words::parse_origin(cell);
            if origin.has_attachment && origin.submitter.is_empty() && origin.note.is_empty() {
                self.out.items[idx].has_attachment = true;
                return;
            }
        }
        self.out.items[idx].notes.push(cell.to_string());
    }
}

/// A stretch that holds the titles of `lost` items after its own, their numbers lost: its own title and
/// theirs in order, cut where a capital follows a small word (from the end); `None` when it cannot be cut
/// that often.
fn carve(text: &str, lost: usize) -> Option<(&str, Vec<String>)> {
    let mut head = text;
    let mut titles = Vec::with_capacity(lost);
    for _ in 0..lost {
        let split = lost_number_split(head)?;
        titles.push(head[split..].trim().to_string());
        head = head[..split].trim_end();
    }
    titles.reverse();
    Some((head, titles))
}

/// A bare number before the words of a line that are no item: a page number, with the running head or the
/// page's text after it ("1 ALGEMEEN BESTUUR Datum 29 oktober", "3 d. Visiedocument …", a whole page run
/// together). The words after it, when it is one.
/// Where a sentence that explains the item runs on after its title on the same line: "Start
/// informatieproces nieuw college De formateur heeft de fracties verzocht … ." The sentence starts at a
/// capitalised article or pronoun before a word in lower case, after a title of three words or more, and
/// runs on for eight words or more.
fn sentence_after_title(title: &str) -> Option<usize> {
    const STARTS: &[&str] = &["De", "Het", "Een", "Dit", "Deze", "Er", "Wij", "Zij", "Hij"];
    let words: Vec<(usize, &str)> = title
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    (3..words.len().saturating_sub(8)).find_map(|k| {
        let next_lower = words[k + 1].1.starts_with(char::is_lowercase);
        (STARTS.contains(&words[k].1) && next_lower).then_some(words[k].0)
    })
}

fn page_number_rest(body: &str) -> Option<&str> {
    let m = read_marker(body)?;
    if m.punct || m.relative || m.comps.len() != 1 {
        return None;
    }
    let rest = body[m.len..].trim_start();
    let first = rest.split(' ').next()?;
    let caps = first.chars().next().is_some_and(char::is_alphabetic)
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    let marker_next = read_marker(rest).is_some_and(|r| r.punct);
    let run_on = rest.len() > RUN_ON_PAGE_CHARS && rest.contains(" 1. ");
    (caps || marker_next || run_on).then_some(rest)
}

/// A line that is only a list's own index and the agenda's number ("3. 2.a", "6. 5.I", "1. 1"): the
/// agenda's number, its title on the next line.
fn doubled_number(body: &str) -> Option<(Marker, String)> {
    let index = read_marker(body)?;
    if !index.punct || index.relative || index.comps.len() != 1 {
        return None;
    }
    let own = body[index.len..].trim();
    if own.is_empty() || own.contains(' ') {
        return None;
    }
    let probe = format!("{own} X");
    if let Some(m) = read_marker(&probe).filter(|m| m.len + 1 == probe.len() && !m.relative) {
        let written = m.written.clone();
        return Some((m, written));
    }
    // "5.I", "5.II": a Roman numeral under a number.
    let (head, roman) = own.split_once('.')?;
    let n: u32 = head.parse().ok().filter(|_| head.len() <= 3)?;
    let (value, _, len) = read_roman(roman)?;
    (len == roman.len()).then(|| {
        let m = Marker {
            comps: vec![Comp::Num(n), Comp::Num(value)],
            relative: false,
            written: own.to_string(),
            len: body.len(),
            punct: false,
        };
        (m, own.to_string())
    })
}

/// "5.II": a number whose last level is a Roman numeral.
fn is_roman_written(number: &str) -> bool {
    number
        .rsplit_once('.')
        .is_some_and(|(_, last)| !last.is_empty() && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// Lines of a page or portal that hold no words of the agenda.
fn is_layout_line(body: &str) -> bool {
    let lower = body.trim_end_matches(':').to_lowercase();
    if matches!(lower.as_str(), "sub-agendapunten" | "agendapunten" | "registratienummer" | "terug") {
        return true;
    }
    let mut words = lower.split(' ');
    let numbered = |w: Option<&str>| w.is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
    match (words.next(), words.next()) {
        (Some("pagina" | "blad" | "bladnummer"), n) if numbered(n) => {
            let rest: Vec<&str> = words.collect();
            rest.is_empty() || (rest.len() == 2 && rest[0] == "van" && numbered(Some(rest[1])))
        }
        _ => false,
    }
}

/// The text a row's item starts with, and the cells after it: a number in a cell of its own
/// ("2.<tab>Verslag", as Word copies list numbering) goes with the next cell.
fn lead_cell<'a>(cells: &'a [&'a str]) -> (String, &'a [&'a str]) {
    let first = cells[0];
    let probe = format!("{first} X");
    let bare_number = read_marker(&probe).is_some_and(|m| m.len + 1 == probe.len())
        || read_roman(&probe).is_some_and(|r| r.2 + 1 == probe.len())
        || clean::strip_bullets(&probe) == "X";
    match (bare_number, cells.get(1)) {
        (true, Some(second)) => (format!("{first} {second}"), &cells[2..]),
        _ => (first.to_string(), &cells[1..]),
    }
}

/// "Agendapunt 3: Verslag", "Punt 4. Begroting": the number without the word before it.
fn without_item_word(text: &str) -> &str {
    // "Bijgesloten 1 Opening …": the head of a documents column, run into the first row.
    for word in ["agendapunt ", "punt ", "item ", "bijgesloten "] {
        let head = text.get(..word.len());
        if head.is_some_and(|h| h.eq_ignore_ascii_case(word)) {
            let rest = &text[word.len()..];
            // "Punt 2 van de notitie" is a sentence; "Punt 2: Verslag" and "punt 3 Sluiting" are items.
            if read_marker(rest).is_some_and(|m| rest[m.len..].starts_with(char::is_uppercase)) {
                return rest;
            }
        }
    }
    text
}

fn join_note(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (_, true) => a.to_string(),
        (true, false) => b.to_string(),
        (false, false) => format!("{a}, {b}"),
    }
}
