//! Decisions and action points per meeting, and the action list across meetings: keys → actions → state
//! without a terminal, and the screens on TestBackend.

mod tui_support;

use annoteer::domain::{ActionDraft, ActionStatus};
use annoteer::locale::Lang;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::command::Command;
use annoteer::tui::keymap::{bindings, command_for, Mode};
use annoteer::tui::overlays::Overlay;
use annoteer::tui::screens::decisions::{DecisionsView, Tab};
use annoteer::tui::screens::entry_form::{EntryField, EntryForm};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_support::*;

const MODES: &[Mode] = &[Mode::Decisions, Mode::ActionList, Mode::EntryForm, Mode::EntryLine, Mode::EntryText];

fn ch(c: char) -> KeyEvent {
    let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    KeyEvent::new(KeyCode::Char(c), mods)
}

fn decisions(app: &App) -> &DecisionsView {
    match app.screen() {
        Screen::Decisions(v) => v,
        _ => panic!("not on the decisions screen"),
    }
}

fn form(app: &App) -> &EntryForm {
    match app.screen() {
        Screen::EntryForm(f) => f,
        _ => panic!("not on the form"),
    }
}

fn form_mut(app: &mut App) -> &mut EntryForm {
    match app.screen_mut() {
        Screen::EntryForm(f) => f,
        _ => panic!("not on the form"),
    }
}

/// The demo's deadlines are months as the seed writes them ("Mei 2022"): they name no day and are never
/// overdue (issue 18). One MIO action gets a day, so that there is something late to show.
fn give_one_mio_action_a_day(app: &mut App) {
    let rows = app.store.action_list(false).unwrap();
    let a = &rows.iter().find(|r| r.meeting_date == "2022-03-30").expect("an open MIO action").action;
    let draft = ActionDraft {
        code: a.code.clone(),
        owner: a.owner.clone(),
        text: a.text.clone(),
        deadline: "15-04-2022".into(),
        remarks: a.remarks.clone(),
        meeting_id: a.meeting_id,
        item_id: a.item_id,
    };
    app.store.update_action(a.id, &draft).unwrap();
}

/// The MIO of 30 March 2022 (second in the list), its decisions screen.
fn open_mio_decisions(app: &mut App) {
    press(app, KeyCode::Down);
    press(app, KeyCode::Enter);
    assert_eq!(agenda(app).record.meeting.date, "2022-03-30");
    type_text(app, "b");
}

/// The Stuurgroep of 24 March, item 6 selected on the agenda, then its decisions screen.
fn open_sg_item6_decisions(app: &mut App) {
    open_sg_24_march(app);
    for _ in 0..5 {
        press(app, KeyCode::Down);
    }
    assert_eq!(agenda(app).selected_record().unwrap().item.number, "6");
    type_text(app, "b");
}

fn typing_in(app: &mut App, field: EntryField, text: &str) {
    form_mut(app).select_field(field);
    press(app, KeyCode::Enter);
    type_text(app, text);
}

#[test]
fn the_keys_of_the_decision_screens() {
    assert_eq!(command_for(Mode::Agenda, ch('b')), Some(Command::Decisions));
    assert_eq!(command_for(Mode::Meetings, ch('A')), Some(Command::ActionList));
    let m = Mode::Decisions;
    assert_eq!(command_for(m, key_event(KeyCode::Tab)), Some(Command::SwitchPane));
    assert_eq!(command_for(m, ch('a')), Some(Command::Add));
    assert_eq!(command_for(m, ch('e')), Some(Command::Open));
    assert_eq!(command_for(m, key_event(KeyCode::Enter)), Some(Command::Open));
    assert_eq!(command_for(m, ch('d')), Some(Command::Delete));
    assert_eq!(command_for(m, ch('u')), Some(Command::Undo));
    assert_eq!(command_for(m, ch(' ')), Some(Command::ToggleDone));
    assert_eq!(command_for(m, ch('c')), Some(Command::ToggleDone));
    let m = Mode::ActionList;
    assert_eq!(command_for(m, ch('c')), Some(Command::ToggleDone));
    assert_eq!(command_for(m, ch('h')), Some(Command::CycleStatus));
    assert_eq!(command_for(m, key_event(KeyCode::Enter)), Some(Command::Open));
    assert_eq!(command_for(Mode::EntryForm, ctrl('s')), Some(Command::Save));
    for m in MODES {
        let mut seen = Vec::new();
        for b in bindings(*m) {
            for k in &b.keys {
                assert!(!seen.contains(k), "{m:?}: {k:?} is bound twice");
                seen.push(*k);
            }
        }
        assert!(command_for(*m, key_event(KeyCode::Esc)).is_some(), "{m:?} ignores Esc");
        assert_eq!(command_for(*m, ctrl('c')), Some(Command::ForceQuit), "{m:?}");
    }
    for m in [Mode::Decisions, Mode::ActionList, Mode::EntryForm] {
        assert_eq!(command_for(m, ch('?')), Some(Command::Help), "{m:?}");
    }
    // Typing in the form: letters are text, Ctrl-S stores the entry.
    assert_eq!(command_for(Mode::EntryLine, ch('q')), Some(Command::Input(ch('q'))));
    assert_eq!(
        command_for(Mode::EntryText, key_event(KeyCode::Enter)),
        Some(Command::Input(key_event(KeyCode::Enter)))
    );
    assert_eq!(command_for(Mode::EntryText, ctrl('s')), Some(Command::Save));
    assert_eq!(command_for(Mode::EntryLine, key_event(KeyCode::Enter)), Some(Command::EditDone));
}

