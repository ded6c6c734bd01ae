//! `u` undoes only what was deleted on the screen in front of the user, says what came back where, and
//! `U` lists every deleted thing (issue 16). The meeting's status is set with `s`.

mod tui_support;
use annoteer::domain::MeetingStatus;
use annoteer::locale::Lang;
use annoteer::store::{Access, Store};
use annoteer::tui::app::{App, Screen};
use annoteer::tui::overlays::Overlay;
use crossterm::event::KeyCode;
use tui_support::*;

fn status_text(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

#[test]
fn undo_in_another_meeting_after_a_restart_leaves_the_first_meeting_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    {
        let mut s = Store::open(&db, Access::Create).unwrap();
        s.load_demo().unwrap();
    }
    let verslag = {
        let mut app = App::new(Store::open(&db, Access::Existing).unwrap(), Lang::Nl);
        open_sg_24_march(&mut app);
        press(&mut app, KeyCode::Down);
        let title = agenda(&app).record.items[1].item.title.clone();
        type_text(&mut app, "dy");
        assert_eq!(agenda(&app).record.items.len(), 7);
        title
    };
    // Start again, open another meeting (the first in the list), press u.
    let mut app = App::new(Store::open(&db, Access::Existing).unwrap(), Lang::Nl);
    press(&mut app, KeyCode::Enter);
    let other = agenda(&app).record.meeting.id;
    let before = numbered_titles(&app);
    type_text(&mut app, "u");
    assert_eq!(numbered_titles(&app), before, "nothing came back here");
    assert!(status_text(&app).starts_with("Hier is niets verwijderd"), "{}", status_text(&app));
    // The meetings list's u does not reach into an agenda either.
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "u");
    assert!(matches!(app.screen(), Screen::Meetings(_)));
    assert!(status_text(&app).starts_with("Hier is niets verwijderd"));

    open_sg_24_march(&mut app);
    assert_eq!(agenda(&app).record.items.len(), 7, "still deleted in the Stuurgroep");
    type_text(&mut app, "u");
    assert_eq!(agenda(&app).record.items.len(), 8);
    assert_eq!(status_text(&app), format!("Punt 2 '{verslag}' teruggezet in Stuurgroep MIT 24 maart 2022."));
    assert_eq!(agenda(&app).selected, 1, "the item that came back is selected");
    assert_ne!(agenda(&app).record.meeting.id, other);
}

#[test]
fn the_list_of_deleted_things_restores_the_one_chosen() {
    let mut app = demo_app(Lang::Nl);
    open_sg_24_march(&mut app);
    type_text(&mut app, "U");
    assert_eq!(status_text(&app), "Er is niets verwijderd om terug te zetten.");
    press(&mut app, KeyCode::Down);
    let second = agenda(&app).record.items[1].item.title.clone();
    type_text(&mut app, "dy");
    let first = agenda(&app).record.items[0].item.title.clone();
    press(&mut app, KeyCode::Up);
    type_text(&mut app, "dy");
    assert_eq!(agenda(&app).record.items.len(), 6);
    type_text(&mut app, "U");
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!("U lists the deleted things") };
    assert_eq!(p.options.len(), 2);
    assert!(p.options[0].0.starts_with(&format!("Punt 1 '{first}' · Stuurgroep MIT 24 maart 2022 · verwijderd ")));
    assert!(p.options[1].0.starts_with(&format!("Punt 2 '{second}'")));
    // Not the latest: the older one, chosen.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert_eq!(agenda(&app).record.items.len(), 7);
    assert!(numbered_titles(&app).contains(&format!("2 {second}")), "{:?}", numbered_titles(&app));
    assert!(status_text(&app).contains(&format!("'{second}' teruggezet in Stuurgroep MIT 24 maart 2022")));
    // u now brings back the other one.
    type_text(&mut app, "u");
    assert_eq!(agenda(&app).record.items.len(), 8);
}

#[test]
fn s_sets_the_meetings_status() {
    let mut app = demo_app(Lang::En);
    open_sg_24_march(&mut app);
    let id = agenda(&app).record.meeting.id;
    type_text(&mut app, "s");
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!("s offers the statuses") };
    let labels: Vec<&str> = p.options.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["preparing", "sent", "held"]);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(status_text(&app), "Status: sent.");
    assert_eq!(agenda(&app).record.meeting.status, MeetingStatus::Sent);
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "s");
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Enter);
    let Screen::Meetings(v) = app.screen() else { panic!("on the meetings list") };
    let _ = id;
    assert_eq!(v.rows[v.selected].status, MeetingStatus::Preparing);
}

