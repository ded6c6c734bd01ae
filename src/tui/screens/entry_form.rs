//! The form that adds or edits one decision or action point. Nothing is stored until Ctrl-S (or Enter on
//! the save row), and then only when the text is there: a refusal says why and leaves the store as it was.

use super::decisions::{DecisionsView, ItemChoice};
use super::meetings::RenderIn;
use super::step;
use crate::actions::deadline_due;
use crate::dates::Date;
use crate::domain::{ActionDraft, ActionId, ActionPoint, Decision, DecisionDraft, DecisionId, ItemId, MeetingId};
use crate::locale::{DecUi, Lang, Ui};
use crate::store::Store;
use crate::text::{clean_line, clean_text};
use crate::tui::cells::{fit, pad};
use crate::tui::command::Command;
use crate::tui::editor::{EditTarget, FieldEditor};
use crate::tui::keymap::Mode;
use crate::tui::overlays::{PickPurpose, Picker};
use crate::tui::screen::{Answer, Ctx, Look, Outcome, Selection, View};
use crate::tui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Decision(Option<DecisionId>),
    Action(Option<ActionId>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryField {
    Text,
    Item,
    Reference,
    Date,
    Code,
    Owner,
    Deadline,
    Remarks,
}

impl EntryField {
    fn label(self) -> DecUi {
        match self {
            EntryField::Text => DecUi::FieldText,
            EntryField::Item => DecUi::FieldItem,
            EntryField::Reference => DecUi::FieldReference,
            EntryField::Date => DecUi::FieldDate,
            EntryField::Code => DecUi::FieldCode,
            EntryField::Owner => DecUi::FieldOwner,
            EntryField::Deadline => DecUi::FieldDeadline,
            EntryField::Remarks => DecUi::FieldRemarks,
        }
    }

    pub fn multiline(self) -> bool {
        matches!(self, EntryField::Text | EntryField::Remarks)
    }

    const ALL: [EntryField; 8] = [
        EntryField::Text,
        EntryField::Item,
        EntryField::Reference,
        EntryField::Date,
        EntryField::Code,
        EntryField::Owner,
        EntryField::Deadline,
        EntryField::Remarks,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EntryField::Text => "text",
            EntryField::Item => "item",
            EntryField::Reference => "reference",
            EntryField::Date => "date",
            EntryField::Code => "code",
            EntryField::Owner => "owner",
            EntryField::Deadline => "deadline",
            EntryField::Remarks => "remarks",
        }
    }

    pub fn from_code(code: &str) -> Option<EntryField> {
        EntryField::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// Which form a field being typed belongs to: a decision or an action, new or existing, of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryKey {
    pub action: bool,
    pub meeting: MeetingId,
    /// The stored entry's id; `None` while it is new.
    pub id: Option<i64>,
}

impl EntryKey {
    /// "entry:action:3:new", "entry:decision:3:17": the form's draft in the store.
    pub fn draft_key(&self) -> String {
        let kind = if self.action { "action" } else { "decision" };
        let id = self.id.map(|i| i.to_string()).unwrap_or_else(|| "new".into());
        format!("entry:{kind}:{}:{id}", self.meeting.0)
    }

    pub fn from_draft_key(key: &str) -> Option<EntryKey> {
        let mut parts = key.split(':');
        let (Some("entry"), Some(kind), Some(meeting), Some(id), None) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let action = match kind {
            "action" => true,
            "decision" => false,
            _ => return None,
        };
        let id = if id == "new" { None } else { Some(id.parse().ok()?) };
        Some(EntryKey { action, meeting: MeetingId(meeting.parse().ok()?), id })
    }
}

/// The values of the form as its draft keeps them, with the field that was being typed in.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EntryValues {
    pub item: Option<i64>,
    pub text: String,
    pub reference: String,
    pub date: String,
    pub code: String,
    pub owner: String,
    pub deadline: String,
    pub remarks: String,
    /// The field's code (`EntryField::code`).
    pub typing: Option<String>,
}

