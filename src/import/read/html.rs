//! A web page (a council portal's agenda or decision list) as lines: headings, paragraphs and list items a
//! line each, an ordered list's numbers written in front as a browser shows them (unless the text already
//! starts with its number), table rows a line with the cells joined by a tab. Scripts, styles, navigation,
//! page headers and footers are not the agenda and are left out. html5ever (through scraper) parses the
//! page as a browser does, entities included; the walk is iterative, so deep nesting cannot overflow.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

const SKIPPED: [&str; 16] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "head", "svg", "iframe", "select", "button",
    "aside", "object", "canvas", "math",
];
const BLOCKS: [&str; 30] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "hr",
    "caption",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "fieldset",
    "legend",
    "table",
    "form",
];

pub(crate) fn read(page: &str) -> String {
    let html = Html::parse_document(page);
    let mut walk = Walk::default();
    let mut skipping = 0usize;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if skipping > 0 || SKIPPED.contains(&name) || is_hidden(e) {
                        skipping += 1;
                        continue;
                    }
                    walk.open(name, e);
                }
                Node::Text(t) if skipping == 0 => walk.text(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    walk.close(e.name());
                }
            }
        }
    }
    walk.flush();
    walk.lines.join("\n")
}

/// `hidden` and `display:none` content is not shown, so it is not read (portals hide menus this way).
fn is_hidden(e: &scraper::node::Element) -> bool {
    e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|s| s.replace(' ', "").to_lowercase().contains("display:none"))
}

#[derive(Debug, Clone)]
enum List {
    Ordered { next: i64, step: i64, style: char },
    Bullets,
}

#[derive(Default)]
struct Walk {
    lines: Vec<String>,
    line: String,
    prefix: Option<String>,
    lists: Vec<List>,
    /// The cells of the table row being read; a nested table's rows are read into the outer cell.
    cells: Option<Vec<String>>,
    row_depth: usize,
    pre: usize,
}

