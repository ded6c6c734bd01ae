//! A mail on the import screen (Ctrl-O with a .eml or .msg): what the import will do is shown first (body,
//! date with its weekday, the items, which attachment was the agenda, where each paper goes), `b`/`d`
//! correct body and date, Enter imports all of it as `annoteer import mail` does, Esc changes nothing.

mod tui_support;

use annoteer::domain::MeetingId;
use annoteer::locale::Lang;
use annoteer::store::{PaperPlace, DOCUMENT_BASE_SETTING};
use annoteer::tui::app::{App, Screen};
use annoteer::tui::keymap::Mode;
use annoteer::tui::overlays::Overlay;
use annoteer::tui::screens::mail_import::Proposed;
use annoteer::tui::screens::MailImportView;
use crossterm::event::KeyCode;
use std::io::Write;
use std::path::Path;
use tui_support::*;

const MAIL_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mail");

fn mail(name: &str) -> String {
    format!("{MAIL_DIR}/{name}")
}

/// The demo with the documents' base folder in `dir`, so the papers are saved there (not in ~/Documents).
fn app_saving_into(dir: &Path, lang: Lang) -> App {
    let mut store = demo_store();
    store.set_setting(DOCUMENT_BASE_SETTING, dir.to_str().unwrap()).unwrap();
    App::new(store, lang)
}

/// `I` on the agenda of Stuurgroep MIT 24 March 2022, Ctrl-O, the path, Enter; then the reader's answer.
fn read_mail_file(app: &mut App, path: &str) {
    if !matches!(app.screen(), Screen::Import(_)) {
        type_text(app, "I");
    }
    app.handle_key(ctrl('o'));
    type_text(app, path);
    press(app, KeyCode::Enter);
    for _ in 0..3000 {
        app.tick(std::time::Instant::now());
        match app.screen() {
            Screen::Import(v) if v.reading.is_some() || v.mail.is_some() => {}
            _ => return,
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the reader did not answer");
}

fn mail_view(app: &App) -> &MailImportView {
    match app.screen() {
        Screen::MailImport(v) => v,
        _ => panic!("not on the mail import screen:\n{}", screen(app, 110, 30)),
    }
}

fn meeting_count(app: &App) -> usize {
    app.store.meetings().unwrap().len()
}

#[test]
fn a_mail_shows_body_date_items_and_where_each_paper_goes_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    let before = meeting_count(&app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    let v = mail_view(&app);
    assert_eq!(v.body, "Stuurgroep MIT");
    assert_eq!(v.date.unwrap().iso(), "2026-12-10");
    assert_eq!((v.body_from, v.date_from), (Proposed::Mail, Proposed::Mail));
    let plan = v.plan.as_ref().expect("a plan");
    assert_eq!(plan.existing, None);
    assert_eq!(plan.to_add.items.len(), 8);
    let oplegger = plan.papers.iter().find(|p| p.name.contains("Oplegger")).unwrap();
    let item3 = plan.to_add.items.iter().position(|i| i.title.starts_with("Opdrachtbeschrijving")).unwrap();
    assert_eq!(oplegger.place, PaperPlace::NewItem(item3));
    let text = screen(&app, 120, 40);
    for shown in [
        "donderdag 10 december 2026",
        "Wordt een nieuwe vergadering: Stuurgroep MIT, donderdag 10 december 2026",
        "Agenda uit de bijlage \"Agenda Stuurgroep MIT 10 december 2026.txt\"",
        "Opdrachtbeschrijving LE t.a.v. MIT-capaciteit",
        "— de agenda zelf",
        "memo min.v6.0.docx → punt 5. Memo aan de minister over het MIT (bijlage)",
        "Jaarplanning vergaderingen 2027.docx → bij de vergadering",
        "Stuurgroep MIT 2026-12-10",
    ] {
        assert!(text.contains(shown), "{shown:?} not shown:\n{text}");
    }
    assert_eq!(meeting_count(&app), before, "nothing written before Enter");
    assert!(files_under(dir.path()).is_empty(), "no paper saved before Enter");
}

#[test]
fn enter_imports_it_all_and_lands_on_the_new_meetings_agenda_with_what_went_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    let before = meeting_count(&app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(meeting_count(&app), before + 1);
    let new = app.store.meetings().unwrap().into_iter().find(|m| m.date == "2026-12-10").unwrap();
    let a = agenda(&app);
    assert_eq!(a.meeting_id, new.id, "on the new meeting's agenda");
    assert_eq!(app.store.agenda(new.id).unwrap().len(), 8);
    let said = status(&app);
    assert!(said.starts_with("nieuwe vergadering: Stuurgroep MIT op 10 december 2026, 8 punten"), "{said}");
    let logged = &app.log.last().unwrap().0;
    assert!(
        logged.contains("memo min.v6.0.docx → punt 5. Memo aan de minister over het MIT (bijlage)")
            && logged.contains("niet bij een punt geplaatst (verplaats ze in het documentenscherm): Jaarplanning"),
        "the log holds the whole report: {logged}"
    );
    // The papers: saved 0600 in the meeting's folder, linked to their items with the mail as provenance.
    let saved = files_under(dir.path());
    assert_eq!(saved.len(), 7, "{saved:?}");
    let item5 = app.store.agenda(new.id).unwrap().into_iter().find(|i| i.number == "5").unwrap();
    let docs = app.store.item_documents(item5.id).unwrap();
    assert_eq!(docs.len(), 1);
    assert!(docs[0].document.path.ends_with("memo min.v6.0.docx"));
    let source = app.store.document_source(docs[0].document.id).unwrap().expect("the mail as provenance");
    assert_eq!((source.sender.as_str(), source.sent.as_str()), ("Bestuurssecretariaat", "2026-12-02"));
    let meeting_papers = app.store.meeting_documents(new.id).unwrap();
    assert!(meeting_papers.iter().any(|d| d.document.path.ends_with("Jaarplanning vergaderingen 2027.docx")));
}

#[test]
fn esc_goes_back_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    let before = meeting_count(&app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Import(_)), "back on the import screen");
    assert_eq!(status(&app), "Mail niet geïmporteerd; er is niets veranderd.");
    assert_eq!(meeting_count(&app), before);
    assert!(files_under(dir.path()).is_empty());
}

