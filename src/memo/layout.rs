//! The memo laid out for reading on a screen of a given width: wrapped lines of styled text, lists with
//! their bullets and numbers and hanging indents, tables drawn with lines. Terminal-free (the TUI maps
//! the styles to its colours), and pure: the same memo and width give the same lines.

use super::model::{place_items, Align, Block, Column, Inline, ListKind, Memo};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The document's title.
    Title,
    /// A heading of this level (1 for parts, 2 for items …).
    Heading(usize),
    /// The classification marking.
    Marking,
    /// A line of a table, borders included.
    Table,
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub spans: Vec<Span>,
}

impl Line {
    fn blank() -> Line {
        Line { kind: LineKind::Text, spans: Vec::new() }
    }

    /// The line's text without styles.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

const BULLETS: [&str; 3] = ["•", "◦", "▪"];

/// The memo as lines at most `width` columns wide (a wider word is broken; nothing is cut off).
pub fn layout(memo: &Memo, width: usize) -> Vec<Line> {
    let width = width.max(8);
    let mut out: Vec<Line> = Vec::new();
    let separate = |out: &mut Vec<Line>| {
        if !out.is_empty() {
            out.push(Line::blank());
        }
    };
    if !memo.meta.title.trim().is_empty() {
        let words = words_of(&[Inline::Strong(memo.meta.title.clone())]);
        out.extend(wrap(&words, width, "", "", LineKind::Title));
    }
    for block in &memo.blocks {
        let mut lines = Vec::new();
        block_lines(block, width, &mut lines);
        if lines.is_empty() {
            continue;
        }
        separate(&mut out);
        out.extend(lines);
    }
    out
}

fn block_lines(block: &Block, width: usize, out: &mut Vec<Line>) {
    match block {
        Block::Heading { level, content } => {
            let flat: Vec<Inline> = content
                .iter()
                .map(|i| match i {
                    Inline::Break => Inline::Strong(" ".into()),
                    Inline::Text(t) | Inline::Emph(t) | Inline::Strong(t) => Inline::Strong(t.clone()),
                })
                .collect();
            let lines = wrap(&words_of(&flat), width, "", "", LineKind::Heading(*level));
            let widest = lines.iter().map(|l| l.text().width()).max().unwrap_or(0);
            out.extend(lines);
            if *level == 1 && widest > 0 {
                let rule = Span { text: "─".repeat(widest), ..Span::default() };
                out.push(Line { kind: LineKind::Heading(1), spans: vec![rule] });
            }
        }
        Block::Para(content) => out.extend(wrap(&words_of(content), width, "", "", LineKind::Text)),
        Block::Marking(text) => {
            out.extend(wrap(&words_of(&[Inline::Strong(text.clone())]), width, "", "", LineKind::Marking))
        }
        Block::Fields(fields) => {
            let label_width = fields.iter().map(|(l, _)| l.width()).max().unwrap_or(0) + 1;
            for (label, value) in fields {
                // The values line up after the longest label.
                let fill = " ".repeat(label_width.saturating_sub(label.width() + 1));
                let mut words = vec![Word { text: format!("{label}{fill}"), bold: true, italic: false, glue: false }];
                words.extend(words_of(&[Inline::text(value.clone())]));
                out.extend(wrap(&words, width, "", &" ".repeat(label_width), LineKind::Text));
            }
        }
        Block::List(items) => {
            for item in place_items(items) {
                let indent = "  ".repeat(item.level);
                let marker = match item.kind {
                    ListKind::Bullet => format!("{} ", BULLETS[item.level % BULLETS.len()]),
                    ListKind::Numbered => format!("{}. ", item.number),
                };
                let first = format!("{indent}{marker}");
                let rest = " ".repeat(first.width());
                out.extend(wrap(&words_of(item.content), width, &first, &rest, LineKind::Text));
            }
        }
        Block::Table { columns, rows } => table(columns, rows, width, out),
    }
}

/// A word with the style of the text it came from; `glue`: no space before it (it continues the word
/// before across a change of style, as in "**korte**termijn" or a label's colon).
#[derive(Debug, Clone)]
struct Word {
    text: String,
    bold: bool,
    italic: bool,
    glue: bool,
}

/// Inline content as words; a line break becomes a word of its own, "\n".
fn words_of(content: &[Inline]) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut after_space = true;
    for piece in content {
        let (text, bold, italic) = match piece {
            Inline::Text(t) => (t.as_str(), false, false),
            Inline::Strong(t) => (t.as_str(), true, false),
            Inline::Emph(t) => (t.as_str(), false, true),
            Inline::Break => {
                words.push(Word { text: "\n".into(), bold: false, italic: false, glue: false });
                after_space = true;
                continue;
            }
        };
        let mut first = true;
        for part in text.split(char::is_whitespace) {
            if part.is_empty() {
                after_space = true;
                first = false;
                continue;
            }
            let glue = first && !after_space;
            words.push(Word { text: part.chars().filter(|c| !c.is_control()).collect(), bold, italic, glue });
            after_space = false;
            first = false;
        }
        if text.ends_with(char::is_whitespace) {
            after_space = true;
        }
    }
    words
}

