//! A scrolled list of prepared lines with one highlighted: the body of every list screen.

use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// The first row shown so that `selected` is on screen, a little context kept above it.
pub fn offset(selected: usize, height: usize, total: usize) -> usize {
    if height == 0 || total <= height {
        return 0;
    }
    let context = (height / 4).min(3);
    let max = total - height;
    selected.saturating_sub(height.saturating_sub(1 + context)).min(max)
}

pub fn render(lines: Vec<Line<'_>>, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let height = area.height as usize;
    let start = offset(selected.unwrap_or(0), height, lines.len());
    for (i, line) in lines.into_iter().skip(start).take(height).enumerate() {
        let row = Rect { x: area.x, y: area.y + i as u16, width: area.width, height: 1 };
        if Some(start + i) == selected {
            buf.set_style(row, theme::selected());
        }
        line.render(row, buf);
    }
}
