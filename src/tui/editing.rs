//! Typing in a field in place (`FieldEditor`), and finishing it: the text goes into the store, or, when the
//! store refuses, stays as a draft with a message. The field belongs to the screen under it, which is told.

use super::command::Command;
use super::editor::{item_field_text, EditTarget, FieldEditor};
use super::screen::{describe, Ctx, ExternalRequest, Outcome, View};
use super::screens::meeting_form::draft_of;
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

pub fn on_command(mut ed: FieldEditor, cmd: Command, ctx: &mut Ctx, screen: &mut dyn View) -> Outcome {
    let now = Instant::now();
    match cmd {
        Command::EditDone => finish(ed, Finish::Commit, ctx, screen),
        Command::Save => save_while_typing(ed, ctx, screen),
        Command::Back => finish(ed, Finish::Leave, ctx, screen),
        // Ctrl-E while typing: continue the same text in $EDITOR.
        Command::ExternalEdit => Outcome::External(ExternalRequest {
            text: ed.text(),
            original: ed.original.clone(),
            base_revision: ed.base_revision,
            target: ed.target,
        }),
        Command::Input(key) => {
            // A one-line field never takes a line break.
            if ed.multiline || key.code != crossterm::event::KeyCode::Enter {
                ed.input(key, now);
            }
            Outcome::edit(ed)
        }
        Command::Paste(text) => {
            ed.paste(&text, now);
            Outcome::edit(ed)
        }
        Command::Complete => {
            if let Some(text) = screen.complete(&ed.target, &ed.text()) {
                let mut fresh =
                    FieldEditor::new(ed.target.clone(), &text, &ed.original, ed.multiline, ed.base_revision);
                fresh.entry = ed.entry.take();
                fresh.form = ed.form.take();
                fresh.changed(now);
                return Outcome::edit(fresh);
            }
            Outcome::edit(ed)
        }
        _ => Outcome::edit(ed),
    }
}

pub fn finish_on_quit(ed: FieldEditor, ctx: &mut Ctx, screen: &mut dyn View) -> Outcome {
    finish(ed, Finish::Quit, ctx, screen)
}

/// Ctrl-S in a form field: keep the field, then save the form.
fn save_while_typing(ed: FieldEditor, ctx: &mut Ctx, screen: &mut dyn View) -> Outcome {
    let kept = finish(ed, Finish::Commit, ctx, screen);
    if kept.keeps_editing() {
        return kept;
    }
    let saved = screen.on_command(Command::Save, ctx);
    kept.and(saved)
}

fn finish(ed: FieldEditor, how: Finish, ctx: &mut Ctx, screen: &mut dyn View) -> Outcome {
    let text = ed.text();
    let result = store_text(&ed.target, &ed.original, &text, ctx, screen);
    let key = ed.target.draft_key();
    let mut out = match result {
        Ok(said) => {
            // A new meeting's form, and a decision or action form, keep their draft until they are stored.
            if matches!(ed.target, EditTarget::Meeting { id: None, .. } | EditTarget::Entry { .. }) {
                said
            } else {
                let dropped = Outcome::report(ctx.store.drop_draft(&key));
                let quiet = said.is_silent() && dropped.is_silent();
                let saved =
                    if text != ed.original && quiet { Outcome::info(ctx.t(Ui::Saved)) } else { Outcome::Nothing };
                said.and(dropped).and(saved)
            }
        }
        Err(e) => {
            let message = describe(ctx.lang, &e);
            if how == Finish::Commit && !matches!(e, Error::Conflict { .. }) {
                return Outcome::Error(message).and(Outcome::edit(ed));
            }
            // An emptied field that may not be empty has nothing worth keeping: the stored text stays.
            if text.trim().is_empty() {
                return Outcome::Error(message).and(Outcome::Refresh);
            }
            let kept = Outcome::report(ctx.store.save_draft(&key, &ed.draft_text(), ed.base_revision));
            if how == Finish::Quit {
                kept
            } else {
                kept.and(Outcome::Error(format!("{message} {}", ctx.t(Ui::KeptAsDraft))))
            }
        }
    };
    if let Err(e) = screen.reload(ctx.store) {
        out = out.and(Outcome::Fail(e));
    }
    // In the meeting form Enter walks on to the next field, as in any form, without typing in it yet:
    // a key meant for moving (j) must not land in a field that already holds a value (the date).
    if how == Finish::Commit && matches!(ed.target, EditTarget::Meeting { .. } | EditTarget::Entry { .. }) {
        screen.move_by(1);
    }
    out
}

