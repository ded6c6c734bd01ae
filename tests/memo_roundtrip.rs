//! Hostile text through the memo: whatever a user typed, pulldown-cmark and comrak (GFM) read back the same
//! text in the same structure as the memo document holds, and an unescaped writer fails the same check.
//!
//! The check: the memo document (`memo_document`) and the parsed markdown are both reduced to an outline,
//! one line per block: "H2 text" headings, "P text" paragraphs, "L0 text" list items with their nesting
//! level, "T a¦b¦c" table rows. Bold and italic show as private-use markers, a line break as "\n", and any
//! other markup (links, code, HTML, quotes, rules, footnotes, math…) as a marker that the document never
//! has. White space is normalised only by collapsing runs to one space and trimming around line breaks.

mod memo_fixture;

use annoteer::memo::{memo_document, render_memo, Block, Inline, ListKind, Memo};
use memo_fixture::outline::*;
use memo_fixture::record_with_text_everywhere;
use proptest::prelude::*;

// ---- pulldown-cmark ----

/// Text goes into the open table cell, else the open block.
#[derive(Default)]
struct Collector {
    out: Vec<String>,
    current: Option<String>,
    cell: Option<String>,
}

impl Collector {
    fn add(&mut self, s: &str) {
        match (&mut self.cell, &mut self.current) {
            (Some(cell), _) => cell.push_str(s),
            (None, Some(block)) => block.push_str(s),
            (None, None) => self.current = Some(format!("?ORPHAN {s}")),
        }
    }

    fn push(&mut self) {
        if let Some(c) = self.current.take() {
            let (head, text) = c.split_once(' ').unwrap_or((&c, ""));
            self.out.push(format!("{head} {}", norm(text)).trim_end().to_string());
        }
    }
}

fn pulldown_outline(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_SUPERSCRIPT
        | Options::ENABLE_SUBSCRIPT
        | Options::ENABLE_WIKILINKS;
    let mut c = Collector::default();
    let mut lists = 0usize;
    let mut in_metadata = false;
    let mut row: Vec<String> = Vec::new();
    let mut item_paragraphs = 0usize;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            _ if in_metadata => {}
            Event::Start(Tag::Heading { level, .. }) => c.current = Some(format!("H{} ", level as usize)),
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = c.current.as_mut() {
                    *h = h.replace('\n', " ");
                }
                c.push();
            }
            Event::Start(Tag::Paragraph) if lists > 0 => {
                item_paragraphs += 1;
                if item_paragraphs > 1 {
                    c.add("\u{E020}");
                }
            }
            Event::Start(Tag::Paragraph) => c.current = Some("P ".into()),
            Event::End(TagEnd::Paragraph) if lists == 0 => c.push(),
            Event::End(TagEnd::Paragraph) => {}
            Event::Start(Tag::List(start)) => {
                c.push();
                if start.is_some() {
                    c.out.push("ORDERED".into());
                }
                lists += 1;
            }
            Event::End(TagEnd::List(_)) => lists -= 1,
            Event::Start(Tag::Item) => {
                c.push();
                c.current = Some(format!("L{} ", lists - 1));
                item_paragraphs = 0;
            }
            Event::End(TagEnd::Item) => c.push(),
            Event::Start(Tag::Table(_)) | Event::End(TagEnd::Table) => {}
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => row.clear(),
            Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                c.out.push(table_row(row.drain(..)));
            }
            Event::Start(Tag::TableCell) => c.cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.push(c.cell.take().unwrap_or_default()),
            Event::Start(Tag::Strong) => c.add(&STRONG.0.to_string()),
            Event::End(TagEnd::Strong) => c.add(&STRONG.1.to_string()),
            Event::Start(Tag::Emphasis) => c.add(&EMPH.0.to_string()),
            Event::End(TagEnd::Emphasis) => c.add(&EMPH.1.to_string()),
            Event::Text(t) => c.add(&t),
            Event::SoftBreak => c.add(" "),
            Event::HardBreak => c.add("\n"),
            Event::Start(
                tag @ (Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition),
            ) => {
                c.push();
                c.out.push(format!("BLOCK {tag:?}"));
            }
            Event::Start(_) => c.add(OTHER),
            Event::End(_) => {}
            Event::Rule => {
                c.push();
                c.out.push("RULE".into());
            }
            other => c.add(&format!("{OTHER}{other:?}")),
        }
    }
    c.push();
    c.out
}

// ---- comrak (GFM) ----

fn comrak_options() -> comrak::Options<'static> {
    let mut o = comrak::Options::default();
    o.extension.table = true;
    o.extension.strikethrough = true;
    o.extension.autolink = true;
    o.extension.tasklist = true;
    o.extension.footnotes = true;
    o.extension.front_matter_delimiter = Some("---".into());
    o.extension.description_lists = true;
    o.extension.math_dollars = true;
    o.extension.superscript = true;
    // Not GFM, but a common extension: "==x==" must not become highlighted text.
    o.extension.highlight = true;
    o
}

