//! A meeting's header (body, date, time, place, title, classification, Aan, Van) and its parts.

use super::meetings::RenderIn;
use super::step;
use crate::dates::Date;
use crate::domain::{Meeting, MeetingDraft, MeetingId, Part};
use crate::locale::{Lang, Ui};
use crate::store::Store;
use crate::tui::app::{App, Screen};
use crate::tui::cells::pad;
use crate::tui::editor::{EditTarget, FieldEditor, NEW_MEETING_KEY};
use crate::tui::overlays::{Confirm, Overlay, Prompt, PromptPurpose, Removal};
use crate::tui::screens::AgendaView;
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

pub fn draw(app: &App, view: &FormView, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let title = if view.id.is_some() { Ui::EditMeetingTitle } else { Ui::NewMeetingTitle };
    Line::styled(app.t(title), theme::title()).render_in(Rect { height: 1, ..area }, buf);
    let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
    let w = body.width as usize;
    let label_w = 16.min(w / 3);
    let value_w = w.saturating_sub(label_w + 3);
    let editing = app.editor.as_ref().filter(|e| matches!(e.target, EditTarget::Meeting { id, .. } if id == view.id));
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
                let mut spans = vec![Span::styled(pad(f.label(app.lang), label_w), theme::dim()), Span::raw(" ")];
                let bad_date = f == MeetingField::Date && Date::parse_iso(value.trim()).is_none();
                let style = if is_edited { theme::border_focus() } else { Default::default() };
                spans.push(Span::styled(pad(&value, value_w), style));
                if bad_date {
                    spans.push(Span::styled(" ⚠", theme::warning()));
                }
                Line::from(spans)
            }
            FormRow::Part(p) => Line::from(vec![
                Span::styled(pad(app.t(Ui::FieldPart), label_w), theme::dim()),
                Span::raw(" "),
                Span::raw(pad(view.parts.get(p).map(|p| p.title.as_str()).unwrap_or(""), value_w)),
            ]),
            FormRow::Create => Line::styled(format!("[ {} ]", app.t(Ui::CreateButton)), theme::heading()),
        };
        lines.push(line);
    }
    if view.id.is_some() && view.parts.is_empty() {
        lines.push(Line::styled(app.t(Ui::NoPartsHint), theme::dim()));
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

impl App {
    fn form(&self) -> Option<&FormView> {
        match self.screen() {
            Screen::MeetingForm(v) => Some(v),
            _ => None,
        }
    }

    pub(crate) fn edit_form_row(&mut self) {
        let Some(v) = self.form() else { return };
        match v.row() {
            FormRow::Field(f) => {
                let value = f.get(&v.draft).to_string();
                let stored = v.id.map(|_| value.clone()).unwrap_or_default();
                let mut ed =
                    FieldEditor::new(EditTarget::Meeting { id: v.id, field: f }, &value, &stored, false, v.revision);
                if v.id.is_none() {
                    ed.form = Some(v.draft.clone());
                }
                self.editor = Some(ed);
            }
            FormRow::Part(i) => {
                let Some(p) = v.parts.get(i) else { return };
                let purpose = PromptPurpose::RenamePart { part: p.id };
                self.open_prompt(Prompt::new(purpose, self.t(Ui::PromptPart).to_string(), &p.title.clone()));
            }
            FormRow::Create => self.save_form(),
        }
    }

    /// Ctrl-S: creates the meeting from the form and opens its (empty) agenda.
    pub(crate) fn save_form(&mut self) {
        let Some(v) = self.form() else { return };
        if v.id.is_some() {
            return self.info(self.t(Ui::AllSaved));
        }
        let draft = v.draft.clone();
        if draft.body.trim().is_empty() {
            return self.error(self.t(Ui::BodyNeeded));
        }
        if Date::parse_iso(draft.date.trim()).is_none() {
            return self.error(self.t(Ui::BadDate).replacen("{}", draft.date.trim(), 1));
        }
        match self.store.create_meeting(&draft) {
            Ok(id) => {
                let _ = self.store.drop_draft(NEW_MEETING_KEY);
                let _ = self.store.set_setting(LAST_BODY, draft.body.trim());
                let _ = self.store.set_setting(LAST_ADDRESSEE, draft.addressee.trim());
                let _ = self.store.set_setting(LAST_AUTHOR, draft.author.trim());
                self.screens.pop();
                self.refresh();
                if let Screen::Meetings(m) = self.screen_mut() {
                    m.select(Some(id));
                }
                match AgendaView::load(&self.store, id) {
                    Ok(a) => self.push(Screen::Agenda(a)),
                    Err(e) => self.fail(e),
                }
                self.info(self.t(Ui::MeetingCreated));
                self.offer_carry_over(id, true);
            }
            Err(e) => self.fail(e),
        }
    }

    /// Esc on the form. A meeting being created is not made yet; what was typed stays as a draft.
    pub(crate) fn leave_form(&mut self) {
        let kept = self.keep_new_meeting_draft();
        self.screens.pop();
        self.refresh();
        if kept {
            self.info(self.t(Ui::NewMeetingKept));
        }
    }

    pub(crate) fn keep_new_meeting_draft(&mut self) -> bool {
        let Some(v) = self.form() else { return false };
        if v.id.is_some() || v.draft == v.opened_with {
            return false;
        }
        let json = serde_json::to_string(&v.draft).unwrap_or_default();
        let r = self.store.save_draft(NEW_MEETING_KEY, &json, 0);
        self.report(r);
        true
    }

    pub(crate) fn prompt_new_part(&mut self) {
        let Some(v) = self.form() else { return };
        let Some(id) = v.id else { return self.info(self.t(Ui::CreateFirst)) };
        self.open_prompt(Prompt::new(PromptPurpose::NewPart { meeting: id }, self.t(Ui::PromptPart).to_string(), ""));
    }

    pub(crate) fn confirm_delete_part(&mut self) {
        let Some(v) = self.form() else { return };
        let FormRow::Part(i) = v.row() else { return self.info(self.t(Ui::SelectPartFirst)) };
        let Some(p) = v.parts.get(i) else { return };
        let question = self.t(Ui::AskDeletePart).replacen("{}", &p.title, 1);
        self.overlay = Some(Overlay::Confirm(Confirm { question, removal: Removal::DeletePart(p.id) }));
    }
}
