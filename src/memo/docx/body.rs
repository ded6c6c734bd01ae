//! The memo's blocks as the body of word/document.xml: Word's own paragraph styles (so the navigation
//! pane and a house style work), real numbered and bulleted lists, and the overview as a table whose
//! header row repeats on every page.

use super::styles::{StyleIds, StyleRole};
use super::xml::push_escaped;
use crate::memo::model::{place_items, Align, Block, Column, Inline, ListItem, ListKind, Memo};

/// The numbering instance every bullet uses (numbering.xml); numbered lists get one each from 2 on.
pub const BULLET_NUM: usize = 1;

/// Widths in twentieths of a point: A4 with 2.5 cm margins leaves this much for a table.
const TEXT_WIDTH: usize = 9072;

pub struct Body {
    pub xml: String,
    /// How many numbered lists there are: each needs its own numbering instance to start at 1.
    pub numbered_lists: usize,
}

pub fn body(memo: &Memo, styles: &StyleIds) -> Body {
    let mut w = Writer { out: String::with_capacity(64 * 1024), styles, numbered_lists: 0 };
    if !memo.meta.title.trim().is_empty() {
        w.paragraph(Some(StyleRole::Title), "", &[Inline::text(memo.meta.title.clone())]);
    }
    for block in &memo.blocks {
        w.block(block);
    }
    Body { xml: w.out, numbered_lists: w.numbered_lists }
}

struct Writer<'a> {
    out: String,
    styles: &'a StyleIds,
    numbered_lists: usize,
}

