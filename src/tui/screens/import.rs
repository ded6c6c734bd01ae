//! `I` on the agenda: paste an agenda as received (Word, e-mail, PDF), see what was read next to the lines it
//! came from, and add it to the meeting with Enter. Nothing is written before that Enter. Ctrl-O reads the
//! agenda from a file instead (`import_file.rs`); its text goes into the same text, so Esc corrects it.

use crate::domain::MeetingId;
use crate::import::agenda::{input_lines, parse_agenda, LineUse, ParsedAgenda, ParsedItem};
use crate::import::agenda_draft;
use crate::locale::{ImportFileUi, Ui};
use crate::tui::cells::{fit, pad};
use crate::tui::command::Command;
use crate::tui::keymap::Mode;
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::import_file::{ask_path, start_reading, FileNotice, FileRead, MailFile, Reading};
use crate::tui::screens::Screen;
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use ratatui_textarea::TextArea;

pub struct ImportView {
    pub meeting: MeetingId,
    pub input: TextArea<'static>,
    /// The reading of the text, once asked for with Ctrl-S; editing the text again drops it.
    pub parsed: Option<ParsedAgenda>,
    /// The lines that reading was made of, shown beside what became of them.
    pub source: Vec<String>,
    /// In the preview, the item selected (j/k), counted from 0; the table scrolls to keep it in view.
    pub scroll: u16,
    /// Esc was pressed once on a pasted text: the next Esc throws it away.
    pub warned: bool,
    /// A file being read (Ctrl-O); keys wait until it is done, Esc stops waiting.
    pub reading: Option<Reading>,
    /// Why the last file's text did not come in; gone at the next key.
    pub notice: Option<FileNotice>,
    /// The file the text came from, named above its lines in the preview.
    pub from_file: Option<String>,
    /// The meeting's date and whether it has items, for the date check once the file is read.
    pub facts: Option<(String, bool)>,
    /// The pasted agenda names another date than the meeting's, which already has items: said, and the
    /// next Enter adds anyway. (ISO date found in the text.)
    pub other_date: Option<String>,
    /// Enter was pressed once on that warning.
    pub date_warned: bool,
    /// The meeting has no items yet: the other date is said, not asked about.
    pub other_date_only_said: bool,
    /// A mail the reader brought, waiting for the store to plan its import (`settle`).
    pub mail: Option<Box<MailFile>>,
}

impl std::fmt::Debug for ImportView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportView").field("meeting", &self.meeting).field("parsed", &self.parsed.is_some()).finish()
    }
}

impl ImportView {
    pub fn new(meeting: MeetingId) -> ImportView {
        let mut input = TextArea::default();
        input.set_cursor_line_style(Default::default());
        input.set_cursor_style(theme::selected());
        ImportView {
            meeting,
            input,
            parsed: None,
            source: Vec::new(),
            scroll: 0,
            warned: false,
            reading: None,
            notice: None,
            from_file: None,
            facts: None,
            other_date: None,
            date_warned: false,
            other_date_only_said: false,
            mail: None,
        }
    }

    /// The text becomes `text` (a file's), cursor at the top.
    fn replace_text(&mut self, text: &str) {
        let mut input = TextArea::default();
        input.set_cursor_line_style(Default::default());
        input.set_cursor_style(theme::selected());
        input.insert_str(text);
        input.move_cursor(ratatui_textarea::CursorMove::Top);
        self.input = input;
    }

    pub fn text(&self) -> String {
        self.input.lines().join("\n")
    }

    pub fn move_by(&mut self, delta: i64) {
        // Within the items read, so that k right after G goes up one.
        let items = self.parsed.as_ref().map_or(0, |p| p.items.len()).min(u16::MAX as usize);
        self.scroll = super::step(self.scroll as usize, delta, items) as u16;
    }
}

fn kept_key(meeting: MeetingId) -> String {
    format!("tui.import_text.{}", meeting.0)
}

