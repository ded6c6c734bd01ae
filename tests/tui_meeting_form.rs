//! The meeting form: a date that cannot be stored is explained and never kept as a draft; Enter stays on
//! the field (issue 16).

mod tui_support;
use annoteer::locale::Lang;
use annoteer::tui::app::Screen;
use crossterm::event::KeyCode;
use tui_support::*;

#[test]
fn a_wrong_date_of_a_meeting_is_explained_and_leaves_no_draft_behind() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    let id = agenda(&app).record.meeting.id;
    type_text(&mut app, "m");
    assert!(matches!(app.screen(), Screen::MeetingForm(_)));
    type_text(&mut app, "j"); // Datum
    press(&mut app, KeyCode::Enter);
    for _ in 0..12 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "vrijdag 24 maart 2022");
    press(&mut app, KeyCode::Esc);
    let said = app.status.as_ref().unwrap().text.clone();
    assert!(said.contains("24 maart 2022 valt op een donderdag"), "{said}");
    assert!(said.ends_with("De datum blijft zoals hij was."), "{said}");
    assert!(app.editor.is_none());
    assert_eq!(app.store.meeting(id).unwrap().date, "2022-03-24");
    assert!(app.store.drafts().unwrap().is_empty(), "nothing unstorable is offered at the next start");

    // Typed as people write it, it is stored as a date; Enter stays on the field.
    press(&mut app, KeyCode::Enter);
    for _ in 0..12 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "31 mrt. 2022");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.meeting(id).unwrap().date, "2022-03-31");
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.selected, 1, "still on Datum");
    press(&mut app, KeyCode::Tab);
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.selected, 2, "Tab moves on to Tijd");
    press(&mut app, KeyCode::BackTab);
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.selected, 1, "Shift-Tab back to Datum");
}
