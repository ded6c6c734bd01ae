//! `x`: writing the memo (on the meetings list, the agenda and the preview), the decision and action list
//! (on the decisions screen) or the action list across meetings as shown (on `A`). First the format, then
//! the file; both are remembered for the next time: the format chosen, and the folder written to.

use super::documents::resolve;
use crate::dates::Date;
use crate::domain::{ActionId, MeetingId};
use crate::locale::ExportUi;
use crate::locale::Ui;
use crate::memo::{action_list_file_name, export_file_name, Format, Memo, What};
use crate::tui::overlays::{PickPurpose, Picker, Prompt, PromptPurpose};
use crate::tui::screen::{Answer, Ctx, Outcome};
use std::path::{Path, PathBuf};

/// The setting that holds the folder written to last; the folder annoteer was started in otherwise.
pub const EXPORT_DIR: &str = "tui.export_dir";
/// The setting that holds the format chosen last: "docx" or "md".
pub const EXPORT_FORMAT: &str = "tui.export_format";

fn t(ctx: &Ctx, w: ExportUi) -> &'static str {
    ctx.t(Ui::Export(w))
}

/// The format chosen last time; Word the first time, as the principal reads the memo in Word.
pub fn last_format(store: &crate::store::Store) -> Format {
    match store.setting(EXPORT_FORMAT) {
        Ok(Some(f)) => Format::parse(&f).unwrap_or(Format::Docx),
        _ => Format::Docx,
    }
}

fn last_dir(store: &crate::store::Store) -> PathBuf {
    match store.setting(EXPORT_DIR) {
        Ok(Some(d)) if !d.trim().is_empty() => PathBuf::from(d),
        _ => std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
    }
}

/// What `x` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Meeting {
        meeting: MeetingId,
        what: What,
    },
    /// The action list as the screen shows it: these action points in this order, `shown` saying which
    /// they are ("12 van 40 actiepunten: open, elke deadline, alle gremia, iedereen; op deadline"); overdue as of the screen's day.
    ActionList {
        ids: Vec<ActionId>,
        shown: String,
        today: Date,
    },
}

/// The file named at `x` that exists already, while the user chooses what to do with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub subject: Subject,
    pub format: Format,
    pub base: String,
    pub path: PathBuf,
}

/// `x`: asks for the format, the one chosen last time selected.
pub fn ask(ctx: &mut Ctx, meeting: MeetingId, what: What) -> Outcome {
    ask_for(ctx, Subject::Meeting { meeting, what })
}

pub fn ask_for(ctx: &mut Ctx, subject: Subject) -> Outcome {
    let title = t(
        ctx,
        match subject {
            Subject::Meeting { what: What::Memo, .. } => ExportUi::MemoAs,
            Subject::Meeting { what: What::Decisions, .. } => ExportUi::DecisionsAs,
            Subject::ActionList { .. } => ExportUi::ActionListAs,
        },
    );
    let options = vec![
        (t(ctx, ExportUi::Docx).to_string(), "docx".to_string()),
        (t(ctx, ExportUi::Markdown).to_string(), "md".to_string()),
    ];
    let current = last_format(ctx.store).extension();
    Picker::open(title, options, current, PickPurpose::ExportFormat(subject))
}

/// The export's answers, taken here whichever screen opened the question; any other answer is handed back.
pub fn on_answer(answer: Answer, ctx: &mut Ctx) -> Result<Outcome, Answer> {
    match answer {
        Answer::Picked(PickPurpose::ExportFormat(subject), value) => {
            let format = Format::parse(&value).unwrap_or(Format::Docx);
            Ok(ask_file(ctx, subject, format))
        }
        Answer::Entered(p) => match p.purpose.clone() {
            PromptPurpose::ExportPath { subject, format, base } => {
                let path = target(&p.text(), &base, format);
                // A file there may hold work done since (edited in Word): ask, never replace it unseen.
                if path.is_file() {
                    return Ok(ask_existing(ctx, subject, format, base, path));
                }
                match write(ctx, &subject, &path) {
                    Ok(outcome) => Ok(outcome),
                    Err(e) => Ok(p.refused(Outcome::Fail(e))),
                }
            }
            _ => Err(Answer::Entered(p)),
        },
        Answer::Picked(PickPurpose::ExportExisting(existing), value) => {
            let Existing { subject, format, base, path } = *existing;
            let again = |ctx: &mut Ctx, subject: Subject, e: Option<crate::Error>| {
                let prompt = Prompt::open(
                    PromptPurpose::ExportPath { subject, format, base: base.clone() },
                    t(ctx, ExportUi::SaveAs),
                    &path.display().to_string(),
                );
                match e {
                    Some(e) => Outcome::Fail(e).and(prompt),
                    None => prompt,
                }
            };
            let to = match value.as_str() {
                "over" => path.clone(),
                "new" => free_name(&path),
                _ => return Ok(again(ctx, subject, None)),
            };
            match write(ctx, &subject, &to) {
                Ok(outcome) => Ok(outcome),
                Err(e) => Ok(again(ctx, subject, Some(e))),
            }
        }
        other => Err(other),
    }
}

