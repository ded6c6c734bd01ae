//! The bottom line: the message of the moment, or the few keys that matter now.

use crate::tui::app::App;
use crate::tui::cells::fit;
use crate::tui::keymap::{bindings, keys_label};
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let w = area.width as usize;
    let line = match &app.status {
        Some(s) => Line::styled(fit(&s.text, w), if s.error { theme::error() } else { theme::good() }),
        None => {
            let mut spans = Vec::new();
            for bd in bindings(app.mode()).into_iter().filter(|b| b.status) {
                spans.push(Span::styled(keys_label(&bd.keys[..1]), theme::key()));
                spans.push(Span::raw(format!(" {}  ", app.t(bd.label))));
            }
            Line::from(spans)
        }
    };
    line.render(area, buf);
}
