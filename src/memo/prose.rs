//! What structure a user's multi-line text keeps in the memo: paragraphs, line breaks and bullet lists.
//!
//! - A blank line separates paragraphs.
//! - A line starting with `-`, `*`, `+`, `•` or `–` and a space is a bullet; indenting it further than the
//!   bullet above nests it one level deeper. Blank lines between bullets do not end the list.
//! - An indented line directly under a bullet continues that bullet on a new line.
//! - Any other line break is kept as a line break.
//!
//! Everything else (emphasis, links, headings, numbered lists, tables, HTML) is text and is escaped.
//! White space at the start and end of each line is not kept.

/// How deep bullets may nest; deeper ones stay at this level.
const MAX_LEVEL: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prose {
    /// The lines of one paragraph, each trimmed and non-empty.
    Para(Vec<String>),
    /// Bullets in order: nesting level (0 = top) and the bullet's lines.
    List(Vec<(usize, Vec<String>)>),
}

/// The bullet's text when the (trimmed) line is a bullet with content.
pub fn bullet_content(trimmed: &str) -> Option<&str> {
    let mut chars = trimmed.chars();
    let marker = chars.next()?;
    if !matches!(marker, '-' | '*' | '+' | '•' | '–') {
        return None;
    }
    let rest = chars.as_str();
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let content = rest.trim();
    (!content.is_empty()).then_some(content)
}

/// The width of a line's leading white space, a tab counting as four.
fn indent_width(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

/// Splits a user's text into paragraphs and bullet lists by the rules above.
pub fn parse_prose(text: &str) -> Vec<Prose> {
    let text = crate::text::clean_text(text);
    let mut blocks: Vec<Prose> = Vec::new();
    // Indents of the open list levels, outermost first.
    let mut indents: Vec<usize> = Vec::new();
    let mut after_blank = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        let indent = indent_width(line);
        if let Some(content) = bullet_content(trimmed) {
            let level = match blocks.last() {
                Some(Prose::List(_)) => {
                    while indents.len() > 1 && indent < *indents.last().unwrap_or(&0) {
                        indents.pop();
                    }
                    if indent > *indents.last().unwrap_or(&0) && indents.len() <= MAX_LEVEL {
                        indents.push(indent);
                    }
                    indents.len() - 1
                }
                _ => {
                    indents = vec![indent];
                    blocks.push(Prose::List(Vec::new()));
                    0
                }
            };
            if let Some(Prose::List(items)) = blocks.last_mut() {
                items.push((level, vec![content.to_string()]));
            }
        } else {
            match blocks.last_mut() {
                Some(Prose::List(items)) if !after_blank && indent > 0 => {
                    if let Some((_, lines)) = items.last_mut() {
                        lines.push(trimmed.to_string());
                    }
                }
                Some(Prose::Para(lines)) if !after_blank => lines.push(trimmed.to_string()),
                _ => blocks.push(Prose::Para(vec![trimmed.to_string()])),
            }
        }
        after_blank = false;
    }
    blocks
}

/// The lines of a one-field text that is shown as one list item (a talking point): trimmed, non-empty.
pub fn item_lines(text: &str) -> Vec<String> {
    crate::text::clean_text(text).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(lines: &[&str]) -> Prose {
        Prose::Para(lines.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn paragraphs_and_line_breaks() {
        assert_eq!(parse_prose("a\nb\n\n\nc  \n"), vec![para(&["a", "b"]), para(&["c"])]);
        assert_eq!(parse_prose("  \n\t\n"), vec![]);
    }

    #[test]
    fn the_advisers_bullets_become_a_list() {
        let text = "Mocht er een gesprek ontstaan:\n- Sheet 7: zelfstandige entiteit\n- Sheet 10: mandaten\n  en bevoegdheden\n\n- Sheet 39: aantallen\nDeze punten laten zien";
        assert_eq!(
            parse_prose(text),
            vec![
                para(&["Mocht er een gesprek ontstaan:"]),
                Prose::List(vec![
                    (0, vec!["Sheet 7: zelfstandige entiteit".into()]),
                    (0, vec!["Sheet 10: mandaten".into(), "en bevoegdheden".into()]),
                    (0, vec!["Sheet 39: aantallen".into()]),
                ]),
                para(&["Deze punten laten zien"]),
            ]
        );
    }

    #[test]
    fn nesting_follows_indentation_one_level_at_a_time() {
        let text = "- a\n        - b\n  - c\n- d\n\t- e";
        let Prose::List(items) = &parse_prose(text)[0] else { panic!("expected a list") };
        let levels: Vec<usize> = items.iter().map(|(l, _)| *l).collect();
        assert_eq!(levels, vec![0, 1, 1, 0, 1]);
    }

    #[test]
    fn nesting_is_capped() {
        let text = (0..10).map(|i| format!("{}- x{i}", " ".repeat(i * 2))).collect::<Vec<_>>().join("\n");
        let Prose::List(items) = &parse_prose(&text)[0] else { panic!("expected a list") };
        assert_eq!(items.iter().map(|(l, _)| *l).max(), Some(MAX_LEVEL));
    }

    #[test]
    fn markers_without_space_or_text_are_text() {
        assert_eq!(parse_prose("-x\n-\n*nadruk*"), vec![para(&["-x", "-", "*nadruk*"])]);
        assert_eq!(parse_prose("1. eerste\n2. tweede"), vec![para(&["1. eerste", "2. tweede"])]);
    }

    #[test]
    fn unindented_line_after_a_bullet_is_a_paragraph() {
        assert_eq!(parse_prose("- a\nb"), vec![Prose::List(vec![(0, vec!["a".into()])]), para(&["b"])]);
    }
}
