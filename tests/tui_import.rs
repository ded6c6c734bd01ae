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
    assert!(text.contains("Gelezen: 3 punten — Enter"), "no \"0 delen\": {text}");
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
    assert_eq!(app.status.as_ref().unwrap().text, "4 punten toegevoegd; toets u om het importeren ongedaan te maken.");
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

// Ctrl-O: the agenda read from a file (issue 12), with the fixtures of the readers.

const READ_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/read");

fn import_view(app: &App) -> &annoteer::tui::screens::ImportView {
    match app.screen() {
        Screen::Import(v) => v,
        _ => panic!("not on the import screen"),
    }
}

/// The reader runs on a thread: the loop's tick takes its answer. Bounded, so a hang fails instead.
fn wait_for_reader(app: &mut App) {
    for _ in 0..3000 {
        app.tick(std::time::Instant::now());
        if import_view(app).reading.is_none() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the reader did not answer");
}

fn read_file(app: &mut App, path: &str) {
    app.handle_key(ctrl('o'));
    type_text(app, path);
    press(app, KeyCode::Enter);
}

#[test]
fn ctrl_o_asks_for_a_path_and_tab_completes_it_as_the_documents_prompt_does() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    assert!(screen(&app, 120, 12).contains("Ctrl-O bestand lezen…"), "the status line names it");
    app.handle_key(ctrl('o'));
    assert_eq!(app.mode(), annoteer::tui::keymap::Mode::EditLine);
    type_text(&mut app, &format!("{READ_DIR}/agenda_a"));
    press(&mut app, KeyCode::Tab);
    let text = screen(&app, 120, 16);
    assert!(text.contains("Bestand met de agenda"), "{text}");
    assert!(text.contains(&format!("{READ_DIR}/agenda_ab.")), "completed to what the names share:\n{text}");
    assert!(text.contains("agenda_ab.docx") && text.contains("agenda_ab.pdf"), "the names that fit:\n{text}");
    type_text(&mut app, "pd");
    press(&mut app, KeyCode::Tab);
    assert!(screen(&app, 120, 16).contains(&format!("{READ_DIR}/agenda_ab.pdf")));
}

