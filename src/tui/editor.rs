//! Editing one field in place, with the draft that keeps the text safe while it is typed.

use super::app::{DRAFT_DEBOUNCE, DRAFT_MAX_WAIT};
use super::keymap::Mode;
use super::screens::entry_form::{EntryField, EntryKey, EntryValues};
use super::screens::MeetingField;
use crate::domain::{Coded, CoverField, ItemField, ItemId, MeetingDraft, MeetingId};
use crate::text::{clean_line, clean_text};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use std::time::Instant;

/// What the text being edited belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    Item {
        id: ItemId,
        field: ItemField,
    },
    /// The proposed decisions or summary read from an item's cover note.
    Cover {
        id: ItemId,
        field: CoverField,
    },
    /// A field of the meeting form; `id` is `None` while the meeting is being created.
    Meeting {
        id: Option<MeetingId>,
        field: MeetingField,
    },
    /// A field of the decision or action form; the form is stored whole on Ctrl-S, so its draft holds
    /// the whole form until then.
    Entry {
        form: EntryKey,
        field: EntryField,
    },
}

impl EditTarget {
    /// The key of the draft in the store: "item:<id>:<field_code>", "meeting:<id>:<field>", "meeting:new".
    pub fn draft_key(&self) -> String {
        match self {
            EditTarget::Item { id, field } => format!("item:{}:{}", id.0, field.code()),
            EditTarget::Cover { id, field } => format!("cover:{}:{}", id.0, cover_code(*field)),
            EditTarget::Meeting { id: Some(id), field } => format!("meeting:{}:{}", id.0, field.code()),
            EditTarget::Meeting { id: None, .. } => NEW_MEETING_KEY.to_string(),
            EditTarget::Entry { form, .. } => form.draft_key(),
        }
    }

    /// Reads a draft key back; `None` for keys this version does not know.
    pub fn from_draft_key(key: &str) -> Option<EditTarget> {
        let mut parts = key.split(':');
        match (parts.next()?, parts.next()?, parts.next(), parts.next()) {
            ("item", id, Some(code), None) => {
                Some(EditTarget::Item { id: ItemId(id.parse().ok()?), field: ItemField::from_code(code)? })
            }
            ("cover", id, Some(code), None) => {
                let field = [CoverField::ProposedDecisions, CoverField::Summary]
                    .into_iter()
                    .find(|f| cover_code(*f) == code)?;
                Some(EditTarget::Cover { id: ItemId(id.parse().ok()?), field })
            }
            ("meeting", id, Some(code), None) => Some(EditTarget::Meeting {
                id: Some(MeetingId(id.parse().ok()?)),
                field: MeetingField::from_code(code)?,
            }),
            ("entry", ..) => Some(EditTarget::Entry { form: EntryKey::from_draft_key(key)?, field: EntryField::Text }),
            _ => None,
        }
    }
}

pub const NEW_MEETING_KEY: &str = "meeting:new";

fn cover_code(f: CoverField) -> &'static str {
    match f {
        CoverField::ProposedDecisions => "proposed_decisions",
        CoverField::Summary => "summary",
    }
}

/// The stored text of a cover note field, exactly as `Store::set_cover_text` compares it.
pub fn cover_field_text(note: Option<&crate::domain::CoverNote>, f: CoverField) -> String {
    match (note, f) {
        (None, _) => String::new(),
        (Some(n), CoverField::ProposedDecisions) => n.proposed_decisions.join("\n"),
        (Some(n), CoverField::Summary) => n.summary.clone(),
    }
}

/// The stored text of an item field, exactly as `Store::set_item_field` compares it: the store's own.
pub use crate::store::field_text as item_field_text;

pub struct FieldEditor {
    pub target: EditTarget,
    pub area: TextArea<'static>,
    pub multiline: bool,
    /// The stored text when editing began.
    pub original: String,
    pub base_revision: i64,
    /// For a meeting being created: the rest of the form, so that its draft holds the whole form.
    pub form: Option<MeetingDraft>,
    /// For a decision or action being typed: the rest of its form, for the same reason.
    pub entry: Option<EntryValues>,
    last_change: Option<Instant>,
    /// The first change not yet in the draft.
    first_unsaved: Option<Instant>,
    /// Bumped on every change, so that the signal thread's copy can tell it is stale.
    pub seq: u64,
    /// Just opened: the app still looks for a draft of this field to offer (a draft put off with "later").
    pub fresh: bool,
    /// A body name not yet known that the user was asked about: the same name again makes it.
    pub asked_new_body: Option<String>,
    /// A value filled in for the user (the body of last time) is selected: typing replaces it, a
    /// cursor key keeps it to edit.
    replace_on_type: bool,
}

