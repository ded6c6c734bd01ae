//! Key → Command → state, without a terminal: the keymap contract and what each action does to the data.

mod tui_support;

use annoteer::domain::ItemField;
use annoteer::locale::Lang;
use annoteer::store::Store;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::command::Command;
use annoteer::tui::keymap::{bindings, command_for, Mode};
use annoteer::tui::overlays::Overlay;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};
use tui_support::*;

const ALL_MODES: &[Mode] = &[
    Mode::Meetings,
    Mode::Agenda,
    Mode::Item,
    Mode::Documents,
    Mode::MeetingForm,
    Mode::Search,
    Mode::Preview,
    Mode::Help,
    Mode::Confirm,
    Mode::Picker,
    Mode::DraftOffer,
    Mode::EditLine,
    Mode::EditText,
    Mode::CarryOver,
    Mode::Decisions,
    Mode::ActionList,
    Mode::EntryForm,
    Mode::EntryLine,
    Mode::EntryText,
    Mode::ImportText,
    Mode::ImportPreview,
];

fn ch(c: char) -> KeyEvent {
    let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    KeyEvent::new(KeyCode::Char(c), mods)
}

#[test]
fn the_key_contract_of_the_agenda() {
    let m = Mode::Agenda;
    assert_eq!(command_for(m, ch('j')), Some(Command::Down));
    assert_eq!(command_for(m, key_event(KeyCode::Down)), Some(Command::Down));
    assert_eq!(command_for(m, ch('k')), Some(Command::Up));
    assert_eq!(command_for(m, key_event(KeyCode::Up)), Some(Command::Up));
    assert_eq!(command_for(m, key_event(KeyCode::Enter)), Some(Command::Open));
    assert_eq!(command_for(m, key_event(KeyCode::Esc)), Some(Command::Back));
    assert_eq!(command_for(m, key_event(KeyCode::Tab)), Some(Command::SwitchPane));
    assert_eq!(command_for(m, ch('a')), Some(Command::Add));
    assert_eq!(command_for(m, ch('d')), Some(Command::Delete));
    assert_eq!(command_for(m, ch('u')), Some(Command::Undo));
    assert_eq!(command_for(m, ch('e')), Some(Command::ExternalEdit));
    assert_eq!(command_for(m, ch('J')), Some(Command::MoveDown));
    assert_eq!(command_for(m, ch('K')), Some(Command::MoveUp));
    assert_eq!(command_for(m, ch('>')), Some(Command::Indent));
    assert_eq!(command_for(m, ch('<')), Some(Command::Outdent));
    assert_eq!(command_for(m, ch('?')), Some(Command::Help));
    assert_eq!(command_for(m, ch('q')), Some(Command::Quit));
    assert_eq!(command_for(m, ctrl('c')), Some(Command::ForceQuit));
    assert_eq!(command_for(m, ch('z')), None);
}

#[test]
fn ctrl_c_quits_from_every_mode_and_typing_takes_letters() {
    for m in ALL_MODES {
        assert_eq!(command_for(*m, ctrl('c')), Some(Command::ForceQuit), "{m:?}");
    }
    assert_eq!(command_for(Mode::EditText, ch('q')), Some(Command::Input(ch('q'))));
    assert_eq!(command_for(Mode::EditText, ch('j')), Some(Command::Input(ch('j'))));
    assert_eq!(command_for(Mode::EditText, key_event(KeyCode::Enter)), Some(Command::Input(key_event(KeyCode::Enter))));
    assert_eq!(command_for(Mode::EditText, key_event(KeyCode::Esc)), Some(Command::EditDone));
    assert_eq!(command_for(Mode::EditLine, key_event(KeyCode::Enter)), Some(Command::EditDone));
    assert_eq!(command_for(Mode::EditLine, key_event(KeyCode::Esc)), Some(Command::Back));
    assert_eq!(command_for(Mode::EditLine, key_event(KeyCode::Tab)), Some(Command::Complete));
}

#[test]
fn no_key_means_two_things_in_one_mode() {
    for m in ALL_MODES {
        let table = bindings(*m);
        let mut seen = Vec::new();
        for b in &table {
            for k in &b.keys {
                assert!(!seen.contains(k), "{m:?}: {k:?} is bound twice");
                seen.push(*k);
            }
        }
        // Esc is never a dead end: every mode has a way back or out.
        let esc = command_for(*m, key_event(KeyCode::Esc));
        assert!(esc.is_some(), "{m:?} ignores Esc");
    }
}

#[test]
fn help_lists_every_key_of_the_screen() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "?");
    assert!(matches!(app.overlay, Some(Overlay::Help)));
    let lines = annoteer::tui::widgets::help::lines(&app);
    assert_eq!(lines.len(), bindings(Mode::Agenda).len());
    assert!(lines.iter().any(|(k, d)| k == "J" && d == "punt omlaag"));
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
}

#[test]
fn add_delete_and_undo_an_item() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    assert_eq!(agenda(&app).record.items.len(), 8);
    press(&mut app, KeyCode::Down); // item 2
    type_text(&mut app, "a");
    type_text(&mut app, "Nieuw punt");
    press(&mut app, KeyCode::Enter);
    let titles = numbered_titles(&app);
    assert_eq!(titles[2], "3 Nieuw punt", "{titles:?}");
    assert_eq!(agenda(&app).selected, 2);

    type_text(&mut app, "d");
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    type_text(&mut app, "n");
    assert_eq!(agenda(&app).record.items.len(), 9, "n keeps the item");
    type_text(&mut app, "dy");
    assert_eq!(agenda(&app).record.items.len(), 8);
    assert_eq!(app.status.as_ref().unwrap().text, "Verwijderd — toets u om het ongedaan te maken");
    type_text(&mut app, "u");
    assert_eq!(numbered_titles(&app)[2], "3 Nieuw punt");
    assert_eq!(agenda(&app).selected_id(), agenda(&app).record.items.get(2).map(|r| r.item.id));
}