impl EntryValues {
    pub fn set(&mut self, f: EntryField, text: &str) {
        let slot = match f {
            EntryField::Text => &mut self.text,
            EntryField::Reference => &mut self.reference,
            EntryField::Date => &mut self.date,
            EntryField::Code => &mut self.code,
            EntryField::Owner => &mut self.owner,
            EntryField::Deadline => &mut self.deadline,
            EntryField::Remarks => &mut self.remarks,
            EntryField::Item => return,
        };
        *slot = text.to_string();
    }
}

const DECISION_FIELDS: &[EntryField] = &[EntryField::Text, EntryField::Item, EntryField::Reference, EntryField::Date];
const ACTION_FIELDS: &[EntryField] = &[
    EntryField::Item,
    EntryField::Code,
    EntryField::Owner,
    EntryField::Text,
    EntryField::Deadline,
    EntryField::Remarks,
];

/// "Agendapunt 6" ("Item 6" in English): the reference the minutes give a decision on item 6.
pub fn default_reference(lang: Lang, items: &[ItemChoice], item: Option<ItemId>) -> String {
    item.and_then(|id| items.iter().find(|i| i.id == id))
        .map(|i| lang.decision_reference(&i.number))
        .unwrap_or_default()
}

pub struct EntryForm {
    pub kind: EntryKind,
    pub meeting_id: MeetingId,
    pub items: Vec<ItemChoice>,
    pub item: Option<ItemId>,
    pub text: String,
    pub reference: String,
    pub date: String,
    pub code: String,
    pub owner: String,
    pub deadline: String,
    pub remarks: String,
    /// What the code field would hold if untouched, so that picking another item proposes anew.
    pub proposed_code: String,
    pub selected: usize,
    /// Esc once with unsaved input warns; the second Esc throws it away.
    pub warned: bool,
    /// The owners already written on action points (one spelling each), offered while typing the owner.
    pub owners: Vec<String>,
    opened_with: String,
    /// The language new references are written in ("Agendapunt 6" / "Item 6").
    pub lang: Lang,
}

impl EntryForm {
    fn blank(kind: EntryKind, v: &DecisionsView, item: Option<ItemId>) -> EntryForm {
        let mut f = EntryForm::blank_for(kind, v.meeting_id, v.items.clone(), &v.meeting_date, item);
        f.owners = v.owners.clone();
        f
    }

    fn blank_for(
        kind: EntryKind,
        meeting_id: MeetingId,
        items: Vec<ItemChoice>,
        meeting_date: &str,
        item: Option<ItemId>,
    ) -> EntryForm {
        EntryForm {
            kind,
            meeting_id,
            items,
            item,
            text: String::new(),
            reference: String::new(),
            date: meeting_date.to_string(),
            code: String::new(),
            owner: String::new(),
            deadline: String::new(),
            remarks: String::new(),
            proposed_code: String::new(),
            selected: 0,
            warned: false,
            owners: Vec::new(),
            opened_with: String::new(),
            lang: Lang::Nl,
        }
    }

    fn seal(mut self) -> EntryForm {
        self.opened_with = self.fingerprint();
        self
    }

    pub fn new_decision(v: &DecisionsView, lang: Lang) -> EntryForm {
        let mut f = EntryForm::blank(EntryKind::Decision(None), v, v.default_item);
        f.lang = lang;
        f.reference = default_reference(lang, &f.items, f.item);
        f.seal()
    }

    /// A new decision for `item` holding its proposed decision, to edit before it is saved.
    pub fn proposed_decision(v: &DecisionsView, item: ItemId, text: String) -> EntryForm {
        let mut f = EntryForm::blank(EntryKind::Decision(None), v, Some(item));
        f.reference = default_reference(f.lang, &f.items, f.item);
        f.text = text;
        f.seal()
    }

    pub fn new_action(store: &Store, v: &DecisionsView) -> crate::Result<EntryForm> {
        let mut f = EntryForm::blank(EntryKind::Action(None), v, v.default_item);
        f.proposed_code = store.propose_action_code(v.meeting_id, f.item)?;
        f.code = f.proposed_code.clone();
        Ok(f.seal())
    }

