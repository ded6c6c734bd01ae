//! The documents screen and a mail's papers: the meeting's unplaced papers are listed under the item's,
//! the selected paper's mail is shown, `t` puts one with the item, `d` unlinks one from the meeting.

mod tui_support;

use annoteer::domain::{DocRole, DocSource, DocumentId, MeetingId};
use annoteer::locale::Lang;
use annoteer::store::{MailImport, MailMeeting, PaperLink, PaperPlace};
use annoteer::tui::app::{App, Screen};
use crossterm::event::KeyCode;
use tui_support::*;

/// The demo dossier with two papers from a mail at the meeting of 24 March 2022, placed with no item.
fn app_with_mail_papers(dir: &std::path::Path) -> (App, MeetingId, Vec<DocumentId>) {
    let mut store = demo_store();
    let meeting = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let mut papers = Vec::new();
    for name in ["20220302 Bijlage bij opdracht Landelijke Eenheid.docx", "Jaarplanning 2022.docx"] {
        let path = dir.join(name);
        std::fs::write(&path, name).unwrap();
        papers.push(PaperLink { path, place: PaperPlace::Meeting, role: DocRole::Bijlage, replaces: None });
    }
    let import = MailImport {
        meeting: MailMeeting::Existing(meeting),
        agenda: Default::default(),
        papers,
        moves: Vec::new(),
        source: DocSource {
            sender: "Bestuurssecretariaat".into(),
            sent: "2022-03-02".into(),
            subject: "RE: Opdracht LE MIT in KLO 8 maart".into(),
        },
    };
    let done = store.import_mail(&import).unwrap();
    (App::new(store, Lang::Nl), meeting, done.documents)
}

#[test]
fn t_puts_a_paper_of_the_meeting_with_the_item() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, meeting, docs) = app_with_mail_papers(dir.path());
    open_sg_24_march(&mut app);
    let item = agenda(&app).selected_id().unwrap();
    type_text(&mut app, "D");
    assert!(matches!(app.screen(), Screen::Documents(_)));
    let text = screen(&app, 110, 14);
    assert!(text.contains("Bij de vergadering, nog bij geen punt"), "{text}");
    assert!(text.contains("Jaarplanning 2022.docx"), "{text}");
    // The item has no papers of its own in the demo: the first row is the meeting's first paper.
    let own = app.store.item_documents(item).unwrap().len();
    for _ in 0..own + 1 {
        type_text(&mut app, "j");
    }
    let text = screen(&app, 110, 14);
    assert!(
        text.contains("uit mail van Bestuurssecretariaat, 2 maart 2022 — RE: Opdracht LE MIT in KLO 8 maart"),
        "{text}"
    );
    type_text(&mut app, "t");
    assert_eq!(app.status.as_ref().unwrap().text, "Het stuk staat nu bij dit punt.");
    let linked: Vec<DocumentId> = app.store.item_documents(item).unwrap().iter().map(|d| d.document.id).collect();
    assert!(linked.contains(&docs[1]), "{linked:?}");
    let left: Vec<DocumentId> = app.store.meeting_documents(meeting).unwrap().iter().map(|d| d.document.id).collect();
    assert_eq!(left, vec![docs[0]]);
    // Its mail goes with it.
    assert_eq!(app.store.document_source(docs[1]).unwrap().unwrap().sender, "Bestuurssecretariaat");
    // t on a paper of the item itself says so and changes nothing.
    type_text(&mut app, "t");
    assert_eq!(app.status.as_ref().unwrap().text, "Dit stuk staat al bij dit punt.");
}

#[test]
fn d_unlinks_a_paper_from_the_meeting_and_r_asks_to_place_it_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, meeting, docs) = app_with_mail_papers(dir.path());
    open_sg_24_march(&mut app);
    let item = agenda(&app).selected_id().unwrap();
    type_text(&mut app, "D");
    let own = app.store.item_documents(item).unwrap().len();
    for _ in 0..own {
        type_text(&mut app, "j");
    }
    type_text(&mut app, "r");
    assert!(app.status.as_ref().unwrap().text.contains("zet het eerst met t bij dit punt"), "{:?}", app.status);
    type_text(&mut app, "d");
    type_text(&mut app, "y");
    let left: Vec<DocumentId> = app.store.meeting_documents(meeting).unwrap().iter().map(|d| d.document.id).collect();
    assert_eq!(left, vec![docs[1]]);
    assert!(dir.path().join("20220302 Bijlage bij opdracht Landelijke Eenheid.docx").exists(), "the file stays");
    press(&mut app, KeyCode::Esc);
}
