//! The list of meetings, grouped by body, newest first.

use super::step;
use crate::domain::{MeetingId, MeetingSummary};
use crate::locale::Ui;
use crate::store::Store;
use crate::tui::app::{App, Screen};
use crate::tui::cells::{pad, pad_left};
use crate::tui::overlays::{Confirm, Overlay, Removal};
use crate::tui::screens::{AgendaView, FormView};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

#[derive(Debug, Default)]
pub struct MeetingsView {
    pub rows: Vec<MeetingSummary>,
    pub selected: usize,
}

impl MeetingsView {
    pub fn load(store: &Store) -> crate::Result<MeetingsView> {
        Ok(MeetingsView { rows: store.meetings()?, selected: 0 })
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let keep = self.selected_id();
        self.rows = store.meetings()?;
        self.select(keep);
        Ok(())
    }

    pub fn select(&mut self, id: Option<MeetingId>) {
        if let Some(pos) = id.and_then(|id| self.rows.iter().position(|r| r.id == id)) {
            self.selected = pos;
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    pub fn selected_id(&self) -> Option<MeetingId> {
        self.rows.get(self.selected).map(|r| r.id)
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.rows.len());
    }
}

pub fn draw(app: &App, view: &MeetingsView, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    if area.height == 0 || area.width == 0 {
        return;
    }
    let mut spans = vec![
        Span::styled("annoteer", theme::title()),
        Span::raw(" · "),
        Span::styled(app.t(Ui::MeetingsTitle), theme::heading()),
    ];
    if app.demo {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(app.t(Ui::DemoBadge), theme::warning()));
    }
    let header = Line::from(spans);
    header.render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if view.rows.is_empty() {
        Line::styled(app.t(Ui::NoMeetings), theme::dim()).render_in(Rect { height: 1.min(body.height), ..body }, buf);
        return;
    }
    let w = area.width as usize;
    let date_w = 18.min(w / 3);
    let counts_w = 32.min(w / 3);
    // No wider than the longest title: on a wide terminal the counts stay near the titles they belong to.
    let longest = view.rows.iter().map(|m| crate::tui::cells::width(&m.title)).max().unwrap_or(0);
    let title_w = w.saturating_sub(date_w + counts_w + 4).min(longest.max(1) + 2);
    let mut lines = Vec::new();
    let mut selected_row = None;
    let mut last_body: Option<&str> = None;
    for (i, m) in view.rows.iter().enumerate() {
        if last_body != Some(m.body.as_str()) {
            lines.push(Line::styled(pad(&m.body, w), theme::heading()));
            last_body = Some(&m.body);
        }
        if i == view.selected {
            selected_row = Some(lines.len());
        }
        let counts = lang.ui(Ui::ItemCounts).replacen("{}", &m.items.to_string(), 1).replacen(
            "{}",
            &m.items_without_advice.to_string(),
            1,
        );
        let count_style = if m.items_without_advice > 0 { theme::warning() } else { theme::good() };
        let title = if m.title.is_empty() { "—".to_string() } else { m.title.clone() };
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::raw(pad(&lang.long_date(&m.date), date_w)),
            Span::raw(" "),
            Span::raw(pad(&title, title_w)),
            Span::raw(" "),
            Span::styled(pad_left(&counts, counts_w), count_style),
        ]));
    }
    rows::render(lines, selected_row, body, buf);
}

/// Small extension so that a line can be drawn into a rectangle of a buffer.
pub trait RenderIn {
    fn render_in(self, area: Rect, buf: &mut Buffer);
}

impl RenderIn for Line<'_> {
    fn render_in(self, area: Rect, buf: &mut Buffer) {
        use ratatui::widgets::Widget;
        if area.width > 0 && area.height > 0 {
            self.render(area, buf);
        }
    }
}

impl App {
    pub(crate) fn open_meeting(&mut self) {
        let Screen::Meetings(v) = self.screen() else { return };
        let Some(id) = v.selected_id() else {
            self.info(self.t(Ui::NoMeetings));
            return;
        };
        match AgendaView::load(&self.store, id) {
            Ok(a) => self.push(Screen::Agenda(a)),
            Err(e) => self.fail(e),
        }
    }

    pub(crate) fn new_meeting(&mut self) {
        match FormView::create(&self.store) {
            Ok((form, restored)) => {
                self.push(Screen::MeetingForm(form));
                if restored {
                    self.info(self.t(Ui::NewMeetingDraftBack));
                }
            }
            Err(e) => self.fail(e),
        }
    }

    pub(crate) fn confirm_delete_meeting(&mut self) {
        let Screen::Meetings(v) = self.screen() else { return };
        let Some(m) = v.rows.get(v.selected) else { return };
        let name = format!("{} {}", m.body, self.lang.long_date(&m.date));
        let question = self.t(Ui::AskDeleteMeeting).replacen("{}", &name, 1).replacen("{}", &m.items.to_string(), 1);
        self.overlay = Some(Overlay::Confirm(Confirm { question, removal: Removal::DeleteMeeting(m.id) }));
    }
}
