//! A meeting's header (body, date, time, place, title, classification, Aan, Van) and its parts.

use super::meetings::RenderIn;
use super::step;
use crate::dates::Date;
use crate::domain::{Meeting, MeetingDraft, MeetingId, Part};
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crate::text::clean_line;
use crate::tui::cells::pad;
use crate::tui::command::Command;
use crate::tui::editor::{EditTarget, FieldEditor, NEW_MEETING_KEY};
use crate::tui::keymap::Mode;
use crate::tui::overlays::{Confirm, Overlay, Prompt, PromptPurpose, Removal};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::screens::AgendaView;
use crate::tui::screens::Screen;
use crate::tui::theme;
use crate::tui::widgets::rows;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use serde::{Deserialize, Serialize};

pub const LAST_BODY: &str = "tui.last_body";
pub const LAST_ADDRESSEE: &str = "tui.last_addressee";
pub const LAST_AUTHOR: &str = "tui.last_author";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingField {
    Body,
    Date,
    Time,
    Place,
    Title,
    Classification,
    Addressee,
    Author,
}

pub const FIELDS: &[MeetingField] = &[
    MeetingField::Body,
    MeetingField::Date,
    MeetingField::Time,
    MeetingField::Place,
    MeetingField::Title,
    MeetingField::Classification,
    MeetingField::Addressee,
    MeetingField::Author,
];

impl MeetingField {
    pub fn code(self) -> &'static str {
        match self {
            MeetingField::Body => "body",
            MeetingField::Date => "date",
            MeetingField::Time => "time",
            MeetingField::Place => "place",
            MeetingField::Title => "title",
            MeetingField::Classification => "classification",
            MeetingField::Addressee => "addressee",
            MeetingField::Author => "author",
        }
    }

    pub fn from_code(code: &str) -> Option<MeetingField> {
        FIELDS.iter().copied().find(|f| f.code() == code)
    }

    pub fn get(self, d: &MeetingDraft) -> &str {
        match self {
            MeetingField::Body => &d.body,
            MeetingField::Date => &d.date,
            MeetingField::Time => &d.time,
            MeetingField::Place => &d.place,
            MeetingField::Title => &d.title,
            MeetingField::Classification => &d.classification,
            MeetingField::Addressee => &d.addressee,
            MeetingField::Author => &d.author,
        }
    }

    pub fn set(self, d: &mut MeetingDraft, value: &str) {
        let slot = match self {
            MeetingField::Body => &mut d.body,
            MeetingField::Date => &mut d.date,
            MeetingField::Time => &mut d.time,
            MeetingField::Place => &mut d.place,
            MeetingField::Title => &mut d.title,
            MeetingField::Classification => &mut d.classification,
            MeetingField::Addressee => &mut d.addressee,
            MeetingField::Author => &mut d.author,
        };
        *slot = value.to_string();
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.ui(match self {
            MeetingField::Body => Ui::FieldBody,
            MeetingField::Date => Ui::FieldDate,
            MeetingField::Time => Ui::FieldTime,
            MeetingField::Place => Ui::FieldPlace,
            MeetingField::Title => Ui::FieldTitle,
            MeetingField::Classification => Ui::FieldClassification,
            MeetingField::Addressee => Ui::FieldAddressee,
            MeetingField::Author => Ui::FieldAuthor,
        })
    }
}

