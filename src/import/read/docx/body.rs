//! The document body in reading order: a line per paragraph (its number in front), a line per table row
//! (cells joined by a tab). Deleted revisions, hidden text, field codes and the fallback copies of
//! drawings are not what Word shows, so they are skipped.

use super::numbering::{Counters, Definitions};
use super::styles::Styles;
use super::xml::{child, child_val, int, is_mc, is_on, w_attr, w_name};
use roxmltree::{Document, Node};

/// Word nests tables in tables a few levels deep; past this the rest of a damaged file is skipped.
const MAX_DEPTH: usize = 200;

pub(super) fn lines(doc: &Document<'_>, styles: &Styles, defs: &Definitions) -> Vec<String> {
    let mut walker = Walker { styles, defs, counters: Counters::default() };
    let body = doc.root_element().children().find(|c| w_name(*c) == Some("body")).unwrap_or(doc.root_element());
    let mut out = Vec::new();
    walker.blocks(body, &mut out, 0);
    collapse_blank_runs(out)
}

struct Walker<'d> {
    styles: &'d Styles,
    defs: &'d Definitions,
    counters: Counters,
}

impl Walker<'_> {
    /// Block-level content (body, cell, text box, content control): paragraphs and tables, in order.
    fn blocks(&mut self, node: Node<'_, '_>, out: &mut Vec<String>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for c in node.children() {
            if is_mc(c, "AlternateContent") {
                if let Some(choice) = c.children().find(|n| is_mc(*n, "Choice")) {
                    self.blocks(choice, out, depth + 1);
                }
                continue;
            }
            match w_name(c) {
                Some("p") => self.paragraph(c, out, depth),
                Some("tbl") => self.table(c, out, depth),
                Some("del" | "moveFrom") => {}
                Some("sdt") => {
                    if let Some(content) = child(c, "sdtContent") {
                        self.blocks(content, out, depth + 1);
                    }
                }
                Some("customXml" | "ins" | "moveTo" | "smartTag") => self.blocks(c, out, depth + 1),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: Node<'_, '_>, out: &mut Vec<String>, depth: usize) {
        let ppr = child(p, "pPr");
        let mut text = String::new();
        let mut boxes = Vec::new();
        self.inline(p, &mut text, &mut boxes, depth + 1);
        let hidden_mark = ppr.and_then(|p| child(p, "rPr")).is_some_and(|r| is_on(child(r, "vanish")));
        let number = self.number(ppr);
        if hidden_mark && text.trim().is_empty() && number.is_empty() {
            out.append(&mut boxes);
            return;
        }
        let mut text_lines = text.split('\n').map(|l| l.trim().to_string());
        let first = text_lines.next().unwrap_or_default();
        out.push(match (number.is_empty(), first.is_empty()) {
            (true, _) => first,
            (false, true) => number,
            (false, false) => format!("{number} {first}"),
        });
        out.extend(text_lines);
        out.append(&mut boxes);
    }

    /// The automatic number of a paragraph: its own numPr, else its style's.
    fn number(&mut self, ppr: Option<Node<'_, '_>>) -> String {
        let style_id = ppr.and_then(|p| child_val(p, "pStyle"));
        let direct = ppr.and_then(|p| child(p, "numPr"));
        let direct_num = direct.and_then(|n| int(child_val(n, "numId")));
        let direct_ilvl = direct.and_then(|n| int(child_val(n, "ilvl")));
        let from_style = self.styles.numbering(style_id);
        let (num_id, ilvl) = match (direct_num, &from_style) {
            (Some(num), _) => (num, direct_ilvl.or(from_style.as_ref().and_then(|s| s.ilvl)).unwrap_or(0)),
            (None, Some(s)) => {
                let ilvl = direct_ilvl
                    .or(s.ilvl)
                    .or_else(|| self.defs.level_of_style(s.num_id, &s.style_id, self.styles))
                    .unwrap_or(0);
                (s.num_id, ilvl)
            }
            (None, None) => return String::new(),
        };
        self.counters.next(self.defs, self.styles, num_id, ilvl)
    }

    /// Runs and what holds them (hyperlinks, insertions, fields, content controls) into `text`; text boxes'
    /// paragraphs into `boxes`, read after the paragraph they are anchored in.
    fn inline(&mut self, node: Node<'_, '_>, text: &mut String, boxes: &mut Vec<String>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for c in node.children() {
            if is_mc(c, "AlternateContent") {
                if let Some(choice) = c.children().find(|n| is_mc(*n, "Choice")) {
                    self.inline(choice, text, boxes, depth + 1);
                }
                continue;
            }
            match w_name(c) {
                Some("r") => self.run(c, text, boxes, depth + 1),
                Some("del" | "moveFrom" | "pPr" | "rPr") => {}
                Some("txbxContent") => self.blocks(c, boxes, depth + 1),
                _ if c.is_element() => self.inline(c, text, boxes, depth + 1),
                _ => {}
            }
        }
    }

    fn run(&mut self, r: Node<'_, '_>, text: &mut String, boxes: &mut Vec<String>, depth: usize) {
        if child(r, "rPr").is_some_and(|p| is_on(child(p, "vanish"))) {
            return;
        }
        for c in r.children() {
            match w_name(c) {
                Some("t") => text.push_str(c.text().unwrap_or_default()),
                Some("tab" | "ptab") => text.push('\t'),
                Some("br" | "cr") => text.push('\n'),
                Some("noBreakHyphen") => text.push('-'),
                Some("sym") => {
                    let code = w_attr(c, "char").and_then(|h| u32::from_str_radix(h, 16).ok());
                    if let Some(ch) = code.and_then(char::from_u32).filter(|ch| !('\u{e000}'..='\u{f8ff}').contains(ch))
                    {
                        text.push(ch);
                    }
                }
                Some("drawing" | "pict" | "object") => self.inline(c, text, boxes, depth + 1),
                None if is_mc(c, "AlternateContent") => {
                    if let Some(choice) = c.children().find(|n| is_mc(*n, "Choice")) {
                        self.inline(choice, text, boxes, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    /// A row a line, cells joined by a tab; a cell's own paragraphs (and nested tables) joined by a space.
    fn table(&mut self, tbl: Node<'_, '_>, out: &mut Vec<String>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for row in rows(tbl) {
            let mut cells = Vec::new();
            for cell in cells_of(row) {
                let mut inner = Vec::new();
                self.blocks(cell, &mut inner, depth + 2);
                let joined: Vec<String> = inner
                    .iter()
                    .flat_map(|l| l.split('\t'))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect();
                cells.push(joined.join(" "));
            }
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            if !cells.is_empty() {
                out.push(cells.join("\t"));
            }
        }
    }
}

/// A table's rows, also those wrapped in content controls or custom XML.
fn rows<'a, 'i>(tbl: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut found = Vec::new();
    collect(tbl, "tr", &mut found, 0);
    found
}

fn cells_of<'a, 'i>(row: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut found = Vec::new();
    collect(row, "tc", &mut found, 0);
    found
}

/// Children named `local`, looking through the wrappers that may sit between a table and its rows.
fn collect<'a, 'i>(node: Node<'a, 'i>, local: &str, found: &mut Vec<Node<'a, 'i>>, depth: usize) {
    if depth > 8 {
        return;
    }
    for c in node.children() {
        match w_name(c) {
            Some(n) if n == local => found.push(c),
            Some("sdt" | "sdtContent" | "customXml" | "ins") => collect(c, local, found, depth + 1),
            _ => {}
        }
    }
}

/// Empty paragraphs used as spacing say nothing; one blank line keeps a paragraph boundary.
fn collapse_blank_runs(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        if line.trim().is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(if line.trim().is_empty() { String::new() } else { line });
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}