#[test]
fn the_mio_shows_its_eight_decisions_and_four_action_points() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    let v = decisions(&app);
    assert_eq!(v.decisions.len(), 8);
    assert_eq!(v.actions.len(), 4);
    assert!(v.actions.iter().any(|a| a.code == "1102.5.1"));
    type_text(&mut app, "?");
    let lines = annoteer::tui::widgets::help::lines(&app);
    assert_eq!(lines.len(), bindings(Mode::Decisions).len());
    assert!(lines.iter().any(|(k, d)| k == "Space/c" && d == "actie af/open"));
}

#[test]
fn a_decision_on_item_6_gets_its_reference_and_the_meeting_date() {
    let mut app = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut app);
    assert!(decisions(&app).decisions.is_empty());
    type_text(&mut app, "a");
    assert_eq!(form(&app).reference, "Agendapunt 6");
    assert_eq!(form(&app).date, "2022-03-24");
    typing_in(&mut app, EntryField::Text, "De SG stemt in.");
    press(&mut app, KeyCode::Enter); // a new line: the text is multi-line
    type_text(&mut app, "Evaluatie in Q4.");
    press(&mut app, KeyCode::Esc);
    app.handle_key(ctrl('s'));
    let v = decisions(&app);
    assert_eq!(v.decisions.len(), 1, "{}", status(&app));
    let d = &v.decisions[0];
    assert_eq!(d.text, "De SG stemt in.\nEvaluatie in Q4.");
    assert_eq!(d.reference, "Agendapunt 6");
    assert_eq!(d.date, "2022-03-24");
    let item6 = v.items.iter().find(|i| i.number == "6").unwrap().id;
    assert_eq!(d.item_id, Some(item6));
    assert_eq!(app.store.item_decisions(item6).unwrap().len(), 1);
    assert_eq!(status(&app), "Besluit toegevoegd.");
}

#[test]
fn empty_text_is_refused_with_a_message_and_nothing_is_stored() {
    let mut app = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut app);
    let meeting = decisions(&app).meeting_id;
    type_text(&mut app, "a");
    typing_in(&mut app, EntryField::Text, "   ");
    press(&mut app, KeyCode::Esc);
    app.handle_key(ctrl('s'));
    assert!(matches!(app.screen(), Screen::EntryForm(_)), "the form stays open");
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    assert!(status(&app).contains("heeft tekst nodig"));
    assert!(app.store.meeting_decisions(meeting).unwrap().is_empty());
    // The same for an action point.
    for _ in 0..3 {
        if matches!(app.screen(), Screen::EntryForm(_)) {
            press(&mut app, KeyCode::Esc);
        }
    }
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "a");
    app.handle_key(ctrl('s'));
    assert!(status(&app).contains("omschrijving"));
    assert!(app.store.meeting_actions(meeting).unwrap().is_empty());
}

#[test]
fn a_bad_date_on_a_new_decision_is_refused() {
    let mut app = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut app);
    type_text(&mut app, "a");
    typing_in(&mut app, EntryField::Text, "Akkoord.");
    press(&mut app, KeyCode::Esc);
    form_mut(&mut app).select_field(EntryField::Date);
    press(&mut app, KeyCode::Enter);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "24-13-2022");
    press(&mut app, KeyCode::Enter);
    app.handle_key(ctrl('s'));
    assert!(status(&app).contains("bestaat niet in de kalender"), "{}", status(&app));
    assert!(matches!(app.screen(), Screen::EntryForm(_)));
}

