//! The list of meetings: the next one first, then later ones, then the past ones newest first; with the
//! status of each and what needs attention before it.

use super::step;
use crate::dates::Date;
use crate::domain::{MeetingId, MeetingSummary};
use crate::locale::{Lang, Noun, Ui};
use crate::memo::What;
use crate::store::Attention;
use crate::store::Store;
use crate::tui::cells::pad;
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{Confirm, Overlay, PickPurpose, Removal};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::import_new::NewImport;
use crate::tui::screens::AgendaView;
use crate::tui::screens::{export, import_file, meeting_form, preview, search, ActionListView, Screen};
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

#[derive(Debug, Default)]
pub struct MeetingsView {
    /// The next meeting first, then later ones, then past ones newest first (`store::upcoming_first`).
    pub rows: Vec<MeetingSummary>,
    /// What needs attention per row, looked at on load (drawing reads no disk).
    pub attention: Vec<Vec<Attention>>,
    /// Today's date when loaded: where "coming" ends and "past" begins.
    pub today: String,
    pub selected: usize,
    /// `I`: a mail or agenda file being read to become a meeting.
    pub import: NewImport,
}

impl MeetingsView {
    pub fn load(store: &Store) -> crate::Result<MeetingsView> {
        let mut v = MeetingsView::default();
        v.fill(store)?;
        Ok(v)
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        let keep = self.selected_id();
        self.fill(store)?;
        self.select(keep);
        Ok(())
    }

    fn fill(&mut self, store: &Store) -> crate::Result<()> {
        let today = Date::today();
        self.rows = store.meetings_upcoming_first(today)?;
        self.attention = self.rows.iter().map(|m| store.attention(m.id, today)).collect::<crate::Result<_>>()?;
        // A send-by moment with a time ("1 december 2026 08:00") is late once that time has gone by (F29).
        if let Some((day, minutes)) = local_now() {
            for list in &mut self.attention {
                for a in list.iter_mut() {
                    if let Attention::SendBy { send_by, due, passed } = a {
                        if !*passed && passed_today(send_by, due, day, minutes) {
                            *passed = true;
                        }
                    }
                }
            }
        }
        self.today = today.iso();
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
        // Wrapped: the hint names both ways to begin, and a narrow terminal must show both.
        use ratatui::widgets::{Paragraph, Widget, Wrap};
        Paragraph::new(look.t(Ui::NoMeetings)).style(theme::dim()).wrap(Wrap { trim: true }).render(body, buf);
        return;
    }
    let w = area.width as usize;
    let width_of = |f: &dyn Fn(&MeetingSummary) -> usize| view.rows.iter().map(f).max().unwrap_or(0);
    // On a narrow terminal the date is written short rather than cut: the year stays.
    let date_of = |m: &MeetingSummary| {
        if w < 90 {
            crate::dates::Date::parse_iso(&m.date)
                .map(|d| format!("{:02}-{:02}-{}", d.day, d.month, d.year))
                .unwrap_or_else(|| m.date.clone())
        } else {
            lang.long_date(&m.date)
        }
    };
    let date_w = width_of(&|m| crate::tui::cells::width(&date_of(m))).min(18);
    let body_w = width_of(&|m| crate::tui::cells::width(&m.body)).min(16).min(w / 6);
    let counts: Vec<String> = view
        .rows
        .iter()
        .map(|m| {
            let items = lang.count(m.items as usize, Noun::Item);
            // "0 zonder advies" says nothing: the count alone then.
            if m.items_without_advice == 0 {
                return items;
            }
            lang.ui(Ui::ItemCounts).replacen("{}", &items, 1).replacen("{}", &m.items_without_advice.to_string(), 1)
        })
        .collect();
    let counts_w = counts.iter().map(|c| crate::tui::cells::width(c)).max().unwrap_or(0).min(w / 3);
    // "· gehouden": the status is no word of the counts before it.
    let status_of = |m: &MeetingSummary| format!("· {}", lang.status(m.status));
    let status_w = width_of(&|m| crate::tui::cells::width(&status_of(m))).min(w / 5);
    let marks: Vec<String> = (0..view.rows.len())
        .map(|i| attention_marks(lang, view.attention.get(i).map(Vec::as_slice).unwrap_or_default()))
        .collect();
    let marks_long = marks.iter().map(|m| crate::tui::cells::width(m)).max().unwrap_or(0);
    let fixed = 2 + date_w + 1 + body_w + 1 + 1 + counts_w + 1 + status_w + 1;
    let room = w.saturating_sub(fixed);
    // The title takes what the marks leave (they get at most half); no wider than the longest title, so on
    // a wide terminal the counts stay near the titles they belong to.
    let longest = width_of(&|m| crate::tui::cells::width(&m.title));
    let title_w = room.saturating_sub(marks_long.min(room / 2)).min(longest.max(1) + 1);
    let marks_w = room.saturating_sub(title_w);
    let mut lines = Vec::new();
    let mut selected_row = None;
    let mut last_past: Option<bool> = None;
    for (i, m) in view.rows.iter().enumerate() {
        let past = m.date < view.today;
        if last_past != Some(past) {
            let heading = if past { Ui::MeetingsPast } else { Ui::MeetingsComing };
            lines.push(Line::styled(pad(look.t(heading), w), theme::heading()));
            last_past = Some(past);
        }
        if i == view.selected {
            selected_row = Some(lines.len());
        }
        let count_style = if m.items_without_advice > 0 { theme::warning() } else { theme::good() };
        let title = if m.title.is_empty() { "—".to_string() } else { m.title.clone() };
        let marks = &marks[i];
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::raw(pad(&date_of(m), date_w)),
            Span::raw(" "),
            Span::raw(pad(&m.body, body_w)),
            Span::raw(" "),
            Span::raw(pad(&title, title_w)),
            Span::raw(" "),
            Span::styled(pad(&counts[i], counts_w), count_style),
            Span::raw(" "),
            Span::raw(pad(&status_of(m), status_w)),
            Span::raw(" "),
            Span::styled(crate::tui::cells::fit(marks, marks_w), theme::warning()),
        ]));
    }
    rows::render(lines, selected_row, body, buf);
}

