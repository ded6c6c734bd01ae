//! The meetings list: the next meeting first, each with its status and what needs attention (issue 16).

mod tui_support;
use annoteer::dates::Date;
use annoteer::domain::{ItemDraft, MeetingDraft};
use annoteer::locale::Lang;
use annoteer::store::{Placement, Store};
use annoteer::tui::app::{App, Screen};
use tui_support::*;

fn day(days: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    Date::from_days(now / 86_400 + days).iso()
}

#[test]
fn the_next_meeting_is_on_top_with_its_status_and_its_send_by_moment_marked() {
    let mut s = Store::open_in_memory().unwrap();
    let mut make = |body: &str, date: String| {
        let m = s.create_meeting(&MeetingDraft { body: body.into(), date, ..Default::default() }).unwrap();
        s.add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft { title: "Opening".into(), ..Default::default() },
        )
        .unwrap();
        m
    };
    make("ASG", day(2000));
    make("KLO", day(-10));
    let next = make("Stuurgroep MIT", day(2));
    s.set_send_by(next, &day(1)).unwrap();
    let app = App::new(s, Lang::Nl);
    let Screen::Meetings(v) = app.screen() else { panic!("the meetings list") };
    let bodies: Vec<&str> = v.rows.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(bodies, ["Stuurgroep MIT", "ASG", "KLO"]);
    assert_eq!(v.selected, 0, "the next meeting is selected");
    let text = screen(&app, 140, 10);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[1].contains("Komend"), "{text}");
    assert!(lines[2].contains("Stuurgroep MIT") && lines[2].contains("in voorbereiding"), "{text}");
    assert!(lines[2].contains(&format!("⚠ versturen: {}", day(1))), "{text}");
    assert!(lines[2].contains("1 punt · 1 zonder advies"), "{text}");
    assert!(text.contains("Geweest"), "{text}");
}
