//! `x` and `p` in the TUI (issue 14): `x` asks for the format and the file, proposes the folder and format
//! of last time with a name that says what it is, and says where it wrote; `x` on the decisions screen
//! writes the decision and action list; `p` shows the memo as it reads, `m` the markdown.

mod tui_support;

use annoteer::locale::Lang;
use annoteer::memo::{decisions_document, docx_memo, render_memo, DocxOptions};
use annoteer::tui::app::Screen;
use annoteer::tui::overlays::Overlay;
use crossterm::event::KeyCode;
use tui_support::*;

fn prompt_text(app: &annoteer::tui::app::App) -> String {
    match &app.overlay {
        Some(Overlay::Prompt(p)) => p.text(),
        _ => panic!("no prompt open"),
    }
}

fn picked(app: &annoteer::tui::app::App) -> String {
    match &app.overlay {
        Some(Overlay::Picker(p)) => p.options[p.selected].1.clone(),
        _ => panic!("no choice open"),
    }
}

#[test]
fn x_asks_format_and_file_writes_it_and_remembers_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(Lang::Nl);
    app.store.set_setting("tui.export_dir", dir.path().to_str().unwrap()).unwrap();
    open_sg_24_march(&mut app);
    type_text(&mut app, "x");
    assert_eq!(picked(&app), "docx", "Word the first time");
    let shown = screen(&app, 100, 30);
    assert!(shown.contains("Memo schrijven als") && shown.contains("Word-document (.docx)"), "{shown}");
    press(&mut app, KeyCode::Enter);
    let proposed = dir.path().join("2022-03-24 Stuurgroep MIT – geannoteerde agenda.docx");
    assert_eq!(prompt_text(&app), proposed.display().to_string());
    press(&mut app, KeyCode::Enter);
    let Screen::Agenda(v) = app.screen() else { panic!("back on the agenda") };
    let record = app.store.meeting_record(v.meeting_id).unwrap();
    assert_eq!(std::fs::read(&proposed).unwrap(), docx_memo(&record, &DocxOptions::default()));
    let status = app.status.as_ref().unwrap();
    assert!(!status.error && status.text.contains(proposed.to_str().unwrap()), "{}", status.text);

    // Markdown into another folder: the name is typed over, a bare name lands in the folder proposed.
    let other = tempfile::tempdir().unwrap();
    type_text(&mut app, "x");
    press(&mut app, KeyCode::Down);
    assert_eq!(picked(&app), "md");
    press(&mut app, KeyCode::Enter);
    assert!(prompt_text(&app).ends_with("geannoteerde agenda.md"), "{}", prompt_text(&app));
    for _ in 0..prompt_text(&app).chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, &format!("{}/memo", other.path().display()));
    press(&mut app, KeyCode::Enter);
    let md = other.path().join("memo.md");
    assert_eq!(std::fs::read_to_string(&md).unwrap(), render_memo(&record), "the extension of the format chosen");

    // The next x proposes that format and that folder.
    type_text(&mut app, "x");
    assert_eq!(picked(&app), "md");
    press(&mut app, KeyCode::Enter);
    let again = other.path().canonicalize().unwrap().join("2022-03-24 Stuurgroep MIT – geannoteerde agenda.md");
    assert_eq!(prompt_text(&app), again.display().to_string());
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(!again.exists(), "Esc writes nothing");
}

#[test]
fn a_file_that_cannot_be_written_keeps_the_prompt_open_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(Lang::Nl);
    app.store.set_setting("tui.export_dir", dir.path().to_str().unwrap()).unwrap();
    open_sg_24_march(&mut app);
    type_text(&mut app, "x");
    press(&mut app, KeyCode::Enter);
    for _ in 0..prompt_text(&app).chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "/nonexistent/folder/memo.docx");
    press(&mut app, KeyCode::Enter);
    assert!(app.status.as_ref().is_some_and(|s| s.error), "the reason is said");
    assert_eq!(prompt_text(&app), "/nonexistent/folder/memo.docx", "what was typed stays");
    assert_eq!(app.store.setting("tui.export_dir").unwrap().as_deref(), dir.path().to_str(), "not remembered");
}

#[test]
fn x_on_the_decisions_screen_writes_the_decision_and_action_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(Lang::Nl);
    app.store.set_setting("tui.export_dir", dir.path().to_str().unwrap()).unwrap();
    open_sg_24_march(&mut app);
    type_text(&mut app, "b");
    assert!(matches!(app.screen(), Screen::Decisions(_)));
    type_text(&mut app, "x");
    assert!(screen(&app, 100, 30).contains("Besluiten- en actielijst schrijven als"));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let path = dir.path().join("2022-03-24 Stuurgroep MIT – besluiten- en actielijst.md");
    assert_eq!(prompt_text(&app), path.display().to_string());
    press(&mut app, KeyCode::Enter);
    let Screen::Decisions(v) = app.screen() else { panic!("still on the decisions screen") };
    let record = app.store.meeting_record(v.meeting_id).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), decisions_document(&record).to_markdown());
    assert!(app.status.as_ref().unwrap().text.starts_with("Besluiten- en actielijst geschreven naar"));
}