fn decisions(app: &App) -> &annoteer::tui::screens::decisions::DecisionsView {
    match app.screen() {
        Screen::Decisions(v) => v,
        _ => panic!("not on the decisions screen"),
    }
}

/// From the meetings list: the MIO of 30 March (the second), its agenda, then `b`.
fn open_mio_decisions(app: &mut App) {
    press(app, KeyCode::Home);
    press(app, KeyCode::Down);
    press(app, KeyCode::Enter);
    assert_eq!(agenda(app).record.meeting.date, "2022-03-30");
    type_text(app, "b");
}

#[test]
fn a_decision_deleted_before_a_restart_comes_back_only_in_its_own_list() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    {
        let mut s = Store::open(&db, Access::Create).unwrap();
        s.load_demo().unwrap();
    }
    let gone = {
        let mut app = App::new(Store::open(&db, Access::Existing).unwrap(), Lang::Nl);
        open_mio_decisions(&mut app);
        press(&mut app, KeyCode::Down);
        let gone = decisions(&app).selected_decision().unwrap().clone();
        assert_eq!(
            (gone.reference.as_str(), gone.text.as_str()),
            ("", "Niet onder reikwijdte"),
            "a decision without a reference"
        );
        type_text(&mut app, "dj");
        assert!(app.store.decision(gone.id).is_err());
        gone
    };
    let mut app = App::new(Store::open(&db, Access::Existing).unwrap(), Lang::Nl);
    // Another meeting's decisions, the meeting's own agenda, its action points: none brings it back.
    open_sg_24_march(&mut app);
    let sg_titles = numbered_titles(&app);
    type_text(&mut app, "u");
    assert_eq!(numbered_titles(&app), sg_titles);
    type_text(&mut app, "b");
    let sg = decisions(&app).decisions.len();
    type_text(&mut app, "u");
    assert!(status_text(&app).starts_with("Hier is geen besluit verwijderd"), "{}", status_text(&app));
    assert_eq!(decisions(&app).decisions.len(), sg);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    open_mio_decisions(&mut app);
    press(&mut app, KeyCode::Esc);
    let mio_titles = numbered_titles(&app);
    type_text(&mut app, "u");
    assert_eq!(numbered_titles(&app), mio_titles, "the agenda's u is for items");
    type_text(&mut app, "b");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "u");
    assert!(status_text(&app).starts_with("Hier is geen actiepunt verwijderd"), "{}", status_text(&app));
    assert!(app.store.decision(gone.id).is_err(), "nothing restored out of sight");

    // U lists it with what, where, when; u in its own list brings it back and says so.
    type_text(&mut app, "U");
    let Some(Overlay::Picker(p)) = &app.overlay else { panic!("U lists the deleted things") };
    assert_eq!(p.options.len(), 1);
    assert!(
        p.options[0].0.starts_with("Besluit 'Niet onder reikwijdte' · MIO 30 maart 2022 · verwijderd "),
        "{}",
        p.options[0].0
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "u");
    assert_eq!(app.store.decision(gone.id).unwrap(), gone);
    assert_eq!(decisions(&app).selected_decision().map(|d| d.id), Some(gone.id));
    assert_eq!(status_text(&app), "Besluit 'Niet onder reikwijdte' teruggezet in MIO 30 maart 2022.");
}

#[test]
fn restoring_what_belonged_to_a_deleted_meeting_says_so_in_the_screens_language_and_changes_nothing() {
    for (lang, said) in [
        (Lang::Nl, "De vergadering waar het bij hoort is ook verwijderd; zet die eerst terug"),
        (Lang::En, "The meeting it belongs to was deleted too; restore that first"),
    ] {
        let mut app = demo_app(lang);
        open_mio_decisions(&mut app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Down);
        type_text(&mut app, "dy");
        type_text(&mut app, "b");
        let decision = decisions(&app).selected_decision().unwrap().id;
        type_text(&mut app, "dj");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Esc);
        // The meeting itself goes too: what was deleted in it waits for it.
        type_text(&mut app, "dy");
        assert!(app.store.meetings().unwrap().iter().all(|m| m.date != "2022-03-30"), "{}", status_text(&app));
        let before = app.store.deleted_things().unwrap();
        assert_eq!(before.len(), 3);
        for pick in [1, 2] {
            type_text(&mut app, "U");
            for _ in 0..pick {
                press(&mut app, KeyCode::Down);
            }
            press(&mut app, KeyCode::Enter);
            assert!(status_text(&app).starts_with(said), "{lang:?} {pick}: {}", status_text(&app));
            assert_eq!(app.store.deleted_things().unwrap(), before, "nothing changed");
        }
        assert!(app.store.decision(decision).is_err());
    }
}
