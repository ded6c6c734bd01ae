//! `/`: search past decisions and agenda items as you type; Enter jumps to the meeting and item.

use super::step;
use crate::locale::{Noun, Ui};
use crate::search::{Corpus, Hit, ItemField, KindCounts, Query, Record, RecordKind, Scope, Searcher};
use crate::store::Store;
use crate::tui::cells::{fit, pad};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::screen::{Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::meetings::RenderIn;
use crate::tui::screens::AgendaView;
use crate::tui::screens::Screen;
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;
use std::sync::Arc;

pub const LIMIT: usize = 50;

/// Where the choice of what to search in is kept between sessions.
const SCOPE_SETTING: &str = "tui.search_scope";

/// From this width the preview stands beside the hits; on a narrower screen Ctrl-P shows it instead of them.
pub const PREVIEW_BESIDE_FROM: u16 = 100;

/// What the search looks in; `Tab` goes round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchScope {
    #[default]
    All,
    Decisions,
    Items,
}

impl SearchScope {
    fn next(self) -> SearchScope {
        match self {
            SearchScope::All => SearchScope::Decisions,
            SearchScope::Decisions => SearchScope::Items,
            SearchScope::Items => SearchScope::All,
        }
    }

    fn code(self) -> &'static str {
        match self {
            SearchScope::All => "all",
            SearchScope::Decisions => "decisions",
            SearchScope::Items => "items",
        }
    }

    fn from_code(code: &str) -> SearchScope {
        match code {
            "decisions" => SearchScope::Decisions,
            "items" => SearchScope::Items,
            _ => SearchScope::All,
        }
    }

    fn kinds(self) -> Vec<RecordKind> {
        match self {
            SearchScope::All => Vec::new(),
            SearchScope::Decisions => vec![RecordKind::Decision],
            SearchScope::Items => vec![RecordKind::Item],
        }
    }

    fn label(self) -> Ui {
        match self {
            SearchScope::All => Ui::SearchScopeAll,
            SearchScope::Decisions => Ui::SearchScopeDecisions,
            SearchScope::Items => Ui::SearchScopeItems,
        }
    }
}

pub struct SearchView {
    pub input: TextArea<'static>,
    pub searcher: Searcher,
    pub hits: Vec<Hit>,
    pub matched: usize,
    pub selected: usize,
    /// A query that cannot be read ("since:2022-13: not a date …"), said in the screen's language when drawn.
    pub problem: Option<crate::Error>,
    pub searching: bool,
    /// Decisions and agenda items, or one of them; `Tab` goes round, the choice is remembered.
    pub scope: SearchScope,
    /// Matches per kind, whatever the scope.
    pub counts: KindCounts,
    /// Ctrl-P: the preview hidden on a wide screen, shown on a narrow one.
    pub preview_toggled: bool,
    /// The records shown beside the selected hit in the preview: an item's decisions, a decision's item.
    pub linked: Vec<usize>,
}

impl std::fmt::Debug for SearchView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchView").field("hits", &self.hits.len()).field("selected", &self.selected).finish()
    }
}

impl SearchView {
    pub fn open(store: &Store) -> crate::Result<SearchView> {
        let corpus = Arc::new(Corpus::load(store, Scope::Everything)?);
        let mut input = TextArea::default();
        input.set_cursor_line_style(Default::default());
        input.set_cursor_style(theme::selected());
        Ok(SearchView {
            input,
            searcher: Searcher::new(corpus),
            hits: vec![],
            matched: 0,
            selected: 0,
            problem: None,
            searching: false,
            scope: store.setting(SCOPE_SETTING)?.map_or(SearchScope::All, |c| SearchScope::from_code(&c)),
            counts: KindCounts::default(),
            preview_toggled: false,
            linked: Vec::new(),
        })
    }

    pub fn query_text(&self) -> String {
        self.input.lines().first().cloned().unwrap_or_default()
    }