    pub fn edit_decision(v: &DecisionsView, d: &Decision) -> EntryForm {
        let mut f = EntryForm::blank(EntryKind::Decision(Some(d.id)), v, d.item_id);
        f.text = d.text.clone();
        f.reference = d.reference.clone();
        f.date = d.date.clone();
        f.seal()
    }

    pub fn edit_action(v: &DecisionsView, a: &ActionPoint) -> EntryForm {
        EntryForm::blank(EntryKind::Action(Some(a.id)), v, a.item_id).filled_with(a)
    }

    /// The form for an action point found elsewhere (the action list), with its meeting's items.
    pub fn edit_action_of(store: &Store, a: &ActionPoint) -> crate::Result<EntryForm> {
        let meeting = a.meeting_id.ok_or(crate::Error::NotFound { what: "meeting", id: 0 })?;
        let m = store.meeting(meeting)?;
        let items = store
            .agenda(meeting)?
            .into_iter()
            .map(|i| ItemChoice { id: i.id, number: i.number, title: i.title })
            .collect();
        let mut f = EntryForm::blank_for(EntryKind::Action(Some(a.id)), meeting, items, &m.date, a.item_id);
        f.owners = store.action_owners()?;
        Ok(f.filled_with(a))
    }

    fn filled_with(self, a: &ActionPoint) -> EntryForm {
        let mut f = self;
        f.code = a.code.clone();
        f.proposed_code = a.code.clone();
        f.owner = a.owner.clone();
        f.text = a.text.clone();
        f.deadline = a.deadline.clone();
        f.remarks = a.remarks.clone();
        f.seal()
    }

    pub fn key(&self) -> EntryKey {
        let (action, id) = match self.kind {
            EntryKind::Decision(id) => (false, id.map(|i| i.0)),
            EntryKind::Action(id) => (true, id.map(|i| i.0)),
        };
        EntryKey { action, meeting: self.meeting_id, id }
    }

    pub fn values(&self, typing: Option<EntryField>) -> EntryValues {
        EntryValues {
            item: self.item.map(|i| i.0),
            text: self.text.clone(),
            reference: self.reference.clone(),
            date: self.date.clone(),
            code: self.code.clone(),
            owner: self.owner.clone(),
            deadline: self.deadline.clone(),
            remarks: self.remarks.clone(),
            typing: typing.map(|f| f.code().to_string()),
        }
    }

    /// Puts a draft's values into the form (the field that was being typed in is the caller's).
    pub fn apply_values(&mut self, v: &EntryValues) {
        self.item = v.item.map(ItemId).filter(|id| self.items.iter().any(|i| i.id == *id));
        for f in EntryField::ALL {
            let text = match f {
                EntryField::Text => &v.text,
                EntryField::Reference => &v.reference,
                EntryField::Date => &v.date,
                EntryField::Code => &v.code,
                EntryField::Owner => &v.owner,
                EntryField::Deadline => &v.deadline,
                EntryField::Remarks => &v.remarks,
                EntryField::Item => continue,
            };
            if !self.read_only(f) {
                self.set(f, text.clone());
            }
        }
    }

