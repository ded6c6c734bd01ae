//! The agenda of one meeting, read like the annotated agenda itself: number, title, treatment and origin,
//! advice, papers, and a warning when the cover note and the agenda disagree; the selected item in detail.

use super::meetings::RenderIn;
use super::step;
use crate::domain::{DocumentId, ItemField, ItemId, ItemRecord, MeetingId, MeetingRecord};
use crate::locale::{Lang, PolishUi, Ui};
use crate::memo::What;
use crate::store::{Placement, Store};
use crate::text::clean_line;
use crate::tui::cells::{fit, pad, pad_left};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{apply_item_pick, PickPurpose, Picker};
use crate::tui::overlays::{Confirm, Overlay, Prompt, PromptPurpose, Removal};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::{export, import, meeting_form, preview, search, DecisionsView, Screen};
use crate::tui::screens::{DocsView, ItemView};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Detail,
}

#[derive(Debug)]
pub struct AgendaView {
    pub meeting_id: MeetingId,
    pub record: MeetingRecord,
    pub selected: usize,
    pub pane: Pane,
    pub detail_scroll: u16,
    /// The last scroll position that still fills the detail pane, as the last drawing found it.
    pub detail_last_top: std::cell::Cell<u16>,
    /// The papers whose file was not there when the agenda was (re)loaded: drawing does not look at disk.
    pub missing: std::collections::HashSet<DocumentId>,
    /// Papers with a newer version beside them or changed on disk, looked at when the agenda opened (and
    /// after `n`): the content hash makes this too costly for every reload.
    pub news: std::collections::HashMap<DocumentId, crate::history::DocStatus>,
}

fn paper_news(record: &MeetingRecord) -> std::collections::HashMap<DocumentId, crate::history::DocStatus> {
    use crate::history::DocStatus;
    let docs = record.items.iter().flat_map(|r| r.documents.iter());
    docs.filter_map(|d| match crate::history::check_document(&d.document) {
        s @ (DocStatus::NewerVersion { .. } | DocStatus::Changed { .. }) => Some((d.document.id, s)),
        _ => None,
    })
    .collect()
}

fn missing_files(record: &MeetingRecord) -> std::collections::HashSet<DocumentId> {
    let docs = record.items.iter().flat_map(|r| r.documents.iter());
    docs.filter(|d| !std::path::Path::new(&d.document.path).exists()).map(|d| d.document.id).collect()
}

impl AgendaView {
    pub fn load(store: &Store, meeting_id: MeetingId) -> crate::Result<AgendaView> {
        let record = store.meeting_record(meeting_id)?;
        Ok(AgendaView {
            meeting_id,
            missing: missing_files(&record),
            news: paper_news(&record),
            record,
            selected: 0,
            pane: Pane::List,
            detail_scroll: 0,
            detail_last_top: std::cell::Cell::new(u16::MAX),
        })
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let keep = self.selected_id();
        self.record = store.meeting_record(self.meeting_id)?;
        self.missing = missing_files(&self.record);
        self.select(keep);
        Ok(())
    }

    pub fn select(&mut self, id: Option<ItemId>) {
        if let Some(pos) = id.and_then(|id| self.record.items.iter().position(|r| r.item.id == id)) {
            self.selected = pos;
        }
        self.selected = self.selected.min(self.record.items.len().saturating_sub(1));
    }

    pub fn selected_id(&self) -> Option<ItemId> {
        self.selected_record().map(|r| r.item.id)
    }

    pub fn selected_record(&self) -> Option<&ItemRecord> {
        self.record.items.get(self.selected)
    }

    pub fn move_by(&mut self, delta: i64) {
        match self.pane {
            Pane::List => {
                self.selected = step(self.selected, delta, self.record.items.len());
                self.detail_scroll = 0;
            }
            Pane::Detail => {
                let max = self.detail_last_top.get() as i64;
                self.detail_scroll = (self.detail_scroll as i64 + delta).clamp(0, max) as u16;
            }
        }
    }

    pub fn switch_pane(&mut self) {
        self.pane = if self.pane == Pane::List { Pane::Detail } else { Pane::List };
    }
}

