//! Promise 6: the terminal is given back after quit (q), a panic, SIGTERM, SIGHUP and a closed terminal
//! window, 10 times each: raw mode, alternate screen, bracketed paste and mouse reporting all off
//! afterwards, and no annoteer process left behind.
//!
//! The real binary runs in tmux under a wrapper shell that stays in the pane (tests/tmux_support): when
//! annoteer has ended, the same pane is examined: `stty -a` for raw mode, tmux's `#{alternate_on}` and
//! `#{mouse_*_flag}` for the screen and the mouse, and a paste with `paste-buffer -p` for bracketed paste
//! (tmux brackets it only when the application asked for it). A closed window leaves no terminal to
//! examine; there the promise is that annoteer ends by itself (crossterm's poll may never return after a
//! hang-up, crossterm issue 793, so signals are handled on their own thread). The panic comes from
//! `ANNOTEER_TEST_PANIC_ON_KEY`, a hook in src/tui/runner.rs that only this test sets. A control run of a
//! program that leaves everything switched on shows that the examination finds each problem.

mod tmux_support;
mod tool_support;

use std::path::Path;
use std::time::{Duration, Instant};
use tmux_support::*;

const RUNS: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    Quit,
    Panic,
    Sigterm,
    Sighup,
    /// tmux kill-window on even runs, kill-session on odd runs.
    ClosedWindow,
}

const ENDINGS: [Ending; 5] = [Ending::Quit, Ending::Panic, Ending::Sigterm, Ending::Sighup, Ending::ClosedWindow];

#[derive(Debug)]
struct Outcome {
    exit: String,
    /// From the ending's cause (key, signal, closed window) until the process was gone.
    took: Duration,
}

fn signal(pid: i32, sig: libc::c_int) {
    // SAFETY: kill(2) with a pid this test started; no memory is involved.
    assert_eq!(unsafe { libc::kill(pid, sig) }, 0, "kill {pid}");
}

/// One start and end of annoteer in its own session; Err says what went wrong.
fn one_run(t: &Tmux, db: &Path, ending: Ending, i: usize) -> Result<Outcome, String> {
    let run = t.run_dir(&format!("{ending:?}-{i}"));
    let s = format!("run{i}");
    let env = if ending == Ending::Panic { "ANNOTEER_TEST_PANIC_ON_KEY='!'" } else { "" };
    t.session(&s, 100, 30, &t.command(&run, env, "022", &format!("--db '{}' --lang nl", db.display())));
    let target = format!("{s}:0");
    t.try_wait_for(&target, "Vergaderingen", Duration::from_secs(5))?;
    // Half the runs end on the agenda of the first meeting rather than on the list.
    if i % 2 == 1 {
        t.keys(&target, &["Enter"]);
        t.wait_until(&target, "the agenda", |screen| !screen.lines().next().unwrap_or("").contains("Vergaderingen"))?;
    }
    let pid = t.pid(&run);
    match ending {
        Ending::Quit => t.keys(&target, &["q"]),
        Ending::Panic => t.text(&target, "!"),
        Ending::Sigterm => signal(pid, libc::SIGTERM),
        Ending::Sighup => signal(pid, libc::SIGHUP),
        Ending::ClosedWindow if i.is_multiple_of(2) => {
            t.tmux(&["new-window", "-d", "-t", &format!("{s}:1"), "sleep 600"]);
            t.tmux(&["kill-window", "-t", &target]);
        }
        Ending::ClosedWindow => {
            t.tmux(&["kill-session", "-t", &s]);
        }
    }
    let took = wait_gone(pid, Duration::from_secs(3))
        .ok_or_else(|| format!("annoteer (pid {pid}) still runs 3 s after {ending:?}"))?;
    if ending == Ending::ClosedWindow {
        t.tmux(&["kill-session", "-t", &s]);
        return Ok(Outcome { exit: "-".into(), took });
    }
    let exit = t.exit_code(&run, Duration::from_secs(3))?;
    let problems = t.terminal_problems(&target, &run)?;
    let screen = t.screen(&target);
    t.tmux(&["kill-session", "-t", &s]);
    if !problems.is_empty() {
        return Err(format!("the terminal was not given back: {problems:?}"));
    }
    match ending {
        Ending::Quit if exit != "0" => return Err(format!("q ended with exit code {exit}")),
        Ending::Panic if exit != "101" || !screen.contains("the test asked for a panic") => {
            return Err(format!("no panic seen (exit code {exit}):\n{screen}"))
        }
        _ => {}
    }
    Ok(Outcome { exit, took })
}

