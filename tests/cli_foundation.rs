//! The headless commands of the foundation, run as the real binary.

mod common;

use common::*;
use rusqlite::Connection;

#[test]
fn demo_writes_the_seed_meetings_and_meetings_lists_them() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let out = sb.run(&["--db", db.to_str().unwrap(), "meetings", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    let has = |body: &str, date: &str| list.iter().any(|m| m["body"] == body && m["date"] == date);
    assert!(has("Stuurgroep MIT", "2022-03-24"), "{list:?}");
    assert!(has("KLO", "2022-03-08"));
    assert!(has("MIO", "2022-03-30"));
    assert!(has("Stuurgroep MIT", "2022-04-20"));
    let sg = list.iter().find(|m| m["date"] == "2022-03-24").unwrap();
    assert_eq!(sg["items"], 8);
}

#[test]
fn show_prints_the_agenda_with_annotation_and_advice() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let db = db.to_str().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&sb.run(&["--db", db, "meetings", "--json"]).stdout).unwrap();
    let id = list.as_array().unwrap().iter().find(|m| m["date"] == "2022-03-24").unwrap()["id"].to_string();
    let text = stdout(&sb.run(&["--db", db, "show", &id]));
    assert!(text.contains("24 maart 2022"), "{text}");
    assert!(text.contains("6. Voorstel voor effectmeting"), "{text}");
    assert!(text.contains("Ter besluitvorming (bijlage, PGT)"), "{text}");
    assert!(text.contains("oplegger zegt 'Ter informatie'"), "{text}");
    assert!(text.contains("Sheet 7"), "{text}");
    let json: serde_json::Value = serde_json::from_slice(&sb.run(&["--db", db, "show", &id, "--json"]).stdout).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 8);
    assert_eq!(items[5]["item"]["treatment"], "ter_besluitvorming");
    assert_eq!(items[5]["item"]["cover_treatment"], "ter_informatie");
}

#[test]
fn show_of_a_missing_meeting_is_a_clear_error() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let out = sb.run(&["--db", db.to_str().unwrap(), "show", "999"]);
    assert!(!out.status.success());
    assert_eq!(stderr(&out).trim(), "annoteer: vergadering 999 bestaat niet", "Dutch, as LANG says");
    let out = sb.run(&["--lang", "en", "--db", db.to_str().unwrap(), "show", "999"]);
    assert_eq!(stderr(&out).trim(), "annoteer: meeting 999 does not exist");
}

/// Every read-only command, as arguments after `--db FILE`; `export -o` writes to a file in `elsewhere`.
fn read_only_commands(elsewhere: &std::path::Path) -> Vec<Vec<String>> {
    let memo = elsewhere.join("memo.md").to_str().unwrap().to_string();
    [
        vec!["meetings"],
        vec!["meetings", "--json"],
        vec!["show", "1"],
        vec!["show", "1", "--json"],
        vec!["search", "programmaplan"],
        vec!["search", "huisvesting", "--json", "--limit", "3"],
        vec!["export", "1"],
        vec!["export", "2", "-o", &memo],
        vec!["export", "1", "-o", &memo],
        vec!["check"],
    ]
    .into_iter()
    .map(|a| a.into_iter().map(String::from).collect())
    .collect()
}

fn side_file(db: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(suffix);
    s.into()
}

/// The hash of a file, or None when there is none.
fn hash_of(path: &std::path::Path) -> Option<Vec<u8>> {
    path.exists().then(|| file_hash(path))
}

/// Issue 8, read-only commands: `meetings`, `show`, `search`, `export` (to stdout and to a file elsewhere)
/// and `check` leave the database file byte for byte as it was, and no -wal or other file behind.
#[test]
fn read_only_commands_never_write_the_database() {
    let sb = Sandbox::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let db = sb.demo_db();
    let before = file_hash(&db);
    let files = listing(sb.dir.path());
    let d = db.to_str().unwrap();
    for args in read_only_commands(elsewhere.path()) {
        let mut full = vec!["--db", d];
        full.extend(args.iter().map(String::as_str));
        let out = sb.run(&full);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
        assert_eq!(file_hash(&db), before, "{args:?} changed the database");
        assert_eq!(listing(sb.dir.path()), files, "{args:?} left files behind");
    }
    assert!(std::fs::read_to_string(elsewhere.path().join("memo.md")).unwrap().contains("Stuurgroep MIT"));
}

