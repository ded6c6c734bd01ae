//! The action list as a working list (issue 18), key → command → state without a terminal, and the list
//! with its detail pane drawn at 80×24 and 160×48.

mod action_fixture;
mod tui_support;

use action_fixture::{fixture, today};
use annoteer::actions::{DueFilter, SortKey, StatusFilter};
use annoteer::domain::ActionStatus;
use annoteer::locale::Lang;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::command::Command;
use annoteer::tui::keymap::{command_for, Mode};
use annoteer::tui::overlays::Overlay;
use annoteer::tui::screens::entry_form::EntryField;
use annoteer::tui::screens::ActionListView;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_support::*;

fn ch(c: char) -> KeyEvent {
    let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    KeyEvent::new(KeyCode::Char(c), mods)
}

/// The app on the fixture, on the action list, looking from 1 April 2022.
fn list_app(lang: Lang) -> App {
    let mut app = App::new(fixture().store, lang);
    type_text(&mut app, "A");
    let v = view_mut(&mut app);
    v.today = today();
    v.relist(None);
    app
}

fn view(app: &App) -> &ActionListView {
    match app.screen() {
        Screen::ActionList(v) => v,
        _ => panic!("not on the action list"),
    }
}

fn view_mut(app: &mut App) -> &mut ActionListView {
    match app.screen_mut() {
        Screen::ActionList(v) => v,
        _ => panic!("not on the action list"),
    }
}

fn codes(app: &App) -> Vec<String> {
    view(app).shown().map(|e| e.row.action.code.clone()).collect()
}

fn select_code(app: &mut App, code: &str) {
    let pos = codes(app).iter().position(|c| c == code).unwrap_or_else(|| panic!("{code} not shown"));
    view_mut(app).selected = pos;
}

#[test]
fn the_keys_of_the_action_list() {
    let m = Mode::ActionList;
    for (c, cmd) in [
        (' ', Command::ToggleDone),
        ('c', Command::ToggleDone),
        ('u', Command::Undo),
        ('h', Command::CycleStatus),
        ('t', Command::CycleDue),
        ('b', Command::FilterBody),
        ('w', Command::FilterOwner),
        ('/', Command::Find),
        ('s', Command::CycleSort),
        ('r', Command::Refresh),
        ('e', Command::EditEntry),
    ] {
        assert_eq!(command_for(m, ch(c)), Some(cmd), "{c}");
    }
    assert_eq!(command_for(m, key_event(KeyCode::Backspace)), Some(Command::ClearFilters));
    assert_eq!(command_for(m, key_event(KeyCode::Enter)), Some(Command::Open));
    assert_eq!(command_for(m, key_event(KeyCode::Tab)), Some(Command::SwitchPane));
    // While finding, letters are text and Enter/Esc end it.
    assert!(matches!(command_for(Mode::ActionFind, ch('h')), Some(Command::Input(_))));
    assert_eq!(command_for(Mode::ActionFind, key_event(KeyCode::Enter)), Some(Command::EditDone));
    assert_eq!(command_for(Mode::ActionFind, key_event(KeyCode::Esc)), Some(Command::Back));
    assert_eq!(command_for(Mode::EntryLine, key_event(KeyCode::Tab)), Some(Command::Complete));
}

