//! Bringing outside text in: pasted agendas and decision lists become domain values (pure parsers),
//! which the store then writes.

pub mod agenda;
pub mod decisions;
pub mod mail;
