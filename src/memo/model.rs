//! The memo as a document of plain text blocks. Text here is literal, never markdown: each writer is the
//! one place that adds its markup and escapes text, so nothing typed can become markup.

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emph(String),
    /// A line break inside the block.
    Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Bullet,
    /// Numbered 1, 2, 3 … from 1 at the start of each list (the user typed "1.", "2." …).
    Numbered,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem {
    /// Nesting level, 0 at the top; never more than one deeper than the item before.
    pub level: usize,
    pub kind: ListKind,
    pub content: Vec<Inline>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: &'static str,
    pub align: Align,
    /// Relative width (pandoc reads it from the dashes under the header; Word from the grid).
    pub width: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Level 1 to 6; the content holds no line breaks.
    Heading {
        level: usize,
        content: Vec<Inline>,
    },
    Para(Vec<Inline>),
    /// A list. Two lists never follow each other directly (markdown would join them).
    List(Vec<ListItem>),
    /// One line of plain text per cell; the first row (the titles) repeats on every page in Word.
    Table {
        columns: Vec<Column>,
        rows: Vec<Vec<String>>,
    },
    /// The classification: in bold on its own line in markdown; in Word it stands in the page header
    /// and footer instead.
    Marking(String),
    /// The memo's header ("Aan", "Van", "Datum", "Betreft"): a label and one line of text each.
    Fields(Vec<(&'static str, String)>),
}

/// What the document says about itself: Word's document properties, markdown's front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The visible title ("Geannoteerde agenda"), at the top of the document.
    pub title: String,
    /// What it is about, in full, for the file's properties ("Stuurgroep MIT, donderdag 24 maart 2022").
    pub subject: String,
    pub author: String,
    /// The meeting's date, ISO; Word's created and modified times come from it, so the same data gives
    /// the same bytes.
    pub date: String,
    pub classification: String,
    /// "nl-NL".
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Memo {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

impl Memo {
    /// The YAML front matter, in order. Only keys that pandoc does not print in the document: the title
    /// (printed once, as the title), subject and classification (document properties), language. Author
    /// and date stand in the header block ("Van", "Datum"), so they are not repeated here.
    pub fn front_matter(&self) -> Vec<(&'static str, String)> {
        vec![
            ("title", self.meta.title.clone()),
            ("subject", self.meta.subject.clone()),
            ("classification", self.meta.classification.clone()),
            ("lang", self.meta.lang.clone()),
        ]
    }
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Inline {
        Inline::Text(s.into())
    }
}

/// A list item as every writer places it: blank items left out, the level never more than one below the
/// item before, and where a new list (of its kind, at its level) starts with its number in that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed<'a> {
    pub level: usize,
    pub kind: ListKind,
    pub content: &'a [Inline],
    /// The first item of a list at this level: markdown and Word both start counting again here.
    pub starts_list: bool,
    /// 1, 2, 3 … within its list.
    pub number: usize,
}

/// Whether inline content shows nothing once white space is trimmed.
pub fn is_blank(content: &[Inline]) -> bool {
    content.iter().all(|i| match i {
        Inline::Text(s) | Inline::Strong(s) | Inline::Emph(s) => s.chars().all(|c| c.is_whitespace() || c.is_control()),
        Inline::Break => true,
    })
}

pub fn place_items(items: &[ListItem]) -> Vec<Placed<'_>> {
    let mut out = Vec::with_capacity(items.len());
    // The list open at each level: its kind and how many items it has so far.
    let mut open: Vec<(ListKind, usize)> = Vec::new();
    for item in items.iter().filter(|i| !is_blank(&i.content)) {
        let level = item.level.min(open.len());
        open.truncate(level + 1);
        let (starts_list, number) = match open.get_mut(level) {
            Some((kind, count)) if *kind == item.kind => {
                *count += 1;
                (false, *count)
            }
            _ => {
                open.truncate(level);
                open.push((item.kind, 1));
                (true, 1)
            }
        };
        out.push(Placed { level, kind: item.kind, content: &item.content, starts_list, number });
    }
    out
}
