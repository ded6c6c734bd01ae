//! `I` on the agenda: paste an agenda as received (Word, e-mail, PDF), see what was read next to the lines it
//! came from, and add it to the meeting with Enter. Nothing is written before that Enter.

use crate::domain::MeetingId;
use crate::import::agenda::{input_lines, parse_agenda, LineUse, ParsedAgenda, ParsedItem};
use crate::locale::Ui;
use crate::tui::app::{App, Screen};
use crate::tui::cells::{fit, pad};
use crate::tui::screens::meetings::RenderIn;
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
    pub scroll: u16,
    /// Esc was pressed once on a pasted text: the next Esc throws it away.
    pub warned: bool,
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
        ImportView { meeting, input, parsed: None, source: Vec::new(), scroll: 0, warned: false }
    }

    pub fn text(&self) -> String {
        self.input.lines().join("\n")
    }

    pub fn move_by(&mut self, delta: i64) {
        self.scroll = (self.scroll as i64 + delta).clamp(0, u16::MAX as i64) as u16;
    }
}

fn kept_key(meeting: MeetingId) -> String {
    format!("tui.import_text.{}", meeting.0)
}

pub fn draw(app: &App, view: &ImportView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let Some(parsed) = &view.parsed else {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme::border_focus())
            .title(app.t(Ui::ImportPasteTitle).to_string());
        let inner = block.inner(area);
        block.render(area, buf);
        if view.input.is_empty() {
            Line::styled(app.t(Ui::ImportPasteHint), theme::dim())
                .render_in(Rect { height: 1.min(inner.height), ..inner }, buf);
        } else if inner.width > 0 && inner.height > 0 {
            (&view.input).render(inner, buf);
        }
        return;
    };
    let title = app.t(Ui::ImportPreviewTitle).replacen("{}", &parsed.items.len().to_string(), 1).replacen(
        "{}",
        &parsed.parts.len().to_string(),
        1,
    );
    let block = Block::default().borders(Borders::ALL).border_style(theme::border_focus()).title(title);
    let inner_w = area.width.saturating_sub(2) as usize;
    let left_w = (inner_w * 45 / 100).max(1);
    let right_w = inner_w.saturating_sub(left_w + 3);
    let mut lines: Vec<Line> = Vec::new();
    for w in &parsed.warnings {
        lines.push(Line::styled(fit(&format!("⚠ {}", w.text(app.lang)), inner_w), theme::warning()));
    }
    if parsed.items.is_empty() {
        lines.push(Line::styled(fit(app.t(Ui::ImportNothing), inner_w), theme::error()));
    }
    lines.push(Line::from(vec![
        Span::styled(pad(app.t(Ui::ImportFrom), left_w), theme::heading()),
        Span::raw(" │ "),
        Span::styled(fit(app.t(Ui::ImportRead), right_w), theme::heading()),
    ]));
    let mut shown = vec![false; parsed.items.len()];
    let row = |left: String, right: Vec<Span<'static>>| {
        let mut spans = vec![Span::styled(pad(&left, left_w), theme::dim()), Span::raw(" │ ")];
        spans.extend(right);
        Line::from(spans)
    };
    for (i, text) in view.source.iter().enumerate() {
        let left = fit(&format!("{:>3} {}", i + 1, text.replace('\t', " ")), left_w);
        let number_of = |k: usize| parsed.items.get(k).map(|it| it.number.clone()).unwrap_or_default();
        let said = |ui: Ui, k: usize| {
            vec![Span::styled(fit(&app.t(ui).replacen("{}", &number_of(k), 1), right_w), theme::dim())]
        };
        match parsed.lines.get(i).copied().unwrap_or(LineUse::Blank) {
            LineUse::Blank | LineUse::Layout => lines.push(row(left, vec![])),
            LineUse::Preamble => {
                lines.push(row(left, vec![Span::styled(fit(app.t(Ui::ImportLinePreamble), right_w), theme::dim())]))
            }
            LineUse::Part(p) => {
                let name = parsed.parts.get(p).cloned().unwrap_or_default();
                lines.push(row(left, vec![Span::styled(fit(&name, right_w), theme::heading())]));
            }
            LineUse::Treatment(k) => lines.push(row(left, said(Ui::ImportLineTreatment, k))),
            LineUse::Title(k) => lines.push(row(left, said(Ui::ImportLineTitle, k))),
            LineUse::Note(k) => lines.push(row(left, said(Ui::ImportLineNote, k))),
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
                    lines.push(row(l, item_spans(app, it, right_w)));
                }
            }
        }
    }
    for (j, it) in parsed.items.iter().enumerate() {
        if !shown[j] {
            lines.push(row(String::new(), item_spans(app, it, right_w)));
        }
    }
    Paragraph::new(lines).block(block).scroll((view.scroll, 0)).render(area, buf);
}