/// "Ter besluitvorming (bijlage, PGT)", as the agenda writes it.
pub fn treatment_line(lang: Lang, r: &ItemRecord) -> String {
    let origin = lang.origin(&r.item);
    match (r.item.treatment, origin.is_empty()) {
        (Some(t), true) => lang.treatment(t).to_string(),
        (Some(t), false) => format!("{} ({origin})", lang.treatment(t)),
        (None, false) => format!("({origin})"),
        (None, true) => String::new(),
    }
}

pub fn advice_badge(lang: Lang, r: &ItemRecord) -> (String, ratatui::style::Style) {
    match r.item.advice_stance {
        Some(s) => (lang.stance(s).to_string(), theme::good()),
        None if r.item.has_advice() => (lang.ui(Ui::AdviceWritten).to_string(), theme::good()),
        None => (lang.ui(Ui::NoAdvice).to_string(), theme::dim()),
    }
}

pub fn mismatch_sentence(lang: Lang, r: &ItemRecord) -> Option<String> {
    match (r.item.treatment, r.item.cover_treatment) {
        (Some(a), Some(c)) if a != c => {
            Some(lang.ui(Ui::MismatchSentence).replacen("{}", &lang.treatment(c).to_lowercase(), 1).replacen(
                "{}",
                &lang.treatment(a).to_lowercase(),
                1,
            ))
        }
        _ => None,
    }
}

pub fn draw(look: &Look, view: &AgendaView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let m = &view.record.meeting;
    let mut head = vec![
        Span::styled(m.body.clone(), theme::title()),
        Span::raw(" · "),
        Span::raw(look.lang.weekday_date(&m.date)),
    ];
    if !m.title.is_empty() && m.title != m.body {
        head.push(Span::raw(" · "));
        head.push(Span::raw(m.title.clone()));
    }
    if !m.classification.is_empty() {
        head.push(Span::raw("  "));
        head.push(Span::styled(m.classification.to_uppercase(), theme::warning()));
    }
    Line::from(head).render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    if body.height == 0 {
        return;
    }
    let (list_area, detail_area) = if body.width >= 150 {
        let c = Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(58), Constraint::Percentage(42)])
            .split(body);
        (Some(c[0]), Some(c[1]))
    } else if body.height >= 12 {
        // The list takes what its rows need (header, parts, items, borders), at most 60%; the detail the rest.
        let parts = heading_rows(&view.record).min(u16::MAX as usize) as u16;
        let wanted =
            (view.record.items.len().min(u16::MAX as usize) as u16).saturating_add(parts.saturating_add(3)).max(6);
        let list_h = wanted.min((body.height as u32 * 60 / 100) as u16);
        let c = Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Length(list_h), Constraint::Min(0)])
            .split(body);
        (Some(c[0]), Some(c[1]))
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

