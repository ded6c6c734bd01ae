//! The action list across meetings as a working list: filters and the order on screen, "12 van 40", the
//! selected action whole in a detail pane. Which actions show and in what order is the core's
//! (`crate::actions`); this screen holds the filter state, the actions closed while it is open, and draws.

use super::meetings::RenderIn;
use super::step;
use crate::actions::{self, ActionEntry, ActionFilter, Deadline, DueFilter, Listing, SortKey, StatusFilter};
use crate::dates::Date;
use crate::domain::{ActionId, ActionStatus};
use crate::locale::DecUi;
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crate::text::clean_line;
use crate::tui::cells::{first_line, pad};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{PickPurpose, Picker};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::entry_form::EntryForm;
use crate::tui::screens::export::{self, Subject};
use crate::tui::screens::{AgendaView, Screen};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;
use std::cell::Cell;

fn dec(w: DecUi) -> Ui {
    Ui::Dec(w)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Detail,
}

pub struct ActionListView {
    /// Every action point, open and done; `listing` says which show, in what order.
    pub entries: Vec<ActionEntry>,
    pub listing: Listing,
    /// Position in `listing.shown`.
    pub selected: usize,
    pub filter: ActionFilter,
    pub sort: SortKey,
    /// Closed here while the list is open, oldest first: they stay in view marked done, `u` takes the last
    /// one back. Gone when the list is refreshed (`r`) or left.
    pub kept: Vec<ActionId>,
    pub owners: Vec<String>,
    pub bodies: Vec<String>,
    /// Fixed when the list loads, so that the marks do not change under the user's eyes at midnight.
    pub today: Date,
    pub pane: Pane,
    pub detail_scroll: u16,
    detail_last_top: Cell<u16>,
    /// The words being typed to find (`/`), while typing.
    pub find_input: Option<TextArea<'static>>,
}

impl std::fmt::Debug for ActionListView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActionListView")
            .field("shown", &self.listing.shown.len())
            .field("filter", &self.filter)
            .field("sort", &self.sort)
            .finish()
    }
}

impl ActionListView {
    pub fn load(store: &Store) -> crate::Result<ActionListView> {
        let mut v = ActionListView {
            entries: vec![],
            listing: Listing::default(),
            selected: 0,
            filter: ActionFilter::default(),
            sort: SortKey::default(),
            kept: vec![],
            owners: vec![],
            bodies: vec![],
            today: Date::today(),
            pane: Pane::List,
            detail_scroll: 0,
            detail_last_top: Cell::new(u16::MAX),
            find_input: None,
        };
        v.reload(store)?;
        Ok(v)
    }

    /// Reads the actions again; those closed here stay in view.
    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let keep = self.selected_id();
        self.entries = actions::load(store)?;
        self.owners = store.action_owners()?;
        self.bodies = store.bodies()?.into_iter().map(|b| b.name).collect();
        self.relist(keep);
        Ok(())
    }

    /// Applies the filters and the order again, keeping `keep` selected where it is still shown.
    pub fn relist(&mut self, keep: Option<ActionId>) {
        self.listing = actions::list(&self.entries, &self.filter, self.sort, self.today, &self.kept);
        self.select(keep);
    }

    pub fn select(&mut self, id: Option<ActionId>) {
        if let Some(pos) =
            id.and_then(|id| self.listing.shown.iter().position(|&i| self.entries[i].row.action.id == id))
        {
            if pos != self.selected {
                self.detail_scroll = 0;
            }
            self.selected = pos;
        }
        self.selected = self.selected.min(self.listing.shown.len().saturating_sub(1));
    }

    /// The entries shown, in order.
    pub fn shown(&self) -> impl Iterator<Item = &ActionEntry> {
        self.listing.shown.iter().map(|&i| &self.entries[i])
    }

    pub fn selected_entry(&self) -> Option<&ActionEntry> {
        self.listing.shown.get(self.selected).map(|&i| &self.entries[i])
    }

    pub fn selected_id(&self) -> Option<ActionId> {
        self.selected_entry().map(|e| e.row.action.id)
    }

    pub fn move_by(&mut self, delta: i64) {
        match self.pane {
            Pane::List => {
                let before = self.selected;
                self.selected = step(self.selected, delta, self.listing.shown.len());
                if before != self.selected {
                    self.detail_scroll = 0;
                }
            }
            Pane::Detail => {
                let max = self.detail_last_top.get() as i64;
                self.detail_scroll = (self.detail_scroll as i64 + delta).clamp(0, max) as u16;
            }
        }
    }

    pub fn counts(&self) -> actions::Counts {
        actions::counts(&self.entries, &self.listing, self.today)
    }

    /// The words typed to find, as they now read (while typing, the field's text).
    pub fn find_text(&self) -> String {
        match &self.find_input {
            Some(ta) => ta.lines().first().cloned().unwrap_or_default(),
            None => self.filter.find.clone(),
        }
    }

    fn set_status(&mut self, id: ActionId, status: ActionStatus) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.row.action.id == id) {
            e.row.action.status = status;
        }
    }
}

