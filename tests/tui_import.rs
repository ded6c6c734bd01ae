//! `I` on the agenda: paste an agenda, see each line beside what it became, add it with Enter. Nothing is
//! written to the store before that Enter.

mod tui_support;

use annoteer::domain::Treatment;
use annoteer::locale::Lang;
use annoteer::tui::app::{App, Screen};
use annoteer::tui::command::Command;
use crossterm::event::KeyCode;
use tui_support::*;

const PASTE: &str = "Agenda Stuurgroep\n\n1. Opening\n2. Programmaplan 2023\nTer besluitvorming (bijlage, PGT)\n2.1 Deelplan\nzie ook de brief van 3 mei\n";

fn item_count(app: &App) -> usize {
    let meetings = app.store.meetings().unwrap();
    let sg = meetings.iter().find(|m| m.date == "2022-03-24").unwrap();
    app.store.agenda(sg.id).unwrap().len()
}

fn agenda_len(app: &App) -> Option<usize> {
    match app.screen() {
        Screen::Agenda(v) => Some(v.record.items.len()),
        _ => None,
    }
}

#[test]
fn capital_i_imports_a_pasted_agenda_after_showing_what_was_read() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = agenda(&app).record.items.len();
    type_text(&mut app, "I");
    app.handle_command(Command::Paste(PASTE.into()));
    app.handle_key(ctrl('s'));
    let text = screen(&app, 100, 14);
    assert!(text.contains("Gelezen: 3 punten"), "{text}");
    assert_eq!(agenda_len(&app), None, "still on the import screen");
    assert_eq!(item_count(&app), before, "nothing is written before Enter");
    press(&mut app, KeyCode::Esc); // back to the text, still there
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "3. Rondvraag");
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    let t = numbered_titles(&app);
    assert_eq!(t.len(), before + 4, "{t:?}");
    assert_eq!(t[before + 1], format!("{} Programmaplan 2023", before + 2));
    assert_eq!(t[before + 2], format!("{}.1 Deelplan", before + 2));
    assert_eq!(t[before + 3], format!("{} Rondvraag", before + 3));
    assert_eq!(item_count(&app), before + 4);
    let plan = &agenda(&app).record.items[before + 1].item;
    assert_eq!(plan.treatment, Some(Treatment::TerBesluitvorming));
    assert!(plan.has_attachment);
    let sub = &agenda(&app).record.items[before + 2].item;
    assert!(sub.notes.contains("zie ook de brief van 3 mei"), "a line it could not place is kept: {:?}", sub.notes);
    assert_eq!(app.status.as_ref().unwrap().text, "4 punten toegevoegd; u maakt het importeren ongedaan.");
}

#[test]
fn the_preview_puts_each_pasted_line_beside_what_it_became() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste(PASTE.into()));
    app.handle_key(ctrl('s'));
    let text = screen(&app, 120, 16);
    let row = |needle: &str| text.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}\n{text}"));
    assert!(row("Agenda Stuurgroep").contains("kop, niet ingelezen"), "{text}");
    let plan = row("2. Programmaplan 2023");
    assert!(plan.contains("2 Programmaplan 2023"), "{plan}");
    assert!(plan.contains("Ter besluitvorming (bijlage, PGT)"), "{plan}");
    assert!(row("  5 Ter besluitvorming (bijlage").contains("behandeling van 2"), "{text}");
    assert!(row("zie ook de brief").contains("notitie bij 2.1"), "{text}");
}

#[test]
fn escape_leaves_the_import_after_a_warning_and_writes_nothing() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = item_count(&app);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste(PASTE.into()));
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(agenda_len(&app), None, "the first Esc on the text warns, the pasted text stays");
    assert!(app.status.as_ref().unwrap().text.contains("nog eens Esc"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(agenda_len(&app), Some(before));
    assert_eq!(item_count(&app), before);
}

#[test]
fn text_without_items_is_refused_with_a_message_and_nothing_written() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = item_count(&app);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste("\u{0}\u{1}binary \u{7f} rommel zonder nummers".into()));
    app.handle_key(ctrl('s'));
    assert!(screen(&app, 100, 10).contains("Geen agendapunten herkend"));
    press(&mut app, KeyCode::Enter);
    let status = app.status.clone().expect("a message");
    assert!(status.error, "{status:?}");
    assert_eq!(item_count(&app), before);
}