#[test]
fn an_empty_title_is_refused_and_the_prompt_stays() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Prompt(_))));
    assert!(app.status.as_ref().unwrap().error);
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert_eq!(agenda(&app).record.items.len(), 8);
}

#[test]
fn move_and_indent_renumber_the_agenda() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down); // 3 Update werving
    type_text(&mut app, ">");
    let t = numbered_titles(&app);
    assert!(t[2].starts_with("2.1 Update werving"), "{t:?}");
    assert!(t[3].starts_with("3 Programmaplan"), "{t:?}");
    type_text(&mut app, "<");
    assert!(numbered_titles(&app)[2].starts_with("3 Update werving"));
    type_text(&mut app, "K");
    let t = numbered_titles(&app);
    assert!(t[1].starts_with("2 Update werving") && t[2].starts_with("3 Verslag"), "{t:?}");
    assert_eq!(agenda(&app).selected, 1, "the moved item stays selected");
    type_text(&mut app, "gK");
    assert_eq!(app.status.as_ref().unwrap().text, "Dit punt staat al bovenaan.");
}

fn open_annotation(app: &mut App) {
    press(app, KeyCode::Enter); // item screen
    let Screen::Item(v) = app.screen_mut() else { panic!("no item screen") };
    v.select_field(ItemField::Annotation);
    press(app, KeyCode::Enter);
    assert!(app.editor.is_some());
}

#[test]
fn typed_annotation_is_stored_on_esc_and_drafted_while_typing() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    open_annotation(&mut app);
    type_text(&mut app, "Eerste zin.");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Tweede regel, met q en j.");
    let key = format!("item:{}:annotation", id.0);
    app.tick(Instant::now());
    assert!(app.store.draft(&key).unwrap().is_none(), "no draft before the pause");
    app.tick(Instant::now() + Duration::from_millis(400));
    let draft = app.store.draft(&key).unwrap().expect("a draft after the pause");
    assert!(draft.text.ends_with("Eerste zin.\nTweede regel, met q en j."), "{:?}", draft.text);
    press(&mut app, KeyCode::Esc);
    assert!(app.editor.is_none());
    assert_eq!(app.store.item(id).unwrap().annotation, "Eerste zin.\nTweede regel, met q en j.");
    assert!(app.store.draft(&key).unwrap().is_none(), "the draft is gone once stored");
}

#[test]
fn ctrl_c_while_typing_stores_the_text_and_quits() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    open_annotation(&mut app);
    type_text(&mut app, "Niet verloren");
    app.handle_key(ctrl('c'));
    assert!(app.quit);
    assert_eq!(app.store.item(id).unwrap().annotation, "Niet verloren");
}

#[test]
fn a_change_made_elsewhere_is_not_overwritten_and_the_text_stays_as_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let mut first = Store::open(&path, annoteer::store::Access::Create).unwrap();
    first.load_demo().unwrap();
    let mut app = App::new(first, Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    open_annotation(&mut app);
    type_text(&mut app, "mijn tekst");
    let mut other = Store::open(&path, annoteer::store::Access::Existing).unwrap();
    other.set_item_field(id, ItemField::Annotation, "", "tekst uit het andere venster").unwrap();
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.store.item(id).unwrap().annotation, "tekst uit het andere venster");
    let status = app.status.clone().unwrap();
    assert!(status.error && status.text.contains("elders gewijzigd"), "{status:?}");
    let draft = app.store.draft(&format!("item:{}:annotation", id.0)).unwrap().unwrap();
    assert_eq!(draft.text, "mijn tekst");
}

#[test]
fn drafts_found_at_start_are_offered_back_into_the_field() {
    let mut store = demo_store();
    let item = store.agenda(store.meetings().unwrap()[0].id).unwrap()[0].clone();
    let key = format!("item:{}:advice_text", item.id.0);
    store.save_draft(&key, "half getypt advies", item.revision).unwrap();
    let mut app = App::new(store, Lang::Nl);
    assert!(matches!(app.overlay, Some(Overlay::DraftOffer(_))));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Item(_)));
    assert_eq!(app.editor.as_ref().unwrap().text(), "half getypt advies");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.store.item(item.id).unwrap().advice_text, "half getypt advies");
    assert!(app.store.drafts().unwrap().is_empty());
}

#[test]
fn a_discarded_draft_is_gone() {
    let mut store = demo_store();
    store.save_draft("item:1:notes", "weg ermee", 0).unwrap();
    let mut app = App::new(store, Lang::Nl);
    type_text(&mut app, "d");
    assert!(app.overlay.is_none());
    assert!(app.store.drafts().unwrap().is_empty());
}

#[test]
fn pasting_half_a_megabyte_is_quick_and_one_line_fields_lose_control_characters() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    open_annotation(&mut app);
    let para = "Dit is een regel tekst van een lange notitie, met wat woorden erin. ".repeat(3) + "\n";
    let big = para.repeat(500_000 / para.len() + 1);
    let start = Instant::now();
    app.handle_command(Command::Paste(big.clone()));
    let _ = screen(&app, 120, 40);
    press(&mut app, KeyCode::Esc);
    let took = start.elapsed();
    assert!(took < Duration::from_secs(1), "paste, draw and store took {took:?}");
    assert_eq!(app.store.item(id).unwrap().annotation.len(), big.trim_end().len());

    let Screen::Item(v) = app.screen_mut() else { panic!() };
    v.select_field(ItemField::Title);
    press(&mut app, KeyCode::Enter);
    app.handle_command(Command::Paste("\u{202E}Nieuw\u{7}\ttitel\nmet regel".into()));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.item(id).unwrap().title.trim(), "MededelingenNieuw titel met regel");
}

