//! The real binary in a real terminal, for the reliability tests: a private tmux server per test, and a
//! wrapper shell in the pane that outlives annoteer, so the terminal annoteer left behind can be examined
//! in the same pane.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_annoteer");

/// How long a wait for the screen or the wrapper's files lasts before it fails. A wait ends as soon as its
/// condition holds, so a long one costs nothing when the machine is quick; a debug binary on two loaded
/// cores can take seconds to draw after a resize storm.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The pane's shell. It runs annoteer as a child (the child's pid goes to `$d/pid`), prints its exit code,
/// records `stty -a` as annoteer left the terminal, then reads one line (a paste sent by the test) so that
/// the test can see whether bracketed paste was left on, and waits.
const WRAPPER: &str = r#"#!/bin/sh
d=$1; shift
sh -c 'echo $$ > "$0/pid"; exec "$@"' "$d" "$@"
code=$?
echo "EXIT=$code"
stty -a > "$d/stty.tmp" 2>&1
echo "$code" > "$d/exit"
mv "$d/stty.tmp" "$d/stty"
echo "READY"
IFS= read -r line
printf '%s' "$line" > "$d/pasted.tmp"
mv "$d/pasted.tmp" "$d/pasted"
echo "PASTED"
exec sleep 600
"#;

pub struct Tmux {
    pub socket: String,
    pub dir: tempfile::TempDir,
    wrapper: PathBuf,
}