/// The file, proposed in the folder written to last with a name that says what it is.
fn ask_file(ctx: &mut Ctx, subject: Subject, format: Format) -> Outcome {
    let name = match &subject {
        Subject::Meeting { meeting, what } => match ctx.store.meeting(*meeting) {
            Ok(m) => export_file_name(&m, *what, format),
            Err(e) => return Outcome::Fail(e),
        },
        Subject::ActionList { today, .. } => action_list_file_name(*today, format),
    };
    let dir = last_dir(ctx.store);
    let proposed = dir.join(name);
    let base = dir.display().to_string();
    Prompt::open(
        PromptPurpose::ExportPath { subject, format, base },
        t(ctx, ExportUi::SaveAs),
        &proposed.display().to_string(),
    )
}

/// The choice when the file exists: a free name beside it first (Enter keeps the old file), then
/// overwriting, then typing another name; Esc writes nothing.
fn ask_existing(ctx: &mut Ctx, subject: Subject, format: Format, base: String, path: PathBuf) -> Outcome {
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let title = t(ctx, ExportUi::ExistingTitle).replacen("{}", &name(&path), 1);
    let options = vec![
        (t(ctx, ExportUi::ExistingNewName).replacen("{}", &name(&free_name(&path)), 1), "new".to_string()),
        (t(ctx, ExportUi::ExistingOverwrite).to_string(), "over".to_string()),
        (t(ctx, ExportUi::ExistingEdit).to_string(), "edit".to_string()),
    ];
    let existing = Box::new(Existing { subject, format, base, path });
    Picker::open(&title, options, "new", PickPurpose::ExportExisting(existing))
}

/// "memo (2).docx", "memo (3).docx" …: the first name beside `path` that no file has.
pub fn free_name(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (2..)
        .map(|n| path.with_file_name(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.to_path_buf())
}

/// The path as typed (a bare name goes into the proposed folder, `~/` is home); without an extension it
/// gets the chosen format's.
pub fn target(typed: &str, base: &str, format: Format) -> PathBuf {
    let path = resolve(typed, Some(base));
    if path.extension().is_none() && path.file_name().is_some() {
        return path.with_extension(format.extension());
    }
    path
}

/// Writes the memo or the list; the file's name decides the format (".md" typed over ".docx" is markdown).
fn write(ctx: &mut Ctx, subject: &Subject, path: &Path) -> crate::Result<Outcome> {
    let format = Format::from_path(path).unwrap_or(Format::Markdown);
    let memo = document(ctx, subject)?;
    let bytes = match format {
        Format::Markdown => memo.to_markdown().into_bytes(),
        Format::Docx => memo.to_docx(&docx_options(ctx)?),
    };
    crate::memo::write_export(path, &bytes)?;
    // Remembered only once written: a refused path is not proposed again.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        ctx.store.set_setting(EXPORT_DIR, &dir.display().to_string())?;
    }
    ctx.store.set_setting(EXPORT_FORMAT, format.extension())?;
    let message = t(
        ctx,
        match subject {
            Subject::Meeting { what: What::Memo, .. } => ExportUi::MemoWritten,
            Subject::Meeting { what: What::Decisions, .. } => ExportUi::DecisionsWritten,
            Subject::ActionList { .. } => ExportUi::ActionListWritten,
        },
    );
    Ok(Outcome::info(message.replacen("{}", &path.display().to_string(), 1)))
}

fn document(ctx: &Ctx, subject: &Subject) -> crate::Result<Memo> {
    Ok(match subject {
        Subject::Meeting { meeting, what: What::Memo } => {
            crate::memo::memo_document(&ctx.store.meeting_record(*meeting)?)
        }
        Subject::Meeting { meeting, what: What::Decisions } => {
            crate::memo::decisions_document(&ctx.store.meeting_record(*meeting)?)
        }
        Subject::ActionList { ids, shown, today } => {
            let all = ctx.store.action_list(true)?;
            let rows: Vec<&crate::store::ActionRow> =
                ids.iter().filter_map(|id| all.iter().find(|r| r.action.id == *id)).collect();
            crate::memo::action_list_document(&rows, shown, *today)
        }
    })
}

/// The styles of the template the setting names (as `annoteer export` uses it), else annoteer's own.
fn docx_options(ctx: &Ctx) -> crate::Result<crate::memo::DocxOptions> {
    let template = match ctx.store.setting(crate::memo::TEMPLATE_SETTING)? {
        Some(path) if !path.trim().is_empty() => Some(crate::memo::read_template(Path::new(&path))?),
        _ => None,
    };
    Ok(crate::memo::DocxOptions { template })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_name_goes_into_the_folder_and_gets_the_extension() {
        assert_eq!(target("memo", "/data/stukken", Format::Docx), PathBuf::from("/data/stukken/memo.docx"));
        assert_eq!(target("memo.md", "/data/stukken", Format::Docx), PathBuf::from("/data/stukken/memo.md"));
        assert_eq!(target("/tmp/x.docx", "/data", Format::Markdown), PathBuf::from("/tmp/x.docx"));
    }

    #[test]
    fn the_free_name_counts_past_names_taken() {
        let dir = tempfile::tempdir().unwrap();
        let memo = dir.path().join("memo.docx");
        assert_eq!(free_name(&memo), dir.path().join("memo (2).docx"));
        std::fs::write(dir.path().join("memo (2).docx"), b"x").unwrap();
        assert_eq!(free_name(&memo), dir.path().join("memo (3).docx"));
    }
}