/// Stores the text of a field: refused with Conflict when the stored text is no longer `original`. A new
/// meeting's field goes to its form (the screen), which may say something about it.
fn store_text(
    target: &EditTarget,
    original: &str,
    text: &str,
    ctx: &mut Ctx,
    screen: &mut dyn View,
) -> crate::Result<Outcome> {
    match target {
        EditTarget::Item { id, field } => {
            if text == original {
                return Ok(Outcome::Nothing);
            }
            ctx.store.set_item_field(*id, *field, original, text).map(|_| Outcome::Nothing)
        }
        EditTarget::Cover { id, field } => {
            if text == original {
                return Ok(Outcome::Nothing);
            }
            ctx.store.set_cover_text(*id, *field, original, text).map(|_| Outcome::Nothing)
        }
        EditTarget::Meeting { id: Some(id), field } => {
            let m = ctx.store.meeting(*id)?;
            if field.get(&draft_of(&m)) != original {
                return Err(Error::Conflict { what: "meeting" });
            }
            if text == original {
                return Ok(Outcome::Nothing);
            }
            let mut d = draft_of(&m);
            field.set(&mut d, text);
            ctx.store.update_meeting(*id, &d, m.revision).map(|_| Outcome::Nothing)
        }
        EditTarget::Meeting { id: None, .. } | EditTarget::Entry { .. } => Ok(screen.on_typed(target, text, ctx)),
    }
}

/// The loop ran the editor: `text` is what the file held afterwards (`None` when the editor failed).
pub fn finish_external(
    request: ExternalRequest,
    text: Option<String>,
    failure: Option<String>,
    ctx: &mut Ctx,
    screen: &mut dyn View,
) -> Outcome {
    let Some(text) = text else {
        let detail = failure.unwrap_or_default();
        if request.text == request.original {
            // Nothing was typed yet (`e` on the agenda or an item): no hidden editor to catch later keys.
            return Outcome::error(format!("{} ({detail})", ctx.t(Ui::EditorFailedUnchanged)));
        }
        // The text goes back into the in-place editor rather than being lost with the failed editor.
        let multiline = match &request.target {
            EditTarget::Item { field, .. } => field.is_long_text(),
            EditTarget::Entry { field, .. } => field.multiline(),
            EditTarget::Cover { .. } => true,
            EditTarget::Meeting { .. } => false,
        };
        let mut ed =
            FieldEditor::new(request.target, &request.text, &request.original, multiline, request.base_revision);
        ed.changed(Instant::now());
        return Outcome::edit(ed).and(Outcome::error(format!("{} ({detail})", ctx.t(Ui::EditorFailed))));
    };
    let text = text.strip_suffix('\n').unwrap_or(&text).to_string();
    let key = request.target.draft_key();
    let out = match store_text(&request.target, &request.original, &text, ctx, screen) {
        Ok(said) => said.and(Outcome::report(ctx.store.drop_draft(&key))).and(Outcome::info(ctx.t(Ui::Saved))),
        Err(e) => {
            let message = describe(ctx.lang, &e);
            Outcome::report(ctx.store.save_draft(&key, &text, request.base_revision))
                .and(Outcome::error(format!("{message} {}", ctx.t(Ui::KeptAsDraft))))
        }
    };
    out.and(Outcome::Refresh)
}

/// `e`: a long text of an item in $VISUAL / $EDITOR.
pub fn external(item: &crate::domain::AgendaItem, field: ItemField) -> Outcome {
    let text = item_field_text(item, field);
    Outcome::External(ExternalRequest {
        target: EditTarget::Item { id: item.id, field },
        original: text.clone(),
        text,
        base_revision: item.revision,
    })
}