fn draw_list(look: &Look, view: &AgendaView, area: Rect, buf: &mut Buffer) {
    let lang = look.lang;
    let block = pane_block(look.t(Ui::AgendaPane).to_string(), view.pane == Pane::List);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if view.record.items.is_empty() {
        Line::styled(look.t(Ui::NoItems), theme::dim()).render_in(Rect { height: 1, ..inner }, buf);
        return;
    }
    let w = inner.width as usize;
    // Wide enough for the deepest number ("      2.1.1.3"), within reason.
    let deepest = view.record.items.iter().map(|r| 2 * r.item.depth.min(3) + r.item.number.chars().count()).max();
    let num_w = deepest.unwrap_or(0).clamp(7, 14).min(w);
    // Narrow: the title matters most, the treatment goes to the detail pane.
    let papers_w = 3;
    let warn_w = 2;
    let (treat_w, adv_w) = match w {
        0..70 => (0, w * 22 / 100),
        70..100 => (w * 24 / 100, w * 14 / 100),
        _ => {
            // Wide: the advice ("Akkoord met kanttekeningen") and the treatment are shown whole before
            // the subject gets the room that is left, as long as the subject keeps 30 columns.
            let widest = |f: &dyn Fn(&ItemRecord) -> String| {
                view.record.items.iter().map(|r| crate::tui::cells::width(&f(r))).max().unwrap_or(0)
            };
            let adv_need = widest(&|r| advice_badge(lang, r).0).clamp(6, 28);
            let treat_need = widest(&|r| treatment_line(lang, r)).clamp(11, 40);
            let spare = w.saturating_sub(num_w + papers_w + warn_w + 4 + 30);
            let adv = adv_need.min(spare).max((w * 16 / 100).min(18));
            let treat = treat_need.min(spare.saturating_sub(adv)).max((w * 30 / 100).min(36).min(treat_need));
            (treat, adv)
        }
    };
    let title_w = w.saturating_sub(num_w + treat_w + adv_w + papers_w + warn_w + 4);
    let mut lines = vec![Line::styled(
        format!(
            "{} {} {} {} {} {}",
            pad(look.t(Ui::ColNumber), num_w),
            pad(look.t(Ui::ColTitle), title_w),
            pad(look.t(Ui::ColTreatment), treat_w),
            pad(look.t(Ui::ColAdvice), adv_w),
            pad_left(look.t(Ui::ColPapers), papers_w),
            pad("", warn_w),
        ),
        theme::dim(),
    )];
    let mut selected_row = None;
    let headings = part_headings(&view.record);
    for (i, r) in view.record.items.iter().enumerate() {
        let it = &r.item;
        match headings.get(&i) {
            Some(Some(title)) => lines.push(Line::styled(fit(title, w), theme::heading())),
            Some(None) => lines
                .push(Line::styled(fit(look.t(Ui::Polish(crate::locale::PolishUi::OtherItems)), w), theme::heading())),
            None => {}
        }
        if i == view.selected {
            selected_row = Some(lines.len());
        }
        let indent = "  ".repeat(it.depth.min(3));
        let (badge, badge_style) = advice_badge(lang, r);
        let news = r.documents.iter().any(|d| view.news.contains_key(&d.document.id));
        let papers = match (r.documents.len(), news) {
            (0, _) => String::new(),
            (n, false) => n.to_string(),
            (n, true) => format!("{n}↑"),
        };
        let warn = if it.treatment_mismatch() { "⚠" } else { "" };
        lines.push(Line::from(vec![
            Span::raw(pad(&format!("{indent}{}", it.number), num_w)),
            Span::raw(" "),
            Span::styled(pad(&it.title, title_w), if it.depth == 0 { theme::title() } else { Default::default() }),
            Span::raw(" "),
            Span::raw(pad(&treatment_line(lang, r), treat_w)),
            Span::raw(" "),
            Span::styled(pad(&badge, adv_w), badge_style),
            Span::raw(" "),
            Span::raw(pad_left(&papers, papers_w)),
            Span::raw(" "),
            Span::styled(pad(warn, warn_w), theme::warning()),
        ]));
    }
    // The column header stays put while a long agenda scrolls under it; a pane of one or two rows shows
    // the selected item rather than the header.
    if inner.height < 3 {
        return rows::render(lines, selected_row, inner, buf);
    }
    let mut lines = lines.into_iter();
    if let Some(header) = lines.next() {
        header.render_in(Rect { height: 1, ..inner }, buf);
    }
    let body = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
    rows::render(lines.collect(), selected_row.map(|r| r - 1), body, buf);
}

