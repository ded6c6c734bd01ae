//! `import agenda`: a pasted agenda text becomes a new meeting; stdout gets its id, stderr what was read.

use super::io_err;
use crate::domain::MeetingDraft;
use crate::error::{Error, Result};
use crate::import::agenda::parse_agenda;
use crate::locale::{Lang, Noun};
use crate::store::Store;
use crate::text::clean_line;
use std::io::{Read, Write};
use std::path::Path;

/// Far more than any agenda; a bigger file is not what the user meant to import.
const MAX_BYTES: u64 = 20 * 1024 * 1024;

pub fn run(
    store: &mut Store,
    file: &Path,
    body: &str,
    date: &str,
    title: Option<&str>,
    again: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let text = read_text(file)?;
    let parsed = parse_agenda(&text);
    if parsed.items.is_empty() {
        return Err(Error::invalid(format!(
            "{} holds no agenda items (no numbered lines such as \"1. Opening\"); no meeting was created",
            file.display()
        )));
    }
    let draft = MeetingDraft {
        body: body.to_string(),
        date: date.to_string(),
        title: title.unwrap_or_default().to_string(),
        ..MeetingDraft::default()
    };
    if !again {
        refuse_a_second_meeting(store, body, date)?;
    }
    let (meeting, ids) = store.create_meeting_with_agenda(&draft, &crate::import::agenda_draft(&parsed))?;
    writeln!(out, "{meeting}").map_err(io_err)?;
    let mut err = std::io::stderr().lock();
    let n = |count: usize, noun: Noun| Lang::En.count(count, noun);
    let _ = writeln!(
        err,
        "imported {} in {} into meeting {meeting}; {} kept as notes",
        n(ids.len(), Noun::Item),
        n(parsed.parts.len(), Noun::Part),
        n(parsed.note_lines(), Noun::Line)
    );
    for w in &parsed.warnings {
        let _ = writeln!(err, "note: {w}");
    }
    Ok(())
}

/// Running the same import twice would make two identical meetings: a body's meeting on a date that
/// already has one is made only with --again.
fn refuse_a_second_meeting(store: &Store, body: &str, date: &str) -> Result<()> {
    let Some(known) = store.body_by_name(&clean_line(body))? else { return Ok(()) };
    let date = date.trim();
    let mut ids: Vec<i64> =
        store.meetings_of_body(known.id)?.into_iter().filter(|m| m.date == date).map(|m| m.id.0).collect();
    ids.sort_unstable();
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    match ids.as_slice() {
        [] => Ok(()),
        [one] => Err(Error::invalid(format!(
            "there is already a meeting of {} on {date} (id {one}); use --again to make another one, \
             or `annoteer show {one}` to see it (nothing was imported)",
            known.name
        ))),
        many => Err(Error::invalid(format!(
            "there are already {} meetings of {} on {date} (ids {}); use --again to make another one \
             (nothing was imported)",
            many.len(),
            known.name,
            many.join(", ")
        ))),
    }
}

/// The file as text: UTF-8, or else Windows-1252 as Word on Windows saves it; binary data is refused.
/// `-` reads standard input, so a paste can be piped in.
fn read_text(file: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    let read = if file.as_os_str() == "-" {
        std::io::stdin().lock().take(MAX_BYTES + 1).read_to_end(&mut bytes)
    } else {
        let handle = std::fs::File::open(file).map_err(|e| Error::io(format!("cannot read {}", file.display()), e))?;
        handle.take(MAX_BYTES + 1).read_to_end(&mut bytes)
    };
    read.map_err(|e| Error::io(format!("cannot read {}", file.display()), e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::invalid(format!(
            "{} is larger than {} MB, too large for an agenda; nothing was imported",
            file.display(),
            MAX_BYTES / (1024 * 1024)
        )));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    if looks_binary(bytes) {
        return Err(Error::invalid(format!(
            "{} is not a text file (a Word or PDF file?); copy the agenda's text into a .txt file and import that",
            file.display()
        )));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

/// NUL bytes, or many control bytes, mean a binary file (a .docx is a zip, a PDF has binary streams).
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    controls * 20 > sample.len().max(1)
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}
