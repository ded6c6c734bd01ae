//! The annotation memo (and, after the meeting, the decision and action list): one document model, two
//! writers. `render_memo` gives pandoc-compatible markdown, `docx_memo` a Word document that annoteer
//! writes itself; both are pure. `write_export` puts either on disk safely.
//!
//! The record becomes a document of literal text blocks (`build`, `decisions`), which each writer turns
//! into its own format with every typed character escaped (`escape` for markdown, `docx::xml` for Word);
//! what structure a user's own text keeps is fixed in `prose`. `layout` lays the same document out as
//! styled lines for a screen.

mod build;
mod decisions;
pub mod docx;
mod emphasis;
mod escape;
pub mod layout;
mod markdown;
mod model;
mod prose;
mod write;

pub use build::{memo_document, prose_blocks};
pub use decisions::{action_list_document, decisions_document};
pub use docx::{read_template, DocxOptions, Template, TemplateProblem, TEMPLATE_SETTING};
pub use escape::{escape_text, yaml_quote};
pub use model::{is_blank, place_items, Align, Block, Column, Inline, ListItem, ListKind, Memo, Meta, Placed};
pub use prose::{parse_prose, Prose};
pub use write::{action_list_file_name, default_file_name, export_file_name, write_export, write_memo, Format, What};

use crate::domain::MeetingRecord;

/// The memo of one meeting as markdown. Pure and deterministic: the same record gives the same bytes.
pub fn render_memo(record: &MeetingRecord) -> String {
    memo_document(record).to_markdown()
}

/// The memo of one meeting as a Word document (.docx bytes). Pure and deterministic.
pub fn docx_memo(record: &MeetingRecord, options: &DocxOptions) -> Vec<u8> {
    memo_document(record).to_docx(options)
}