#[test]
fn a_new_meeting_checks_its_date_and_opens_its_agenda() {
    let mut app = empty_app();
    type_text(&mut app, "a");
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.draft.date, annoteer::dates::Date::today().iso(), "today by default");
    let selected = |app: &annoteer::tui::app::App| match app.screen() {
        Screen::MeetingForm(f) => f.selected,
        _ => panic!("no form"),
    };
    // Body: Enter stores it and stays on it; no form walks on by itself (issue 16).
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Stuurgroep MIT");
    press(&mut app, KeyCode::Enter);
    // No body is known yet, so there is nothing to have mistyped: made without a question (F3).
    assert!(app.editor.is_none(), "{:?}", app.status);
    assert_eq!(selected(&app), 0, "still on Gremium");
    type_text(&mut app, "j");
    assert_eq!(selected(&app), 1, "j moved to Datum; it typed nothing");
    assert_eq!(app.screen_mode(), Mode::MeetingForm);
    press(&mut app, KeyCode::Enter);
    // a wrong date is explained, stays in the field to be fixed, and is never kept
    assert!(app.editor.is_some());
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2022-02-30");
    press(&mut app, KeyCode::Enter);
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(said.contains("'2022-02-30' bestaat niet in de kalender"), "{said}");
    assert!(app.editor.is_some(), "Enter on a wrong date stays in the field");
    press(&mut app, KeyCode::Esc);
    assert!(app.editor.is_none());
    assert!(app.status.as_ref().unwrap().text.contains("De datum blijft zoals hij was."), "{:?}", app.status);
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.draft.date, annoteer::dates::Date::today().iso(), "the form kept a date it can store");
    assert!(app.store.drafts().unwrap().iter().all(|d| !d.text.contains("2022-02-30")), "no unstorable draft");
    assert!(app.store.meetings().unwrap().is_empty());
    // As people write it, weekday and all.
    press(&mut app, KeyCode::Enter);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "donderdag 24 maart 2022");
    press(&mut app, KeyCode::Enter);
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.draft.date, "2022-03-24");
    assert_eq!(selected(&app), 1, "Enter stays on Datum");
    app.handle_key(ctrl('s'));

    let list = app.store.meetings().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].body.as_str(), list[0].date.as_str()), ("Stuurgroep MIT", "2022-03-24"));
    assert!(matches!(app.screen(), Screen::Agenda(_)));
    // The next new meeting starts from the body used last.
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "a");
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.draft.body, "Stuurgroep MIT");
}

#[test]
fn leaving_an_unfinished_new_meeting_keeps_what_was_typed() {
    let mut app = empty_app();
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "HASG");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Meetings(_)));
    type_text(&mut app, "a");
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.draft.body, "HASG");
}

#[test]
fn esc_always_leads_back_to_the_meetings() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "D");
    assert!(matches!(app.screen(), Screen::Documents(_)));
    type_text(&mut app, "?");
    for _ in 0..4 {
        press(&mut app, KeyCode::Esc);
    }
    assert!(matches!(app.screen(), Screen::Meetings(_)));
    assert!(!app.quit);
    type_text(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn pickers_set_treatment_and_stance() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    press(&mut app, KeyCode::Enter);
    let Screen::Item(v) = app.screen_mut() else { panic!() };
    v.select_field(ItemField::AdviceStance);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Picker(_))));
    press(&mut app, KeyCode::Down); // first stance: Akkoord
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.item(id).unwrap().advice_stance, Some(annoteer::domain::Stance::Akkoord));
    let Screen::Item(v) = app.screen_mut() else { panic!() };
    v.select_field(ItemField::CoverTreatment);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "G");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.item(id).unwrap().cover_treatment, Some(annoteer::domain::Treatment::Rondvraag));
}

#[test]
fn documents_link_relative_to_the_base_folder_and_unlink_with_undo_of_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("memo min.v6.1.docx"), "inhoud").unwrap();
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    type_text(&mut app, "D");
    type_text(&mut app, "b");
    app.handle_command(Command::Paste(dir.path().display().to_string()));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "a");
    type_text(&mut app, "memo");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    let docs = app.store.item_documents(id).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].document.path, dir.path().join("memo min.v6.1.docx").display().to_string());
    assert_eq!(docs[0].document.version_label, "v6.1");
    type_text(&mut app, "dy");
    assert!(app.store.item_documents(id).unwrap().is_empty());
}

#[test]
fn parts_are_added_renamed_assigned_and_deleted() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let meeting = agenda(&app).meeting_id;
    let item = agenda(&app).record.items[7].item.id; // 8 Huisvesting
    type_text(&mut app, "m");
    type_text(&mut app, "a");
    type_text(&mut app, "Deel 2: Besloten deel");
    press(&mut app, KeyCode::Enter);
    let parts = app.store.parts(meeting).unwrap();
    assert_eq!(parts.len(), 2);
    type_text(&mut app, "G");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, " (BESLOTEN)");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.parts(meeting).unwrap()[1].title, "Deel 2: Besloten deel (BESLOTEN)");
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "G");
    press(&mut app, KeyCode::Enter);
    let Screen::Item(v) = app.screen_mut() else { panic!() };
    v.selected = annoteer::tui::screens::item::ROWS
        .iter()
        .position(|r| *r == annoteer::tui::screens::item::ItemRow::Part)
        .unwrap();
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "G");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.item(item).unwrap().part_id, Some(app.store.parts(meeting).unwrap()[1].id));
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "m");
    type_text(&mut app, "G");
    type_text(&mut app, "dj");
    assert_eq!(app.store.parts(meeting).unwrap().len(), 1);
    assert_eq!(app.store.item(item).unwrap().part_id, None, "the item stays, without its part");
}

