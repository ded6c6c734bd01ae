//! Drafts found at start (text typed before a crash or kill) are offered back into the field they came from.

use super::command::Command;
use super::editor::{EditTarget, FieldEditor};
use super::overlays::{DraftOffer, Overlay};
use super::screen::{Ctx, Outcome, Selection};
use super::screens::decisions::{DecisionsView, Tab};
use super::screens::entry_form::{EntryField, EntryForm, EntryKey, EntryValues};
use super::screens::{item, meeting_form, AgendaView, FormView, ItemView, Screen};
use crate::domain::ActionId;
use crate::locale::{DecUi, PolishUi, Ui};
use crate::store::Draft;
use std::time::Instant;

/// At start: text typed before a crash is offered back.
pub fn offer(ctx: &mut Ctx) -> Outcome {
    let drafts = match ctx.store.drafts() {
        Ok(d) => d,
        Err(e) => return Outcome::Fail(e),
    };
    let described: Vec<(Draft, String)> = drafts
        .into_iter()
        .map(|d| {
            let label = describe_draft(ctx, &d);
            (d, label)
        })
        .collect();
    if described.is_empty() {
        return Outcome::Nothing;
    }
    Outcome::Overlay(Overlay::DraftOffer(DraftOffer { drafts: described, selected: 0 }))
}

fn describe_draft(ctx: &Ctx, d: &Draft) -> String {
    let chars = d.text.chars().count();
    let what = match EditTarget::from_draft_key(&d.key) {
        Some(EditTarget::Item { id, field }) => match ctx.store.item(id) {
            Ok(it) => format!(
                "{} {} «{}» — {}",
                ctx.t(Ui::ItemHeading),
                it.number,
                it.title,
                item::field_label(ctx.lang, field)
            ),
            Err(_) => format!("{} {} — {}", ctx.t(Ui::ItemHeading), id.0, ctx.t(Ui::Gone)),
        },
        Some(EditTarget::Cover { id, field }) => match ctx.store.item(id) {
            Ok(it) => format!(
                "{} {} «{}» — {}",
                ctx.t(Ui::ItemHeading),
                it.number,
                it.title,
                item::cover_label(ctx.lang, field)
            ),
            Err(_) => format!("{} {} — {}", ctx.t(Ui::ItemHeading), id.0, ctx.t(Ui::Gone)),
        },
        Some(EditTarget::Meeting { id: Some(id), field }) => {
            format!("{} {} — {}", ctx.t(Ui::MeetingWord), id.0, field.label(ctx.lang))
        }
        Some(EditTarget::Entry { form, .. }) => {
            let title = match (form.action, form.id) {
                (true, None) => DecUi::NewActionTitle,
                (true, Some(_)) => DecUi::EditActionTitle,
                (false, None) => DecUi::NewDecisionTitle,
                (false, Some(_)) => DecUi::EditDecisionTitle,
            };
            let meeting = match ctx.store.meeting(form.meeting) {
                Ok(m) => format!("{} {}", m.body, ctx.lang.long_date(&m.date)),
                Err(_) => ctx.t(Ui::Gone).to_string(),
            };
            let values: EntryValues = serde_json::from_str(&d.text).unwrap_or_default();
            let preview = crate::tui::cells::fit(super::cells::first_line(&values.text), 30);
            return format!("{} — {meeting}: {preview}", ctx.t(Ui::Dec(title)));
        }
        _ if d.key == super::editor::NEW_MEETING_KEY => {
            let form: crate::domain::MeetingDraft = serde_json::from_str(&d.text).unwrap_or_default();
            return format!("{}: {} {}", ctx.t(Ui::NewMeetingTitle), form.body, form.date);
        }
        _ => d.key.clone(),
    };
    let preview = crate::tui::cells::fit(super::cells::first_line(&d.text), 30);
    format!("{what} ({chars} {}): {preview}", ctx.t(Ui::Characters))
}

pub fn on_command(mut o: DraftOffer, cmd: Command, ctx: &mut Ctx) -> Outcome {
    let n = o.drafts.len();
    let mut said = Outcome::Nothing;
    match cmd {
        Command::Up => o.selected = super::screens::step(o.selected, -1, n),
        Command::Down => o.selected = super::screens::step(o.selected, 1, n),
        Command::No => return Outcome::info(ctx.t(Ui::DraftsLater)),
        Command::Discard => {
            if o.selected < n {
                let (d, _) = o.drafts.remove(o.selected);
                said = Outcome::report(ctx.store.drop_draft(&d.key)).and(Outcome::info(ctx.t(Ui::DraftDiscarded)));
            }
            o.selected = o.selected.min(o.drafts.len().saturating_sub(1));
            if o.drafts.is_empty() {
                return said;
            }
        }
        Command::Yes => {
            if o.selected < n {
                let (d, _) = o.drafts.remove(o.selected);
                return restore(d, ctx);
            }
            return Outcome::Nothing;
        }
        _ => {}
    }
    said.and(Outcome::Overlay(Overlay::DraftOffer(o)))
}

