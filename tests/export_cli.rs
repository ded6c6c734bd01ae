//! `annoteer export MEETING [-o FILE]` run as the real binary, and `write_memo` on disk: the memo to stdout
//! is the library's, a file is written 0600 and whole, and failures change nothing.

mod common;
mod memo_fixture;

use annoteer::domain::{ItemDraft, MeetingDraft, MeetingId, Stance, Treatment};
use annoteer::memo::{render_memo, write_memo};
use annoteer::store::{Access, Placement, Store};
use common::*;
use std::path::{Path, PathBuf};

/// A database with one meeting whose memo is a few kilobytes, made through the library.
fn meeting_db(sb: &Sandbox) -> (PathBuf, MeetingId) {
    meeting_db_sized(sb, 60)
}

/// The same, with each annotation `repeat` sentences long.
fn meeting_db_sized(sb: &Sandbox, repeat: usize) -> (PathBuf, MeetingId) {
    let db = sb.path("export.db");
    let mut store = Store::open(&db, Access::Create).unwrap();
    let id = store
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-03-24".into(),
            title: "Stuurgroep MIT".into(),
            classification: "VERTROUWELIJK".into(),
            addressee: "Plv. korpschef".into(),
            author: "Bestuursondersteuning".into(),
            ..MeetingDraft::default()
        })
        .unwrap();
    let part = store.add_part(id, "Deel 1: Reguliere Stuurgroep met PGT").unwrap();
    let annotation = "Is besproken in de OG van 16 maart. ".repeat(repeat);
    for (title, treatment) in
        [("Voorstel voor effectmeting", Treatment::TerBesluitvorming), ("3 | 4 # *test*", Treatment::TerBespreking)]
    {
        let draft = ItemDraft {
            title: title.into(),
            treatment: Some(treatment),
            annotation: annotation.clone(),
            advice_stance: Some(Stance::Akkoord),
            advice_text: "- Sheet 7: steun uitspreken\n- Sheet 10: vragen naar mandaten".into(),
            ..ItemDraft::default()
        };
        store.add_item(id, Placement::End { parent: None }, Some(part), &draft).unwrap();
    }
    (db, id)
}

fn export(sb: &Sandbox, db: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--db", db.to_str().unwrap(), "export"];
    all.extend_from_slice(args);
    sb.run(&all)
}

#[test]
fn stdout_gets_the_memo_and_the_same_data_gives_the_same_bytes() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let before = file_hash(&db);
    let first = export(&sb, &db, &[&id.to_string()]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = export(&sb, &db, &[&id.to_string()]);
    assert_eq!(first.stdout, second.stdout);
    let record = Store::open(&db, Access::ReadOnly).unwrap().meeting_record(id).unwrap();
    assert_eq!(stdout(&first), render_memo(&record));
    let text = stdout(&first);
    assert!(text.contains("## 1. Voorstel voor effectmeting\n"), "{text}");
    assert!(text.contains(r"## 2. 3 \| 4 \# \*test\*"), "{text}");
    assert!(text.contains("**Advies: akkoord.**"), "{text}");
    assert_eq!(file_hash(&db), before, "export must not write the database");
}

#[test]
fn a_file_is_written_private_whatever_the_umask_and_replaced_whole() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let out = sb.path("memo.md");
    std::fs::write(&out, "old memo").unwrap();
    std::fs::set_permissions(&out, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" --db \"$1\" export \"$2\" -o \"$3\"")
        .arg(env!("CARGO_BIN_EXE_annoteer"))
        .arg(&db)
        .arg(id.to_string())
        .arg(&out)
        .env_remove("ANNOTEER_DB")
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", stderr(&status));
    assert!(stdout(&status).contains("memo.md"), "it says where: {}", stdout(&status));
    assert_eq!(mode(&out), 0o600);
    let written = std::fs::read_to_string(&out).unwrap();
    let shown = stdout(&export(&sb, &db, &[&id.to_string()]));
    assert_eq!(written, shown);
    assert_eq!(listing(sb.dir.path()), vec!["export.db", "memo.md"], "no temporary file left");
}