fn label_of(e: &ActionEntry) -> String {
    let a = &e.row.action;
    if a.code.trim().is_empty() {
        crate::tui::cells::fit(first_line(&a.text), 40)
    } else {
        a.code.clone()
    }
}

/// The status word of an action, never colour alone: "open", "⚠ te laat", "afgehandeld".
fn status_cell(lang: Lang, e: &ActionEntry, today: Date) -> (&'static str, Style) {
    if e.row.action.status == ActionStatus::Done {
        (lang.ui(dec(DecUi::Done)), theme::dim())
    } else if actions::is_overdue(&e.row, today) {
        (lang.ui(dec(DecUi::Overdue)), theme::error())
    } else {
        (lang.ui(dec(DecUi::Open)), theme::good())
    }
}

fn status_word(s: StatusFilter) -> DecUi {
    match s {
        StatusFilter::Open => DecUi::FilterStatusOpen,
        StatusFilter::Overdue => DecUi::FilterStatusOverdue,
        StatusFilter::Done => DecUi::FilterStatusDone,
        StatusFilter::All => DecUi::FilterStatusAll,
    }
}

fn sort_word(s: SortKey) -> DecUi {
    match s {
        SortKey::Deadline => DecUi::SortDeadline,
        SortKey::Code => DecUi::SortCode,
        SortKey::Owner => DecUi::SortOwner,
        SortKey::Meeting => DecUi::SortMeeting,
    }
}

/// What the written list holds, for its reader, who does not see the screen: "3 van 4 actiepunten: open,
/// elke deadline, alle gremia, iedereen; op deadline". In Dutch, as the rest of the written list.
fn shown_for_the_file(view: &ActionListView) -> String {
    let t = |w| crate::locale::Lang::Nl.ui(dec(w));
    let due = match view.filter.due {
        DueFilter::Any => DecUi::FilterDueAny,
        DueFilter::ThisWeek => DecUi::FilterDueWeek,
        DueFilter::ThisMonth => DecUi::FilterDueMonth,
        DueFilter::Overdue => DecUi::FilterDueOverdue,
    };
    let mut filters = vec![t(status_word(view.filter.status)).to_string(), t(due).to_string()];
    filters.push(match &view.filter.body {
        Some(b) => format!("{} {b}", t(DecUi::FilterBody)),
        None => t(DecUi::FilterBodyAll).to_string(),
    });
    filters.push(match &view.filter.owner {
        Some(o) => format!("{} {o}", t(DecUi::FilterOwner)),
        None => t(DecUi::FilterOwnerAll).to_string(),
    });
    let find = view.find_text();
    if !find.is_empty() {
        filters.push(format!("{} «{find}»", t(DecUi::FilterFind)));
    }
    format!(
        "{} van {} actiepunten: {}; {}",
        view.listing.shown.len(),
        view.listing.total,
        filters.join(", "),
        t(sort_word(view.sort))
    )
}