#[test]
fn an_action_gets_the_proposed_code_which_follows_the_item_and_can_be_changed() {
    let mut app = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut app);
    press(&mut app, KeyCode::Tab);
    assert_eq!(decisions(&app).tab, Tab::Actions);
    type_text(&mut app, "a");
    assert_eq!(form(&app).code, "2403.6.1");
    form_mut(&mut app).select_field(EntryField::Item);
    press(&mut app, KeyCode::Enter); // a choice of the items, on the current one
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!("Enter on the item field offers the items") };
    assert_eq!(p.options[p.selected].0, "6 Voorstel voor effectmeting");
    assert_eq!(p.options.len(), 9, "no item, and the eight items");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).code, "2403.7.1");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc); // Esc keeps the item
    assert_eq!(form(&app).code, "2403.7.1");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Home); // no item
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).item, None);
    assert_eq!(form(&app).code, "2403.1");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down); // the first
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).code, "2403.1.1");
    typing_in(&mut app, EntryField::Owner, "PL MIT");
    press(&mut app, KeyCode::Enter);
    typing_in(&mut app, EntryField::Text, "Plan uitwerken");
    press(&mut app, KeyCode::Esc);
    typing_in(&mut app, EntryField::Deadline, "Juni 2022");
    press(&mut app, KeyCode::Enter);
    app.handle_key(ctrl('s'));
    let v = decisions(&app);
    assert_eq!(v.actions.len(), 1, "{}", status(&app));
    let a = &v.actions[0];
    assert_eq!((a.code.as_str(), a.owner.as_str(), a.deadline.as_str()), ("2403.1.1", "PL MIT", "Juni 2022"));
    assert_eq!(a.status, ActionStatus::Open);
    // A second one on item 1 counts on; a changed code is kept as typed.
    type_text(&mut app, "a");
    form_mut(&mut app).select_field(EntryField::Item);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Down); // item 1
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).code, "2403.1.2");
    typing_in(&mut app, EntryField::Code, "X");
    press(&mut app, KeyCode::Enter);
    typing_in(&mut app, EntryField::Text, "Nog een");
    press(&mut app, KeyCode::Esc);
    app.handle_key(ctrl('s'));
    assert!(decisions(&app).actions.iter().any(|a| a.code == "2403.1.2X"), "{}", status(&app));
}

#[test]
fn space_closes_and_reopens_an_action_point() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::End);
    let id = decisions(&app).selected_action().unwrap().id;
    assert_eq!(app.store.action(id).unwrap().status, ActionStatus::Open);
    type_text(&mut app, " ");
    assert_eq!(app.store.action(id).unwrap().status, ActionStatus::Done);
    assert_eq!(status(&app), "Actiepunt 1102.5.1 afgehandeld.");
    type_text(&mut app, "c");
    assert_eq!(app.store.action(id).unwrap().status, ActionStatus::Open);
    // On the decisions pane, space changes nothing.
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, " ");
    assert_eq!(app.store.action(id).unwrap().status, ActionStatus::Open);
}

#[test]
fn a_decision_is_deleted_after_a_question_and_u_brings_it_back() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    let before = decisions(&app).decisions.clone();
    let first = before[0].clone();
    type_text(&mut app, "d");
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    type_text(&mut app, "n");
    assert_eq!(decisions(&app).decisions.len(), 8, "no keeps it");
    type_text(&mut app, "d");
    type_text(&mut app, "j");
    assert_eq!(decisions(&app).decisions.len(), 7);
    assert!(status(&app).contains("toets u om het terug te zetten"));
    type_text(&mut app, "u");
    let after = &decisions(&app).decisions;
    assert_eq!(after.len(), 8);
    assert_eq!(after, &before, "back under its old id, in its old place");
    assert_eq!(decisions(&app).selected_decision().map(|d| d.id), Some(first.id), "and selected");
    assert!(status(&app).starts_with("Besluit Agendapunt 1.1 'Verslag vastgesteld.' teruggezet in MIO"));
    type_text(&mut app, "u");
    assert!(status(&app).starts_with("Hier is geen besluit verwijderd"), "{}", status(&app));
}