#[test]
fn filters_by_key_and_says_how_many_of_how_many() {
    let mut app = list_app(Lang::Nl);
    assert_eq!(codes(&app), ["1602.2.1", "3003.1.1", "1102.5.1", "1602.2.2", "3003.1.2"]);
    assert!(screen(&app, 100, 30).contains("5 van 6"));
    type_text(&mut app, "h");
    assert_eq!(view(&app).filter.status, StatusFilter::Overdue);
    assert_eq!(codes(&app), ["1602.2.1"]);
    let text = screen(&app, 100, 30);
    assert!(text.contains("1 van 6") && text.contains("h te laat"), "{text}");
    type_text(&mut app, "hh");
    assert_eq!(view(&app).filter.status, StatusFilter::All);
    assert_eq!(codes(&app).len(), 6);
    type_text(&mut app, "h");
    assert_eq!(view(&app).filter.status, StatusFilter::Open);
    type_text(&mut app, "t");
    assert_eq!(view(&app).filter.due, DueFilter::ThisWeek);
    assert_eq!(codes(&app), ["3003.1.1"]);
    assert!(screen(&app, 100, 30).contains("deadline deze week"));
    press(&mut app, KeyCode::Backspace);
    assert_eq!(codes(&app).len(), 5);
    // b: the bodies to choose from; picking MIO narrows to its actions.
    type_text(&mut app, "b");
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!("no body picker") };
    let mio = p.options.iter().position(|(_, v)| v == "MIO").unwrap();
    for _ in 0..mio {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).filter.body.as_deref(), Some("MIO"));
    assert_eq!(codes(&app), ["3003.1.1", "3003.1.2"]);
    assert!(screen(&app, 100, 30).contains("gremium MIO"));
    press(&mut app, KeyCode::Backspace);
    // w: the owners offered are one per name, "pgt" being PGT.
    type_text(&mut app, "w");
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!("no owner picker") };
    let names: Vec<&str> = p.options.iter().skip(1).map(|(l, _)| l.as_str()).collect();
    assert_eq!(names, ["JenV", "LE", "PGT", "PGT, JenV"]);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(codes(&app), ["1602.2.1", "1102.5.1", "3003.1.2"]);
    assert!(screen(&app, 100, 30).contains("wie PGT"));
}

#[test]
fn typing_finds_with_the_search_matching_and_esc_clears_it() {
    let mut app = list_app(Lang::Nl);
    type_text(&mut app, "/");
    assert_eq!(app.mode(), Mode::ActionFind);
    type_text(&mut app, "mitlabs");
    assert_eq!(codes(&app), ["1102.5.1"]);
    assert!(screen(&app, 100, 30).contains("zoek: mitlabs"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::ActionList);
    assert_eq!(codes(&app), ["1102.5.1"], "the words stay after Enter");
    // j is a key again, not a letter of the words.
    type_text(&mut app, "/");
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "xyz");
    assert!(codes(&app).is_empty());
    assert!(screen(&app, 100, 30).contains("Geen actiepunten die bij deze filters passen"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::ActionList);
    assert_eq!(codes(&app).len(), 5);
    assert!(matches!(app.screen(), Screen::ActionList(_)), "Esc ends the finding, not the list");
}

#[test]
fn the_order_cycles_and_shows() {
    let mut app = list_app(Lang::Nl);
    type_text(&mut app, "s");
    assert_eq!(view(&app).sort, SortKey::Code);
    assert_eq!(codes(&app), ["1102.5.1", "1602.2.1", "1602.2.2", "3003.1.1", "3003.1.2"]);
    assert!(screen(&app, 100, 30).contains("s op code"));
    type_text(&mut app, "s");
    assert_eq!(view(&app).sort, SortKey::Owner);
    assert_eq!(codes(&app), ["1602.2.2", "3003.1.1", "1602.2.1", "1102.5.1", "3003.1.2"]);
    type_text(&mut app, "s");
    assert_eq!(view(&app).sort, SortKey::Meeting);
    assert_eq!(codes(&app), ["3003.1.1", "3003.1.2", "1102.5.1", "1602.2.1", "1602.2.2"]);
    // On a narrow screen the meeting takes the owner's column while the list is ordered by meeting.
    let narrow = screen(&app, 80, 24);
    let header = narrow.lines().find(|l| l.contains("Status")).unwrap();
    assert!(header.contains("Vergadering") && !header.contains("Actiehouder"), "{header}");
    assert!(narrow.contains("2022-03-30 MIO"), "{narrow}");
    type_text(&mut app, "s");
    let header = screen(&app, 80, 24).lines().find(|l| l.contains("Status")).unwrap().to_string();
    assert!(header.contains("Actiehouder") && !header.contains("Vergadering"), "{header}");
    assert_eq!(view(&app).sort, SortKey::Deadline);
}

#[test]
fn closing_keeps_the_line_marked_done_and_u_takes_it_back() {
    let mut app = list_app(Lang::Nl);
    select_code(&mut app, "1102.5.1");
    let id = view(&app).selected_id().unwrap();
    let before = codes(&app);
    type_text(&mut app, " ");
    assert_eq!(app.store.action(id).unwrap().status, ActionStatus::Done);
    assert_eq!(codes(&app), before, "the line stays where it was");
    assert_eq!(view(&app).selected_id(), Some(id));
    assert_eq!(status(&app), "Actie 1102.5.1 afgehandeld — toets u om het terug te draaien");
    let text = screen(&app, 100, 30);
    let line = text.lines().find(|l| l.contains("1102.5.1") && l.contains("Verkennen")).unwrap();
    assert!(line.contains("afgehandeld"), "{line}");
    // u: open again, in the store and on screen.
    type_text(&mut app, "u");
    assert_eq!(app.store.action(id).unwrap().status, ActionStatus::Open);
    assert!(status(&app).contains("1102.5.1"), "{}", status(&app));
    type_text(&mut app, "u");
    assert_eq!(status(&app), "Er is niets afgehandeld om terug te zetten.");
    // Closed again and the list refreshed: the line goes.
    type_text(&mut app, " ");
    assert_eq!(codes(&app), before);
    type_text(&mut app, "r");
    assert!(!codes(&app).contains(&"1102.5.1".to_string()));
    // A closed line kept in view also stays after editing another action and coming back.
    select_code(&mut app, "3003.1.1");
    type_text(&mut app, " ");
    select_code(&mut app, "1602.2.2");
    type_text(&mut app, "e");
    assert!(matches!(app.screen(), Screen::EntryForm(_)));
    press(&mut app, KeyCode::Esc);
    assert!(codes(&app).contains(&"3003.1.1".to_string()));
}

#[test]
fn closing_an_overdue_one_while_only_the_overdue_show_keeps_it_too() {
    let mut app = list_app(Lang::En);
    type_text(&mut app, "h");
    assert_eq!(codes(&app), ["1602.2.1"]);
    type_text(&mut app, "c");
    assert_eq!(codes(&app), ["1602.2.1"]);
    assert_eq!(status(&app), "Action 1602.2.1 done — u takes it back");
    // Leaving the list and coming back: a new list, the closed one gone from the overdue view.
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "A");
    view_mut(&mut app).today = today();
    type_text(&mut app, "h");
    assert!(codes(&app).is_empty());
}

