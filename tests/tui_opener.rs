//! `o` on a document when the system has no opener (no xdg-open): the message blames the opener, in Dutch,
//! not the document. A process of its own, since it empties PATH.

mod tui_support;

use annoteer::locale::Lang;
use crossterm::event::KeyCode;
use tui_support::*;

#[test]
fn without_an_opener_o_says_the_opener_is_missing_not_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("memo v1.docx");
    std::fs::write(&file, "stuk").unwrap();
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let item = agenda(&app).selected_id().unwrap();
    app.store.link_document(item, &file, annoteer::domain::DocRole::Bijlage).unwrap();
    app.refresh();
    type_text(&mut app, "D");
    std::env::set_var("PATH", dir.path());
    press(&mut app, KeyCode::Char('o'));
    let status = app.status.clone().expect("a message");
    assert!(status.error, "{status:?}");
    assert!(status.text.starts_with("Geen programma om documenten te openen"), "{status:?}");
    assert!(status.text.contains("memo v1.docx"), "{status:?}");
}