    pub fn fields(&self) -> &'static [EntryField] {
        match self.kind {
            EntryKind::Decision(_) => DECISION_FIELDS,
            EntryKind::Action(_) => ACTION_FIELDS,
        }
    }

    /// The fields, then the save row.
    pub fn row_count(&self) -> usize {
        self.fields().len() + 1
    }

    pub fn field(&self) -> Option<EntryField> {
        self.fields().get(self.selected).copied()
    }

    pub fn select_field(&mut self, f: EntryField) {
        if let Some(pos) = self.fields().iter().position(|x| *x == f) {
            self.selected = pos;
        }
    }

    pub fn move_by(&mut self, delta: i64) {
        self.selected = step(self.selected, delta, self.row_count());
    }

    pub fn value(&self, f: EntryField) -> String {
        match f {
            EntryField::Text => self.text.clone(),
            EntryField::Item => match self.item.and_then(|id| self.items.iter().find(|i| i.id == id)) {
                Some(i) => format!("{} {}", i.number, i.title),
                None => String::new(),
            },
            EntryField::Reference => self.reference.clone(),
            EntryField::Date => self.date.clone(),
            EntryField::Code => self.code.clone(),
            EntryField::Owner => self.owner.clone(),
            EntryField::Deadline => self.deadline.clone(),
            EntryField::Remarks => self.remarks.clone(),
        }
    }

    fn set(&mut self, f: EntryField, text: String) {
        match f {
            EntryField::Text => self.text = clean_text(&text),
            EntryField::Reference => self.reference = clean_line(&text),
            EntryField::Date => self.date = clean_line(&text),
            EntryField::Code => self.code = clean_line(&text),
            EntryField::Owner => self.owner = clean_line(&text),
            EntryField::Deadline => self.deadline = clean_line(&text),
            EntryField::Remarks => self.remarks = clean_text(&text),
            EntryField::Item => {}
        }
    }

    fn fingerprint(&self) -> String {
        format!(
            "{:?}\u{1}{}\u{1}{}\u{1}{}\u{1}{}\u{1}{}\u{1}{}\u{1}{}",
            self.item, self.text, self.reference, self.date, self.code, self.owner, self.deadline, self.remarks
        )
    }

    pub fn dirty(&self) -> bool {
        self.fingerprint() != self.opened_with
    }

    /// The date of a decision is fixed once it is made (the store keeps it with the decision's meeting).
    fn read_only(&self, f: EntryField) -> bool {
        f == EntryField::Date && matches!(self.kind, EntryKind::Decision(Some(_)))
    }

    /// Links the entry to `item` (or to none). Keeps untouched defaults (reference, proposed code) in step.
    pub fn set_item(&mut self, store: &Store, item: Option<ItemId>) {
        let old_ref = default_reference(self.lang, &self.items, self.item);
        self.item = item.filter(|id| self.items.iter().any(|i| i.id == *id));
        if self.reference.is_empty() || self.reference == old_ref {
            self.reference = default_reference(self.lang, &self.items, self.item);
        }
        if matches!(self.kind, EntryKind::Action(None)) && self.code == self.proposed_code {
            if let Ok(code) = store.propose_action_code(self.meeting_id, self.item) {
                self.proposed_code = code.clone();
                self.code = code;
            }
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::EntryForm
    }
}

/// The known owners that start with what was typed (any case); all of them when nothing was typed.
pub fn owner_choices<'a>(owners: &'a [String], typed: &str) -> Vec<&'a str> {
    let key = crate::store::owner_key(typed);
    let fitting: Vec<&str> =
        owners.iter().map(String::as_str).filter(|o| crate::store::owner_key(o).starts_with(&key)).collect();
    fitting
}

/// Tab: what was typed becomes the first known owner it starts; typed in full already, the next one, so
/// that Tab again walks through the names that fit.
pub fn complete_owner(owners: &[String], typed: &str) -> Option<String> {
    let key = crate::store::owner_key(typed);
    if let Some(pos) = owners.iter().position(|o| crate::store::owner_key(o) == key && !key.is_empty()) {
        // Typed in full: the next name in the list (of all names, since the typed one fits only itself).
        return owners.get((pos + 1) % owners.len()).cloned();
    }
    owner_choices(owners, typed).first().map(|s| s.to_string())
}

