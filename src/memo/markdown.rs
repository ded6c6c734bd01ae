//! Writing the memo document as markdown that pandoc, CommonMark and GFM all read the same way.
//!
//! Blocks are separated by one blank line (pandoc needs it before lists and tables); line breaks are a
//! backslash at the end of the line (CommonMark and pandoc both read that as a hard break, and it cannot
//! be lost by an editor trimming trailing spaces); nested bullets are indented four spaces per level.

use super::escape::{escape_text, yaml_quote};
use super::model::{place_items, Align, Block, Column, Inline, ListItem, ListKind, Memo};
use crate::text::clean_line;

impl Memo {
    /// The memo as markdown: the same document always gives the same bytes.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let front_matter = self.front_matter();
        let front: Vec<_> = front_matter.iter().filter(|(_, v)| !clean_line(v).is_empty()).collect();
        if !front.is_empty() {
            out.push_str("---\n");
            for (key, value) in front {
                // Pandoc reads metadata values as markdown, so they are escaped as text first, then quoted.
                out.push_str(&format!("{key}: {}\n", yaml_quote(&escape_text(&clean_line(value), true))));
            }
            out.push_str("---\n");
        }
        for block in &self.blocks {
            let mut text = String::new();
            write_block(&mut text, block);
            if text.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&text);
        }
        out
    }
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, content } => {
            let level = (*level).clamp(1, 6);
            let flat: Vec<Inline> =
                content.iter().map(|i| if *i == Inline::Break { Inline::text(" ") } else { i.clone() }).collect();
            out.push_str(&"#".repeat(level));
            out.push(' ');
            write_inlines(out, &flat, false, "");
            out.push('\n');
        }
        Block::Para(content) => {
            let mut line = String::new();
            write_inlines(&mut line, content, true, "");
            if !line.is_empty() {
                out.push_str(&line);
                out.push('\n');
            }
        }
        Block::List(items) => write_list(out, items),
        Block::Table { columns, rows } => write_table(out, columns, rows),
        Block::Marking(text) => write_block(out, &Block::Para(vec![Inline::Strong(text.clone())])),
        Block::Fields(fields) => {
            let mut content = Vec::new();
            for (label, value) in fields {
                if !content.is_empty() {
                    content.push(Inline::Break);
                }
                content.push(Inline::Strong(label.to_string()));
                content.push(Inline::text(format!(" {value}")));
            }
            write_block(out, &Block::Para(content));
        }
    }
}

/// Bullets as "- ", numbered items as "1. ", "2. " …; a nested list is indented at least four spaces past
/// its parent's marker (pandoc's rule, and within CommonMark's), and never so far that it becomes code.
fn write_list(out: &mut String, items: &[ListItem]) {
    // Each open level's indent and the column where its content starts.
    let mut open: Vec<(usize, usize)> = Vec::new();
    for item in place_items(items) {
        let indent = match item.level.checked_sub(1).and_then(|p| open.get(p)) {
            Some(&(parent_indent, parent_content)) => (parent_indent + 4).max(parent_content),
            None => 0,
        };
        let marker = match item.kind {
            ListKind::Bullet => "- ".to_string(),
            ListKind::Numbered => format!("{}. ", item.number),
        };
        let content_at = indent + marker.len();
        open.truncate(item.level);
        open.push((indent, content_at));
        let mut content = String::new();
        write_inlines(&mut content, item.content, true, &" ".repeat(content_at));
        out.push_str(&" ".repeat(indent));
        out.push_str(&marker);
        out.push_str(&content);
        out.push('\n');
    }
}

