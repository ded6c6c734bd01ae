//! The list of meetings, grouped by body, newest first.

use super::step;
use crate::domain::{MeetingId, MeetingSummary};
use crate::locale::Ui;
use crate::memo::What;
use crate::store::Store;
use crate::tui::cells::{pad, pad_left};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{Confirm, Overlay, Removal};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::AgendaView;
use crate::tui::screens::{agenda, export, meeting_form, preview, search, ActionListView, Screen};
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

pub fn draw(look: &Look, view: &MeetingsView, area: Rect, buf: &mut Buffer) {
    let lang = look.lang;
    if area.height == 0 || area.width == 0 {
        return;
    }
    let mut spans = vec![
        Span::styled("annoteer", theme::title()),
        Span::raw(" · "),
        Span::styled(look.t(Ui::MeetingsTitle), theme::heading()),
    ];
    if look.demo {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(look.t(Ui::DemoBadge), theme::warning()));
    }
    let header = Line::from(spans);
    header.render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if view.rows.is_empty() {
        Line::styled(look.t(Ui::NoMeetings), theme::dim()).render_in(Rect { height: 1.min(body.height), ..body }, buf);
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

impl View for MeetingsView {
    fn mode(&self) -> Mode {
        Mode::Meetings
    }

    fn move_by(&mut self, delta: i64) {
        MeetingsView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        MeetingsView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn focus(&mut self, s: Selection) {
        if let Selection::Meeting(id) = s {
            self.select(Some(id));
        }
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Open => match self.selected_id() {
                Some(id) => Outcome::push_loaded(AgendaView::load(ctx.store, id).map(Screen::Agenda)),
                None => Outcome::info(ctx.t(Ui::NoMeetings)),
            },
            Command::Add => meeting_form::open_new(ctx),
            Command::EditMeeting => match self.selected_id() {
                Some(id) => meeting_form::open_edit(ctx, id),
                None => Outcome::Nothing,
            },
            Command::Delete => self.confirm_delete(ctx),
            Command::Undo => agenda::undo(ctx),
            Command::Search => search::open(ctx),
            Command::Export => self.selected_id().map_or(Outcome::Nothing, |id| export::ask(ctx, id, What::Memo)),
            Command::Preview => self.selected_id().map_or(Outcome::Nothing, |id| preview::open(ctx, id)),
            Command::ActionList => {
                Outcome::push_loaded(ActionListView::load(ctx.store).map(|v| Screen::ActionList(Box::new(v))))
            }
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        let answer = match export::on_answer(answer, ctx) {
            Ok(done) => return done,
            Err(other) => other,
        };
        match answer {
            Answer::Confirmed(Removal::DeleteMeeting(id)) => match ctx.store.delete_meeting(id) {
                Ok(_) => Outcome::Refresh.and(Outcome::info(ctx.t(Ui::DeletedUndo))),
                Err(e) => Outcome::Fail(e),
            },
            _ => Outcome::Nothing,
        }
    }
}

impl MeetingsView {
    fn confirm_delete(&self, ctx: &Ctx) -> Outcome {
        let Some(m) = self.rows.get(self.selected) else { return Outcome::Nothing };
        let name = format!("{} {}", m.body, ctx.lang.long_date(&m.date));
        let question = ctx.t(Ui::AskDeleteMeeting).replacen("{}", &name, 1).replacen("{}", &m.items.to_string(), 1);
        Outcome::Overlay(Overlay::Confirm(Confirm { question, removal: Removal::DeleteMeeting(m.id) }))
    }
}