    /// Sends the query as it now reads; answers arrive through `poll`.
    pub fn resubmit(&mut self) {
        let text = self.query_text();
        match Query::parse(&text) {
            Ok(q) if q.is_empty() => {
                self.hits.clear();
                self.matched = 0;
                self.counts = KindCounts::default();
                self.problem = None;
                self.searching = false;
                self.linked.clear();
            }
            Ok(mut q) => {
                if q.kinds.is_empty() {
                    q.kinds = self.scope.kinds();
                }
                self.problem = None;
                self.searcher.submit(q, LIMIT);
                self.searching = true;
            }
            Err(e) => {
                // The hits of the query before would read as answers to this one.
                self.hits.clear();
                self.matched = 0;
                self.searching = false;
                self.problem = Some(e);
            }
        }
    }

    /// Takes the newest answer, if one came; true when the screen changed.
    pub fn poll(&mut self) -> bool {
        let Some(u) = self.searcher.try_recv() else { return false };
        if self.problem.is_some() || self.query_text().trim().is_empty() {
            return false;
        }
        self.hits = u.hits;
        self.matched = u.matched;
        self.counts = u.counts;
        self.searching = u.stage != crate::search::Stage::Final;
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        self.find_linked();
        true
    }

    /// Tab: the next scope, kept in the settings for the next search.
    pub fn toggle_scope(&mut self, store: &mut Store) -> crate::Result<()> {
        self.scope = self.scope.next();
        self.selected = 0;
        self.resubmit();
        store.set_setting(SCOPE_SETTING, self.scope.code())
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.hits.len());
        self.find_linked();
    }

    /// The decisions of the selected item, or the item of the selected decision, for the preview.
    fn find_linked(&mut self) {
        self.linked.clear();
        let corpus = self.searcher.corpus();
        let Some(r) = self.hits.get(self.selected).and_then(|h| corpus.record(h.record)) else { return };
        let Some(item) = r.item_id else { return };
        let wanted = if r.kind == RecordKind::Item { RecordKind::Decision } else { RecordKind::Item };
        self.linked = (0..corpus.len())
            .filter(|&i| corpus.record(i).is_some_and(|o| o.kind == wanted && o.item_id == Some(item)))
            .take(8)
            .collect();
    }
}

fn kind_label(look: &Look, k: RecordKind) -> &'static str {
    look.t(match k {
        RecordKind::Decision => Ui::Decision,
        RecordKind::Item => Ui::ItemHeading,
    })
}

/// The query's problem in the screen's language: the word that cannot be read and what is accepted.
fn problem_text(look: &Look, problem: &crate::Error) -> String {
    look.lang.describe(problem)
}

fn scope_label(view: &SearchView) -> Ui {
    view.scope.label()
}

fn field_label(look: &Look, f: ItemField) -> &'static str {
    look.t(match f {
        ItemField::Title => Ui::ItemHeading,
        ItemField::Annotation => Ui::Annotation,
        ItemField::Advice => Ui::Advice,
    })
}

/// The characters of `text` (starting at character `offset` of the record's text) with those in `marked`
/// standing out.
fn marked_spans(text: &str, offset: usize, marked: &[usize]) -> Vec<Span<'static>> {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            let style = if marked.binary_search(&(i + offset)).is_ok() { theme::warning() } else { Default::default() };
            Span::styled(c.to_string(), style)
        })
        .collect()
}