#[test]
fn editing_from_the_list_in_the_entry_form_with_known_owners() {
    let mut app = list_app(Lang::Nl);
    select_code(&mut app, "3003.1.2");
    type_text(&mut app, "e");
    let Screen::EntryForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.text, "Brief aan de korpsleiding");
    assert_eq!(f.owners, ["JenV", "LE", "PGT", "PGT, JenV"]);
    let Screen::EntryForm(f) = app.screen_mut() else { panic!() };
    f.select_field(EntryField::Owner);
    press(&mut app, KeyCode::Enter);
    // Empty the field, type "l" and let Tab complete it to the known LE.
    for _ in 0..12 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "l");
    let text = screen(&app, 100, 30);
    assert!(text.contains("bekend: LE (Tab vult aan)"), "{text}");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    let Screen::EntryForm(f) = app.screen() else { panic!() };
    assert_eq!(f.owner, "LE");
    app.handle_key(ctrl('s'));
    assert!(matches!(app.screen(), Screen::ActionList(_)), "back on the list");
    assert_eq!(view(&app).selected_entry().unwrap().row.action.owner, "LE");
    assert!(status(&app).contains("opgeslagen"), "{}", status(&app));
}

#[test]
fn an_owner_typed_in_another_case_is_stored_as_the_known_one() {
    let mut app = list_app(Lang::Nl);
    select_code(&mut app, "1602.2.2");
    let id = view(&app).selected_id().unwrap();
    type_text(&mut app, "e");
    let Screen::EntryForm(f) = app.screen_mut() else { panic!() };
    f.select_field(EntryField::Owner);
    press(&mut app, KeyCode::Enter);
    for _ in 0..6 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "pgt");
    app.handle_key(ctrl('s'));
    assert_eq!(app.store.action(id).unwrap().owner, "PGT");
    // JenV is left only within "PGT, JenV"; no second PGT appeared.
    assert_eq!(app.store.action_owners().unwrap(), ["LE", "PGT", "PGT, JenV"]);
}

