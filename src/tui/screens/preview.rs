//! `p`: the annotation memo as it will be written, scrollable; `x` writes it (here and on the agenda).

use crate::domain::MeetingId;
use crate::locale::Ui;
use crate::store::Store;
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::screen::{Ctx, Look, Outcome, View};
use crate::tui::screens::Screen;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use std::path::PathBuf;

/// The setting that holds where memos are written; the folder annoteer was started in otherwise.
pub const EXPORT_DIR: &str = "tui.export_dir";

#[derive(Debug)]
pub struct PreviewView {
    pub meeting_id: MeetingId,
    pub title: String,
    pub text: String,
    pub scroll: u16,
    /// The last scroll position that still fills the pane, as the last drawing found it (it depends on
    /// the pane's size, which only drawing knows). Kept so that G and then k move the text at once.
    pub last_top: std::cell::Cell<u16>,
}

impl PreviewView {
    pub fn load(store: &Store, meeting_id: MeetingId) -> crate::Result<PreviewView> {
        let record = store.meeting_record(meeting_id)?;
        let title = crate::memo::default_file_name(&record.meeting);
        Ok(PreviewView {
            meeting_id,
            title,
            text: crate::memo::render_memo(&record),
            scroll: 0,
            last_top: std::cell::Cell::new(u16::MAX),
        })
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let scroll = self.scroll;
        *self = PreviewView::load(store, self.meeting_id)?;
        self.scroll = scroll;
        Ok(())
    }

    pub fn move_by(&mut self, delta: i64) {
        let max = self.last_top.get() as i64;
        self.scroll = (self.scroll as i64 + delta).clamp(0, max) as u16;
    }
}

pub fn draw(look: &Look, view: &PreviewView, area: Rect, buf: &mut Buffer) {
    let block = Block::default().borders(Borders::ALL).border_style(theme::border_focus()).title(format!(
        "{} — {}",
        look.t(Ui::PreviewTitle),
        view.title
    ));
    let lines: Vec<Line> = view.text.lines().map(|l| Line::raw(l.to_string())).collect();
    // Wrapped, as a reader sees the memo; scrolling stops where the last line is at the bottom.
    let para = Paragraph::new(lines).wrap(Wrap { trim: false });
    let inner = block.inner(area);
    let last_top = para.line_count(inner.width).saturating_sub(inner.height as usize);
    let last_top = last_top.min(u16::MAX as usize) as u16;
    view.last_top.set(last_top);
    para.block(block).scroll((view.scroll.min(last_top), 0)).render(area, buf);
}

impl View for PreviewView {
    fn mode(&self) -> Mode {
        Mode::Preview
    }

    fn move_by(&mut self, delta: i64) {
        PreviewView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        PreviewView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Export => export(ctx, self.meeting_id),
            _ => Outcome::Pass,
        }
    }
}

/// `p`: the memo of the meeting as it will be written.
pub fn open(ctx: &mut Ctx, id: MeetingId) -> Outcome {
    match PreviewView::load(ctx.store, id) {
        Ok(v) => Outcome::push(Screen::Preview(v)),
        Err(e) => Outcome::error(e),
    }
}

/// `x`: writes the memo of the meeting and says where.
pub fn export(ctx: &mut Ctx, id: MeetingId) -> Outcome {
    let record = match ctx.store.meeting_record(id) {
        Ok(r) => r,
        Err(e) => return Outcome::error(e),
    };
    let dir = match ctx.store.setting(EXPORT_DIR) {
        Ok(Some(d)) if !d.trim().is_empty() => PathBuf::from(d),
        _ => std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
    };
    let path = dir.join(crate::memo::default_file_name(&record.meeting));
    match crate::memo::write_memo(&path, &crate::memo::render_memo(&record)) {
        Ok(()) => Outcome::info(ctx.t(Ui::MemoWritten).replacen("{}", &path.display().to_string(), 1)),
        Err(e) => Outcome::error(e),
    }
}
