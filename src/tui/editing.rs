//! Typing in a field in place (`FieldEditor`), and finishing it: the text goes into the store, or, when the
//! store refuses, stays as a draft with a message. The field belongs to the screen under it, which is told.

use super::command::Command;
use super::editor::{item_field_text, EditTarget, FieldEditor};
use super::screen::{describe, Ctx, ExternalRequest, Outcome, View};
use super::screens::meeting_form::draft_of;
use super::screens::MeetingField;
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
        Command::Help => Outcome::edit(ed).and(Outcome::Overlay(super::overlays::Overlay::Help)),
        Command::Down | Command::Up if matches!(ed.target, EditTarget::Meeting { .. }) => {
            next_field(ed, if cmd == Command::Down { 1 } else { -1 }, ctx, screen)
        }
        Command::Complete if matches!(ed.target, EditTarget::Meeting { field: MeetingField::Body, .. }) => {
            complete_body(ed, ctx, now, screen)
        }
        Command::Complete if matches!(ed.target, EditTarget::Meeting { .. }) => next_field(ed, 1, ctx, screen),
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

/// Tab in the body field: the known bodies that start with what was typed (any case). One: it is filled
/// in; several: as far as they agree, and they are named.
/// With nothing (more) to complete, Tab goes on to the next field, as in any form.
fn complete_body(mut ed: FieldEditor, ctx: &mut Ctx, now: Instant, screen: &mut dyn View) -> Outcome {
    let typed = ed.text().trim().to_lowercase();
    let names: Vec<String> = match ctx.store.bodies() {
        Ok(b) => b.into_iter().map(|b| b.name).filter(|n| n.to_lowercase().starts_with(&typed)).collect(),
        Err(e) => return Outcome::Fail(e).and(Outcome::edit(ed)),
    };
    match names.as_slice() {
        [] => next_field(ed, 1, ctx, screen),
        [one] if one.to_lowercase() == typed => next_field(ed, 1, ctx, screen),
        [one] => {
            ed.set_text(one, now);
            Outcome::edit(ed)
        }
        several => {
            let first: Vec<char> = several[0].chars().collect();
            let common = several.iter().skip(1).fold(first.len(), |n, name| {
                name.chars().zip(&first).take(n).take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase())).count()
            });
            let prefix: String = first[..common].iter().collect();
            if prefix.chars().count() > typed.chars().count() {
                ed.set_text(&prefix, now);
            }
            Outcome::info(several.join(" · ")).and(Outcome::edit(ed))
        }
    }
}

/// Before a meeting gets a body that does not exist yet, the user is asked once ("Stuurgroep MTI" is more
/// often a typo than a new body): `Some` holds the question, and the editor stays open.
fn ask_new_body(ed: &mut FieldEditor, text: &str, ctx: &mut Ctx) -> Option<Outcome> {
    if !matches!(ed.target, EditTarget::Meeting { field: MeetingField::Body, .. }) {
        return None;
    }
    let name = crate::text::clean_line(text);
    if name.is_empty() || name.eq_ignore_ascii_case(ed.original.trim()) || ed.asked_new_body.as_deref() == Some(&name) {
        return None;
    }
    if !matches!(ctx.store.body_by_name(&name), Ok(None)) {
        return None;
    }
    // With no body known yet there is nothing to have mistyped: the first one is simply made.
    if ctx.store.bodies().is_ok_and(|b| b.is_empty()) {
        return None;
    }
    let near: Vec<String> = ctx
        .store
        .bodies()
        .unwrap_or_default()
        .into_iter()
        .map(|b| b.name)
        .filter(|n| n.to_lowercase().chars().take(3).eq(name.to_lowercase().chars().take(3)))
        .take(3)
        .collect();
    ed.asked_new_body = Some(name.clone());
    let mut question = ctx.t(Ui::AskNewBody).replacen("{}", &name, 1);
    if !near.is_empty() {
        question = format!("{question} {}", ctx.t(Ui::KnownBodies).replacen("{}", &near.join(", "), 1));
    }
    Some(Outcome::info(question))
}