#[test]
fn english_labels_with_lang_en() {
    let app = demo_app(Lang::En);
    let text = screen(&app, 100, 10);
    assert!(text.contains("Meetings") && text.contains("q quit"), "{text}");
    let app = demo_app(Lang::Nl);
    let text = screen(&app, 100, 10);
    assert!(text.contains("Vergaderingen") && text.contains("q stoppen"), "{text}");
}

#[test]
fn a_deleted_meeting_comes_back_with_u() {
    let mut app = demo_app(Lang::Nl);
    let before = app.store.meetings().unwrap().len();
    type_text(&mut app, "dj");
    assert_eq!(app.store.meetings().unwrap().len(), before - 1);
    assert_eq!(app.status.as_ref().unwrap().text, "Verwijderd — toets u om het ongedaan te maken");
    type_text(&mut app, "u");
    assert_eq!(app.store.meetings().unwrap().len(), before);
    let Screen::Meetings(v) = app.screen() else { panic!() };
    assert_eq!(v.selected, 0);
}

#[test]
fn an_emptied_title_is_refused_in_dutch_and_the_old_title_stays() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter); // the title row is first
    for _ in 0..20 {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Enter);
    assert!(app.editor.is_some(), "Enter keeps the editor open to fix it");
    assert_eq!(app.status.as_ref().unwrap().text, "Een agendapunt heeft een titel nodig.");
    press(&mut app, KeyCode::Esc);
    assert!(app.editor.is_none());
    assert_eq!(app.store.item(id).unwrap().title, "Mededelingen");
    assert!(app.store.drafts().unwrap().is_empty());
}

#[test]
fn slash_searches_as_you_type_and_enter_jumps_to_the_item() {
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "/");
    assert!(matches!(app.screen(), Screen::Search(_)));
    type_text(&mut app, "effectmeting");
    let settled = |app: &mut App| {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            app.tick(Instant::now());
            if let Screen::Search(v) = app.screen() {
                if !v.searching {
                    return v.hits.len();
                }
            }
            assert!(Instant::now() < deadline, "no answer from the search");
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    assert!(settled(&mut app) > 0, "agenda items are searched from the first key");
    let text = screen(&app, 160, 8);
    assert!(text.contains("(0 besluiten, 1 agendapunt)"), "{text}");
    assert!(text.contains("Tab: alleen besluiten"), "{text}");
    press(&mut app, KeyCode::Tab);
    assert_eq!(settled(&mut app), 0, "no decision mentions it");
    assert!(screen(&app, 160, 6).contains("Tab: alleen agendapunten"));
    assert_eq!(app.store.setting("tui.search_scope").unwrap().as_deref(), Some("decisions"), "remembered");
    press(&mut app, KeyCode::Tab);
    assert!(settled(&mut app) > 0);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.store.setting("tui.search_scope").unwrap().as_deref(), Some("all"));
    press(&mut app, KeyCode::Enter);
    let a = agenda(&app);
    assert_eq!(a.record.meeting.date, "2022-03-24");
    assert_eq!(a.selected_record().unwrap().item.title, "Voorstel voor effectmeting");
    press(&mut app, KeyCode::Esc);
    let Screen::Search(v) = app.screen() else { panic!("Esc from the jump goes back to the search") };
    assert_eq!(v.query_text(), "effectmeting");
    assert!(!v.hits.is_empty(), "with its hits");
    press(&mut app, KeyCode::F(1));
    assert!(matches!(app.overlay, Some(Overlay::Help)), "F1 is help where ? is typed");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Meetings(_)));
}

#[test]
fn a_query_that_cannot_be_read_says_why_and_shows_no_old_hits() {
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "/verslag ");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !matches!(app.screen(), Screen::Search(v) if !v.searching && !v.hits.is_empty()) {
        app.tick(Instant::now());
        assert!(Instant::now() < deadline, "no answer from the search");
        std::thread::sleep(Duration::from_millis(10));
    }
    type_text(&mut app, "since:2022-13");
    std::thread::sleep(Duration::from_millis(50));
    app.tick(Instant::now());
    let Screen::Search(v) = app.screen() else { panic!() };
    assert!(v.problem.as_ref().is_some_and(|p| p.to_string().contains("2022-13")), "{:?}", v.problem);
    assert!(v.hits.is_empty(), "the hits of 'verslag' are not answers to a query that cannot be read");
    let text = screen(&app, 140, 4);
    assert!(text.contains("since:2022-13: geen datum; gebruik since:JJJJ"), "said in Dutch: {text}");
}

#[test]
fn n_links_the_newer_version_beside_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("memo min.v6.0.docx");
    std::fs::write(&old, "versie 6.0").unwrap();
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    app.store.link_document(id, &old, annoteer::domain::DocRole::Bijlage).unwrap();
    std::fs::write(dir.path().join("memo min.v6.1.docx"), "versie 6.1").unwrap();
    type_text(&mut app, "D");
    let text = screen(&app, 100, 8);
    assert!(text.contains("nieuwer: memo min.v6.1"), "{text}");
    type_text(&mut app, "n");
    let docs = app.store.item_documents(id).unwrap();
    assert_eq!(docs.len(), 1);
    assert!(docs[0].document.path.ends_with("memo min.v6.1.docx"), "{:?}", docs[0].document.path);
    assert_eq!(app.status.as_ref().unwrap().text, "De nieuwere versie is gekoppeld.");
}

