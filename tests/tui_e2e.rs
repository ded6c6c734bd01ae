//! The real binary in a real terminal (tmux): start, type, quit, and the text is in the database; the
//! terminal is given back; a kill -9 while typing leaves a draft that the next start offers back; SIGTERM and
//! a closed window (SIGHUP) keep the text too.

mod tool_support;

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    fn new(name: &str) -> Tmux {
        let socket = format!("annoteer-e2e-{}-{name}", std::process::id());
        Tmux { socket, dir: tempfile::tempdir().unwrap() }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux is needed for the end-to-end tests (.ci/run installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn demo_db(&self) -> PathBuf {
        let db = self.dir.path().join("demo.db");
        let out = Command::new(env!("CARGO_BIN_EXE_annoteer"))
            .args(["demo", "--db", db.to_str().unwrap()])
            .env_remove("ANNOTEER_DB")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        db
    }

    /// Starts annoteer on `db` in session `s`; its pid goes to a file, and its exit code onto the screen.
    fn start(&self, s: &str, db: &Path) {
        self.start_with(s, db, "");
    }

    /// As `start`, with `env` ("NAME='value' …") set for annoteer.
    fn start_with(&self, s: &str, db: &Path, env: &str) {
        let pidfile = self.dir.path().join(format!("{s}.pid"));
        let inner = format!(
            "echo \\$\\$ > '{}'; exec '{}' --db '{}' --lang nl",
            pidfile.display(),
            env!("CARGO_BIN_EXE_annoteer"),
            db.display()
        );
        let cmd = format!(
            "env -u ANNOTEER_DB -u VISUAL -u EDITOR HOME='{}' {env} sh -c \"{inner}\"; echo EXIT=$?; sleep 30",
            self.dir.path().display()
        );
        self.tmux(&["new-session", "-d", "-s", s, "-x", "120", "-y", "35", &cmd]);
    }

    fn pid(&self, s: &str) -> i32 {
        let file = self.dir.path().join(format!("{s}.pid"));
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(p) = std::fs::read_to_string(&file).ok().and_then(|t| t.trim().parse().ok()) {
                return p;
            }
            assert!(Instant::now() < deadline, "no pid file");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn keys(&self, s: &str, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", s, k]);
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn text(&self, s: &str, text: &str) {
        self.tmux(&["send-keys", "-t", s, "-l", text]);
    }

    fn screen(&self, s: &str) -> String {
        self.tmux(&["capture-pane", "-p", "-t", s])
    }

    fn wait_for(&self, s: &str, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.screen(s);
            if screen.contains(needle) {
                return;
            }
            assert!(Instant::now() < deadline, "waited in vain for {needle:?}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn alternate_on(&self, s: &str) -> String {
        self.tmux(&["display", "-p", "-t", s, "#{alternate_on}"]).trim().to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

fn annotation_of(db: &Path, title: &str) -> Option<String> {
    let c = Connection::open(db).unwrap();
    c.query_row("SELECT annotation FROM items WHERE title = ?1", [title], |r| r.get(0)).ok()
}

/// Ended: no such process, or a zombie waiting for a parent that is gone (as after a hang-up).
fn process_gone(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => !Command::new("kill").args(["-0", &pid.to_string()]).status().map(|s| s.success()).unwrap_or(false),
    }
}

/// Opens the demo's meeting of 24 March, adds an item with `title` and opens its annotation for typing.
fn add_item_and_open_annotation(t: &Tmux, s: &str, title: &str) {
    t.wait_for(s, "Vergaderingen");
    t.keys(s, &["g", "j", "j", "Enter"]); // past meetings newest first: the third
    t.wait_for(s, "Stuurgroep MIT · donderdag 24 maart 2022");
    t.keys(s, &["a"]);
    t.wait_for(s, "Nieuw agendapunt");
    t.text(s, title);
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Agendapunt toegevoegd");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Doel volgens oplegger");
    // Titel … Deel, Eerder, then Annotatie.
    t.keys(s, &["j", "j", "j", "j", "j", "j", "j", "j", "Enter"]);
    t.wait_for(s, "Annotatie — typen");
}

#[test]
fn add_an_item_type_its_annotation_quit_and_find_it() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("basic");
    let db = t.demo_db();
    t.start("s", &db);
    add_item_and_open_annotation(&t, "s", "E2E testpunt");
    t.text("s", "Annotatie via tmux getypt, met q en j.");
    t.wait_for("s", "met q en j.");
    t.keys("s", &["Escape"]);
    t.wait_for("s", "Bewaard.");
    t.keys("s", &["q"]);
    t.wait_for("s", "EXIT=0");
    assert_eq!(t.alternate_on("s"), "0", "the alternate screen was left");
    assert_eq!(annotation_of(&db, "E2E testpunt").as_deref(), Some("Annotatie via tmux getypt, met q en j."));
}

#[test]
fn kill_9_while_typing_leaves_a_draft_offered_at_the_next_start() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("kill9");
    let db = t.demo_db();
    t.start("first", &db);
    add_item_and_open_annotation(&t, "first", "Crashpunt");
    t.text("first", "Tekst van voor de crash");
    t.wait_for("first", "voor de crash");
    // Longer than the draft's pause of 300 ms.
    std::thread::sleep(Duration::from_millis(700));
    let pid = t.pid("first");
    Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
    t.wait_for("first", "EXIT=137");
    assert_eq!(annotation_of(&db, "Crashpunt").as_deref(), Some(""), "not stored, only drafted");

    t.start("second", &db);
    t.wait_for("second", "Niet-bewaarde tekst");
    t.wait_for("second", "Crashpunt");
    t.keys("second", &["Enter"]);
    t.wait_for("second", "Tekst van voor de crash");
    t.keys("second", &["Escape"]);
    t.wait_for("second", "Bewaard.");
    t.keys("second", &["q"]);
    t.wait_for("second", "EXIT=0");
    assert_eq!(annotation_of(&db, "Crashpunt").as_deref(), Some("Tekst van voor de crash"));
}

#[test]
fn sigterm_while_typing_keeps_the_text_and_restores_the_terminal() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("term");
    let db = t.demo_db();
    t.start("s", &db);
    add_item_and_open_annotation(&t, "s", "Termpunt");
    t.text("s", "Net getypt");
    t.wait_for("s", "Net getypt");
    let pid = t.pid("s");
    Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    t.wait_for("s", "EXIT=");
    assert_eq!(t.alternate_on("s"), "0");
    assert_eq!(annotation_of(&db, "Termpunt").as_deref(), Some("Net getypt"));
}

#[test]
fn closing_the_window_while_typing_keeps_the_text() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("hup");
    let db = t.demo_db();
    t.start("s", &db);
    add_item_and_open_annotation(&t, "s", "Hup-punt");
    t.text("s", "Venster dicht");
    t.wait_for("s", "Venster dicht");
    let pid = t.pid("s");
    t.tmux(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(4);
    while !process_gone(pid) {
        assert!(Instant::now() < deadline, "annoteer did not end after the hang-up");
        std::thread::sleep(Duration::from_millis(50));
    }
    let stored = annotation_of(&db, "Hup-punt").unwrap_or_default();
    let drafted: Option<String> = Connection::open(&db)
        .unwrap()
        .query_row("SELECT text FROM drafts WHERE key LIKE 'item:%:annotation'", [], |r| r.get(0))
        .ok();
    assert!(
        stored == "Venster dicht" || drafted.as_deref() == Some("Venster dicht"),
        "stored {stored:?}, drafted {drafted:?}"
    );
}

#[test]
fn e_hands_the_annotation_to_the_editor_and_stores_what_it_wrote() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("editor");
    let db = t.demo_db();
    let script = t.dir.path().join("editor.sh");
    std::fs::write(&script, "#!/bin/sh\nprintf 'Geschreven in de editor.\\n' >> \"$1\"\n").unwrap();
    Command::new("chmod").args(["+x", script.to_str().unwrap()]).status().unwrap();
    t.start_with("s", &db, &format!("EDITOR='{}'", script.display()));
    t.wait_for("s", "Vergaderingen");
    t.keys("s", &["g", "j", "j", "Enter"]);
    t.wait_for("s", "Stuurgroep MIT · donderdag 24 maart 2022");
    t.keys("s", &["e"]);
    t.wait_for("s", "Bewaard.");
    t.wait_for("s", "Geschreven in de editor.");
    t.keys("s", &["q"]);
    t.wait_for("s", "EXIT=0");
    assert_eq!(annotation_of(&db, "Mededelingen").as_deref(), Some("Geschreven in de editor."));
}
