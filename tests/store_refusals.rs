//! Files that are not an annoteer database of this version are refused, byte for byte untouched,
//! with no side files left behind.

mod common;

use annoteer::store::{Access, Store, APPLICATION_ID};
use common::*;
use rusqlite::Connection;
use std::path::Path;

fn assert_refused(sb: &Sandbox, file: &Path, expect: &str) {
    let before = file_hash(file);
    let files = listing(sb.dir.path());
    for access in [Access::Create, Access::Existing, Access::ReadOnly] {
        let err = match Store::open(file, access) {
            Ok(_) => panic!("{file:?} was opened with {access:?}"),
            Err(e) => e.to_string(),
        };
        assert!(err.contains(expect), "{access:?}: {err}");
    }
    let out = sb.run(&["--lang", "en", "--db", file.to_str().unwrap(), "meetings"]);
    assert!(!out.status.success());
    let msg = stderr(&out);
    assert!(msg.contains(expect), "{msg}");
    assert_eq!(msg.trim().lines().count(), 1, "one sentence: {msg}");
    assert_eq!(file_hash(file), before, "the file changed");
    assert_eq!(listing(sb.dir.path()), files, "side files were left");
}

#[test]
fn text_file_is_refused() {
    let sb = Sandbox::new();
    let f = sb.path("agenda.txt");
    std::fs::write(&f, "1. Opening\n2. Verslag\n").unwrap();
    assert_refused(&sb, &f, "not a SQLite database");
    let dutch = stderr(&sb.run(&["--db", f.to_str().unwrap(), "meetings"]));
    assert!(dutch.contains("is geen SQLite-database") && dutch.contains("er is niets aan veranderd"), "{dutch}");
}

#[test]
fn pdf_is_refused() {
    let sb = Sandbox::new();
    let f = sb.path("stuk.pdf");
    let mut bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 4096));
    std::fs::write(&f, bytes).unwrap();
    assert_refused(&sb, &f, "not a SQLite database");
}

#[test]
fn zero_byte_file_is_refused() {
    let sb = Sandbox::new();
    let f = sb.path("empty.db");
    std::fs::write(&f, b"").unwrap();
    assert_refused(&sb, &f, "is empty");
}

#[test]
fn other_programs_database_is_refused() {
    let sb = Sandbox::new();
    let f = sb.path("places.sqlite");
    {
        let c = Connection::open(&f).unwrap();
        c.execute_batch(
            "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places(url) VALUES ('x');",
        )
        .unwrap();
    }
    assert_refused(&sb, &f, "another program");
}

#[test]
fn newer_version_is_refused() {
    let sb = Sandbox::new();
    let f = sb.demo_db();
    {
        let c = Connection::open(&f).unwrap();
        c.execute_batch("PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;").unwrap();
    }
    assert_refused(&sb, &f, "newer annoteer");
}

#[test]
fn truncated_database_is_refused_or_reported() {
    let sb = Sandbox::new();
    let f = sb.demo_db();
    let bytes = std::fs::read(&f).unwrap();
    std::fs::write(&f, &bytes[..60]).unwrap();
    assert_refused(&sb, &f, "not a SQLite database");
}

#[test]
fn damaged_header_is_refused() {
    let sb = Sandbox::new();
    let f = sb.demo_db();
    let mut bytes = std::fs::read(&f).unwrap();
    bytes[18] ^= 0x40;
    std::fs::write(&f, &bytes).unwrap();
    assert_refused(&sb, &f, "damaged");
}

#[test]
fn a_directory_is_refused() {
    let sb = Sandbox::new();
    let err = Store::open(sb.dir.path(), Access::Create).err().expect("refused").to_string();
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn missing_directory_is_an_error_not_a_new_database() {
    let sb = Sandbox::new();
    let f = sb.path("no-such-dir/sub/annoteer.db");
    let out = sb.run(&["--db", f.to_str().unwrap(), "demo"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bestaat niet"), "{}", stderr(&out));
    assert!(!sb.path("no-such-dir").exists());
}

#[test]
fn a_missing_file_in_an_existing_directory_is_created_on_purpose() {
    let sb = Sandbox::new();
    let f = sb.path("nieuw.db");
    let store = Store::open(&f, Access::Create).unwrap();
    assert!(store.meetings().unwrap().is_empty());
    drop(store);
    let c = Connection::open(&f).unwrap();
    let app: i32 = c.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    assert_eq!(app, APPLICATION_ID);
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn read_only_open_refuses_writes() {
    let sb = Sandbox::new();
    let f = sb.demo_db();
    let mut store = Store::open(&f, Access::ReadOnly).unwrap();
    assert!(store.ensure_body("HASG").is_err());
}
