//! What structure a user's multi-line text keeps in the memo: paragraphs, line breaks and (numbered) lists.
//!
//! - A blank line separates paragraphs.
//! - A line starting with `-`, `*`, `+`, `•` or `–` and a space is a bullet; indenting it further than the
//!   bullet above nests it one level deeper. Blank lines between bullets do not end the list.
//! - A line starting with a number and `.` or `)` and a space ("1. ", "2) ") is a numbered item, when it
//!   starts a list at 1 or follows the number before it; it nests by indentation as a bullet does.
//! - An indented line directly under a list item continues that item on a new line.
//! - Any other line break is kept as a line break.
//!
//! Everything else (emphasis, links, headings, tables, HTML) is text and is escaped.
//! White space at the start and end of each line is not kept.

use super::model::ListKind;

/// How deep lists may nest; deeper items stay at this level.
const MAX_LEVEL: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prose {
    /// The lines of one paragraph, each trimmed and non-empty.
    Para(Vec<String>),
    /// List items in order: nesting level (0 = top), bullet or number, and the item's lines.
    List(Vec<(usize, ListKind, Vec<String>)>),
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

/// The number and text when the (trimmed) line starts like a numbered item: "1. ", "12) ".
fn numbered_content(trimmed: &str) -> Option<(u32, &str)> {
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = trimmed[digits..].strip_prefix(['.', ')'])?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let content = rest.trim();
    let number = trimmed[..digits].parse().ok()?;
    (!content.is_empty()).then_some((number, content))
}

/// The width of a line's leading white space, a tab counting as four.
fn indent_width(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

/// The open list levels: each one's indent and the number of its last item (None after a bullet).
struct Levels(Vec<(usize, Option<u32>)>);

impl Levels {
    /// How many open levels an item at `indent` keeps, and whether it opens one more.
    fn place(&self, indent: usize) -> (usize, bool) {
        let mut keep = self.0.len();
        while keep > 1 && indent < self.0[keep - 1].0 {
            keep -= 1;
        }
        (keep, indent > self.0[keep - 1].0 && keep <= MAX_LEVEL)
    }
}

/// Splits a user's text into paragraphs and lists by the rules above.
pub fn parse_prose(text: &str) -> Vec<Prose> {
    let text = crate::text::clean_text(text);
    let mut blocks: Vec<Prose> = Vec::new();
    let mut levels = Levels(Vec::new());
    let mut after_blank = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        let indent = indent_width(line);
        let in_list = matches!(blocks.last(), Some(Prose::List(_)));
        let marker = match (bullet_content(trimmed), numbered_content(trimmed)) {
            (Some(content), _) => Some((ListKind::Bullet, None, content)),
            (None, Some((number, content))) => Some((ListKind::Numbered, Some(number), content)),
            (None, None) => None,
        };
        // A number only counts as a list item when it starts a list at 1 or follows the number before
        // it at the same level: "2021. Dat jaar" or a lone "3. x" stays text.
        let item = marker.and_then(|(kind, number, content)| {
            let (keep, push) = if in_list { levels.place(indent) } else { (0, true) };
            let follows = match number {
                None | Some(1) => true,
                Some(n) => !push && levels.0[keep - 1].1 == Some(n - 1),
            };
            follows.then_some((kind, number, content, keep, push))
        });
        if let Some((kind, number, content, keep, push)) = item {
            if !in_list {
                levels.0.clear();
                blocks.push(Prose::List(Vec::new()));
            }
            levels.0.truncate(keep);
            if push {
                levels.0.push((indent, number));
            } else if let Some(last) = levels.0.last_mut() {
                last.1 = number;
            }
            if let Some(Prose::List(items)) = blocks.last_mut() {
                items.push((levels.0.len() - 1, kind, vec![content.to_string()]));
            }
        } else {
            match blocks.last_mut() {
                Some(Prose::List(items)) if !after_blank && indent > 0 => {
                    if let Some((_, _, lines)) = items.last_mut() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use ListKind::*;

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
                    (0, Bullet, vec!["Sheet 7: zelfstandige entiteit".into()]),
                    (0, Bullet, vec!["Sheet 10: mandaten".into(), "en bevoegdheden".into()]),
                    (0, Bullet, vec!["Sheet 39: aantallen".into()]),
                ]),
                para(&["Deze punten laten zien"]),
            ]
        );
    }

    #[test]
    fn nesting_follows_indentation_one_level_at_a_time() {
        let text = "- a\n        - b\n  - c\n- d\n\t- e";
        let Prose::List(items) = &parse_prose(text)[0] else { panic!("expected a list") };
        let levels: Vec<usize> = items.iter().map(|(l, _, _)| *l).collect();
        assert_eq!(levels, vec![0, 1, 1, 0, 1]);
    }

    #[test]
    fn nesting_is_capped() {
        let text = (0..10).map(|i| format!("{}- x{i}", " ".repeat(i * 2))).collect::<Vec<_>>().join("\n");
        let Prose::List(items) = &parse_prose(&text)[0] else { panic!("expected a list") };
        assert_eq!(items.iter().map(|(l, _, _)| *l).max(), Some(MAX_LEVEL));
    }

    #[test]
    fn markers_without_space_or_text_are_text() {
        assert_eq!(
            parse_prose("-x\n-\n*nadruk*\n1.5 miljoen\n1.x"),
            vec![para(&["-x", "-", "*nadruk*", "1.5 miljoen", "1.x"])]
        );
    }

    #[test]
    fn typed_numbers_become_a_numbered_list_only_when_they_count_from_one() {
        assert_eq!(
            parse_prose("Besluitpunten:\n1. eerste\n2) tweede\n   - toelichting\n3. derde"),
            vec![
                para(&["Besluitpunten:"]),
                Prose::List(vec![
                    (0, Numbered, vec!["eerste".into()]),
                    (0, Numbered, vec!["tweede".into()]),
                    (1, Bullet, vec!["toelichting".into()]),
                    (0, Numbered, vec!["derde".into()]),
                ]),
            ]
        );
        assert_eq!(parse_prose("2021. Dat jaar\n3. x"), vec![para(&["2021. Dat jaar", "3. x"])]);
        // A number that skips one is text: it continues the item above.
        assert_eq!(
            parse_prose("1. a\n  3. b"),
            vec![Prose::List(vec![(0, Numbered, vec!["a".into(), "3. b".into()])])]
        );
        assert_eq!(
            parse_prose("- a\n  1. b\n  2. c"),
            vec![Prose::List(vec![
                (0, Bullet, vec!["a".into()]),
                (1, Numbered, vec!["b".into()]),
                (1, Numbered, vec!["c".into()])
            ])]
        );
    }

    #[test]
    fn unindented_line_after_a_bullet_is_a_paragraph() {
        assert_eq!(parse_prose("- a\nb"), vec![Prose::List(vec![(0, Bullet, vec!["a".into()])]), para(&["b"])]);
    }
}