pub fn draw(look: &Look, view: &ImportView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let Some(parsed) = &view.parsed else {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme::border_focus())
            .title(look.t(Ui::ImportPasteTitle).to_string());
        let mut inner = block.inner(area);
        block.render(area, buf);
        let said = match (&view.reading, &view.notice) {
            (Some(r), _) => {
                Some((look.t(Ui::ImportFile(ImportFileUi::Reading)).replacen("{}", &r.name, 1), theme::warning()))
            }
            (None, Some(FileNotice::Refused(e))) => Some((e.text(look.lang), theme::error())),
            (None, Some(FileNotice::Mail(e))) => Some((e.clone(), theme::error())),
            (None, Some(FileNotice::NoItems(name))) => {
                Some((look.t(Ui::ImportFile(ImportFileUi::NoItems)).replacen("{}", name, 1), theme::error()))
            }
            (None, None) => None,
        };
        if let Some((text, style)) = said {
            // The reader's sentence is said whole: it tells what to do instead (export as PDF with text, …).
            let rows = (crate::tui::cells::width(&text) / (inner.width.max(1) as usize) + 1).min(4) as u16;
            let rows = rows.min(inner.height);
            Paragraph::new(text)
                .style(style)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(Rect { height: rows, ..inner }, buf);
            inner = Rect { y: inner.y + rows, height: inner.height - rows, ..inner };
        }
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        if view.input.is_empty() {
            Paragraph::new(look.t(Ui::ImportPasteHint))
                .style(theme::dim())
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(Rect { height: 3.min(inner.height), ..inner }, buf);
        } else {
            (&view.input).render(inner, buf);
        }
        return;
    };
    // "8 punten, 1 deel"; an agenda without parts is not told "0 delen".
    let mut read = look.lang.count(parsed.items.len(), crate::locale::Noun::Item);
    if !parsed.parts.is_empty() {
        read = format!("{read}, {}", look.lang.count(parsed.parts.len(), crate::locale::Noun::Part));
    }
    let title = look.t(Ui::ImportPreviewTitle).replacen("{}", &read, 1);
    let block = Block::default().borders(Borders::ALL).border_style(theme::border_focus()).title(title);
    let inner_w = area.width.saturating_sub(2) as usize;
    let left_w = (inner_w * 45 / 100).max(1);
    let right_w = inner_w.saturating_sub(left_w + 3);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(date) = &view.other_date {
        let w = if view.other_date_only_said { Ui::ImportOtherDateEmpty } else { Ui::ImportOtherDate };
        let text = look.t(w).replacen("{}", &look.lang.long_date(date), 1);
        lines.push(Line::styled(fit(&format!("⚠ {text}"), inner_w), theme::warning()));
    }
    for w in &parsed.warnings {
        lines.push(Line::styled(fit(&format!("⚠ {}", w.text(look.lang)), inner_w), theme::warning()));
    }
    if parsed.items.is_empty() {
        lines.push(Line::styled(fit(look.t(Ui::ImportNothing), inner_w), theme::error()));
    }
    let from = match &view.from_file {
        Some(name) => look.t(Ui::ImportFile(ImportFileUi::FromFile)).replacen("{}", name, 1),
        None => look.t(Ui::ImportFrom).to_string(),
    };
    lines.push(Line::from(vec![
        Span::styled(pad(&from, left_w), theme::heading()),
        Span::raw(" │ "),
        Span::styled(fit(look.t(Ui::ImportRead), right_w), theme::heading()),
    ]));
    let mut shown = vec![false; parsed.items.len()];
    // Where each item's row is, and whether its treatment and origin fit in it.
    let mut item_rows: Vec<(usize, usize)> = Vec::new();
    let mut cut = false;
    let row = |left: String, right: Vec<Span<'static>>| {
        let mut spans = vec![Span::styled(pad(&left, left_w), theme::dim()), Span::raw(" │ ")];
        spans.extend(right);
        Line::from(spans)
    };
    for (i, text) in view.source.iter().enumerate() {
        let left = fit(&format!("{:>3} {}", i + 1, text.replace('\t', " ")), left_w);
        let number_of = |k: usize| parsed.items.get(k).map(shown_number).unwrap_or_default();
        let said = |ui: Ui, k: usize| {
            vec![Span::styled(fit(&look.t(ui).replacen("{}", &number_of(k), 1), right_w), theme::dim())]
        };
        match parsed.lines.get(i).copied().unwrap_or(LineUse::Blank) {
            LineUse::Blank | LineUse::Layout => lines.push(row(left, vec![])),
            LineUse::Preamble => {
                lines.push(row(left, vec![Span::styled(fit(look.t(Ui::ImportLinePreamble), right_w), theme::dim())]))
            }
            LineUse::Part(p) => {
                let name = parsed.parts.get(p).cloned().unwrap_or_default();
                lines.push(row(left, vec![Span::styled(fit(&name, right_w), theme::heading())]));
            }
            LineUse::Treatment(k) => lines.push(row(left, said(Ui::ImportLineTreatment, k))),
            LineUse::Title(k) => lines.push(row(left, said(Ui::ImportLineTitle, k))),
            LineUse::Note(k) => lines.push(row(left, said(Ui::ImportLineNote, k))),
            LineUse::LeftOut => {
                lines.push(row(left, vec![Span::styled(fit(look.t(Ui::ImportLineLeftOut), right_w), theme::dim())]))
            }
            LineUse::Item(k) => {
                // Text copied out of a PDF runs items together on one line: each gets a row of its own.
                let mut first = true;
                for (j, it) in parsed.items.iter().enumerate().skip(k) {
                    if j != k && it.source_lines.start != i {
                        break;
                    }
                    shown[j] = true;
                    let l = if first { left.clone() } else { String::new() };
                    first = false;
                    let (spans, whole) = item_spans(look, it, right_w);
                    cut |= !whole;
                    item_rows.push((lines.len(), j));
                    lines.push(row(l, spans));
                }
            }
        }
    }
    for (j, it) in parsed.items.iter().enumerate() {
        if !shown[j] {
            let (spans, whole) = item_spans(look, it, right_w);
            cut |= !whole;
            item_rows.push((lines.len(), j));
            lines.push(row(String::new(), spans));
        }
    }
    // In the preview `scroll` counts items: j/k select the next one, marked, and the table scrolls to keep
    // it in view. A treatment cut off in its row is said whole under the table, for the item selected.
    let in_view = area.height.saturating_sub(2) as usize;
    let current = item_rows.get((view.scroll as usize).min(item_rows.len().saturating_sub(1))).copied();
    let offset = current.map_or(0, |(at, _)| (at + 1).saturating_sub(in_view));
    if let Some((at, _)) = current {
        lines[at].style = theme::selected();
    }
    let block = match current.filter(|_| cut) {
        Some((_, j)) => {
            let it = &parsed.items[j];
            let said = treatment_said(look, it);
            let text = if said.is_empty() {
                look.t(Ui::ImportNoTreatmentOf).replacen("{}", &shown_number(it), 1)
            } else {
                look.t(Ui::ImportTreatmentOf).replacen("{}", &shown_number(it), 1).replacen("{}", &said, 1)
            };
            block.title_bottom(Line::styled(fit(&format!(" {text} "), inner_w), theme::heading()))
        }
        None => block,
    };
    Paragraph::new(lines).block(block).scroll((offset.min(u16::MAX as usize) as u16, 0)).render(area, buf);
}

