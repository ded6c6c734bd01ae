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

pub(super) fn page_lines(doc: &lopdf::Document, number: u32) -> Result<Vec<String>, OutputError> {
    let mut collector = Collector::default();
    pdf_extract::output_doc_page(doc, &mut collector, number)?;
    Ok(lines(collector.glyphs))
}

fn lines(mut glyphs: Vec<Glyph>) -> Vec<String> {
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
    rows.into_iter().map(join_row).filter(|l| !l.trim().is_empty()).collect()
}

fn join_row(mut row: Vec<Glyph>) -> String {
    row.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut out = String::new();
    let mut last_end: Option<f64> = None;
    for g in &row {
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
            } else if gap > g.size * 0.15 && !ends_in_space && g.text != " " {
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
        assert_eq!(lines(glyphs), vec!["1. Opening\tVoorzitter", "2. Mededelingen"]);
    }
}
