//! The terminal face: screens over the store, keyboard only.
//!
//! A key becomes a `Command` (keymap.rs, pure); the overlay, the field being typed in or the screen on top (a
//! `View`, screen.rs) acts on it and hands back an `Outcome`, which `App::apply` carries out (app.rs); `draw`
//! paints the state and changes nothing; runner.rs owns the terminal and the loop. See ARCHITECTURE.md.

pub mod app;
pub mod carry;
pub mod cells;
pub mod command;
pub mod drafts;
pub mod draw;
pub mod editing;
pub mod editor;
pub mod keymap;
pub mod overlays;
pub mod runner;
pub mod screen;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod undo;
pub mod widgets;

use crate::error::Result;
use crate::locale::Lang;
use crate::store::{Access, Store};

pub fn run(store: Store, lang: Lang) -> Result<()> {
    runner::run_app(app::App::new(store, lang))
}

/// Opens the TUI on a throwaway copy of the demo data, removed on exit.
pub fn run_demo(lang: Lang) -> Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("annoteer-demo-")
        .tempdir()
        .map_err(|e| crate::Error::stream(crate::error::StreamDoing::TempDir, e))?;
    terminal::remove_on_forced_exit(dir.path());
    let path = dir.path().join("demo.db");
    crate::demo::write_new(&path)?;
    let store = Store::open(&path, Access::Existing)?;
    let mut app = app::App::new(store, lang);
    app.demo = true;
    app.info(app.t(crate::locale::Ui::DemoNotice));
    runner::run_app(app)
}