/// One read item: number, title, and treatment with origin, as they will go onto the agenda.
fn item_spans(app: &App, it: &ParsedItem, width: usize) -> Vec<Span<'static>> {
    let indent = "  ".repeat(it.depth.min(3));
    let treatment = it.treatment.map(|t| app.lang.treatment(t)).unwrap_or("");
    let mut origin = Vec::new();
    if it.has_attachment {
        origin.push(app.t(Ui::ImportAttachment).to_string());
    }
    for s in [&it.origin_note, &it.submitter] {
        if !s.trim().is_empty() {
            origin.push(s.trim().to_string());
        }
    }
    let origin = if origin.is_empty() { String::new() } else { format!(" ({})", origin.join(", ")) };
    let head = fit(&format!("{indent}{} ", it.number), width);
    let rest = width.saturating_sub(crate::tui::cells::width(&head));
    let title = fit(&it.title, rest);
    let rest = rest.saturating_sub(crate::tui::cells::width(&title));
    let said = format!("{treatment}{origin}");
    let tail =
        if rest > 3 && !said.trim().is_empty() { fit(&format!(" · {}", said.trim()), rest) } else { String::new() };
    vec![Span::raw(head), Span::styled(title, theme::title()), Span::styled(tail, theme::dim())]
}

impl App {
    pub(crate) fn open_import(&mut self) {
        if let Screen::Agenda(v) = self.screen() {
            let id = v.meeting_id;
            let mut view = ImportView::new(id);
            // A text pasted before quitting comes back: the paste is work too.
            let kept = self.store.setting(&kept_key(id)).ok().flatten().filter(|t| !t.trim().is_empty());
            if let Some(text) = &kept {
                view.input.insert_str(text);
            }
            self.push(Screen::Import(Box::new(view)));
            if kept.is_some() {
                self.info(self.t(Ui::ImportKeptBack));
            }
        }
    }

    /// On quit: a pasted agenda not yet added is kept for the next `I` on that meeting.
    pub(crate) fn keep_import_on_quit(&mut self) {
        let Some((id, text)) = self.screens.iter().rev().find_map(|s| match s {
            Screen::Import(v) => Some((v.meeting, v.text())),
            _ => None,
        }) else {
            return;
        };
        if !text.trim().is_empty() {
            let r = self.store.set_setting(&kept_key(id), &text);
            self.report(r);
        }
    }

    fn forget_kept_import(&mut self, id: MeetingId) {
        if self.store.setting(&kept_key(id)).ok().flatten().is_some() {
            let r = self.store.set_setting(&kept_key(id), "");
            self.report(r);
        }
    }

    pub(crate) fn import_input(&mut self, key: crossterm::event::KeyEvent) {
        if let Screen::Import(v) = self.screen_mut() {
            if v.parsed.is_none() {
                v.warned = false;
                v.input.input(key);
            }
        }
    }

    pub(crate) fn import_paste(&mut self, text: &str) {
        if let Screen::Import(v) = self.screen_mut() {
            v.parsed = None;
            v.warned = false;
            v.input.insert_str(crate::text::clean_text(text));
        }
    }

    /// Ctrl-S: read the text and show what was read.
    pub(crate) fn import_preview(&mut self) {
        if let Screen::Import(v) = self.screen_mut() {
            let text = v.text();
            let parsed = parse_agenda(&text);
            v.source = input_lines(&text).into_iter().map(str::to_string).collect();
            v.scroll = 0;
            v.parsed = Some(parsed);
        }
    }

    /// Enter on the preview: the items go onto the agenda, all or none.
    pub(crate) fn import_confirm(&mut self) {
        let Screen::Import(v) = self.screen() else { return };
        let Some(parsed) = v.parsed.clone() else { return self.import_preview() };
        if parsed.items.is_empty() {
            return self.error(self.t(Ui::ImportNothing));
        }
        let meeting = v.meeting;
        match self.store.import_agenda(meeting, &parsed) {
            Ok(ids) => {
                self.forget_kept_import(meeting);
                self.screens.pop();
                self.refresh();
                if let Screen::Agenda(a) = self.screen_mut() {
                    a.select(ids.first().copied());
                }
                self.info(self.t(Ui::Imported).replacen("{}", &ids.len().to_string(), 1));
            }
            Err(e) => self.fail(e),
        }
    }

    /// Esc: from the preview back to the text; from the text back to the agenda.
    pub(crate) fn import_back(&mut self) {
        if let Screen::Import(v) = self.screen_mut() {
            if v.parsed.is_some() {
                v.parsed = None;
                return;
            }
            if !v.input.is_empty() && !v.warned {
                v.warned = true;
                return self.info(self.t(Ui::ImportEscAgain));
            }
            let id = v.meeting;
            self.forget_kept_import(id);
        }
        self.screens.pop();
        self.refresh();
    }
}