fn draw_detail(look: &Look, view: &AgendaView, area: Rect, buf: &mut Buffer) {
    let lang = look.lang;
    let Some(r) = view.selected_record() else {
        pane_block(String::new(), view.pane == Pane::Detail).render(area, buf);
        return;
    };
    let it = &r.item;
    let block = pane_block(format!("{} {}", it.number, it.title), view.pane == Pane::Detail);
    let mut text = Text::default();
    let tl = treatment_line(lang, r);
    if !tl.is_empty() {
        text.push_line(Line::styled(tl, theme::dim()));
    }
    if let Some(s) = mismatch_sentence(lang, r) {
        text.push_line(Line::styled(format!("⚠ {s}"), theme::warning()));
    }
    if !r.skipped_bodies.is_empty() {
        let names = r.skipped_bodies.join(look.t(Ui::Or));
        text.push_line(Line::styled(
            format!("⚠ {}", look.t(Ui::SkippedPreparing).replacen("{}", &names, 1)),
            theme::warning(),
        ));
    }
    push_section(&mut text, look.t(Ui::Annotation), &it.annotation, look.t(Ui::Empty));
    let (mut badge, style) = advice_badge(lang, r);
    if r.item.advice_stance.is_none() && r.item.has_advice() {
        // The advice's own words follow; "Advies: advies (tekst)" would only say so twice.
        badge.clear();
    }
    text.push_line(Line::default());
    text.push_line(Line::from(vec![
        Span::styled(format!("{}: ", look.t(Ui::Advice)), theme::heading()),
        Span::styled(badge, style),
    ]));
    for l in it.advice_text.lines() {
        text.push_line(Line::raw(l.to_string()));
    }
    if !it.talking_points.is_empty() {
        text.push_line(Line::default());
        text.push_line(Line::styled(look.t(Ui::TalkingPoints), theme::heading()));
        let (lead, points) = crate::text::talking_points_lead(&it.talking_points);
        if let Some(lead) = lead {
            text.push_line(Line::raw(lead.to_string()));
        }
        for p in points {
            text.push_line(Line::raw(format!("• {}", crate::text::without_bullet(p))));
        }
    }
    if !r.documents.is_empty() {
        text.push_line(Line::default());
        text.push_line(Line::styled(look.t(Ui::Documents), theme::heading()));
        for d in &r.documents {
            let missing = view.missing.contains(&d.document.id);
            let name = std::path::Path::new(&d.document.path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| d.document.path.clone());
            let mut spans = vec![Span::raw(format!("{}: {name}", lang.role(d.role)))];
            if missing {
                spans.push(Span::styled(format!("  ({})", look.t(Ui::Missing)), theme::error()));
            }
            match view.news.get(&d.document.id) {
                Some(crate::history::DocStatus::NewerVersion { path }) => {
                    let newer = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    let said = look.t(Ui::NewerVersion).replacen("{}", &newer, 1);
                    spans.push(Span::styled(format!("  ({said} — n)"), theme::warning()));
                }
                Some(crate::history::DocStatus::Changed { .. }) => {
                    spans.push(Span::styled(format!("  ({} — n)", look.t(Ui::Changed)), theme::warning()));
                }
                _ => {}
            }
            text.push_line(Line::from(spans));
        }
    }
    if !it.notes.trim().is_empty() {
        push_section(&mut text, look.t(Ui::Notes), &it.notes, "");
    }
    for e in &r.earlier {
        text.push_line(Line::default());
        text.push_line(Line::styled(
            format!("{} {} {} — {}", look.t(Ui::Earlier), e.body, lang.long_date(&e.date), e.title),
            theme::dim(),
        ));
        for d in &e.decisions {
            text.push_line(Line::raw(format!("  {d}")));
        }
    }
    for d in &r.decisions {
        text.push_line(Line::styled(format!("{}: {}", look.t(Ui::Decision), d.text), theme::dim()));
    }
    let para = Paragraph::new(text).wrap(Wrap { trim: false });
    // Scrolling stops where the last line is at the bottom, so G/End shows a full pane, not one line.
    let inner = block.inner(area);
    let last_top = para.line_count(inner.width).saturating_sub(inner.height as usize);
    let last_top = last_top.min(u16::MAX as usize) as u16;
    view.detail_last_top.set(last_top);
    para.block(block).scroll((view.detail_scroll.min(last_top), 0)).render(area, buf);
}

fn push_section(text: &mut Text<'static>, heading: &str, body: &str, empty: &str) {
    text.push_line(Line::default());
    text.push_line(Line::styled(heading.to_string(), theme::heading()));
    if body.trim().is_empty() {
        if !empty.is_empty() {
            text.push_line(Line::styled(empty.to_string(), theme::dim()));
        }
    } else {
        for l in body.lines() {
            text.push_line(Line::raw(l.to_string()));
        }
    }
}

impl View for AgendaView {
    fn mode(&self) -> Mode {
        Mode::Agenda
    }

