//! Text into WordprocessingML: escaped, and without the characters XML 1.0 cannot hold at all (a stray
//! control character would make Word refuse the whole file).

/// Whether XML 1.0 allows the character in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Appends `text` escaped for element content or a double-quoted attribute.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if allowed(c) && !c.is_control() => out.push(c),
            // Tabs and line breaks inside one run of text are white space in the memo's model.
            '\t' | '\n' | '\r' => out.push(' '),
            _ => {}
        }
    }
}

pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_impossible_characters_dropped() {
        assert_eq!(escaped("3 < 4 & \"x\" > y"), "3 &lt; 4 &amp; &quot;x&quot; &gt; y");
        assert_eq!(escaped("a\u{0}b\u{1b}c\u{FFFE}d\u{FFFF}e\u{85}f"), "abcdef");
        assert_eq!(escaped("tab\there\nline"), "tab here line");
        assert_eq!(escaped("مرحبا 😀 e\u{301}"), "مرحبا 😀 e\u{301}");
    }
}
