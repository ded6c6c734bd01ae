//! annoteer: prepare the annotated agenda of a governance meeting.
//!
//! The core (`domain`, `dates`, `text`, `store`, `search`, `history`, `memo`, `import`, `demo`) knows nothing
//! of terminals; `cli` and `tui` are two faces on it, picked by main.rs. See ARCHITECTURE.md.

pub mod actions;
pub mod cli;
pub mod dates;
pub mod demo;
pub mod domain;
pub mod error;
pub mod history;
pub mod import;
pub mod locale;
pub mod memo;
pub mod numbering;
pub mod search;
pub mod store;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;

pub use error::{Error, Refusal, Result};