/// "⚠ 2 stukken ontbreken · versturen: woensdagochtend": what needs doing before the meeting.
pub fn attention_marks(lang: Lang, list: &[Attention]) -> String {
    let words: Vec<String> = list
        .iter()
        .filter_map(|a| match a {
            // The counts column says this already.
            Attention::ItemsWithoutAdvice { .. } => None,
            Attention::PapersMissing { count } => {
                let w = if *count == 1 {
                    Ui::Polish(crate::locale::PolishUi::PaperMissingMark)
                } else {
                    Ui::PapersMissingMark
                };
                Some(lang.ui(w).replacen("{}", &lang.count(*count, Noun::Paper), 1))
            }
            Attention::SendBy { send_by, passed, .. } => {
                let w = if *passed { Ui::SendByPassedMark } else { Ui::SendByMark };
                Some(lang.ui(w).replacen("{}", send_by, 1))
            }
        })
        .collect();
    if words.is_empty() {
        String::new()
    } else {
        format!("⚠ {}", words.join(" · "))
    }
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

    fn poll(&mut self) -> bool {
        self.import.poll()
    }

    fn settle(&mut self, ctx: &mut Ctx) -> Outcome {
        self.import.settle(ctx)
    }

    fn wake_at(&self) -> Option<std::time::Instant> {
        self.import.wake_at()
    }

    fn focus(&mut self, s: Selection) {
        if let Selection::Meeting(id) = s {
            self.select(Some(id));
        }
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        if let Some(waiting) = self.import.while_reading(&cmd, ctx) {
            return waiting;
        }
        match cmd {
            Command::Open => match self.selected_id() {
                Some(id) => Outcome::push_loaded(AgendaView::load(ctx.store, id).map(Screen::Agenda)),
                None => Outcome::info(ctx.t(Ui::NoMeetings)),
            },
            Command::Add => meeting_form::open_new(ctx),
            Command::Import => import_file::ask_path(ctx),
            Command::EditMeeting => match self.selected_id() {
                Some(id) => meeting_form::open_edit(ctx, id),
                None => Outcome::Nothing,
            },
            Command::Delete => self.confirm_delete(ctx),
            Command::Undo => crate::tui::undo::undo(ctx, crate::domain::UndoScope::Meetings),
            Command::DeletedList => crate::tui::undo::open_list(ctx),
            Command::Status => match self.selected_id() {
                Some(id) => crate::tui::undo::choose_status(ctx, id),
                None => Outcome::Nothing,
            },
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
            Answer::Picked(PickPurpose::RestoreDeleted, value) => crate::tui::undo::restore(ctx, &value),
            Answer::Picked(PickPurpose::MeetingStatus(m), value) => crate::tui::undo::set_status(ctx, m, &value),
            Answer::Entered(p) => self.import.on_path(p, ctx),
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

/// The local date and the minutes since its midnight: send-by moments are written in local time.
fn local_now() -> Option<(Date, u32)> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as libc::time_t;
    // SAFETY: localtime_r writes only into the tm it is given.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&secs, &mut tm) }.is_null() {
        return None;
    }
    let day = Date { year: tm.tm_year + 1900, month: (tm.tm_mon + 1) as u32, day: tm.tm_mday as u32 };
    Some((day, (tm.tm_hour * 60 + tm.tm_min) as u32))
}

/// Whether a send-by moment due `today` names a time ("08:00", "8.30") that `minutes` is past.
fn passed_today(send_by: &str, due: &str, today: Date, minutes: u32) -> bool {
    if due != today.iso() {
        return false;
    }
    send_by.split_whitespace().find_map(clock_minutes).is_some_and(|at| minutes > at)
}

fn clock_minutes(word: &str) -> Option<u32> {
    let (h, m) = word.split_once(':').or_else(|| word.split_once('.'))?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && word.len() <= 5).then_some(h * 60 + m)
}

#[cfg(test)]
mod send_by_tests {
    use super::*;

    #[test]
    fn a_time_on_the_day_itself_is_late_once_it_has_gone_by() {
        let day = Date { year: 2026, month: 12, day: 1 };
        assert!(passed_today("1 december 2026 08:00", "2026-12-01", day, 9 * 60 + 40));
        assert!(!passed_today("1 december 2026 08:00", "2026-12-01", day, 7 * 60 + 59));
        assert!(passed_today("dinsdag 8.30 uur", "2026-12-01", day, 9 * 60));
        assert!(!passed_today("1 december 2026", "2026-12-01", day, 23 * 60), "no time: late from the next day on");
        assert!(!passed_today("2 december 2026 08:00", "2026-12-02", day, 23 * 60), "another day");
    }
}
