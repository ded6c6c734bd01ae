//! `annoteer actions`: the action list's filters on the command line (issue 18), lines and JSON, in Dutch
//! and English; bad input is one sentence and a non-zero exit.

mod action_fixture;
mod common;

use annoteer::store::{Access, Store};
use common::{stderr, stdout, Sandbox};

fn db(sb: &Sandbox) -> String {
    let path = sb.path("a.db");
    action_fixture::fixture_in(Store::open(&path, Access::Create).unwrap());
    path.to_str().unwrap().to_string()
}

fn codes_of(out: &str) -> Vec<String> {
    out.lines().map(|l| l.split_whitespace().next().unwrap_or("").to_string()).collect()
}

#[test]
fn lines_of_the_open_ones_overdue_first_then_words_then_none() {
    let sb = Sandbox::new();
    let db = db(&sb);
    let out = sb.run(&["--db", &db, "actions"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // Today every dated deadline of 2022 has passed: the oldest first, then the words ("Mei 2022" names
    // no day, "z.s.m."), then none.
    assert_eq!(codes_of(&text), ["1602.2.1", "3003.1.1", "1102.5.1", "1602.2.2", "3003.1.2"], "{text}");
    let labs = text.lines().find(|l| l.starts_with("1102.5.1")).unwrap();
    for part in ["PGT", "Mei 2022", "Verkennen MIT-Labs irt governance MIT.", "(Stuurgroep MIT 2022-02-16)"] {
        assert!(labs.contains(part), "{part}: {labs}");
    }
    assert!(!labs.contains("te laat"), "a month alone is never overdue: {labs}");
    let words = text.lines().find(|l| l.starts_with("1602.2.2")).unwrap();
    assert!(words.contains("z.s.m.") && !words.contains("te laat") && words.contains("open"), "{words}");
    assert_eq!(stdout(&sb.run(&["--db", &db, "actions", "--open"])), text, "--open is the default");
}

#[test]
fn overdue_all_body_and_owner_narrow_it() {
    let sb = Sandbox::new();
    let db = db(&sb);
    let run = |args: &[&str]| {
        let mut all = vec!["--db", &db, "actions"];
        all.extend_from_slice(args);
        let out = sb.run(&all);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        codes_of(&stdout(&out))
    };
    assert_eq!(run(&["--overdue"]), ["1602.2.1", "3003.1.1"]);
    assert_eq!(run(&["--all"]).len(), 6);
    assert_eq!(run(&["--all"]).last().map(String::as_str), Some("1602.5.2"), "done ones last");
    assert_eq!(run(&["--body", "mio"]), ["3003.1.1", "3003.1.2"]);
    assert_eq!(run(&["--owner", "pgt"]), ["1602.2.1", "1102.5.1", "3003.1.2"]);
    assert_eq!(run(&["--owner", "le", "--all"]), ["3003.1.1", "1602.5.2"]);
    // JenV's one action has "z.s.m." as deadline: never overdue.
    let none = stdout(&sb.run(&["--db", &db, "actions", "--overdue", "--owner", "JENV"]));
    assert_eq!(none.trim(), "geen actiepunten die hierbij passen");
}

#[test]
fn json_is_one_document_with_the_origin_the_due_day_and_the_carry_over() {
    let sb = Sandbox::new();
    let db = db(&sb);
    let out = sb.run(&["--db", &db, "actions", "--all", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 6);
    let labs = list.iter().find(|a| a["action"]["code"] == "1102.5.1").unwrap();
    assert_eq!(labs["action"]["owner"], "PGT");
    assert_eq!(labs["action"]["status"], "open");
    assert_eq!(labs["body"], "Stuurgroep MIT");
    assert_eq!(labs["meeting_date"], "2022-02-16");
    assert_eq!(labs["item_number"], "5");
    assert_eq!(labs["item_title"], "MIT-Labs");
    assert_eq!(labs["due"], serde_json::Value::Null, "\"Mei 2022\" names no day");
    assert_eq!(labs["overdue"], false);
    assert_eq!(labs["carried_into"][0]["meeting_date"], "2022-03-24");
    assert_eq!(labs["carried_into"][0]["item_number"], "2.1");
    let words = list.iter().find(|a| a["action"]["code"] == "1602.2.2").unwrap();
    assert_eq!(
        (words["due"].clone(), words["overdue"].clone()),
        (serde_json::Value::Null, serde_json::Value::Bool(false))
    );
    let done = list.iter().find(|a| a["action"]["code"] == "1602.5.2").unwrap();
    assert_eq!((done["action"]["status"].as_str(), done["overdue"].as_bool()), (Some("done"), Some(false)));
}

#[test]
fn english_words_and_bad_input_refused_in_one_sentence() {
    let sb = Sandbox::new();
    let db = db(&sb);
    let en = stdout(&sb.run(&["--db", &db, "--lang", "en", "actions", "--all"]));
    assert!(en.contains("overdue") && en.contains("done") && !en.contains("te laat"), "{en}");
    let none = sb.run(&["--db", &db, "--lang", "en", "actions", "--owner", "nobody"]);
    assert!(none.status.success());
    assert_eq!(stdout(&none).trim(), "no action points that fit");
    let bad = sb.run(&["--db", &db, "actions", "--body", "HSAG"]);
    assert!(!bad.status.success());
    assert_eq!(stdout(&bad), "");
    assert_eq!(stderr(&bad).trim(), "annoteer: Er is geen gremium 'HSAG'; bekend zijn: MIO, Stuurgroep MIT.");
    let both = sb.run(&["--db", &db, "actions", "--open", "--all"]);
    assert!(!both.status.success(), "--open and --all exclude each other");
    // The help describes every option, in English here.
    let help = stdout(&sb.run(&["--lang", "en", "actions", "--help"]));
    for opt in ["--open", "--overdue", "--all", "--body", "--owner", "--json"] {
        let line = help.lines().find(|l| l.trim_start().starts_with(opt)).unwrap_or_else(|| panic!("{opt}: {help}"));
        assert!(line.trim().len() > opt.len() + 10, "{opt} is described: {line}");
    }
}