    fn move_by(&mut self, delta: i64) {
        AgendaView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        AgendaView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn focus(&mut self, s: Selection) {
        if let Selection::Item(id) = s {
            self.select(Some(id));
        }
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Open => match self.selected_id() {
                Some(id) => Outcome::push_loaded(ItemView::load(ctx.store, id).map(Screen::Item)),
                None => Outcome::info(ctx.t(Ui::NoItemsHint)),
            },
            Command::SwitchPane => {
                self.switch_pane();
                Outcome::Nothing
            }
            Command::Add => {
                let purpose = PromptPurpose::NewItem { meeting: self.meeting_id, after: self.selected_id() };
                Prompt::open(purpose, ctx.t(Ui::PromptNewItem), "")
            }
            Command::Delete => self.confirm_delete(ctx),
            Command::Undo => undo_here(ctx, self.meeting_id, false),
            Command::DeletedList => crate::tui::undo::open_list(ctx),
            Command::Status => crate::tui::undo::choose_status(ctx, self.meeting_id),
            Command::RefreshDocument => self.refresh_paper(ctx),
            Command::ExternalEdit => match self.selected_record() {
                Some(r) => crate::tui::editing::external(&r.item, ItemField::Annotation),
                None => Outcome::info(ctx.t(Ui::NothingToEdit)),
            },
            Command::MoveUp => self.move_item(ctx, -1),
            Command::MoveDown => self.move_item(ctx, 1),
            Command::Indent => self.indent(ctx, true),
            Command::Outdent => self.indent(ctx, false),
            Command::Documents => match self.selected_id() {
                Some(id) => Outcome::push_loaded(DocsView::load(ctx.store, id).map(Screen::Documents)),
                None => Outcome::Nothing,
            },
            Command::EditMeeting => meeting_form::open_edit(ctx, self.meeting_id),
            Command::CarryOver => crate::tui::carry::offer(ctx, self.meeting_id, false),
            Command::Import => import::open(ctx, self.meeting_id),
            Command::Search => search::open(ctx),
            Command::Export => export::ask(ctx, self.meeting_id, What::Memo),
            Command::Preview => preview::open(ctx, self.meeting_id),
            Command::Decisions => Outcome::push_loaded(
                DecisionsView::load(ctx.store, self.meeting_id, self.selected_id(), ctx.lang).map(Screen::Decisions),
            ),
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        let answer = match export::on_answer(answer, ctx) {
            Ok(done) => return done,
            Err(other) => other,
        };
        match answer {
            Answer::Confirmed(Removal::DeleteItem(id)) => match ctx.store.delete_item(id) {
                Ok(_) => Outcome::Refresh.and(Outcome::info(ctx.t(Ui::DeletedUndo))),
                Err(e) => Outcome::Fail(e),
            },
            Answer::Entered(p) => match p.purpose.clone() {
                PromptPurpose::NewItem { meeting, after } => {
                    let text = clean_line(&p.text());
                    match self.add_item(ctx, meeting, after, &text) {
                        Ok(id) => Outcome::info(ctx.t(Ui::ItemAdded)).and(offer_earlier_for_new(ctx, id)),
                        Err(e) => p.refused(Outcome::Fail(e)),
                    }
                }
                _ => Outcome::Nothing,
            },
            Answer::Picked(PickPurpose::RestoreDeleted, value) => crate::tui::undo::restore(ctx, &value),
            Answer::Picked(PickPurpose::MeetingStatus(m), value) => crate::tui::undo::set_status(ctx, m, &value),
            Answer::Picked(purpose, value) => apply_item_pick(&purpose, &value, ctx, false),
            Answer::Confirmed(Removal::UndoImport(m)) => undo_here(ctx, m, true),
            Answer::Confirmed(_) => Outcome::Nothing,
        }
    }
}

impl AgendaView {
    /// Adds an item right after the selected one (at its level), in the selected item's part, and selects it.
    fn add_item(
        &mut self,
        ctx: &mut Ctx,
        meeting: MeetingId,
        after: Option<ItemId>,
        title: &str,
    ) -> crate::Result<ItemId> {
        let part = after.and_then(|a| self.record.items.iter().find(|r| r.item.id == a)).and_then(|r| r.item.part_id);
        let placement = match after {
            Some(a) => Placement::After(a),
            None => Placement::End { parent: None },
        };
        let draft = crate::domain::ItemDraft { title: title.to_string(), ..Default::default() };
        let id = ctx.store.add_item(meeting, placement, part, &draft)?;
        self.reload(ctx.store)?;
        self.select(Some(id));
        Ok(id)
    }

