//! `I` on the meetings list, also on an empty database: the path at once (Tab completes), then a saved
//! mail or an agenda file (Word, PDF, text) shown on the mail import's confirmation screen with body and
//! date proposed from it, `b`/`d` to correct them, what it does not say asked for; Enter makes the meeting
//! and lands on its agenda, Esc changes nothing; a file that cannot be read or holds no agenda is said in
//! one sentence and nothing is made.

mod tui_support;

use annoteer::locale::Lang;
use annoteer::store::{Store, DOCUMENT_BASE_SETTING};
use annoteer::tui::app::{App, Screen};
use annoteer::tui::keymap::Mode;
use annoteer::tui::overlays::{Overlay, PromptPurpose};
use annoteer::tui::screens::mail_import::Proposed;
use annoteer::tui::screens::MailImportView;
use crossterm::event::KeyCode;
use std::path::Path;
use tui_support::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const AB_BODY: &str = "Algemeen Bestuur Veiligheidsregio Midden";

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// An empty database whose papers (from a mail) go into `dir`, not into ~/Documents.
fn empty_saving_into(dir: &Path, lang: Lang) -> App {
    let mut store = Store::open_in_memory().unwrap();
    store.set_setting(DOCUMENT_BASE_SETTING, dir.to_str().unwrap()).unwrap();
    App::new(store, lang)
}

