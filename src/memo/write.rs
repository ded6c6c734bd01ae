//! Putting the memo on disk: whole or not at all, readable by the owner only; and the names it gets.

use crate::dates::Date;
use crate::domain::Meeting;
use crate::error::{Error, FileDoing, FileRefusal, Result};
use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Longest body name kept in a file name, in characters.
const MAX_NAME_CHARS: usize = 60;

/// Writes the memo to `path` through a temporary file in the same directory, synced and then renamed over
/// the target: an interrupted write never leaves half a memo, and an existing file is replaced whole. The
/// file is mode 0600 whatever the umask. On error the old file stays as it was and no temporary file is
/// left behind.
pub fn write_memo(path: &Path, markdown: &str) -> Result<()> {
    write_export(path, markdown.as_bytes())
}

/// The same as `write_memo` for any export: the markdown, the .docx bytes, the decision list.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<()> {
    let Some(name) = path.file_name() else {
        return Err(FileRefusal::NotAFileName(path.to_path_buf()).into());
    };
    if path.is_dir() {
        return Err(FileRefusal::IsDirectory(path.to_path_buf()).into());
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(FileRefusal::NoSuchFolder(dir.to_path_buf()).into());
    }
    let cannot = |e: std::io::Error| Error::file(FileDoing::WriteExport, path, e);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.", name.to_string_lossy()))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(cannot)?;
    // Set on the open file, so the umask cannot widen it and no one else can open it in between.
    tmp.as_file().set_permissions(fs::Permissions::from_mode(0o600)).map_err(cannot)?;
    tmp.write_all(bytes).map_err(cannot)?;
    tmp.as_file().sync_all().map_err(cannot)?;
    // On failure the temporary file is dropped, which removes it.
    tmp.persist(path).map_err(|e| cannot(e.error))?;
    // Make the rename itself durable; a file system that cannot sync a directory still has the file.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The two formats an export can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Docx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Docx => "docx",
        }
    }

    /// The format a file name asks for: ".docx" is Word, ".md", ".markdown" and ".txt" markdown.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "docx" => Some(Format::Docx),
            "md" | "markdown" | "txt" => Some(Format::Markdown),
            _ => None,
        }
    }

    pub fn parse(word: &str) -> Option<Format> {
        match word.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "docx" | "word" => Some(Format::Docx),
            _ => None,
        }
    }
}

/// What is exported: the annotated agenda before the meeting, or the decision and action list after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Memo,
    Decisions,
}

/// "2022-03-24 Stuurgroep MIT – geannoteerde agenda.md" (as the TUI proposes it).
pub fn default_file_name(meeting: &Meeting) -> String {
    export_file_name(meeting, What::Memo, Format::Markdown)
}

/// "2022-03-24 Stuurgroep MIT – geannoteerde agenda.docx", "… – besluiten- en actielijst.md": only letters,
/// digits, spaces and `-_.,()–`, no leading dot, short enough for every file system.
pub fn export_file_name(meeting: &Meeting, what: What, format: Format) -> String {
    let mut body = String::new();
    for c in meeting.body.chars() {
        let c = if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ',' | '(' | ')') {
            c
        } else if c.is_whitespace() {
            ' '
        } else {
            '-'
        };
        // No runs of separators: "MIT / HASG" becomes "MIT - HASG", not "MIT - - HASG".
        let last = body.chars().last();
        if (c == ' ' && matches!(last, Some(' ') | None)) || (c == '-' && last == Some('-')) {
            continue;
        }
        body.push(c);
    }
    let body: String = body.chars().take(MAX_NAME_CHARS).collect();
    let body = body.trim_matches(|c: char| c == ' ' || c == '.' || c == '-');
    let body = if body.is_empty() { "vergadering" } else { body };
    let kind = match what {
        What::Memo => "geannoteerde agenda",
        What::Decisions => "besluiten- en actielijst",
    };
    let ext = format.extension();
    match Date::parse_iso(&meeting.date) {
        Some(d) => format!("{} {body} – {kind}.{ext}", d.iso()),
        None => format!("{body} – {kind}.{ext}"),
    }
}

/// "2022-06-01 actielijst.docx": the action list across meetings, named after the day it shows.
pub fn action_list_file_name(today: Date, format: Format) -> String {
    format!("{} actielijst.{}", today.iso(), format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{BodyId, MeetingId, MeetingStatus};

    fn meeting(body: &str, date: &str) -> Meeting {
        Meeting {
            id: MeetingId(1),
            body_id: BodyId(1),
            body: body.into(),
            date: date.into(),
            time: String::new(),
            place: String::new(),
            title: String::new(),
            classification: String::new(),
            addressee: String::new(),
            author: String::new(),
            status: MeetingStatus::Preparing,
            revision: 0,
        }
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            default_file_name(&meeting("Stuurgroep MIT", "2022-03-24")),
            "2022-03-24 Stuurgroep MIT – geannoteerde agenda.md"
        );
        assert_eq!(
            export_file_name(&meeting("Stuurgroep MIT", "2022-03-24"), What::Memo, Format::Docx),
            "2022-03-24 Stuurgroep MIT – geannoteerde agenda.docx"
        );
        assert_eq!(
            export_file_name(&meeting("Stuurgroep MIT", "2022-03-24"), What::Decisions, Format::Markdown),
            "2022-03-24 Stuurgroep MIT – besluiten- en actielijst.md"
        );
        assert_eq!(
            default_file_name(&meeting("MIT / HASG", "2022-03-24")),
            "2022-03-24 MIT - HASG – geannoteerde agenda.md"
        );
        assert_eq!(default_file_name(&meeting("../../etc/passwd", "x")), "etc-passwd – geannoteerde agenda.md");
        assert_eq!(
            default_file_name(&meeting("  \u{202E}:*?\"<>|\n", "2022-02-30")),
            "vergadering – geannoteerde agenda.md"
        );
        assert_eq!(
            default_file_name(&meeting("Overleg 🚀 Zuid", "2022-03-24")),
            "2022-03-24 Overleg - Zuid – geannoteerde agenda.md"
        );
        let long = default_file_name(&meeting(&"x".repeat(1000), "2022-03-24"));
        assert!(long.len() < 120, "{long}");
    }
}