/// The filters and the order, each after the key that changes it: "h open · t elke deadline · b MIO · …".
/// What narrows the list stands out; a filter at its default is dim, and left out when the line is narrow
/// (`compact`; help still names its key).
fn filter_line(look: &Look, view: &ActionListView, compact: bool) -> Line<'static> {
    let t = |w| look.t(dec(w));
    let mut spans = Vec::new();
    let mut add = |key: &str, text: String, active: bool| {
        if compact && !active && key != "h" {
            return;
        }
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", theme::dim()));
        }
        spans.push(Span::styled(format!("{key} "), theme::key()));
        spans.push(Span::styled(text, if active { theme::heading() } else { theme::dim() }));
    };
    add("h", t(status_word(view.filter.status)).to_string(), view.filter.status != StatusFilter::Open);
    let due = match view.filter.due {
        DueFilter::Any => DecUi::FilterDueAny,
        DueFilter::ThisWeek => DecUi::FilterDueWeek,
        DueFilter::ThisMonth => DecUi::FilterDueMonth,
        DueFilter::Overdue => DecUi::FilterDueOverdue,
    };
    add("t", t(due).to_string(), view.filter.due != DueFilter::Any);
    match &view.filter.body {
        Some(b) => add("b", format!("{} {b}", t(DecUi::FilterBody)), true),
        None => add("b", t(DecUi::FilterBodyAll).to_string(), false),
    }
    match &view.filter.owner {
        Some(o) => add("w", format!("{} {o}", t(DecUi::FilterOwner)), true),
        None => add("w", t(DecUi::FilterOwnerAll).to_string(), false),
    }
    let find = view.find_text();
    if view.find_input.is_some() {
        add("/", format!("{}: {find}", t(DecUi::FilterFind)), true);
        spans.push(Span::styled(" ", theme::selected()));
    } else if find.is_empty() {
        add("/", t(DecUi::FilterFindNone).to_string(), false);
    } else {
        add("/", format!("{} «{find}»", t(DecUi::FilterFind)), true);
    }
    spans.push(Span::styled(" │ ", theme::dim()));
    spans.push(Span::styled("s ", theme::key()));
    spans.push(Span::styled(t(sort_word(view.sort)).to_string(), theme::heading()));
    Line::from(spans)
}

pub fn draw(look: &Look, view: &ActionListView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let c = view.counts();
    let shown = look.t(dec(DecUi::ShownOfTotal)).replacen("{}", &view.listing.shown.len().to_string(), 1).replacen(
        "{}",
        &view.listing.total.to_string(),
        1,
    );
    let mut head = vec![
        Span::styled("annoteer", theme::title()),
        Span::raw(" · "),
        Span::styled(look.t(dec(DecUi::ActionListTitle)), theme::heading()),
        Span::raw(" · "),
        Span::raw(shown),
    ];
    if c.overdue > 0 {
        head.push(Span::raw(" · "));
        head.push(Span::styled(format!("{} {}", c.overdue, look.t(dec(DecUi::FilterStatusOverdue))), theme::error()));
    }
    Line::from(head).render_in(Rect { height: 1, ..area }, buf);
    if area.height < 2 {
        return;
    }
    let mut filters = filter_line(look, view, false);
    if filters.width() > area.width as usize {
        filters = filter_line(look, view, true);
    }
    filters.render_in(Rect { y: area.y + 1, height: 1, ..area }, buf);
    let body = Rect { y: area.y + 2, height: area.height - 2, ..area };
    if body.height == 0 {
        return;
    }
    let (list_area, detail_area) = if body.width >= 150 {
        let left = body.width * 62 / 100;
        (Some(Rect { width: left, ..body }), Some(Rect { x: body.x + left, width: body.width - left, ..body }))
    } else if body.height >= 12 {
        // The list takes what its rows need (header and borders too), at most half; the detail the rest.
        let wanted = (view.listing.shown.len().min(200) as u16 + 3).max(5);
        let list_h = wanted.min(body.height / 2);
        (Some(Rect { height: list_h, ..body }), Some(Rect { y: body.y + list_h, height: body.height - list_h, ..body }))
    } else if view.pane == Pane::List {
        (Some(body), None)
    } else {
        (None, Some(body))
    };
    if let Some(a) = list_area {
        draw_list(look, view, a, buf);
    }
    if let Some(a) = detail_area {
        draw_detail(look, view, a, buf);
    }
}

fn pane_block(title: String, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { theme::border_focus() } else { theme::border() })
        .title(title)
}