/// `I` on the meetings list, the path, Enter; then waits for the reader.
fn import_file(app: &mut App, path: &str) {
    assert!(matches!(app.screen(), Screen::Meetings(_)), "starts on the meetings list");
    type_text(app, "I");
    assert_eq!(app.mode(), Mode::EditLine, "the path is asked at once");
    type_text(app, path);
    press(app, KeyCode::Enter);
    for _ in 0..3000 {
        app.tick(std::time::Instant::now());
        match app.screen() {
            Screen::Meetings(v) if v.import.is_reading() => {}
            _ => return,
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the reader did not answer");
}

fn confirmation(app: &App) -> &MailImportView {
    match app.screen() {
        Screen::MailImport(v) => v,
        _ => panic!("not on the confirmation screen:\n{}", screen(app, 110, 30)),
    }
}

/// Nothing in the database: no meeting, and no body made on the way.
fn nothing_written(app: &App) {
    assert!(app.store.meetings().unwrap().is_empty(), "no meeting made");
    assert!(app.store.bodies().unwrap().is_empty(), "no body made");
}

#[test]
fn the_empty_list_and_help_say_that_i_imports_a_file() {
    let app = empty_app();
    let text = screen(&app, 80, 24);
    assert!(text.contains("Druk a om er een te maken, of I om een agenda"), "{text}");
    assert!(text.contains("\"te lezen."), "the hint is wrapped, not cut, at 80 columns:\n{text}");
    let en = App::new(Store::open_in_memory().unwrap(), Lang::En);
    let text = screen(&en, 100, 10);
    assert!(text.contains("No meetings yet. Press a to make one, or I to import an agenda or mail."), "{text}");
    let mut app = empty_app();
    type_text(&mut app, "?");
    let help = screen(&app, 100, 40);
    assert!(help.contains("agenda of mail inlezen als nieuwe vergadering"), "{help}");
}

#[test]
fn a_word_agenda_on_an_empty_database_becomes_a_meeting_with_its_items() {
    let mut app = empty_app();
    type_text(&mut app, "I");
    match &app.overlay {
        Some(Overlay::Prompt(p)) => assert!(matches!(p.purpose, PromptPurpose::ImportPath { .. })),
        _ => panic!("no path prompt"),
    }
    press(&mut app, KeyCode::Esc);
    import_file(&mut app, &fixture("read/agenda_ab.docx"));
    let v = confirmation(&app);
    assert_eq!(v.body, AB_BODY);
    assert_eq!(v.date.map(|d| d.iso()).as_deref(), Some("2026-10-29"));
    assert_eq!((v.body_from, v.date_from), (Proposed::Mail, Proposed::Mail));
    let plan = v.plan.as_ref().expect("a plan");
    assert_eq!(plan.existing, None);
    assert_eq!(plan.to_add.items.len(), 12);
    assert!(plan.papers.is_empty(), "the agenda file is not copied anywhere");
    let text = screen(&app, 110, 30);
    for shown in [
        "Agenda inlezen als vergadering: agenda_ab.docx",
        "(uit het bestand · b)",
        "donderdag 29 oktober 2026",
        "Wordt een nieuwe vergadering: Algemeen Bestuur Veiligheidsregio Midden, donderdag 29 oktober 2026",
        "Agenda uit het bestand \"agenda_ab.docx\"",
        "Begroting 2027 en meerjarenraming 2028-2030 · Ter besluitvorming",
    ] {
        assert!(text.contains(shown), "{shown:?} not shown:\n{text}");
    }
    assert!(!text.contains("Onderwerp"), "a file has no subject:\n{text}");
    nothing_written(&app);

    press(&mut app, KeyCode::Enter);
    let meetings = app.store.meetings().unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!((meetings[0].body.as_str(), meetings[0].date.as_str()), (AB_BODY, "2026-10-29"));
    let a = agenda(&app);
    assert_eq!(a.meeting_id, meetings[0].id, "lands on the new meeting's agenda");
    assert_eq!(app.store.agenda(meetings[0].id).unwrap().len(), 12);
    let titles = numbered_titles(&app);
    assert!(titles.contains(&"4 Begroting 2027 en meerjarenraming 2028-2030".to_string()), "{titles:?}");
    let said = status(&app);
    assert!(said.starts_with(&format!("nieuwe vergadering: {AB_BODY} op 29 oktober 2026, 12 punten")), "{said}");
    assert!(said.contains("agenda uit het bestand \"agenda_ab.docx\""), "{said}");
    // Esc: the meetings list, with the new meeting selected.
    press(&mut app, KeyCode::Esc);
    match app.screen() {
        Screen::Meetings(v) => assert_eq!(v.selected_id(), Some(meetings[0].id)),
        _ => panic!("not back on the list"),
    }
}

#[test]
fn a_mail_on_an_empty_database_is_imported_without_an_open_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = empty_saving_into(dir.path(), Lang::Nl);
    import_file(&mut app, &fixture("mail/agenda_attachment.eml"));
    let v = confirmation(&app);
    assert_eq!((v.body.as_str(), v.date.map(|d| d.iso())), ("Stuurgroep MIT", Some("2026-12-10".to_string())));
    assert_eq!(v.opened_from, None);
    let text = screen(&app, 120, 40);
    for shown in [
        "Mail importeren: agenda_attachment.eml",
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        "Wordt een nieuwe vergadering: Stuurgroep MIT, donderdag 10 december 2026",
        "memo min.v6.0.docx → punt 5. Memo aan de minister over het MIT (bijlage)",
    ] {
        assert!(text.contains(shown), "{shown:?} not shown:\n{text}");
    }
    nothing_written(&app);
    assert!(files_under(dir.path()).is_empty(), "no paper saved before Enter");

    press(&mut app, KeyCode::Enter);
    let meetings = app.store.meetings().unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!(agenda(&app).meeting_id, meetings[0].id);
    assert_eq!(app.store.agenda(meetings[0].id).unwrap().len(), 8);
    assert_eq!(files_under(dir.path()).len(), 7, "the papers saved");
    assert!(status(&app).starts_with("nieuwe vergadering: Stuurgroep MIT op 10 december 2026, 8 punten"));
}

#[test]
fn esc_on_the_confirmation_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = empty_saving_into(dir.path(), Lang::Nl);
    import_file(&mut app, &fixture("read/agenda_ab.docx"));
    confirmation(&app);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Meetings(_)), "back on the list");
    assert_eq!(status(&app), "Agenda niet ingelezen; er is niets veranderd.");
    nothing_written(&app);

    import_file(&mut app, &fixture("mail/agenda_attachment.eml"));
    confirmation(&app);
    press(&mut app, KeyCode::Esc);
    assert_eq!(status(&app), "Mail niet geïmporteerd; er is niets veranderd.");
    nothing_written(&app);
    assert!(files_under(dir.path()).is_empty());
}