/// The number as the agenda will show it ("2a.1" where only "1." stood), else as it was written.
fn shown_number(it: &crate::import::agenda::ParsedItem) -> String {
    if it.label.is_empty() {
        it.number.clone()
    } else {
        it.label.clone()
    }
}

/// An item's treatment with its origin, as the agenda will say it: "Ter besluitvorming (bijlage, PGT)".
fn treatment_said(look: &Look, it: &ParsedItem) -> String {
    let treatment = it.treatment.map(|t| look.lang.treatment(t)).unwrap_or("");
    let mut origin = Vec::new();
    if it.has_attachment {
        origin.push(look.t(Ui::ImportAttachment).to_string());
    }
    for s in [&it.origin_note, &it.submitter] {
        if !s.trim().is_empty() {
            origin.push(s.trim().to_string());
        }
    }
    let origin = if origin.is_empty() { String::new() } else { format!(" ({})", origin.join(", ")) };
    format!("{treatment}{origin}").trim().to_string()
}

/// One read item: number, title, and treatment with origin, as they will go onto the agenda; and whether
/// the treatment and origin are there whole.
pub fn item_spans(look: &Look, it: &ParsedItem, width: usize) -> (Vec<Span<'static>>, bool) {
    let indent = "  ".repeat(it.depth.min(3));
    let head = fit(&format!("{indent}{} ", shown_number(it)), width);
    let rest = width.saturating_sub(crate::tui::cells::width(&head));
    let title = fit(&it.title, rest);
    let rest = rest.saturating_sub(crate::tui::cells::width(&title));
    let said = treatment_said(look, it);
    let full = format!(" · {said}");
    let tail = if rest > 3 && !said.is_empty() { fit(&full, rest) } else { String::new() };
    let whole = said.is_empty() || tail == full;
    // Filled to the edge, so that the mark of the selected item runs across the row.
    let fill = " ".repeat(rest.saturating_sub(crate::tui::cells::width(&tail)));
    (
        vec![Span::raw(head), Span::styled(title, theme::title()), Span::styled(tail, theme::dim()), Span::raw(fill)],
        whole,
    )
}

