//! `annoteer search` run as the real binary, on decisions brought in with `import decisions`.

mod common;

use common::*;
use std::path::PathBuf;

/// The binary as a script would run it: output to a pipe, no COLUMNS (so lines are not cut).
fn run(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    sb.cmd().env_remove("COLUMNS").args(args).output().expect("run annoteer")
}

fn run_in_columns(sb: &Sandbox, columns: &str, args: &[&str]) -> std::process::Output {
    sb.cmd().env("COLUMNS", columns).args(args).output().expect("run annoteer")
}

fn db_with_decisions(sb: &Sandbox) -> PathBuf {
    let db = sb.path("s.db");
    let tsv = "datum\tbesluit\tgremium\tverwijzing\n\
               2022-03-24\tDe SG stemt in met het voorstel voor effectmeting\tStuurgroep MIT\tAgendapunt 6\n\
               2021-06-01\tEffect van de meting wordt later besproken\tStuurgroep MIT\t\n\
               2022-03-08\tInzet van de FIOD en het OM afgestemd\tKLO\tAgendapunt 3\n\
               2019-12-12\tVoorstel voor effectmeting aangehouden\tKLO\t20191212.5\n";
    let file = sb.path("l.tsv");
    std::fs::write(&file, tsv).unwrap();
    let out = run(sb, &["--db", db.to_str().unwrap(), "import", "decisions", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

#[test]
fn text_output_lists_best_first_with_date_body_and_reference() {
    let sb = Sandbox::new();
    let db = db_with_decisions(&sb);
    let out = run(&sb, &["--db", db.to_str().unwrap(), "search", "effectmeting"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0], "2022-03-24  Stuurgroep MIT  Agendapunt 6  De SG stemt in met het voorstel voor effectmeting",
        "{text}"
    );
    assert!(lines[1].starts_with("2019-12-12  KLO  20191212.5"), "{text}");
}

#[test]
fn json_output_has_ids_and_highlight_indices() {
    let sb = Sandbox::new();
    let db = db_with_decisions(&sb);
    let out = run(&sb, &["--db", db.to_str().unwrap(), "search", "body:klo fiod om", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["matched"].as_u64().unwrap() >= 1);
    let hit = &v["hits"][0];
    assert_eq!(hit["kind"], "decision");
    assert_eq!(hit["body"], "KLO");
    assert_eq!(hit["date"], "2022-03-08");
    assert!(hit["decision_id"].as_i64().is_some());
    let text: Vec<char> = hit["text"].as_str().unwrap().chars().collect();
    let marked: String =
        hit["indices"].as_array().unwrap().iter().map(|i| text[i.as_u64().unwrap() as usize]).collect();
    assert_eq!(marked.to_lowercase(), "fiodom");
}

#[test]
fn limit_and_filters_apply() {
    let sb = Sandbox::new();
    let db = db_with_decisions(&sb);
    let d = db.to_str().unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&run(&sb, &["--db", d, "search", "effect", "--limit", "1", "--json"]).stdout).unwrap();
    assert_eq!(v["hits"].as_array().unwrap().len(), 1);
    assert_eq!(v["matched"], 3);
    let text = stdout(&run(&sb, &["--db", d, "search", "since:2022 effect"]));
    assert_eq!(text.lines().count(), 1, "{text}");
    let text = stdout(&run(&sb, &["--db", d, "search", "zeppelin"]));
    assert_eq!(text.trim(), "niets gevonden voor 'zeppelin'");
    let text = stdout(&run(&sb, &["--lang", "en", "--db", d, "search", "zeppelin"]));
    assert_eq!(text.trim(), "nothing matches \"zeppelin\"");
}

#[test]
fn a_bad_filter_is_a_clear_error_and_the_database_is_untouched() {
    let sb = Sandbox::new();
    let db = db_with_decisions(&sb);
    let before = file_hash(&db);
    let out = run(&sb, &["--db", db.to_str().unwrap(), "search", "since:2022-13 effect"]);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out).trim(),
        "annoteer: since:2022-13: geen datum; gebruik since:JJJJ, since:JJJJ-MM of since:JJJJ-MM-DD, zoals since:2022-03"
    );
    let out = run(&sb, &["--lang", "en", "--db", db.to_str().unwrap(), "search", "sinds:2022-13 effect"]);
    assert_eq!(
        stderr(&out).trim(),
        "annoteer: sinds:2022-13: not a date; use sinds:YYYY, sinds:YYYY-MM or sinds:YYYY-MM-DD, as in sinds:2022-03"
    );
    assert!(run(&sb, &["--db", db.to_str().unwrap(), "search", "effect"]).status.success());
    assert_eq!(file_hash(&db), before);
}

#[test]
fn several_unquoted_words_are_one_query_with_options_anywhere() {
    let sb = Sandbox::new();
    let db = db_with_decisions(&sb);
    let d = db.to_str().unwrap();
    let quoted = stdout(&run(&sb, &["--db", d, "search", "body:klo year:2022 fiod"]));
    for args in [
        vec!["search", "body:klo", "year:2022", "fiod"],
        vec!["search", "--limit", "5", "body:klo", "year:2022", "fiod"],
        vec!["search", "body:klo", "--limit", "5", "year:2022", "fiod"],
    ] {
        let mut full = vec!["--db", d];
        full.extend(&args);
        let out = run(&sb, &full);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), quoted, "{args:?}");
    }
    assert!(quoted.starts_with("2022-03-08  KLO"), "{quoted}");
    let out = run(&sb, &["--db", d, "search", "effect", "since:2022", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["query"], "effect since:2022");
    assert_eq!(v["matched"], 1);
    let out = run(&sb, &["--db", d, "search", "--json", "--", "-foo", "effect"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["query"], "-foo effect");
    let out = run(&sb, &["--db", d, "search"]);
    assert!(!out.status.success());
}

#[test]
fn items_are_searched_too_and_a_typo_is_forgiven() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let d = db.to_str().unwrap();
    let out = run(&sb, &["--db", d, "search", "effcetmeting", "tbml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let first = text.lines().next().unwrap_or("");
    assert!(first.starts_with("2022-03-24  Stuurgroep MIT  6  [item]  Voorstel voor effectmeting"), "{text}");
    // The other word is in the advice: that part is on the line, labelled.
    assert!(first.contains(" · advies: ") && first.contains("TBML"), "{first}");
    let v: serde_json::Value =
        serde_json::from_slice(&run(&sb, &["--db", d, "search", "effcetmeting", "tbml", "--json"]).stdout).unwrap();
    let hit = &v["hits"][0];
    assert_eq!(hit["kind"], "item");
    assert_eq!(hit["typo"], true);
    assert_eq!(hit["parts"][0]["field"], "title");
    assert_eq!(hit["parts"][2]["field"], "advice");
    assert!(v["items"].as_u64().unwrap() >= 1);
    // kind:decision keeps to decisions.
    let text = stdout(&run(&sb, &["--db", d, "search", "kind:decision", "capaciteit"]));
    assert!(text.lines().all(|l| !l.contains("[item]")), "{text}");
    assert!(text.contains("Besluitpunt"), "{text}");
}

#[test]
fn one_line_per_hit_cut_to_the_columns_with_the_match_in_view() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let d = db.to_str().unwrap();
    let out = run_in_columns(&sb, "80", &["--db", d, "search", "capaciteit", "--limit", "8"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let hits: Vec<&str> = text.lines().filter(|l| l.starts_with("20")).collect();
    assert!(hits.len() >= 5, "{text}");
    for line in &hits {
        assert!(line.chars().count() <= 80, "longer than 80 columns: {line}");
        assert!(line.to_lowercase().contains("capaciteit"), "the match is out of view: {line}");
    }
    assert!(hits.iter().any(|l| l.ends_with('…')), "{text}");
    assert!(hits.iter().any(|l| l.contains("  …")), "a text begun before its match shows that it was: {text}");
    // Piped without COLUMNS: the same hits, whole.
    let whole = stdout(&run(&sb, &["--db", d, "search", "capaciteit", "--limit", "8"]));
    let whole: Vec<&str> = whole.lines().filter(|l| l.starts_with("20")).collect();
    assert_eq!(whole.len(), hits.len());
    assert!(whole.iter().any(|l| l.chars().count() > 80) && whole.iter().all(|l| !l.ends_with('…')));
}

#[test]
fn full_shows_every_part_of_an_item_whole() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let d = db.to_str().unwrap();
    let out = run_in_columns(&sb, "40", &["--db", d, "search", "effectmeting", "kind:item", "--full", "--limit", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "2022-03-24  Stuurgroep MIT  6  [item]", "{text}");
    assert_eq!(lines[1], "  agendapunt: Voorstel voor effectmeting");
    assert!(lines[2].starts_with("  annotatie: Is besproken in de OG van 16 maart") && lines[2].ends_with("opgedaan."));
    assert!(lines[3].starts_with("  advies: Het advies is om steun") && lines[3].ends_with("in het MIT."), "{text}");
    let out = run(&sb, &["--db", d, "--lang", "en", "search", "effectmeting", "kind:item", "--full"]);
    assert!(stdout(&out).contains("\n  advice: Het advies"), "{}", stdout(&out));
}