/// A key for a text being typed, as in a shell or fzf: Ctrl-U deletes to the start of the line, Ctrl-Z
/// undoes (the textarea's own Ctrl-U would undo). True when the text changed.
pub fn text_key(area: &mut TextArea<'static>, key: crossterm::event::KeyEvent) -> bool {
    use crossterm::event::{KeyCode, KeyModifiers};
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL) && !key.modifiers.contains(KeyModifiers::ALT);
    match key.code {
        KeyCode::Char('u') | KeyCode::Char('U') if ctrl => area.delete_line_by_head(),
        KeyCode::Char('z') | KeyCode::Char('Z') if ctrl => area.undo(),
        _ => area.input(key),
    }
}

impl FieldEditor {
    pub fn new(target: EditTarget, text: &str, original: &str, multiline: bool, base_revision: i64) -> FieldEditor {
        let lines: Vec<String> =
            if multiline { text.split('\n').map(str::to_string).collect() } else { vec![clean_line(text)] };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
        if multiline {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        FieldEditor {
            target,
            area,
            multiline,
            original: original.to_string(),
            base_revision,
            form: None,
            entry: None,
            last_change: None,
            first_unsaved: None,
            seq: 0,
            fresh: true,
            asked_new_body: None,
            replace_on_type: false,
        }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The text as it goes into the draft: for a new meeting the whole form as JSON.
    pub fn draft_text(&self) -> String {
        match (&self.target, &self.form) {
            (EditTarget::Meeting { id: None, field }, Some(form)) => {
                let mut f = form.clone();
                field.set(&mut f, &self.text());
                serde_json::to_string(&f).unwrap_or_default()
            }
            (EditTarget::Entry { field, .. }, _) => {
                let mut values = self.entry.clone().unwrap_or_default();
                values.set(*field, &self.text());
                serde_json::to_string(&values).unwrap_or_default()
            }
            _ => self.text(),
        }
    }

    /// The key table while typing here: the decision and action form has its own (Ctrl-S stores the entry).
    pub fn mode(&self) -> Mode {
        match (&self.target, self.multiline) {
            (EditTarget::Entry { .. }, true) => Mode::EntryText,
            (EditTarget::Entry { .. }, false) => Mode::EntryLine,
            (EditTarget::Meeting { .. }, false) => Mode::FormLine,
            (_, true) => Mode::EditText,
            (_, false) => Mode::EditLine,
        }
    }

    pub fn changed(&mut self, now: Instant) {
        self.last_change = Some(now);
        self.first_unsaved.get_or_insert(now);
        self.seq += 1;
    }

    /// Selects the whole (prefilled) text, so that the first letter typed replaces it.
    pub fn select_to_replace(&mut self) {
        if !self.text().is_empty() {
            self.area.select_all();
            self.replace_on_type = true;
        }
    }

    pub fn input(&mut self, key: crossterm::event::KeyEvent, now: Instant) {
        use crossterm::event::{KeyCode, KeyModifiers};
        if std::mem::take(&mut self.replace_on_type) {
            let typed = matches!(key.code, KeyCode::Char(_)) && !key.modifiers.contains(KeyModifiers::CONTROL);
            if !(typed || matches!(key.code, KeyCode::Backspace | KeyCode::Delete)) {
                self.area.cancel_selection();
            }
        }
        if text_key(&mut self.area, key) {
            self.changed(now);
        }
    }

    /// Replaces the whole text (a completion), as a change.
    pub fn set_text(&mut self, text: &str, now: Instant) {
        self.area.select_all();
        self.area.cut();
        self.area.insert_str(text);
        self.changed(now);
    }

    /// Pasted text: control and direction characters go; a one-line field gets one line.
    pub fn paste(&mut self, text: &str, now: Instant) {
        self.replace_on_type = false;
        let clean = if self.multiline { clean_text(text) } else { clean_line(text) };
        if self.area.insert_str(clean) {
            self.changed(now);
        }
    }

    pub fn draft_due(&self, now: Instant) -> bool {
        self.draft_deadline().is_some_and(|d| now >= d)
    }

    pub fn draft_deadline(&self) -> Option<Instant> {
        let pause = self.last_change.map(|t| t + DRAFT_DEBOUNCE)?;
        Some(self.first_unsaved.map_or(pause, |f| pause.min(f + DRAFT_MAX_WAIT)))
    }

    pub fn draft_saved(&mut self) {
        self.last_change = None;
        self.first_unsaved = None;
    }

    /// True while there is text not yet in the draft.
    pub fn unsaved(&self) -> bool {
        self.last_change.is_some()
    }
}
