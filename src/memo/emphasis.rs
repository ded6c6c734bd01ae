//! `*italic*` and `**bold**` in the long texts (annotation, advice, notes, talking points).
//!
//! Recognised only where every CommonMark parser and pandoc agree it is emphasis: the opening asterisks
//! stand at the start of the line, after a space or after `(`, `"` or `'`, and touch a non-space; the
//! closing ones touch a non-space and are followed by the end, a space or `. , ; : ! ? ) " '`; no
//! asterisk lies between them. Any other asterisk is text (the markdown writer escapes it).

use super::model::Inline;

fn may_open_after(prev: Option<char>) -> bool {
    matches!(prev, None | Some(' ' | '\t' | '(' | '"' | '\''))
}

fn may_close_before(next: Option<char>) -> bool {
    matches!(next, None | Some(' ' | '\t' | '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\''))
}

/// Where the emphasis opened at `open` (with `width` asterisks) closes: the index of the closing run.
fn closing(chars: &[char], open: usize, width: usize) -> Option<usize> {
    let start = open + width;
    let first = *chars.get(start)?;
    if first.is_whitespace() || first == '*' {
        return None;
    }
    let close = start + chars[start..].iter().position(|&c| c == '*')?;
    let run = chars[close..].iter().take_while(|&&c| c == '*').count();
    let last = chars[close - 1];
    (run == width && close > start && !last.is_whitespace() && may_close_before(chars.get(close + width).copied()))
        .then_some(close)
}

/// One line of a long text as text, italic and bold runs.
pub fn inline_runs(line: &str) -> Vec<Inline> {
    let chars: Vec<char> = line.chars().collect();
    let mut runs = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '*' && may_open_after(i.checked_sub(1).map(|p| chars[p])) {
            let run = chars[i..].iter().take_while(|&&c| c == '*').count();
            if run <= 2 {
                if let Some(close) = closing(&chars, i, run) {
                    if !text.is_empty() {
                        runs.push(Inline::Text(std::mem::take(&mut text)));
                    }
                    let inner: String = chars[i + run..close].iter().collect();
                    runs.push(if run == 2 { Inline::Strong(inner) } else { Inline::Emph(inner) });
                    i = close + run;
                    continue;
                }
            }
            // Not emphasis: the whole run is text, so no single asterisk of it opens later.
            text.extend(&chars[i..i + run]);
            i += run;
            continue;
        }
        text.push(chars[i]);
        i += 1;
    }
    if !text.is_empty() {
        runs.push(Inline::Text(text));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use Inline::*;

    fn t(s: &str) -> Inline {
        Text(s.into())
    }

    #[test]
    fn the_seeds_emphasis_is_recognised() {
        assert_eq!(
            inline_runs("Huisvesting **korte** termijn:"),
            vec![t("Huisvesting "), Strong("korte".into()), t(" termijn:")]
        );
        assert_eq!(
            inline_runs("wat het MIT *precies* gaat doen"),
            vec![t("wat het MIT "), Emph("precies".into()), t(" gaat doen")]
        );
        assert_eq!(inline_runs("(*zie* bijlage)"), vec![t("("), Emph("zie".into()), t(" bijlage)")]);
        assert_eq!(inline_runs("**Let op**: x"), vec![Strong("Let op".into()), t(": x")]);
    }

    #[test]
    fn anything_doubtful_is_text() {
        for s in [
            "3 * 4 * 5",
            "a*b*c",
            "*x *",
            "* x*",
            "*x*y",
            "***x***",
            "**x*",
            "*x**",
            "*a*b*",
            "**",
            "*",
            "x.*y*",
            "*x* * y*",
        ] {
            let runs = inline_runs(s);
            let is_text = runs.iter().all(|r| matches!(r, Text(_)));
            assert!(is_text || s == "*x* * y*", "{s:?} gave {runs:?}");
        }
        assert_eq!(inline_runs("*x* * y*"), vec![Emph("x".into()), t(" * y*")]);
    }
}