#[test]
fn the_detail_pane_shows_the_whole_action_its_origin_and_where_it_went() {
    let mut app = list_app(Lang::Nl);
    select_code(&mut app, "1102.5.1");
    let text = screen(&app, 100, 40);
    for part in [
        "Verkennen MIT-Labs irt governance MIT. PL MIT-Labs stemt af met kernteam.",
        "Ism PL MIT-Labs en div. MIO-leden.",
        "Uit: Stuurgroep MIT 16 februari 2022, agendapunt 5 MIT-Labs",
        "Meegenomen naar",
        "• Stuurgroep MIT 24 maart 2022, agendapunt 2.1",
        "Deadline: Mei 2022",
    ] {
        assert!(text.contains(part), "{part}\n{text}");
    }
    select_code(&mut app, "1602.2.2");
    let text = screen(&app, 100, 40);
    assert!(text.contains("z.s.m. (geen datum: telt niet als te laat)"), "{text}");
    assert!(text.contains("nog niet meegenomen"), "{text}");
}

#[test]
fn action_list_with_detail_80x24() {
    let mut app = list_app(Lang::Nl);
    select_code(&mut app, "1102.5.1");
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn action_list_with_detail_160x48() {
    let mut app = list_app(Lang::Nl);
    type_text(&mut app, "h");
    type_text(&mut app, "hh");
    select_code(&mut app, "1102.5.1");
    insta::assert_snapshot!(screen(&app, 160, 48));
}

/// The action form types with the shared field editor: what is typed there is drafted while typing and
/// offered back after a crash, as an annotation is; a paste is cleaned as in every other field.
#[test]
fn a_draft_typed_in_the_action_form_survives_a_crash_like_an_annotation() {
    use annoteer::store::Store;
    use std::time::{Duration, Instant};
    let mut app = demo_app(Lang::Nl);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "b");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "a");
    let Screen::EntryForm(f) = app.screen_mut() else { panic!("no form") };
    let key = f.key().draft_key();
    assert!(key.starts_with("entry:action:") && key.ends_with(":new"), "{key}");
    f.select_field(EntryField::Owner);
    press(&mut app, KeyCode::Enter);
    app.handle_command(Command::Paste("PGT\u{7}\nJenV".into()));
    press(&mut app, KeyCode::Enter);
    let Screen::EntryForm(f) = app.screen_mut() else { panic!() };
    assert_eq!(f.owner, "PGT JenV", "one line, no control character");
    f.select_field(EntryField::Text);
    press(&mut app, KeyCode::Enter);
    assert!(app.editor.is_some(), "the shared field editor types in the form");
    type_text(&mut app, "Halverwege getypt");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "en niet verloren");
    app.tick(Instant::now());
    assert!(app.store.draft(&key).unwrap().is_none(), "no draft before the pause");
    app.tick(Instant::now() + Duration::from_millis(400));
    let draft = app.store.draft(&key).unwrap().expect("a draft after the pause");
    assert!(draft.text.contains("Halverwege getypt\\nen niet verloren"), "{}", draft.text);
    assert!(draft.text.contains("PGT JenV"), "the whole form is in the draft: {}", draft.text);
    // The program dies here; the next start offers the text back in its field.
    let store = std::mem::replace(&mut app.store, Store::open_in_memory().unwrap());
    drop(app);
    let mut app = App::new(store, Lang::Nl);
    assert!(matches!(app.overlay, Some(Overlay::DraftOffer(_))));
    assert!(screen(&app, 100, 30).contains("Nieuw actiepunt"), "{}", screen(&app, 100, 30));
    press(&mut app, KeyCode::Enter);
    let Screen::EntryForm(f) = app.screen() else { panic!("the form did not come back") };
    assert_eq!(f.owner, "PGT JenV");
    assert_eq!(app.editor.as_ref().unwrap().text(), "Halverwege getypt\nen niet verloren");
    app.handle_key(ctrl('s'));
    let Screen::Decisions(v) = app.screen() else { panic!("not back on the decisions") };
    let made = v.actions.iter().find(|a| a.text == "Halverwege getypt\nen niet verloren").expect("stored");
    assert_eq!(made.owner, "PGT JenV");
    assert!(app.store.draft(&key).unwrap().is_none(), "the draft is gone once stored");
}

#[test]
fn ctrl_u_clears_the_words_to_find() {
    let mut app = list_app(Lang::Nl);
    type_text(&mut app, "/");
    type_text(&mut app, "xyz");
    assert!(codes(&app).is_empty());
    app.handle_key(tui_support::ctrl('u'));
    assert_eq!(codes(&app).len(), 5, "Ctrl-U empties the words, so every action shows again");
    assert_eq!(app.mode(), Mode::ActionFind, "and one is still typing");
}
