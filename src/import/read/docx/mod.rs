//! A Word file (.docx: a zip of XML parts) as lines: the body's paragraphs and table rows in order, with
//! Word's automatic numbering written in front as Word shows it. Headers, footers, footnotes, comments and
//! tracked deletions are not the agenda, so they are left out.

mod body;
mod numbering;
mod styles;
mod xml;

use super::error::ReadError;
use std::io::{Cursor, Read};
use zip::ZipArchive;

/// A real agenda's parts unpack to a few MB; past this the file is refused as a zip bomb.
pub const MAX_UNPACKED_BYTES: u64 = 50 * 1024 * 1024;
/// Word writes a few dozen parts; thousands of entries are no document.
pub const MAX_ENTRIES: usize = 10_000;

const DOCUMENT: &str = "word/document.xml";
const NUMBERING: &str = "word/numbering.xml";
const STYLES: &str = "word/styles.xml";

pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    ZipArchive::new(Cursor::new(bytes)).is_ok()
}

pub(crate) fn is_word(bytes: &[u8]) -> bool {
    ZipArchive::new(Cursor::new(bytes)).is_ok_and(|z| z.index_for_name(DOCUMENT).is_some())
}

pub(crate) fn read(bytes: &[u8], name: &str) -> Result<String, ReadError> {
    let mut parts = Parts::open(bytes, name)?;
    let document = parts.read(DOCUMENT)?.ok_or_else(|| ReadError::NotWord { name: name.to_string() })?;
    let numbering_xml = parts.read(NUMBERING)?;
    let styles_xml = parts.read(STYLES)?;
    let damaged = |detail: String| ReadError::WordDamaged { name: name.to_string(), detail };
    let styles = match &styles_xml {
        Some(x) => styles::Styles::parse(&xml::parse(x).map_err(damaged)?),
        None => styles::Styles::default(),
    };
    let numbering = match &numbering_xml {
        Some(x) => numbering::Definitions::parse(&xml::parse(x).map_err(damaged)?),
        None => numbering::Definitions::default(),
    };
    let doc = xml::parse(&document).map_err(damaged)?;
    Ok(body::lines(&doc, &styles, &numbering).join("\n"))
}

/// The zip, read under one budget for all parts together; sizes in the zip's directory can lie, so the
/// budget counts the bytes really unpacked.
struct Parts<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    name: &'a str,
    left: u64,
}

impl<'a> Parts<'a> {
    fn open(bytes: &'a [u8], name: &'a str) -> Result<Parts<'a>, ReadError> {
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ReadError::ZipDamaged { name: name.to_string(), detail: e.to_string() })?;
        if zip.len() > MAX_ENTRIES {
            return Err(ReadError::ZipBomb { name: name.to_string(), limit_mb: MAX_UNPACKED_BYTES >> 20 });
        }
        Ok(Parts { zip, name, left: MAX_UNPACKED_BYTES })
    }

    /// The part as text, or None when the file has no such part.
    fn read(&mut self, part: &str) -> Result<Option<String>, ReadError> {
        let name = self.name.to_string();
        let Some(index) = self.zip.index_for_name(part) else { return Ok(None) };
        let damaged = |detail: String| ReadError::ZipDamaged { name: name.clone(), detail };
        let entry = self.zip.by_index(index).map_err(|e| damaged(e.to_string()))?;
        let mut bytes = Vec::new();
        entry.take(self.left + 1).read_to_end(&mut bytes).map_err(|e| damaged(format!("{part}: {e}")))?;
        if bytes.len() as u64 > self.left {
            return Err(ReadError::ZipBomb { name, limit_mb: MAX_UNPACKED_BYTES >> 20 });
        }
        self.left -= bytes.len() as u64;
        Ok(Some(super::text::decode(&bytes)))
    }
}

pub(crate) use numbering::format_value;

#[cfg(test)]
mod tests;
