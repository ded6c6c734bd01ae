//! One page's characters, as pdf-extract places them, into lines: characters on the same baseline form a
//! line, lines go from the top down, and a wide gap between characters becomes a tab (a table's columns).

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    end: f64,
    y: f64,
    size: f64,
    text: String,
}

#[derive(Default)]
struct Collector {
    page_height: f64,
    glyphs: Vec<Glyph>,
}

/// A page with more glyphs than this is no agenda page (a drawing turned to text?); the rest is dropped.
const MAX_GLYPHS: usize = 200_000;

impl OutputDev for Collector {
    fn begin_page(&mut self, _: u32, media_box: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> {
        self.page_height = media_box.ury;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        ch: &str,
    ) -> Result<(), OutputError> {
        if self.glyphs.len() >= MAX_GLYPHS {
            return Ok(());
        }
        // The size as rendered: the text matrix scales the font size (often size 1 and a scaled matrix).
        let sx = font_size * (trm.m11 + trm.m21);
        let sy = font_size * (trm.m12 + trm.m22);
        let size = (sx * sy).abs().sqrt();
        let size = if size.is_finite() && size > 0.1 { size } else { 10.0 };
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        if !x.is_finite() || !y.is_finite() {
            return Ok(());
        }
        let w = if width.is_finite() { width * size } else { 0.0 };
        self.glyphs.push(Glyph { x, end: x + w.max(0.0), y, size, text: ch.to_string() });
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A line as printed: its text and where it stands, so that a paragraph wrapped over lines can be joined.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    /// Where the line's first word ends: it did not fit on the line before, if that one was wrapped.
    pub first_word_end: f64,
}

pub(super) fn page_lines(doc: &lopdf::Document, number: u32) -> Result<Vec<Line>, OutputError> {
    let mut collector = Collector::default();
    pdf_extract::output_doc_page(doc, &mut collector, number)?;
    Ok(lines(collector.glyphs))
}

/// Lines that a word processor wrapped become one line again: a line is the continuation of the one
/// above when the first word on it would not have fitted there (the line above reaches the right edge of
/// the text), it sits right below at the same size, is no table row and starts no numbered item.
pub(super) fn join_wrapped(lines: Vec<Line>) -> Vec<String> {
    let right = lines.iter().filter(|l| !l.text.contains('\t')).map(|l| l.x1).fold(f64::MIN, f64::max);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let joins = out.last().is_some_and(|prev| {
            let size = prev.size.max(line.size);
            let word = line.first_word_end - line.x0;
            (prev.size - line.size).abs() < 0.15 * size
                && line.y - prev.y > 0.0
                && line.y - prev.y < 1.7 * size
                && prev.x1 + 0.25 * size + word > right - 0.5 * size
                && line.x0 >= prev.x0 - 0.5 * size
                && !prev.text.contains('\t')
                && !line.text.contains('\t')
                && !starts_like_an_item(&line.text)
        });
        match out.last_mut() {
            Some(prev) if joins => {
                if prev.text.ends_with('-') && line.text.starts_with(char::is_lowercase) {
                    prev.text.pop();
                } else {
                    prev.text.push(' ');
                }
                prev.text.push_str(&line.text);
                prev.x1 = line.x1;
                prev.y = line.y;
            }
            _ => out.push(line),
        }
    }
    out.into_iter().map(|l| l.text).collect()
}

/// A list number at the start of a line: "10.", "4a.", "b)".
fn is_marker(text: &str) -> bool {
    let Some(body) = text.strip_suffix(['.', ')']) else { return false };
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let rest = &body[digits..];
    (1..=3).contains(&digits) && rest.chars().count() <= 1 && rest.chars().all(|c| c.is_ascii_lowercase())
        || digits == 0 && rest.chars().count() == 1 && rest.chars().all(char::is_alphabetic)
}

/// "3.", "3a", "b.", "II", "•": the start of a new item, not the rest of a title.
fn starts_like_an_item(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    let bare = first.trim_end_matches(['.', ')', ':']);
    first.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '•' | '-' | '–' | '·' | '▪' | '○'))
        || (bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic) && first.len() > bare.len())
        || (!bare.is_empty() && bare.chars().all(|c| "IVXLC".contains(c)) && bare.len() <= 4 && first != "I")
}

