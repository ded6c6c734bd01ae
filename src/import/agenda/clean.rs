//! Word, PDF, HTML and markdown leftovers taken off one line, so that the parser sees the words.
//! Every step looks ahead a bounded number of bytes, so a line is cleaned in linear time.

/// How far a `<tag>` or `&entity;` may reach; past it, the `<` or `&` is text.
const TAG_REACH: usize = 300;
const ENTITY_REACH: usize = 10;
/// Stand-ins (private-use characters, dropped from the input) for an escaped `*` and `_`.
const ESCAPED_STAR: char = '\u{e000}';
const ESCAPED_UNDERSCORE: char = '\u{e001}';

/// The text of one cell or line as the parser reads it: tags, entities, emphasis markers, escapes,
/// odd spaces and control characters gone, white space collapsed, trimmed.
pub(crate) fn tidy(raw: &str) -> String {
    let mut spaced = String::with_capacity(raw.len());
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let b = bytes[i];
        if b == b'<' {
            if let Some(end) = tag_end(bytes, i) {
                spaced.push(' ');
                i = end + 1;
                continue;
            }
        } else if b == b'&' {
            if let Some((text, end)) = entity(bytes, i) {
                spaced.push_str(text);
                i = end + 1;
                continue;
            }
        } else if b == b'\\' && i + 1 < raw.len() && bytes[i + 1].is_ascii_punctuation() {
            // A markdown escape ("1\." in an exported memo) stands for the character itself; an escaped
            // `*` or `_` is text, so it is kept out of the emphasis markers' way until they are gone.
            spaced.push(match bytes[i + 1] {
                b'*' => ESCAPED_STAR,
                b'_' => ESCAPED_UNDERSCORE,
                other => other as char,
            });
            i += 2;
            continue;
        }
        let c = raw[i..].chars().next().unwrap_or(' ');
        match c {
            '\t' | '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2002}'..='\u{200a}' | '\u{3000}' => spaced.push(' '),
            '\u{200b}'..='\u{200d}' | '\u{feff}' | '\u{ad}' | '\u{2060}' | ESCAPED_STAR | ESCAPED_UNDERSCORE => {}
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            // Line and paragraph separators, odd spaces: the store trims them, so they must not make a title.
            c if c.is_control() || c.is_whitespace() => spaced.push(' '),
            c => spaced.push(c),
        }
        i += c.len_utf8();
    }
    let unmarked = drop_emphasis(&spaced).replace(ESCAPED_STAR, "*").replace(ESCAPED_UNDERSCORE, "_");
    let mut out = String::with_capacity(unmarked.len());
    for word in unmarked.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    strip_heading_marks(&out).to_string()
}

/// The index of the `>` closing an HTML tag that starts at `start`, when it is one.
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let next = *bytes.get(start + 1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
        return None;
    }
    let limit = (start + TAG_REACH).min(bytes.len());
    (start + 1..limit).find(|&j| bytes[j] == b'>' || bytes[j] == b'<').filter(|&j| bytes[j] == b'>')
}

fn entity(bytes: &[u8], start: usize) -> Option<(&'static str, usize)> {
    let limit = (start + ENTITY_REACH).min(bytes.len());
    let end = (start + 1..limit).find(|&j| bytes[j] == b';')?;
    let name = std::str::from_utf8(&bytes[start + 1..end]).ok()?;
    let text = match name {
        "nbsp" | "#160" | "ensp" | "emsp" | "thinsp" => " ",
        "amp" | "#38" => "&",
        "lt" | "#60" => "<",
        "gt" | "#62" => ">",
        "quot" | "#34" => "\"",
        "apos" | "#39" => "'",
        "ndash" | "#8211" => "–",
        "mdash" | "#8212" => "—",
        _ => return None,
    };
    Some((text, end))
}

/// Bold and italic markers (`**`, `__`, a `*` or `_` at a word's edge) carry no words.
fn drop_emphasis(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '*' || c == '_' {
            let mut j = i;
            while j < chars.len() && chars[j] == c {
                j += 1;
            }
            let run = j - i;
            let before = if i == 0 { None } else { Some(chars[i - 1]) };
            let after = chars.get(j).copied();
            let at_edge = before.is_none_or(|b| !b.is_alphanumeric()) || after.is_none_or(|a| !a.is_alphanumeric());
            // `_` inside a file name (memo_min.v6) is text; `**` anywhere is a marker.
            if (c == '*' && (run >= 2 || at_edge)) || (c == '_' && at_edge && run <= 3) {
                i = j;
                continue;
            }
            for _ in 0..run {
                out.push(c);
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A markdown heading's `#` marks (`## 3. Title`).
fn strip_heading_marks(text: &str) -> &str {
    let rest = text.trim_start_matches('#');
    if rest.len() < text.len() && (rest.is_empty() || rest.starts_with(' ')) {
        rest.trim_start()
    } else {
        text
    }
}

/// A list bullet in front of the words (`- `, `• `, Word's `o `), up to three deep.
pub(crate) fn strip_bullets(text: &str) -> &str {
    let mut t = text;
    for _ in 0..3 {
        let mut chars = t.chars();
        let Some(first) = chars.next() else { return t };
        let is_bullet = matches!(
            first,
            '-' | '*'
                | '•'
                | '◦'
                | '▪'
                | '■'
                | '□'
                | '·'
                | '–'
                | '—'
                | 'o'
                | '\u{f0b7}'
                | '➢'
                | '►'
                | '>'
                | '+'
                | '○'
                | '●'
        );
        if is_bullet && chars.next() == Some(' ') {
            t = t[first.len_utf8() + 1..].trim_start();
        } else {
            return t;
        }
    }
    t
}

/// A table's ruling (`---|---`, `===`) holds no words.
pub(crate) fn is_ruling(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().any(|c| c == '-' || c == '=' || c == '_')
        && t.chars().all(|c| matches!(c, '-' | '=' | '_' | ':' | '|' | '+' | ' ' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_go_words_stay() {
        assert_eq!(tidy("4. **Programmaplan 2022**"), "4. Programmaplan 2022");
        assert_eq!(tidy("*Mondelinge toelichting (PGT)*"), "Mondelinge toelichting (PGT)");
        assert_eq!(tidy("<p>Opdracht aan LE</p>\u{a0}&amp; meer"), "Opdracht aan LE & meer");
        assert_eq!(tidy("## 3\\. Titel"), "3. Titel");
        assert_eq!(tidy("3 \\| 4 \\# \\*test\\* a\\_b \u{e000}"), "3 | 4 # *test* a_b");
        assert_eq!(tidy("memo_min.v6.docx a*b"), "memo_min.v6.docx a*b");
        assert_eq!(tidy("a < b en c > d"), "a < b en c > d");
        assert_eq!(tidy("\u{feff}1.\tOpening\u{200b}"), "1. Opening");
    }

    #[test]
    fn bullets_and_rulings() {
        assert_eq!(strip_bullets("- o MIT heeft"), "MIT heeft");
        assert_eq!(strip_bullets("• 1. Opening"), "1. Opening");
        assert_eq!(strip_bullets("overleg"), "overleg");
        assert!(is_ruling("---\t---\t---"));
        assert!(is_ruling("|:---|---:|"));
        assert!(!is_ruling("- punt"));
    }
}
