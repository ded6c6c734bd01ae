//! Text measured in terminal cells, so that wide characters (CJK, emoji) keep columns aligned.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// At most `max` cells of `s`; "…" marks a cut. Control characters are dropped, so nothing moves the cursor.
pub fn fit(s: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let clean: String = s.chars().filter(|c| !c.is_control()).collect();
    if width(&clean) <= max {
        return clean;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Exactly `cells` wide: cut with "…" or padded with spaces.
pub fn pad(s: &str, cells: usize) -> String {
    let mut out = fit(s, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// Right-aligned in exactly `cells`.
pub fn pad_left(s: &str, cells: usize) -> String {
    let cut = fit(s, cells);
    let w = width(&cut);
    let mut out: String = std::iter::repeat_n(' ', cells.saturating_sub(w)).collect();
    out.push_str(&cut);
    out
}

/// The first line of a text, for one-line previews.
pub fn first_line(s: &str) -> &str {
    s.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_are_cut_and_padded_by_cells() {
        assert_eq!(pad("会议纪要", 5), "会议…");
        assert_eq!(width(&pad("会议纪要", 5)), 5);
        assert_eq!(width(&pad("ab👍", 6)), 6);
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abcdef", 1), "…");
        assert_eq!(pad_left("7", 3), "  7");
    }
}
