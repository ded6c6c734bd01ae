//! Cleaning what a user types or pastes before it is stored.

/// Direction overrides and isolates can make text read differently from how it is stored.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One line: no control characters, no direction overrides, tabs and line breaks as spaces, trimmed.
pub fn clean_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\t' || c == '\n' || c == '\r' || c == '\u{a0}' {
            out.push(' ');
        } else if !c.is_control() && !is_bidi_control(c) {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Several lines: line breaks normalised to \n, other control characters and direction overrides removed,
/// trailing white space of the whole text trimmed.
pub fn clean_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' || c == '\t' || (!c.is_control() && !is_bidi_control(c)) {
            out.push(c);
        }
    }
    out.trim_end().to_string()
}

/// Talking points from text: one per non-empty line, a leading bullet marker dropped. A plain first line
/// followed by marked lines is a lead-in and its bullets: then the marks are kept, so that the lead-in
/// stays one (`talking_points_lead`) and the field reads back as typed (F4).
pub fn points_from_text(text: &str) -> Vec<String> {
    let clean = clean_text(text);
    let lines: Vec<&str> = clean.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let marked = |t: &str| t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ");
    let lead_in = lines.len() > 1 && !marked(lines[0]) && lines[1..].iter().any(|l| marked(l));
    lines
        .into_iter()
        .map(|t| {
            let t = if lead_in { t } else { without_bullet(t) };
            clean_line(t)
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// Lower case without accents, so that "Financiën" and "financien" are one word.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ÿ' | 'ý' => 'y',
            other => other,
        })
        .collect()
}

/// Talking points typed as a lead-in line and bullets ("Mocht er een gesprek ontstaan:", "- nulmeting …"):
/// the plain first line is the lead-in when a later line starts with a bullet mark; otherwise every line is
/// a point. Returns the lead-in and the points (F4).
pub fn talking_points_lead(points: &[String]) -> (Option<&str>, &[String]) {
    let bullet = |p: &str| {
        let t = p.trim_start();
        t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ")
    };
    match points.split_first() {
        Some((first, rest)) if !bullet(first) && rest.iter().any(|p| bullet(p)) => (Some(first.as_str()), rest),
        _ => (None, points),
    }
}

/// A talking point without the bullet mark typed before it.
pub fn without_bullet(point: &str) -> &str {
    let t = point.trim_start();
    ["- ", "* ", "• "].iter().find_map(|m| t.strip_prefix(m)).unwrap_or(point)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_loses_controls_and_overrides() {
        assert_eq!(clean_line("  a\u{202E}b\u{0007}c\td\n "), "abc d");
        assert_eq!(clean_line("مرحبا"), "مرحبا");
    }

    #[test]
    fn text_keeps_paragraphs() {
        assert_eq!(clean_text("a\r\n\r\nb\u{0}\n- c \n\n"), "a\n\nb\n- c");
    }

    #[test]
    fn points_drop_bullets_and_blanks() {
        assert_eq!(
            points_from_text("- Sheet 7: x\n\n* Sheet 10\nSheet 39"),
            vec!["Sheet 7: x", "Sheet 10", "Sheet 39"]
        );
    }
}
