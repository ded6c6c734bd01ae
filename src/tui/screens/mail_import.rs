//! A mail read on the import screen (Ctrl-O with a .eml or .msg): what the import will do, shown before
//! anything is written. Body and date are proposed from the mail (`b` and `d` correct them; every change
//! plans again); the items, which attachment was the agenda, and where each other paper is saved and to
//! which item it goes. Enter imports exactly that, all or nothing, through the same core calls as
//! `annoteer import mail` (`import::mail::plan`); Esc changes nothing.
//! `I` on the meetings list brings a mail here too, with no meeting open, and an agenda file (Word, PDF,
//! web page, text) as a mail with only an agenda (`import::mail::document`): what neither says of body
//! and date is asked for.

use super::agenda::AgendaView;
use super::import::item_spans;
use super::import_file::{shown_name, MailFile};
use super::Screen;
use crate::dates::{parse_date, Date};
use crate::domain::MeetingId;
use crate::error::Error;
use crate::import::mail::choose::AgendaSource;
use crate::import::mail::plan::{apply, plan, Plan};
use crate::import::mail::report::{after_papers, agenda_source, notable_warnings, paper_line, report};
use crate::locale::{Lang, MailUi, Ui};
use crate::tui::cells::fit;
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::overlays::{Prompt, PromptPurpose};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

/// Where the body or date shown came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proposed {
    Mail,
    /// The mail does not say: the meeting whose agenda was open.
    Meeting,
    Typed,
    /// Not in the mail or file, and no meeting open: asked for.
    Missing,
}

pub struct MailImportView {
    /// The meeting whose import screen read the mail; `None` from the meetings list.
    pub opened_from: Option<MeetingId>,
    pub file: MailFile,
    /// Empty while missing.
    pub body: String,
    pub body_from: Proposed,
    pub date: Option<Date>,
    pub date_from: Proposed,
    /// What Enter will do, or the sentence saying why it cannot.
    pub plan: Result<Plan, String>,
    pub scroll: u16,
}

/// Plans the mail against the store: body and date as the mail proposes them, else the open meeting's,
/// else none (`first_question` asks for them).
pub fn open(ctx: &mut Ctx, opened_from: Option<MeetingId>, file: MailFile) -> crate::Result<MailImportView> {
    let meeting = opened_from.map(|m| ctx.store.meeting(m)).transpose()?;
    let (body, body_from) = match (file.parts.propose_body(ctx.store, &file.mail)?, &meeting) {
        (Some(b), _) => (b, Proposed::Mail),
        (None, Some(m)) => (m.body.clone(), Proposed::Meeting),
        (None, None) => (String::new(), Proposed::Missing),
    };
    let (date, date_from) = match (file.parts.propose_date(&file.mail), meeting.map(|m| m.date)) {
        (Some(d), _) => (Some(d), Proposed::Mail),
        (None, Some(iso)) => (Date::parse_iso(&iso), Proposed::Meeting),
        (None, None) => (None, Proposed::Missing),
    };
    let date_from = if date.is_none() { Proposed::Missing } else { date_from };
    let mut view =
        MailImportView { opened_from, file, body, body_from, date, date_from, plan: Err(String::new()), scroll: 0 };
    view.replan(ctx);
    Ok(view)
}

impl MailImportView {
    /// Works the import out again for the body and date now shown.
    pub fn replan(&mut self, ctx: &mut Ctx) {
        let f = &self.file;
        let need = |w: MailUi| Err(ctx.t(Ui::Mail(w)).replacen("{}", &shown_name(&f.path), 1));
        self.plan = match self.date {
            _ if self.body.trim().is_empty() => need(MailUi::NeedBody),
            None => need(MailUi::NeedDate),
            Some(date) => plan(ctx.store, &f.mail, &f.parts, &self.body, date, None, ctx.lang)
                .map_err(|e| said(ctx.lang, &e.into_error(std::path::Path::new(&shown_name(&f.path)), ctx.lang))),
        };
    }

    /// An agenda file read on its own, not a mail.
    pub fn is_file(&self) -> bool {
        matches!(self.file.parts.chosen.as_ref().map(|c| &c.source), Some(AgendaSource::File(_)))
    }

    /// What the mail or file did not say, asked for at once: the body first, then the date.
    pub fn first_question(&self, ctx: &Ctx) -> Outcome {
        if self.body.trim().is_empty() {
            Prompt::open(PromptPurpose::MailBody, ctx.t(Ui::Mail(MailUi::AskBody)), "")
        } else if self.date.is_none() {
            Prompt::open(PromptPurpose::MailDate, ctx.t(Ui::Mail(MailUi::AskDate)), "")
        } else {
            Outcome::Nothing
        }
    }