/// Issue 8, read-only commands, while another annoteer has the database open and its last commit is still
/// in the -wal file only: the database file and the -wal file are left byte for byte as they were.
#[test]
fn read_only_commands_leave_the_database_and_wal_of_a_live_writer_untouched() {
    let sb = Sandbox::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let db = sb.demo_db();
    let writer = Connection::open(&db).unwrap();
    writer.execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE items SET notes = 'in de WAL' WHERE id = 1;").unwrap();
    let wal = side_file(&db, "-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0, "the commit is in the WAL");
    let before = (file_hash(&db), file_hash(&wal));
    let d = db.to_str().unwrap();
    for args in read_only_commands(elsewhere.path()) {
        let mut full = vec!["--db", d];
        full.extend(args.iter().map(String::as_str));
        let out = sb.run(&full);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!((file_hash(&db), file_hash(&wal)), before, "{args:?} changed the database or its WAL");
    }
    drop(writer);
}

/// Issue 8, read-only commands, after a writer was killed with its last commit still in the -wal file: the
/// commands see that commit, and leave the database file and the -wal file as they were (folding the WAL
/// into the database is a write, left to the next annoteer that edits).
#[test]
fn read_only_commands_leave_the_wal_of_a_crashed_writer_in_place() {
    let sb = Sandbox::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let live = sb.demo_db();
    let writer = Connection::open(&live).unwrap();
    writer.execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE items SET notes = 'in de WAL' WHERE id = 1;").unwrap();
    // The files as a kill -9 would leave them: the database and its WAL, copied while the writer holds them.
    let db = sb.path("crashed.db");
    std::fs::copy(&live, &db).unwrap();
    std::fs::copy(side_file(&live, "-wal"), side_file(&db, "-wal")).unwrap();
    drop(writer);
    let before = (file_hash(&db), hash_of(&side_file(&db, "-wal")));
    let d = db.to_str().unwrap();
    for args in read_only_commands(elsewhere.path()) {
        let mut full = vec!["--db", d];
        full.extend(args.iter().map(String::as_str));
        let out = sb.run(&full);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(
            (file_hash(&db), hash_of(&side_file(&db, "-wal"))),
            before,
            "{args:?} changed the database or its WAL"
        );
    }
    let shown = stdout(&sb.run(&["--db", d, "show", "1", "--json"]));
    assert!(shown.contains("in de WAL"), "the commit in the WAL is seen");
}

#[test]
fn backup_is_a_sound_private_copy_and_check_passes() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let copy = sb.path("copy.db");
    let out = sb.run(&["--db", db.to_str().unwrap(), "backup", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&copy), 0o600);
    let out = sb.run(&["--db", copy.to_str().unwrap(), "check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "ok");
    let a = stdout(&sb.run(&["--db", db.to_str().unwrap(), "meetings", "--json"]));
    let b = stdout(&sb.run(&["--db", copy.to_str().unwrap(), "meetings", "--json"]));
    assert_eq!(a, b);
    let again = sb.run(&["--db", db.to_str().unwrap(), "backup", copy.to_str().unwrap()]);
    assert!(!again.status.success(), "a backup never overwrites a file");
}

#[test]
fn a_backup_into_a_missing_folder_blames_the_backup_not_the_database() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let before = file_hash(&db);
    let files = listing(sb.dir.path());
    let target = sb.path("no-such-folder/bk.db");
    let out = sb.run(&["--db", db.to_str().unwrap(), "backup", target.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("de map {} voor de kopie bestaat niet", sb.path("no-such-folder").display())),
        "{err}"
    );
    assert!(!err.contains("--db"), "the database is fine: {err}");
    assert_eq!(file_hash(&db), before);
    assert_eq!(listing(sb.dir.path()), files, "the refusal left files behind");
}

#[test]
fn a_database_in_a_missing_folder_is_not_said_to_be_made_by_starting_annoteer() {
    let sb = Sandbox::new();
    let db = sb.path("no-such-folder/x.db");
    for args in [vec!["meetings"], vec!["show", "1"], vec!["check"], vec!["search", "effect"]] {
        let mut full = vec!["--lang", "en", "--db", db.to_str().unwrap()];
        full.extend(&args);
        let out = sb.run(&full);
        assert!(!out.status.success(), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!(
                "the folder {} for the database does not exist",
                sb.path("no-such-folder").display()
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("create it or give another --db path"), "{err}");
        assert!(!err.contains("to create one"), "starting annoteer would not make it: {err}");
    }
    assert!(!sb.path("no-such-folder").exists());
    // A missing file in a folder that exists: starting annoteer does make it there.
    let out = sb.run(&["--lang", "en", "--db", sb.path("new.db").to_str().unwrap(), "meetings"]);
    assert!(stderr(&out).contains("to create one"), "{}", stderr(&out));
    // In Dutch (LANG) the same refusal reads in Dutch.
    let out = sb.run(&["--db", db.to_str().unwrap(), "meetings"]);
    assert!(stderr(&out).contains("voor de database bestaat niet; maak haar aan"), "{}", stderr(&out));
}

#[test]
fn check_reports_a_broken_foreign_key() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    {
        let c = Connection::open(&db).unwrap();
        c.execute_batch("PRAGMA foreign_keys = OFF; UPDATE items SET meeting_id = 4242 WHERE id = 1;").unwrap();
    }
    let out = sb.run(&["--db", db.to_str().unwrap(), "check"]);
    assert!(!out.status.success());
    assert!(stdout(&out).contains("items"), "{}", stdout(&out));
}

#[test]
fn demo_never_overwrites_an_existing_file() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let before = file_hash(&db);
    let out = sb.run(&["demo", "--db", db.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("bestaat al; de demo wordt alleen in een nieuw bestand geschreven"),
        "{}",
        stderr(&out)
    );
    let out = sb.run(&["--lang", "en", "demo", "--db", db.to_str().unwrap()]);
    assert!(stderr(&out).contains("already exists; the demo is written only into a new file"), "{}", stderr(&out));
    assert_eq!(file_hash(&db), before);
}

#[test]
fn env_var_names_the_database() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let out = sb.cmd().env("ANNOTEER_DB", &db).args(["meetings"]).output().unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).contains("KLO"));
}