#[test]
fn body_and_date_are_corrected_with_b_and_d_and_a_wrong_weekday_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    type_text(&mut app, "d");
    assert_eq!(app.mode(), Mode::EditLine);
    match &app.overlay {
        Some(Overlay::Prompt(p)) => assert_eq!(p.text(), "10 december 2026", "the proposed date, to edit"),
        _ => panic!("no prompt"),
    }
    app.handle_key(ctrl('u'));
    type_text(&mut app, "vrijdag 10 december 2026");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::EditLine, "the prompt stays with the text to correct");
    assert!(status(&app).contains("10 december 2026 valt op een donderdag"), "{}", status(&app));
    assert_eq!(mail_view(&app).date.unwrap().iso(), "2026-12-10");
    app.handle_key(ctrl('u'));
    type_text(&mut app, "8 maart 2022");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "b");
    app.handle_key(ctrl('u'));
    type_text(&mut app, "KLO");
    press(&mut app, KeyCode::Enter);
    let v = mail_view(&app);
    assert_eq!((v.body.as_str(), v.date.unwrap().iso().as_str()), ("KLO", "2022-03-08"));
    assert_eq!((v.body_from, v.date_from), (Proposed::Typed, Proposed::Typed));
    let klo = app.store.meetings().unwrap().into_iter().find(|m| m.body == "KLO").unwrap().id;
    assert_eq!(v.plan.as_ref().unwrap().existing, Some(klo), "planned again: the demo's KLO of 8 March");
    let text = screen(&app, 120, 40);
    assert!(text.contains("Voegt toe aan KLO, dinsdag 8 maart 2022"), "{text}");
    assert!(text.contains("getypt"), "{text}");
    // An empty body is refused in the prompt.
    type_text(&mut app, "b");
    app.handle_key(ctrl('u'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::EditLine);
    assert_eq!(status(&app), "Geef de naam van het gremium.");
}