#[test]
fn promise_6_terminal_restored_after_quit_panic_sigterm_sighup_and_closed_window_10_times_each() {
    if !tool_support::have_tmux() {
        return;
    }
    let servers: Vec<(Ending, Tmux)> = ENDINGS.iter().map(|e| (*e, Tmux::new(&format!("{e:?}")))).collect();
    let started = Instant::now();
    let results: Vec<(Ending, Vec<Result<Outcome, String>>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = servers
            .iter()
            .map(|(ending, t)| {
                scope.spawn(move || {
                    let db = t.demo_db("demo.db");
                    (*ending, (0..RUNS).map(|i| one_run(t, &db, *ending, i)).collect::<Vec<_>>())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a run thread panicked")).collect()
    });
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for (ending, outcomes) in &results {
        let clean = outcomes.iter().filter(|o| o.is_ok()).count();
        let slowest = outcomes.iter().flatten().map(|o| o.took).max().unwrap_or_default();
        let mut exits: Vec<&str> = outcomes.iter().flatten().map(|o| o.exit.as_str()).collect();
        exits.dedup();
        report.push(format!("{ending:?}: {clean}/{} clean, exit {exits:?}, slowest end {slowest:.2?}", outcomes.len()));
        for (i, o) in outcomes.iter().enumerate() {
            if let Err(e) = o {
                failures.push(format!("{ending:?} run {i}: {e}"));
            }
        }
    }
    let mut orphans = Vec::new();
    for (_, t) in &servers {
        orphans.extend(live_annoteer_processes(t.dir.path()));
    }
    let runs: usize = results.iter().map(|(_, o)| o.len()).sum();
    eprintln!(
        "promise 6: {runs} runs, {} clean, {} orphans, in {:.1?}\n  {}",
        runs - failures.len(),
        orphans.len(),
        started.elapsed(),
        report.join("\n  ")
    );
    assert_eq!(runs, ENDINGS.len() * RUNS);
    assert!(failures.is_empty(), "{} of {runs} runs failed:\n{}", failures.len(), failures.join("\n"));
    assert!(orphans.is_empty(), "annoteer processes left running: {orphans:?}");
}

/// Control for promise 6: a program that switches on raw mode, the alternate screen, bracketed paste, mouse
/// reporting and a hidden cursor and exits without undoing them is caught on every count.
#[test]
fn promise_6_control_a_program_that_leaves_the_terminal_raw_is_caught() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("control");
    let run = t.run_dir("control");
    let rude = r#"sh -c "stty raw -echo; printf '\033[?1049h\033[?2004h\033[?1000h\033[?1002h\033[?1006h\033[?25l'""#;
    let cmd = t.command_of(&run, "", "022", rude);
    t.session("c", 100, 30, &cmd);
    t.exit_code(&run, tmux_support::PATIENCE).unwrap();
    let problems = t.terminal_problems("c", &run).unwrap();
    let text = problems.join("\n");
    for what in ["raw mode", "alternate screen", "bracketed paste", "mouse reporting", "cursor"] {
        assert!(text.contains(what), "the examination missed {what}: {problems:?}");
    }
}

/// `annoteer --demo` works on a throwaway copy; closing its window (the hard exit after a hang-up) must
/// remove that copy as `q` does, or every closed demo leaves a database in the temporary folder.
#[test]
fn a_closed_demo_window_leaves_no_throwaway_copy_behind() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("demo-tmp");
    let tmp = t.run_dir("tmpdir");
    let leftovers = || {
        std::fs::read_dir(&tmp)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("annoteer-demo-"))
            .count()
    };
    for (i, close) in ["q", "kill-session", "kill-window"].into_iter().enumerate() {
        let run = t.run_dir(&format!("demo{i}"));
        let s = format!("d{i}");
        let env = format!("TMPDIR='{}'", tmp.display());
        t.session(&s, 100, 30, &t.command(&run, &env, "022", "--demo --lang nl"));
        t.wait_for(&s, "Vergaderingen");
        assert_eq!(leftovers(), 1, "the demo runs on one copy in TMPDIR");
        let pid = t.pid(&run);
        match close {
            "q" => t.keys(&s, &["q"]),
            "kill-window" => {
                t.tmux(&["new-window", "-d", "-t", &format!("{s}:1"), "sleep 600"]);
                t.tmux(&["kill-window", "-t", &format!("{s}:0")]);
            }
            _ => {
                t.tmux(&["kill-session", "-t", &s]);
            }
        }
        assert!(wait_gone(pid, PATIENCE).is_some(), "annoteer --demo still runs after {close}");
        t.tmux(&["kill-session", "-t", &s]);
        assert_eq!(leftovers(), 0, "after {close} the demo's copy is still in {}", tmp.display());
    }
}