#[test]
fn capital_l_links_an_earlier_treatment_of_the_same_topic() {
    let mut store = demo_store();
    let m = store
        .create_meeting(&annoteer::domain::MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-05-11".into(),
            ..Default::default()
        })
        .unwrap();
    let draft = annoteer::domain::ItemDraft { title: "Programmaplan 2022".into(), ..Default::default() };
    let item = store.add_item(m, annoteer::store::Placement::End { parent: None }, None, &draft).unwrap();
    let mut app = App::new(store, Lang::Nl);
    let Screen::Meetings(v) = app.screen_mut() else { panic!() };
    v.select(Some(m));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "L");
    assert!(matches!(app.overlay, Some(Overlay::Picker(_))), "{:?}", app.status);
    press(&mut app, KeyCode::Enter);
    let earlier = app.store.earlier_items(item).unwrap();
    assert_eq!(earlier.len(), 1);
    assert_eq!((earlier[0].date.as_str(), earlier[0].title.as_str()), ("2022-03-24", "Programmaplan 2022"));
    // The item linked has an annotation: the message points at C, here on the item screen.
    assert_eq!(app.status.as_ref().unwrap().text, "Gekoppeld; C neemt de annotatie van toen over als begin.");
}

#[test]
fn a_new_meeting_offers_what_was_postponed_and_enter_carries_it_over() {
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Stuurgroep MIT");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down); // Enter stays on the field; ↓ moves
    press(&mut app, KeyCode::Enter);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2022-05-11");
    app.handle_key(ctrl('s'));
    let Some(Overlay::CarryOver(offer)) = &app.overlay else { panic!("no carry-over offer: {:?}", app.status) };
    assert!(!offer.pending.is_empty());
    let text = screen(&app, 120, 30);
    assert!(text.contains("Meenemen naar deze vergadering"), "{text}");
    // Space unpicks and picks again.
    type_text(&mut app, " ");
    let Some(Overlay::CarryOver(offer)) = &app.overlay else { panic!() };
    assert!(!offer.chosen[0]);
    type_text(&mut app, " ");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let a = agenda(&app);
    assert!(!a.record.items.is_empty(), "{:?}", app.status);
    assert!(app.status.as_ref().unwrap().text.contains("op de agenda gezet"), "{:?}", app.status);
}

#[test]
fn quitting_with_a_new_title_typed_keeps_the_item() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "a");
    type_text(&mut app, "Net getypt punt");
    app.handle_key(ctrl('c'));
    assert!(app.quit);
    let m = agenda(&app).meeting_id;
    assert!(app.store.agenda(m).unwrap().iter().any(|i| i.title == "Net getypt punt"));
}

#[test]
fn quitting_a_half_filled_new_meeting_keeps_it_as_a_draft() {
    let mut app = empty_app();
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "HASG");
    app.handle_key(ctrl('c'));
    assert!(app.quit);
    let d = app.store.draft("meeting:new").unwrap().expect("a draft of the form");
    assert!(d.text.contains("\"body\":\"HASG\""), "{}", d.text);
    let app = App::new(app.store, Lang::Nl);
    assert!(matches!(app.overlay, Some(Overlay::DraftOffer(_))), "offered at the next start");
}

#[test]
fn an_editor_that_fails_to_start_leaves_no_hidden_editor_behind() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "e");
    let req = app.external.take().expect("e asks for the external editor");
    app.finish_external(req, None, Some("doesnotexist: exit 127".into()));
    assert!(app.editor.is_none(), "keys must not go into an editor the agenda does not show");
    let status = app.status.clone().unwrap();
    assert!(status.error && status.text.contains("niets gewijzigd") && status.text.contains("exit 127"), "{status:?}");
    type_text(&mut app, "q");
    assert!(app.quit, "q quits again");
}

#[test]
fn an_editor_that_fails_after_typing_gives_the_text_back_in_place() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "e");
    let mut req = app.external.take().unwrap();
    req.text = format!("{}\nnieuwe regel", req.original);
    app.finish_external(req, None, Some("vi: exit 1".into()));
    assert!(app.editor.as_ref().is_some_and(|e| e.text().ends_with("nieuwe regel")));
}

/// The demo's meeting of a body on a date.
fn meeting_on(store: &Store, date: &str) -> annoteer::domain::MeetingId {
    store.meetings().unwrap().iter().find(|m| m.date == date).expect("a demo meeting on that date").id
}

/// Opens the agenda of a meeting from the meetings list.
fn open_agenda(app: &mut App, m: annoteer::domain::MeetingId) {
    let Screen::Meetings(v) = app.screen_mut() else { panic!("not on the meetings list") };
    v.select(Some(m));
    press(app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Agenda(_)));
}

/// The item the agenda has selected (the one just added).
fn selected_item(app: &App) -> annoteer::domain::ItemId {
    agenda(app).selected_id().expect("an item is selected")
}

fn picker(app: &App) -> &annoteer::tui::overlays::Picker {
    match &app.overlay {
        Some(Overlay::Picker(p)) => p,
        _ => panic!("no choice is open; status: {:?}", app.status),
    }
}

/// The Programmaplan 2022 item of the Stuurgroep of 24 March 2022, which has an annotation.
fn programmaplan_24_march(store: &Store) -> annoteer::domain::ItemId {
    let m = meeting_on(store, "2022-03-24");
    let item = store.agenda(m).unwrap().into_iter().find(|i| i.title == "Programmaplan 2022").unwrap();
    assert!(!item.annotation.trim().is_empty());
    item.id
}