#[test]
fn a_later_mail_adds_to_the_meeting_says_so_and_takes_the_newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    press(&mut app, KeyCode::Enter);
    let meetings = meeting_count(&app);
    let new: MeetingId = agenda(&app).meeting_id;
    read_mail_file(&mut app, &mail("second_mail.eml"));
    let text = screen(&app, 120, 40);
    assert!(text.contains("Voegt toe aan Stuurgroep MIT, donderdag 10 december 2026"), "{text}");
    assert!(
        text.contains("memo min.v6.1.docx → punt 5. Memo aan de minister over het MIT (bijlage), nieuwere"),
        "{text}"
    );
    assert!(text.contains("Toelichting.txt: al bij de vergadering, hetzelfde bestand als Toelichting.txt"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(meeting_count(&app), meetings, "no second meeting");
    assert_eq!(agenda(&app).meeting_id, new);
    assert!(status(&app).starts_with("aangevuld: de vergadering van Stuurgroep MIT op 10 december 2026 bestond al"));
    let item5 = app.store.agenda(new).unwrap().into_iter().find(|i| i.number == "5").unwrap();
    let docs = app.store.item_documents(item5.id).unwrap();
    assert!(docs.iter().any(|d| d.document.path.ends_with("memo min.v6.1.docx")), "{docs:?}");
}

#[test]
fn a_damaged_mail_is_refused_in_one_sentence_and_nothing_changes() {
    for (lang, words) in [(Lang::Nl, "afgekapt of beschadigd"), (Lang::En, "damaged; save it again")] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_saving_into(dir.path(), lang);
        open_sg_24_march(&mut app);
        let before = meeting_count(&app);
        read_mail_file(&mut app, &mail("cut_off.eml"));
        assert!(matches!(app.screen(), Screen::Import(_)));
        let text = screen(&app, 120, 20);
        assert!(text.contains("cut_off.eml:") && text.contains(words), "{text}");
        assert_eq!(meeting_count(&app), before);
    }
}

#[test]
fn no_agenda_and_no_meeting_to_add_to_cannot_be_imported_and_enter_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    let before = meeting_count(&app);
    read_mail_file(&mut app, &mail("no_agenda.eml"));
    // The demo has KLO of 8 March 2022: the papers would go there. Another body has no such meeting.
    assert!(mail_view(&app).plan.is_ok());
    type_text(&mut app, "b");
    app.handle_key(ctrl('u'));
    type_text(&mut app, "Raad van Toezicht");
    press(&mut app, KeyCode::Enter);
    let v = mail_view(&app);
    let why = v.plan.as_ref().expect_err("no plan").clone();
    assert!(why.starts_with("no_agenda.eml: in de mail staat geen agenda"), "{why}");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::MailImport(_)));
    assert!(app.status.as_ref().unwrap().error);
    assert_eq!(status(&app), why);
    assert_eq!(meeting_count(&app), before);
    assert!(files_under(dir.path()).is_empty());
}

#[test]
fn a_folder_that_cannot_be_made_fails_the_whole_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    // Where the meeting's folder would go, a file stands.
    std::fs::write(dir.path().join("Stuurgroep MIT 2026-12-10"), "in the way").unwrap();
    open_sg_24_march(&mut app);
    let before = meeting_count(&app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::MailImport(_)), "stays, to go back with Esc");
    assert!(status(&app).contains("is een bestand, geen map; er is niets opgeslagen"), "{}", status(&app));
    assert_eq!(meeting_count(&app), before);
    assert_eq!(files_under(dir.path()).len(), 1, "only the file that was there");
}

#[test]
fn the_screen_speaks_english_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::En);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    let text = screen(&app, 120, 40);
    for shown in [
        "Becomes a new meeting: Stuurgroep MIT, Thursday 10 December 2026",
        "Agenda from the attachment",
        "Jaarplanning vergaderingen 2027.docx → with the meeting",
        "Enter import · b body · d date · Esc back (nothing changes)",
    ] {
        assert!(text.contains(shown), "{shown:?} not shown:\n{text}");
    }
    press(&mut app, KeyCode::Enter);
    assert!(status(&app).starts_with("new meeting: Stuurgroep MIT on 10 December 2026, 8 items"), "{}", status(&app));
}

#[test]
fn a_mail_that_names_no_body_or_date_proposes_the_open_meetings() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, &mail("undated.eml"));
    let v = mail_view(&app);
    assert_eq!((v.body.as_str(), v.date.unwrap().iso().as_str()), ("Stuurgroep MIT", "2022-03-24"));
    assert_eq!((v.body_from, v.date_from), (Proposed::Meeting, Proposed::Meeting));
    assert!(screen(&app, 120, 40).contains("van de geopende vergadering: de mail noemt het niet"));
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// An Outlook message as tests/mail_msg.rs writes one ([MS-OXMSG] streams in a compound file).
fn write_msg(path: &Path, subject: &str, body: &str, attachments: &[(&str, &[u8])]) {
    let mut file = cfb::create(path).unwrap();
    let put = |file: &mut cfb::CompoundFile<std::fs::File>, p: &str, bytes: &[u8]| {
        file.create_stream(p).unwrap().write_all(bytes).unwrap();
    };
    let mut props = vec![0u8; 32];
    // Wednesday 2 December 2026, 09:12 UTC, as a FILETIME.
    let filetime: u64 = (1_796_202_720 + 11_644_473_600) * 10_000_000;
    props.extend_from_slice(&0x0039_0040u32.to_le_bytes());
    props.extend_from_slice(&6u32.to_le_bytes());
    props.extend_from_slice(&filetime.to_le_bytes());
    put(&mut file, "/__properties_version1.0", &props);
    put(&mut file, "/__substg1.0_0037001F", &utf16(subject));
    put(&mut file, "/__substg1.0_1000001F", &utf16(body));
    put(&mut file, "/__substg1.0_0C1A001F", &utf16("Bestuurssecretariaat"));
    for (i, (name, data)) in attachments.iter().enumerate() {
        let dir = format!("/__attach_version1.0_#{i:08X}");
        file.create_storage(&dir).unwrap();
        put(&mut file, &format!("{dir}/__properties_version1.0"), &[0u8; 8]);
        put(&mut file, &format!("{dir}/__substg1.0_3707001F"), &utf16(name));
        put(&mut file, &format!("{dir}/__substg1.0_37010102"), data);
    }
    file.flush().unwrap();
}

