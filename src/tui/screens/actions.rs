//! The action list across meetings: open action points first, overdue ones marked in words and colour.

use super::decisions::{is_overdue, status_cell};
use super::meetings::RenderIn;
use super::step;
use crate::dates::Date;
use crate::domain::{ActionId, ActionStatus};
use crate::locale::Ui;
use crate::locale_decisions::DecUi;
use crate::store::{ActionRow, Store};
use crate::tui::cells::{first_line, pad};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::screen::{Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::decisions::toggle_action;
use crate::tui::screens::AgendaView;
use crate::tui::screens::Screen;
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

#[derive(Debug)]
pub struct ActionListView {
    pub rows: Vec<ActionRow>,
    pub selected: usize,
    pub include_done: bool,
    /// Fixed when the list loads, so that the marks do not change under the user's eyes at midnight.
    pub today: Date,
}

impl ActionListView {
    pub fn load(store: &Store) -> crate::Result<ActionListView> {
        let mut v = ActionListView { rows: vec![], selected: 0, include_done: false, today: Date::today() };
        v.reload(store)?;
        Ok(v)
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let keep = self.selected_row().map(|r| r.action.id);
        self.rows = store.action_list(self.include_done)?;
        self.select(keep);
        Ok(())
    }

    pub fn select(&mut self, id: Option<ActionId>) {
        if let Some(pos) = id.and_then(|id| self.rows.iter().position(|r| r.action.id == id)) {
            self.selected = pos;
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    pub fn selected_row(&self) -> Option<&ActionRow> {
        self.rows.get(self.selected)
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.rows.len());
    }

    pub fn counts(&self) -> (usize, usize, usize) {
        let open = self.rows.iter().filter(|r| r.action.status == ActionStatus::Open).count();
        let overdue = self.rows.iter().filter(|r| is_overdue(&r.action, self.today)).count();
        (open, overdue, self.rows.len() - open)
    }
}

pub fn draw(look: &Look, view: &ActionListView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let (open, overdue, done) = view.counts();
    let counts = if view.include_done {
        look.t(Ui::Dec(DecUi::ShowingAll))
            .replacen("{}", &open.to_string(), 1)
            .replacen("{}", &overdue.to_string(), 1)
            .replacen("{}", &done.to_string(), 1)
    } else {
        look.t(Ui::Dec(DecUi::ShowingOpen)).replacen("{}", &open.to_string(), 1).replacen("{}", &overdue.to_string(), 1)
    };
    Line::from(vec![
        Span::styled("annoteer", theme::title()),
        Span::raw(" · "),
        Span::styled(look.t(Ui::Dec(DecUi::ActionListTitle)), theme::heading()),
        Span::raw(" · "),
        Span::styled(counts, if overdue > 0 { theme::error() } else { theme::dim() }),
    ])
    .render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if body.height == 0 {
        return;
    }
    if view.rows.is_empty() {
        let word = if view.include_done { DecUi::ActionListEmptyAll } else { DecUi::ActionListEmpty };
        Line::styled(look.t(Ui::Dec(word)), theme::dim()).render_in(Rect { height: 1, ..body }, buf);
        return;
    }
    let w = body.width as usize;
    let st_w = 12.min(w / 6);
    let code_w = 10.min(w / 6);
    let owner_w = 14.min(w / 6);
    let dl_w = 11.min(w / 6);
    let meeting_w = 22.min(w / 5);
    let text_w = w.saturating_sub(st_w + code_w + owner_w + dl_w + meeting_w + 5);
    let mut lines = vec![Line::styled(
        format!(
            "{} {} {} {} {} {}",
            pad(look.t(Ui::Dec(DecUi::ColStatus)), st_w),
            pad(look.t(Ui::Dec(DecUi::ColCode)), code_w),
            pad(look.t(Ui::Dec(DecUi::ColOwner)), owner_w),
            pad(look.t(Ui::Dec(DecUi::ColText)), text_w),
            pad(look.t(Ui::Dec(DecUi::ColDeadline)), dl_w),
            pad(look.t(Ui::Dec(DecUi::ColMeeting)), meeting_w),
        ),
        theme::dim(),
    )];
    for r in &view.rows {
        let a = &r.action;
        let (st, style) = status_cell(look, a, view.today);
        let meeting = if r.body.is_empty() && r.meeting_date.is_empty() {
            "—".to_string()
        } else {
            format!("{} {}", r.meeting_date, r.body)
        };
        let text_style = if a.status == ActionStatus::Done { theme::dim() } else { Default::default() };
        lines.push(Line::from(vec![
            Span::styled(pad(&st, st_w), style),
            Span::raw(" "),
            Span::raw(pad(&a.code, code_w)),
            Span::raw(" "),
            Span::raw(pad(&a.owner, owner_w)),
            Span::raw(" "),
            Span::styled(pad(first_line(&a.text), text_w), text_style),
            Span::raw(" "),
            Span::raw(pad(&a.deadline, dl_w)),
            Span::raw(" "),
            Span::raw(pad(&meeting, meeting_w)),
        ]));
    }
    rows::render(lines, Some(view.selected + 1), body, buf);
}

impl View for ActionListView {
    fn mode(&self) -> Mode {
        Mode::ActionList
    }

    fn move_by(&mut self, delta: i64) {
        ActionListView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        ActionListView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn focus(&mut self, s: Selection) {
        if let Selection::Action(id) = s {
            self.select(Some(id));
        }
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::ToggleDone => match self.selected_row() {
                Some(r) => toggle_action(ctx, &r.action.clone()),
                None => Outcome::Nothing,
            },
            // `h`: the done ones too, or only the open ones.
            Command::ShowDone => {
                self.include_done = !self.include_done;
                Outcome::Refresh
            }
            Command::Open => self.jump_to_meeting(ctx),
            _ => Outcome::Pass,
        }
    }
}

impl ActionListView {
    /// Enter: the agenda of the action's meeting, its item selected; Esc comes back here.
    fn jump_to_meeting(&self, ctx: &mut Ctx) -> Outcome {
        let Some(r) = self.selected_row() else { return Outcome::Nothing };
        let Some(meeting) = r.action.meeting_id else {
            return Outcome::info(ctx.t(Ui::Dec(DecUi::NoMeetingOfAction)));
        };
        match AgendaView::load(ctx.store, meeting) {
            Ok(mut a) => {
                a.select(r.action.item_id);
                Outcome::push(Screen::Agenda(a))
            }
            Err(e) => Outcome::Fail(e),
        }
    }
}
