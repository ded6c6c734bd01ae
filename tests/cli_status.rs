//! The meeting's life on the command line: `status`, and `meetings` with the next meeting first (issue 16).

mod common;
use annoteer::dates::Date;
use common::{stderr, stdout, Sandbox};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Today plus `days`, as ISO.
fn day(days: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    Date::from_days(now / 86_400 + days).iso()
}

fn import(sb: &Sandbox, db: &str, body: &str, date: &str) -> String {
    let out = sb.run(&[
        "--db",
        db,
        "import",
        "agenda",
        &fixture("agenda_stuurgroep_2022-03-24.txt"),
        "--body",
        body,
        "--date",
        date,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).trim().to_string()
}

#[test]
fn meetings_lists_the_next_meeting_first_with_its_status_and_what_needs_attention() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    let old = import(&sb, db, "ASG", &day(-400));
    let far = import(&sb, db, "ASG", &day(3000));
    let recent = import(&sb, db, "KLO", &day(-3));
    let next = import(&sb, db, "Stuurgroep MIT", &day(1));
    let later = import(&sb, db, "HASG", &day(20));

    let set = sb.run(&["--db", db, "status", &recent, "gehouden"]);
    assert!(set.status.success(), "{}", stderr(&set));
    assert!(stdout(&set).contains("gehouden"), "{}", stdout(&set));
    let send = sb.run(&["--db", db, "status", &next, "voorbereiding", "--send-by", "vandaag 12:00"]);
    assert!(send.status.success(), "{}", stderr(&send));
    let send = sb.run(&["--db", db, "status", &next, "in voorbereiding", "--send-by", &day(0)]);
    assert!(send.status.success(), "{}", stderr(&send));
    assert!(sb.run(&["--db", db, "status", &later, "sent"]).status.success());

    let json: serde_json::Value = serde_json::from_slice(&sb.run(&["--db", db, "meetings", "--json"]).stdout).unwrap();
    let list = json.as_array().unwrap();
    let ids: Vec<String> = list.iter().map(|m| m["id"].to_string()).collect();
    assert_eq!(ids, [next.clone(), later.clone(), far, recent.clone(), old]);
    let first = &list[0];
    assert_eq!(first["status"], "preparing");
    assert_eq!(first["send_by"], day(0).as_str());
    let kinds: Vec<&str> = first["attention"].as_array().unwrap().iter().map(|a| a["kind"].as_str().unwrap()).collect();
    // The imported agenda marks two items "bijlage" and no paper is linked yet.
    assert_eq!(kinds, ["items_without_advice", "papers_missing", "send_by"], "{first}");
    assert_eq!(list[1]["status"], "sent");
    assert_eq!(list[1]["attention"], serde_json::json!([]), "a sent meeting needs nothing more");

    let text = stdout(&sb.run(&["--db", db, "meetings"]));
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("gremium") && lines[0].ends_with("status"), "{text}");
    assert!(lines[1].contains("Stuurgroep MIT") && lines[1].contains("in voorbereiding"), "{text}");
    assert!(lines[1].contains("⚠ 8 punten zonder advies · 2 stukken ontbreken"), "{text}");
    assert!(lines[1].contains(&format!("versturen: {}", day(0))), "{text}");
    assert!(lines[2].contains("HASG") && lines[2].contains("verstuurd") && !lines[2].contains('⚠'), "{text}");
    let en = stdout(&sb.run(&["--db", db, "--lang", "en", "meetings"]));
    assert!(en.lines().nth(1).unwrap().contains("preparing"), "{en}");
    assert!(en.contains("8 items without advice"), "{en}");
}

#[test]
fn a_status_that_is_no_status_is_refused_in_the_users_language_and_changes_nothing() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    let before = stdout(&sb.run(&["--db", db, "meetings", "--json"]));
    let nl = sb.run(&["--db", db, "status", "1", "klaar"]);
    assert!(!nl.status.success());
    assert_eq!(
        stderr(&nl).trim(),
        "annoteer: 'klaar' is geen status; kies voorbereiding, verstuurd of gehouden (preparing, sent, held)"
    );
    let en = sb.run(&["--db", db, "--lang", "en", "status", "1", "done"]);
    assert!(stderr(&en).contains("'done' is not a status; choose preparing, sent or held"), "{}", stderr(&en));
    let missing = sb.run(&["--db", db, "status", "99", "held"]);
    assert!(!missing.status.success());
    assert_eq!(stdout(&sb.run(&["--db", db, "meetings", "--json"])), before);
    let held = sb.run(&["--db", db, "--lang", "en", "status", "4", "HELD"]);
    assert_eq!(stdout(&held).trim(), "meeting 4 (Stuurgroep MIT 20 April 2022): held");
}

#[test]
fn show_in_english_gives_treatment_and_origin_words_in_english() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    let en = stdout(&sb.run(&["--db", db, "--lang", "en", "show", "1"]));
    assert!(en.contains("For decision (attachment, PGT)"), "{en}");
    assert!(!en.contains("bijlage, PGT"), "{en}");
    let nl = stdout(&sb.run(&["--db", db, "show", "1"]));
    assert!(nl.contains("Ter besluitvorming (bijlage, PGT)"), "{nl}");
}