/// The selected hit whole: its meeting, what it is, every part of it (matches standing out), and what it is
/// linked to (an item's decisions, a decision's item with its advice).
fn preview_lines(look: &Look, view: &SearchView) -> Vec<Line<'static>> {
    let corpus = view.searcher.corpus();
    let Some((hit, r)) = view.hits.get(view.selected).and_then(|h| Some((h, corpus.record(h.record)?))) else {
        return vec![Line::styled(look.t(Ui::SearchPreviewEmpty), theme::dim())];
    };
    let mut lines = vec![Line::styled(
        format!("{} · {} · {}", r.body, look.lang.long_date(&r.date.iso()), r.reference),
        theme::key(),
    )];
    let parts = |r: &Record, marked: &[usize], lines: &mut Vec<Line<'static>>| {
        for (field, range) in r.pieces() {
            let label = field.map_or(look.t(Ui::Decision), |f| field_label(look, f));
            lines.push(Line::default());
            lines.push(Line::styled(label.to_string(), theme::dim()));
            lines.push(Line::from(marked_spans(r.slice(range.clone()), range.start, marked)));
        }
    };
    parts(&r, &hit.indices, &mut lines);
    for &i in &view.linked {
        if let Some(other) = corpus.record(i) {
            parts(&other, &[], &mut lines);
        }
    }
    lines
}

/// Where a hit is from, in four ever shorter forms: body, date and reference; date and reference; the date;
/// the date as digits. The body goes first and the date last (the body is in the preview, Ctrl-P).
fn head_forms(look: &Look, r: &Record) -> [String; 4] {
    let date = look.lang.long_date(&r.date.iso());
    let joined = |parts: &[&str]| parts.iter().filter(|p| !p.trim().is_empty()).copied().collect::<Vec<_>>().join(" ");
    [joined(&[r.body, &date, r.reference]), joined(&[&date, r.reference]), date.clone(), r.date.iso()]
}

/// The longest form in which every hit's head fits `cells`, so that the column reads the same down the list.
fn head_form(look: &Look, records: &[(&Hit, Record)], cells: usize) -> usize {
    (0..3)
        .find(|&f| records.iter().all(|(_, r)| crate::tui::cells::width(&head_forms(look, r)[f]) <= cells))
        .unwrap_or(3)
}

pub fn draw(look: &Look, view: &SearchView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let prompt = Rect { height: 1, ..area };
    Line::styled("/ ", theme::key()).render_in(Rect { width: 2.min(area.width), ..prompt }, buf);
    if area.width > 2 {
        (&view.input).render(Rect { x: area.x + 2, width: area.width - 2, ..prompt }, buf);
    }
    if area.height < 2 {
        return;
    }
    let info = match &view.problem {
        Some(p) => Line::styled(fit(&problem_text(look, p), area.width as usize), theme::error()),
        None if view.query_text().trim().is_empty() => Line::styled(
            fit(&format!("{} {}", look.t(Ui::SearchHint), look.t(scope_label(view))), area.width as usize),
            theme::dim(),
        ),
        None => Line::styled(
            fit(
                &format!(
                    "{} ({}, {}) · {}",
                    look.t(Ui::SearchCount).replacen("{}", &view.matched.to_string(), 1),
                    look.lang.count(view.counts.decisions, Noun::Decision),
                    look.lang.count(view.counts.items, Noun::AgendaItem),
                    look.t(scope_label(view))
                ),
                area.width as usize,
            ),
            theme::dim(),
        ),
    };
    info.render_in(Rect { y: area.y + 1, height: 1, ..area }, buf);
    let mut body = Rect { y: area.y + 2, height: area.height.saturating_sub(2), ..area };
    let wide = area.width >= PREVIEW_BESIDE_FROM;
    let preview = if wide && !view.preview_toggled {
        let list_w = body.width * 11 / 20;
        let pane = Rect { x: body.x + list_w + 1, width: body.width - list_w - 1, ..body };
        body.width = list_w;
        Some(pane)
    } else if !wide && view.preview_toggled {
        Some(body)
    } else {
        None
    };
    if let Some(pane) = preview {
        if pane.width > 0 && pane.height > 0 {
            Paragraph::new(preview_lines(look, view)).wrap(Wrap { trim: false }).render(pane, buf);
        }
        if !wide {
            return;
        }
    }
    let w = body.width as usize;
    let corpus = view.searcher.corpus();
    let mut lines = Vec::new();
    let head_w = 34.min(w / 3);
    let kind_w = 12.min(w / 6);
    let text_w = w.saturating_sub(head_w + kind_w + 2);
    let records: Vec<(&Hit, Record)> =
        view.hits.iter().filter_map(|h| corpus.record(h.record).map(|r| (h, r))).collect();
    let form = head_form(look, &records, head_w);
    for (hit, r) in &records {
        let mut spans = vec![
            Span::styled(pad(&head_forms(look, r)[form], head_w), theme::dim()),
            Span::raw(" "),
            Span::styled(pad(kind_label(look, r.kind), kind_w), theme::key()),
            Span::raw(" "),
        ];
        // The text from a little before the first match, the matched characters standing out.
        let first = hit.indices.iter().min().copied().unwrap_or(0);
        // Only a text too long for the column loses its start, and then just enough to show the match.
        let skip = if first + 8 > text_w { first.saturating_sub(12) } else { 0 };
        let lead = if skip > 0 { "…" } else { "" };
        let rest: String = r.text.chars().skip(skip).map(|c| if c == '\n' { ' ' } else { c }).collect();
        let shown = fit(&format!("{lead}{rest}"), text_w);
        let offset = lead.chars().count();
        for (i, c) in shown.chars().enumerate() {
            let at = (i + skip).checked_sub(offset);
            let hit_here = i >= offset && at.is_some_and(|a| hit.indices.contains(&a));
            spans.push(Span::styled(c.to_string(), if hit_here { theme::warning() } else { Default::default() }));
        }
        lines.push(Line::from(spans));
    }
    rows::render(lines, Some(view.selected), body, buf);
}

