//! The outline both sides of a round trip are reduced to, and the hostile texts fed through the memo.
//!
//! One line per block: "H2 text" headings, "P text" paragraphs, "L0 text" list items with their nesting
//! level, "T a¦b¦c" table rows. Bold and italic show as private-use markers, a line break as "\n", and any
//! other markup (links, code, HTML, quotes, rules, footnotes, math…) as a marker that the document never
//! has. White space is normalised only by collapsing runs to one space and trimming around line breaks.

use annoteer::memo::{place_items, Block, Inline, ListKind, Memo};
use proptest::prelude::*;

pub const STRONG: (char, char) = ('\u{E001}', '\u{E002}');
pub const EMPH: (char, char) = ('\u{E003}', '\u{E004}');
pub const CELL: char = '\u{E000}';
pub const OTHER: &str = "\u{E010}";

pub fn norm(s: &str) -> String {
    let lines: Vec<String> = s.split('\n').map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    lines.into_iter().filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

// ---- the document's own outline ----

pub fn inline_outline(content: &[Inline]) -> String {
    let mut s = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => s.push_str(t),
            Inline::Strong(t) if !t.trim().is_empty() => s.push_str(&format!("{}{}{}", STRONG.0, t.trim(), STRONG.1)),
            Inline::Emph(t) if !t.trim().is_empty() => s.push_str(&format!("{}{}{}", EMPH.0, t.trim(), EMPH.1)),
            Inline::Strong(_) | Inline::Emph(_) => {}
            Inline::Break => s.push('\n'),
        }
    }
    norm(&s)
}

pub fn memo_outline(memo: &Memo) -> Vec<String> {
    let mut out = Vec::new();
    for block in &memo.blocks {
        match block {
            Block::Heading { level, content } => {
                out.push(format!("H{level} {}", inline_outline(content).replace('\n', " ")))
            }
            Block::Para(content) => {
                let t = inline_outline(content);
                if !t.is_empty() {
                    out.push(format!("P {t}"));
                }
            }
            Block::List(items) => list_outline(items, &mut out),
            Block::Table { columns, rows } => table_outline(columns, rows, &mut out),
            Block::Marking(text) => {
                let t = inline_outline(&[Inline::Strong(text.clone())]);
                if !t.is_empty() {
                    out.push(format!("P {t}"));
                }
            }
            Block::Fields(fields) => {
                let mut content = Vec::new();
                for (label, value) in fields {
                    if !content.is_empty() {
                        content.push(Inline::Break);
                    }
                    content.push(Inline::Strong(label.to_string()));
                    content.push(Inline::Text(format!(" {value}")));
                }
                out.push(format!("P {}", inline_outline(&content)));
            }
        }
    }
    out
}

/// The outline a Word document of the memo should have: the title first, the classification not in the
/// body (it is in the page header and footer), each header field a paragraph of its own.
pub fn docx_expected_outline(memo: &Memo) -> Vec<String> {
    let mut out = Vec::new();
    let title = norm(&memo.meta.title);
    if !title.is_empty() {
        out.push(format!("TITLE {title}"));
    }
    for block in &memo.blocks {
        match block {
            Block::Marking(_) => {}
            Block::Fields(fields) => {
                for (label, value) in fields {
                    let t = inline_outline(&[Inline::Strong(label.to_string()), Inline::Text(format!(" {value}"))]);
                    out.push(format!("P {t}"));
                }
            }
            // Word sets the titles of a table in bold.
            Block::Table { columns, rows } => {
                out.push(table_row(columns.iter().map(|c| format!("{}{}{}", STRONG.0, c.title, STRONG.1))));
                for row in rows {
                    out.push(table_row((0..columns.len()).map(|i| row.get(i).cloned().unwrap_or_default())));
                }
            }
            other => {
                let one = Memo { meta: memo.meta.clone(), blocks: vec![other.clone()] };
                out.extend(memo_outline(&one));
            }
        }
    }
    out
}

/// "ORDERED" before the first item of each numbered list (as the parsers report a list's start), then one
/// line per item with its level.
fn list_outline(items: &[annoteer::memo::ListItem], out: &mut Vec<String>) {
    for item in place_items(items) {
        let t = inline_outline(item.content);
        if t.is_empty() {
            continue;
        }
        if item.kind == ListKind::Numbered && item.starts_list {
            out.push("ORDERED".into());
        }
        out.push(format!("L{} {t}", item.level));
    }
}

