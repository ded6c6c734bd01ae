//! Dates as people write them, wherever one is typed: the store, `--date`, search filters (issue 16).

mod common;
use annoteer::domain::{DecisionDraft, MeetingDraft};
use annoteer::store::Store;
use common::{stderr, stdout, Sandbox};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_meeting_date_is_stored_as_iso_whatever_form_it_was_typed_in() {
    let mut s = Store::open_in_memory().unwrap();
    for (typed, body) in
        [("donderdag 10 december 2026", "A"), ("10 dec. 2026", "B"), ("10/12/2026", "C"), ("10-12-2026", "D")]
    {
        let id =
            s.create_meeting(&MeetingDraft { body: body.into(), date: typed.into(), ..Default::default() }).unwrap();
        assert_eq!(s.meeting(id).unwrap().date, "2026-12-10", "{typed}");
    }
    let err = s
        .create_meeting(&MeetingDraft {
            body: "E".into(),
            date: "vrijdag 10 december 2026".into(),
            ..Default::default()
        })
        .unwrap_err();
    let err = annoteer::locale::Lang::En.describe(&err);
    assert!(err.contains("10 December 2026 is a Thursday"), "{err}");
    assert_eq!(s.meetings().unwrap().len(), 4, "the refused meeting was not made");

    let d = s
        .add_decision(&DecisionDraft { date: "24 maart 2022".into(), text: "Besloten".into(), ..Default::default() })
        .unwrap();
    assert_eq!(s.decision(d).unwrap().date, "2022-03-24");
}

#[test]
fn import_agenda_takes_the_date_as_people_write_it_and_refuses_a_wrong_one_in_the_users_language() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    let file = fixture("agenda_stuurgroep_2022-03-24.txt");
    let import = |date: &str, lang: &str| {
        sb.run(&["--db", db, "--lang", lang, "import", "agenda", &file, "--body", "Stuurgroep MIT", "--date", date])
    };
    let out = import("donderdag 24 maart 2022", "nl");
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = sb.run(&["--db", db, "meetings", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(json[0]["date"], "2022-03-24");
    // The same meeting again, typed another way, is still the same date: refused as a duplicate.
    let again = import("24-03-2022", "nl");
    assert!(!again.status.success());

    let nl = import("31 februari 2022", "nl");
    assert!(!nl.status.success());
    assert!(stderr(&nl).contains("--date: De datum '31 februari 2022' bestaat niet in de kalender"), "{}", stderr(&nl));
    let en = import("vrijdag 24 maart 2022", "en");
    assert!(stderr(&en).contains("24 March 2022 is a Thursday"), "{}", stderr(&en));
    assert!(stdout(&en).is_empty());
    let listed = sb.run(&["--db", db, "meetings", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1), "nothing was made by the refused imports");
}

#[test]
fn a_search_filter_takes_a_day_as_people_write_it() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    let iso = sb.run(&["--db", db, "search", "since:2022-03-08", "until:2022-03-08", "--json"]);
    let typed = sb.run(&["--db", db, "search", "since:8-3-2022", "until:08/03/2022", "--json"]);
    assert!(typed.status.success(), "{}", stderr(&typed));
    let json: serde_json::Value = serde_json::from_slice(&typed.stdout).unwrap();
    let hits = json["hits"].as_array().expect("hits");
    assert!(!hits.is_empty(), "the demo has the KLO's decisions of 8 March 2022");
    let json_iso: serde_json::Value = serde_json::from_slice(&iso.stdout).unwrap();
    assert_eq!(json_iso["hits"], json["hits"]);
}
