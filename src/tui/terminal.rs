//! Taking the terminal and always giving it back: on quit, panic, SIGTERM, SIGHUP (a closed window) and
//! SIGINT. crossterm's `event::poll` may never return after a hang-up (crossterm issue 793), so signals are
//! watched on their own thread, which asks the loop to stop and, if the loop does not, saves the draft itself.

use crate::store::{Access, Store};
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Stdout, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
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

/// Undoes everything `enter` (or anyone) may have switched on. Safe to call more than once.
pub fn leave() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableBracketedPaste, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    let _ = disable_raw_mode();
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
            if let Some(sig) = signals.forever().next() {
                STOP.store(true, Ordering::SeqCst);
                // Give the loop a moment to stop the ordinary way, saving through its own connection.
                for _ in 0..20 {
                    if DONE.load(Ordering::SeqCst) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                save_pending();
                leave();
                std::process::exit(128 + sig);
            }
        });
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