pub fn draw(look: &Look, form: &EntryForm, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let title = match form.kind {
        EntryKind::Decision(None) => DecUi::NewDecisionTitle,
        EntryKind::Decision(Some(_)) => DecUi::EditDecisionTitle,
        EntryKind::Action(None) => DecUi::NewActionTitle,
        EntryKind::Action(Some(_)) => DecUi::EditActionTitle,
    };
    Line::styled(look.t(Ui::Dec(title)), theme::title()).render_in(Rect { height: 1, ..area }, buf);
    let w = area.width as usize;
    let label_w = 13.min(w / 3);
    let value_x = area.x + (label_w as u16 + 1).min(area.width);
    let value_w = area.width.saturating_sub(value_x - area.x);
    let bottom = area.y + area.height;
    let mut y = area.y + 1;
    for (i, f) in form.fields().iter().enumerate() {
        if y >= bottom {
            return;
        }
        let editing = look
            .editor
            .filter(|ed| matches!(&ed.target, EditTarget::Entry { form: k, field } if *k == form.key() && field == f));
        // A long text being typed gets a few rows, the owner a row of known names; otherwise one row.
        let h: u16 = match editing {
            Some(_) if f.multiline() => 5.min(bottom - y),
            Some(_) if *f == EntryField::Owner && !form.owners.is_empty() => 2.min(bottom - y),
            _ => 1,
        };
        let row = Rect { x: area.x, y, width: area.width, height: h };
        let label_style = if i == form.selected { theme::selected() } else { theme::dim() };
        Span::styled(pad(look.t(Ui::Dec(f.label())), label_w), label_style)
            .render(Rect { height: 1, width: (label_w as u16).min(area.width), ..row }, buf);
        let slot = Rect { x: value_x, y, width: value_w, height: h };
        if let Some(ed) = editing {
            let ta = &ed.area;
            if *f == EntryField::Owner && h > 1 {
                ta.render(Rect { height: 1, ..slot }, buf);
                let typed = ed.text();
                let names = owner_choices(&form.owners, &typed).join(", ");
                let hint = if names.is_empty() {
                    look.t(Ui::Dec(DecUi::NewOwner)).to_string()
                } else {
                    look.t(Ui::Dec(DecUi::KnownOwners)).replacen("{}", &names, 1)
                };
                Line::styled(fit(&hint, value_w as usize), theme::dim())
                    .render_in(Rect { y: slot.y + 1, height: 1, ..slot }, buf);
            } else {
                ta.render(slot, buf);
            }
        } else {
            let value = form.value(*f);
            let mut spans = vec![];
            let first = value.lines().next().unwrap_or("").to_string();
            let more = value.lines().count() > 1;
            if value.trim().is_empty() {
                let empty = if *f == EntryField::Item { look.t(Ui::Dec(DecUi::NoItem)) } else { look.t(Ui::NotSet) };
                spans.push(Span::styled(empty.to_string(), theme::dim()));
            } else {
                spans.push(Span::raw(if more { format!("{first} …") } else { first }));
            }
            if *f == EntryField::Item && i == form.selected {
                spans.push(Span::styled(format!("  ({})", look.t(Ui::Dec(DecUi::ItemCycleHint))), theme::dim()));
            }
            if form.read_only(*f) {
                spans.push(Span::styled(format!("  {}", look.t(Ui::Dec(DecUi::DateFixed))), theme::dim()));
            }
            if *f == EntryField::Deadline && !value.trim().is_empty() && deadline_due(&value, &form.date).is_none() {
                spans.push(Span::styled(" ⚠", theme::warning()));
            }
            if *f == EntryField::Date && Date::parse_iso(value.trim()).is_none() {
                spans.push(Span::styled(" ⚠", theme::warning()));
            }
            Line::from(spans).render_in(Rect { height: 1, ..slot }, buf);
        }
        y += h;
    }
    if y < bottom {
        let style = if form.selected == form.fields().len() { theme::selected() } else { theme::heading() };
        Line::styled(format!("[ {} ]", look.t(Ui::Dec(DecUi::SaveButton))), style)
            .render_in(Rect { y, height: 1, ..area }, buf);
        y += 1;
    }
    if y + 1 < bottom {
        Line::styled(fit(look.t(Ui::Dec(DecUi::FormHint)), w), theme::dim())
            .render_in(Rect { y: y + 1, height: 1, ..area }, buf);
    }
}

impl View for EntryForm {
    fn mode(&self) -> Mode {
        EntryForm::mode(self)
    }

    fn move_by(&mut self, delta: i64) {
        EntryForm::move_by(self, delta)
    }

    fn draw(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        draw(look, self, area, buf)
    }