/// Puts a draft back where it was typed: the item's field opens in the editor holding the draft text.
fn restore(d: Draft, ctx: &mut Ctx) -> Outcome {
    match EditTarget::from_draft_key(&d.key) {
        Some(EditTarget::Cover { id, field }) => {
            let (it, note) = match (ctx.store.item(id), ctx.store.cover_note(id)) {
                (Ok(i), Ok(n)) => (i, n),
                (Err(crate::Error::NotFound { .. }), _) => {
                    return Outcome::report(ctx.store.drop_draft(&d.key)).and(Outcome::error(format!(
                        "{}: {}",
                        ctx.t(Ui::Gone),
                        crate::tui::cells::fit(&d.text, 200)
                    )));
                }
                (Err(e), _) | (_, Err(e)) => return Outcome::Fail(e),
            };
            let mut agenda = match AgendaView::load(ctx.store, it.meeting_id) {
                Ok(a) => a,
                Err(e) => return Outcome::Fail(e),
            };
            agenda.select(Some(id));
            let mut view = match ItemView::load(ctx.store, id) {
                Ok(v) => v,
                Err(e) => return Outcome::Fail(e),
            };
            view.select_cover(field);
            let mut ed = item::cover_editor(&it, note.as_ref(), field, Some(d.text));
            ed.changed(Instant::now());
            let msg = if it.revision != d.base_revision { Ui::DraftBackChanged } else { Ui::DraftBack };
            Outcome::Home
                .and(Outcome::SelectHome(Selection::Meeting(it.meeting_id)))
                .and(Outcome::push(Screen::Agenda(agenda)))
                .and(Outcome::push(Screen::Item(view)))
                .and(Outcome::edit(ed))
                .and(Outcome::info(ctx.t(msg)))
        }
        Some(EditTarget::Item { id, field }) => {
            let it = match ctx.store.item(id) {
                Ok(i) => i,
                Err(crate::Error::NotFound { .. }) => {
                    // Its item was deleted; the text has nowhere to go back to, so it is shown once more.
                    return Outcome::report(ctx.store.drop_draft(&d.key)).and(Outcome::error(format!(
                        "{}: {}",
                        ctx.t(Ui::Gone),
                        crate::tui::cells::fit(&d.text, 200)
                    )));
                }
                Err(e) => return Outcome::Fail(e),
            };
            let mut agenda = match AgendaView::load(ctx.store, it.meeting_id) {
                Ok(a) => a,
                Err(e) => return Outcome::Fail(e),
            };
            agenda.select(Some(id));
            let mut view = match ItemView::load(ctx.store, id) {
                Ok(v) => v,
                Err(e) => return Outcome::Fail(e),
            };
            view.select_field(field);
            let screens = Outcome::Home
                .and(Outcome::SelectHome(Selection::Meeting(it.meeting_id)))
                .and(Outcome::push(Screen::Agenda(agenda)))
                .and(Outcome::push(Screen::Item(view)));
            // Changed elsewhere since the draft began: the user chooses, seeing the other version.
            if let Some(ask) = conflict(ctx.lang, &it, field, &d) {
                return screens.and(ask);
            }
            let mut ed = item::item_editor(&it, field, Some((d.text, it.revision)));
            ed.changed(Instant::now());
            screens.and(Outcome::edit(ed)).and(Outcome::info(ctx.t(Ui::DraftBack)))
        }
        Some(EditTarget::Meeting { id: Some(id), field }) => match FormView::edit(ctx.store, id) {
            Ok(mut f) => {
                f.selected = meeting_form::FIELDS.iter().position(|x| *x == field).unwrap_or(0);
                let stored = field.get(&f.draft).to_string();
                let target = EditTarget::Meeting { id: Some(id), field };
                let mut ed = FieldEditor::new(target, &d.text, &stored, false, f.revision);
                ed.changed(Instant::now());
                Outcome::push(Screen::MeetingForm(f)).and(Outcome::edit(ed)).and(Outcome::info(ctx.t(Ui::DraftBack)))
            }
            Err(e) => Outcome::Fail(e),
        },
        Some(EditTarget::Entry { form, .. }) => restore_entry(d, form, ctx),
        _ if d.key == super::editor::NEW_MEETING_KEY => meeting_form::open_new(ctx),
        _ => Outcome::report(ctx.store.drop_draft(&d.key)),
    }
}

