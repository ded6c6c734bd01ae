//! Finishing an edit: the text goes into the store, or, when the store refuses, stays as a draft with a message.

use super::app::{App, ExternalRequest, Screen};
use super::command::Command;
use super::editor::{item_field_text, EditTarget, FieldEditor};
use super::screens::item::ItemRow;
use super::screens::meeting_form::draft_of;
use crate::dates::Date;
use crate::domain::ItemField;
use crate::error::Error;
use crate::locale::Ui;
use std::time::Instant;

/// How the editor was left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Finish {
    /// Enter / Ctrl-S: keep the editor open when the text is refused, so it can be fixed.
    Commit,
    /// Esc: go back; text that cannot be stored is kept as a draft (never dropped).
    Leave,
    /// Quitting: store it or keep it as a draft, nothing else.
    Quit,
}

impl App {
    pub(super) fn editor_action(&mut self, action: Command) {
        let now = Instant::now();
        match action {
            Command::EditDone => self.finish_with(Finish::Commit),
            Command::Save => self.save_while_typing(),
            Command::Back => self.finish_with(Finish::Leave),
            Command::ExternalEdit => self.editor_to_external(),
            Command::Input(key) => {
                if let Some(ed) = &mut self.editor {
                    // A one-line field never takes a line break.
                    if ed.multiline || key.code != crossterm::event::KeyCode::Enter {
                        ed.input(key, now);
                    }
                }
            }
            Command::Paste(text) => {
                if let Some(ed) = &mut self.editor {
                    ed.paste(&text, now);
                }
            }
            _ => {}
        }
    }

    /// Ctrl-S in a form field: keep the field, then save the form.
    fn save_while_typing(&mut self) {
        let before = self.editor.as_ref().map(|e| e.target.clone());
        self.finish_with(Finish::Commit);
        let refused = self.editor.as_ref().map(|e| e.target.clone()) == before;
        if refused {
            return;
        }
        // The form moved on to the next field; that fresh editor holds nothing new.
        self.editor = None;
        self.save_form();
    }

    pub(super) fn finish_editing(&mut self, quitting: bool) {
        self.finish_with(if quitting { Finish::Quit } else { Finish::Commit });
    }

    fn finish_with(&mut self, how: Finish) {
        let Some(ed) = self.editor.take() else { return };
        let text = ed.text();
        let result = self.store_text(&ed.target, &ed.original, &text);
        let key = ed.target.draft_key();
        match result {
            Ok(()) => {
                // A new meeting's form keeps its draft until the meeting is made.
                if !matches!(ed.target, EditTarget::Meeting { id: None, .. }) {
                    let r = self.store.drop_draft(&key);
                    self.report(r);
                    if text != ed.original && self.status.is_none() {
                        self.info(self.t(Ui::Saved));
                    }
                }
            }
            Err(e) => {
                let message = self.describe(&e);
                if how == Finish::Commit && !matches!(e, Error::Conflict { .. }) {
                    self.error(message);
                    self.editor = Some(ed);
                    return;
                }
                // An emptied field that may not be empty has nothing worth keeping: the stored text stays.
                if text.trim().is_empty() {
                    self.error(message);
                    self.refresh();
                    return;
                }
                let r = self.store.save_draft(&key, &ed.draft_text(), ed.base_revision);
                self.report(r);
                if how != Finish::Quit {
                    self.error(format!("{message} {}", self.t(Ui::KeptAsDraft)));
                }
            }
        }
        self.refresh();
        // In the meeting form Enter walks on to the next field, as in any form, without typing in it yet:
        // a key meant for moving (j) must not land in a field that already holds a value (the date).
        if how == Finish::Commit && matches!(ed.target, EditTarget::Meeting { .. }) {
            if let Screen::MeetingForm(f) = self.screen_mut() {
                f.move_by(1);
            }
        }
    }