fn lines(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs.retain(|g| !g.text.is_empty());
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            // A superscript or a slightly lower baseline still belongs to the line.
            Some(row) if (g.y - row[0].y).abs() < row[0].size.min(g.size) * 0.5 => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter().map(line_of).filter(|l| !l.text.trim().is_empty()).collect()
}

fn line_of(mut row: Vec<Glyph>) -> Line {
    row.sort_by(|a, b| a.x.total_cmp(&b.x));
    let visible: Vec<&Glyph> = row.iter().filter(|g| !g.text.trim().is_empty()).collect();
    let x0 = visible.first().map_or(0.0, |g| g.x);
    let x1 = visible.iter().map(|g| g.end).fold(x0, f64::max);
    let y = row.iter().map(|g| g.y).fold(f64::MIN, f64::max);
    let size = visible.iter().map(|g| g.size).fold(0.0, f64::max);
    // The first word ends where a space or a gap wider than a space follows.
    let mut first_word_end = x1;
    for pair in visible.windows(2) {
        if pair[0].text.ends_with(' ') || pair[1].x - pair[0].end > pair[1].size * 0.15 {
            first_word_end = pair[0].end;
            break;
        }
    }
    Line { text: join_row(&row), x0, x1, y, size, first_word_end }
}

fn join_row(row: &[Glyph]) -> String {
    let mut out = String::new();
    let mut last_end: Option<f64> = None;
    for g in row {
        if let Some(end) = last_end {
            let gap = g.x - end;
            let ends_in_space = out.ends_with([' ', '\t']);
            if gap > g.size * 3.0 {
                while out.ends_with(' ') {
                    out.pop();
                }
                if !out.ends_with('\t') {
                    out.push('\t');
                }
            } else if (gap > g.size * 0.15 || is_marker(&out) && g.text.starts_with(char::is_alphabetic))
                && !ends_in_space
                && g.text != " "
            {
                // A number wider than its hanging indent runs into the title ("10.Aanbesteding"): Word
                // shows a gap there, so the line gets one.
                out.push(' ');
            }
        }
        if g.text == " " && out.ends_with([' ', '\t']) {
            last_end = Some(last_end.map_or(g.end, |e: f64| e.max(g.end)));
            continue;
        }
        out.push_str(&g.text);
        last_end = Some(last_end.map_or(g.end, |e: f64| e.max(g.end)));
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(x: f64, y: f64, text: &str) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + i as f64 * 6.0,
                end: x + (i + 1) as f64 * 6.0,
                y,
                size: 12.0,
                text: c.to_string(),
            })
            .collect()
    }

    #[test]
    fn lines_go_top_down_and_gaps_become_spaces_and_tabs() {
        let mut glyphs = word(100.0, 300.0, "Mededelingen");
        glyphs.extend(word(72.0, 300.5, "2."));
        glyphs.extend(word(72.0, 200.0, "1."));
        glyphs.extend(word(100.0, 200.0, "Opening"));
        glyphs.extend(word(400.0, 200.0, "Voorzitter"));
        let texts: Vec<String> = lines(glyphs).into_iter().map(|l| l.text).collect();
        assert_eq!(texts, vec!["1. Opening\tVoorzitter", "2. Mededelingen"]);
    }

    #[test]
    fn a_wrapped_title_is_joined_and_a_short_line_is_not() {
        let mut glyphs = word(72.0, 100.0, "3.");
        glyphs.extend(word(90.0, 100.0, "Verslagen"));
        glyphs.extend(word(72.0, 114.0, "a."));
        glyphs.extend(word(90.0, 114.0, "Verslag van de vergadering van 24 september (ter"));
        glyphs.extend(word(90.0, 128.0, "vaststelling)"));
        glyphs.extend(word(72.0, 142.0, "b."));
        glyphs.extend(word(90.0, 142.0, "Lijst van toezeggingen"));
        glyphs.extend(word(72.0, 156.0, "4."));
        glyphs.extend(word(90.0, 156.0, "Begroting 2027 en meerjarenraming 2028-2030 (ter"));
        glyphs.extend(word(90.0, 170.0, "besluitvorming)"));
        assert_eq!(
            join_wrapped(lines(glyphs)),
            vec![
                "3. Verslagen",
                "a. Verslag van de vergadering van 24 september (ter vaststelling)",
                "b. Lijst van toezeggingen",
                "4. Begroting 2027 en meerjarenraming 2028-2030 (ter besluitvorming)"
            ]
        );
    }
}
