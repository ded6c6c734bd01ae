//! The memo as a Word document, written by annoteer itself: WordprocessingML parts (ECMA-376,
//! transitional) in a zip. Deterministic: the parts are written in a fixed order with a fixed time stamp,
//! and the document properties come from the data, so the same record gives the same bytes.

mod body;
mod parts;
mod styles;
mod xml;

pub use styles::{Template, TemplateProblem};

use crate::error::{Error, FileDoing, FileRefusal, Result};
use crate::memo::model::Memo;
use std::io::{Read, Write};
use std::path::Path;
use styles::StyleRole;
use zip::write::SimpleFileOptions;

/// The setting that names a template whose styles every .docx takes (unless `export --template` says
/// otherwise): a path.
pub const TEMPLATE_SETTING: &str = "docx_template";

/// A template bigger than this is no Word template (they are kilobytes, with images a few megabytes).
const MAX_TEMPLATE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a user's template (.docx or .dotx) from disk, with a sentence that names it when it cannot serve.
pub fn read_template(path: &Path) -> Result<Template> {
    let cannot = |e| Error::file(FileDoing::ReadTemplate, path, e);
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(FileRefusal::TemplateTooBig(path.to_path_buf()).into());
    }
    Template::from_docx(&bytes).map_err(|problem| {
        let path = path.to_path_buf();
        Error::from(match problem {
            TemplateProblem::NotDocx => FileRefusal::TemplateNotDocx(path),
            TemplateProblem::NoStyles => FileRefusal::TemplateNoStyles(path),
            TemplateProblem::TooLarge => FileRefusal::TemplateStylesTooLarge(path),
            TemplateProblem::BadStyles(why) => FileRefusal::TemplateBadStyles(path, why),
        })
    })
}

/// How to write the document: with annoteer's own styles, or those of a user's template.
#[derive(Debug, Clone, Default)]
pub struct DocxOptions {
    pub template: Option<Template>,
}

impl Memo {
    /// The document as .docx bytes.
    pub fn to_docx(&self, options: &DocxOptions) -> Vec<u8> {
        let (styles_xml, ids) = styles::styles(options.template.as_ref());
        let body = body::body(self, &ids);
        let custom = parts::custom(&self.meta);
        let classification = crate::text::clean_line(&self.meta.classification);
        let mut members: Vec<(&str, String)> = vec![
            ("[Content_Types].xml", parts::content_types(custom.is_some())),
            ("_rels/.rels", parts::package_rels(custom.is_some())),
            ("docProps/core.xml", parts::core(&self.meta)),
            ("docProps/app.xml", parts::app()),
        ];
        if let Some(c) = custom {
            members.push(("docProps/custom.xml", c));
        }
        members.extend([
            ("word/document.xml", parts::document(&body.xml)),
            ("word/_rels/document.xml.rels", parts::document_rels()),
            ("word/styles.xml", styles_xml),
            ("word/numbering.xml", parts::numbering(body.numbered_lists)),
            ("word/settings.xml", parts::settings()),
            ("word/header1.xml", parts::header(ids.id(StyleRole::Header), &classification)),
            ("word/footer1.xml", parts::footer(ids.id(StyleRole::Footer), &classification)),
        ]);
        zip_members(&members)
    }
}

/// The members in this order, deflated, each with the zip format's earliest time (1980-01-01 00:00), so
/// neither the clock nor the file system's time shows up in the bytes.
fn zip_members(members: &[(&str, String)]) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(zip::DateTime::DEFAULT)
        .unix_permissions(0o644)
        .large_file(false);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in members {
        // Writing into memory fails only on a bug (a name written twice), not on user data.
        zip.start_file(*name, options).expect("a new member of an in-memory zip");
        zip.write_all(content.as_bytes()).expect("writing to memory");
    }
    zip.finish().expect("finishing an in-memory zip").into_inner()
}
