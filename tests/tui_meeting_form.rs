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

#[test]
fn ctrl_u_deletes_to_the_start_of_the_line_and_ctrl_z_undoes() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "m");
    press(&mut app, KeyCode::Enter); // Gremium
    type_text(&mut app, " extra");
    app.handle_key(ctrl('u'));
    assert_eq!(app.editor.as_ref().unwrap().text(), "", "all before the cursor went");
    app.handle_key(ctrl('z'));
    assert_eq!(app.editor.as_ref().unwrap().text(), "Stuurgroep MIT extra");
    // In a prompt too.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "a");
    type_text(&mut app, "Nieuw punt");
    app.handle_key(ctrl('u'));
    let Some(annoteer::tui::overlays::Overlay::Prompt(p)) = &app.overlay else { panic!("the prompt") };
    assert_eq!(p.text(), "");
}

#[test]
fn a_message_longer_than_the_status_line_reads_whole_in_the_message_log() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "m");
    type_text(&mut app, "j");
    press(&mut app, KeyCode::Enter);
    for _ in 0..12 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "vrijdag 24 maart 2022");
    press(&mut app, KeyCode::Esc);
    let message = app.status.as_ref().unwrap().text.clone();
    let narrow = screen(&app, 60, 12);
    let last = narrow.lines().last().unwrap().to_string();
    assert!(last.contains("(M)"), "the cut message points at the log: {last}");
    type_text(&mut app, "M");
    let wide = screen(&app, 100, 30);
    let flat: String =
        wide.lines().map(|l| l.trim_matches(|c| c == '"' || c == '│' || c == ' ')).collect::<Vec<_>>().join(" ");
    for word in message.split_whitespace() {
        assert!(flat.contains(word), "{word} of {message} is in the log:\n{wide}");
    }
    assert!(wide.contains("Meldingen (nieuwste bovenaan)"), "{wide}");
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
}

#[test]
fn the_body_completes_from_the_known_bodies_and_a_new_one_is_asked_about_first() {
    let mut app = demo_app(Lang::Nl);
    type_text(&mut app, "a"); // a new meeting; Gremium is selected
    press(&mut app, KeyCode::Enter);
    for _ in 0..20 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "stuur");
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.editor.as_ref().unwrap().text(), "Stuurgroep MIT", "completed from the known body");
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "MTI");
    press(&mut app, KeyCode::Enter);
    let asked = app.status.as_ref().unwrap().text.clone();
    assert_eq!(
        asked,
        "Nieuw gremium 'Stuurgroep MTI'? Enter of ↓ maakt het, Esc niet; Tab vult aan uit de bekende. Bekend: Stuurgroep MIT."
    );
    assert!(app.editor.is_some(), "asked, not yet taken");
    // Fixing the typo needs no question.
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "MIT");
    press(&mut app, KeyCode::Enter);
    assert!(app.editor.is_none());
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_eq!(f.draft.body, "Stuurgroep MIT");
}

/// Walk-through G24: Esc at the question about a new body is a no; leaving never makes a body.
#[test]
fn esc_at_the_new_body_question_makes_no_body() {
    let mut app = demo_app(Lang::Nl);
    let bodies = app.store.bodies().unwrap().len();
    type_text(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    for _ in 0..20 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "Stuurgroep MTI");
    press(&mut app, KeyCode::Esc);
    assert!(app.status.as_ref().unwrap().text.starts_with("Nieuw gremium 'Stuurgroep MTI'?"), "{:?}", app.status);
    press(&mut app, KeyCode::Esc);
    assert!(app.editor.is_none(), "Esc again leaves the field");
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Geen nieuw gremium 'Stuurgroep MTI' gemaakt; het gremium is niet veranderd."
    );
    assert_eq!(app.store.bodies().unwrap().len(), bodies, "no body made");
    let Screen::MeetingForm(f) = app.screen() else { panic!("no form") };
    assert_ne!(f.draft.body, "Stuurgroep MTI");
}

/// Walk-through G23: a stored meeting's date typed without a year keeps the meeting's year.
#[test]
fn a_stored_meetings_date_without_a_year_keeps_its_year() {
    let mut app = demo_app(Lang::Nl);
    let m = app.store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
    let Screen::Meetings(v) = app.screen_mut() else { panic!("not on the meetings list") };
    v.select(Some(m));
    type_text(&mut app, "e");
    let found = (0..6).any(|_| {
        let on = matches!(app.screen(), Screen::MeetingForm(f) if f.selected == 1);
        if !on {
            press(&mut app, KeyCode::Down);
        }
        on
    });
    assert!(found, "no Datum row");
    press(&mut app, KeyCode::Enter);
    app.handle_key(ctrl('u'));
    type_text(&mut app, "25 maart");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.meeting(m).unwrap().date, "2022-03-25", "{:?}", app.status);
}