/// `I` on the agenda. A text pasted before quitting comes back: the paste is work too.
pub fn open(ctx: &mut Ctx, id: MeetingId) -> Outcome {
    let mut view = ImportView::new(id);
    let kept = ctx.store.setting(&kept_key(id)).ok().flatten().filter(|t| !t.trim().is_empty());
    if let Some(text) = &kept {
        view.input.insert_str(text);
    }
    let said = if kept.is_some() { Outcome::info(ctx.t(Ui::ImportKeptBack)) } else { Outcome::Nothing };
    Outcome::push(Screen::Import(Box::new(view))).and(said)
}

fn meeting_facts(ctx: &Ctx, meeting: MeetingId) -> Option<(String, bool)> {
    let m = ctx.store.meeting(meeting).ok()?;
    Some((m.date, ctx.store.agenda(meeting).is_ok_and(|a| !a.is_empty())))
}

fn forget_kept(ctx: &mut Ctx, id: MeetingId) -> Outcome {
    if ctx.store.setting(&kept_key(id)).ok().flatten().is_some() {
        return Outcome::report(ctx.store.set_setting(&kept_key(id), ""));
    }
    Outcome::Nothing
}

impl View for ImportView {
    fn mode(&self) -> Mode {
        if self.parsed.is_some() {
            Mode::ImportPreview
        } else {
            Mode::ImportText
        }
    }

    fn move_by(&mut self, delta: i64) {
        ImportView::move_by(self, delta)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        if self.reading.is_some() {
            // The text is about to be replaced: nothing typed now may get lost in it.
            return match cmd {
                Command::Back => {
                    self.reading = None;
                    Outcome::info(ctx.t(Ui::Cancelled))
                }
                Command::ForceQuit | Command::Resize => Outcome::Pass,
                _ => Outcome::Nothing,
            };
        }
        if matches!(cmd, Command::Input(_) | Command::Paste(_) | Command::Save | Command::ReadFile) {
            self.notice = None;
        }
        match cmd {
            Command::ReadFile => ask_path(ctx),
            Command::Save => {
                self.read();
                self.check_date(ctx);
                Outcome::Nothing
            }
            Command::Open => self.confirm(ctx),
            Command::Back => self.back(ctx),
            Command::Input(key) => {
                if self.parsed.is_none() {
                    self.warned = false;
                    crate::tui::editor::text_key(&mut self.input, key);
                }
                Outcome::Nothing
            }
            Command::Paste(text) => {
                self.parsed = None;
                self.warned = false;
                self.from_file = None;
                self.input.insert_str(crate::text::clean_text(&text));
                Outcome::Nothing
            }
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        let Answer::Entered(p) = answer else { return Outcome::Nothing };
        match start_reading(p, ctx) {
            Ok(r) => {
                self.reading = Some(r);
                self.facts = meeting_facts(ctx, self.meeting);
                Outcome::Nothing
            }
            Err(refused) => refused,
        }
    }

    /// The file's reader answered: its text comes in and is read, or the screen says why not.
    fn poll(&mut self) -> bool {
        let Some(result) = self.reading.as_ref().and_then(Reading::try_take) else { return false };
        let name = self.reading.take().map(|r| r.name).unwrap_or_default();
        match result {
            Err(e) => self.notice = Some(FileNotice::Refused(e)),
            Ok(FileRead::MailRefused(e)) => self.notice = Some(FileNotice::Mail(e)),
            Ok(FileRead::Mail(m)) => self.mail = Some(m),
            Ok(FileRead::Doc(doc)) => {
                let text = crate::text::clean_text(&doc.text);
                if parse_agenda(&text).items.is_empty() {
                    self.notice = Some(FileNotice::NoItems(name));
                } else {
                    self.replace_text(&text);
                    self.from_file = Some(name);
                    self.warned = false;
                    self.read();
                    let facts = self.facts.take();
                    self.judge_date(facts);
                }
            }
        }
        true
    }

    /// A mail came in: its import is planned against the store and shown for confirmation.
    fn settle(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some(m) = self.mail.take() else { return Outcome::Nothing };
        match super::mail_import::open(ctx, Some(self.meeting), *m) {
            Ok(screen) => {
                let ask = screen.first_question(ctx);
                Outcome::push(Screen::MailImport(Box::new(screen))).and(ask)
            }
            Err(e) => {
                self.notice = Some(FileNotice::Mail(ctx.lang.describe(&e)));
                Outcome::Nothing
            }
        }
    }

    fn wake_at(&self) -> Option<std::time::Instant> {
        self.reading.as_ref().map(|_| std::time::Instant::now() + std::time::Duration::from_millis(30))
    }

    /// On quit: a pasted agenda not yet added is kept for the next `I` on that meeting.
    fn on_quit(&mut self, ctx: &mut Ctx, _on_top: bool) -> Outcome {
        let text = self.text();
        if text.trim().is_empty() {
            return Outcome::Nothing;
        }
        Outcome::report(ctx.store.set_setting(&kept_key(self.meeting), &text))
    }
}

impl ImportView {
    /// Ctrl-S: read the text and show what was read.
    fn read(&mut self) {
        let text = self.text();
        let parsed = parse_agenda(&text);
        self.source = input_lines(&text).into_iter().map(str::to_string).collect();
        self.scroll = 0;
        self.parsed = Some(parsed);
    }