#[test]
fn an_action_point_is_deleted_after_a_question_and_u_brings_it_back_with_its_code_and_status() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    press(&mut app, KeyCode::Tab);
    let first = decisions(&app).actions[0].clone();
    app.store.set_action_status(first.id, ActionStatus::Done).unwrap();
    app.refresh();
    type_text(&mut app, "d");
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    type_text(&mut app, "j");
    assert_eq!(decisions(&app).actions.len(), 3);
    assert!(app.store.action(first.id).is_err(), "gone from the store");
    assert!(status(&app).contains("toets u om het terug te zetten"));
    // Not from the decisions pane: only what was deleted in the list on screen comes back.
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "u");
    assert!(status(&app).starts_with("Hier is geen besluit verwijderd"), "{}", status(&app));
    assert_eq!(decisions(&app).actions.len(), 3);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "u");
    let after = &decisions(&app).actions;
    assert_eq!(after.len(), 4);
    let back = after.iter().find(|a| a.code == first.code).unwrap();
    assert_eq!(back, &annoteer::domain::ActionPoint { status: ActionStatus::Done, ..first.clone() });
    assert!(
        status(&app).starts_with(&format!("Actiepunt {} '", first.code))
            && status(&app).contains("' teruggezet in MIO"),
        "{}",
        status(&app)
    );
}

#[test]
fn enter_edits_a_decision_and_esc_twice_throws_unsaved_input_away() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    let id = decisions(&app).decisions[0].id;
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).text, "Verslag vastgesteld.");
    typing_in(&mut app, EntryField::Reference, " (gewijzigd)");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::EntryForm(_)), "the first Esc warns");
    assert!(status(&app).contains("Niet opgeslagen"));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Decisions(_)));
    assert_eq!(app.store.decision(id).unwrap().reference, "Agendapunt 1.1");
    // Now saved.
    press(&mut app, KeyCode::Enter);
    typing_in(&mut app, EntryField::Reference, " (gewijzigd)");
    app.handle_key(ctrl('s'));
    assert_eq!(app.store.decision(id).unwrap().reference, "Agendapunt 1.1 (gewijzigd)");
    assert_eq!(status(&app), "Besluit opgeslagen.");
}

#[test]
fn ctrl_c_in_the_form_keeps_the_typed_decision() {
    let mut app = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut app);
    let meeting = decisions(&app).meeting_id;
    type_text(&mut app, "a");
    typing_in(&mut app, EntryField::Text, "Halverwege getypt");
    app.handle_key(ctrl('c'));
    assert!(app.quit);
    let stored = app.store.meeting_decisions(meeting).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].text, "Halverwege getypt");
}

#[test]
fn the_action_list_marks_overdue_closes_with_one_key_and_jumps_to_the_agenda() {
    let mut app = demo_app(Lang::Nl);
    give_one_mio_action_a_day(&mut app);
    type_text(&mut app, "A");
    let Screen::ActionList(v) = app.screen() else { panic!("no action list") };
    assert!(!v.listing.shown.is_empty());
    assert!(v.shown().all(|e| e.row.action.status == ActionStatus::Open));
    let c = v.counts();
    assert_eq!((c.open, c.done), (v.listing.shown.len(), 0));
    // The deadlines are in 2022: every open one whose deadline names a day is late today.
    let readable = v.shown().filter(|e| annoteer::actions::due_date(&e.row).is_some()).count();
    assert_eq!(c.overdue, readable);
    assert!(c.overdue > 0);
    let text = screen(&app, 100, 30);
    assert_eq!(text.matches("│⚠ te laat").count(), c.overdue, "{text}");
    let first = v.selected_id().unwrap();
    let total = v.listing.shown.len();
    type_text(&mut app, "c");
    assert_eq!(app.store.action(first).unwrap().status, ActionStatus::Done);
    let Screen::ActionList(v) = app.screen() else { panic!() };
    assert_eq!(v.listing.shown.len(), total, "a closed one stays in view");
    type_text(&mut app, " ");
    assert_eq!(app.store.action(first).unwrap().status, ActionStatus::Open);
    press(&mut app, KeyCode::Home);
    let Screen::ActionList(v) = app.screen() else { panic!() };
    let meeting = v.selected_entry().unwrap().row.action.meeting_id.unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(agenda(&app).meeting_id, meeting);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::ActionList(_)));
}

#[test]
fn english_labels_with_lang_en() {
    let mut app = demo_app(Lang::En);
    give_one_mio_action_a_day(&mut app);
    open_mio_decisions(&mut app);
    let text = screen(&app, 100, 30);
    assert!(text.contains("Decisions (8)") && text.contains("Action points (4)") && text.contains("⚠ overdue"));
    assert!(!text.contains("te laat"));
}

// Screens.