/// ↓, ↑ or Tab out of a field of the meeting form: the field is finished as with Enter (a new body is
/// asked about first; the same key again confirms it), then the next field is typed in.
fn next_field(ed: FieldEditor, delta: i64, ctx: &mut Ctx, screen: &mut dyn View) -> Outcome {
    let done = finish(ed, Finish::Commit, ctx, screen);
    if done.keeps_editing() {
        return done;
    }
    screen.move_by(delta);
    let next = screen.type_in_selected(ctx);
    done.and(next)
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

fn finish(mut ed: FieldEditor, how: Finish, ctx: &mut Ctx, screen: &mut dyn View) -> Outcome {
    let text = ed.text();
    // Esc at the question "Nieuw gremium?" is a no: a mistyped name must not become a body by leaving.
    if how == Finish::Leave
        && matches!(ed.target, EditTarget::Meeting { field: MeetingField::Body, .. })
        && ed.asked_new_body.as_deref() == Some(crate::text::clean_line(&text).as_str())
    {
        let name = crate::text::clean_line(&text);
        // A new meeting's form keeps its own draft (its other fields); a stored meeting's field draft goes.
        let dropped = match ed.target {
            EditTarget::Meeting { id: Some(_), .. } => Outcome::report(ctx.store.drop_draft(&ed.target.draft_key())),
            _ => Outcome::Nothing,
        };
        return dropped.and(Outcome::info(ctx.t(Ui::NewBodyNotMade).replacen("{}", &name, 1))).and(Outcome::Refresh);
    }
    if how != Finish::Quit {
        if let Some(question) = ask_new_body(&mut ed, &text, ctx) {
            return question.and(Outcome::edit(ed));
        }
    }
    let result = store_text(&ed.target, &ed.original, &text, ctx, screen);
    let gone = matches!(result, Err(Error::NotFound { .. }));
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
            let mut message = describe(ctx.lang, &e);
            // What is typed in was deleted in another window: the text cannot be stored there, so the field
            // closes and the text is kept as a draft, offered again if the deleted thing is put back.
            if matches!(e, Error::NotFound { .. }) {
                // Not the store's "agendapunt 19 bestaat niet": that number is the database's, not the agenda's.
                message = ctx.t(Ui::DeletedElsewhere).to_string();
            }
            if how == Finish::Commit && !matches!(e, Error::Conflict { .. } | Error::NotFound { .. }) {
                return Outcome::Error(message).and(Outcome::edit(ed));
            }
            // An emptied field that may not be empty has nothing worth keeping: the stored text stays.
            if text.trim().is_empty() {
                return Outcome::Error(message).and(Outcome::Refresh);
            }
            // A date that is no date can never be stored: as a draft it would come back at every start.
            // It is explained, the stored date stays, and a draft written while typing goes.
            if matches!(e, Error::Refused(crate::error::Refusal::NotADate(..))) {
                let dropped = Outcome::report(ctx.store.drop_draft(&key));
                return dropped
                    .and(Outcome::Error(format!("{message} {}", ctx.t(Ui::DateKeptAsItWas))))
                    .and(Outcome::Refresh);
            }
            let kept = Outcome::report(ctx.store.save_draft(&key, &ed.draft_text(), ed.base_revision));
            if how == Finish::Quit {
                kept
            } else {
                kept.and(Outcome::Error(format!("{message} {}", ctx.t(Ui::KeptAsDraft))))
            }
        }
    };
    match screen.reload(ctx.store) {
        // The screen shows what was deleted elsewhere: back to the one below it, the message kept.
        Err(Error::NotFound { .. }) if gone => out = out.and(Outcome::Pop).and(Outcome::Refresh),
        Err(e) => out = out.and(Outcome::Fail(e)),
        Ok(()) => {}
    }
    // Enter stores the field and stays on it; Tab and ↓ move. (Walking on by itself made a j typed after
    // Enter land in the next field.)
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
            // A stored meeting's date typed without a year ("12 maart") corrects the day in the meeting's
            // own year; "the next such day from today" would move a past meeting a year on.
            let text = match (field, crate::dates::Date::parse_iso(&m.date)) {
                (MeetingField::Date, Some(was)) => {
                    let new_year = crate::dates::Date { year: was.year, month: 1, day: 1 };
                    match crate::dates::parse_date(text, Some(new_year)) {
                        Ok(date) if date.year == was.year => date.iso(),
                        _ => text.to_string(),
                    }
                }
                _ => text.to_string(),
            };
            let text = text.as_str();
            field.set(&mut d, text);
            ctx.store.update_meeting(*id, &d, m.revision).map(|_| Outcome::Nothing)
        }
        EditTarget::Meeting { id: None, field } => {
            // The new meeting's form holds only dates it can store: as typed they are read (10 december
            // 2026), and a wrong one is refused here, as the store would refuse it, never kept in the form.
            if *field == MeetingField::Date {
                let date = crate::dates::parse_date(text, Some(crate::dates::Date::today()))
                    .map_err(|p| Error::refused(crate::error::Refusal::NotADate(text.trim().to_string(), p)))?;
                return Ok(screen.on_typed(target, &date.iso(), ctx));
            }
            Ok(screen.on_typed(target, text, ctx))
        }
        EditTarget::Entry { .. } => Ok(screen.on_typed(target, text, ctx)),
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
