//! The annotation memo: the annotated agenda as Dutch markdown that pandoc turns into a clean Word
//! document. `render_memo` is pure; `write_memo` puts it on disk safely.
//!
//! The record becomes a document of literal text blocks (`build`), which the markdown writer turns into
//! text with every typed character escaped (`escape`); what structure a user's own text keeps is fixed
//! in `prose`.

mod build;
mod emphasis;
mod escape;
mod markdown;
mod model;
mod prose;
mod write;

pub use build::{memo_document, prose_blocks};
pub use escape::{escape_text, yaml_quote};
pub use model::{Align, Block, Column, Inline, ListItem, Memo};
pub use prose::{parse_prose, Prose};
pub use write::{default_file_name, write_memo};

use crate::domain::MeetingRecord;

/// The memo of one meeting as markdown. Pure and deterministic: the same record gives the same bytes.
pub fn render_memo(record: &MeetingRecord) -> String {
    memo_document(record).to_markdown()
}