impl Walk {
    fn open(&mut self, name: &str, e: &scraper::node::Element) {
        match name {
            "tr" => {
                self.row_depth += 1;
                if self.row_depth == 1 {
                    self.flush();
                    self.cells = Some(Vec::new());
                } else {
                    self.space();
                }
            }
            "td" | "th" if self.row_depth == 1 => {
                if let Some(cells) = &mut self.cells {
                    cells.push(String::new());
                }
            }
            "br" if self.cells.is_none() => self.flush(),
            "ol" => {
                self.block();
                let reversed = e.attr("reversed").is_some();
                let start = e.attr("start").and_then(|s| s.trim().parse().ok()).unwrap_or(1);
                let style = e.attr("type").and_then(|t| t.chars().next()).unwrap_or('1');
                self.lists.push(List::Ordered { next: start, step: if reversed { -1 } else { 1 }, style });
            }
            "ul" | "menu" => {
                self.block();
                self.lists.push(List::Bullets);
            }
            "li" => {
                self.block();
                let value = e.attr("value").and_then(|v| v.trim().parse::<i64>().ok());
                self.prefix = match self.lists.last_mut() {
                    Some(List::Ordered { next, step, style }) => {
                        let n = value.unwrap_or(*next);
                        *next = n.saturating_add(*step);
                        Some(format!("{}.", ordinal(n, *style)))
                    }
                    Some(List::Bullets) => Some("•".to_string()),
                    None => None,
                };
            }
            "pre" => {
                self.block();
                self.pre += 1;
            }
            n if BLOCKS.contains(&n) => self.block(),
            "td" | "th" | "img" | "input" | "br" => self.space(),
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "tr" => {
                self.row_depth = self.row_depth.saturating_sub(1);
                if self.row_depth == 0 {
                    if let Some(cells) = self.cells.take() {
                        let cells: Vec<String> = cells.iter().map(|c| collapse(c)).collect();
                        let end = cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
                        if end > 0 {
                            self.lines.push(cells[..end].join("\t"));
                        }
                    }
                }
            }
            "ol" | "ul" | "menu" => {
                self.block();
                self.lists.pop();
            }
            "pre" => {
                self.block();
                self.pre = self.pre.saturating_sub(1);
            }
            "li" => {
                self.block();
                // An empty item's number must not land on the line after the list.
                self.prefix = None;
            }
            n if BLOCKS.contains(&n) => self.block(),
            "td" | "th" => self.space(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.pre > 0 && self.cells.is_none() {
            let mut parts = text.split('\n');
            if let Some(first) = parts.next() {
                self.line.push_str(first);
            }
            for part in parts {
                self.flush();
                self.line.push_str(part);
            }
            return;
        }
        match &mut self.cells {
            Some(cells) => match cells.last_mut() {
                Some(cell) => cell.push_str(text),
                None => cells.push(text.to_string()),
            },
            None => self.line.push_str(text),
        }
    }

    fn space(&mut self) {
        match &mut self.cells {
            Some(cells) => {
                if let Some(cell) = cells.last_mut() {
                    cell.push(' ');
                }
            }
            None => self.line.push(' '),
        }
    }

    /// A block boundary: a new line outside a table row, a space inside a cell.
    fn block(&mut self) {
        if self.cells.is_some() {
            self.space();
        } else {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let text = collapse(&self.line);
        self.line.clear();
        if text.is_empty() {
            return;
        }
        let line = match self.prefix.take() {
            Some(p) if !(starts_with_number(&text) || p == "•" && text.starts_with(['•', '-', '·'])) => {
                format!("{p} {text}")
            }
            _ => text,
        };
        self.lines.push(line);
    }
}

/// HTML's white space: runs of spaces, tabs and newlines are one space; no-break spaces are kept.
fn collapse(text: &str) -> String {
    text.split([' ', '\t', '\n', '\r', '\u{c}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// An item whose text already has its number ("3. Vaststellen", "3a Verslag", "b) Brief") keeps it.
fn starts_with_number(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if c.is_alphabetic() => {
            matches!(chars.next(), Some('.' | ')')) && chars.next().is_none_or(char::is_whitespace)
        }
        _ => false,
    }
}

fn ordinal(n: i64, style: char) -> String {
    use super::docx::format_value;
    match style {
        'a' => format_value(n, "lowerLetter"),
        'A' => format_value(n, "upperLetter"),
        'i' => format_value(n, "lowerRoman"),
        'I' => format_value(n, "upperRoman"),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn lists_tables_and_headings_become_lines() {
        let page = r#"<!doctype html><html><head><title>x</title><style>p{}</style></head><body>
            <nav><a href="/">Home</a></nav><header>Gemeente Ede</header>
            <h1>Agenda raad 12&nbsp;maart</h1>
            <ol><li>Opening</li><li>Vaststellen &amp; agenda<ol type="a"><li>Brieven</li><li>Moties</li></ol></li>
                <li>3. Rondvraag</li></ol>
            <table><tr><th>Nr</th><th>Onderwerp</th></tr><tr><td>4</td><td><p>Begroting</p><p>2027</p></td></tr></table>
            <script>var x = "1. Not an item";</script><footer>Contact</footer></body></html>"#;
        assert_eq!(
            read(page),
            "Agenda raad 12\u{a0}maart\n1. Opening\n2. Vaststellen & agenda\na. Brieven\nb. Moties\n3. Rondvraag\n\
             Nr\tOnderwerp\n4\tBegroting 2027"
        );
    }

    #[test]
    fn a_break_in_a_cell_is_a_space_and_an_empty_item_leaves_no_number_behind() {
        assert_eq!(read("<table><tr><td>Agenda<br>punt</td><td>B</td></tr></table>"), "Agenda punt\tB");
        assert_eq!(read("<ol><li>Een</li><li></li></ol><p>Toelichting</p>"), "1. Een\nToelichting");
    }

    #[test]
    fn start_and_value_are_honoured() {
        assert_eq!(read("<ol start=\"5\"><li>E</li><li value=\"9\">I</li><li>J</li></ol>"), "5. E\n9. I\n10. J");
    }
}