    fn name(&self) -> String {
        shown_name(&self.file.path)
    }

    /// Enter: the import as shown, all or nothing; then the meeting's agenda, and a message of what went where.
    fn confirm(&mut self, ctx: &mut Ctx) -> Outcome {
        // The screen may have stood open while another window made the meeting or added to it: what
        // Enter does is what the screen shows, so a plan that has changed is shown again first.
        let shown = self.plan.as_ref().ok().map(|p| (p.existing, p.to_add.items.len(), p.refs.len()));
        self.replan(ctx);
        let now = self.plan.as_ref().ok().map(|p| (p.existing, p.to_add.items.len(), p.refs.len()));
        if shown.is_some() && now != shown {
            self.scroll = 0;
            return Outcome::info(ctx.t(Ui::Mail(MailUi::PlanChanged)));
        }
        let plan = match &mut self.plan {
            Ok(p) => p,
            Err(e) => return Outcome::error(e.clone()),
        };
        let applied = match apply(ctx.store, &self.file.mail, plan, ctx.lang) {
            Ok(a) => a,
            Err(e) => return Outcome::error(said(ctx.lang, &e)),
        };
        let lines = report(&self.file.mail, plan, &applied, ctx.lang);
        let message = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join("; ");
        let meeting = applied.result.meeting;
        let first =
            applied.result.items.first().map(|id| Outcome::Select(Selection::Item(*id))).unwrap_or(Outcome::Nothing);
        // Below this screen: the import screen, and under it the agenda it was opened from; or the list.
        let to_agenda = if Some(meeting) == self.opened_from {
            Outcome::Pop.and(Outcome::Pop)
        } else {
            Outcome::Home
                .and(Outcome::Refresh)
                .and(Outcome::SelectHome(Selection::Meeting(meeting)))
                .and(Outcome::push_loaded(AgendaView::load(ctx.store, meeting).map(Screen::Agenda)))
        };
        to_agenda.and(first).and(Outcome::info(message))
    }

    fn on_entered(&mut self, p: Box<Prompt>, ctx: &mut Ctx) -> Outcome {
        let typed = crate::text::clean_line(&p.text());
        match p.purpose {
            PromptPurpose::MailBody => {
                if typed.trim().is_empty() {
                    return p.refused(Outcome::error(ctx.t(Ui::Mail(MailUi::BodyEmpty))));
                }
                self.body = typed.trim().to_string();
                self.body_from = Proposed::Typed;
            }
            PromptPurpose::MailDate => match parse_date(&typed, self.file.mail.sent) {
                Ok(d) => {
                    self.date = Some(d);
                    self.date_from = Proposed::Typed;
                }
                Err(problem) => return p.refused(Outcome::error(ctx.lang.date_problem(problem, &typed))),
            },
            _ => return Outcome::Nothing,
        }
        self.replan(ctx);
        self.scroll = 0;
        self.first_question(ctx)
    }
}

/// One sentence in the user's language; a failure of the disk says what failed and that nothing was done.
fn said(lang: Lang, e: &Error) -> String {
    match e {
        Error::Io { context, source } => {
            let why = match source.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    lang.ui(Ui::Mail(MailUi::NoPermission)).to_string()
                }
                std::io::ErrorKind::StorageFull => lang.ui(Ui::Mail(MailUi::NoSpace)).to_string(),
                _ => source.to_string(),
            };
            format!("{context}: {why}; {}.", lang.ui(Ui::Mail(MailUi::NotSaved)))
        }
        other => lang.describe(other),
    }
}

fn long_date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Nl => d.dutch_with_weekday(),
        Lang::En => d.english_with_weekday(),
    }
}

fn from_words(look: &Look, p: Proposed, file: bool) -> &'static str {
    look.t(Ui::Mail(match p {
        Proposed::Mail if file => MailUi::FromFile,
        Proposed::Mail => MailUi::FromMail,
        Proposed::Missing => MailUi::NotFound,
        Proposed::Meeting => MailUi::FromMeeting,
        Proposed::Typed => MailUi::Typed,
    }))
}