#[test]
fn a_new_item_is_offered_its_earlier_treatments_and_enter_links_one() {
    let mut app = demo_app(Lang::Nl);
    let m = meeting_on(&app.store, "2022-04-20");
    let earlier = programmaplan_24_march(&app.store);
    open_agenda(&mut app, m);
    type_text(&mut app, "a");
    type_text(&mut app, "Programmaplan");
    press(&mut app, KeyCode::Enter);
    let new_item = selected_item(&app);
    assert_eq!(app.store.item(new_item).unwrap().title, "Programmaplan");
    // The offer is the same choice as L, with the 24 March item first.
    let p = picker(&app);
    assert_eq!(p.purpose, annoteer::tui::overlays::PickPurpose::EarlierOfNew(new_item));
    assert_eq!(p.options[0].1, earlier.0.to_string());
    assert_eq!(app.status.as_ref().unwrap().text, "Agendapunt toegevoegd.");
    let text = screen(&app, 120, 30);
    assert!(text.contains("Eerder behandeld? Enter koppelt · Esc slaat over"), "{text}");
    assert!(text.contains("Stuurgroep MIT 24 maart 2022 · 4 Programmaplan 2022"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let linked = app.store.earlier_items(new_item).unwrap();
    assert_eq!(linked.iter().map(|e| e.item_id).collect::<Vec<_>>(), vec![earlier]);
    // The earlier item has an annotation: the message points at C.
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Gekoppeld; C in het punt neemt de annotatie van toen over als begin."
    );
    assert_eq!(selected_item(&app), new_item, "the new item stays selected");
}

#[test]
fn esc_skips_the_offer_and_the_new_item_stays_unlinked() {
    let mut app = demo_app(Lang::Nl);
    let m = meeting_on(&app.store, "2022-04-20");
    open_agenda(&mut app, m);
    let before = app.store.agenda(m).unwrap().len();
    type_text(&mut app, "a");
    type_text(&mut app, "Programmaplan");
    press(&mut app, KeyCode::Enter);
    let new_item = selected_item(&app);
    picker(&app);
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(matches!(app.screen(), Screen::Agenda(_)), "Esc closes the offer only");
    assert_eq!(app.store.agenda(m).unwrap().len(), before + 1);
    assert!(app.store.earlier_items(new_item).unwrap().is_empty());
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Niet gekoppeld; L in het punt stelt eerdere behandelingen opnieuw voor."
    );
    // And L on the item proposes it again.
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "L");
    assert_eq!(picker(&app).purpose, annoteer::tui::overlays::PickPurpose::Earlier(new_item));
}

#[test]
fn a_new_item_without_earlier_treatment_is_offered_nothing() {
    let mut app = demo_app(Lang::Nl);
    let m = meeting_on(&app.store, "2022-04-20");
    open_agenda(&mut app, m);
    type_text(&mut app, "a");
    type_text(&mut app, "Kwartaalrapportage datalab");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "nothing to propose, nothing offered");
    assert_eq!(app.status.as_ref().unwrap().text, "Agendapunt toegevoegd.");
    assert_eq!(app.store.item(selected_item(&app)).unwrap().title, "Kwartaalrapportage datalab");
}

#[test]
fn a_failing_proposal_lookup_offers_nothing_and_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let mut store = Store::open(&path, annoteer::store::Access::Create).unwrap();
    store.load_demo().unwrap();
    let m = meeting_on(&store, "2022-04-20");
    let mut app = App::new(store, Lang::Nl);
    open_agenda(&mut app, m);
    // Damage the meeting's date behind the program's back (31 April): the proposals cannot be worked out.
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute("UPDATE meetings SET date = '2022-04-31' WHERE id = ?1", [m.0]).unwrap();
    drop(raw);
    assert!(annoteer::history::propose_earlier(&app.store, app.store.agenda(m).unwrap()[0].id).is_err());
    type_text(&mut app, "a");
    type_text(&mut app, "Programmaplan");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let status = app.status.as_ref().unwrap();
    assert!(!status.error, "{status:?}");
    assert_eq!(status.text, "Agendapunt toegevoegd.");
    assert!(app.store.agenda(m).unwrap().iter().any(|i| i.title == "Programmaplan"));
}

#[test]
fn quitting_with_a_title_typed_makes_the_item_and_offers_nothing() {
    let mut app = demo_app(Lang::Nl);
    let m = meeting_on(&app.store, "2022-04-20");
    open_agenda(&mut app, m);
    type_text(&mut app, "a");
    type_text(&mut app, "Programmaplan");
    app.handle_key(ctrl('c'));
    assert!(app.quit);
    assert!(app.overlay.is_none());
    assert!(app.store.agenda(m).unwrap().iter().any(|i| i.title == "Programmaplan"));
}

/// A new Stuurgroep meeting on 11 May 2022 with one item, opened on the item screen; `earlier` linked.
fn new_item_screen(title: &str, earlier: &[fn(&Store) -> annoteer::domain::ItemId]) -> (App, annoteer::domain::ItemId) {
    let mut store = demo_store();
    let m = store
        .create_meeting(&annoteer::domain::MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-05-11".into(),
            ..Default::default()
        })
        .unwrap();
    let draft = annoteer::domain::ItemDraft { title: title.into(), ..Default::default() };
    let item = store.add_item(m, annoteer::store::Placement::End { parent: None }, None, &draft).unwrap();
    for e in earlier {
        let e = e(&store);
        store.link_earlier(item, e, "").unwrap();
    }
    let mut app = App::new(store, Lang::Nl);
    open_agenda(&mut app, m);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Item(v) if v.item.id == item));
    (app, item)
}

fn item_view(app: &App) -> &annoteer::tui::screens::ItemView {
    match app.screen() {
        Screen::Item(v) => v,
        _ => panic!("not on the item screen"),
    }
}

