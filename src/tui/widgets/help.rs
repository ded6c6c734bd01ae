//! `?`: every key of the screen underneath, with what it does.

use super::dialogs::centered;
use crate::locale::Ui;
use crate::tui::app::App;
use crate::tui::cells::pad;
use crate::tui::keymap::{bindings, keys_label};
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

pub fn lines(app: &App) -> Vec<(String, String)> {
    let under = match &app.overlay {
        Some(crate::tui::overlays::Overlay::HelpOver(o)) => Some(o.mode()),
        _ => None,
    };
    let mode = under.or_else(|| app.editor.as_ref().map(|e| e.mode())).unwrap_or_else(|| app.screen_mode());
    let mut lines: Vec<(String, String)> =
        bindings(mode).into_iter().map(|b| (keys_label(&b.keys), app.t(b.label).to_string())).collect();
    // The keys the text itself takes (editor::text_key), which no table lists.
    if app.editor.is_some() || under == Some(crate::tui::keymap::Mode::EditLine) {
        use crate::locale::PolishUi::*;
        for (keys, w) in [("Ctrl-U", KeyDeleteToStart), ("Ctrl-Z", KeyUndoTyping), ("← → Home End", KeyMoveInText)]
        {
            lines.push((keys.to_string(), app.t(Ui::Polish(w)).to_string()));
        }
    }
    lines
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let entries = lines(app);
    let key_w = entries.iter().map(|(k, _)| crate::tui::cells::width(k)).max().unwrap_or(0).min(20);
    let text: Text = entries
        .iter()
        .map(|(k, d)| {
            Line::from(vec![Span::styled(pad(k, key_w), theme::key()), Span::raw("  "), Span::raw(d.clone())])
        })
        .collect::<Vec<_>>()
        .into();
    let height = entries.len().min(500) as u16 + 2;
    let widest = entries.iter().map(|(_, d)| crate::tui::cells::width(d)).max().unwrap_or(0);
    let width = (key_w + 2 + widest + 2).min(500) as u16;
    let r = centered(area, width.max(30), height);
    Clear.render(r, buf);
    // Scrolling past the end would show an empty box; the key list stops at its last line.
    let visible = r.height.saturating_sub(2) as usize;
    let last_top = entries.len().saturating_sub(visible);
    let top = (app.help_scroll as usize).min(last_top);
    let mut block =
        Block::default().borders(Borders::ALL).border_style(theme::border_focus()).title(app.t(Ui::HelpTitle));
    if top < last_top {
        block = block.title_bottom(Line::styled(app.t(Ui::HelpMore), theme::key()).right_aligned());
    }
    Paragraph::new(text).block(block).scroll((top as u16, 0)).render(r, buf);
}