fn comrak_outline(md: &str) -> Vec<String> {
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, md, &comrak_options());
    let mut out = Vec::new();
    for child in root.children() {
        comrak_block(child, 0, &mut out);
    }
    out
}

fn comrak_block<'a>(node: &'a comrak::nodes::AstNode<'a>, level: usize, out: &mut Vec<String>) {
    use comrak::nodes::NodeValue;
    let value = node.data().value.clone();
    match value {
        NodeValue::FrontMatter(_) => {}
        NodeValue::Heading(h) => out.push(format!("H{} {}", h.level, norm(&comrak_inline(node)).replace('\n', " "))),
        NodeValue::Paragraph => out.push(format!("P {}", norm(&comrak_inline(node))).trim_end().to_string()),
        NodeValue::List(l) => {
            if l.list_type == comrak::nodes::ListType::Ordered {
                out.push("ORDERED".into());
            }
            for item in node.children() {
                let mut text = String::new();
                let mut paragraphs = 0;
                let mut flushed = false;
                for part in item.children() {
                    match part.data().value.clone() {
                        NodeValue::Paragraph => {
                            paragraphs += 1;
                            if paragraphs > 1 {
                                text.push('\u{E020}');
                            }
                            text.push_str(&comrak_inline(part));
                        }
                        NodeValue::List(_) => {
                            if !flushed {
                                out.push(format!("L{level} {}", norm(&text)).trim_end().to_string());
                                flushed = true;
                            }
                            comrak_block(part, level + 1, out);
                        }
                        other => out.push(format!("BLOCK {other:?}")),
                    }
                }
                if !flushed {
                    out.push(format!("L{level} {}", norm(&text)).trim_end().to_string());
                }
            }
        }
        NodeValue::Table(_) => {
            for row in node.children() {
                out.push(table_row(row.children().map(comrak_inline)));
            }
        }
        other => out.push(format!("BLOCK {other:?}")),
    }
}

fn comrak_inline<'a>(node: &'a comrak::nodes::AstNode<'a>) -> String {
    use comrak::nodes::NodeValue;
    let mut s = String::new();
    for child in node.children() {
        let value = child.data().value.clone();
        match value {
            NodeValue::Text(t) => s.push_str(&t),
            NodeValue::SoftBreak => s.push(' '),
            NodeValue::LineBreak => s.push('\n'),
            NodeValue::Strong => s.push_str(&format!("{}{}{}", STRONG.0, comrak_inline(child), STRONG.1)),
            NodeValue::Emph => s.push_str(&format!("{}{}{}", EMPH.0, comrak_inline(child), EMPH.1)),
            other => s.push_str(&format!("{OTHER}{other:?}{}", comrak_inline(child))),
        }
    }
    s
}

// ---- the unescaped control ----

/// The same document written without any escaping: what a naive exporter would produce.
fn naive_markdown(memo: &Memo) -> String {
    fn inlines(content: &[Inline], indent: &str) -> String {
        let mut s = String::new();
        for piece in content {
            match piece {
                Inline::Text(t) => s.push_str(t),
                Inline::Strong(t) => s.push_str(&format!("**{t}**")),
                Inline::Emph(t) => s.push_str(&format!("*{t}*")),
                Inline::Break => s.push_str(&format!("\\\n{indent}")),
            }
        }
        s
    }
    let mut out = String::from("---\n");
    for (k, v) in &memo.front_matter() {
        out.push_str(&format!("{k}: {v}\n"));
    }
    out.push_str("---\n");
    for block in &memo.blocks {
        out.push('\n');
        match block {
            Block::Heading { level, content } => {
                out.push_str(&format!("{} {}\n", "#".repeat(*level), inlines(content, "")))
            }
            Block::Para(content) => out.push_str(&format!("{}\n", inlines(content, ""))),
            Block::List(items) => {
                for item in items {
                    let indent = "    ".repeat(item.level);
                    let marker = if item.kind == ListKind::Numbered { "1. " } else { "- " };
                    out.push_str(&format!("{indent}{marker}{}\n", inlines(&item.content, &format!("{indent}  "))));
                }
            }
            Block::Marking(text) => out.push_str(&format!("**{text}**\n")),
            Block::Fields(fields) => {
                let lines: Vec<String> = fields.iter().map(|(l, v)| format!("**{l}** {v}")).collect();
                out.push_str(&format!("{}\n", lines.join("\\\n")));
            }
            Block::Table { columns, rows } => {
                out.push_str(&format!("| {} |\n", columns.iter().map(|c| c.title).collect::<Vec<_>>().join(" | ")));
                out.push_str(&format!("|{}|\n", vec!["---"; columns.len()].join("|")));
                for row in rows {
                    out.push_str(&format!("| {} |\n", row.join(" | ")));
                }
            }
        }
    }
    out
}

// ---- the checks ----

