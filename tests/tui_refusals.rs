//! The screens say the store's refusals in the screen's language, and the refused input changes nothing.

mod tui_support;

use annoteer::locale::Lang;
use crossterm::event::KeyCode;
use tui_support::*;

/// Links `dir` itself (a folder) to the selected item of the 24 March agenda, as a user types it.
fn link_a_folder(lang: Lang, dir: &std::path::Path) -> (String, usize) {
    let mut app = demo_app(lang);
    open_sg_24_march(&mut app);
    let id = agenda(&app).selected_id().unwrap();
    let before = app.store.item_documents(id).unwrap().len();
    type_text(&mut app, "D");
    type_text(&mut app, "a");
    app.handle_command(annoteer::tui::command::Command::Paste(dir.display().to_string()));
    press(&mut app, KeyCode::Enter);
    let after = app.store.item_documents(id).unwrap().len();
    assert_eq!(after, before, "a folder was linked");
    (status(&app), after)
}

#[test]
fn a_folder_linked_as_a_paper_is_refused_in_the_screens_language() {
    let dir = tempfile::tempdir().unwrap();
    let shown = dir.path().display().to_string();
    let (nl, _) = link_a_folder(Lang::Nl, dir.path());
    assert_eq!(nl, format!("{shown} is een map, geen bestand; koppel een bestand daarin"));
    let (en, _) = link_a_folder(Lang::En, dir.path());
    assert_eq!(en, format!("{shown} is a folder, not a file; link a file in it"));
}

#[test]
fn a_part_without_a_title_is_refused_in_the_screens_language() {
    for (lang, said) in [
        (Lang::Nl, "een deel heeft een titel nodig, zoals \"Deel 1: Reguliere Stuurgroep\""),
        (Lang::En, "a part needs a title, such as \"Deel 1: Reguliere Stuurgroep\""),
    ] {
        let mut app = demo_app(lang);
        open_sg_24_march(&mut app);
        let meeting = agenda(&app).meeting_id;
        let before = app.store.parts(meeting).unwrap();
        type_text(&mut app, "m");
        type_text(&mut app, "a");
        type_text(&mut app, "   ");
        press(&mut app, KeyCode::Enter);
        assert_eq!(status(&app), said);
        assert_eq!(app.store.parts(meeting).unwrap(), before, "{lang:?}: a part without a title was made");
    }
}

#[test]
fn describe_says_every_kind_of_refusal_in_dutch() {
    use annoteer::error::{FileRefusal, PaperRefusal, QueryRefusal};
    use annoteer::Error;
    let cases: Vec<(Error, &str)> = vec![
        (PaperRefusal::PathEmpty.into(), "het pad van het document is leeg"),
        (QueryRefusal::NoDaysLeft.into(), "de datumfilters laten geen dagen over: het begin ligt na het eind"),
        (
            FileRefusal::NoSuchFolder("/nergens".into()).into(),
            "de map /nergens bestaat niet; het memo is niet geschreven",
        ),
        (Error::NotFound { what: "agenda item", id: 9 }, "agendapunt 9 bestaat niet"),
        (
            Error::file(
                annoteer::error::FileDoing::WriteExport,
                "/x/memo.md",
                std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            ),
            "kan het memo niet schrijven naar /x/memo.md: geen toestemming (toegang geweigerd); er is niets geschreven",
        ),
    ];
    for (e, nl) in cases {
        assert_eq!(Lang::Nl.describe(&e), nl);
        assert_eq!(Lang::En.describe(&e), e.to_string(), "English is the sentence the error displays");
        assert_ne!(Lang::Nl.describe(&e), e.to_string());
    }
}

#[test]
fn a_memo_into_a_missing_folder_is_refused_in_the_screens_language() {
    for (lang, said) in [
        (Lang::Nl, "de map /nonexistent/folder bestaat niet; het memo is niet geschreven"),
        (Lang::En, "the directory /nonexistent/folder does not exist; the memo was not written"),
    ] {
        let mut app = demo_app(lang);
        open_sg_24_march(&mut app);
        type_text(&mut app, "x");
        press(&mut app, KeyCode::Enter);
        // The prompt proposes a file name; it is replaced by one in a folder that does not exist.
        for _ in 0..300 {
            press(&mut app, KeyCode::Backspace);
        }
        type_text(&mut app, "/nonexistent/folder/memo.docx");
        press(&mut app, KeyCode::Enter);
        assert!(app.status.as_ref().is_some_and(|s| s.error), "{lang:?}: no refusal said");
        assert_eq!(status(&app), said);
        assert!(!std::path::Path::new("/nonexistent/folder/memo.docx").exists());
    }
}