    fn confirm_delete(&self, ctx: &Ctx) -> Outcome {
        let Some(r) = self.selected_record() else { return Outcome::Nothing };
        // The items under it follow it, deeper (by the tree, not the number: "4a" is under "4").
        let items = &self.record.items;
        let at = items.iter().position(|x| x.item.id == r.item.id).map_or(items.len(), |p| p + 1);
        let subs = items[at..].iter().take_while(|x| x.item.depth > r.item.depth).count();
        let mut question = ctx.t(Ui::AskDeleteItem).replacen("{}", &format!("{} {}", r.item.number, r.item.title), 1);
        if subs > 0 {
            question.push(' ');
            question.push_str(&ctx.t(Ui::AlsoSubItems).replacen("{}", &subs.to_string(), 1));
        }
        Outcome::Overlay(Overlay::Confirm(Confirm { question, removal: Removal::DeleteItem(r.item.id) }))
    }

    fn move_item(&mut self, ctx: &mut Ctx, delta: i64) -> Outcome {
        let Some(id) = self.selected_id() else { return Outcome::Nothing };
        match ctx.store.move_item(id, delta) {
            Ok(true) => Outcome::Refresh,
            Ok(false) => Outcome::info(ctx.t(if delta < 0 { Ui::AlreadyFirst } else { Ui::AlreadyLast })),
            Err(e) => Outcome::Fail(e),
        }
    }

