//! The decisions and action points of one meeting, two panes (Tab switches).

use super::meetings::RenderIn;
use super::step;
use crate::dates::Date;
use crate::domain::{ActionPoint, ActionStatus, Decision, DecisionDraft, ItemId, MeetingId, UndoScope};
use crate::locale::CoverUi;
use crate::locale::DecUi;
use crate::locale::{Lang, Ui};
use crate::memo::What;
use crate::store::Store;
use crate::tui::cells::{first_line, pad};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{Confirm, Overlay, PickPurpose, Removal};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::entry_form::EntryForm;
use crate::tui::screens::{export, Screen};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

fn dec(w: DecUi) -> Ui {
    Ui::Dec(w)
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
    /// The owners already used on action points, offered in the form.
    pub owners: Vec<String>,
    /// The items whose cover note proposes decision points, in agenda order, with the points.
    pub proposed: Vec<(ItemId, Vec<String>)>,
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
            owners: vec![],
            proposed: vec![],
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
        self.proposed = Vec::new();
        for i in &self.items {
            if let Some(c) = store.cover_note(i.id)?.filter(|c| !c.proposed_decisions.is_empty()) {
                self.proposed.push((i.id, c.proposed_decisions));
            }
        }
        self.actions = store.meeting_actions(self.meeting_id)?;
        self.owners = store.action_owners()?;
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

/// The status word of an action, never colour alone: "open", "⚠ te laat", "afgehandeld". The overdue rule
/// is the action list's (`actions::action_overdue`); `meeting_date` is the date of the action's meeting.
pub fn status_cell(look: &Look, a: &ActionPoint, meeting_date: &str, today: Date) -> (String, Style) {
    if a.status == ActionStatus::Done {
        (look.t(dec(DecUi::Done)).to_string(), theme::dim())
    } else if crate::actions::action_overdue(a, meeting_date, today) {
        (look.t(dec(DecUi::Overdue)).to_string(), theme::error())
    } else {
        (look.t(dec(DecUi::Open)).to_string(), theme::good())
    }
}

fn pane_block(title: String, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { theme::border_focus() } else { theme::border() })
        .title(title)
}