#[test]
fn p_shows_the_memo_as_it_reads_and_m_the_markdown() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "p");
    let rendered = screen(&app, 110, 40);
    assert!(rendered.contains("│ Nr. │ Agendapunt"), "the overview drawn with lines:\n{rendered}");
    assert!(rendered.contains("Datum:   donderdag 24 maart 2022"), "{rendered}");
    assert!(!rendered.contains("**"), "no markdown in the rendered view:\n{rendered}");
    type_text(&mut app, "m");
    let raw = screen(&app, 110, 40);
    assert!(raw.contains("title: \"Geannoteerde agenda\"") && raw.contains("(markdown)"), "{raw}");
    let Screen::Preview(v) = app.screen() else { panic!("no preview") };
    let Screen::Agenda(_) = &app.screens[app.screens.len() - 2] else { panic!() };
    assert_eq!(v.text, render_memo(&app.store.meeting_record(v.meeting_id).unwrap()), "the markdown x writes");
    press(&mut app, KeyCode::Tab);
    assert!(screen(&app, 110, 40).contains("│ Nr. │"), "Tab goes back to the memo as it reads");
    press(&mut app, KeyCode::PageDown);
    let Screen::Preview(v) = app.screen() else { panic!() };
    assert_eq!(v.scroll, 10);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Agenda(_)));
}

#[test]
fn the_agenda_says_the_weekday_of_its_meeting() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    assert!(screen(&app, 110, 20).contains("Stuurgroep MIT · donderdag 24 maart 2022"));
    let mut app = demo_app(Lang::En);
    open_sg_24_march(&mut app);
    assert!(screen(&app, 110, 20).contains("Stuurgroep MIT · Thursday 24 March 2022"));
}

#[test]
fn x_on_the_action_list_writes_the_list_as_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(Lang::Nl);
    app.store.set_setting("tui.export_dir", dir.path().to_str().unwrap()).unwrap();
    type_text(&mut app, "A");
    // Another order than the first: the file follows the screen.
    type_text(&mut app, "s");
    let Screen::ActionList(v) = app.screen() else { panic!("no action list") };
    let today = v.today;
    let ids: Vec<_> = v.shown().map(|e| e.row.action.id).collect();
    assert!(!ids.is_empty(), "the demo has open action points");
    // The reader of the file does not see the screen: the filters and the order are named.
    let shown = format!(
        "{} van {} actiepunten: open, elke deadline, alle gremia, iedereen; op code",
        v.listing.shown.len(),
        v.listing.total
    );
    type_text(&mut app, "x");
    assert!(screen(&app, 100, 30).contains("Actielijst schrijven als"));
    press(&mut app, KeyCode::Enter);
    let path = dir.path().join(format!("{} actielijst.docx", today.iso()));
    assert_eq!(prompt_text(&app), path.display().to_string());
    press(&mut app, KeyCode::Enter);
    let all = app.store.action_list(true).unwrap();
    let rows: Vec<_> = ids.iter().map(|id| all.iter().find(|r| r.action.id == *id).unwrap()).collect();
    let expected = annoteer::memo::action_list_document(&rows, &shown, today).to_docx(&DocxOptions::default());
    assert_eq!(std::fs::read(&path).unwrap(), expected, "the action points shown, in the order shown");
    assert!(app.status.as_ref().unwrap().text.starts_with("Actielijst geschreven naar"));
}

/// F24: a memo file that exists (perhaps edited in Word since) is never replaced by two Enters: `x` asks,
/// Enter writes beside it under a free name, Esc writes nothing, and only the explicit choice overwrites.
#[test]
fn an_existing_file_is_never_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(Lang::Nl);
    app.store.set_setting("tui.export_dir", dir.path().to_str().unwrap()).unwrap();
    open_sg_24_march(&mut app);
    let memo = dir.path().join("2022-03-24 Stuurgroep MIT – geannoteerde agenda.docx");
    std::fs::write(&memo, b"edited in Word").unwrap();

    type_text(&mut app, "x");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("bestaat al — overschrijven?"), "{shown}");
    assert_eq!(picked(&app), "new", "the safe choice is the one selected");
    assert_eq!(std::fs::read(&memo).unwrap(), b"edited in Word");

    // Enter: written beside it, the old file untouched.
    press(&mut app, KeyCode::Enter);
    let beside = dir.path().join("2022-03-24 Stuurgroep MIT – geannoteerde agenda (2).docx");
    assert!(beside.is_file(), "{}", app.status.as_ref().unwrap().text);
    assert_eq!(std::fs::read(&memo).unwrap(), b"edited in Word");
    assert!(app.status.as_ref().unwrap().text.contains("(2).docx"));

    // Esc at the question: nothing written, and it says so.
    type_text(&mut app, "x");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert!(app.status.as_ref().unwrap().text.contains("ongewijzigd"));
    assert!(!dir.path().join("2022-03-24 Stuurgroep MIT – geannoteerde agenda (3).docx").exists());
    assert_eq!(std::fs::read(&memo).unwrap(), b"edited in Word");

    // "Andere naam typen" goes back to the name; overwriting only when chosen.
    type_text(&mut app, "x");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(prompt_text(&app), memo.display().to_string());
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    assert_eq!(picked(&app), "over");
    press(&mut app, KeyCode::Enter);
    assert_ne!(std::fs::read(&memo).unwrap(), b"edited in Word", "overwritten when the user chose so");
}