impl Writer<'_> {
    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, content } => {
                let flat: Vec<Inline> =
                    content.iter().map(|i| if *i == Inline::Break { Inline::text(" ") } else { i.clone() }).collect();
                self.paragraph(Some(StyleRole::Heading((*level).clamp(1, 6))), "", &flat);
            }
            Block::Para(content) => self.paragraph(None, "", content),
            Block::List(items) => self.list(items),
            Block::Table { columns, rows } => self.table(columns, rows),
            // The classification stands in the page header and footer of every page instead.
            Block::Marking(_) => {}
            Block::Fields(fields) => {
                for (i, (label, value)) in fields.iter().enumerate() {
                    // One line each, the values lined up at a tab stop; space only after the last.
                    let after = if i + 1 == fields.len() { "" } else { r#"<w:spacing w:after="0"/>"# };
                    let props = format!(r#"<w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs>{after}"#);
                    self.out.push_str("<w:p><w:pPr>");
                    self.out.push_str(&props);
                    self.out.push_str("</w:pPr>");
                    self.run(label, "<w:b/>");
                    self.out.push_str("<w:r><w:tab/></w:r>");
                    self.run(value, "");
                    self.out.push_str("</w:p>");
                }
            }
        }
    }

    /// A paragraph of runs; `extra` goes into its properties after the style.
    fn paragraph(&mut self, style: Option<StyleRole>, extra: &str, content: &[Inline]) {
        self.out.push_str("<w:p>");
        if style.is_some() || !extra.is_empty() {
            self.out.push_str("<w:pPr>");
            if let Some(role) = style {
                self.style(role);
            }
            self.out.push_str(extra);
            self.out.push_str("</w:pPr>");
        }
        self.inlines(content);
        self.out.push_str("</w:p>");
    }

    fn style(&mut self, role: StyleRole) {
        self.out.push_str(r#"<w:pStyle w:val=""#);
        push_escaped(&mut self.out, self.styles.id(role));
        self.out.push_str(r#""/>"#);
    }

    /// Each line's text trimmed at its ends, as the markdown writer does, so both say the same.
    fn inlines(&mut self, content: &[Inline]) {
        let lines: Vec<&[Inline]> = content.split(|i| *i == Inline::Break).collect();
        let mut first = true;
        for line in lines {
            let pieces: Vec<(String, &str)> = trimmed_line(line);
            if pieces.is_empty() {
                continue;
            }
            if !first {
                self.out.push_str("<w:r><w:br/></w:r>");
            }
            first = false;
            for (text, props) in pieces {
                self.run(&text, props);
            }
        }
    }

    fn run(&mut self, text: &str, props: &str) {
        self.out.push_str("<w:r>");
        if !props.is_empty() {
            self.out.push_str("<w:rPr>");
            self.out.push_str(props);
            self.out.push_str("</w:rPr>");
        }
        self.out.push_str(r#"<w:t xml:space="preserve">"#);
        push_escaped(&mut self.out, text);
        self.out.push_str("</w:t></w:r>");
    }

    fn list(&mut self, items: &[ListItem]) {
        // The numbering instance of the numbered list open at each level.
        let mut open: Vec<usize> = Vec::new();
        for item in place_items(items) {
            let (role, num) = match item.kind {
                ListKind::Bullet => (StyleRole::ListBullet, BULLET_NUM),
                ListKind::Numbered if item.starts_list => {
                    self.numbered_lists += 1;
                    (StyleRole::ListNumber, BULLET_NUM + self.numbered_lists)
                }
                ListKind::Numbered => (StyleRole::ListNumber, open.get(item.level).copied().unwrap_or(BULLET_NUM)),
            };
            open.truncate(item.level);
            open.push(num);
            let numbering =
                format!(r#"<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{num}"/></w:numPr>"#, item.level.min(8));
            self.paragraph(Some(role), &numbering, item.content);
        }
    }

    fn table(&mut self, columns: &[Column], rows: &[Vec<String>]) {
        if columns.is_empty() {
            return;
        }
        // No column narrower than a short number ("4.1", "12a") with the cell's margins.
        let narrowest = 800.min(TEXT_WIDTH / columns.len());
        let floor = narrowest * columns.len();
        let total: usize = columns.iter().map(|c| c.width.max(1)).sum();
        let widths: Vec<usize> =
            columns.iter().map(|c| narrowest + (TEXT_WIDTH - floor) * c.width.max(1) / total).collect();
        self.out.push_str("<w:tbl><w:tblPr>");
        self.out.push_str(r#"<w:tblStyle w:val=""#);
        push_escaped(&mut self.out, self.styles.id(StyleRole::Table));
        self.out.push_str(r#""/><w:tblW w:w="5000" w:type="pct"/>"#);
        self.out.push_str(r#"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#);
        self.out.push_str("</w:tblPr><w:tblGrid>");
        for w in &widths {
            self.out.push_str(&format!(r#"<w:gridCol w:w="{w}"/>"#));
        }
        self.out.push_str("</w:tblGrid>");
        let titles: Vec<String> = columns.iter().map(|c| c.title.to_string()).collect();
        self.row(columns, &widths, &titles, true);
        for row in rows {
            self.row(columns, &widths, row, false);
        }
        self.out.push_str("</w:tbl>");
    }

    fn row(&mut self, columns: &[Column], widths: &[usize], cells: &[String], header: bool) {
        self.out.push_str("<w:tr>");
        if header {
            // Repeats at the top of every page the table runs onto; never split over two pages.
            self.out.push_str("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        }
        for (i, column) in columns.iter().enumerate() {
            let text = cells.get(i).map(|c| c.trim()).unwrap_or("");
            self.out.push_str(&format!(r#"<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/></w:tcPr>"#, widths[i]));
            self.out.push_str(r#"<w:p><w:pPr><w:spacing w:after="0"/>"#);
            if column.align == Align::Right {
                self.out.push_str(r#"<w:jc w:val="right"/>"#);
            }
            self.out.push_str("</w:pPr>");
            if !text.is_empty() {
                self.run(text, if header { "<w:b/>" } else { "" });
            }
            self.out.push_str("</w:p></w:tc>");
        }
        self.out.push_str("</w:tr>");
    }
}

/// One line's pieces as (text, run properties): adjacent text joined, the line trimmed at both ends,
/// emphasis trimmed, empty pieces dropped.
fn trimmed_line(line: &[Inline]) -> Vec<(String, &'static str)> {
    let mut pieces: Vec<(String, &'static str)> = Vec::new();
    for piece in line {
        let (text, props) = match piece {
            Inline::Text(s) => (s.clone(), ""),
            Inline::Strong(s) => (s.trim().to_string(), "<w:b/>"),
            Inline::Emph(s) => (s.trim().to_string(), "<w:i/>"),
            Inline::Break => continue,
        };
        match pieces.last_mut() {
            Some((prev, "")) if props.is_empty() => prev.push_str(&text),
            _ => pieces.push((text, props)),
        }
    }
    if let Some((s, "")) = pieces.first_mut() {
        *s = s.trim_start().to_string();
    }
    if let Some((s, "")) = pieces.last_mut() {
        *s = s.trim_end().to_string();
    }
    pieces.retain(|(s, _)| !s.is_empty());
    pieces
}
