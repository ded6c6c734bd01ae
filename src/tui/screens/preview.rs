//! `p`: the annotation memo as it reads: headings, bold, lists and the overview drawn with lines, wrapped
//! to the pane (memo::layout); `m` or Tab shows the markdown itself. `x` writes it (here and on the agenda).

use crate::domain::MeetingId;
use crate::locale::ExportUi;
use crate::locale::Ui;
use crate::memo::layout::{layout, LineKind};
use crate::memo::{export_file_name, Memo, What};
use crate::store::Store;
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::screen::{Answer, Ctx, Look, Outcome, View};
use crate::tui::screens::{export, Screen};
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use std::cell::RefCell;

pub use export::EXPORT_DIR;

#[derive(Debug)]
pub struct PreviewView {
    pub meeting_id: MeetingId,
    pub title: String,
    pub memo: Memo,
    /// The markdown, as `x` writes it in that format.
    pub text: String,
    /// Showing the markdown itself instead of the memo as it reads.
    pub raw: bool,
    pub scroll: u16,
    /// The last scroll position that still fills the pane, as the last drawing found it (it depends on
    /// the pane's size, which only drawing knows). Kept so that G and then k move the text at once.
    pub last_top: std::cell::Cell<u16>,
    /// The memo laid out for the width it was last drawn at: laid out again only when that changes.
    laid_out: RefCell<Option<(u16, Vec<Line<'static>>)>>,
}

impl PreviewView {
    pub fn load(store: &Store, meeting_id: MeetingId) -> crate::Result<PreviewView> {
        let record = store.meeting_record(meeting_id)?;
        let title = export_file_name(&record.meeting, What::Memo, export::last_format(store));
        let memo = crate::memo::memo_document(&record);
        Ok(PreviewView {
            meeting_id,
            title,
            text: memo.to_markdown(),
            memo,
            raw: false,
            scroll: 0,
            last_top: std::cell::Cell::new(u16::MAX),
            laid_out: RefCell::new(None),
        })
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let (scroll, raw) = (self.scroll, self.raw);
        *self = PreviewView::load(store, self.meeting_id)?;
        self.scroll = scroll;
        self.raw = raw;
        Ok(())
    }

    pub fn move_by(&mut self, delta: i64) {
        let max = self.last_top.get() as i64;
        self.scroll = (self.scroll as i64 + delta).clamp(0, max) as u16;
    }

    /// The memo as it reads, at this width.
    fn rendered(&self, width: u16) -> Vec<Line<'static>> {
        let mut cache = self.laid_out.borrow_mut();
        if let Some((w, lines)) = cache.as_ref() {
            if *w == width {
                return lines.clone();
            }
        }
        let lines: Vec<Line<'static>> = layout(&self.memo, width as usize).into_iter().map(styled).collect();
        *cache = Some((width, lines.clone()));
        lines
    }
}

/// A laid-out line in the TUI's colours: the title and headings as headings, the marking as a warning.
fn styled(line: crate::memo::layout::Line) -> Line<'static> {
    let base = match line.kind {
        LineKind::Title | LineKind::Heading(1) => theme::heading().add_modifier(Modifier::UNDERLINED),
        LineKind::Heading(_) => theme::heading(),
        LineKind::Marking => theme::warning(),
        LineKind::Table | LineKind::Text => ratatui::style::Style::default(),
    };
    let spans: Vec<Span<'static>> = line
        .spans
        .into_iter()
        .map(|s| {
            let mut style = base;
            if s.bold {
                style = style.add_modifier(Modifier::BOLD);
            }
            if s.italic {
                style = style.add_modifier(Modifier::ITALIC);
            }
            Span::styled(s.text, style)
        })
        .collect();
    Line::from(spans)
}

pub fn draw(look: &Look, view: &PreviewView, area: Rect, buf: &mut Buffer) {
    let mut title = format!("{} — {}", look.t(Ui::PreviewTitle), view.title);
    if view.raw {
        title.push_str(&format!(" ({})", look.t(Ui::Export(ExportUi::PreviewMarkdown))));
    }
    let block = Block::default().borders(Borders::ALL).border_style(theme::border_focus()).title(title);
    let inner = block.inner(area);
    let para = if view.raw {
        // Wrapped, as a reader sees the memo; scrolling stops where the last line is at the bottom.
        let lines: Vec<Line> = view.text.lines().map(|l| Line::raw(l.to_string())).collect();
        Paragraph::new(lines).wrap(Wrap { trim: false })
    } else {
        // Laid out to the pane's width already: no further wrapping, so tables keep their lines.
        Paragraph::new(view.rendered(inner.width))
    };
    let count = if view.raw { para.line_count(inner.width) } else { view.rendered(inner.width).len() };
    let last_top = count.saturating_sub(inner.height as usize);
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
            Command::Export => export::ask(ctx, self.meeting_id, What::Memo),
            Command::SwitchPane => {
                self.raw = !self.raw;
                self.scroll = 0;
                self.last_top.set(u16::MAX);
                Outcome::Nothing
            }
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        export::on_answer(answer, ctx).unwrap_or(Outcome::Nothing)
    }
}

/// `p`: the memo of the meeting as it will be written.
pub fn open(ctx: &mut Ctx, id: MeetingId) -> Outcome {
    match PreviewView::load(ctx.store, id) {
        Ok(v) => Outcome::push(Screen::Preview(v)),
        Err(e) => Outcome::Fail(e),
    }
}