    /// Every key on the form comes here; what it passes on gets the common handling (help, quit).
    fn on_command(&mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        let dirty = self.dirty();
        if cmd != Command::Back {
            self.warned = false;
        }
        match cmd {
            Command::Up | Command::Down | Command::PageUp | Command::PageDown | Command::Top | Command::Bottom => {
                Outcome::Pass
            }
            Command::Open => self.open_row(ctx),
            Command::Save => self.save(ctx),
            Command::Back => self.leave(ctx),
            // q would store a half-made entry on the way out (see on_quit); say so instead.
            Command::Quit if dirty => Outcome::info(ctx.t(Ui::Dec(DecUi::UnsavedQuit))),
            Command::Paste(_) => Outcome::info(ctx.t(Ui::PasteWhere)),
            _ => Outcome::Pass,
        }
    }

    fn on_answer(&mut self, answer: Answer, ctx: &mut Ctx) -> Outcome {
        if let Answer::Picked(PickPurpose::EntryItem, value) = answer {
            self.set_item(ctx.store, value.parse::<i64>().ok().map(ItemId));
        }
        Outcome::Nothing
    }

    /// On quit: a form with its text filled in is stored rather than lost.
    fn on_quit(&mut self, ctx: &mut Ctx, on_top: bool) -> Outcome {
        if !on_top {
            return Outcome::Nothing;
        }
        if self.dirty() && !self.text.trim().is_empty() {
            return self.save(ctx);
        }
        // Nothing to store yet (no text): what was typed stays as the form's draft, offered at the next start.
        if self.dirty() {
            let json = serde_json::to_string(&self.values(None)).unwrap_or_default();
            return Outcome::report(ctx.store.save_draft(&self.key().draft_key(), &json, 0));
        }
        Outcome::Nothing
    }

    /// A field typed in place (the shared `FieldEditor`) was finished: its text goes into the form.
    fn on_typed(&mut self, target: &EditTarget, text: &str, _ctx: &mut Ctx) -> Outcome {
        if let EditTarget::Entry { form, field } = target {
            if *form == self.key() {
                self.set(*field, text.to_string());
            }
        }
        Outcome::Nothing
    }

    /// Tab in the owner field: the next known owner that starts with what was typed.
    fn complete(&self, target: &EditTarget, text: &str) -> Option<String> {
        match target {
            EditTarget::Entry { field: EntryField::Owner, .. } => complete_owner(&self.owners, text),
            _ => None,
        }
    }
}

impl EntryForm {
    fn open_row(&mut self, ctx: &mut Ctx) -> Outcome {
        let Some(field) = self.field() else { return self.save(ctx) };
        if self.read_only(field) {
            return Outcome::info(ctx.t(Ui::Dec(DecUi::DateFixed)));
        }
        if field == EntryField::Item {
            let mut options = vec![(ctx.t(Ui::Dec(DecUi::NoItem)).to_string(), String::new())];
            options.extend(self.items.iter().map(|i| (format!("{} {}", i.number, i.title), i.id.0.to_string())));
            let current = self.item.map(|i| i.0.to_string()).unwrap_or_default();
            return Picker::open(ctx.t(Ui::Dec(DecUi::PickItem)), options, &current, PickPurpose::EntryItem);
        }
        Outcome::edit(self.editor(field, None))
    }

    /// The shared in-place editor on a field, holding `text` (a restored draft) or the field's value; its
    /// draft is the whole form.
    pub fn editor(&self, field: EntryField, text: Option<&str>) -> FieldEditor {
        let value = self.value(field);
        let target = EditTarget::Entry { form: self.key(), field };
        let mut ed = FieldEditor::new(target, text.unwrap_or(&value), &value, field.multiline(), 0);
        ed.entry = Some(self.values(Some(field)));
        ed
    }

    fn leave(&mut self, ctx: &mut Ctx) -> Outcome {
        let dirty = self.dirty();
        if dirty && !self.warned {
            self.warned = true;
            return Outcome::error(ctx.t(Ui::Dec(DecUi::UnsavedEscAgain)));
        }
        let said = if dirty { Outcome::info(ctx.t(Ui::Cancelled)) } else { Outcome::Nothing };
        // Thrown away on purpose: its draft goes too.
        Outcome::report(ctx.store.drop_draft(&self.key().draft_key())).and(Outcome::Pop).and(said)
    }

