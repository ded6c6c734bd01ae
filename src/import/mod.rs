//! Bringing outside text in: pasted agendas and decision lists become domain values (pure parsers),
//! which the store then writes.

pub mod agenda;
mod agenda_draft;
pub mod cover;
pub use agenda_draft::agenda_draft;
pub mod decisions;
pub mod mail;
pub mod read;