#[test]
fn a_new_meeting_gets_its_agenda_by_import() {
    let mut app = empty_app();
    let id = app
        .store
        .create_meeting(&annoteer::domain::MeetingDraft {
            body: "Algemeen Bestuur".into(),
            date: "2026-12-10".into(),
            title: "Algemeen Bestuur".into(),
            ..Default::default()
        })
        .unwrap();
    app.refresh();
    press(&mut app, KeyCode::Enter);
    assert_eq!(agenda_len(&app), Some(0));
    type_text(&mut app, "I");
    app.handle_command(Command::Paste(
        "OPENBAAR DEEL\n1.\tOpening en mededelingen\n2.\tVaststellen verslag 1 oktober *ter vaststelling*\nBESLOTEN DEEL\n3.\tBegroting 2027 (bijlage) Ter besluitvorming\n".into(),
    ));
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    let record = app.store.agenda(id).unwrap();
    let titles: Vec<_> = record.iter().map(|i| (i.number.clone(), i.title.clone())).collect();
    assert_eq!(
        titles,
        vec![
            ("1".to_string(), "Opening en mededelingen".to_string()),
            ("2".to_string(), "Vaststellen verslag 1 oktober".to_string()),
            ("3".to_string(), "Begroting 2027".to_string()),
        ]
    );
    assert_eq!(record[1].treatment, Some(Treatment::TerVaststelling));
}

#[test]
fn every_small_size_draws_the_import_without_panic() {
    let mut app = demo_app(Lang::En);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    for (w, h) in [(0, 0), (1, 1), (5, 3), (12, 6), (40, 8)] {
        render(&app, w, h);
    }
    app.handle_command(Command::Paste("1. 会議 🎉 emoji\n2. عربى\n".repeat(50)));
    for (w, h) in [(0, 0), (1, 1), (5, 3), (12, 6), (40, 8)] {
        render(&app, w, h);
    }
    app.handle_key(ctrl('s'));
    for (w, h) in [(0, 0), (1, 1), (5, 3), (12, 6), (40, 8), (200, 50)] {
        render(&app, w, h);
    }
    assert!(screen(&app, 80, 10).contains("Read: "), "{}", screen(&app, 80, 10));
}

#[test]
fn a_pasted_agenda_survives_quitting_and_comes_back_at_the_next_i() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = item_count(&app);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste(PASTE.into()));
    app.handle_key(ctrl('s'));
    type_text(&mut app, "q");
    assert!(app.quit);
    assert_eq!(item_count(&app), before, "quitting adds nothing");
    let mut app = App::new(app.store, Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    assert!(app.status.as_ref().unwrap().text.contains("eerder plakte"), "{:?}", app.status);
    app.handle_key(ctrl('s'));
    assert!(screen(&app, 100, 14).contains("Gelezen: 3 punten"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(item_count(&app), before + 3);
    type_text(&mut app, "I");
    assert!(screen(&app, 100, 14).contains("Plak hier"), "once added, the text is not offered again");
}

#[test]
fn an_agenda_of_another_date_is_questioned_and_an_import_is_undone_as_one_step() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = numbered_titles(&app);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste("Agenda Stuurgroep MIT 21 april 2022\n1. Opening\n2. Rondvraag\n".into()));
    app.handle_key(ctrl('s'));
    let text = screen(&app, 120, 14);
    assert!(text.contains("De geplakte agenda is van 21 april 2022"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert!(app.status.as_ref().unwrap().text.contains("Enter nogmaals voegt haar toch toe"), "{:?}", app.status);
    assert_eq!(agenda_len(&app), None, "not added on the first Enter");
    press(&mut app, KeyCode::Enter);
    assert_eq!(numbered_titles(&app).len(), before.len() + 2);
    // One u takes the whole import back; u again puts it back.
    type_text(&mut app, "u");
    assert_eq!(numbered_titles(&app), before);
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Importeren ongedaan gemaakt: 2 punten weer van de agenda; u zet ze terug."
    );
    type_text(&mut app, "u");
    assert_eq!(numbered_titles(&app).len(), before.len() + 2);
    assert!(app.status.as_ref().unwrap().text.starts_with("Punten 9–10 teruggezet"), "{:?}", app.status);
}

#[test]
fn an_agenda_of_the_same_date_is_added_at_once() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let n = numbered_titles(&app).len();
    type_text(&mut app, "I");
    app.handle_command(Command::Paste("Agenda donderdag 24 maart 2022\n1. Extra punt\n".into()));
    app.handle_key(ctrl('s'));
    assert!(!screen(&app, 120, 14).contains("De geplakte agenda is van"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(numbered_titles(&app).len(), n + 1);
}
