//! Parsing a pasted agenda into items (issue: import an agenda). Pure: text in, values out; the store
//! writes them (`Store::import_agenda`) and a preview shows them next to the lines they came from.
//!
//! The parser reads one line at a time and never looks back, and every look-ahead inside a line is
//! bounded, so its time is linear in the input. An item number counts only when it follows the one
//! before (1, 2, 2.1, 2a, 3 …): "5.1.2.e" in a paragraph, or "artikel 2. lid", stays text. A line it
//! cannot place becomes a note on the item before it; lines before the first item are the preamble.

mod clean;
mod number;
mod warning;
mod words;

use crate::domain::{ItemDraft, Treatment};
use number::{read_marker, read_roman, Comp, Sequence};
use std::ops::Range;
pub use warning::Warning;

/// Longer titles are cut to this many characters; the whole text stays in the item's notes.
pub const MAX_TITLE_CHARS: usize = 300;
const MAX_WARNINGS: usize = 30;
const TOPIC_CELL_MAX_CHARS: usize = 200;

/// What a pasted agenda holds: parts, items in agenda order, and what the parser wants a person to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedAgenda {
    /// Part and section headings, in order ("Deel 1: …", "BESLOTEN DEEL", "II. Hamerstukken").
    pub parts: Vec<String>,
    pub items: Vec<ParsedItem>,
    pub warnings: Vec<Warning>,
    /// What became of each input line (as `str::lines` counts them, from 0).
    pub lines: Vec<LineUse>,
}

/// The use the parser made of one input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineUse {
    Blank,
    /// Only layout: a table ruling or header, HTML tags with no words.
    Layout,
    /// Before the first item, not a part heading: a letterhead or the meeting's title. Not imported.
    Preamble,
    Part(usize),
    /// The line starts this item (more may follow on it when the text ran together).
    Item(usize),
    /// The treatment or origin of this item.
    Treatment(usize),
    /// The title of this item, whose number stood alone on the line before.
    Title(usize),
    /// Kept as a note on this item.
    Note(usize),
}

/// One item as read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedItem {
    /// The number as written ("2", "2.1", "2a", "a", "II"); empty for a topic in a table without one.
    pub number: String,
    /// 0 for an item, 1 for its sub-item, and so on.
    pub depth: usize,
    pub title: String,
    pub treatment: Option<Treatment>,
    pub has_attachment: bool,
    pub submitter: String,
    pub origin_note: String,
    /// Lines it could not place, in order.
    pub notes: Vec<String>,
    /// Index into `ParsedAgenda::parts`.
    pub part: Option<usize>,
    /// The input lines this item was read from (its number line up to its last note).
    pub source_lines: Range<usize>,
}

impl ParsedItem {
    pub fn to_draft(&self) -> ItemDraft {
        ItemDraft {
            title: self.title.clone(),
            treatment: self.treatment,
            submitter: self.submitter.clone(),
            has_attachment: self.has_attachment,
            origin_note: self.origin_note.clone(),
            notes: self.notes.join("\n"),
            ..ItemDraft::default()
        }
    }
}

impl ParsedAgenda {
    /// How many input lines were kept as notes.
    pub fn note_lines(&self) -> usize {
        self.lines.iter().filter(|l| matches!(l, LineUse::Note(_))).count()
    }

    pub fn preamble_lines(&self) -> usize {
        self.lines.iter().filter(|l| matches!(l, LineUse::Preamble)).count()
    }
}