#[test]
fn a_word_file_is_read_into_the_text_and_previewed_line_by_line() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let before = item_count(&app);
    type_text(&mut app, "I");
    read_file(&mut app, &format!("{READ_DIR}/agenda_ab.docx"));
    assert!(import_view(&app).reading.is_some() || import_view(&app).parsed.is_some());
    wait_for_reader(&mut app);
    let text = screen(&app, 140, 30);
    assert!(text.contains("Tekst uit agenda_ab.docx"), "{text}");
    let row = |needle: &str| text.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}\n{text}"));
    assert!(row("Begroting 2027 en meerjarenraming").matches("Begroting 2027").count() == 2, "line beside item");
    assert!(row("Agenda vergadering Algemeen Bestuur").contains("kop, niet ingelezen"), "{text}");
    assert_eq!(item_count(&app), before, "nothing is written before Enter");
    assert_eq!(import_view(&app).other_date.as_deref(), Some("2026-10-29"), "the file's date is checked too");
    press(&mut app, KeyCode::Esc);
    assert!(import_view(&app).text().contains("5. Kadernota Brandweer 2027-2030"), "the file's text, to correct");
    app.handle_key(ctrl('s'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(item_count(&app), before, "the other date is said first");
    press(&mut app, KeyCode::Enter);
    assert!(item_count(&app) > before + 5, "the items were added");
}

#[test]
fn a_pdf_agenda_reads_the_same_way() {
    let mut app = demo_app(Lang::En);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    read_file(&mut app, &format!("{READ_DIR}/agenda_ab.pdf"));
    wait_for_reader(&mut app);
    let v = import_view(&app);
    let parsed = v.parsed.as_ref().expect("previewed");
    assert!(parsed.items.iter().any(|i| i.title.starts_with("Kadernota Brandweer")), "{:?}", parsed.items);
    assert!(screen(&app, 140, 12).contains("Text from agenda_ab.pdf"));
}

#[test]
fn a_refused_file_says_the_readers_sentence_and_changes_nothing() {
    for (file, lang, said) in [
        ("scan.pdf", Lang::Nl, "is het een scan?"),
        ("encrypted.pdf", Lang::Nl, "versleuteld"),
        ("encrypted.pdf", Lang::En, "encrypted"),
        ("", Lang::Nl, "notulen.txt bevat geen agendapunten"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let notes = dir.path().join("notulen.txt");
        std::fs::write(&notes, "Verslag van het overleg\nAanwezig: iedereen\nDe vergadering sluit om vier uur.\n")
            .unwrap();
        let path = if file.is_empty() { notes.display().to_string() } else { format!("{READ_DIR}/{file}") };
        let mut app = demo_app(lang);
        open_sg_24_march(&mut app);
        let before = item_count(&app);
        type_text(&mut app, "I");
        type_text(&mut app, "eigen tekst");
        read_file(&mut app, &path);
        wait_for_reader(&mut app);
        let text = screen(&app, 160, 12);
        assert!(text.contains(said), "{file}: {text}");
        let v = import_view(&app);
        assert_eq!(v.text(), "eigen tekst", "{file}: what was typed stays");
        assert!(v.parsed.is_none(), "{file}");
        assert_eq!(item_count(&app), before);
        type_text(&mut app, "!");
        assert!(!screen(&app, 160, 12).contains(said), "the next key clears the sentence");
    }
}

#[test]
fn a_missing_path_keeps_the_prompt_open_to_correct_it() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    read_file(&mut app, &format!("{READ_DIR}/geen_agenda.docx"));
    assert_eq!(app.mode(), annoteer::tui::keymap::Mode::EditLine, "the prompt stays");
    let status = app.status.clone().expect("a message");
    assert!(status.error && status.text.contains("geen_agenda.docx bestaat niet"), "{status:?}");
    assert!(import_view(&app).reading.is_none());
}

#[test]
fn reading_is_said_while_it_lasts_and_keys_wait() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    read_file(&mut app, &format!("{READ_DIR}/agenda_book.pdf"));
    if import_view(&app).reading.is_some() {
        assert!(screen(&app, 120, 8).contains("Bezig met lezen van agenda_book.pdf"));
        type_text(&mut app, "x");
    }
    wait_for_reader(&mut app);
    assert!(!import_view(&app).text().contains('x'), "no key went into the text meanwhile");
    assert!(import_view(&app).parsed.is_some());
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
        "Importeren ongedaan gemaakt: 2 punten weer van de agenda; toets u om ze terug te zetten."
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

#[test]
fn ctrl_u_in_the_paste_deletes_to_the_start_of_the_line() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "I");
    type_text(&mut app, "1. Opening");
    app.handle_key(ctrl('u'));
    assert_eq!(import_view(&app).input.lines(), [""], "the line is gone, not its last letter");
}

#[test]
fn an_agenda_of_another_date_for_an_empty_meeting_is_said_and_added_at_once() {
    let mut store = annoteer::store::Store::open_in_memory().unwrap();
    let draft = annoteer::domain::MeetingDraft { body: "KLO".into(), date: "2027-01-15".into(), ..Default::default() };
    store.create_meeting(&draft).unwrap();
    let mut app = App::new(store, Lang::Nl);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "I");
    app.handle_command(Command::Paste("Agenda KLO 29 oktober 2026\n1. Opening\n2. Rondvraag\n".into()));
    app.handle_key(ctrl('s'));
    let text = screen(&app, 140, 14);
    assert!(text.contains("De geplakte agenda noemt als datum 29 oktober 2026"), "said: {text}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(numbered_titles(&app).len(), 2, "added on the first Enter: nothing to add it to wrongly");
}