/// Words wrapped to `width`: the first line starts with `first`, later ones with `rest`.
fn wrap(words: &[Word], width: usize, first: &str, rest: &str, kind: LineKind) -> Vec<Line> {
    // On a narrow screen a hanging indent would leave no room for the text.
    let rest = if rest.width() * 2 > width { "" } else { rest };
    let mut lines = Vec::new();
    let mut line = Line { kind, spans: vec![Span { text: first.to_string(), ..Span::default() }] };
    let mut used = first.width();
    let mut empty = true;
    let start_new = |lines: &mut Vec<Line>, line: &mut Line, used: &mut usize| {
        let done =
            std::mem::replace(line, Line { kind, spans: vec![Span { text: rest.to_string(), ..Span::default() }] });
        lines.push(done);
        *used = rest.width();
    };
    for word in words {
        if word.text == "\n" {
            start_new(&mut lines, &mut line, &mut used);
            empty = true;
            continue;
        }
        let space = usize::from(!empty && !word.glue);
        let w = word.text.width();
        if !empty && used + space + w > width {
            start_new(&mut lines, &mut line, &mut used);
            empty = true;
        }
        let space = usize::from(!empty && !word.glue);
        if space == 1 {
            // Between two bold words the space is bold too, so the run stays one.
            let same = line.spans.last().is_some_and(|s| s.bold == word.bold && s.italic == word.italic);
            push(&mut line, " ", same && word.bold, same && word.italic);
            used += 1;
        }
        // A word wider than the line is broken where the line ends.
        let mut text = word.text.as_str();
        while used + text.width() > width && !text.is_empty() {
            let room = width.saturating_sub(used).max(1);
            let cut = cut_at(text, room);
            push(&mut line, &text[..cut], word.bold, word.italic);
            text = &text[cut..];
            if !text.is_empty() {
                start_new(&mut lines, &mut line, &mut used);
            }
        }
        if !text.is_empty() {
            push(&mut line, text, word.bold, word.italic);
            used += text.width();
        }
        empty = false;
    }
    lines.push(line);
    for l in &mut lines {
        l.spans.retain(|s| !s.text.is_empty());
    }
    lines
}

/// The byte index after as many characters as fit in `room` columns (at least one character).
fn cut_at(text: &str, room: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room && i > 0 {
            return i;
        }
        used += w;
    }
    text.len()
}

fn push(line: &mut Line, text: &str, bold: bool, italic: bool) {
    match line.spans.last_mut() {
        Some(last) if last.bold == bold && last.italic == italic => last.text.push_str(text),
        _ => line.spans.push(Span { text: text.to_string(), bold, italic }),
    }
}

/// The table drawn with lines, each column as wide as its widest cell while the table fits, the widest
/// columns narrowed (their cells wrapped) when it does not.
fn table(columns: &[Column], rows: &[Vec<String>], width: usize, out: &mut Vec<Line>) {
    if columns.is_empty() {
        return;
    }
    let n = columns.len();
    let cell = |row: &[String], i: usize| row.get(i).map(|c| c.trim().to_string()).unwrap_or_default();
    if width < 6 * n + 1 {
        // Too narrow for columns of three characters: each row as "title: value" lines instead.
        for (r, row) in rows.iter().enumerate() {
            if r > 0 {
                out.push(Line {
                    kind: LineKind::Table,
                    spans: vec![Span { text: "─".repeat(width.min(20)), ..Span::default() }],
                });
            }
            for (i, column) in columns.iter().enumerate() {
                let mut words =
                    vec![Word { text: format!("{}:", column.title), bold: true, italic: false, glue: false }];
                words.extend(words_of(&[Inline::text(cell(row, i))]));
                out.extend(wrap(&words, width, "", "  ", LineKind::Table));
            }
        }
        return;
    }
    let mut widths: Vec<usize> = (0..n)
        .map(|i| {
            let titles = columns[i].title.width();
            rows.iter().map(|r| cell(r, i).width()).chain([titles]).max().unwrap_or(1).max(1)
        })
        .collect();
    // Borders and one space either side of each cell.
    let room = width.saturating_sub(3 * n + 1).max(n);
    while widths.iter().sum::<usize>() > room {
        let (widest, w) = widths
            .iter()
            .enumerate()
            .max_by_key(|(i, w)| (**w, usize::MAX - i))
            .map(|(i, w)| (i, *w))
            .unwrap_or((0, 1));
        if w <= 1 {
            break;
        }
        widths[widest] = w - 1;
    }
    let rule = |left: &str, mid: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
        let text = format!("{left}{}{right}", parts.join(mid));
        Line { kind: LineKind::Table, spans: vec![Span { text, ..Span::default() }] }
    };
    out.push(rule("┌", "┬", "┐"));
    let titles: Vec<String> = columns.iter().map(|c| c.title.to_string()).collect();
    table_row(columns, &widths, &titles, true, out);
    out.push(rule("├", "┼", "┤"));
    for row in rows {
        let cells: Vec<String> = (0..n).map(|i| cell(row, i)).collect();
        table_row(columns, &widths, &cells, false, out);
    }
    out.push(rule("└", "┴", "┘"));
}