    fn indent(&mut self, ctx: &mut Ctx, inward: bool) -> Outcome {
        let Some(id) = self.selected_id() else { return Outcome::Nothing };
        let result = if inward { ctx.store.indent_item(id) } else { ctx.store.outdent_item(id) };
        match result {
            Ok(true) => Outcome::Refresh,
            Ok(false) => Outcome::info(ctx.t(if inward { Ui::CannotIndent } else { Ui::CannotOutdent })),
            Err(e) => Outcome::Fail(e),
        }
    }
}

/// Right after `a` made an item: the same choice as L, when there is anything to propose. Enter links,
/// Esc skips; the item stays made either way. A lookup that fails offers nothing and says nothing: the
/// item was made, which is what the user asked for.
fn offer_earlier_for_new(ctx: &Ctx, id: ItemId) -> Outcome {
    let Ok(proposals) = crate::history::propose_earlier(ctx.store, id) else { return Outcome::Nothing };
    if proposals.is_empty() {
        return Outcome::Nothing;
    }
    let options = super::item::proposal_options(ctx.lang, &proposals);
    Picker::open(ctx.t(Ui::OfferEarlier), options, "", PickPurpose::EarlierOfNew(id))
}

/// The headings over the list, by the index of the item they stand above: a part's title, or `None` for
/// "Overige agendapunten". Headed as the memo heads them, so items in no part after a part's items are
/// never seemingly under the part above.
fn part_headings(record: &MeetingRecord) -> std::collections::HashMap<usize, Option<String>> {
    let mut out = std::collections::HashMap::new();
    let mut part: Option<Option<crate::domain::PartId>> = None;
    for (i, r) in record.items.iter().enumerate() {
        if part == Some(r.item.part_id) {
            continue;
        }
        let after_others = part.is_some();
        part = Some(r.item.part_id);
        match record.parts.iter().find(|p| Some(p.id) == r.item.part_id) {
            Some(p) => {
                out.insert(i, Some(p.title.clone()));
            }
            None if after_others => {
                out.insert(i, None);
            }
            None => {}
        }
    }
    out
}

fn heading_rows(record: &MeetingRecord) -> usize {
    part_headings(record).len()
}

fn import_key(meeting: MeetingId) -> String {
    format!("tui.last_import.{}", meeting.0)
}

/// What an import just added, so that `u` can take it back as one step: "unix time|id,id,…".
/// A third part, the items' places as imported, tells whether they were moved since.
pub fn remember_import(store: &mut Store, meeting: MeetingId, ids: &[ItemId]) -> crate::Result<()> {
    let list: Vec<String> = ids.iter().map(|i| i.0.to_string()).collect();
    let places = layout(store, meeting, ids)?;
    store.set_setting(&import_key(meeting), &format!("{}|{}|{places}", now_secs(), list.join(",")))
}

/// Where these items stand: parent, place and part of each, in agenda order.
fn layout(store: &Store, meeting: MeetingId, ids: &[ItemId]) -> crate::Result<String> {
    Ok(store
        .agenda(meeting)?
        .iter()
        .filter(|i| ids.contains(&i.id))
        .map(|i| format!("{}:{:?}:{}:{:?}", i.id.0, i.parent_id.map(|p| p.0), i.position, i.part_id.map(|p| p.0)))
        .collect::<Vec<_>>()
        .join(";"))
}

fn now_secs() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// `u` on the agenda: the latest of the last delete here and the last import here is undone; an import
/// goes as one step (its items into the trash together, so that `u` again puts them back).
/// The items moved since the import (indented, shifted): `u` would take back more than the user just
/// did, so it asks first (`confirmed` is the answer yes).
fn undo_here(ctx: &mut Ctx, meeting: MeetingId, confirmed: bool) -> Outcome {
    use crate::domain::UndoScope;
    let scope = UndoScope::Meeting(meeting);
    let import = ctx.store.setting(&import_key(meeting)).ok().flatten().and_then(|v| {
        let mut parts = v.splitn(3, '|');
        let at = parts.next()?.parse::<i64>().ok()?;
        let ids: Vec<ItemId> = parts.next()?.split(',').filter_map(|i| i.parse().ok()).map(ItemId).collect();
        Some((at, ids, parts.next().map(str::to_string)))
    });
    let last_delete = ctx.store.latest_deleted_in(scope).ok().flatten().map(|d| d.deleted_at);
    let Some((_, ids, places)) = import.filter(|(at, ..)| last_delete.is_none_or(|d| d < *at)) else {
        return crate::tui::undo::undo(ctx, scope);
    };
    let moved = places.is_some_and(|p| layout(ctx.store, meeting, &ids).is_ok_and(|now| now != p));
    if moved && !confirmed {
        let n = ids.iter().filter(|id| ctx.store.item(**id).is_ok_and(|i| i.meeting_id == meeting)).count();
        let question = ctx.t(Ui::Polish(crate::locale::PolishUi::UndoImportAsk)).replacen(
            "{}",
            &ctx.lang.count(n, crate::locale::Noun::Item),
            1,
        );
        return Outcome::Overlay(Overlay::Confirm(Confirm { question, removal: Removal::UndoImport(meeting) }));
    }
    let forget = Outcome::report(ctx.store.set_setting(&import_key(meeting), ""));
    let still: Vec<ItemId> =
        ids.into_iter().filter(|id| ctx.store.item(*id).is_ok_and(|i| i.meeting_id == meeting)).collect();
    if still.is_empty() {
        return forget.and(crate::tui::undo::undo(ctx, scope));
    }
    match ctx.store.delete_items(&still) {
        Ok(_) => forget.and(Outcome::Refresh).and(Outcome::info(ctx.t(Ui::ImportUndone).replacen(
            "{}",
            &ctx.lang.count(still.len(), crate::locale::Noun::Item),
            1,
        ))),
        Err(e) => Outcome::Fail(e),
    }
}

impl AgendaView {
    /// `n` on the agenda: the selected item's first paper with a newer version beside it gets that version
    /// linked (the older stays as the previous version), or a changed file's new facts are recorded.
    fn refresh_paper(&mut self, ctx: &mut Ctx) -> Outcome {
        use crate::history::DocStatus;
        let Some(r) = self.selected_record() else { return Outcome::info(ctx.t(Ui::Polish(PolishUi::NoItemForNewer))) };
        let item = r.item.id;
        let Some((doc, status)) =
            r.documents.iter().find_map(|d| self.news.get(&d.document.id).map(|s| (d.document.id, s.clone())))
        else {
            // Said of what is there: no papers at all, or none of them changed.
            let w = if r.documents.is_empty() { Ui::NoPapersToRenew } else { Ui::PapersUnchanged };
            return Outcome::info(ctx.t(w));
        };
        let said = if matches!(status, DocStatus::NewerVersion { .. }) { Ui::NewerLinked } else { Ui::FactsUpdated };
        match crate::history::refresh_link(ctx.store, item, doc) {
            Ok(_) => {
                self.news.remove(&doc);
                Outcome::Refresh.and(Outcome::info(ctx.t(said)))
            }
            Err(e) => Outcome::Fail(e),
        }
    }
}