/// The input's lines as the parser numbers them (`ParsedAgenda::lines`, `ParsedItem::source_lines`).
pub fn input_lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// Reads an agenda as pasted from a Word document, an e-mail or a PDF. Never fails: what it cannot read
/// ends up in notes, the preamble or the warnings.
pub fn parse_agenda(text: &str) -> ParsedAgenda {
    let first = Parser::new(false, RomanAs::Parts).run(text);
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
    first.out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RomanAs {
    Parts,
    Items,
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
    /// The last item's number stood alone; its title comes on the next line.
    awaiting_title: bool,
    /// Something other than its own lines came after the last item.
    noted_since_item: bool,
    /// The last item's treatment is its section's, which a treatment of its own replaces.
    treatment_inherited: bool,
    warnings_left_out: usize,
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
            awaiting_title: false,
            noted_since_item: false,
            treatment_inherited: false,
            warnings_left_out: 0,
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
        let preamble = self.out.preamble_lines();
        if preamble > 0 && !self.out.items.is_empty() {
            self.warn(Warning::Preamble { lines: preamble });
        }
        if self.warnings_left_out > 0 {
            self.out.warnings.push(Warning::More { count: self.warnings_left_out });
        }
    }

    fn mark(&mut self, line_use: LineUse) {
        self.out.lines.push(line_use);
    }

    fn last_index(&self) -> Option<usize> {
        self.out.items.len().checked_sub(1)
    }

    fn line(&mut self, i: usize, raw: &str) {
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
        self.text_line(i, &text);
    }

    fn new_part(&mut self, title: &str, treatment: Option<Treatment>) {
        self.out.parts.push(truncate_chars(title, MAX_TITLE_CHARS).to_string());
        let index = self.out.parts.len() - 1;
        self.part = Some(index);
        self.section_treatment = treatment;
        self.seq.after_part = true;
        self.awaiting_title = false;
        self.noted_since_item = true;
        self.mark(LineUse::Part(index));
    }

    /// Accepts a number found at the start of `body`, when it follows in the numbering.
    fn numbered(&mut self, body: &str) -> Option<(Vec<Comp>, String, usize)> {
        let m = read_marker(body)?;
        let abs = self.seq.absolute(&m);
        match abs {
            Some(abs) if self.seq.accepts(&abs, true).is_some() => Some((abs, m.written, m.len)),
            _ => None,
        }
    }

    fn text_line(&mut self, i: usize, text: &str) {
        let body = without_item_word(clean::strip_bullets(text));
        if words::is_part_heading(body) {
            return self.new_part(body, None);
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
                        return self.items_from(i, vec![Comp::Num(value)], written, &body[len..], true);
                    }
                    RomanAs::Items => {}
                }
            }
        }
        if let Some((abs, written, len)) = self.numbered(body) {
            return self.items_from(i, abs, written, &body[len..], true);
        }
        if self.awaiting_title {
            if let Some(idx) = self.last_index() {
                self.awaiting_title = false;
                self.fill_item(idx, body);
                self.out.items[idx].source_lines.end = i + 1;
                return self.mark(LineUse::Title(idx));
            }
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
        if self.treatment_or_origin(i, body) {
            return;
        }
        self.prose(i, text);
    }

    /// A line that is only a treatment ("Ter vaststelling (bijlage, Jenv)") or only an origin. True when used.
    fn treatment_or_origin(&mut self, i: usize, body: &str) -> bool {
        if let Some((treatment, origin)) = words::treatment_line(body) {
            let shouting = body.chars().any(char::is_alphabetic) && !body.chars().any(char::is_lowercase);
            match self.last_index() {
                Some(idx)
                    if (self.out.items[idx].treatment.is_none()
                        || self.treatment_inherited
                        || self.out.items[idx].treatment == Some(treatment))
                        && !self.noted_since_item
                        && !shouting =>
                {
                    self.treatment_inherited = false;
                    self.set_treatment(idx, Some(treatment), origin);
                    self.out.items[idx].source_lines.end = i + 1;
                    self.mark(LineUse::Treatment(idx));
                }
                // After an item that has its treatment, the words head a section of items that share it.
                _ => self.new_part(body, Some(treatment)),
            }
            return true;
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
        let Some((at, abs, written, len)) = self.next_marker(text, false) else {
            return self.note(i, text);
        };
        let before = text[..at].trim();
        if !before.is_empty() && !self.treatment_or_origin_part(before) {
            // The line is marked as the start of the items below; the words before them still stay.
            match self.last_index() {
                Some(idx) => {
                    self.out.items[idx].notes.push(before.to_string());
                    self.out.items[idx].source_lines.end = i + 1;
                }
                None => self
                    .warn(Warning::WordsBeforeFirstItem { line: i + 1, words: truncate_chars(before, 80).to_string() }),
            }
        }
        self.items_from(i, abs, written, &text[at + len..], true);
    }

    /// Like `treatment_or_origin`, for the words before an item on the same line; marks no line.
    fn treatment_or_origin_part(&mut self, text: &str) -> bool {
        if let Some((treatment, origin)) = words::treatment_line(text) {
            if let Some(idx) = self.last_index() {
                if self.out.items[idx].treatment.is_none() {
                    self.set_treatment(idx, Some(treatment), origin);
                    return true;
                }
            }
        }
        false
    }

    fn note(&mut self, i: usize, text: &str) {
        match self.last_index() {
            Some(idx) => {
                let item = &mut self.out.items[idx];
                item.notes.push(text.to_string());
                item.source_lines.end = i + 1;
                self.noted_since_item = true;
                self.mark(LineUse::Note(idx));
            }
            None => self.mark(LineUse::Preamble),
        }
    }

    /// The next item number inside `text` (after its start) that follows in the numbering: its byte
    /// offset, full number, number as written and length. Only a closed number (`3.`, `b)`) followed by a
    /// capital counts, so "artikel 2. lid" and "in 2022. De" stay text.
    fn next_marker(&self, text: &str, letters: bool) -> Option<(usize, Vec<Comp>, String, usize)> {
        let b = text.as_bytes();
        for at in 1..b.len() {
            let c = b[at];
            let starts = c.is_ascii_digit() || (letters && (c.is_ascii_lowercase() || c == b'('));
            if !starts || !b[at - 1].is_ascii_whitespace() {
                continue;
            }
            let Some(m) = read_marker(&text[at..]) else { continue };
            let title = &text[at + m.len..];
            if !m.punct || !title.starts_with(|c: char| c.is_uppercase() || "'\"‘“".contains(c)) {
                continue;
            }
            if let Some(abs) = self.seq.absolute(&m) {
                if self.seq.accepts(&abs, false).is_some() {
                    return Some((at, abs, m.written, m.len));
                }
            }
        }
        None
    }

    /// Items starting with number `abs` at the start of `rest`, and any that run on after it.
    fn items_from(&mut self, i: usize, mut abs: Vec<Comp>, mut written: String, mut rest: &str, letters: bool) {
        let first = self.out.items.len();
        loop {
            let depth = self.seq.accept(&abs);
            let next = self.next_marker(rest, letters);
            let segment = match &next {
                Some((at, ..)) => &rest[..*at],
                None => rest,
            };
            self.push_item(i, written, depth, segment);
            match next {
                Some((at, next_abs, next_written, len)) => {
                    rest = &rest[at + len..];
                    abs = next_abs;
                    written = next_written;
                }
                None => break,
            }
        }
        self.mark(LineUse::Item(first));
    }

    fn push_item(&mut self, i: usize, number: String, depth: usize, segment: &str) {
        self.out.items.push(ParsedItem {
            number,
            depth,
            title: String::new(),
            treatment: None,
            has_attachment: false,
            submitter: String::new(),
            origin_note: String::new(),
            notes: Vec::new(),
            part: self.part,
            source_lines: i..i + 1,
        });
        self.noted_since_item = false;
        let idx = self.out.items.len() - 1;
        let segment = segment.trim();
        self.awaiting_title = segment.is_empty();
        if !segment.is_empty() {
            self.fill_item(idx, segment);
        }
    }

    /// Title, treatment and origin from the item's text.
    fn fill_item(&mut self, idx: usize, text: &str) {
        let tail = words::split_tail(text);
        let mut title = if tail.title.is_empty() { text.trim().to_string() } else { tail.title };
        let own = tail.treatment.or_else(|| words::title_treatment(&title));
        self.treatment_inherited = own.is_none() && self.section_treatment.is_some();
        let treatment = own.or(self.section_treatment);
        let mut long = None;
        if title.chars().count() > MAX_TITLE_CHARS {
            long = Some(title.clone());
            title = format!("{}…", truncate_chars(&title, MAX_TITLE_CHARS));
        }
        self.out.items[idx].title = title;
        self.set_treatment(idx, treatment, tail.origin);
        if !tail.rest.is_empty() {
            self.out.items[idx].notes.push(tail.rest);
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
            if let Some((abs, written, len)) = self.numbered(body) {
                if rest.is_empty() && start == 0 {
                    return self.text_line(i, &lead);
                }
                let depth = self.seq.accept(&abs);
                self.push_item(i, written, depth, &body[len..]);
                let idx = self.out.items.len() - 1;
                for extra in filled[..start].iter().chain(rest) {
                    self.table_extra(idx, extra);
                }
                return self.mark(LineUse::Item(idx));
            }
        }
        let (lead, rest) = lead_cell(&filled);
        if rest.is_empty() {
            return self.text_line(i, &lead);
        }
        let body = clean::strip_bullets(&lead);
        if !leading_empty && is_topic_cell(body) {
            self.push_item(i, String::new(), 0, body);
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

    /// A further cell of an item's row: its treatment, its origin, or a note.
    fn table_extra(&mut self, idx: usize, cell: &str) {
        if let Some((t, origin)) = words::treatment_line(cell) {
            if self.out.items[idx].treatment.is_none() {
                return self.set_treatment(idx, Some(t), origin);
            }
        } else if let Some(origin) = words::origin_line(cell) {
            return self.set_treatment(idx, None, Some(origin));
        } else {
            let yes = matches!(cell.to_lowercase().as_str(), "ja" | "x" | "✓" | "✔" | "√" | "yes");
            let origin = words::parse_origin(cell);
            if yes || origin.has_attachment && origin.submitter.is_empty() && origin.note.is_empty() {
                self.out.items[idx].has_attachment = true;
                return;
            }
        }
        self.out.items[idx].notes.push(cell.to_string());
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
    for word in ["agendapunt ", "punt ", "item "] {
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