pub fn draw(look: &Look, view: &MailImportView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let t = |w: MailUi| look.t(Ui::Mail(w));
    let file = view.is_file();
    let title = t(if file { MailUi::TitleFile } else { MailUi::Title }).replacen("{}", &view.name(), 1);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme::border_focus())
        .title(fit(&title, area.width as usize));
    let w = area.width.saturating_sub(2) as usize;
    let mail = &view.file.mail;
    let label_w = [MailUi::Subject, MailUi::From, MailUi::Body, MailUi::Date]
        .iter()
        .map(|l| crate::tui::cells::width(t(*l)))
        .max()
        .unwrap_or(8)
        + 2;
    let row = |label: MailUi, value: String, style, note: Option<String>| {
        let mut spans = vec![Span::styled(crate::tui::cells::pad(t(label), label_w), theme::heading())];
        let rest = w.saturating_sub(label_w);
        let value = fit(&value, rest);
        let left = rest.saturating_sub(crate::tui::cells::width(&value));
        spans.push(Span::styled(value, style));
        if let Some(n) = note {
            if left > 4 {
                spans.push(Span::styled(fit(&format!("  ({n})"), left), theme::dim()));
            }
        }
        Line::from(spans)
    };
    let mut lines: Vec<Line> = Vec::new();
    // A file has no subject or sender: its name is in the frame.
    if !file {
        lines.push(row(MailUi::Subject, crate::text::clean_line(&mail.subject), theme::dim(), None));
        let sent = mail.sent.map(|d| look.lang.long_date(&d.iso())).unwrap_or_default();
        let from =
            [crate::text::clean_line(&mail.sender), sent].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
        lines.push(row(MailUi::From, from.join(", "), theme::dim(), None));
    }
    let missing = |p: Proposed| if p == Proposed::Missing { theme::warning() } else { theme::title() };
    let body = if view.body.is_empty() { "—".to_string() } else { view.body.clone() };
    lines.push(row(
        MailUi::Body,
        body,
        missing(view.body_from),
        Some(format!("{} · b", from_words(look, view.body_from, file))),
    ));
    lines.push(row(
        MailUi::Date,
        view.date.map(|d| long_date(look.lang, d)).unwrap_or_else(|| "—".to_string()),
        missing(view.date_from),
        Some(format!("{} · d", from_words(look, view.date_from, file))),
    ));
    lines.push(Line::default());
    match &view.plan {
        Err(e) => {
            lines.push(Line::styled(fit(&format!("✗ {}:", t(MailUi::CannotImport)), w), theme::error()));
            // The sentence says what to do: it is wrapped whole, never cut.
            for part in wrap(e, w.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {part}"), theme::error()));
            }
            // Still the items, so that what is asked for can be judged by what the agenda holds.
            if let Some(chosen) = view.file.parts.chosen.as_ref().filter(|c| !c.parsed.items.is_empty()) {
                lines.push(Line::default());
                item_lines(look, &chosen.parsed.items, w, &mut lines);
            }
            lines.push(Line::default());
            lines.push(Line::styled(fit(t(MailUi::HintRefused), w), theme::key()));
        }
        Ok(plan) => plan_lines(look, view, plan, w, &mut lines),
    }
    // Scrolled no further than the last line can come up.
    let room = area.height.saturating_sub(2) as usize;
    let scroll = (view.scroll as usize).min(lines.len().saturating_sub(room)) as u16;
    Paragraph::new(lines).block(block).scroll((scroll, 0)).render(area, buf);
}

fn plan_lines(look: &Look, view: &MailImportView, plan: &Plan, w: usize, lines: &mut Vec<Line<'static>>) {
    let t = |u: MailUi| look.t(Ui::Mail(u));
    let mail = &view.file.mail;
    let when = long_date(look.lang, plan.date);
    let what = if plan.existing.is_some() { t(MailUi::AddsTo) } else { t(MailUi::NewMeeting) };
    let what = what.replacen("{}", &plan.body, 1).replacen("{}", &when, 1);
    // Whether it makes a meeting or adds to one is the point of the screen: wrapped, never cut.
    for (i, part) in wrap(&what, w.saturating_sub(2)).into_iter().enumerate() {
        let lead = if i == 0 { "→" } else { " " };
        lines.push(Line::styled(fit(&format!("{lead} {part}"), w), theme::good()));
    }
    if plan.existing.is_none() || !plan.to_add.items.is_empty() {
        let source = agenda_source(mail, plan, look.lang);
        lines.push(Line::styled(fit(&t(MailUi::AgendaFrom).replacen("{}", &source, 1), w), theme::dim()));
    }
    for warning in notable_warnings(plan) {
        lines.push(Line::styled(fit(&format!("⚠ {}", warning.text(look.lang)), w), theme::warning()));
    }
    if plan.chosen.parsed.items.is_empty() {
        lines.push(Line::styled(fit(t(MailUi::NoAgenda), w), theme::dim()));
    } else if plan.to_add.items.is_empty() {
        lines.push(Line::styled(fit(t(MailUi::NoNewItems), w), theme::dim()));
    } else {
        item_lines(look, &plan.to_add.items, w, lines);
        // The numbers above are the agenda's own; on a meeting with items they go after those (G2).
        let there = plan.refs.len().saturating_sub(plan.to_add.items.len());
        if plan.existing.is_some() && there > 0 {
            let after = t(MailUi::ItemsGoAfter).replacen("{}", &look.lang.count(there, crate::locale::Noun::Item), 1);
            push_wrapped(lines, &after, w, theme::dim());
        }
    }
    if plan.papers.is_empty() {
        // A file brings no papers: nothing to say of them.
        if !view.is_file() {
            lines.push(Line::default());
            lines.push(Line::styled(fit(t(MailUi::NoPapers), w), theme::dim()));
        }
    } else {
        lines.push(Line::default());
        let folder = plan.folder.path.display().to_string();
        // The folder is said whole: it is where the user will look for the papers.
        for (i, part) in
            wrap(&t(MailUi::SavedIn).replacen("{}", &folder, 1), w.saturating_sub(2)).into_iter().enumerate()
        {
            let indent = if i == 0 { "" } else { "  " };
            lines.push(Line::styled(fit(&format!("{indent}{part}"), w), theme::heading()));
        }
        // Where a paper goes is the point of this screen: its line is wrapped, never cut.
        for p in &plan.papers {
            push_wrapped(lines, &paper_line(plan, p, &p.name, look.lang), w, theme::title());
        }
    }
    for line in after_papers(mail, plan, look.lang) {
        push_wrapped(lines, line.trim(), w, theme::dim());
    }
    lines.push(Line::default());
    lines.push(Line::styled(fit(t(MailUi::Hint), w), theme::key()));
}

