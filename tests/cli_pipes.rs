//! Output into a pipe whose reader is gone (`annoteer meetings --json | head -1`): stop quietly, exit 0,
//! nothing on stderr, and no panic (exit 101) when stderr itself is such a pipe.

mod common;

use common::*;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Output, Stdio};

/// The write end of a pipe whose read end is already closed: every write to it fails with EPIPE.
fn pipe_without_reader() -> Stdio {
    let mut fds = [0; 2];
    // O_CLOEXEC: no child that another test starts meanwhile may inherit the read end and keep it open.
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    drop(read);
    Stdio::from(write)
}

fn run_into_closed_stdout(sb: &Sandbox, args: &[&str]) -> Output {
    sb.cmd().args(args).stdout(pipe_without_reader()).stderr(Stdio::piped()).output().expect("run annoteer")
}

#[test]
fn every_printing_command_stops_quietly_when_the_reader_is_gone() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let d = db.to_str().unwrap();
    let files = listing(sb.dir.path());
    let before = file_hash(&db);
    let commands: &[&[&str]] = &[
        &["meetings"],
        &["meetings", "--json"],
        &["show", "1"],
        &["show", "1", "--json"],
        &["export", "1"],
        &["search", "kind:all", "e", "--limit", "1000"],
        &["search", "kind:all", "e", "--json"],
        &["check"],
        &["bodies"],
        &["bodies", "--json"],
    ];
    for args in commands {
        let mut full = vec!["--db", d];
        full.extend(args.iter());
        let out = run_into_closed_stdout(&sb, &full);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
        // The store was closed as usual: a read-only command leaves no -wal or -shm file behind.
        assert_eq!(listing(sb.dir.path()), files, "{args:?} left files behind");
        assert_eq!(file_hash(&db), before, "{args:?}");
    }
}

#[test]
fn an_error_into_a_closed_stderr_is_no_panic() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let out = sb
        .cmd()
        .args(["--db", db.to_str().unwrap(), "show", "999"])
        .stdout(Stdio::piped())
        .stderr(pipe_without_reader())
        .output()
        .expect("run annoteer");
    assert_eq!(out.status.code(), Some(1), "an error still fails, without a panic (101)");
}

#[test]
fn an_import_into_a_closed_stdout_keeps_its_data_and_exits_quietly() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let file = sb.path("agenda.txt");
    std::fs::write(&file, "1. Opening\n2. Verslag\n").unwrap();
    let out = run_into_closed_stdout(
        &sb,
        &[
            "--db",
            db.to_str().unwrap(),
            "import",
            "agenda",
            file.to_str().unwrap(),
            "--body",
            "KLO",
            "--date",
            "2022-03-08",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let listed = stdout(&sb.run(&["--db", db.to_str().unwrap(), "meetings"]));
    assert!(listed.contains("KLO"), "{listed}");
}
