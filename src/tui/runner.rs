//! The loop: draw, wait for a key (or the draft's deadline), act, repeat.

use super::app::{App, ExternalRequest};
use super::draw::draw;
use super::terminal::{self, PendingDraft, Term};
use crate::error::{Error, Result, StreamDoing};
use crossterm::event;
use std::io;
use std::time::{Duration, Instant};

fn io_err(e: io::Error) -> Error {
    Error::stream(StreamDoing::Terminal, e)
}

pub fn run_app(mut app: App) -> Result<()> {
    terminal::install(app.store.path().map(|p| p.to_path_buf()));
    let mut term = terminal::enter().map_err(|e| Error::stream(StreamDoing::StartTerminal, e))?;
    let result = main_loop(&mut term, &mut app);
    if result.is_err() {
        app.quit_saving();
    }
    terminal::leave();
    terminal::done();
    result
}

/// For tests/reliability_terminal.rs only (promise 6): a key that makes the loop panic, so that the panic
/// path of the real binary can be tested. Never set in normal use; it is read once, at start.
const TEST_PANIC_ENV: &str = "ANNOTEER_TEST_PANIC_ON_KEY";

fn main_loop(term: &mut Term, app: &mut App) -> Result<()> {
    let mut seen_seq = u64::MAX;
    let panic_key = std::env::var(TEST_PANIC_ENV).ok().and_then(|v| v.chars().next());
    loop {
        if terminal::stop_requested() {
            app.quit_saving();
            return Ok(());
        }
        if let Some(req) = app.external.take() {
            let (text, failure) = run_external(term, &req);
            app.finish_external(req, text, failure);
        }
        term.draw(|f| draw(f, app)).map_err(io_err)?;
        if app.quit {
            return Ok(());
        }
        let now = Instant::now();
        let timeout = app
            .next_deadline()
            .map(|d| d.saturating_duration_since(now))
            .unwrap_or(Duration::from_millis(100))
            .min(Duration::from_millis(100));
        if event::poll(timeout).map_err(io_err)? {
            loop {
                let ev = event::read().map_err(io_err)?;
                if let (Some(c), event::Event::Key(k)) = (panic_key, &ev) {
                    if k.code == event::KeyCode::Char(c) {
                        panic!("{TEST_PANIC_ENV}: the test asked for a panic");
                    }
                }
                app.handle_event(ev);
                if app.quit || !event::poll(Duration::ZERO).map_err(io_err)? {
                    break;
                }
            }
        }
        app.tick(Instant::now());
        share_pending(app, &mut seen_seq);
    }
}

/// Keeps the signal thread's copy of the text being typed current.
fn share_pending(app: &App, seen: &mut u64) {
    match &app.editor {
        Some(ed) if ed.seq != *seen => {
            *seen = ed.seq;
            terminal::set_pending(Some(PendingDraft {
                key: ed.target.draft_key(),
                text: ed.draft_text(),
                base_revision: ed.base_revision,
            }));
        }
        Some(_) => {}
        None if *seen != u64::MAX => {
            *seen = u64::MAX;
            terminal::set_pending(None);
        }
        None => {}
    }
}

/// Hands the text to $VISUAL, $EDITOR or vi, with the terminal given back for the time being.
fn run_external(term: &mut Term, req: &ExternalRequest) -> (Option<String>, Option<String>) {
    terminal::set_pending(Some(PendingDraft {
        key: req.target.draft_key(),
        text: req.text.clone(),
        base_revision: req.base_revision,
    }));
    let file = match tempfile::Builder::new().prefix("annoteer-").suffix(".txt").tempfile() {
        Ok(f) => f,
        Err(e) => return (None, Some(e.to_string())),
    };
    // An empty text gives an empty file: an editor that appends must not leave a blank first line.
    let contents = if req.text.is_empty() { String::new() } else { format!("{}\n", req.text) };
    if let Err(e) = std::fs::write(file.path(), contents) {
        return (None, Some(e.to_string()));
    }
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    terminal::leave();
    // Through sh, so that an editor with arguments ("code -w") works as in git.
    let status =
        std::process::Command::new("sh").arg("-c").arg(format!("{editor} \"$1\"")).arg("sh").arg(file.path()).status();
    let _ = crossterm::terminal::enable_raw_mode();
    let _ = crossterm::execute!(
        io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        crossterm::event::EnableBracketedPaste
    );
    let _ = term.clear();
    match status {
        Ok(s) if s.success() => match std::fs::read_to_string(file.path()) {
            Ok(t) => (Some(t), None),
            Err(e) => (None, Some(e.to_string())),
        },
        Ok(s) => (None, Some(format!("{editor}: exit {}", s.code().map_or("?".to_string(), |c| c.to_string())))),
        Err(e) => (None, Some(format!("{editor}: {e}"))),
    }
}