fn draw_list(look: &Look, view: &ActionListView, area: Rect, buf: &mut Buffer) {
    let block = pane_block(look.t(dec(DecUi::ActionsPane)).to_string(), view.pane == Pane::List);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if view.listing.shown.is_empty() {
        let word = if view.listing.total == 0 {
            DecUi::ActionListEmptyAll
        } else if view.filter.is_default() {
            DecUi::ActionListEmpty
        } else {
            DecUi::ListEmptyFiltered
        };
        Paragraph::new(look.t(dec(word))).style(theme::dim()).wrap(Wrap { trim: true }).render(inner, buf);
        return;
    }
    let w = inner.width as usize;
    // The meeting column when there is room; on a narrow screen it takes the owner's place while the list
    // is ordered by meeting, so the grouping shows.
    let wide = w >= 88;
    let by_meeting = view.sort == SortKey::Meeting;
    let st_w = 11.min(w / 6);
    let code_w = 10.min(w / 6);
    let owner_w = if wide || !by_meeting { 12.min(w / 6) } else { 0 };
    let dl_w = 11.min(w / 6);
    let meeting_w = if wide {
        18
    } else if by_meeting {
        16.min(w / 5)
    } else {
        0
    };
    let gaps = 3 + usize::from(owner_w > 0) + usize::from(meeting_w > 0);
    let text_w = w.saturating_sub(st_w + code_w + owner_w + dl_w + meeting_w + gaps);
    let mut header = vec![pad(look.t(dec(DecUi::ColStatus)), st_w), pad(look.t(dec(DecUi::ColCode)), code_w)];
    if owner_w > 0 {
        header.push(pad(look.t(dec(DecUi::ColOwner)), owner_w));
    }
    header.push(pad(look.t(dec(DecUi::ColText)), text_w));
    header.push(pad(look.t(dec(DecUi::ColDeadline)), dl_w));
    if meeting_w > 0 {
        header.push(pad(look.t(dec(DecUi::ColMeeting)), meeting_w));
    }
    let mut lines = vec![Line::styled(header.join(" "), theme::dim())];
    for e in view.shown() {
        let a = &e.row.action;
        let (st, style) = status_cell(look.lang, e, view.today);
        let text_style = if a.status == ActionStatus::Done { theme::dim() } else { Style::default() };
        let mut spans = vec![Span::styled(pad(st, st_w), style), Span::raw(" "), Span::raw(pad(&a.code, code_w))];
        if owner_w > 0 {
            spans.push(Span::raw(" "));
            spans.push(Span::raw(pad(&a.owner, owner_w)));
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(pad(first_line(&a.text), text_w), text_style));
        spans.push(Span::raw(" "));
        spans.push(Span::raw(pad(&a.deadline, dl_w)));
        if meeting_w > 0 {
            let meeting = if e.row.body.is_empty() && e.row.meeting_date.is_empty() {
                "—".to_string()
            } else {
                format!("{} {}", e.row.meeting_date, e.row.body)
            };
            spans.push(Span::raw(" "));
            spans.push(Span::raw(pad(&meeting, meeting_w)));
        }
        lines.push(Line::from(spans));
    }
    rows::render(lines, Some(view.selected + 1), inner, buf);
}

fn draw_detail(look: &Look, view: &ActionListView, area: Rect, buf: &mut Buffer) {
    let lang = look.lang;
    let focused = view.pane == Pane::Detail;
    let Some(e) = view.selected_entry() else {
        pane_block(String::new(), focused).render(area, buf);
        return;
    };
    let a = &e.row.action;
    let title =
        if a.code.is_empty() { first_line(&a.text).to_string() } else { format!("{} {}", a.code, first_line(&a.text)) };
    let block = pane_block(title, focused);
    let t = |w| look.t(dec(w));
    let mut text = Text::default();
    let (st, style) = status_cell(lang, e, view.today);
    text.push_line(Line::from(vec![
        Span::styled(format!("{}: ", t(DecUi::DetailStatus)), theme::dim()),
        Span::styled(st.to_string(), style),
    ]));
    let owner = if a.owner.trim().is_empty() { look.t(Ui::NotSet).to_string() } else { a.owner.clone() };
    text.push_line(Line::from(vec![
        Span::styled(format!("{}: ", t(DecUi::DetailOwner)), theme::dim()),
        Span::raw(owner),
    ]));
    let mut deadline = vec![Span::styled(format!("{}: ", t(DecUi::DetailDeadline)), theme::dim())];
    match Deadline::of(&e.row) {
        Deadline::None => deadline.push(Span::raw(look.t(Ui::NotSet).to_string())),
        Deadline::Text => {
            deadline.push(Span::raw(a.deadline.clone()));
            deadline.push(Span::styled(format!(" {}", t(DecUi::DetailDueText)), theme::dim()));
        }
        Deadline::Dated(d) => {
            deadline.push(Span::raw(a.deadline.clone()));
            if a.deadline.trim() != d.iso() {
                deadline.push(Span::styled(format!(" ({})", lang.long_date(&d.iso())), theme::dim()));
            }
        }
    }
    text.push_line(Line::from(deadline));
    let from = if e.row.meeting_date.is_empty() {
        look.t(Ui::NotSet).to_string()
    } else {
        let mut s = format!("{} {}", e.row.body, lang.long_date(&e.row.meeting_date));
        if !e.item_number.is_empty() || !e.item_title.is_empty() {
            s.push_str(&format!(", {} {} {}", t(DecUi::DetailItem), e.item_number, e.item_title));
        }
        s
    };
    text.push_line(Line::from(vec![
        Span::styled(format!("{}: ", t(DecUi::DetailFrom)), theme::dim()),
        Span::raw(from),
    ]));
    push_section(&mut text, t(DecUi::ColText), &a.text);
    if !a.remarks.trim().is_empty() {
        push_section(&mut text, t(DecUi::DetailRemarks), &a.remarks);
    }
    text.push_line(Line::default());
    text.push_line(Line::styled(t(DecUi::DetailCarried).to_string(), theme::heading()));
    if e.carried_into.is_empty() {
        text.push_line(Line::styled(t(DecUi::DetailNotCarried).to_string(), theme::dim()));
    }
    for c in &e.carried_into {
        text.push_line(Line::raw(format!(
            "• {} {}, {} {}",
            c.body,
            lang.long_date(&c.meeting_date),
            t(DecUi::DetailItem),
            c.item_number
        )));
    }
    let para = Paragraph::new(text).wrap(Wrap { trim: false });
    let inner = block.inner(area);
    let last_top = para.line_count(inner.width).saturating_sub(inner.height as usize).min(u16::MAX as usize) as u16;
    view.detail_last_top.set(last_top);
    para.block(block).scroll((view.detail_scroll.min(last_top), 0)).render(area, buf);
}