    /// Enter on the preview: the items go onto the agenda, all or none.
    fn confirm(&mut self, ctx: &mut Ctx) -> Outcome {
        if self.parsed.is_none() {
            self.read();
            self.check_date(ctx);
            return Outcome::Nothing;
        }
        let Some(parsed) = &self.parsed else { return Outcome::Nothing };
        if parsed.items.is_empty() {
            return Outcome::error(ctx.t(Ui::ImportNothing));
        }
        if let (Some(date), false) = (&self.other_date, self.date_warned) {
            self.date_warned = true;
            return Outcome::error(ctx.t(Ui::ImportOtherDateAsk).replacen("{}", &ctx.lang.long_date(date), 1));
        }
        match ctx.store.import_agenda(self.meeting, &agenda_draft(parsed)) {
            Ok(ids) => {
                let forgot = forget_kept(ctx, self.meeting);
                let remembered = Outcome::report(super::agenda::remember_import(ctx.store, self.meeting, &ids));
                let first = ids.first().map(|id| Outcome::Select(Selection::Item(*id))).unwrap_or(Outcome::Nothing);
                forgot.and(remembered).and(Outcome::Pop).and(first).and(Outcome::info(ctx.t(Ui::Imported).replacen(
                    "{}",
                    &ctx.lang.count(ids.len(), crate::locale::Noun::Item),
                    1,
                )))
            }
            Err(e) => Outcome::Fail(e),
        }
    }

    /// A pasted agenda that names another date than the meeting's, when the meeting already has items, is
    /// probably meant for another meeting: the preview says so.
    fn check_date(&mut self, ctx: &mut Ctx) {
        let facts = meeting_facts(ctx, self.meeting);
        self.judge_date(facts);
    }

    /// `facts`: the meeting's date and whether it has items (looked up when the file was asked for, since
    /// the reader answers where there is no store at hand).
    fn judge_date(&mut self, facts: Option<(String, bool)>) {
        self.other_date = None;
        self.date_warned = false;
        self.other_date_only_said = false;
        let Some((date, has_items)) = facts else { return };
        if let Some(found) = crate::dates::find_date(&self.text()) {
            if found.iso() != date {
                self.other_date = Some(found.iso());
                // Into an empty meeting it is said, not asked twice: the first date in a text may be that
                // of the minutes it names rather than of the meeting.
                self.date_warned = !has_items;
                self.other_date_only_said = !has_items;
            }
        }
    }

    /// Esc: from the preview back to the text; from the text back to the agenda.
    fn back(&mut self, ctx: &mut Ctx) -> Outcome {
        if self.parsed.is_some() {
            self.parsed = None;
            return Outcome::Nothing;
        }
        if !self.input.is_empty() && !self.warned {
            self.warned = true;
            return Outcome::info(ctx.t(Ui::ImportEscAgain));
        }
        forget_kept(ctx, self.meeting).and(Outcome::Pop)
    }
}