#[test]
fn decisions_screen() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::End);
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn action_list_screen() {
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "A");
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn new_action_form() {
    let mut app = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut app);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "a");
    typing_in(&mut app, EntryField::Text, "Plan uitwerken");
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn tiny_decision_screens() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    insta::assert_snapshot!("tiny_12x6_decisions", screen(&app, 12, 6));
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "A");
    insta::assert_snapshot!("tiny_12x6_action_list", screen(&app, 12, 6));
}

fn all_states() -> Vec<(&'static str, App)> {
    let mut v = vec![];
    let mut a = demo_app(Lang::Nl);
    open_mio_decisions(&mut a);
    v.push(("decisions", a));
    let mut a = demo_app(Lang::Nl);
    open_mio_decisions(&mut a);
    press(&mut a, KeyCode::Tab);
    v.push(("actions pane", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut a);
    v.push(("no decisions", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut a);
    type_text(&mut a, "a");
    v.push(("decision form", a));
    let mut a = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut a);
    type_text(&mut a, "a");
    typing_in(&mut a, EntryField::Text, "typen");
    v.push(("typing in the form", a));
    let mut a = demo_app(Lang::Nl);
    open_mio_decisions(&mut a);
    type_text(&mut a, "d");
    v.push(("delete question", a));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "A");
    v.push(("action list", a));
    let mut a = demo_app(Lang::Nl);
    type_text(&mut a, "A");
    type_text(&mut a, "?");
    v.push(("action list help", a));
    let mut a = empty_app();
    type_text(&mut a, "A");
    v.push(("empty action list", a));
    v
}

#[test]
fn every_size_up_to_12_by_6_draws_without_panic() {
    for (name, app) in all_states() {
        for w in 0..=12 {
            for h in 0..=6 {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| screen(&app, w, h)));
                assert!(result.is_ok(), "{name} panicked at {w}x{h}");
            }
        }
        for (w, h) in [(1, 40), (200, 1), (13, 7), (40, 3), (79, 23), (300, 100)] {
            let _ = screen(&app, w, h);
        }
    }
}

#[test]
fn q_on_an_unsaved_form_says_how_to_save_instead_of_storing_it_on_the_way_out() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    let before = decisions(&app).decisions.len();
    type_text(&mut app, "a");
    typing_in(&mut app, EntryField::Text, "Half besluit");
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "q");
    assert!(!app.quit, "q does not leave with a half-made entry");
    assert!(status(&app).contains("Ctrl-S slaat op"), "{}", status(&app));
    assert_eq!(app.store.meeting_decisions(decisions_meeting(&app)).unwrap().len(), before);
    // Ctrl-C keeps its promise: quit, and nothing typed is lost.
    app.handle_key(ctrl('c'));
    assert!(app.quit);
    assert_eq!(app.store.meeting_decisions(decisions_meeting(&app)).unwrap().len(), before + 1);
}

fn decisions_meeting(app: &App) -> annoteer::domain::MeetingId {
    app.screens
        .iter()
        .find_map(|s| match s {
            Screen::Decisions(v) => Some(v.meeting_id),
            _ => None,
        })
        .unwrap()
}

#[test]
fn in_english_a_new_decision_is_referenced_as_item_and_the_agenda_speaks_english() {
    let mut app = demo_app(Lang::En);
    open_sg_24_march(&mut app);
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(agenda(&app).selected_record().unwrap().item.number, "6");
    let text = screen(&app, 160, 30);
    assert!(text.contains("For decision (attachment, PGT)"), "{text}");
    assert!(!text.contains("(bijlage"), "{text}");
    type_text(&mut app, "b");
    type_text(&mut app, "a");
    assert_eq!(form(&app).reference, "Item 6");
    let mut nl = demo_app(Lang::Nl);
    open_sg_item6_decisions(&mut nl);
    type_text(&mut nl, "a");
    assert_eq!(form(&nl).reference, "Agendapunt 6");
}

/// Walk-through F32: at 60 columns the form's bottom line kept its first keys and lost Esc, the way out.
#[test]
fn the_way_back_stays_on_the_bottom_line_of_a_narrow_form() {
    let mut app = demo_app(Lang::Nl);
    open_mio_decisions(&mut app);
    type_text(&mut app, "a");
    let _ = form(&app);
    for w in [50u16, 60, 80, 120] {
        let text = screen(&app, w, 20);
        let bottom = text.lines().last().unwrap_or("");
        assert!(bottom.contains("Esc"), "at {w} columns: {bottom}");
        assert!(bottom.contains("? help"), "at {w} columns: {bottom}");
    }
}