pub fn draw(look: &Look, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    Line::from(vec![
        Span::styled(view.heading.clone(), theme::title()),
        Span::raw(" · "),
        Span::styled(
            format!("{} & {}", look.t(dec(DecUi::DecisionsPane)), look.t(dec(DecUi::ActionsPane))),
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
        draw_decisions(look, view, a, buf);
    }
    if let Some(a) = act_area {
        draw_actions(look, view, a, buf);
    }
    if detail_h > 0 {
        draw_detail(look, view, Rect { y: body.y + lists_h, height: detail_h, ..body }, buf);
    }
}

fn draw_decisions(look: &Look, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    let focused = view.tab == Tab::Decisions;
    let title = format!("{} ({})", look.t(dec(DecUi::DecisionsPane)), view.decisions.len());
    let block = pane_block(title, focused);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if view.decisions.is_empty() {
        Line::styled(look.t(dec(DecUi::NoDecisions)), theme::dim()).render_in(Rect { height: 1, ..inner }, buf);
        return;
    }
    let w = inner.width as usize;
    let item_w = 5.min(w / 4);
    let ref_w = 16.min(w / 4);
    let text_w = w.saturating_sub(item_w + ref_w + 2);
    let mut lines = vec![Line::styled(
        format!(
            "{} {} {}",
            pad(look.t(dec(DecUi::ColItem)), item_w),
            pad(look.t(dec(DecUi::ColReference)), ref_w),
            pad(look.t(dec(DecUi::FieldText)), text_w)
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

fn draw_actions(look: &Look, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    let focused = view.tab == Tab::Actions;
    let title = format!("{} ({})", look.t(dec(DecUi::ActionsPane)), view.actions.len());
    let block = pane_block(title, focused);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if view.actions.is_empty() {
        Line::styled(look.t(dec(DecUi::NoActions)), theme::dim()).render_in(Rect { height: 1, ..inner }, buf);
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
            pad(look.t(dec(DecUi::ColCode)), code_w),
            pad(look.t(dec(DecUi::ColOwner)), owner_w),
            pad(look.t(dec(DecUi::ColText)), text_w),
            pad(look.t(dec(DecUi::ColDeadline)), dl_w),
            pad(look.t(dec(DecUi::ColStatus)), st_w),
        ),
        theme::dim(),
    )];
    for a in &view.actions {
        let (st, style) = status_cell(look, a, &view.meeting_date, today);
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

fn draw_detail(look: &Look, view: &DecisionsView, area: Rect, buf: &mut Buffer) {
    let (title, text) = match view.tab {
        Tab::Decisions => match view.selected_decision() {
            Some(d) => (d.reference.clone(), d.text.clone()),
            None => (String::new(), String::new()),
        },
        Tab::Actions => match view.selected_action() {
            Some(a) if a.remarks.trim().is_empty() => (a.code.clone(), a.text.clone()),
            Some(a) => (a.code.clone(), format!("{}\n{}: {}", a.text, look.t(dec(DecUi::FieldRemarks)), a.remarks)),
            None => (String::new(), String::new()),
        },
    };
    Paragraph::new(text).block(pane_block(title, false)).wrap(Wrap { trim: false }).render(area, buf);
}

impl View for DecisionsView {
    fn mode(&self) -> Mode {
        Mode::Decisions
    }

    fn move_by(&mut self, delta: i64) {
        DecisionsView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        DecisionsView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    /// Shows the decision or action point (switching the pane to it).
    fn focus(&mut self, s: Selection) {
        match s {
            Selection::Decision(id) => {
                self.tab = Tab::Decisions;
                if let Some(pos) = self.decisions.iter().position(|x| x.id == id) {
                    self.selected_decision = pos;
                }
            }
            Selection::Action(id) => {
                self.tab = Tab::Actions;
                if let Some(pos) = self.actions.iter().position(|x| x.id == id) {
                    self.selected_action = pos;
                }
            }
            _ => {}
        }
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::SwitchPane => {
                self.switch_pane();
                Outcome::Nothing
            }
            Command::Add => {
                let form = match self.tab {
                    Tab::Decisions => Ok(EntryForm::new_decision(self, ctx.lang)),
                    Tab::Actions => EntryForm::new_action(ctx.store, self),
                };
                Outcome::push_loaded(form.map(|f| Screen::EntryForm(Box::new(f))))
            }
            Command::Open => {
                let form = match self.tab {
                    Tab::Decisions => self.selected_decision().map(|d| EntryForm::edit_decision(self, d)),
                    Tab::Actions => self.selected_action().map(|a| EntryForm::edit_action(self, a)),
                };
                match form {
                    Some(f) => Outcome::push(Screen::EntryForm(Box::new(f))),
                    None => Outcome::info(ctx.t(Ui::NothingToEdit)),
                }
            }
            Command::Delete => self.confirm_delete(ctx),
            Command::Undo => self.undo(ctx),
            Command::DeletedList => crate::tui::undo::open_list(ctx),
            Command::ToggleDone if self.tab == Tab::Actions => match self.selected_action() {
                Some(a) => toggle_action(ctx, &a.clone()),
                None => Outcome::Nothing,
            },
            Command::ToggleDone => Outcome::Nothing,
            Command::AsProposed => match self.next_proposed() {
                Some((item, text)) => self.record_as_proposed(ctx, item, text),
                None => Outcome::info(ctx.t(Ui::Cover(CoverUi::NothingProposed))),
            },
            Command::EditProposed => match self.next_proposed() {
                Some((item, text)) => {
                    Outcome::push(Screen::EntryForm(Box::new(EntryForm::proposed_decision(self, item, text))))
                }
                None => Outcome::info(ctx.t(Ui::Cover(CoverUi::NothingProposed))),
            },
            Command::Export => export::ask(ctx, self.meeting_id, What::Decisions),
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        let answer = match export::on_answer(answer, ctx) {
            Ok(done) => return done,
            Err(other) => other,
        };
        // Into the trash, where `u` in this list finds it again, also after a restart.
        let removed = match answer {
            Answer::Confirmed(Removal::DeleteDecision(id)) => {
                ctx.store.delete_decision(id).map(|_| DecUi::DecisionDeleted)
            }
            Answer::Confirmed(Removal::DeleteAction(id)) => ctx.store.delete_action(id).map(|_| DecUi::ActionDeleted),
            Answer::Picked(PickPurpose::RestoreDeleted, value) => return crate::tui::undo::restore(ctx, &value),
            _ => return Outcome::Nothing,
        };
        match removed {
            Ok(word) => Outcome::Refresh.and(Outcome::info(ctx.t(dec(word)))),
            Err(e) => Outcome::Fail(e),
        }
    }
}

/// The decision text of proposed points: one point as it is, more as a numbered list, one a line.
pub fn proposed_text(points: &[String]) -> String {
    match points {
        [one] => one.clone(),
        many => many.iter().enumerate().map(|(i, p)| format!("{}. {p}", i + 1)).collect::<Vec<_>>().join("\n"),
    }
}

impl DecisionsView {
    /// The item whose proposed decision comes next: the one the screen was opened on, else the first in
    /// agenda order, among those without a decision yet.
    pub fn next_proposed(&self) -> Option<(ItemId, String)> {
        let open = |id: &ItemId| !self.decisions.iter().any(|d| d.item_id == Some(*id));
        let default = self.default_item.and_then(|d| self.proposed.iter().find(|(id, _)| *id == d && open(id)));
        default
            .or_else(|| self.proposed.iter().find(|(id, _)| open(id)))
            .map(|(id, points)| (*id, proposed_text(points)))
    }

    /// `p`: the proposed decision becomes the decision, as the cover note worded it.
    fn record_as_proposed(&mut self, ctx: &mut Ctx, item: ItemId, text: String) -> Outcome {
        let draft = DecisionDraft {
            body: String::new(),
            meeting_id: Some(self.meeting_id),
            item_id: Some(item),
            date: self.meeting_date.clone(),
            text,
            reference: crate::tui::screens::entry_form::default_reference(ctx.lang, &self.items, Some(item)),
        };
        match ctx.store.add_decision(&draft) {
            Ok(id) => {
                let reloaded = Outcome::report(self.reload(ctx.store));
                self.focus(Selection::Decision(id));
                let number = self.item_number(Some(item));
                reloaded.and(Outcome::info(ctx.t(Ui::Cover(CoverUi::RecordedAsProposed)).replacen("{}", &number, 1)))
            }
            Err(e) => Outcome::Fail(e),
        }
    }

    fn confirm_delete(&self, ctx: &Ctx) -> Outcome {
        if self.tab == Tab::Actions {
            let Some(a) = self.selected_action() else { return Outcome::Nothing };
            let label = if a.code.is_empty() { first_line(&a.text).to_string() } else { a.code.clone() };
            let question = ctx.t(dec(DecUi::AskDeleteAction)).replacen("{}", &crate::tui::cells::fit(&label, 50), 1);
            return Outcome::Overlay(Overlay::Confirm(Confirm { question, removal: Removal::DeleteAction(a.id) }));
        }
        let Some(d) = self.selected_decision() else { return Outcome::Nothing };
        let question =
            ctx.t(dec(DecUi::AskDeleteDecision)).replacen("{}", &crate::tui::cells::fit(first_line(&d.text), 50), 1);
        Outcome::Overlay(Overlay::Confirm(Confirm { question, removal: Removal::DeleteDecision(d.id) }))
    }

    /// `u`: the last decision deleted in this meeting comes back, or on the action pane the last action
    /// point; nothing deleted elsewhere, and the message says what came back where.
    fn undo(&mut self, ctx: &mut Ctx) -> Outcome {
        let (scope, none) = match self.tab {
            Tab::Decisions => (UndoScope::Decisions(self.meeting_id), DecUi::NothingUndoDecisions),
            Tab::Actions => (UndoScope::Actions(self.meeting_id), DecUi::NothingUndoActions),
        };
        match ctx.store.latest_deleted_in(scope) {
            Ok(None) => Outcome::info(ctx.t(dec(none))),
            Ok(Some(_)) => crate::tui::undo::undo(ctx, scope),
            Err(e) => Outcome::Fail(e),
        }
    }
}

/// Space / c on an action point, on this screen or on the action list.
pub fn toggle_action(ctx: &mut Ctx, a: &ActionPoint) -> Outcome {
    let (status, word) = match a.status {
        ActionStatus::Open => (ActionStatus::Done, DecUi::ActionClosed),
        ActionStatus::Done => (ActionStatus::Open, DecUi::ActionReopened),
    };
    match ctx.store.set_action_status(a.id, status) {
        Ok(()) => {
            let label = if a.code.is_empty() { first_line(&a.text).to_string() } else { a.code.clone() };
            Outcome::Refresh.and(Outcome::info(ctx.t(dec(word)).replacen("{}", &label, 1)))
        }
        Err(e) => Outcome::Fail(e),
    }
}