#[test]
fn an_outlook_msg_is_recognised_by_its_content_and_imported_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let papers = dir.path().join("stukken");
    std::fs::create_dir(&papers).unwrap();
    let mut app = app_saving_into(&papers, Lang::Nl);
    // No .msg in the name: the content says what it is.
    let msg = dir.path().join("opgeslagen bericht");
    write_msg(
        &msg,
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        "Beste leden,\r\n\r\n1. Opening\r\n2. Verslag Stuurgroep 12 november 2026\r\nTer vaststelling\r\n3. Rondvraag\r\n",
        &[("Verslag Stuurgroep 12 november 2026.txt", b"Verslag van de vergadering van 12 november")],
    );
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, msg.to_str().unwrap());
    let text = screen(&app, 120, 40);
    assert!(text.contains("Agenda uit de tekst van de mail"), "{text}");
    assert!(
        text.contains(
            "Verslag Stuurgroep 12 november 2026.txt → punt 2. Verslag Stuurgroep 12 november 2026 (verslag)"
        ),
        "{text}"
    );
    press(&mut app, KeyCode::Enter);
    let m = agenda(&app).meeting_id;
    assert_eq!(app.store.agenda(m).unwrap().len(), 3);
    assert_eq!(files_under(&papers).len(), 1);
}

#[test]
fn a_word_file_still_goes_into_the_pasted_text() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/read/agenda_ab.docx"));
    match app.screen() {
        Screen::Import(v) => assert!(v.parsed.is_some(), "read into the preview, as before"),
        _ => panic!("not on the import screen"),
    }
}

/// Walk-through G26: the meeting made elsewhere while the screen stood open is not made a second time.
#[test]
fn a_meeting_made_elsewhere_meanwhile_is_added_to_not_made_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    assert!(mail_view(&app).plan.as_ref().unwrap().existing.is_none(), "a new meeting, as planned");
    // Another window makes the meeting.
    let draft = annoteer::domain::MeetingDraft {
        body: "Stuurgroep MIT".into(),
        date: "2026-12-10".into(),
        ..Default::default()
    };
    let made = app.store.create_meeting(&draft).unwrap();
    let before = meeting_count(&app);
    press(&mut app, KeyCode::Enter);
    assert!(status(&app).starts_with("Intussen is er elders iets veranderd"), "{}", status(&app));
    assert_eq!(meeting_count(&app), before, "nothing made on the Enter that found the change");
    assert_eq!(mail_view(&app).plan.as_ref().unwrap().existing, Some(made), "the plan shown now adds to it");
    press(&mut app, KeyCode::Enter);
    assert_eq!(meeting_count(&app), before, "no second meeting of Stuurgroep MIT on 10 December");
    assert_eq!(app.store.agenda(made).unwrap().len(), 8);
}

/// Walk-through G2: added to a meeting with items, the new ones are said to go after those.
#[test]
fn items_added_to_a_meeting_are_said_to_go_after_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(dir.path(), Lang::Nl);
    open_sg_24_march(&mut app);
    read_mail_file(&mut app, &mail("agenda_attachment.eml"));
    press(&mut app, KeyCode::Enter);
    read_mail_file(&mut app, &mail("addition.eml"));
    let plan = mail_view(&app).plan.as_ref().unwrap();
    assert!(plan.existing.is_some() && !plan.to_add.items.is_empty(), "an addition to the meeting");
    let text = screen(&app, 140, 40);
    assert!(text.contains("Ze komen achteraan, na de 8 punten die er al staan"), "{text}");
}