#[test]
fn default_database_lives_in_a_private_data_directory() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("xdg-data").join("annoteer");
    // A command that only reads finds no database and leaves the machine as it was: no folder made.
    for read in [&["meetings"][..], &["show", "1"], &["search", "x"], &["--lang", "en", "meetings"]] {
        let out = sb.run(read);
        assert!(!out.status.success());
        let said = stderr(&out);
        let expected = if read[0] == "--lang" { "there is no database at" } else { "er is nog geen database in" };
        assert!(said.contains(expected) && said.contains("annoteer.db"), "{read:?}: {said}");
        assert!(!dir.exists(), "{read:?} made {dir:?}");
    }
    // The first command that makes the database makes its folder, private.
    std::fs::write(sb.path("agenda.txt"), "1. Opening\n2. Rondvraag\n").unwrap();
    let out = sb.run(&["import", "agenda", "agenda.txt", "--body", "KLO", "--date", "10-12-2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&dir), 0o700);
    assert!(dir.join("annoteer.db").exists());
}

#[test]
fn files_are_private_even_under_umask_000() {
    let sb = Sandbox::new();
    let db = sb.path("open.db");
    let bin = env!("CARGO_BIN_EXE_annoteer");
    let under_umask_000 = |args: &str| {
        std::process::Command::new("/bin/sh")
            .arg("-c")
            .arg(format!("umask 000; exec '{bin}' {args}"))
            .env_remove("ANNOTEER_DB")
            .env("HOME", sb.dir.path())
            .env("XDG_DATA_HOME", sb.dir.path().join("xdg-data"))
            .output()
            .unwrap()
    };
    let out = under_umask_000(&format!("demo --db '{}'", db.display()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db), 0o600);
    let copy = sb.path("copy.db");
    let out = under_umask_000(&format!("--db '{}' backup '{}'", db.display(), copy.display()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&copy), 0o600);
    std::fs::write(sb.path("agenda.txt"), "1. Opening\n").unwrap();
    let agenda = sb.path("agenda.txt");
    let out = under_umask_000(&format!("import agenda '{}' --body KLO --date 10-12-2026", agenda.display()));
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = sb.dir.path().join("xdg-data").join("annoteer");
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("annoteer.db")), 0o600);
}