fn table_row(columns: &[Column], widths: &[usize], cells: &[String], header: bool, out: &mut Vec<Line>) {
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(widths)
        .map(|(text, &w)| {
            let words = words_of(&[Inline::text(text.clone())]);
            wrap(&words, w, "", "", LineKind::Table).iter().map(Line::text).collect()
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for line_no in 0..height {
        let mut line = Line { kind: LineKind::Table, spans: Vec::new() };
        push(&mut line, "│", false, false);
        for (i, lines) in wrapped.iter().enumerate() {
            let text = lines.get(line_no).map(String::as_str).unwrap_or("");
            let fill = " ".repeat(widths[i].saturating_sub(text.width()));
            let padded = match columns[i].align {
                Align::Left => format!("{text}{fill}"),
                Align::Right => format!("{fill}{text}"),
            };
            push(&mut line, " ", false, false);
            push(&mut line, &padded, header, false);
            push(&mut line, " │", false, false);
        }
        out.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memo::model::{ListItem, Meta};

    fn memo(blocks: Vec<Block>) -> Memo {
        Memo { meta: Meta::default(), blocks }
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn paragraphs_wrap_at_words_and_keep_bold() {
        let m = memo(vec![Block::Para(vec![
            Inline::Strong("Advies: akkoord.".into()),
            Inline::text(" Het advies is om steun uit te spreken."),
        ])]);
        let lines = layout(&m, 20);
        assert_eq!(texts(&lines), ["Advies: akkoord. Het", "advies is om steun", "uit te spreken."]);
        assert_eq!(lines[0].spans[0], Span { text: "Advies: akkoord.".into(), bold: true, italic: false });
        assert!(!lines[0].spans[1].bold);
    }

    #[test]
    fn lists_have_bullets_numbers_and_hanging_indents() {
        let item = |level, kind, s: &str| ListItem { level, kind, content: vec![Inline::text(s)] };
        let m = memo(vec![Block::List(vec![
            item(0, ListKind::Numbered, "eerste punt dat lang is"),
            item(1, ListKind::Bullet, "sub"),
            item(0, ListKind::Numbered, "tweede"),
        ])]);
        assert_eq!(texts(&layout(&m, 16)), ["1. eerste punt", "   dat lang is", "  ◦ sub", "2. tweede"]);
    }

    #[test]
    fn tables_are_drawn_with_lines_and_fit_the_width() {
        let columns = vec![
            Column { title: "Nr.", align: Align::Right, width: 5 },
            Column { title: "Agendapunt", align: Align::Left, width: 45 },
        ];
        let rows =
            vec![vec!["1".into(), "Mededelingen".into()], vec!["12".into(), "Voorstel voor effectmeting".into()]];
        let lines = layout(&memo(vec![Block::Table { columns: columns.clone(), rows: rows.clone() }]), 80);
        assert_eq!(
            texts(&lines),
            [
                "┌─────┬────────────────────────────┐",
                "│ Nr. │ Agendapunt                 │",
                "├─────┼────────────────────────────┤",
                "│   1 │ Mededelingen               │",
                "│  12 │ Voorstel voor effectmeting │",
                "└─────┴────────────────────────────┘",
            ]
        );
        let narrow = layout(&memo(vec![Block::Table { columns, rows }]), 24);
        assert!(narrow.iter().all(|l| l.text().width() <= 24), "{:#?}", texts(&narrow));
        assert!(texts(&narrow).contains(&"│  12 │ Voorstel voor  │".to_string()), "{:#?}", texts(&narrow));
    }

    #[test]
    fn nothing_is_cut_off_at_any_width() {
        let m = memo(vec![
            Block::Heading { level: 1, content: vec![Inline::text("Deel 1: Reguliere Stuurgroep met PGT")] },
            Block::Fields(vec![("Aan:", "Plv. korpschef".into()), ("Betreft:", "Stuurgroep MIT".into())]),
            Block::Para(vec![Inline::text("Onafgebrokenwoordvanveeltekens 😀😀😀 مرحبا")]),
        ]);
        for width in 0..40 {
            let lines = layout(&m, width);
            assert!(lines.iter().all(|l| l.text().width() <= width.max(8)), "width {width}: {:#?}", texts(&lines));
            let all: String = texts(&lines).concat().split_whitespace().collect();
            assert!(all.contains("Onafgebrokenwoordvanveeltekens"), "width {width}");
        }
        assert_eq!(
            texts(&layout(&m, 40))[3..5],
            ["Aan:     Plv. korpschef".to_string(), "Betreft: Stuurgroep MIT".to_string()]
        );
    }
}