fn push_section(text: &mut Text<'static>, heading: &str, body: &str) {
    text.push_line(Line::default());
    text.push_line(Line::styled(heading.to_string(), theme::heading()));
    for l in body.lines() {
        text.push_line(Line::raw(l.to_string()));
    }
}

impl View for ActionListView {
    fn mode(&self) -> Mode {
        if self.find_input.is_some() {
            Mode::ActionFind
        } else {
            Mode::ActionList
        }
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
        if self.find_input.is_some() {
            return self.finding(cmd);
        }
        let keep = self.selected_id();
        match cmd {
            Command::ToggleDone => self.toggle(ctx),
            Command::Undo => self.take_back(ctx),
            Command::CycleStatus => {
                self.filter.status = self.filter.status.next();
                self.relist(keep);
                Outcome::Nothing
            }
            Command::CycleDue => {
                self.filter.due = self.filter.due.next();
                self.relist(keep);
                Outcome::Nothing
            }
            Command::CycleSort => {
                self.sort = self.sort.next();
                self.relist(keep);
                Outcome::Nothing
            }
            Command::FilterBody => {
                let mut options = vec![(ctx.t(dec(DecUi::AllBodies)).to_string(), String::new())];
                options.extend(self.bodies.iter().map(|b| (b.clone(), b.clone())));
                let current = self.filter.body.clone().unwrap_or_default();
                Picker::open(ctx.t(dec(DecUi::PickBody)), options, &current, PickPurpose::ActionBody)
            }
            Command::FilterOwner => {
                let mut options = vec![(ctx.t(dec(DecUi::Everyone)).to_string(), String::new())];
                options.extend(self.owners.iter().map(|o| (o.clone(), o.clone())));
                let current = self.filter.owner.clone().unwrap_or_default();
                Picker::open(ctx.t(dec(DecUi::PickOwner)), options, &current, PickPurpose::ActionOwner)
            }
            Command::Find => {
                let mut ta = TextArea::new(vec![self.filter.find.clone()]);
                ta.move_cursor(ratatui_textarea::CursorMove::End);
                self.find_input = Some(ta);
                Outcome::Nothing
            }
            Command::ClearFilters => {
                self.filter = ActionFilter::default();
                self.relist(keep);
                Outcome::info(ctx.t(dec(DecUi::FiltersCleared)))
            }
            Command::Refresh => {
                self.kept.clear();
                Outcome::Refresh
            }
            Command::SwitchPane => {
                self.pane = if self.pane == Pane::List { Pane::Detail } else { Pane::List };
                Outcome::Nothing
            }
            Command::EditEntry => self.edit(ctx),
            Command::Open => self.jump_to_meeting(ctx),
            Command::Export => {
                let ids = self.shown().map(|e| e.row.action.id).collect();
                let shown = shown_for_the_file(self);
                export::ask_for(ctx, Subject::ActionList { ids, shown, today: self.today })
            }
            Command::Paste(_) => Outcome::info(ctx.t(Ui::PasteWhere)),
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        let answer = match export::on_answer(answer, ctx) {
            Ok(done) => return done,
            Err(other) => other,
        };
        let keep = self.selected_id();
        match answer {
            Answer::Picked(PickPurpose::ActionBody, value) => {
                self.filter.body = (!value.is_empty()).then_some(value);
            }
            Answer::Picked(PickPurpose::ActionOwner, value) => {
                self.filter.owner = (!value.is_empty()).then_some(value);
            }
            _ => return Outcome::Nothing,
        }
        self.relist(keep);
        Outcome::Nothing
    }
}

impl ActionListView {
    /// Typing the words to find: the list narrows with every key.
    fn finding(&mut self, cmd: Command) -> Outcome {
        let keep = self.selected_id();
        let Some(ta) = self.find_input.as_mut() else { return Outcome::Pass };
        match cmd {
            Command::Input(key) => {
                if key.code == crossterm::event::KeyCode::Enter || !crate::tui::editor::text_key(ta, key) {
                    return Outcome::Nothing;
                }
            }
            Command::Paste(text) => {
                ta.insert_str(clean_line(&text));
            }
            Command::EditDone => {
                self.find_input = None;
                return Outcome::Nothing;
            }
            // Esc: the words go, the list is as before.
            Command::Back => {
                self.find_input = None;
                self.filter.find.clear();
                self.relist(keep);
                return Outcome::Nothing;
            }
            Command::Up | Command::Down | Command::PageUp | Command::PageDown => return Outcome::Pass,
            _ => return Outcome::Pass,
        }
        self.filter.find = clean_line(&self.find_text());
        self.relist(keep);
        Outcome::Nothing
    }

