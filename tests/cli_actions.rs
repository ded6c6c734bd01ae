//! `annoteer actions`: a deadline written as a date is recognised, so overdue works (issue 16).

mod common;
use annoteer::domain::{ActionDraft, MeetingDraft};
use annoteer::store::{Access, Store};
use common::{stderr, stdout, Sandbox};

#[test]
fn overdue_are_the_open_actions_whose_deadline_as_people_write_it_has_passed() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    {
        let mut s = Store::open(&db, Access::Create).unwrap();
        let past = s
            .create_meeting(&MeetingDraft { body: "KLO".into(), date: "2022-03-08".into(), ..Default::default() })
            .unwrap();
        let future = s
            .create_meeting(&MeetingDraft { body: "ASG".into(), date: "2099-03-08".into(), ..Default::default() })
            .unwrap();
        for (m, code, deadline) in [
            (past, "A", "25 maart"),
            (past, "B", "z.s.m."),
            (past, "C", "10 dec. 2022"),
            (future, "D", "25 maart"),
            (past, "E", "maart 2099"),
        ] {
            s.add_action(&ActionDraft {
                meeting_id: Some(m),
                code: code.into(),
                text: format!("actie {code}"),
                deadline: deadline.into(),
                ..Default::default()
            })
            .unwrap();
        }
    }
    let db = db.to_str().unwrap();
    let out = sb.run(&["--db", db, "actions", "--overdue", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = json.as_array().unwrap().iter().map(|a| a["action"]["code"].as_str().unwrap()).collect();
    // "25 maart" of the 2022 meeting is 25 March 2022; of the 2099 meeting, 25 March 2099.
    assert_eq!(codes, ["A", "C"]);
    let open = stdout(&sb.run(&["--db", db, "actions"]));
    assert_eq!(open.lines().count(), 5, "{open}");
    assert!(open.lines().any(|l| l.starts_with('A') && l.contains("te laat")), "{open}");
    assert!(open.lines().any(|l| l.starts_with('B') && !l.contains("te laat")), "{open}");
    let klo = stdout(&sb.run(&["--db", db, "--lang", "en", "actions", "--overdue", "--body", "klo"]));
    assert_eq!(klo.lines().count(), 2, "{klo}");
    assert!(klo.contains("overdue"), "{klo}");
    // "25 maart" of the 2099 meeting is not overdue.
    let asg = stdout(&sb.run(&["--db", db, "actions", "--overdue", "--body", "ASG"]));
    assert!(!asg.contains("actie D"), "{asg}");
}
