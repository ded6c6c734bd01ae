//! The bottom line: the message of the moment, or the few keys that matter now.

use crate::tui::app::App;
use crate::tui::cells::fit;
use crate::tui::command::Command;
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
        Some(s) => {
            // A message longer than the line says where it can be read whole: the message log.
            let text = if crate::tui::cells::width(&s.text) > w && w > 8 {
                format!("{} (M)", fit(&s.text, w - 4))
            } else {
                fit(&s.text, w)
            };
            Line::styled(text, if s.error { theme::error() } else { theme::good() })
        }
        None => {
            // Help and quit stay in sight at the right; the screen's own keys fill the rest from the left.
            let (always, own): (Vec<_>, Vec<_>) = bindings(app.mode())
                .into_iter()
                .filter(|b| b.status)
                .partition(|b| matches!(b.command, Command::Help | Command::Quit));
            let spans_of = |list: &[crate::tui::keymap::Binding]| -> Vec<Span<'static>> {
                let mut spans = Vec::new();
                for bd in list {
                    spans.push(Span::styled(keys_label(&bd.keys[..1]), theme::key()));
                    spans.push(Span::raw(format!(" {}  ", app.t(bd.label))));
                }
                spans
            };
            let right = Line::from(spans_of(&always));
            let right_w = (right.width() as u16).min(area.width);
            let left_area = Rect { width: area.width - right_w, ..area };
            let right_area = Rect { x: area.x + area.width - right_w, width: right_w, ..area };
            // Whole keys only: a key cut in half ("Esc ter") reads as a different key.
            // The way back (Esc) is never crowded out by the keys before it: no screen without an exit in sight.
            let width_of = |bd: &crate::tui::keymap::Binding| -> usize {
                spans_of(std::slice::from_ref(bd)).iter().map(|s| s.width()).sum()
            };
            let back_w = own.iter().find(|b| b.command == Command::Back).map_or(0, width_of);
            let mut left = Vec::new();
            let mut used = 0;
            let mut back_shown = false;
            let mut full = false;
            for bd in &own {
                let is_back = bd.command == Command::Back;
                let entry_w = width_of(bd);
                let reserve = if is_back || back_shown { 0 } else { back_w };
                if full && !is_back {
                    continue;
                }
                if used + entry_w + reserve > left_area.width as usize {
                    full = true;
                    if !is_back {
                        continue;
                    }
                    if used + entry_w > left_area.width as usize {
                        break;
                    }
                }
                back_shown |= is_back;
                used += entry_w;
                left.extend(spans_of(std::slice::from_ref(bd)));
            }
            Line::from(left).render(left_area, buf);
            right.render(right_area, buf);
            return;
        }
    };
    line.render(area, buf);
}