pub fn draft_of(m: &Meeting) -> MeetingDraft {
    MeetingDraft {
        body: m.body.clone(),
        date: m.date.clone(),
        time: m.time.clone(),
        place: m.place.clone(),
        title: m.title.clone(),
        classification: m.classification.clone(),
        addressee: m.addressee.clone(),
        author: m.author.clone(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRow {
    Field(MeetingField),
    Part(usize),
    Create,
}

#[derive(Debug)]
pub struct FormView {
    /// `None` while the meeting is being created.
    pub id: Option<MeetingId>,
    pub revision: i64,
    pub draft: MeetingDraft,
    /// What the form held when it opened, to tell whether leaving it loses anything.
    pub opened_with: MeetingDraft,
    pub parts: Vec<Part>,
    pub selected: usize,
}

impl FormView {
    /// A new meeting: today's date and the body, Aan and Van used last; or the form left unfinished before.
    pub fn create(store: &Store) -> crate::Result<(FormView, bool)> {
        let restored = store.draft(NEW_MEETING_KEY)?.and_then(|d| serde_json::from_str::<MeetingDraft>(&d.text).ok());
        let fresh = MeetingDraft {
            body: store.setting(LAST_BODY)?.unwrap_or_default(),
            date: Date::today().iso(),
            addressee: store.setting(LAST_ADDRESSEE)?.unwrap_or_default(),
            author: store.setting(LAST_AUTHOR)?.unwrap_or_default(),
            ..Default::default()
        };
        let was_restored = restored.is_some();
        let draft = restored.unwrap_or(fresh.clone());
        Ok((FormView { id: None, revision: 0, draft, opened_with: fresh, parts: vec![], selected: 0 }, was_restored))
    }

    pub fn edit(store: &Store, id: MeetingId) -> crate::Result<FormView> {
        let m = store.meeting(id)?;
        let draft = draft_of(&m);
        Ok(FormView {
            id: Some(id),
            revision: m.revision,
            opened_with: draft.clone(),
            draft,
            parts: store.parts(id)?,
            selected: 0,
        })
    }

    pub fn reload(&mut self, store: &Store) -> crate::Result<()> {
        if let Some(id) = self.id {
            let m = store.meeting(id)?;
            self.revision = m.revision;
            self.draft = draft_of(&m);
            self.parts = store.parts(id)?;
            self.selected = self.selected.min(self.rows().len().saturating_sub(1));
        }
        Ok(())
    }

    pub fn rows(&self) -> Vec<FormRow> {
        let mut v: Vec<FormRow> = FIELDS.iter().map(|f| FormRow::Field(*f)).collect();
        if self.id.is_some() {
            v.extend((0..self.parts.len()).map(FormRow::Part));
        } else {
            v.push(FormRow::Create);
        }
        v
    }

    pub fn row(&self) -> FormRow {
        let rows = self.rows();
        rows[self.selected.min(rows.len() - 1)]
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.rows().len());
    }
}

pub fn draw(look: &Look, view: &FormView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let title = if view.id.is_some() { Ui::EditMeetingTitle } else { Ui::NewMeetingTitle };
    Line::styled(look.t(title), theme::title()).render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    let w = body.width as usize;
    let label_w = 16.min(w / 3);
    let value_w = w.saturating_sub(label_w + 3);
    let editing = look.editor.as_ref().filter(|e| matches!(e.target, EditTarget::Meeting { id, .. } if id == view.id));
    let mut lines = Vec::new();
    let mut cursor_line = None;
    for (i, row) in view.rows().into_iter().enumerate() {
        let line = match row {
            FormRow::Field(f) => {
                let is_edited =
                    editing.is_some_and(|e| matches!(e.target, EditTarget::Meeting { field, .. } if field == f));
                if is_edited {
                    cursor_line = Some(i);
                }
                let value = match (is_edited, editing) {
                    (true, Some(e)) => e.text(),
                    _ => f.get(&view.draft).to_string(),
                };
                let mut spans = vec![Span::styled(pad(f.label(look.lang), label_w), theme::dim()), Span::raw(" ")];
                let bad_date = f == MeetingField::Date && Date::parse_iso(value.trim()).is_none();
                let style = if is_edited { theme::border_focus() } else { Default::default() };
                spans.push(Span::styled(pad(&value, value_w), style));
                if bad_date {
                    spans.push(Span::styled(" ⚠", theme::warning()));
                }
                Line::from(spans)
            }
            FormRow::Part(p) => Line::from(vec![
                Span::styled(pad(look.t(Ui::FieldPart), label_w), theme::dim()),
                Span::raw(" "),
                Span::raw(pad(view.parts.get(p).map(|p| p.title.as_str()).unwrap_or(""), value_w)),
            ]),
            FormRow::Create => Line::styled(format!("[ {} ]", look.t(Ui::CreateButton)), theme::heading()),
        };
        lines.push(line);
    }
    if view.id.is_some() && view.parts.is_empty() {
        lines.push(Line::styled(look.t(Ui::NoPartsHint), theme::dim()));
    }
    let total = lines.len();
    rows::render(lines, Some(view.selected), body, buf);
    // The field being typed in shows the editor itself, so the cursor is visible.
    if let (Some(ed), Some(i)) = (editing, cursor_line) {
        let top = rows::offset(view.selected, body.height as usize, total);
        if let Some(y) = i.checked_sub(top).filter(|y| *y < body.height as usize) {
            let x = body.x + (label_w as u16 + 1).min(body.width);
            let slot = Rect { x, y: body.y + y as u16, width: body.width.saturating_sub(x - body.x), height: 1 };
            buf.set_style(slot, ratatui::style::Style::reset());
            (&ed.area).render(slot, buf);
        }
    }
}

/// `a` on the meetings list: the form of a new meeting (with what was left unfinished last time, if any).
pub fn open_new(ctx: &mut Ctx) -> Outcome {
    match FormView::create(ctx.store) {
        Ok((form, restored)) => {
            let said = if restored { Outcome::info(ctx.t(Ui::NewMeetingDraftBack)) } else { Outcome::Nothing };
            Outcome::push(Screen::MeetingForm(form)).and(said)
        }
        Err(e) => Outcome::Fail(e),
    }
}

/// `e` on the meetings list, `m` on the agenda.
pub fn open_edit(ctx: &mut Ctx, id: MeetingId) -> Outcome {
    Outcome::push_loaded(FormView::edit(ctx.store, id).map(Screen::MeetingForm))
}

impl View for FormView {
    fn mode(&self) -> Mode {
        Mode::MeetingForm
    }

    fn move_by(&mut self, delta: i64) {
        FormView::move_by(self, delta)
    }

    fn reload(&mut self, store: &Store) -> crate::Result<()> {
        FormView::reload(self, store)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        match cmd {
            Command::Open => self.edit_row(ctx),
            Command::Save => self.save(ctx),
            Command::Add => match self.id {
                Some(id) => Prompt::open(PromptPurpose::NewPart { meeting: id }, ctx.t(Ui::PromptPart), ""),
                None => Outcome::info(ctx.t(Ui::CreateFirst)),
            },
            Command::Delete => {
                let FormRow::Part(i) = self.row() else { return Outcome::info(ctx.t(Ui::SelectPartFirst)) };
                let Some(p) = self.parts.get(i) else { return Outcome::Nothing };
                let question = ctx.t(Ui::AskDeletePart).replacen("{}", &p.title, 1);
                Outcome::Overlay(Overlay::Confirm(Confirm { question, removal: Removal::DeletePart(p.id) }))
            }
            // Esc on the form. A meeting being created is not made yet; what was typed stays as a draft.
            Command::Back => {
                let kept = self.keep_new_meeting_draft(ctx);
                let said = if kept.is_some() { Outcome::info(ctx.t(Ui::NewMeetingKept)) } else { Outcome::Nothing };
                kept.unwrap_or(Outcome::Nothing).and(Outcome::Pop).and(said)
            }
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        match answer {
            Answer::Confirmed(Removal::DeletePart(part)) => match ctx.store.delete_part(part) {
                Ok(_) => Outcome::Refresh.and(Outcome::info(ctx.t(Ui::PartDeleted))),
                Err(e) => Outcome::Fail(e),
            },
            Answer::Entered(p) => {
                let text = clean_line(&p.text());
                let r = match p.purpose {
                    PromptPurpose::NewPart { meeting } => ctx.store.add_part(meeting, &text).map(|_| ()),
                    PromptPurpose::RenamePart { part } => ctx.store.rename_part(part, &text),
                    _ => return Outcome::Nothing,
                };
                match r {
                    Ok(()) => Outcome::Refresh,
                    Err(e) => p.refused(Outcome::Fail(e)),
                }
            }
            _ => Outcome::Nothing,
        }
    }

    /// A field of the meeting being created: it goes into the form (and its draft), not yet into the store.
    fn on_typed(&mut self, target: &EditTarget, text: &str, _ctx: &mut Ctx) -> Outcome {
        let EditTarget::Meeting { id: None, field } = target else { return Outcome::Nothing };
        field.set(&mut self.draft, text);
        Outcome::Nothing
    }

    fn type_in_selected(&mut self, ctx: &mut Ctx) -> Outcome {
        match self.row() {
            FormRow::Field(_) => self.edit_row(ctx),
            _ => Outcome::Nothing,
        }
    }

    fn on_quit(&mut self, ctx: &mut Ctx, on_top: bool) -> Outcome {
        if !on_top {
            return Outcome::Nothing;
        }
        self.keep_new_meeting_draft(ctx).unwrap_or(Outcome::Nothing)
    }
}

impl FormView {
    fn edit_row(&mut self, ctx: &mut Ctx) -> Outcome {
        match self.row() {
            FormRow::Field(f) => {
                let value = f.get(&self.draft).to_string();
                let stored = self.id.map(|_| value.clone()).unwrap_or_default();
                let target = EditTarget::Meeting { id: self.id, field: f };
                let mut ed = FieldEditor::new(target, &value, &stored, false, self.revision);
                if self.id.is_none() {
                    ed.form = Some(self.draft.clone());
                    // Filled in from last time: typing replaces it rather than adding to it.
                    ed.select_to_replace();
                }
                Outcome::edit(ed)
            }
            FormRow::Part(i) => {
                let Some(p) = self.parts.get(i) else { return Outcome::Nothing };
                Prompt::open(PromptPurpose::RenamePart { part: p.id }, ctx.t(Ui::PromptPart), &p.title)
            }
            FormRow::Create => self.save(ctx),
        }
    }

    /// Ctrl-S: creates the meeting from the form and opens its (empty) agenda.
    fn save(&mut self, ctx: &mut Ctx) -> Outcome {
        if self.id.is_some() {
            return Outcome::info(ctx.t(Ui::AllSaved));
        }
        let draft = self.draft.clone();
        if draft.body.trim().is_empty() {
            return Outcome::error(ctx.t(Ui::BodyNeeded));
        }
        match ctx.store.create_meeting(&draft) {
            Ok(id) => {
                let _ = ctx.store.drop_draft(NEW_MEETING_KEY);
                let _ = ctx.store.set_setting(LAST_BODY, draft.body.trim());
                let _ = ctx.store.set_setting(LAST_ADDRESSEE, draft.addressee.trim());
                let _ = ctx.store.set_setting(LAST_AUTHOR, draft.author.trim());
                Outcome::Pop
                    .and(Outcome::Select(Selection::Meeting(id)))
                    .and(Outcome::push_loaded(AgendaView::load(ctx.store, id).map(Screen::Agenda)))
                    .and(Outcome::info(ctx.t(Ui::MeetingCreated)))
                    .and(crate::tui::carry::offer(ctx, id, true))
            }
            Err(e) => Outcome::Fail(e),
        }
    }

    /// A meeting being created and changed since the form opened: its draft is written. `Some` when kept
    /// (with what the store said about it).
    fn keep_new_meeting_draft(&self, ctx: &mut Ctx) -> Option<Outcome> {
        if self.id.is_some() || self.draft == self.opened_with {
            return None;
        }
        let json = serde_json::to_string(&self.draft).unwrap_or_default();
        Some(Outcome::report(ctx.store.save_draft(NEW_MEETING_KEY, &json, 0)))
    }
}
