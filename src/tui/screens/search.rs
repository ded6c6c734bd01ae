//! `/`: search past decisions and agenda items as you type; Enter jumps to the meeting and item.

use super::step;
use crate::locale::Ui;
use crate::search::{Corpus, Hit, Query, RecordKind, Scope, Searcher};
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
use ratatui::widgets::Widget;
use ratatui_textarea::TextArea;
use std::sync::Arc;

pub const LIMIT: usize = 50;

pub struct SearchView {
    pub input: TextArea<'static>,
    pub searcher: Searcher,
    pub hits: Vec<Hit>,
    pub matched: usize,
    pub selected: usize,
    /// A query that cannot be read ("since:2022-13: not a date …").
    pub problem: Option<String>,
    pub searching: bool,
    /// Agenda items (titles, annotations, advice) too, not only decisions; `Tab` toggles.
    pub everything: bool,
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
            everything: false,
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
                self.problem = None;
                self.searching = false;
            }
            Ok(mut q) => {
                if !self.everything && q.kinds.is_empty() {
                    q.kinds = vec![RecordKind::Decision];
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
                self.problem = Some(e.to_string());
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
        self.searching = u.stage != crate::search::Stage::Final;
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        true
    }

    pub fn toggle_scope(&mut self) {
        self.everything = !self.everything;
        self.selected = 0;
        self.resubmit();
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.hits.len());
    }
}

fn kind_label(look: &Look, k: RecordKind) -> &'static str {
    look.t(match k {
        RecordKind::Decision => Ui::Decision,
        RecordKind::ItemTitle => Ui::ItemHeading,
        RecordKind::Annotation => Ui::Annotation,
        RecordKind::Advice => Ui::Advice,
    })
}

/// The query's problem in the screen's language: the word that cannot be read and what is accepted.
fn problem_text(look: &Look, view: &SearchView, english: &str) -> String {
    if look.lang == crate::locale::Lang::En {
        return english.to_string();
    }
    let query = view.query_text();
    match query.split_whitespace().find(|w| Query::parse(w).is_err()) {
        Some(word) => format!("{word}: {}", look.t(Ui::SearchFilterHelp)),
        None => look.t(Ui::SearchNoDays).to_string(),
    }
}

fn scope_label(view: &SearchView) -> Ui {
    if view.everything {
        Ui::SearchScopeAll
    } else {
        Ui::SearchScopeDecisions
    }
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
        Some(p) => Line::styled(fit(&problem_text(look, view, p), area.width as usize), theme::error()),
        None if view.query_text().trim().is_empty() => Line::styled(
            fit(&format!("{} {}", look.t(Ui::SearchHint), look.t(scope_label(view))), area.width as usize),
            theme::dim(),
        ),
        None => Line::styled(
            fit(
                &format!(
                    "{} · {}",
                    look.t(Ui::SearchCount).replacen("{}", &view.matched.to_string(), 1),
                    look.t(scope_label(view))
                ),
                area.width as usize,
            ),
            theme::dim(),
        ),
    };
    info.render_in(Rect { y: area.y + 1, height: 1, ..area }, buf);
    let body = Rect { y: area.y + 2, height: area.height.saturating_sub(2), ..area };
    let w = body.width as usize;
    let corpus = view.searcher.corpus();
    let mut lines = Vec::new();
    for hit in &view.hits {
        let Some(r) = corpus.record(hit.record) else { continue };
        let head = format!("{} {} {}", r.body, look.lang.long_date(&r.date.iso()), r.reference);
        let head_w = 34.min(w / 3);
        let kind_w = 12.min(w / 6);
        let text_w = w.saturating_sub(head_w + kind_w + 2);
        let mut spans = vec![
            Span::styled(pad(&head, head_w), theme::dim()),
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
        Err(e) => Outcome::error(e),
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
            Command::SwitchPane => {
                self.toggle_scope();
                Outcome::Nothing
            }
            Command::Input(key) => {
                if key.code != crossterm::event::KeyCode::Enter && self.input.input(key) {
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
            Err(e) => Outcome::error(e),
        }
    }
}
