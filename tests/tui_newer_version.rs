//! A newer version of a paper is noticed when the agenda opens, and `n` there links it (issue 16).

mod tui_support;
use annoteer::domain::DocRole;
use annoteer::locale::Lang;
use annoteer::tui::app::App;
use crossterm::event::KeyCode;
use tui_support::*;

#[test]
fn the_agenda_marks_a_newer_version_and_n_links_it() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("memo min.v6.0.docx");
    std::fs::write(&old, "versie 6.0").unwrap();
    let mut store = demo_store();
    let m = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let first = store.agenda(m).unwrap()[0].id;
    store.link_document(first, &old, DocRole::Bijlage).unwrap();
    // The newer version arrives after the link was made.
    std::fs::write(dir.path().join("memo min.v6.1.docx"), "versie 6.1").unwrap();
    let mut app = App::new(store, Lang::Nl);
    open_sg_24_march(&mut app);
    let text = screen(&app, 140, 40);
    assert!(text.contains("(nieuwer: memo min.v6.1.docx — n)"), "{text}");
    assert!(text.lines().any(|l| l.contains("│1 ") && l.contains("1↑")), "the papers column marks it:\n{text}");
    let bottom = text.lines().last().unwrap().to_string();
    assert!(bottom.contains("n nieuwere versie "), "n is on the status line: {bottom}");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.status.as_ref().unwrap().text, "De nieuwere versie is gekoppeld.");
    let linked = app.store.item_documents(first).unwrap();
    assert!(linked.iter().any(|d| d.document.path.ends_with("memo min.v6.1.docx")), "{linked:?}");
    assert!(!screen(&app, 140, 40).contains("(nieuwer:"));
}