#[test]
fn capital_c_copies_the_annotation_of_an_earlier_treatment() {
    assert_eq!(command_for(Mode::Item, ch('C')), Some(Command::CopyAnnotation));
    let (mut app, item) = new_item_screen("Programmaplan 2022", &[programmaplan_24_march]);
    let source = app.store.item(programmaplan_24_march(&app.store)).unwrap().annotation;
    type_text(&mut app, "C");
    let p = picker(&app);
    assert_eq!(p.title, "Annotatie overnemen van");
    assert_eq!(p.options.len(), 1);
    assert_eq!(p.options[0].0, "Stuurgroep MIT 24 maart 2022 · 4 Programmaplan 2022");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert_eq!(app.store.item(item).unwrap().annotation, source.trim());
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Annotatie van Stuurgroep MIT 24 maart 2022 overgenomen als begin; Enter op Annotatie past haar aan."
    );
    // The screen shows the annotation it now has.
    let v = item_view(&app);
    assert_eq!(v.row(), annoteer::tui::screens::item::ItemRow::Field(ItemField::Annotation));
    assert_eq!(v.item.annotation, source.trim());
    // Once is enough: a second copy changes nothing and says so.
    type_text(&mut app, "C");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.status.as_ref().unwrap().text, "Die annotatie staat al in dit punt; er is niets veranderd.");
    assert_eq!(app.store.item(item).unwrap().annotation, source.trim());
}

#[test]
fn capital_c_puts_the_earlier_annotation_below_the_items_own_text() {
    let (mut app, item) = new_item_screen("Programmaplan 2022", &[programmaplan_24_march]);
    app.store.set_item_field(item, ItemField::Annotation, "", "Eigen begin.").unwrap();
    app.refresh();
    type_text(&mut app, "C");
    press(&mut app, KeyCode::Enter);
    let text = app.store.item(item).unwrap().annotation;
    assert!(text.starts_with("Eigen begin.\n\n"), "{text}");
    assert!(app.status.as_ref().unwrap().text.contains("onder de eigen tekst gezet"), "{:?}", app.status);
}

#[test]
fn capital_c_keeps_a_change_made_elsewhere_meanwhile() {
    let (mut app, item) = new_item_screen("Programmaplan 2022", &[programmaplan_24_march]);
    type_text(&mut app, "C");
    picker(&app);
    // Another window writes the annotation while the choice is open.
    app.store.set_item_field(item, ItemField::Annotation, "", "Van elders.").unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.item(item).unwrap().annotation, "Van elders.");
    let status = app.status.as_ref().unwrap();
    assert!(status.error);
    assert_eq!(
        status.text,
        "De annotatie van dit punt is intussen elders gewijzigd; er is niets overgenomen. Bekijk haar en druk opnieuw C."
    );
    // The screen shows the other window's text, so that C can be tried again knowingly.
    assert_eq!(item_view(&app).item.annotation, "Van elders.");
}

#[test]
fn capital_c_says_so_when_the_earlier_annotation_was_emptied_meanwhile() {
    let (mut app, item) = new_item_screen("Programmaplan 2022", &[programmaplan_24_march]);
    type_text(&mut app, "C");
    let source = programmaplan_24_march(&app.store);
    let old = app.store.item(source).unwrap().annotation;
    app.store.set_item_field(source, ItemField::Annotation, &old, "").unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.status.as_ref().unwrap().text, "Dat punt heeft geen annotatie (meer); er is niets overgenomen.");
    assert_eq!(app.store.item(item).unwrap().annotation, "");
}

#[test]
fn capital_c_without_an_annotated_history_says_what_to_do() {
    let expected = "Geen eerdere annotatie om over te nemen; L koppelt een eerdere behandeling.";
    let (mut app, _) = new_item_screen("Programmaplan 2022", &[]);
    type_text(&mut app, "C");
    assert!(app.overlay.is_none());
    assert_eq!(app.status.as_ref().unwrap().text, expected);
    // A history whose earlier items have no annotation offers nothing either.
    fn opening_24_march(store: &Store) -> annoteer::domain::ItemId {
        let m = meeting_on(store, "2022-03-24");
        let item = store.agenda(m).unwrap().into_iter().find(|i| i.annotation.trim().is_empty()).unwrap();
        item.id
    }
    let (mut app, _) = new_item_screen("Programmaplan 2022", &[opening_24_march]);
    type_text(&mut app, "C");
    assert!(app.overlay.is_none());
    assert_eq!(app.status.as_ref().unwrap().text, expected);
}

#[test]
fn capital_c_offers_the_whole_history_most_recent_first() {
    // 20 April is linked to 24 March; the new item to 20 April only: both annotated steps are offered.
    fn april_item(store: &Store) -> annoteer::domain::ItemId {
        let m = meeting_on(store, "2022-04-20");
        store.agenda(m).unwrap()[0].id
    }
    let (mut app, _) = new_item_screen("Programmaplan 2022", &[]);
    let (april, march) = (april_item(&app.store), programmaplan_24_march(&app.store));
    let a = app.store.item(april).unwrap();
    if a.annotation.trim().is_empty() {
        app.store.set_item_field(april, ItemField::Annotation, &a.annotation, "Annotatie van april.").unwrap();
    }
    app.store.link_earlier(april, march, "").unwrap();
    let item = item_view(&app).item.id;
    app.store.link_earlier(item, april, "").unwrap();
    type_text(&mut app, "C");
    let values: Vec<String> = picker(&app).options.iter().map(|(_, v)| v.clone()).collect();
    assert_eq!(values, vec![april.0.to_string(), march.0.to_string()]);
}