    /// Space: close the action (it stays in view, marked done; `u` takes it back) or reopen a done one.
    fn toggle(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some(e) = self.selected_entry() else { return Outcome::Nothing };
        let (id, label, status) = (e.row.action.id, label_of(e), e.row.action.status);
        let (next, word) = match status {
            ActionStatus::Open => (ActionStatus::Done, DecUi::ClosedUndo),
            ActionStatus::Done => (ActionStatus::Open, DecUi::ReopenedKept),
        };
        if let Err(e) = ctx.store.set_action_status(id, next) {
            return Outcome::Fail(e);
        }
        self.set_status(id, next);
        self.kept.retain(|k| *k != id);
        if next == ActionStatus::Done {
            self.kept.push(id);
        }
        self.relist(Some(id));
        Outcome::info(ctx.t(dec(word)).replacen("{}", &label, 1))
    }

    /// `u`: the last action closed here is open again.
    fn take_back(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some(id) = self.kept.pop() else { return Outcome::info(ctx.t(dec(DecUi::NothingToTakeBack))) };
        if let Err(e) = ctx.store.set_action_status(id, ActionStatus::Open) {
            self.kept.push(id);
            return Outcome::Fail(e);
        }
        self.set_status(id, ActionStatus::Open);
        self.relist(Some(id));
        let label = self.entries.iter().find(|e| e.row.action.id == id).map(label_of).unwrap_or_default();
        Outcome::info(ctx.t(dec(DecUi::TakenBack)).replacen("{}", &label, 1))
    }

    /// `e`: the action in the entry form of its meeting; Ctrl-S there comes back here.
    fn edit(&self, ctx: &mut Ctx) -> Outcome {
        let Some(e) = self.selected_entry() else { return Outcome::info(ctx.t(dec(DecUi::NoActionSelected))) };
        if e.row.action.meeting_id.is_none() {
            return Outcome::info(ctx.t(dec(DecUi::NoMeetingOfAction)));
        }
        Outcome::push_loaded(
            EntryForm::edit_action_of(ctx.store, &e.row.action).map(|f| Screen::EntryForm(Box::new(f))),
        )
    }

    /// Enter: the agenda of the action's meeting, its item selected; Esc comes back here.
    fn jump_to_meeting(&self, ctx: &mut Ctx) -> Outcome {
        let Some(e) = self.selected_entry() else { return Outcome::Nothing };
        let Some(meeting) = e.row.action.meeting_id else {
            return Outcome::info(ctx.t(dec(DecUi::NoMeetingOfAction)));
        };
        match AgendaView::load(ctx.store, meeting) {
            Ok(mut a) => {
                a.select(e.row.action.item_id);
                Outcome::push(Screen::Agenda(a))
            }
            Err(e) => Outcome::Fail(e),
        }
    }
}