fn table_outline(columns: &[annoteer::memo::Column], rows: &[Vec<String>], out: &mut Vec<String>) {
    out.push(table_row(columns.iter().map(|c| c.title.to_string())));
    for row in rows {
        out.push(table_row((0..columns.len()).map(|i| row.get(i).cloned().unwrap_or_default())));
    }
}

pub fn table_row(cells: impl Iterator<Item = String>) -> String {
    let cells: Vec<String> = cells.map(|c| norm(&c.replace('\n', " "))).collect();
    format!("T {}", cells.join(&CELL.to_string()))
}

/// Texts an adviser might type or paste, and whether an unescaped memo would mangle them.
pub const HOSTILE: &[(&str, bool)] = &[
    ("3 | 4 # *test*", true),
    ("# x", true),
    ("Titel #", true),
    ("> citaat", true),
    ("- Sheet 7: zelfstandige entiteit", true),
    ("1. Eerste punt", true),
    ("a) optie", false),
    ("*nadruk* en **vet** en _ook_", true),
    ("Huisvesting **korte** termijn: wat het MIT *precies* gaat doen (*zie* bijlage).", false),
    ("3 * 4 * 5 en a*b*c en *x*y en ***x*** en **x*", true),
    ("*x.*y en *(a)*b", false),
    ("`code` en ``dubbel``", true),
    ("<b>vet</b> <script>alert(1)</script>", true),
    ("[x](y) en ![img](z.png)", true),
    ("www.x.nl en https://politie.nl en naam@politie.nl", true),
    ("regel\n---", true),
    ("regel\n===", true),
    ("eind met backslash\\", true),
    ("\\", true),
    ("مرحبا بالعالم (rechts-naar-links) עברית", false),
    ("emoji 😀 👩‍👩‍👧 🇳🇱", false),
    ("Sheet 7: x\n- Sheet 10: y\n  vervolg\n\n- Sheet 39\n    - genest\n\nNieuwe alinea", false),
    ("&amp; &#35; &copy;", true),
    ("$x$ en $$y$$", true),
    ("~~weg~~ ^sup^ ~sub~", true),
    ("[^1] voetnoot\n\n[^1]: tekst", true),
    ("| a | b |\n|---|---|\n| 1 | 2 |", true),
    ("    ingesprongen code", false),
    ("```\nfence\n```", true),
    ("term\n: definitie", true),
    ("***", true),
    ("- [ ] taak", true),
    ("{#id .klasse}", false),
    ("@citaat [@doe99]", false),
    ("\u{A0}- x met nbsp", false),
    ("x\u{7}y\u{0}z\u{202E}omgekeerd", false),
    ("\"aanhalingstekens\" en 'enkele' -- ... ", false),
];

/// Pieces from which hostile texts are made: every character or sequence that means something somewhere.
pub const ALPHABET: &[&str] = &[
    "#",
    ">",
    "-",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "a. ",
    "(i) ",
    "|",
    "*",
    "**",
    "_",
    "__",
    "`",
    "```",
    "~",
    "~~",
    "^",
    "<b>",
    "</b>",
    "<!--",
    "[x](y)",
    "[",
    "]",
    "(",
    ")",
    "!",
    "www.x.nl",
    "http://x.nl",
    "a@b.nl",
    "@",
    "&",
    "&amp;",
    "&#35;",
    "$",
    "$$",
    "{",
    "}",
    "{#id}",
    ":",
    ": ",
    "=",
    "==",
    "---",
    "===",
    "***",
    "\\",
    "\\\n",
    "\n",
    "\n\n",
    "\n- ",
    "\n  - ",
    "\n    ",
    " ",
    "  ",
    "\t",
    "\u{A0}",
    "a",
    "b",
    "Sheet 7",
    "1",
    ".",
    ")",
    "'",
    "\"",
    "مرحبا",
    "שלום",
    "😀",
    "👩‍👩‍👧",
    "é",
    "\u{200F}",
    "%",
    "[^1]",
    "[ ]",
    "*a*",
    "**b**",
    "(*a*)",
    " *a* ",
    "*a *",
    "**a**.",
];

pub fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..14).prop_map(|pieces| pieces.concat())
}
