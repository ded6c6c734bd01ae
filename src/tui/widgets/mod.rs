//! Pieces drawn on several screens.

pub mod dialogs;
pub mod help;
pub mod rows;
pub mod status;