/// "Nieuw op de agenda: 8 punten" and the items as the import preview shows them.
fn item_lines(look: &Look, items: &[crate::import::agenda::ParsedItem], w: usize, lines: &mut Vec<Line<'static>>) {
    let count = look.lang.count(items.len(), crate::locale::Noun::Item);
    lines.push(Line::styled(fit(&look.t(Ui::Mail(MailUi::NewItems)).replacen("{}", &count, 1), w), theme::heading()));
    for item in items {
        let mut spans = vec![Span::raw("  ")];
        spans.extend(item_spans(look, item, w.saturating_sub(2)).0);
        lines.push(Line::from(spans));
    }
}

/// `text` indented by two, its continuation lines by four.
fn push_wrapped(lines: &mut Vec<Line<'static>>, text: &str, w: usize, style: ratatui::style::Style) {
    for (i, part) in wrap(text, w.saturating_sub(4)).into_iter().enumerate() {
        let indent = if i == 0 { "  " } else { "    " };
        lines.push(Line::styled(fit(&format!("{indent}{part}"), w), style));
    }
}

/// Splits a sentence into lines of at most `width` cells, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(10);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let add = crate::tui::cells::width(word) + usize::from(!line.is_empty());
        if !line.is_empty() && crate::tui::cells::width(&line) + add > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

impl View for MailImportView {
    fn mode(&self) -> Mode {
        Mode::MailImport
    }

    fn move_by(&mut self, delta: i64) {
        self.scroll = (self.scroll as i64 + delta).clamp(0, u16::MAX as i64) as u16;
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Open => self.confirm(ctx),
            Command::EditBody => Prompt::open(PromptPurpose::MailBody, ctx.t(Ui::Mail(MailUi::AskBody)), &self.body),
            Command::EditDate => {
                // Without the weekday, so that changing the day alone does not contradict it.
                let shown = match (self.date, ctx.lang) {
                    (Some(d), Lang::Nl) => d.dutch_long(),
                    (Some(d), Lang::En) => d.english_long(),
                    (None, _) => String::new(),
                };
                Prompt::open(PromptPurpose::MailDate, ctx.t(Ui::Mail(MailUi::AskDate)), &shown)
            }
            Command::Back => {
                let said = if self.is_file() { MailUi::CancelledFile } else { MailUi::Cancelled };
                Outcome::Pop.and(Outcome::info(ctx.t(Ui::Mail(said))))
            }
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        match answer {
            Answer::Entered(p) => self.on_entered(p, ctx),
            _ => Outcome::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn a_sentence_is_wrapped_at_spaces_and_nothing_is_lost() {
        let text = "no_agenda.eml: in de mail staat geen agenda (geen bijlage met 'agenda' in de naam)";
        let lines = wrap(text, 20);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| crate::tui::cells::width(l) <= 20 || !l.contains(' ')), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_width_stands_on_its_own_line() {
        assert_eq!(wrap("a verylongwordindeed b", 10), vec!["a", "verylongwordindeed", "b"]);
    }
}
