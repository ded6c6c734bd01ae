//! History across meetings (issue 7): the chain of earlier items on a topic across bodies, proposals of
//! earlier items, carrying pending things into a new meeting, and noticing changed or newer documents.
//!
//! Core code: no terminal here. The store holds the data (`item_links`, `bodies.prepares_for`); this
//! module reads it and decides.

pub mod annotation;
pub mod bodies;
pub mod carry;
pub mod chain;
pub mod documents;
pub mod propose;
mod record;
pub mod topic;
pub mod versions;

pub use annotation::{copy_annotation, try_copy_annotation, Copied, CopyRefused};
pub use bodies::BodyRef;
pub use carry::{carry_into, carry_over, carry_over_with, postponement, CarryOptions, Pending, Postponement};
pub use chain::{chain, Chain, ChainBuilder, ChainStep};
pub use documents::{check_document, check_item_documents, newer_versions, refresh_link, Change, DocStatus};
pub use propose::{propose_earlier, propose_earlier_with, Proposal, ProposeOptions};
pub use versions::{version_key, VersionKey, VersionOrdering};
