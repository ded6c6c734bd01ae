//! `export`: the annotation memo (or, with --decisions, the decision and action list) as markdown or as a
//! Word document, to stdout or to a file written whole and 0600.

use super::io_err;
use crate::domain::MeetingId;
use crate::error::{CommandRefusal, Error, FileRefusal, Result};
use crate::locale::Lang;
use crate::memo::{
    decisions_document, memo_document, read_template, write_export, DocxOptions, Format, TEMPLATE_SETTING,
};
use crate::store::Store;
use std::io::{IsTerminal, Write};
use std::path::Path;

pub struct Request<'a> {
    pub output: Option<&'a Path>,
    /// "md" or "docx" as typed; None: from the file name, else markdown.
    pub format: Option<&'a str>,
    pub decisions: bool,
    pub template: Option<&'a Path>,
    pub lang: Lang,
}

pub fn run(store: &Store, meeting: MeetingId, request: &Request, out: &mut dyn Write) -> Result<()> {
    // Whatever else is wrong, the memo never goes over the database: that is said first.
    if let (Some(db), Some(path)) = (store.path(), request.output) {
        refuse_database(db, path)?;
    }
    let format = format(request)?;
    if request.template.is_some() && format != Format::Docx {
        return Err(CommandRefusal::TemplateNeedsDocx.into());
    }
    let record = store.meeting_record(meeting)?;
    let memo = if request.decisions { decisions_document(&record) } else { memo_document(&record) };
    let bytes = match format {
        Format::Markdown => memo.to_markdown().into_bytes(),
        Format::Docx => {
            let template = match request.template {
                Some(path) => Some(read_template(path)?),
                None => match store.setting(TEMPLATE_SETTING)? {
                    Some(path) if !path.trim().is_empty() => Some(read_template(Path::new(&path))?),
                    _ => None,
                },
            };
            memo.to_docx(&DocxOptions { template })
        }
    };
    let Some(path) = request.output else {
        if format == Format::Docx && std::io::stdout().is_terminal() {
            return Err(CommandRefusal::DocxToTerminal.into());
        }
        return out.write_all(&bytes).map_err(io_err);
    };
    if let Some(db) = store.path() {
        refuse_database(db, path)?;
    }
    write_export(path, &bytes)?;
    let message = match (request.lang, request.decisions) {
        (Lang::Nl, false) => format!("memo van vergadering {meeting} geschreven naar {}", path.display()),
        (Lang::Nl, true) => {
            format!("besluiten- en actielijst van vergadering {meeting} geschreven naar {}", path.display())
        }
        (Lang::En, false) => format!("wrote the memo of meeting {meeting} to {}", path.display()),
        (Lang::En, true) => format!("wrote the decision and action list of meeting {meeting} to {}", path.display()),
    };
    writeln!(out, "{message}").map_err(io_err)
}

/// --format, else the file name's extension, else markdown; a --format that contradicts the file name is
/// refused (a .docx holding markdown would not open in Word).
fn format(request: &Request) -> Result<Format> {
    let asked = match request.format {
        Some(word) => {
            Some(Format::parse(word).ok_or_else(|| Error::from(CommandRefusal::UnknownFormat(word.to_string())))?)
        }
        None => None,
    };
    let named = request.output.and_then(Format::from_path);
    // "-o memo.pdf" would get markdown under a name that promises something else.
    if let (None, None, Some(path)) = (asked, named, request.output) {
        // Letters only: "memo v6.1" names a version, not a format.
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(CommandRefusal::UnknownExtension(path.to_path_buf()).into());
        }
    }
    match (asked, named) {
        (Some(a), Some(n)) if a != n => Err(CommandRefusal::FormatMismatch {
            format: a.extension(),
            path: request.output.map(Path::to_path_buf).unwrap_or_default(),
        }
        .into()),
        (Some(a), _) => Ok(a),
        (None, Some(n)) => Ok(n),
        (None, None) => Ok(Format::Markdown),
    }
}

/// `-o` pointing at the database (or its WAL files) would replace the user's data with the memo.
fn refuse_database(db: &Path, target: &Path) -> Result<()> {
    let Ok(target) = target.canonicalize() else { return Ok(()) };
    for suffix in ["", "-wal", "-shm"] {
        let mut side = db.as_os_str().to_owned();
        side.push(suffix);
        if Path::new(&side).canonicalize().is_ok_and(|p| p == target) {
            return Err(FileRefusal::IsTheDatabase(target).into());
        }
    }
    Ok(())
}
