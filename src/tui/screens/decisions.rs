//! The decisions and action points of one meeting, two panes (Tab switches), and the key tables of the
//! decision screens (this one, the action list, the add/edit form).

use super::meetings::RenderIn;
use super::step;
use crate::dates::{deadline_date, Date};
use crate::domain::{ActionId, ActionPoint, ActionStatus, Decision, DecisionDraft, DecisionId, ItemId, MeetingId};
use crate::locale::{Lang, Ui};
use crate::locale_decisions::DecUi;
use crate::store::Store;
use crate::tui::app::{App, Screen};
use crate::tui::cells::{first_line, pad};
use crate::tui::command::Command;
use crate::tui::keymap::{b, ch, code, common, ctrl, moves, Binding, Mode};
use crate::tui::overlays::{Confirm, Overlay, Removal};
use crate::tui::screens::entry_form::EntryForm;
use crate::tui::theme;
use crate::tui::widgets::rows;
use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

fn dec(w: DecUi) -> Ui {
    Ui::Dec(w)
}

/// The keys of the three decision screens, read by keymap.rs.
pub fn bindings(mode: Mode) -> Vec<Binding> {
    let mut v = Vec::new();
    let esc = &[code(KeyCode::Esc)];
    match mode {
        Mode::Decisions => {
            v.extend(moves());
            v.push(b(
                &[code(KeyCode::Tab), code(KeyCode::BackTab)],
                Command::SwitchPane,
                dec(DecUi::KeySwitchTab),
                true,
            ));
            v.push(b(&[ch('a')], Command::Add, dec(DecUi::KeyAddEntry), true));
            v.push(b(&[code(KeyCode::Enter), ch('e')], Command::Open, dec(DecUi::KeyEditEntry), true));
            v.push(b(&[ch('d'), code(KeyCode::Delete)], Command::Delete, dec(DecUi::KeyDeleteDecision), false));
            v.push(b(&[ch('u')], Command::Undo, dec(DecUi::KeyUndoDecision), false));
            v.push(b(&[ch(' '), ch('c')], Command::ToggleDone, dec(DecUi::KeyToggleDone), true));
            v.push(b(esc, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::ActionList => {
            v.extend(moves());
            v.push(b(&[ch(' '), ch('c')], Command::ToggleDone, dec(DecUi::KeyToggleDone), true));
            v.push(b(&[ch('h')], Command::ShowDone, dec(DecUi::KeyShowDone), true));
            v.push(b(&[code(KeyCode::Enter)], Command::Open, dec(DecUi::KeyJumpAgenda), true));
            v.push(b(esc, Command::Back, Ui::KeyBack, true));
            v.extend(common());
        }
        Mode::EntryForm => {
            v.extend(moves());
            v.push(b(&[code(KeyCode::Enter)], Command::Open, dec(DecUi::KeyEditFormField), true));
            v.push(b(&[ctrl('s')], Command::Save, dec(DecUi::KeySaveEntry), true));
            v.push(b(esc, Command::Back, dec(DecUi::KeyLeaveForm), true));
            v.extend(common());
        }
        // Typing in the form: the field is kept in the form; only Ctrl-S stores the whole entry.
        Mode::EntryLine => {
            v.push(b(&[code(KeyCode::Enter), code(KeyCode::Esc)], Command::EditDone, dec(DecUi::KeyFieldDone), true));
            v.push(b(&[ctrl('s')], Command::Save, dec(DecUi::KeySaveEntry), true));
            v.push(b(&[ctrl('c')], Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        Mode::EntryText => {
            v.push(b(&[code(KeyCode::Esc)], Command::EditDone, dec(DecUi::KeyFieldDone), true));
            v.push(b(&[ctrl('s')], Command::Save, dec(DecUi::KeySaveEntry), true));
            v.push(b(&[ctrl('c')], Command::ForceQuit, Ui::KeyForceQuit, false));
        }
        _ => {}
    }
    v
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Decisions,
    Actions,
}

/// An item of the meeting as the form's item choice shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChoice {
    pub id: ItemId,
    pub number: String,
    pub title: String,
}

#[derive(Debug)]
pub struct DecisionsView {
    pub meeting_id: MeetingId,
    pub heading: String,
    pub meeting_date: String,
    pub items: Vec<ItemChoice>,
    pub decisions: Vec<Decision>,
    pub actions: Vec<ActionPoint>,
    pub tab: Tab,
    pub selected_decision: usize,
    pub selected_action: usize,
    /// The agenda's selected item when the screen opened: new entries link to it.
    pub default_item: Option<ItemId>,
    /// Deleted decisions and action points, newest last, for `u`.
    pub deleted: Vec<Deleted>,
}

/// What `d` removed on this screen and `u` can put back.
#[derive(Debug, Clone)]
pub enum Deleted {
    Decision(Decision),
    Command(ActionPoint),
}

impl DecisionsView {
    pub fn load(store: &Store, meeting_id: MeetingId, default_item: Option<ItemId>, lang: Lang) -> crate::Result<Self> {
        let m = store.meeting(meeting_id)?;
        let mut v = DecisionsView {
            meeting_id,
            heading: format!("{} · {}", m.body, lang.long_date(&m.date)),
            meeting_date: m.date.clone(),
            items: vec![],
            decisions: vec![],
            actions: vec![],
            tab: Tab::Decisions,
            selected_decision: 0,
            selected_action: 0,
            default_item,
            deleted: vec![],
        };
        v.reload(store)?;
        Ok(v)
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        self.items = store
            .agenda(self.meeting_id)?
            .into_iter()
            .map(|i| ItemChoice { id: i.id, number: i.number, title: i.title })
            .collect();
        self.decisions = store.meeting_decisions(self.meeting_id)?;
        self.actions = store.meeting_actions(self.meeting_id)?;
        self.selected_decision = self.selected_decision.min(self.decisions.len().saturating_sub(1));
        self.selected_action = self.selected_action.min(self.actions.len().saturating_sub(1));
        Ok(())
    }

    pub fn move_by(&mut self, delta: i64) {
        match self.tab {
            Tab::Decisions => self.selected_decision = step(self.selected_decision, delta, self.decisions.len()),
            Tab::Actions => self.selected_action = step(self.selected_action, delta, self.actions.len()),
        }
    }

    pub fn switch_pane(&mut self) {
        self.tab = if self.tab == Tab::Decisions { Tab::Actions } else { Tab::Decisions };
    }

    pub fn selected_decision(&self) -> Option<&Decision> {
        self.decisions.get(self.selected_decision)
    }

    pub fn selected_action(&self) -> Option<&ActionPoint> {
        self.actions.get(self.selected_action)
    }

    pub fn item_number(&self, id: Option<ItemId>) -> String {
        id.and_then(|id| self.items.iter().find(|i| i.id == id)).map(|i| i.number.clone()).unwrap_or_default()
    }
}

/// True when an open action's deadline has passed (deadlines annoteer cannot read are never overdue).
pub fn is_overdue(a: &ActionPoint, today: Date) -> bool {
    a.status == ActionStatus::Open && deadline_date(&a.deadline).is_some_and(|d| d < today)
}

/// The status word of an action, never colour alone: "open", "⚠ te laat", "afgehandeld".
pub fn status_cell(app: &App, a: &ActionPoint, today: Date) -> (String, Style) {
    if a.status == ActionStatus::Done {
        (app.t(dec(DecUi::Done)).to_string(), theme::dim())
    } else if is_overdue(a, today) {
        (app.t(dec(DecUi::Overdue)).to_string(), theme::error())
    } else {
        (app.t(dec(DecUi::Open)).to_string(), theme::good())
    }
}

fn pane_block(title: String, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { theme::border_focus() } else { theme::border() })
        .title(title)
}

pub fn draw(app: &App, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    Line::from(vec![
        Span::styled(view.heading.clone(), theme::title()),
        Span::raw(" · "),
        Span::styled(
            format!("{} & {}", app.t(dec(DecUi::DecisionsPane)), app.t(dec(DecUi::ActionsPane))),
            theme::heading(),
        ),
    ])
    .render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if body.height == 0 {
        return;
    }
    // Both panes when there is room; otherwise the focused one alone (Tab switches).
    let detail_h = if body.height >= 22 { 7 } else { 0 };
    let lists_h = body.height - detail_h;
    let (dec_area, act_area) = if lists_h >= 10 {
        // Each pane takes what its rows need (header and borders too) when both fit; half each otherwise.
        let (want_d, want_a) = (view.decisions.len() as u16 + 3, view.actions.len() as u16 + 3);
        let dec_h = if want_d.max(5) + want_a.max(5) <= lists_h {
            lists_h - want_a.max(5)
        } else if want_d < lists_h / 2 {
            want_d.max(5)
        } else if want_a < lists_h / 2 {
            lists_h - want_a.max(5)
        } else {
            lists_h / 2
        };
        (Some(Rect { height: dec_h, ..body }), Some(Rect { y: body.y + dec_h, height: lists_h - dec_h, ..body }))
    } else if view.tab == Tab::Decisions {
        (Some(Rect { height: lists_h, ..body }), None)
    } else {
        (None, Some(Rect { height: lists_h, ..body }))
    };
    if let Some(a) = dec_area {
        draw_decisions(app, view, a, buf);
    }
    if let Some(a) = act_area {
        draw_actions(app, view, a, buf);
    }
    if detail_h > 0 {
        draw_detail(app, view, Rect { y: body.y + lists_h, height: detail_h, ..body }, buf);
    }
}

fn draw_decisions(app: &App, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    let focused = view.tab == Tab::Decisions;
    let title = format!("{} ({})", app.t(dec(DecUi::DecisionsPane)), view.decisions.len());
    let block = pane_block(title, focused);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if view.decisions.is_empty() {
        Line::styled(app.t(dec(DecUi::NoDecisions)), theme::dim()).render_in(Rect { height: 1, ..inner }, buf);
        return;
    }
    let w = inner.width as usize;
    let item_w = 5.min(w / 4);
    let ref_w = 16.min(w / 4);
    let text_w = w.saturating_sub(item_w + ref_w + 2);
    let mut lines = vec![Line::styled(
        format!(
            "{} {} {}",
            pad(app.t(dec(DecUi::ColItem)), item_w),
            pad(app.t(dec(DecUi::ColReference)), ref_w),
            pad(app.t(dec(DecUi::FieldText)), text_w)
        ),
        theme::dim(),
    )];
    for d in &view.decisions {
        lines.push(Line::raw(format!(
            "{} {} {}",
            pad(&view.item_number(d.item_id), item_w),
            pad(&d.reference, ref_w),
            pad(first_line(&d.text), text_w)
        )));
    }
    let selected = if focused { Some(view.selected_decision + 1) } else { None };
    rows::render(lines, selected, inner, buf);
}

fn draw_actions(app: &App, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    let focused = view.tab == Tab::Actions;
    let title = format!("{} ({})", app.t(dec(DecUi::ActionsPane)), view.actions.len());
    let block = pane_block(title, focused);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if view.actions.is_empty() {
        Line::styled(app.t(dec(DecUi::NoActions)), theme::dim()).render_in(Rect { height: 1, ..inner }, buf);
        return;
    }
    let today = Date::today();
    let w = inner.width as usize;
    let code_w = 10.min(w / 5);
    let owner_w = 14.min(w / 5);
    let dl_w = 11.min(w / 6);
    let st_w = 12.min(w / 6);
    let text_w = w.saturating_sub(code_w + owner_w + dl_w + st_w + 4);
    let mut lines = vec![Line::styled(
        format!(
            "{} {} {} {} {}",
            pad(app.t(dec(DecUi::ColCode)), code_w),
            pad(app.t(dec(DecUi::ColOwner)), owner_w),
            pad(app.t(dec(DecUi::ColText)), text_w),
            pad(app.t(dec(DecUi::ColDeadline)), dl_w),
            pad(app.t(dec(DecUi::ColStatus)), st_w),
        ),
        theme::dim(),
    )];
    for a in &view.actions {
        let (st, style) = status_cell(app, a, today);
        lines.push(Line::from(vec![
            Span::raw(format!(
                "{} {} {} {} ",
                pad(&a.code, code_w),
                pad(&a.owner, owner_w),
                pad(first_line(&a.text), text_w),
                pad(&a.deadline, dl_w)
            )),
            Span::styled(pad(&st, st_w), style),
        ]));
    }
    let selected = if focused { Some(view.selected_action + 1) } else { None };
    rows::render(lines, selected, inner, buf);
}

fn draw_detail(app: &App, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    let (title, text) = match view.tab {
        Tab::Decisions => match view.selected_decision() {
            Some(d) => (d.reference.clone(), d.text.clone()),
            None => (String::new(), String::new()),
        },
        Tab::Actions => match view.selected_action() {
            Some(a) if a.remarks.trim().is_empty() => (a.code.clone(), a.text.clone()),
            Some(a) => (a.code.clone(), format!("{}\n{}: {}", a.text, app.t(dec(DecUi::FieldRemarks)), a.remarks)),
            None => (String::new(), String::new()),
        },
    };
    Paragraph::new(text).block(pane_block(title, false)).wrap(Wrap { trim: false }).render(area, buf);
}

impl App {
    fn decisions_view(&self) -> Option<&DecisionsView> {
        match self.screen() {
            Screen::Decisions(v) => Some(v),
            _ => None,
        }
    }

    /// `b` on the agenda: the meeting's decisions and action points; new ones link to the selected item.
    pub(crate) fn open_decisions(&mut self) {
        let (meeting, item) = match self.screen() {
            Screen::Agenda(v) => (v.meeting_id, v.selected_id()),
            _ => return,
        };
        match DecisionsView::load(&self.store, meeting, item, self.lang) {
            Ok(v) => self.push(Screen::Decisions(v)),
            Err(e) => self.fail(e),
        }
    }

    pub(crate) fn add_entry(&mut self) {
        let Some(v) = self.decisions_view() else { return };
        let form = match v.tab {
            Tab::Decisions => Ok(EntryForm::new_decision(v)),
            Tab::Actions => EntryForm::new_action(&self.store, v),
        };
        match form {
            Ok(f) => self.push(Screen::EntryForm(Box::new(f))),
            Err(e) => self.fail(e),
        }
    }

    pub(crate) fn edit_entry(&mut self) {
        let Some(v) = self.decisions_view() else { return };
        let form = match v.tab {
            Tab::Decisions => v.selected_decision().map(|d| EntryForm::edit_decision(v, d)),
            Tab::Actions => v.selected_action().map(|a| EntryForm::edit_action(v, a)),
        };
        match form {
            Some(f) => self.push(Screen::EntryForm(Box::new(f))),
            None => self.info(self.t(Ui::NothingToEdit)),
        }
    }

    pub(crate) fn confirm_delete_decision(&mut self) {
        let Some(v) = self.decisions_view() else { return };
        if v.tab == Tab::Actions {
            let Some(a) = v.selected_action() else { return };
            let label = if a.code.is_empty() { first_line(&a.text).to_string() } else { a.code.clone() };
            let question = self.t(dec(DecUi::AskDeleteAction)).replacen("{}", &crate::tui::cells::fit(&label, 50), 1);
            self.overlay = Some(Overlay::Confirm(Confirm { question, removal: Removal::DeleteAction(a.id) }));
            return;
        }
        let Some(d) = v.selected_decision() else { return };
        let question =
            self.t(dec(DecUi::AskDeleteDecision)).replacen("{}", &crate::tui::cells::fit(first_line(&d.text), 50), 1);
        self.overlay = Some(Overlay::Confirm(Confirm { question, removal: Removal::DeleteDecision(d.id) }));
    }

    /// Deletes the decision and keeps it on the screen's undo stack.
    pub(crate) fn remove_decision(&mut self, id: DecisionId) -> crate::Result<Ui> {
        let d = self.store.delete_decision(id)?;
        if let Screen::Decisions(v) = self.screen_mut() {
            v.deleted.push(Deleted::Decision(d));
        }
        Ok(dec(DecUi::DecisionDeleted))
    }

    pub(crate) fn remove_action(&mut self, id: ActionId) -> crate::Result<Ui> {
        let a = self.store.delete_action(id)?;
        if let Screen::Decisions(v) = self.screen_mut() {
            v.deleted.push(Deleted::Command(a));
        }
        Ok(dec(DecUi::ActionDeleted))
    }

    /// `u`: the last deleted decision comes back, as it was (a new row with the same content).
    pub(crate) fn undo_decision(&mut self) {
        let Screen::Decisions(v) = self.screen_mut() else { return };
        let d = match v.deleted.pop() {
            None => return self.info(self.t(dec(DecUi::NothingToUndo))),
            Some(Deleted::Command(a)) => return self.undo_action(a),
            Some(Deleted::Decision(d)) => d,
        };
        let draft = DecisionDraft {
            body: d.body.clone(),
            meeting_id: d.meeting_id,
            item_id: d.item_id,
            date: d.date.clone(),
            text: d.text.clone(),
            reference: d.reference.clone(),
        };
        match self.store.add_decision(&draft) {
            Ok(id) => {
                self.refresh();
                if let Screen::Decisions(v) = self.screen_mut() {
                    v.tab = Tab::Decisions;
                    if let Some(pos) = v.decisions.iter().position(|x| x.id == id) {
                        v.selected_decision = pos;
                    }
                }
                self.info(self.t(dec(DecUi::DecisionBack)));
            }
            Err(e) => {
                if let Screen::Decisions(v) = self.screen_mut() {
                    v.deleted.push(Deleted::Decision(d));
                }
                self.fail(e);
            }
        }
    }

    fn undo_action(&mut self, a: ActionPoint) {
        match self.store.restore_action(&a) {
            Ok(id) => {
                self.refresh();
                if let Screen::Decisions(v) = self.screen_mut() {
                    v.tab = Tab::Actions;
                    if let Some(pos) = v.actions.iter().position(|x| x.id == id) {
                        v.selected_action = pos;
                    }
                }
                self.info(self.t(dec(DecUi::ActionBack)));
            }
            Err(e) => {
                if let Screen::Decisions(v) = self.screen_mut() {
                    v.deleted.push(Deleted::Command(a));
                }
                self.fail(e);
            }
        }
    }

    /// Space / c on an action point, here or on the action list.
    pub(crate) fn toggle_action(&mut self) {
        let action = match self.screen() {
            Screen::Decisions(v) if v.tab == Tab::Actions => v.selected_action().cloned(),
            Screen::Decisions(_) => return,
            Screen::ActionList(v) => v.selected_row().map(|r| r.action.clone()),
            _ => return,
        };
        let Some(a) = action else { return };
        let (status, word) = match a.status {
            ActionStatus::Open => (ActionStatus::Done, DecUi::ActionClosed),
            ActionStatus::Done => (ActionStatus::Open, DecUi::ActionReopened),
        };
        match self.store.set_action_status(a.id, status) {
            Ok(()) => {
                self.refresh();
                let label = if a.code.is_empty() { first_line(&a.text).to_string() } else { a.code.clone() };
                self.info(self.t(dec(word)).replacen("{}", &label, 1));
            }
            Err(e) => self.fail(e),
        }
    }
}