#[test]
fn a_write_that_fails_halfway_keeps_the_old_file_and_leaves_no_temporary_file() {
    let sb = Sandbox::new();
    // A memo of about 300 KB against a file-size limit of 128 KiB, which SQLite's reading stays under.
    let (db, id) = meeting_db_sized(&sb, 4000);
    let out = sb.path("memo.md");
    std::fs::write(&out, "old memo").unwrap();
    let before = listing(sb.dir.path());
    let said = [
        ("en", "cannot write the memo to", "the file is too large; nothing was written"),
        ("nl", "kan het memo niet schrijven naar", "het bestand is te groot; er is niets geschreven"),
    ];
    for (lang, sentence, reason) in said {
        // SIGXFSZ ignored, so the write past the limit returns EFBIG and the export fails partway.
        let run = std::process::Command::new("sh")
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 128; exec \"$0\" --lang \"$4\" --db \"$1\" export \"$2\" -o \"$3\"")
            .arg(env!("CARGO_BIN_EXE_annoteer"))
            .arg(&db)
            .arg(id.to_string())
            .arg(&out)
            .arg(lang)
            .env_remove("ANNOTEER_DB")
            .output()
            .unwrap();
        assert!(!run.status.success());
        let err = stderr(&run);
        assert!(err.contains(sentence) && err.contains(reason), "{lang}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old memo");
        assert_eq!(listing(sb.dir.path()), before);
    }
}

#[test]
fn bad_targets_are_refused_and_change_nothing() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let id = id.to_string();
    let before = file_hash(&db);
    let listing_before = listing(sb.dir.path());

    let onto_db = export(&sb, &db, &[&id, "-o", db.to_str().unwrap()]);
    assert!(!onto_db.status.success());
    assert!(stderr(&onto_db).contains("is de database"), "{}", stderr(&onto_db));

    let missing_dir = sb.path("nope/memo.md");
    let run = export(&sb, &db, &[&id, "-o", missing_dir.to_str().unwrap()]);
    assert!(stderr(&run).contains("bestaat niet"), "{}", stderr(&run));

    let run = export(&sb, &db, &[&id, "-o", sb.dir.path().to_str().unwrap()]);
    assert!(stderr(&run).contains("is een map"), "{}", stderr(&run));

    let run = export(&sb, &db, &["99", "-o", sb.path("memo.md").to_str().unwrap()]);
    assert!(!run.status.success());
    assert!(stderr(&run).contains("99"), "{}", stderr(&run));

    assert_eq!(file_hash(&db), before);
    assert_eq!(listing(sb.dir.path()), listing_before);
}

#[test]
fn write_memo_replaces_a_file_only_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("memo.md");
    write_memo(&path, "eerste\n").unwrap();
    assert_eq!(mode(&path), 0o600);
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o666)).unwrap();
    write_memo(&path, "tweede\n").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "tweede\n");
    assert_eq!(mode(&path), 0o600, "a replaced file is private again");
    assert_eq!(listing(dir.path()), vec!["memo.md"]);

    // An empty path, a missing directory and a directory are refused without leaving anything behind.
    assert!(write_memo(Path::new(""), "x").is_err());
    assert!(write_memo(&dir.path().join("missing").join("memo.md"), "x").is_err());
    assert!(write_memo(dir.path(), "x").is_err());
    assert_eq!(listing(dir.path()), vec!["memo.md"]);
}

#[test]
fn the_demo_meeting_exports_from_a_file_database_as_from_the_library() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let list = sb.run(&["--db", db.to_str().unwrap(), "meetings", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["date"] == "2022-03-24" && m["body"] == "Stuurgroep MIT")
        .expect("the demo meeting")["id"]
        .to_string();
    let out = export(&sb, &db, &[&id]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), render_memo(&memo_fixture::demo_record()));
}

/// Walk-through G12: `-o memo.pdf` wrote markdown under a name that promises a PDF.
#[test]
fn a_file_name_of_another_format_is_refused_and_nothing_written() {
    let sb = Sandbox::new();
    let (db, m) = meeting_db(&sb);
    let id = m.0.to_string();
    for name in ["memo.pdf", "memo.odt", "memo.html"] {
        let target = sb.path(name);
        let out = export(&sb, &db, &[&id, "-o", target.to_str().unwrap()]);
        assert!(!out.status.success(), "{name} accepted");
        assert!(stderr(&out).contains("annoteer schrijft markdown (.md) of Word (.docx)"), "{}", stderr(&out));
        assert!(!target.exists(), "{name} was written");
    }
    // A version number is no format: the memo is markdown, as without a name of a format.
    let versioned = sb.path("memo v6.1");
    let out = export(&sb, &db, &[&id, "-o", versioned.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&versioned).unwrap().starts_with("---"));
}
