//! The action list across meetings: open action points first, overdue ones marked in words and colour.

use super::decisions::{is_overdue, status_cell};
use super::meetings::RenderIn;
use super::step;
use crate::dates::Date;
use crate::domain::{ActionId, ActionStatus};
use crate::locale::Ui;
use crate::locale_decisions::DecUi;
use crate::store::{ActionRow, Store};
use crate::tui::app::{App, Screen};
use crate::tui::cells::{first_line, pad};
use crate::tui::screens::AgendaView;
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

pub fn draw(app: &App, view: &ActionListView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let (open, overdue, done) = view.counts();
    let counts = if view.include_done {
        app.t(Ui::Dec(DecUi::ShowingAll))
            .replacen("{}", &open.to_string(), 1)
            .replacen("{}", &overdue.to_string(), 1)
            .replacen("{}", &done.to_string(), 1)
    } else {
        app.t(Ui::Dec(DecUi::ShowingOpen)).replacen("{}", &open.to_string(), 1).replacen("{}", &overdue.to_string(), 1)
    };
    Line::from(vec![
        Span::styled("annoteer", theme::title()),
        Span::raw(" · "),
        Span::styled(app.t(Ui::Dec(DecUi::ActionListTitle)), theme::heading()),
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
        Line::styled(app.t(Ui::Dec(word)), theme::dim()).render_in(Rect { height: 1, ..body }, buf);
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
            pad(app.t(Ui::Dec(DecUi::ColStatus)), st_w),
            pad(app.t(Ui::Dec(DecUi::ColCode)), code_w),
            pad(app.t(Ui::Dec(DecUi::ColOwner)), owner_w),
            pad(app.t(Ui::Dec(DecUi::ColText)), text_w),
            pad(app.t(Ui::Dec(DecUi::ColDeadline)), dl_w),
            pad(app.t(Ui::Dec(DecUi::ColMeeting)), meeting_w),
        ),
        theme::dim(),
    )];
    for r in &view.rows {
        let a = &r.action;
        let (st, style) = status_cell(app, a, view.today);
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

impl App {
    /// `A` on the meetings list.
    pub(crate) fn open_action_list(&mut self) {
        match ActionListView::load(&self.store) {
            Ok(v) => self.push(Screen::ActionList(v)),
            Err(e) => self.fail(e),
        }
    }

    /// `h`: the done ones too, or only the open ones.
    pub(crate) fn toggle_show_done(&mut self) {
        let Screen::ActionList(v) = self.screen_mut() else { return };
        v.include_done = !v.include_done;
        self.refresh();
    }

    /// Enter: the agenda of the action's meeting, its item selected; Esc comes back here.
    pub(crate) fn jump_to_action_meeting(&mut self) {
        let Screen::ActionList(v) = self.screen() else { return };
        let Some(r) = v.selected_row() else { return };
        let Some(meeting) = r.action.meeting_id else {
            return self.info(self.t(Ui::Dec(DecUi::NoMeetingOfAction)));
        };
        let item = r.action.item_id;
        match AgendaView::load(&self.store, meeting) {
            Ok(mut a) => {
                a.select(item);
                self.push(Screen::Agenda(a));
            }
            Err(e) => self.fail(e),
        }
    }
}