#[test]
fn body_and_date_are_corrected_with_b_and_d_before_the_meeting_is_made() {
    let mut app = empty_app();
    import_file(&mut app, &fixture("read/agenda_ab.pdf"));
    assert_eq!(confirmation(&app).body, AB_BODY, "from the PDF's heading too");
    type_text(&mut app, "b");
    app.handle_key(ctrl('u'));
    type_text(&mut app, "AB VRM");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "d");
    match &app.overlay {
        Some(Overlay::Prompt(p)) => assert_eq!(p.text(), "29 oktober 2026", "the proposed date, to edit"),
        _ => panic!("no date prompt"),
    }
    app.handle_key(ctrl('u'));
    type_text(&mut app, "5-11-2026");
    press(&mut app, KeyCode::Enter);
    let v = confirmation(&app);
    assert_eq!((v.body.as_str(), v.date.map(|d| d.iso())), ("AB VRM", Some("2026-11-05".to_string())));
    assert_eq!((v.body_from, v.date_from), (Proposed::Typed, Proposed::Typed));
    assert!(screen(&app, 110, 30).contains("Wordt een nieuwe vergadering: AB VRM, donderdag 5 november 2026"));
    nothing_written(&app);
    press(&mut app, KeyCode::Enter);
    let meetings = app.store.meetings().unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!((meetings[0].body.as_str(), meetings[0].date.as_str()), ("AB VRM", "2026-11-05"));
    assert_eq!(app.store.agenda(meetings[0].id).unwrap().len(), 12);
}

#[test]
fn what_the_file_does_not_say_is_asked_for_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaal.txt");
    std::fs::write(&path, "Agenda\n\n1. Opening\n2. Verslag\n3. Rondvraag\n").unwrap();
    let mut app = empty_app();
    import_file(&mut app, path.to_str().unwrap());
    let v = confirmation(&app);
    assert_eq!((v.body.as_str(), v.date), ("", None));
    assert_eq!((v.body_from, v.date_from), (Proposed::Missing, Proposed::Missing));
    assert!(v.plan.is_err(), "nothing to import without body and date");
    match &app.overlay {
        Some(Overlay::Prompt(p)) => assert!(matches!(p.purpose, PromptPurpose::MailBody), "the body asked at once"),
        _ => panic!("no body prompt"),
    }
    assert_eq!(status(&app), "kaal.txt noemt het gremium niet: geef het op met b.");
    let text = screen(&app, 110, 30);
    assert!(text.contains("niet gevonden: geef het op"), "{text}");
    assert!(text.contains("Rondvraag"), "the items are shown while asking:\n{text}");
    type_text(&mut app, "Stuurgroep MIT");
    press(&mut app, KeyCode::Enter);
    match &app.overlay {
        Some(Overlay::Prompt(p)) => assert!(matches!(p.purpose, PromptPurpose::MailDate), "then the date"),
        _ => panic!("no date prompt"),
    }
    // Enter on the screen itself with the date still missing makes nothing.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    nothing_written(&app);
    assert!(status(&app).contains("kaal.txt noemt de datum niet"), "{}", status(&app));
    type_text(&mut app, "d");
    type_text(&mut app, "14-01-2027");
    press(&mut app, KeyCode::Enter);
    assert_eq!(confirmation(&app).plan.as_ref().unwrap().to_add.items.len(), 3);
    press(&mut app, KeyCode::Enter);
    let meetings = app.store.meetings().unwrap();
    assert_eq!((meetings[0].body.as_str(), meetings[0].date.as_str()), ("Stuurgroep MIT", "2027-01-14"));
}