/// A decision or action form typed in before a crash: the meeting's decisions, the form as it was, and the
/// field that was being typed in, open again.
fn restore_entry(d: Draft, key: EntryKey, ctx: &mut Ctx) -> Outcome {
    let values: EntryValues = serde_json::from_str(&d.text).unwrap_or_default();
    let gone = |ctx: &mut Ctx| {
        let text = [values.code.as_str(), &values.owner, &values.text, &values.deadline, &values.remarks]
            .iter()
            .filter(|t| !t.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        Outcome::report(ctx.store.drop_draft(&d.key)).and(Outcome::error(format!(
            "{}: {}",
            ctx.t(Ui::Gone),
            crate::tui::cells::fit(&text, 200)
        )))
    };
    let mut view = match DecisionsView::load(ctx.store, key.meeting, None, ctx.lang) {
        Ok(v) => v,
        Err(crate::Error::NotFound { .. }) => return gone(ctx),
        Err(e) => return Outcome::Fail(e),
    };
    let form = match (key.action, key.id) {
        (true, Some(id)) => match ctx.store.action(ActionId(id)) {
            Ok(a) => Ok(EntryForm::edit_action(&view, &a)),
            Err(_) => EntryForm::new_action(ctx.store, &view),
        },
        (true, None) => EntryForm::new_action(ctx.store, &view),
        (false, id) => Ok(match id.and_then(|id| view.decisions.iter().find(|x| x.id.0 == id)) {
            Some(dec) => EntryForm::edit_decision(&view, dec),
            None => EntryForm::new_decision(&view, ctx.lang),
        }),
    };
    let mut form = match form {
        Ok(f) => f,
        Err(e) => return Outcome::Fail(e),
    };
    form.apply_values(&values);
    if key.action {
        view.tab = Tab::Actions;
    }
    let typing = values.typing.as_deref().and_then(EntryField::from_code);
    let editor = typing.map(|f| {
        form.select_field(f);
        let mut ed = form.editor(f, None);
        ed.changed(Instant::now());
        ed
    });
    let meeting = key.meeting;
    let mut out = Outcome::Home
        .and(Outcome::SelectHome(Selection::Meeting(meeting)))
        .and(Outcome::push(Screen::Decisions(view)))
        .and(Outcome::push(Screen::EntryForm(Box::new(form))));
    if let Some(ed) = editor {
        out = out.and(Outcome::edit(ed));
    }
    out.and(Outcome::info(ctx.t(Ui::DraftBack)))
}

/// The choice for a draft of an item field whose stored text changed since the draft began; `None` when
/// nothing changed, or the stored text is the draft's own (nothing to choose between).
pub fn conflict(
    lang: crate::locale::Lang,
    it: &crate::domain::AgendaItem,
    field: crate::domain::ItemField,
    d: &Draft,
) -> Option<Outcome> {
    let stored = super::editor::item_field_text(it, field);
    if it.revision == d.base_revision || stored == d.text || stored.trim().is_empty() {
        return None;
    }
    Some(conflict_question(lang, it.id, field, d.text.clone()))
}

/// The question itself, in the language: the stored version is on the screen behind it.
pub fn conflict_question(
    lang: crate::locale::Lang,
    id: crate::domain::ItemId,
    field: crate::domain::ItemField,
    mine: String,
) -> Outcome {
    let w = |p: PolishUi| lang.ui(Ui::Polish(p)).to_string();
    let title = w(PolishUi::ConflictTitle).replacen("{}", item::field_label(lang, field), 1);
    // Both versions with a separator line between them only fit a text of several lines; a title keeps
    // one line, so there the choice is mine or theirs, mine (the text being typed) first.
    let both = field.is_long_text();
    let mut options = Vec::new();
    if both {
        options.push((w(PolishUi::ConflictBoth), "both".to_string()));
    }
    options.push((w(PolishUi::ConflictMine), "mine".to_string()));
    options.push((w(PolishUi::ConflictTheirs), "theirs".to_string()));
    super::overlays::Picker::open(
        &title,
        options,
        if both { "both" } else { "mine" },
        super::overlays::PickPurpose::DraftConflict { id, field, mine },
    )
}

/// The answer: both versions in the field, the draft alone, or the stored text kept and the draft gone.
pub fn conflict_answer(
    id: crate::domain::ItemId,
    field: crate::domain::ItemField,
    mine: &str,
    value: &str,
    ctx: &mut Ctx,
) -> Outcome {
    let it = match ctx.store.item(id) {
        Ok(i) => i,
        Err(e) => return Outcome::Fail(e),
    };
    let stored = super::editor::item_field_text(&it, field);
    let key = EditTarget::Item { id, field }.draft_key();
    let (text, said) = match value {
        "theirs" => {
            return Outcome::report(ctx.store.drop_draft(&key))
                .and(Outcome::info(ctx.t(Ui::Polish(PolishUi::ConflictTheirsKept))))
                .and(Outcome::Refresh)
        }
        "mine" => (mine.to_string(), PolishUi::ConflictMineBack),
        _ => {
            let sep = ctx.t(Ui::Polish(PolishUi::ConflictSeparator));
            let both = if field.is_long_text() {
                format!("{mine}\n\n{sep}\n{stored}")
            } else {
                format!("{mine} {sep} {stored}")
            };
            (both, PolishUi::ConflictBothBack)
        }
    };
    let mut ed = item::item_editor(&it, field, Some((text, it.revision)));
    ed.fresh = false;
    ed.changed(Instant::now());
    Outcome::Refresh.and(Outcome::edit(ed)).and(Outcome::info(ctx.t(Ui::Polish(said))))
}