    /// Stores the form and goes back to the decisions, showing the entry. Empty text is refused with a
    /// message and nothing changes.
    fn save(&mut self, ctx: &mut Ctx) -> Outcome {
        if self.text.trim().is_empty() {
            let word = if matches!(self.kind, EntryKind::Decision(_)) {
                DecUi::DecisionTextNeeded
            } else {
                DecUi::ActionTextNeeded
            };
            self.select_field(EntryField::Text);
            return Outcome::error(ctx.t(Ui::Dec(word)));
        }
        let mut note = None;
        let result: crate::Result<(Selection, String)> = match self.kind {
            EntryKind::Decision(id) => {
                if id.is_none() {
                    if let Err(problem) = crate::dates::parse_date(&self.date, None) {
                        self.select_field(EntryField::Date);
                        return Outcome::error(ctx.lang.date_problem(problem, &self.date));
                    }
                }
                match id {
                    None => {
                        let draft = DecisionDraft {
                            body: String::new(),
                            meeting_id: Some(self.meeting_id),
                            item_id: self.item,
                            date: self.date.trim().to_string(),
                            text: self.text.clone(),
                            reference: self.reference.clone(),
                        };
                        let msg = ctx.t(Ui::Dec(DecUi::DecisionAdded)).to_string();
                        ctx.store.add_decision(&draft).map(|id| (Selection::Decision(id), msg))
                    }
                    Some(id) => {
                        let msg = ctx.t(Ui::Dec(DecUi::DecisionSaved)).to_string();
                        ctx.store
                            .update_decision(id, &self.text, &self.reference, self.item)
                            .map(|_| (Selection::Decision(id), msg))
                    }
                }
            }
            EntryKind::Action(id) => {
                // A day that cannot be ("31 november", a wrong weekday) is a typo, refused as the date is;
                // words that name no day ("z.s.m.", "maart 2022") are kept as words (F8).
                use crate::dates::DateProblem;
                let reference = crate::dates::Date::parse_iso(&self.date);
                if let Err(problem @ (DateProblem::NoSuchDay | DateProblem::WrongWeekday { .. })) =
                    crate::dates::parse_date(self.deadline.trim(), reference)
                {
                    self.select_field(EntryField::Deadline);
                    return Outcome::error(ctx.lang.date_problem(problem, self.deadline.trim()));
                }
                if !self.deadline.trim().is_empty() && deadline_due(&self.deadline, &self.date).is_none() {
                    note = Some(ctx.t(Ui::Dec(DecUi::BadDeadline)).replacen("{}", self.deadline.trim(), 1));
                }
                let draft = ActionDraft {
                    code: self.code.clone(),
                    owner: self.owner.clone(),
                    text: self.text.clone(),
                    deadline: self.deadline.clone(),
                    remarks: self.remarks.clone(),
                    meeting_id: Some(self.meeting_id),
                    item_id: self.item,
                };
                match id {
                    None => {
                        let msg = ctx.t(Ui::Dec(DecUi::ActionAdded)).replacen("{}", draft.code.trim(), 1);
                        ctx.store.add_action(&draft).map(|id| (Selection::Action(id), msg))
                    }
                    Some(id) => {
                        let msg = ctx.t(Ui::Dec(DecUi::ActionSaved)).to_string();
                        ctx.store.update_action(id, &draft).map(|_| (Selection::Action(id), msg))
                    }
                }
            }
        };
        match result {
            Ok((shown, msg)) => {
                let _ = ctx.store.drop_draft(&self.key().draft_key());
                let said = match note {
                    Some(n) => format!("{msg} {n}"),
                    None => msg,
                };
                Outcome::Pop.and(Outcome::Select(shown)).and(Outcome::info(said))
            }
            Err(e) => Outcome::Fail(e),
        }
    }
}