#[test]
fn a_second_import_of_the_same_meeting_says_it_adds_to_it_and_makes_no_second_meeting() {
    let mut app = empty_app();
    import_file(&mut app, &fixture("read/agenda_ab.docx"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    let first = app.store.meetings().unwrap()[0].id;
    import_file(&mut app, &fixture("read/agenda_ab.pdf"));
    let v = confirmation(&app);
    assert_eq!(v.plan.as_ref().unwrap().existing, Some(first));
    let text = screen(&app, 110, 30);
    assert!(
        text.contains("Voegt toe aan Algemeen Bestuur Veiligheidsregio Midden, donderdag 29 oktober 2026"),
        "{text}"
    );
    assert!(text.contains("Geen nieuwe punten: de vergadering heeft ze al"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.meetings().unwrap().len(), 1, "no second meeting");
    assert_eq!(app.store.agenda(first).unwrap().len(), 12, "no item twice");
    assert_eq!(agenda(&app).meeting_id, first);
}

#[test]
fn a_scan_an_unreadable_file_or_one_without_items_is_said_and_nothing_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = empty_app();
    import_file(&mut app, &fixture("read/scan.pdf"));
    assert!(matches!(app.screen(), Screen::Meetings(_)));
    assert!(app.status.as_ref().unwrap().error);
    assert!(status(&app).contains("bevat geen tekst; is het een scan?"), "{}", status(&app));

    let letter = dir.path().join("brief.txt");
    std::fs::write(&letter, "Beste collega,\n\nDe stukken volgen morgen.\n").unwrap();
    import_file(&mut app, letter.to_str().unwrap());
    assert!(matches!(app.screen(), Screen::Meetings(_)));
    assert!(status(&app).starts_with("brief.txt bevat geen agendapunten"), "{}", status(&app));
    assert!(status(&app).ends_with("er is niets veranderd."));

    let cut = fixture("mail/cut_off.eml");
    import_file(&mut app, &cut);
    assert!(matches!(app.screen(), Screen::Meetings(_)), "a damaged mail is refused");
    assert!(status(&app).starts_with("cut_off.eml: "), "{}", status(&app));

    // A path that is not there: the prompt stays, with the path to correct.
    type_text(&mut app, "I");
    type_text(&mut app, "/nergens/agenda.docx");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::EditLine);
    assert!(status(&app).contains("/nergens/agenda.docx"), "{}", status(&app));
    press(&mut app, KeyCode::Esc);
    nothing_written(&app);
}

#[test]
fn in_english_the_confirmation_and_the_refusals_are_english() {
    let mut app = App::new(Store::open_in_memory().unwrap(), Lang::En);
    import_file(&mut app, &fixture("read/agenda_db.docx"));
    let text = screen(&app, 110, 30);
    assert!(text.contains("Import agenda as a meeting: agenda_db.docx"), "{text}");
    assert!(text.contains("Becomes a new meeting:"), "{text}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(status(&app), "Agenda not imported; nothing was changed.");
    import_file(&mut app, &fixture("read/scan.pdf"));
    assert!(status(&app).contains("scan"), "{}", status(&app));
    assert!(!status(&app).contains("bevat"), "{}", status(&app));
    nothing_written(&app);
}

/// The agenda as `annoteer import agenda FILE` makes it: the file read, parsed, and written in one go.
fn as_the_command_makes_it(path: &str) -> Vec<String> {
    let doc = annoteer::import::read::read_path(Path::new(path)).unwrap();
    let parsed = annoteer::import::agenda::parse_agenda(&doc.text);
    let mut store = Store::open_in_memory().unwrap();
    let draft = annoteer::domain::MeetingDraft {
        body: "AB".into(),
        date: "2026-10-29".into(),
        ..annoteer::domain::MeetingDraft::default()
    };
    let (m, _) = store.create_meeting_with_agenda(&draft, &annoteer::import::agenda_draft(&parsed)).unwrap();
    store.agenda(m).unwrap().into_iter().map(|i| format!("{} {} {:?}", i.number, i.title, i.treatment)).collect()
}

#[test]
fn the_items_and_their_numbering_are_those_the_import_agenda_command_makes() {
    for file in ["read/agenda_ab.docx", "read/agenda_db.pdf", "read/portal.html"] {
        let mut app = empty_app();
        import_file(&mut app, &fixture(file));
        if confirmation(&app).body.is_empty() {
            type_text(&mut app, "Raad");
            press(&mut app, KeyCode::Enter);
        }
        press(&mut app, KeyCode::Enter);
        let m = app.store.meetings().unwrap()[0].id;
        let made: Vec<String> = app
            .store
            .agenda(m)
            .unwrap()
            .into_iter()
            .map(|i| format!("{} {} {:?}", i.number, i.title, i.treatment))
            .collect();
        assert_eq!(made, as_the_command_makes_it(&fixture(file)), "{file}");
    }
    let mut app = empty_app();
    import_file(&mut app, &fixture("read/agenda_ab.docx"));
    press(&mut app, KeyCode::Enter);
    assert!(numbered_titles(&app).contains(&"3a Verslag van de vergadering van 24 september 2026".to_string()));
}

#[test]
fn a_file_dragged_into_the_terminal_arrives_quoted_and_is_read() {
    let mut app = empty_app();
    type_text(&mut app, "I");
    app.handle_event(crossterm::event::Event::Paste(format!("'{}' ", fixture("read/agenda_ab.docx"))));
    press(&mut app, KeyCode::Enter);
    for _ in 0..3000 {
        app.tick(std::time::Instant::now());
        if !matches!(app.screen(), Screen::Meetings(v) if v.import.is_reading()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(confirmation(&app).body, AB_BODY);
}