impl Tmux {
    pub fn new(name: &str) -> Tmux {
        let socket = format!("annoteer-rel-{}-{name}", std::process::id());
        let dir = tempfile::tempdir().unwrap();
        let wrapper = dir.path().join("wrapper.sh");
        std::fs::write(&wrapper, WRAPPER).unwrap();
        Command::new("chmod").args(["+x", wrapper.to_str().unwrap()]).status().unwrap();
        let t = Tmux { socket, dir, wrapper };
        // A session that lives as long as the test: killing a run's last session would otherwise stop the
        // server while the next run's session is being made.
        t.tmux(&["new-session", "-d", "-s", "keeper", "sleep 3600"]);
        t
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux is needed for the end-to-end tests (.ci/run installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A new demo database in this test's directory.
    pub fn demo_db(&self, name: &str) -> PathBuf {
        let db = self.dir.path().join(name);
        let out =
            Command::new(BIN).args(["demo", "--db", db.to_str().unwrap()]).env_remove("ANNOTEER_DB").output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        db
    }

    /// A fresh directory for one run's records (pid, stty, pasted).
    pub fn run_dir(&self, name: &str) -> PathBuf {
        let d = self.dir.path().join(name);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// The pane command: the wrapper around annoteer with `args`, with `env` ("NAME='value' …") and a
    /// `umask` set first, HOME inside the test's directory and nothing from the user's environment.
    pub fn command(&self, run: &Path, env: &str, umask: &str, args: &str) -> String {
        self.command_of(run, env, umask, &format!("'{BIN}' {args}"))
    }

    /// As `command`, for any `program` (a shell word list) in place of annoteer.
    pub fn command_of(&self, run: &Path, env: &str, umask: &str, program: &str) -> String {
        format!(
            "umask {umask}; exec env -u ANNOTEER_DB -u VISUAL -u EDITOR HOME='{home}' {env} '{wrapper}' '{run}' {program}",
            home = self.dir.path().display(),
            wrapper = self.wrapper.display(),
            run = run.display(),
        )
    }

    /// Starts a new detached session `s` of `w`×`h` running `cmd`.
    pub fn session(&self, s: &str, w: u16, h: u16, cmd: &str) {
        self.tmux(&["new-session", "-d", "-s", s, "-x", &w.to_string(), "-y", &h.to_string(), cmd]);
    }

    pub fn pid(&self, run: &Path) -> i32 {
        let file = run.join("pid");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(p) = std::fs::read_to_string(&file).ok().and_then(|t| t.trim().parse().ok()) {
                return p;
            }
            assert!(Instant::now() < deadline, "no pid file in {}", run.display());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn keys(&self, target: &str, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", target, k]);
        }
    }

    pub fn text(&self, target: &str, text: &str) {
        self.tmux(&["send-keys", "-t", target, "-l", text]);
    }

    pub fn screen(&self, target: &str) -> String {
        self.tmux(&["capture-pane", "-p", "-t", target])
    }

    pub fn display(&self, target: &str, format: &str) -> String {
        self.tmux(&["display", "-p", "-t", target, format]).trim().to_string()
    }

    pub fn try_wait_for(&self, target: &str, needle: &str, timeout: Duration) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        loop {
            let screen = self.screen(target);
            if screen.contains(needle) {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!("waited in vain for {needle:?}; the screen:\n{screen}"));
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// The exit code the wrapper recorded for the run in `run`, once it has.
    pub fn exit_code(&self, run: &Path, timeout: Duration) -> Result<String, String> {
        wait_file(&run.join("stty"), timeout)?;
        std::fs::read_to_string(run.join("exit")).map(|s| s.trim().to_string()).map_err(|e| e.to_string())
    }

    /// Waits until the screen of `target` satisfies `pred`.
    pub fn wait_until(&self, target: &str, what: &str, pred: impl Fn(&str) -> bool) -> Result<(), String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen(target);
            if pred(&screen) {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!("waited in vain for {what}; the screen:\n{screen}"));
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub fn wait_for(&self, target: &str, needle: &str) {
        if let Err(e) = self.try_wait_for(target, needle, PATIENCE) {
            panic!("{e}");
        }
    }

    /// What is wrong with the terminal of `target` after the program in the wrapper has ended: raw mode,
    /// alternate screen, bracketed paste, mouse reporting or a hidden cursor left on. Empty when all is
    /// given back. Waits for the wrapper's records itself (files, not the screen, which may be the
    /// alternate one).
    pub fn terminal_problems(&self, target: &str, run: &Path) -> Result<Vec<String>, String> {
        wait_file(&run.join("stty"), PATIENCE)?;
        let mut problems = Vec::new();
        // Bracketed paste: tmux wraps a paste in ESC[200~ … ESC[201~ only when the application asked for it.
        // C-j ends the line in raw mode too.
        self.tmux(&["set-buffer", "-b", "probe", "PASTE"]);
        self.tmux(&["paste-buffer", "-p", "-d", "-b", "probe", "-t", target]);
        self.keys(target, &["C-j"]);
        wait_file(&run.join("pasted"), PATIENCE)?;
        let pasted = std::fs::read(run.join("pasted")).map_err(|e| e.to_string())?;
        if pasted != b"PASTE" {
            problems.push(format!("bracketed paste left on: read back {:?}", String::from_utf8_lossy(&pasted)));
        }
        let stty = std::fs::read_to_string(run.join("stty")).map_err(|e| e.to_string())?;
        let words: Vec<&str> = stty.split_whitespace().collect();
        let off: Vec<&str> =
            ["icanon", "echo", "isig", "icrnl", "opost"].into_iter().filter(|f| !words.contains(f)).collect();
        if !off.is_empty() {
            problems.push(format!("raw mode left on: {} off", off.join(", ")));
        }
        let flags = self.display(
            target,
            "#{alternate_on} #{mouse_any_flag} #{mouse_standard_flag} #{mouse_button_flag} #{mouse_all_flag} \
             #{mouse_sgr_flag} #{mouse_utf8_flag} #{cursor_flag}",
        );
        let f: Vec<&str> = flags.split(' ').collect();
        if f.len() != 8 {
            return Err(format!("tmux gave {flags:?} for the pane's flags"));
        }
        if f[0] != "0" {
            problems.push("alternate screen left on".into());
        }
        if f[1..7].iter().any(|x| *x != "0") {
            problems.push(format!("mouse reporting left on (any standard button all sgr utf8: {})", f[1..7].join(" ")));
        }
        if f[7] != "1" {
            problems.push("cursor left hidden".into());
        }
        Ok(problems)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

/// Waits up to `timeout` for `file` to exist.
pub fn wait_file(file: &Path, timeout: Duration) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    while !file.exists() {
        if Instant::now() >= deadline {
            return Err(format!("{} did not appear", file.display()));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}

/// Ended: no such process, or a zombie waiting for a parent that is gone (as after a hang-up).
pub fn process_gone(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => true,
    }
}

/// Waits up to `timeout` for `pid` to end; how long it took, or None.
pub fn wait_gone(pid: i32, timeout: Duration) -> Option<Duration> {
    let start = Instant::now();
    while !process_gone(pid) {
        if start.elapsed() > timeout {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(start.elapsed())
}

/// Live (not zombie) annoteer processes whose command line mentions `marker` (a test's directory).
pub fn live_annoteer_processes(marker: &Path) -> Vec<i32> {
    let marker = marker.to_string_lossy().into_owned();
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else { return found };
    for e in entries.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else { continue };
        let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else { continue };
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        let is_annoteer = std::fs::read_link(format!("/proc/{pid}/exe"))
            .is_ok_and(|exe| exe.file_name().is_some_and(|n| n.to_string_lossy().starts_with("annoteer")));
        if is_annoteer && cmdline.contains(&marker) && !process_gone(pid) {
            found.push(pid);
        }
    }
    found
}
