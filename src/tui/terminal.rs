//! Taking the terminal and always giving it back: on quit, panic, SIGTERM, SIGHUP (a closed window) and
//! SIGINT. crossterm's `event::poll` may never return after a hang-up (crossterm issue 793), so signals are
//! watched on their own thread, and a watchdog (which also notices a hang-up that came without a signal) asks
//! the loop to stop and, if the loop does not, saves the draft itself.

use crate::store::{Access, Store};
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Stdout, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

pub fn enter() -> io::Result<Term> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    if let Err(e) = execute!(out, EnterAlternateScreen, EnableBracketedPaste) {
        leave();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Undoes everything `enter` (or anyone) may have switched on. Safe to call more than once, from any thread:
/// it writes to file descriptor 1 directly, because std's stdout lock may be held by a thread that is stuck.
pub fn leave() {
    use crossterm::Command;
    let mut seq = String::new();
    let _ = DisableBracketedPaste.write_ansi(&mut seq);
    let _ = DisableMouseCapture.write_ansi(&mut seq);
    let _ = LeaveAlternateScreen.write_ansi(&mut seq);
    let _ = cursor::Show.write_ansi(&mut seq);
    write_fd1(seq.as_bytes());
    let _ = disable_raw_mode();
}

fn write_fd1(bytes: &[u8]) {
    use std::os::fd::AsFd;
    if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
        let mut f = std::fs::File::from(fd);
        let _ = f.write_all(bytes);
        let _ = f.flush();
    }
}

/// True when the terminal on stdin has hung up (its window closed).
fn hung_up() -> bool {
    let mut fds = libc::pollfd { fd: 0, events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd, a zero timeout; poll only writes `revents`.
    let n = unsafe { libc::poll(&mut fds, 1, 0) };
    n > 0 && fds.revents & (libc::POLLHUP | libc::POLLNVAL) != 0
}

/// Text being typed, as the last loop turn saw it: what a signal or panic saves when the loop cannot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingDraft {
    pub key: String,
    pub text: String,
    pub base_revision: i64,
}

struct Rescue {
    db: Option<PathBuf>,
    draft: Mutex<Option<PendingDraft>>,
}

static RESCUE: OnceLock<Rescue> = OnceLock::new();
static STOP: AtomicBool = AtomicBool::new(false);
static DONE: AtomicBool = AtomicBool::new(false);
static SIGNAL: AtomicI32 = AtomicI32::new(0);
/// The demo's throwaway folder: the watchdog's hard exit skips the destructors that remove it.
static THROWAWAY: OnceLock<std::path::PathBuf> = OnceLock::new();

/// Removes `dir` also when the program is ended by a signal the loop could not answer in time.
pub fn remove_on_forced_exit(dir: &std::path::Path) {
    let _ = THROWAWAY.set(dir.to_path_buf());
}

/// Sets up the panic hook and the signal thread for a database at `db` (`None`: nothing to save to).
pub fn install(db: Option<PathBuf>) {
    if RESCUE.set(Rescue { db, draft: Mutex::new(None) }).is_err() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        save_pending();
        leave();
        previous(info);
    }));
    let signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ]);
    if let Ok(mut signals) = signals {
        std::thread::spawn(move || {
            for sig in signals.forever() {
                SIGNAL.store(sig, Ordering::SeqCst);
                STOP.store(true, Ordering::SeqCst);
            }
        });
    }
    std::thread::spawn(watchdog);
}

/// Notices a signal or a hung-up terminal; lets the loop stop the ordinary way (saving through its own
/// connection), and when the loop does not within a second, saves the draft itself and ends the program.
fn watchdog() {
    loop {
        std::thread::sleep(Duration::from_millis(100));
        if DONE.load(Ordering::SeqCst) {
            return;
        }
        if hung_up() {
            SIGNAL.compare_exchange(0, signal_hook::consts::SIGHUP, Ordering::SeqCst, Ordering::SeqCst).ok();
            STOP.store(true, Ordering::SeqCst);
        }
        if !STOP.load(Ordering::SeqCst) {
            continue;
        }
        for _ in 0..20 {
            if DONE.load(Ordering::SeqCst) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        save_pending();
        leave();
        if let Some(dir) = THROWAWAY.get() {
            let _ = std::fs::remove_dir_all(dir);
        }
        std::process::exit(128 + SIGNAL.load(Ordering::SeqCst));
    }
}

pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// The loop has ended and the terminal is restored; the signal thread has nothing left to do.
pub fn done() {
    DONE.store(true, Ordering::SeqCst);
}

pub fn set_pending(draft: Option<PendingDraft>) {
    if let Some(r) = RESCUE.get() {
        if let Ok(mut slot) = r.draft.lock() {
            *slot = draft;
        }
    }
}

fn save_pending() {
    let Some(r) = RESCUE.get() else { return };
    let Some(db) = &r.db else { return };
    // try_lock: a panic while the loop held the lock must not hang here.
    let Ok(slot) = r.draft.try_lock() else { return };
    if let Some(d) = slot.as_ref() {
        if let Ok(mut store) = Store::open(db, Access::Existing) {
            let _ = store.save_draft(&d.key, &d.text, d.base_revision);
        }
    }
}
