//! The memo as a document of plain text blocks. Text here is literal, never markdown: the markdown
//! writer is the one place that adds markup and escapes text, so nothing typed can become markup.

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emph(String),
    /// A line break inside the block.
    Break,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem {
    /// Nesting level, 0 at the top; never more than one deeper than the item before.
    pub level: usize,
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
    /// Relative width, as pandoc reads it from the dashes under the header.
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
    /// A bullet list. Two lists never follow each other directly (markdown would join them).
    List(Vec<ListItem>),
    /// One line of plain text per cell.
    Table {
        columns: Vec<Column>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Memo {
    /// Metadata for the YAML front matter (title, date, author, classification, lang), in order.
    pub front_matter: Vec<(&'static str, String)>,
    pub blocks: Vec<Block>,
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Inline {
        Inline::Text(s.into())
    }
}
