//! Drafts found at start (text typed before a crash or kill) are offered back into the field they came from.

use super::app::{App, Screen};
use super::command::Command;
use super::editor::EditTarget;
use super::overlays::{DraftOffer, Overlay};
use crate::locale::Ui;
use crate::store::Draft;
use std::time::Instant;

impl App {
    /// At start: text typed before a crash is offered back.
    pub(super) fn offer_drafts(&mut self) {
        let drafts = match self.store.drafts() {
            Ok(d) => d,
            Err(e) => return self.fail(e),
        };
        let described: Vec<(Draft, String)> = drafts
            .into_iter()
            .map(|d| {
                let label = self.describe_draft(&d);
                (d, label)
            })
            .collect();
        if !described.is_empty() {
            self.overlay = Some(Overlay::DraftOffer(DraftOffer { drafts: described, selected: 0 }));
        }
    }

    fn describe_draft(&self, d: &Draft) -> String {
        let chars = d.text.chars().count();
        let what = match EditTarget::from_draft_key(&d.key) {
            Some(EditTarget::Item { id, field }) => match self.store.item(id) {
                Ok(it) => format!(
                    "{} {} «{}» — {}",
                    self.t(Ui::ItemHeading),
                    it.number,
                    it.title,
                    super::screens::item::field_label(self.lang, field)
                ),
                Err(_) => format!("{} {} — {}", self.t(Ui::ItemHeading), id.0, self.t(Ui::Gone)),
            },
            Some(EditTarget::Meeting { id: Some(id), field }) => {
                format!("{} {} — {}", self.t(Ui::MeetingWord), id.0, field.label(self.lang))
            }
            _ if d.key == super::editor::NEW_MEETING_KEY => {
                let form: crate::domain::MeetingDraft = serde_json::from_str(&d.text).unwrap_or_default();
                return format!("{}: {} {}", self.t(Ui::NewMeetingTitle), form.body, form.date);
            }
            _ => d.key.clone(),
        };
        let preview = crate::tui::cells::fit(super::cells::first_line(&d.text), 30);
        format!("{what} ({chars} {}): {preview}", self.t(Ui::Characters))
    }

    pub(super) fn draft_offer_action(&mut self, mut o: DraftOffer, action: Command) {
        let n = o.drafts.len();
        match action {
            Command::Up => o.selected = super::screens::step(o.selected, -1, n),
            Command::Down => o.selected = super::screens::step(o.selected, 1, n),
            Command::No => return self.info(self.t(Ui::DraftsLater)),
            Command::Discard => {
                if o.selected < n {
                    let (d, _) = o.drafts.remove(o.selected);
                    let r = self.store.drop_draft(&d.key);
                    self.report(r);
                    self.info(self.t(Ui::DraftDiscarded));
                }
                o.selected = o.selected.min(o.drafts.len().saturating_sub(1));
                if o.drafts.is_empty() {
                    return;
                }
            }
            Command::Yes => {
                if o.selected < n {
                    let (d, _) = o.drafts.remove(o.selected);
                    self.restore_draft(d);
                }
                return;
            }
            _ => {}
        }
        self.overlay = Some(Overlay::DraftOffer(o));
    }

    /// Puts a draft back where it was typed: the item's field opens in the editor holding the draft text.
    fn restore_draft(&mut self, d: Draft) {
        match EditTarget::from_draft_key(&d.key) {
            Some(EditTarget::Item { id, field }) => {
                let item = match self.store.item(id) {
                    Ok(i) => i,
                    Err(crate::Error::NotFound { .. }) => {
                        // Its item was deleted; the text has nowhere to go back to, so it is shown once more.
                        let r = self.store.drop_draft(&d.key);
                        self.report(r);
                        return self.error(format!("{}: {}", self.t(Ui::Gone), crate::tui::cells::fit(&d.text, 200)));
                    }
                    Err(e) => return self.fail(e),
                };
                self.screens.truncate(1);
                if let Screen::Meetings(m) = self.screen_mut() {
                    m.select(Some(item.meeting_id));
                }
                match super::screens::AgendaView::load(&self.store, item.meeting_id) {
                    Ok(mut a) => {
                        a.select(Some(id));
                        self.push(Screen::Agenda(a));
                    }
                    Err(e) => return self.fail(e),
                }
                match super::screens::ItemView::load(&self.store, id) {
                    Ok(mut v) => {
                        v.select_field(field);
                        self.push(Screen::Item(v));
                    }
                    Err(e) => return self.fail(e),
                }
                let changed_since = item.revision != d.base_revision;
                self.start_item_editor(&item, field, Some((d.text, item.revision)));
                if let Some(ed) = &mut self.editor {
                    ed.changed(Instant::now());
                }
                let msg = if changed_since { Ui::DraftBackChanged } else { Ui::DraftBack };
                self.info(self.t(msg));
            }
            Some(EditTarget::Meeting { id: Some(id), field }) => {
                match super::screens::FormView::edit(&self.store, id) {
                    Ok(mut f) => {
                        f.selected = super::screens::meeting_form::FIELDS.iter().position(|x| *x == field).unwrap_or(0);
                        let stored = field.get(&f.draft).to_string();
                        let rev = f.revision;
                        self.push(Screen::MeetingForm(f));
                        let mut ed = super::editor::FieldEditor::new(
                            EditTarget::Meeting { id: Some(id), field },
                            &d.text,
                            &stored,
                            false,
                            rev,
                        );
                        ed.changed(Instant::now());
                        self.editor = Some(ed);
                        self.info(self.t(Ui::DraftBack));
                    }
                    Err(e) => self.fail(e),
                }
            }
            _ if d.key == super::editor::NEW_MEETING_KEY => self.new_meeting(),
            _ => {
                let r = self.store.drop_draft(&d.key);
                self.report(r);
            }
        }
    }
}