fn write_table(out: &mut String, columns: &[Column], rows: &[Vec<String>]) {
    if columns.is_empty() {
        return;
    }
    let titles: Vec<String> = columns.iter().map(|c| escape_text(c.title, false)).collect();
    out.push_str(&format!("| {} |\n", titles.join(" | ")));
    let rule: Vec<String> = columns
        .iter()
        .map(|c| {
            let dashes = "-".repeat(c.width.max(3));
            match c.align {
                Align::Left => dashes,
                Align::Right => format!("{}:", &dashes[1..]),
            }
        })
        .collect();
    out.push_str(&format!("|{}|\n", rule.join("|")));
    for row in rows {
        let cells: Vec<String> = (0..columns.len())
            .map(|i| escape_text(row.get(i).map(|c| c.trim()).unwrap_or(""), false).trim().to_string())
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}

/// Writes inline content; `line_start` says whether block markup could start where it begins.
/// Each line's text is trimmed at both ends (leading spaces could make an indented code block or hide a
/// list marker from the escaper, trailing ones a hard break); empty emphasis and empty lines are dropped.
fn write_inlines(out: &mut String, content: &[Inline], line_start: bool, continuation_indent: &str) {
    let mut first_line = true;
    for line in split_lines(content) {
        let mut text = String::new();
        for (i, piece) in line.iter().enumerate() {
            match piece {
                Inline::Text(s) => text.push_str(&escape_text(s, i == 0 && (line_start || !first_line))),
                Inline::Strong(s) => text.push_str(&format!("**{}**", escape_text(s, false))),
                Inline::Emph(s) => text.push_str(&format!("*{}*", escape_text(s, false))),
                Inline::Break => {}
            }
        }
        if !first_line {
            out.push_str("\\\n");
            out.push_str(continuation_indent);
        }
        out.push_str(&text);
        first_line = false;
    }
}

/// The content as lines of pieces: adjacent text joined (escaping looks at neighbouring characters),
/// text trimmed at the ends of each line, emphasis trimmed, and empty pieces and lines dropped.
fn split_lines(content: &[Inline]) -> Vec<Vec<Inline>> {
    let mut lines: Vec<Vec<Inline>> = vec![Vec::new()];
    for piece in content {
        let line = lines.last_mut().expect("never empty");
        match piece {
            Inline::Break => lines.push(Vec::new()),
            Inline::Text(s) => match line.last_mut() {
                Some(Inline::Text(prev)) => prev.push_str(s),
                _ => line.push(Inline::Text(s.clone())),
            },
            Inline::Strong(s) if !s.trim().is_empty() => line.push(Inline::Strong(s.trim().to_string())),
            Inline::Emph(s) if !s.trim().is_empty() => line.push(Inline::Emph(s.trim().to_string())),
            Inline::Strong(_) | Inline::Emph(_) => {}
        }
    }
    for line in &mut lines {
        if let Some(Inline::Text(s)) = line.first_mut() {
            *s = s.trim_start().to_string();
        }
        if let Some(Inline::Text(s)) = line.last_mut() {
            *s = s.trim_end().to_string();
        }
        line.retain(|p| !matches!(p, Inline::Text(s) if s.is_empty()));
    }
    lines.retain(|l| !l.is_empty());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memo::model::Inline::*;
    use crate::memo::model::Meta;

    fn para(content: Vec<Inline>) -> String {
        let memo = Memo { meta: Meta::default(), blocks: vec![Block::Para(content)] };
        memo.to_markdown()
    }

    #[test]
    fn line_breaks_are_backslashes_and_each_line_is_escaped_as_a_line_start() {
        assert_eq!(para(vec![Text("a".into()), Break, Text("- b".into())]), "a\\\n\\- b\n");
        assert_eq!(para(vec![Break, Text("  x  ".into()), Break, Break]), "x\n");
    }

    #[test]
    fn labels_and_text_keep_their_spaces() {
        assert_eq!(
            para(vec![Strong("Advies: akkoord.".into()), Text(" ".into()), Text("1. punt".into())]),
            "**Advies: akkoord.** 1. punt\n"
        );
        assert_eq!(para(vec![Strong("  ".into()), Emph("".into())]), "");
    }

    #[test]
    fn lists_indent_four_spaces_per_level_and_never_skip_a_level() {
        let item = |level, s: &str| ListItem { level, kind: ListKind::Bullet, content: vec![Text(s.into())] };
        let memo = Memo {
            meta: Meta::default(),
            blocks: vec![Block::List(vec![item(2, "a"), item(3, "b"), item(1, "c"), item(0, "")])],
        };
        assert_eq!(memo.to_markdown(), "- a\n    - b\n    - c\n");
    }

    #[test]
    fn numbered_items_count_per_list_and_nest_past_their_number() {
        let item = |level, kind, s: &str| ListItem { level, kind, content: vec![Text(s.into())] };
        use ListKind::*;
        let mut items = vec![item(0, Numbered, "a"), item(1, Bullet, "b\u{7}")];
        items.extend((0..10).map(|i| item(1, Numbered, &format!("n{i}"))));
        items.extend([item(2, Bullet, "diep"), item(0, Numbered, "c"), item(0, Bullet, "d"), item(0, Numbered, "e")]);
        let memo = Memo { meta: Meta::default(), blocks: vec![Block::List(items)] };
        let md = memo.to_markdown();
        assert!(md.starts_with("1. a\n    - b\n    1. n0\n"), "{md}");
        assert!(md.contains("\n    10. n9\n        - diep\n2. c\n- d\n1. e\n"), "{md}");
    }

    #[test]
    fn front_matter_is_quoted_and_escaped() {
        let meta = Meta { title: "# x: \"y\"\nz".into(), author: "a".into(), subject: " ".into(), ..Meta::default() };
        let memo = Memo { meta, blocks: vec![] };
        assert_eq!(memo.to_markdown(), "---\ntitle: \"\\\\# x: \\\"y\\\" z\"\n---\n");
    }

    #[test]
    fn table_cells_stay_on_one_line() {
        let memo = Memo {
            meta: Meta::default(),
            blocks: vec![Block::Table {
                columns: vec![
                    Column { title: "Nr.", align: Align::Right, width: 4 },
                    Column { title: "Agendapunt", align: Align::Left, width: 10 },
                ],
                rows: vec![vec!["1".into(), "a | b\nc".into()], vec!["2".into()]],
            }],
        };
        assert_eq!(memo.to_markdown(), "| Nr. | Agendapunt |\n|---:|----------|\n| 1 | a \\| b c |\n| 2 |  |\n");
    }
}
