//! Escaping what a user typed so that every CommonMark/GFM parser, and pandoc's markdown, reads back the
//! same text and no markup.
//!
//! The rule: characters that start markup anywhere in a line are always backslash-escaped
//! (`\` `*` `[` `]` `<` `#` `|` `$` `@` `~` `^` `{` `}` `=`; a backquote becomes `&#96;`); characters that only matter in some
//! places are escaped there (`_` unless inside a word, `&` before a name or `#`, `:` before `//`, the `.` of
//! `www.`), and a line's first character or list-marker-like first word is escaped when it could open a
//! block (`- + > : %`, `1.`, `a)`, `iv.`, `(b)`).
//! Backslash escapes of ASCII punctuation are understood by CommonMark, GFM and pandoc alike.

/// Characters that open inline markup (or a block) wherever they stand, in CommonMark, GFM or pandoc.
fn always_escaped(c: char) -> bool {
    matches!(c, '\\' | '`' | '*' | '[' | ']' | '<' | '#' | '|' | '$' | '@' | '~' | '^' | '{' | '}' | '=')
}

/// Characters that open a block (list, quote, setext underline, definition, title block) at line start.
fn line_start_escaped(c: char) -> bool {
    matches!(c, '-' | '+' | '>' | ':' | '%')
}

/// A word that pandoc or CommonMark reads as an ordered-list number when followed by `.` or `)`:
/// digits, one ASCII letter (pandoc's fancy lists) or a roman numeral.
fn is_list_ordinal(word: &str) -> bool {
    !word.is_empty()
        && (word.bytes().all(|b| b.is_ascii_digit())
            || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()))
            || word.bytes().all(|b| b"ivxlcdm".contains(&b))
            || word.bytes().all(|b| b"IVXLCDM".contains(&b)))
}

/// The byte index of the punctuation to escape when the line starts like a list marker
/// ("1.", "a)", "iv.", "(b)"), followed by white space or the end of the line.
fn list_marker_punct(line: &str) -> Option<usize> {
    let first = line.split(char::is_whitespace).next().unwrap_or("");
    if let Some(inner) = first.strip_prefix('(').and_then(|w| w.strip_suffix(')')) {
        return is_list_ordinal(inner).then_some(0);
    }
    let last = first.chars().last()?;
    if (last == '.' || last == ')') && is_list_ordinal(&first[..first.len() - 1]) {
        return Some(first.len() - 1);
    }
    None
}

/// Escapes one line of text. `line_start`: the text begins a line where block markup could start
/// (a paragraph line, a list item's line, a metadata value); false inside headings, table cells and after
/// other inline content. Control characters are dropped and tabs become spaces; a line break in the input
/// becomes a space (callers split lines themselves).
pub fn escape_text(text: &str, line_start: bool) -> String {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\t' || *c == '\n')
        .map(|c| if c == '\t' || c == '\n' { ' ' } else { c })
        .collect();
    let cleaned: String = chars.iter().collect();
    let marker_at = if line_start { list_marker_punct(&cleaned) } else { None };
    // Pandoc turns "[ ] " or "[x] " at the start of a list item into a check box even when the brackets
    // are escaped; a space written as a character reference is not a Space to it.
    let task_box = line_start
        && chars.len() > 3
        && chars[0] == '['
        && matches!(chars[1], ' ' | 'x' | 'X')
        && chars[2] == ']'
        && chars[3] == ' ';
    let mut out = String::with_capacity(cleaned.len() + 8);
    let mut byte = 0;
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        let escape = always_escaped(c)
            || (line_start && i == 0 && line_start_escaped(c))
            || marker_at == Some(byte)
            || match c {
                '_' => !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)),
                '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
                ':' => chars.get(i + 1..i + 3) == Some(&['/', '/']),
                '.' => i >= 3 && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w')),
                _ => false,
            };
        // Pandoc looks for code spans across the lines of a list item before it reads escapes, so two
        // escaped backquotes on different lines can swallow a nested list; a character reference is a
        // backquote to every reader and starts no code span in any.
        if c == '`' {
            out.push_str("&#96;");
            byte += 1;
            continue;
        }
        if task_box && i == 3 {
            out.push_str("&#32;");
            byte += 1;
            continue;
        }
        if escape {
            out.push('\\');
        }
        out.push(c);
        byte += c.len_utf8();
    }
    out
}