/// Why the markdown does not read back as the document, for the first parser that disagrees.
fn mismatch(memo: &Memo, md: &str) -> Option<String> {
    let expected = memo_outline(memo);
    for (name, got) in [("pulldown-cmark", pulldown_outline(md)), ("comrak", comrak_outline(md))] {
        if got != expected {
            let at = expected.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(expected.len().min(got.len()));
            return Some(format!(
                "{name} differs at block {at}:\n  expected {:?}\n  got      {:?}\n(expected {} blocks, got {})",
                expected.get(at),
                got.get(at),
                expected.len(),
                got.len()
            ));
        }
    }
    None
}

/// The YAML values (JSON-compatible double-quoted strings), each read as markdown as pandoc does.
fn front_matter_mismatch(memo: &Memo, md: &str) -> Option<String> {
    let body = md.strip_prefix("---\n")?;
    let (yaml, _) = body.split_once("\n---\n")?;
    for line in yaml.lines() {
        let (key, quoted) = line.split_once(": ")?;
        let value: String = serde_json::from_str(quoted).ok()?;
        let front_matter = memo.front_matter();
        let expected = front_matter.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())?;
        let expected = norm(&annoteer::text::clean_line(expected));
        for got in [pulldown_outline(&value), comrak_outline(&value)] {
            if got != vec![format!("P {expected}")] {
                return Some(format!("front matter {key}: expected {expected:?}, read back {got:?}"));
            }
        }
    }
    None
}

fn check(text: &str) -> Result<(), String> {
    let record = record_with_text_everywhere(text);
    let memo = memo_document(&record);
    let md = render_memo(&record);
    if let Some(why) = mismatch(&memo, &md).or_else(|| front_matter_mismatch(&memo, &md)) {
        return Err(format!("{why}\n--- markdown ---\n{md}"));
    }
    // The document holds exactly what was typed: the title as the item heading and a table cell.
    let title = norm(&annoteer::text::clean_line(text));
    let heading = memo_outline(&memo).into_iter().find(|l| l.starts_with("H2 1.")).unwrap_or_default();
    if heading.trim_end() != format!("H2 1. {title}").trim_end() {
        return Err(format!("heading {heading:?} does not hold the title {title:?}"));
    }
    Ok(())
}

#[test]
fn hostile_texts_read_back_unchanged_in_both_parsers() {
    for (text, _) in HOSTILE {
        if let Err(why) = check(text) {
            panic!("text {text:?}:\n{why}");
        }
    }
}

#[test]
fn an_unescaped_memo_fails_the_same_check() {
    let mut failed = 0;
    for (text, naive_breaks) in HOSTILE {
        let record = record_with_text_everywhere(text);
        let memo = memo_document(&record);
        let broken = mismatch(&memo, &naive_markdown(&memo)).is_some();
        if *naive_breaks {
            assert!(broken, "the unescaped memo should not survive {text:?}");
            failed += 1;
        }
    }
    assert!(failed >= 20);
    // The control is only meaningful if the naive writer is right about harmless text.
    let record = record_with_text_everywhere("Voorstel voor effectmeting");
    let memo = memo_document(&record);
    assert_eq!(mismatch(&memo, &naive_markdown(&memo)), None);
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=20000 for a deeper run.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn generated_hostile_texts_read_back_unchanged(text in hostile_text()) {
        if let Err(why) = check(&text) {
            prop_assert!(false, "text {:?}:\n{}", text, why);
        }
    }
}

/// Promise 8: exactly 1,000 distinct generated hostile texts (from a fixed seed, so every run checks the
/// same ones) through the memo: 0 structural differences when pulldown-cmark and comrak read it back. The
/// same texts written without escaping must break in large numbers, or the check would prove nothing.
#[test]
fn promise_8_one_thousand_generated_hostile_texts_read_back_with_0_structural_differences() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    const TEXTS: usize = 1_000;
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = hostile_text();
    let mut seen = std::collections::HashSet::new();
    let mut texts = Vec::new();
    while texts.len() < TEXTS {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        if !text.trim().is_empty() && seen.insert(text.clone()) {
            texts.push(text);
        }
    }
    let mut differences = Vec::new();
    let mut naive_broken = 0;
    for text in &texts {
        if let Err(why) = check(text) {
            differences.push(format!("text {text:?}:\n{why}"));
        }
        let record = record_with_text_everywhere(text);
        let memo = memo_document(&record);
        if mismatch(&memo, &naive_markdown(&memo)).is_some() {
            naive_broken += 1;
        }
    }
    eprintln!(
        "promise 8: {} generated hostile texts, {} structural differences; unescaped control: {naive_broken} broken",
        texts.len(),
        differences.len()
    );
    assert_eq!(texts.len(), TEXTS);
    assert!(differences.is_empty(), "{} of {TEXTS} differ; the first:\n{}", differences.len(), differences[0]);
    assert!(naive_broken * 2 > TEXTS, "the unescaped control broke only {naive_broken} of {TEXTS}");
}