/// `/`: the search screen over everything the store holds.
pub fn open(ctx: &mut Ctx) -> Outcome {
    match SearchView::open(ctx.store) {
        Ok(v) => Outcome::push(Screen::Search(Box::new(v))),
        Err(e) => Outcome::Fail(e),
    }
}

impl View for SearchView {
    fn mode(&self) -> Mode {
        Mode::Search
    }

    fn move_by(&mut self, delta: i64) {
        SearchView::move_by(self, delta)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Open => self.jump_to_hit(ctx),
            Command::SwitchPane => match self.toggle_scope(ctx.store) {
                Ok(()) => Outcome::Nothing,
                Err(e) => Outcome::Fail(e),
            },
            Command::TogglePreview => {
                self.preview_toggled = !self.preview_toggled;
                Outcome::Nothing
            }
            Command::Input(key) => {
                if key.code != crossterm::event::KeyCode::Enter && crate::tui::editor::text_key(&mut self.input, key) {
                    self.resubmit();
                }
                Outcome::Nothing
            }
            Command::Paste(text) => {
                self.input.insert_str(crate::text::clean_line(&text));
                self.resubmit();
                Outcome::Nothing
            }
            _ => Outcome::Pass,
        }
    }

    fn poll(&mut self) -> bool {
        SearchView::poll(self)
    }

    fn wake_at(&self) -> Option<std::time::Instant> {
        self.searching.then(|| std::time::Instant::now() + std::time::Duration::from_millis(15))
    }
}

impl SearchView {
    /// Enter on a hit: the agenda of its meeting, with its item selected.
    fn jump_to_hit(&self, ctx: &mut Ctx) -> Outcome {
        let Some(r) = self.hits.get(self.selected).and_then(|h| self.searcher.corpus().record(h.record)) else {
            return Outcome::Nothing;
        };
        let (Some(meeting), item) = (r.meeting_id, r.item_id) else {
            return Outcome::info(ctx.t(Ui::HitWithoutMeeting));
        };
        match AgendaView::load(ctx.store, meeting) {
            Ok(mut a) => {
                a.select(item);
                // The search stays underneath: Esc comes back to the query and its hits.
                Outcome::SelectHome(Selection::Meeting(meeting)).and(Outcome::push(Screen::Agenda(a)))
            }
            Err(e) => Outcome::Fail(e),
        }
    }
}