/// A YAML double-quoted scalar. Only JSON-compatible escapes are used, so the value also reads as a JSON
/// string; characters YAML does not allow raw (C0/C1 controls, DEL, U+FEFF, U+FFFE/F) are \u-escaped.
pub fn yaml_quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}') => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_everywhere() {
        assert_eq!(escape_text("3 | 4 # *test*", false), r"3 \| 4 \# \*test\*");
        assert_eq!(escape_text("<b>[x](y)</b>", false), r"\<b>\[x\](y)\</b>");
        assert_eq!(escape_text(r"C:\map\", false), r"C:\\map\\");
        assert_eq!(
            escape_text("`code` $x$ @key ~s~ ^s^ {#id}", false),
            r"&#96;code&#96; \$x\$ \@key \~s\~ \^s\^ \{\#id\}"
        );
    }

    #[test]
    fn context_characters_only_where_they_matter() {
        assert_eq!(escape_text("memo_min_v6 _nadruk_", false), r"memo_min_v6 \_nadruk\_");
        assert_eq!(escape_text("R&D &amp; & x", false), r"R\&D \&amp; & x");
        assert_eq!(escape_text("https://x.nl Sheet 7: x", false), r"https\://x.nl Sheet 7: x");
        assert_eq!(escape_text("www.x.nl WWW.Y.NL", false), r"www\.x.nl WWW\.Y.NL");
        assert_eq!(escape_text("a = b == c", false), r"a \= b \=\= c");
    }

    #[test]
    fn block_starts_are_escaped_only_at_line_start() {
        assert_eq!(escape_text("- x", true), r"\- x");
        assert_eq!(escape_text("- x", false), "- x");
        assert_eq!(escape_text("> x", true), r"\> x");
        assert_eq!(escape_text("---", true), r"\---");
        assert_eq!(escape_text("===", true), r"\=\=\=");
        assert_eq!(escape_text(": def", true), r"\: def");
        assert_eq!(escape_text("+ x", true), r"\+ x");
    }

    #[test]
    fn list_marker_words_are_escaped() {
        assert_eq!(escape_text("1. Eerste", true), r"1\. Eerste");
        assert_eq!(escape_text("12) x", true), r"12\) x");
        assert_eq!(escape_text("a. x", true), r"a\. x");
        assert_eq!(escape_text("iv. x", true), r"iv\. x");
        assert_eq!(escape_text("(b) x", true), r"\(b) x");
        assert_eq!(escape_text("1.", true), r"1\.");
        // Ordinary words and numbers stay readable.
        assert_eq!(escape_text("Akkoord. Verder", true), "Akkoord. Verder");
        assert_eq!(escape_text("1.5 miljoen", true), "1.5 miljoen");
        assert_eq!(escape_text("(zie bijlage)", true), "(zie bijlage)");
        assert_eq!(escape_text("6. Voorstel", false), "6. Voorstel");
    }

    #[test]
    fn check_boxes_stay_text() {
        assert_eq!(escape_text("[ ] taak", true), r"\[ \]&#32;taak");
        assert_eq!(escape_text("[x] klaar", true), r"\[x\]&#32;klaar");
        assert_eq!(escape_text("[ ] taak", false), r"\[ \] taak");
    }

    #[test]
    fn controls_dropped_and_unicode_kept() {
        assert_eq!(escape_text("a\u{7}b\tc", false), "ab c");
        assert_eq!(escape_text("مرحبا 😀 e\u{301}", true), "مرحبا 😀 e\u{301}");
    }

    #[test]
    fn yaml_values_are_quoted_json_compatible() {
        assert_eq!(yaml_quote(r#"a: "b" \ c"#), r#""a: \"b\" \\ c""#);
        assert_eq!(yaml_quote("x\ny\u{85}"), r#""x\ny\u0085""#);
        let back: String = serde_json::from_str(&yaml_quote("é # : ' \u{1}")).unwrap();
        assert_eq!(back, "é # : ' \u{1}");
    }
}
