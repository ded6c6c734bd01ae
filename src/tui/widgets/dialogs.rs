//! The small windows: a question, a choice, a prompt, the drafts found at start.

use crate::locale::Ui;
use crate::tui::cells::{fit, width};
use crate::tui::overlays::{Confirm, DraftOffer, Picker, Prompt};
use crate::tui::screen::Look;
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

/// A rectangle of at most `w`×`h` in the middle of `area`, never larger than it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

fn frame(title: &str, r: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(r, buf);
    let block = Block::default().borders(Borders::ALL).border_style(theme::border_focus()).title(title.to_string());
    let inner = block.inner(r);
    block.render(r, buf);
    inner
}

/// The message log: every message of this session, newest first, wrapped so that a long one reads whole.
pub fn messages(look: &Look, list: &[(String, bool)], area: Rect, buf: &mut Buffer) {
    let r = centered(area, area.width.saturating_sub(4).min(100), area.height.saturating_sub(2));
    let inner = frame(look.t(Ui::MessagesTitle), r, buf);
    let lines: Vec<Line> = if list.is_empty() {
        vec![Line::styled(look.t(Ui::NoMessages), theme::dim())]
    } else {
        list.iter()
            .rev()
            .map(|(text, error)| Line::styled(format!("• {text}"), if *error { theme::error() } else { theme::good() }))
            .collect()
    };
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}

pub fn confirm(look: &Look, c: &Confirm, area: Rect, buf: &mut Buffer) {
    // User text (a title of any length) is in the question: sizes are worked out in usize, then capped.
    let qw = width(&c.question);
    let w = (qw + 4).clamp(30, 70) as u16;
    let lines_needed = (qw / (w as usize - 4) + 4).min(20) as u16;
    let r = centered(area, w, lines_needed);
    let inner = frame(look.t(Ui::ConfirmTitle), r, buf);
    let text = vec![Line::raw(c.question.clone()), Line::default(), Line::styled(look.t(Ui::YesNo), theme::key())];
    Paragraph::new(text).wrap(Wrap { trim: true }).render(inner, buf);
}

pub fn picker(_look: &Look, p: &Picker, area: Rect, buf: &mut Buffer) {
    let w = (p.options.iter().map(|(l, _)| width(l)).max().unwrap_or(10).max(width(&p.title)) + 6).min(200) as u16;
    let r = centered(area, w, p.options.len().min(200) as u16 + 2);
    let inner = frame(&p.title, r, buf);
    let lines = p.options.iter().map(|(l, _)| Line::raw(format!(" {}", fit(l, inner.width as usize)))).collect();
    rows::render(lines, Some(p.selected), inner, buf);
}

pub fn prompt(look: &Look, p: &Prompt, area: Rect, buf: &mut Buffer) {
    let extra = if p.choices.is_empty() { 0 } else { 1 + p.choices.len().min(8) as u16 };
    let r = centered(area, 70, 4 + extra);
    let inner = frame(&p.label, r, buf);
    if inner.height == 0 {
        return;
    }
    (&p.input).render(Rect { height: 1, ..inner }, buf);
    let mut y = inner.y + 1;
    // Tab completes paths only; elsewhere the hint does not promise it.
    let completes = matches!(
        p.purpose,
        crate::tui::overlays::PromptPurpose::DocumentPath { .. } | crate::tui::overlays::PromptPurpose::BaseFolder
    );
    let hint = Line::styled(look.t(if completes { Ui::PromptHintPath } else { Ui::PromptHint }), theme::dim());
    if y < inner.y + inner.height {
        hint.render(Rect { y, height: 1, ..inner }, buf);
        y += 1;
    }
    for c in p.choices.iter().take(8) {
        if y >= inner.y + inner.height {
            break;
        }
        Line::raw(format!("  {}", fit(c, inner.width.saturating_sub(2) as usize)))
            .render(Rect { y, height: 1, ..inner }, buf);
        y += 1;
    }
}

pub fn carry_offer(look: &Look, o: &crate::tui::carry::CarryOffer, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 100, o.pending.len().min(200) as u16 + 5);
    let inner = frame(look.t(Ui::CarryTitle), r, buf);
    if inner.height == 0 {
        return;
    }
    Line::raw(look.t(Ui::CarryIntro)).render(Rect { height: 1, ..inner }, buf);
    let list = Rect { y: inner.y + 1, height: inner.height.saturating_sub(2), ..inner };
    let lines = o
        .pending
        .iter()
        .zip(&o.chosen)
        .map(|(p, c)| {
            let mark = if *c { "[x] " } else { "[ ] " };
            Line::raw(fit(&format!("{mark}{}", crate::tui::carry::pending_label(look.lang, p)), inner.width as usize))
        })
        .collect();
    rows::render(lines, Some(o.selected), list, buf);
    if inner.height >= 2 {
        Line::styled(look.t(Ui::CarryKeys), theme::key())
            .render(Rect { y: inner.y + inner.height - 1, height: 1, ..inner }, buf);
    }
}

pub fn draft_offer(look: &Look, o: &DraftOffer, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 76, o.drafts.len().min(200) as u16 + 5);
    let inner = frame(look.t(Ui::DraftsTitle), r, buf);
    if inner.height == 0 {
        return;
    }
    Line::raw(look.t(Ui::DraftsFound)).render(Rect { height: 1, ..inner }, buf);
    let list = Rect { y: inner.y + 1, height: inner.height.saturating_sub(2), ..inner };
    let lines = o.drafts.iter().map(|(_, label)| Line::raw(fit(label, inner.width as usize))).collect();
    rows::render(lines, Some(o.selected), list, buf);
    if inner.height >= 2 {
        Line::styled(look.t(Ui::DraftsKeys), theme::key())
            .render(Rect { y: inner.y + inner.height - 1, height: 1, ..inner }, buf);
    }
}
