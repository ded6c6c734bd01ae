//! Promise 10: under umask 000, the database, its -wal and -shm side files (while open, after a clean quit
//! and after a kill -9), backups and exports are 0600, and the data directory made by default is 0700, as
//! are the directories above it that annoteer had to make.

mod common;
mod tmux_support;
mod tool_support;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Runs annoteer with `args` (shell words) under umask 000, HOME and XDG_DATA_HOME in `home`.
fn under_umask_000(home: &Path, args: &str) -> Output {
    Command::new("/bin/sh")
        .arg("-c")
        .arg(format!("umask 000; exec '{}' {args}", env!("CARGO_BIN_EXE_annoteer")))
        .env_remove("ANNOTEER_DB")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .output()
        .unwrap()
}

#[test]
fn promise_10_the_tui_s_default_data_directory_database_and_side_files_are_private_under_umask_000() {
    use tmux_support::*;
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("perm");
    let xdg = t.dir.path().join("xdg-data");
    let dir = xdg.join("annoteer");
    let db = dir.join("annoteer.db");
    let env = format!("XDG_DATA_HOME='{}'", xdg.display());
    let start = |name: &str| {
        let run = t.run_dir(name);
        t.session(name, 100, 30, &t.command(&run, &env, "000", "--lang nl"));
        t.wait_for(name, "Vergaderingen");
        run
    };
    // First start: nothing exists; annoteer makes the directories and the database.
    let run = start("first");
    assert_eq!(mode(&xdg), 0o700, "XDG_DATA_HOME, made by annoteer");
    assert_eq!(mode(&dir), 0o700, "the data directory");
    assert_eq!(mode(&db), 0o600, "the database");
    for s in ["-wal", "-shm"] {
        assert!(side(&db, s).exists(), "{s} while open");
        assert_eq!(mode(&side(&db, s)), 0o600, "{s} while open");
    }
    // A new meeting half typed: its draft is written (the WAL holds something); then a kill -9 leaves the
    // side files behind.
    t.keys("first", &["a"]);
    t.wait_for("first", "Nieuwe vergadering");
    t.keys("first", &["Enter"]);
    t.text("first", "HASG");
    t.wait_for("first", "HASG");
    std::thread::sleep(Duration::from_millis(700));
    let drafts: i64 = rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap()
        .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(drafts, 1, "the draft was written");
    let pid = t.pid(&run);
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    assert!(wait_gone(pid, Duration::from_secs(3)).is_some());
    for s in ["-wal", "-shm"] {
        assert!(side(&db, s).exists(), "{s} after kill -9");
        assert_eq!(mode(&side(&db, s)), 0o600, "{s} after kill -9");
    }
    // Second start on the same files (the draft is offered back), then a clean quit.
    let run = start("second");
    t.wait_for("second", "HASG");
    t.keys("second", &["C-c"]);
    assert_eq!(t.exit_code(&run, tmux_support::PATIENCE).unwrap(), "0");
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&db), 0o600);
    for s in ["-wal", "-shm"] {
        if side(&db, s).exists() {
            assert_eq!(mode(&side(&db, s)), 0o600, "{s} after quitting");
        }
    }
    let listing: Vec<String> = listing(&dir);
    for name in &listing {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name} in the data directory");
    }
}

#[test]
fn promise_10_directories_made_above_the_default_data_directory_are_private_under_umask_000() {
    // Only HOME: the data directory is ~/.local/share/annoteer, and ~/.local and ~/.local/share do not exist
    // yet. World-writable parents would let anyone swap the data directory for one of their own.
    // The first command that makes the database makes them (one that only reads makes nothing).
    let sb = Sandbox::new();
    let agenda = sb.path("agenda.txt");
    std::fs::write(&agenda, "1. Opening\n").unwrap();
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(format!(
            "umask 000; exec '{}' --lang en import agenda '{}' --body KLO --date 10-12-2026",
            env!("CARGO_BIN_EXE_annoteer"),
            agenda.display()
        ))
        .env_remove("ANNOTEER_DB")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", sb.dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let local = sb.dir.path().join(".local");
    for d in [local.clone(), local.join("share"), local.join("share").join("annoteer")] {
        assert_eq!(mode(&d), 0o700, "{}", d.display());
    }
}

#[test]
fn promise_10_writing_commands_backups_and_exports_are_private_under_umask_000() {
    let sb = Sandbox::new();
    let home = sb.dir.path();
    let db = sb.path("werk.db");
    let d = db.display();
    let out = under_umask_000(home, &format!("demo --db '{d}'"));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db), 0o600, "a new database");

    // A writing command: the side files it makes are gone afterwards, or private.
    let agenda = sb.path("agenda.txt");
    std::fs::write(&agenda, "1. Opening\n2. Programmaplan\n").unwrap();
    let out = under_umask_000(
        home,
        &format!("--db '{d}' import agenda '{}' --body 'Stuurgroep MIT' --date 2022-06-01", agenda.display()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db), 0o600);
    for s in ["-wal", "-shm", "-journal"] {
        if side(&db, s).exists() {
            assert_eq!(mode(&side(&db, s)), 0o600, "{s}");
        }
    }

    // A backup: one private file, no side files left.
    let copy = sb.path("kopie.db");
    let out = under_umask_000(home, &format!("--db '{d}' backup '{}'", copy.display()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&copy), 0o600, "the backup");
    for s in ["-wal", "-shm", "-journal"] {
        assert!(!side(&copy, s).exists(), "the backup left {s} behind");
    }

    // Exports: a new file, and an existing world-readable file replaced.
    let memo = sb.path("memo.md");
    let out = under_umask_000(home, &format!("--db '{d}' export 1 -o '{}'", memo.display()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&memo), 0o600, "a new export");
    let old = sb.path("oud.md");
    std::fs::write(&old, "oud").unwrap();
    std::fs::set_permissions(&old, std::os::unix::fs::PermissionsExt::from_mode(0o666)).unwrap();
    let out = under_umask_000(home, &format!("--db '{d}' export 1 -o '{}'", old.display()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&old), 0o600, "an export over a 0666 file");
    assert!(std::fs::read_to_string(&old).unwrap().contains("Stuurgroep MIT"));

    // No temporary file of the export is left, world-readable or not.
    for name in listing(sb.dir.path()) {
        assert!(!name.ends_with(".tmp"), "left behind: {name}");
    }
}