#[test]
fn the_agenda_marks_an_item_that_skipped_its_preparing_body() {
    let mut store = demo_store();
    let bodies = store.bodies().unwrap();
    let (sg, klo) = (bodies.iter().find(|b| b.name == "Stuurgroep MIT").unwrap().id, bodies[0].id);
    assert_eq!(bodies[0].name, "KLO");
    let mark = "⚠ Niet eerst behandeld in KLO, het voorbereidende gremium.";
    let detail_of = |store: Store, number: &str| {
        let mut app = App::new(store, Lang::Nl);
        open_sg_24_march(&mut app);
        let pos = agenda(&app).record.items.iter().position(|r| r.item.number == number).unwrap();
        for _ in 0..pos {
            press(&mut app, KeyCode::Down);
        }
        screen(&app, 120, 40)
    };
    let text = detail_of(demo_store(), "6");
    assert!(!text.contains("Niet eerst behandeld"), "no body prepares for the Stuurgroep yet: {text}");
    store.set_prepares_for(klo, Some(sg)).unwrap();
    let record = store.meeting_record(meeting_on(&store, "2022-03-24")).unwrap();
    let six = record.items.iter().find(|r| r.item.number == "6").unwrap();
    assert_eq!(six.skipped_bodies, vec!["KLO".to_string()]);
    // A spoken update without history skipped nothing.
    assert!(record.items.iter().find(|r| r.item.number == "7").unwrap().skipped_bodies.is_empty());
    let text = detail_of(store, "6");
    assert!(text.contains(mark), "{text}");
}

#[test]
fn end_in_the_memo_preview_shows_a_full_last_page_and_k_moves_back_at_once() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "p");
    render(&app, 100, 20);
    press(&mut app, KeyCode::End);
    let bottom = screen(&app, 100, 20);
    let filled =
        bottom.lines().filter(|l| l.trim_matches(|c: char| c == '"' || c == '│' || c == ' ').len() > 1).count();
    assert!(filled > 14, "the last page is full, not one line at the top:\n{bottom}");
    press(&mut app, KeyCode::Char('k'));
    assert_ne!(screen(&app, 100, 20), bottom, "k after End moves the text at once");
}

#[test]
fn one_who_types_without_pausing_still_gets_a_draft_within_the_maximum_wait() {
    use annoteer::tui::app::{DRAFT_DEBOUNCE, DRAFT_MAX_WAIT};
    use annoteer::tui::editor::{EditTarget, FieldEditor};
    let target = EditTarget::Item { id: annoteer::domain::ItemId(1), field: ItemField::Annotation };
    let mut ed = FieldEditor::new(target, "", "", true, 0);
    let t0 = Instant::now();
    let key = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    // A key every 100 ms, faster than the pause that writes a draft.
    let mut now = t0;
    while now < t0 + DRAFT_MAX_WAIT {
        ed.input(key, now);
        assert!(!ed.draft_due(now), "not yet at {:?}", now - t0);
        now += Duration::from_millis(100);
    }
    ed.input(key, now);
    assert!(ed.draft_due(now), "due after {:?} of typing without a pause", now - t0);
    ed.draft_saved();
    ed.input(key, now);
    assert!(!ed.draft_due(now + DRAFT_DEBOUNCE / 2));
    assert!(ed.draft_due(now + DRAFT_DEBOUNCE), "a pause writes it as before");
}

#[test]
fn only_a_path_prompt_promises_tab_completion() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "a");
    assert!(matches!(app.overlay, Some(Overlay::Prompt(_))));
    assert!(!screen(&app, 100, 30).contains("aanvullen"), "a title prompt has no completion");
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "D");
    type_text(&mut app, "a");
    assert!(matches!(app.overlay, Some(Overlay::Prompt(_))));
    assert!(screen(&app, 100, 30).contains("Tab = aanvullen"));
}

#[test]
fn advice_without_a_stance_is_shown_by_its_words_not_twice() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let idx = agenda(&app).record.items.iter().position(|r| r.item.number == "5").unwrap();
    let r = &agenda(&app).record.items[idx];
    assert!(r.item.advice_stance.is_none() && r.item.has_advice(), "the demo's item 5 has advice text only");
    for _ in 0..idx {
        press(&mut app, KeyCode::Down);
    }
    let text = screen(&app, 120, 60);
    assert!(text.contains("advies (tekst)"), "the list still says there is advice: {text}");
    let advice_line = text.lines().find(|l| l.contains("Advies:")).unwrap();
    assert!(!advice_line.contains("advies (tekst)"), "{advice_line}");
}

#[test]
fn a_pasted_page_is_no_title() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = agenda(&app).record.items.len();
    type_text(&mut app, "a");
    app.handle_command(Command::Paste("Een regel van een lange brief die zo doorgaat.\n".repeat(200)));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Prompt(_))), "the prompt stays, with the text");
    assert!(app.status.as_ref().unwrap().text.contains("hooguit 300 tekens"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(agenda(&app).record.items.len(), before);
}

#[test]
fn the_agenda_column_header_stays_while_the_list_scrolls() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let meeting = agenda(&app).meeting_id;
    for i in 0..30 {
        let draft = annoteer::domain::ItemDraft { title: format!("Extra punt {i}"), ..Default::default() };
        app.store.add_item(meeting, annoteer::store::Placement::End { parent: None }, None, &draft).unwrap();
    }
    app.refresh();
    press(&mut app, KeyCode::End);
    let text = screen(&app, 100, 24);
    assert!(text.contains("Extra punt 29"), "{text}");
    assert!(text.contains("Onderwerp"), "the header is still there:\n{text}");
}

#[test]
fn on_a_wide_terminal_the_counts_stay_near_their_meeting() {
    let app = demo_app(Lang::Nl);
    let text = screen(&app, 220, 12);
    let row = text.lines().find(|l| l.contains("24 maart 2022")).unwrap();
    let at = row.find("8 punten").expect("counts on the row");
    assert!(row[..at].chars().count() < 140, "{row}");
}
