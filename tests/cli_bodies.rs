//! `annoteer bodies`: which body prepares for which, listed and set, run as the real binary.

mod common;

use common::*;

fn bodies_json(sb: &Sandbox, db: &str) -> Vec<serde_json::Value> {
    let out = sb.run(&["--db", db, "bodies", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap().as_array().unwrap().clone()
}

/// The body each body prepares for, by name, as `bodies --json` says.
fn prepares(sb: &Sandbox, db: &str) -> Vec<(String, Option<String>)> {
    bodies_json(sb, db)
        .iter()
        .map(|b| (b["name"].as_str().unwrap().to_string(), b["prepares_for"].as_str().map(String::from)))
        .collect()
}

fn pair(name: &str, target: Option<&str>) -> (String, Option<String>) {
    (name.to_string(), target.map(String::from))
}

#[test]
fn bodies_lists_each_body_and_what_it_prepares_for() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    let before = file_hash(std::path::Path::new(db));
    let list = bodies_json(&sb, db);
    assert_eq!(list.len(), 3);
    assert!(list.iter().all(|b| b["id"].is_i64() && b["full_name"].is_string()), "{list:?}");
    assert_eq!(prepares(&sb, db), vec![pair("KLO", None), pair("MIO", None), pair("Stuurgroep MIT", None)]);
    let text = stdout(&sb.run(&["--db", db, "bodies"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains("gremium") && lines[0].ends_with("bereidt voor"), "{text}");
    assert!(lines[3].contains("Stuurgroep MIT") && lines[3].ends_with(" -"), "{text}");
    assert_eq!(file_hash(std::path::Path::new(db)), before, "listing wrote the database");
}

#[test]
fn prepares_for_is_set_by_name_in_any_case_and_cleared_with_none() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    let out = sb.run(&["--db", db, "bodies", "mio", "--prepares-for", "klo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "MIO bereidt KLO voor\n");
    let out = sb.run(&["--db", db, "bodies", "KLO", "--prepares-for", "Stuurgroep MIT"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        prepares(&sb, db),
        vec![pair("KLO", Some("Stuurgroep MIT")), pair("MIO", Some("KLO")), pair("Stuurgroep MIT", None)]
    );
    let text = stdout(&sb.run(&["--db", db, "bodies"]));
    assert!(text.lines().any(|l| l.contains("MIO") && l.ends_with("  KLO")), "{text}");
    // Setting again is no error; none clears.
    assert!(sb.run(&["--db", db, "bodies", "MIO", "--prepares-for", "KLO"]).status.success());
    let out = sb.run(&["--lang", "en", "--db", db, "bodies", "MIO", "--prepares-for", "none"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "MIO prepares for no body\n");
    assert_eq!(
        prepares(&sb, db),
        vec![pair("KLO", Some("Stuurgroep MIT")), pair("MIO", None), pair("Stuurgroep MIT", None)]
    );
}

#[test]
fn an_unknown_body_or_a_circle_is_one_sentence_and_changes_nothing() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    assert!(sb.run(&["--db", db, "bodies", "MIO", "--prepares-for", "KLO"]).status.success());
    assert!(sb.run(&["--db", db, "bodies", "KLO", "--prepares-for", "Stuurgroep MIT"]).status.success());
    let set = prepares(&sb, db);
    let before = file_hash(std::path::Path::new(db));
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["OG", "--prepares-for", "KLO"],
            "annoteer: there is no body named 'OG'; `annoteer bodies` lists them",
            "annoteer: er is geen gremium 'OG'; `annoteer bodies` geeft ze alle",
        ),
        (
            &["KLO", "--prepares-for", "HASG"],
            "annoteer: there is no body named 'HASG'; `annoteer bodies` lists them",
            "annoteer: er is geen gremium 'HASG'; `annoteer bodies` geeft ze alle",
        ),
        (
            &["KLO", "--prepares-for", "klo"],
            "annoteer: 'KLO' cannot prepare for itself; nothing was changed",
            "annoteer: 'KLO' kan zichzelf niet voorbereiden; er is niets veranderd",
        ),
        (
            &["Stuurgroep MIT", "--prepares-for", "MIO"],
            "annoteer: 'Stuurgroep MIT' cannot prepare for 'MIO', which already prepares for it \
             (MIO → KLO → Stuurgroep MIT); nothing was changed",
            "annoteer: 'Stuurgroep MIT' kan 'MIO' niet voorbereiden: 'MIO' bereidt 'Stuurgroep MIT' al voor \
             (MIO → KLO → Stuurgroep MIT); er is niets veranderd",
        ),
        (
            &["KLO", "--prepares-for", "MIO"],
            "annoteer: 'KLO' cannot prepare for 'MIO', which already prepares for it (MIO → KLO); nothing was changed",
            "annoteer: 'KLO' kan 'MIO' niet voorbereiden: 'MIO' bereidt 'KLO' al voor (MIO → KLO); er is niets veranderd",
        ),
    ];
    let each_language = cases.iter().flat_map(|(args, en, nl)| [("en", args, en), ("nl", args, nl)]);
    for (lang, args, message) in each_language {
        let mut full = vec!["--lang", lang, "--db", db, "bodies"];
        full.extend(args.iter());
        let out = sb.run(&full);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert_eq!(stderr(&out).trim_end(), *message, "{args:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        assert_eq!(file_hash(std::path::Path::new(db)), before, "{args:?} wrote the database");
    }
    assert_eq!(prepares(&sb, db), set);
}

#[test]
fn setting_needs_both_a_name_and_an_existing_database() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    assert!(!sb.run(&["--db", db, "bodies", "KLO"]).status.success());
    assert!(!sb.run(&["--db", db, "bodies", "--prepares-for", "KLO"]).status.success());
    assert!(!sb.run(&["--db", db, "bodies", "KLO", "--prepares-for", "none", "--json"]).status.success());
    let missing = sb.path("missing.db");
    let out = sb.run(&["--db", missing.to_str().unwrap(), "bodies", "KLO", "--prepares-for", "none"]);
    assert!(!out.status.success());
    assert!(!missing.exists(), "a missing database was created");
}

#[test]
fn the_history_follows_the_bodies_set_on_the_command_line() {
    // What the setting is for: once KLO prepares for the Stuurgroep, a Stuurgroep item put up for decision
    // that never passed the KLO is marked as having skipped it.
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let path = db.clone();
    let db = db.to_str().unwrap();
    let skipped = || {
        let store = annoteer::store::Store::open(&path, annoteer::store::Access::ReadOnly).unwrap();
        let sg = store.meetings().unwrap().into_iter().find(|m| m.date == "2022-03-24").unwrap().id;
        let item = store.agenda(sg).unwrap().into_iter().find(|i| i.number == "6").unwrap();
        assert_eq!(item.treatment, Some(annoteer::domain::Treatment::TerBesluitvorming));
        let chain = annoteer::history::chain(&store, item.id).unwrap();
        chain.skipped_preparing_body().map(|b| b.name.clone())
    };
    assert_eq!(skipped(), None);
    assert!(sb.run(&["--db", db, "bodies", "KLO", "--prepares-for", "Stuurgroep MIT"]).status.success());
    assert_eq!(skipped().as_deref(), Some("KLO"));
    assert!(sb.run(&["--db", db, "bodies", "KLO", "--prepares-for", "none"]).status.success());
    assert_eq!(skipped(), None);
}