    /// Stores the text of a field: refused with Conflict when the stored text is no longer `original`.
    fn store_text(&mut self, target: &EditTarget, original: &str, text: &str) -> crate::Result<()> {
        match target {
            EditTarget::Item { id, field } => {
                if text == original {
                    return Ok(());
                }
                if *field == ItemField::Title && crate::text::clean_line(text).is_empty() {
                    return Err(Error::invalid(self.t(Ui::TitleNeeded)));
                }
                if *field == ItemField::Title
                    && crate::text::clean_line(text).chars().count() > crate::import::agenda::MAX_TITLE_CHARS
                {
                    return Err(Error::invalid(self.t(Ui::TitleTooLong)));
                }
                self.store.set_item_field(*id, *field, original, text).map(|_| ())
            }
            EditTarget::Meeting { id: Some(id), field } => {
                let m = self.store.meeting(*id)?;
                if field.get(&draft_of(&m)) != original {
                    return Err(Error::Conflict { what: "meeting" });
                }
                if text == original {
                    return Ok(());
                }
                let mut d = draft_of(&m);
                field.set(&mut d, text);
                self.store.update_meeting(*id, &d, m.revision).map(|_| ())
            }
            EditTarget::Meeting { id: None, field } => {
                if *field == super::screens::MeetingField::Date && Date::parse_iso(text.trim()).is_none() {
                    self.error(self.t(Ui::BadDate).replacen("{}", text.trim(), 1));
                }
                if let Screen::MeetingForm(f) = self.screen_mut() {
                    field.set(&mut f.draft, text);
                }
                Ok(())
            }
        }
    }

    /// e: the selected long text in $VISUAL / $EDITOR.
    pub(super) fn external_edit(&mut self) {
        let target = match self.screen() {
            Screen::Agenda(v) => v.selected_record().map(|r| (r.item.clone(), ItemField::Annotation)),
            Screen::Item(v) => match v.row() {
                ItemRow::Field(f) if f.is_long_text() => Some((v.item.clone(), f)),
                ItemRow::Field(f @ (ItemField::Title | ItemField::Submitter | ItemField::OriginNote)) => {
                    let it = v.item.clone();
                    self.start_item_editor(&it, f, None);
                    return;
                }
                _ => None,
            },
            _ => None,
        };
        let Some((item, field)) = target else {
            return self.info(self.t(Ui::NothingToEdit));
        };
        let text = item_field_text(&item, field);
        self.external = Some(ExternalRequest {
            target: EditTarget::Item { id: item.id, field },
            original: text.clone(),
            text,
            base_revision: item.revision,
        });
    }

    /// Ctrl-E while typing: continue the same text in $EDITOR.
    fn editor_to_external(&mut self) {
        let Some(ed) = self.editor.take() else { return };
        self.external = Some(ExternalRequest {
            text: ed.text(),
            original: ed.original.clone(),
            base_revision: ed.base_revision,
            target: ed.target,
        });
    }

    /// The loop ran the editor: `text` is what the file held afterwards (`None` when the editor failed).
    pub fn finish_external(&mut self, request: ExternalRequest, text: Option<String>, failure: Option<String>) {
        let Some(text) = text else {
            let detail = failure.unwrap_or_default();
            if request.text == request.original {
                // Nothing was typed yet (`e` on the agenda or an item): no hidden editor to catch later keys.
                return self.error(format!("{} ({detail})", self.t(Ui::EditorFailedUnchanged)));
            }
            // The text goes back into the in-place editor rather than being lost with the failed editor.
            let multiline = matches!(request.target, EditTarget::Item { field, .. } if field.is_long_text());
            let mut ed =
                FieldEditor::new(request.target, &request.text, &request.original, multiline, request.base_revision);
            ed.changed(Instant::now());
            self.editor = Some(ed);
            return self.error(format!("{} ({detail})", self.t(Ui::EditorFailed)));
        };
        let text = text.strip_suffix('\n').unwrap_or(&text).to_string();
        let key = request.target.draft_key();
        match self.store_text(&request.target, &request.original, &text) {
            Ok(()) => {
                let r = self.store.drop_draft(&key);
                self.report(r);
                self.info(self.t(Ui::Saved));
            }
            Err(e) => {
                let message = self.describe(&e);
                let r = self.store.save_draft(&key, &text, request.base_revision);
                self.report(r);
                self.error(format!("{message} {}", self.t(Ui::KeptAsDraft)));
            }
        }
        self.refresh();
    }
}
