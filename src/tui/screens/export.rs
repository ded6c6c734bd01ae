//! `x`: writing the memo (on the meetings list, the agenda and the preview) or the decision and action list
//! (on the decisions screen). First the format, then the file; both are remembered for the next time:
//! the format chosen, and the folder written to.

use super::documents::resolve;
use crate::domain::MeetingId;
use crate::locale::Ui;
use crate::locale_export::ExportUi;
use crate::memo::{export_file_name, Format, What};
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

/// `x`: asks for the format, the one chosen last time selected.
pub fn ask(ctx: &mut Ctx, meeting: MeetingId, what: What) -> Outcome {
    let title = t(ctx, if what == What::Memo { ExportUi::MemoAs } else { ExportUi::DecisionsAs });
    let options = vec![
        (t(ctx, ExportUi::Docx).to_string(), "docx".to_string()),
        (t(ctx, ExportUi::Markdown).to_string(), "md".to_string()),
    ];
    let current = last_format(ctx.store).extension();
    Picker::open(title, options, current, PickPurpose::ExportFormat { meeting, what })
}

/// The export's answers, taken here whichever screen opened the question; any other answer is handed back.
pub fn on_answer(answer: Answer, ctx: &mut Ctx) -> Result<Outcome, Answer> {
    match answer {
        Answer::Picked(PickPurpose::ExportFormat { meeting, what }, value) => {
            let format = Format::parse(&value).unwrap_or(Format::Docx);
            Ok(ask_file(ctx, meeting, what, format))
        }
        Answer::Entered(p) => match p.purpose.clone() {
            PromptPurpose::ExportPath { meeting, what, format, base } => {
                let path = target(&p.text(), &base, format);
                match write(ctx, meeting, what, &path) {
                    Ok(outcome) => Ok(outcome),
                    Err(e) => Ok(p.refused(Outcome::Fail(e))),
                }
            }
            _ => Err(Answer::Entered(p)),
        },
        other => Err(other),
    }
}

/// The file, proposed in the folder written to last with a name that says what it is.
fn ask_file(ctx: &mut Ctx, meeting: MeetingId, what: What, format: Format) -> Outcome {
    let meeting_row = match ctx.store.meeting(meeting) {
        Ok(m) => m,
        Err(e) => return Outcome::Fail(e),
    };
    let dir = last_dir(ctx.store);
    let proposed = dir.join(export_file_name(&meeting_row, what, format));
    let base = dir.display().to_string();
    Prompt::open(
        PromptPurpose::ExportPath { meeting, what, format, base },
        t(ctx, ExportUi::SaveAs),
        &proposed.display().to_string(),
    )
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
fn write(ctx: &mut Ctx, meeting: MeetingId, what: What, path: &Path) -> crate::Result<Outcome> {
    let format = Format::from_path(path).unwrap_or(Format::Markdown);
    let record = ctx.store.meeting_record(meeting)?;
    let memo = match what {
        What::Memo => crate::memo::memo_document(&record),
        What::Decisions => crate::memo::decisions_document(&record),
    };
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
    let message = t(ctx, if what == What::Memo { ExportUi::MemoWritten } else { ExportUi::DecisionsWritten });
    Ok(Outcome::info(message.replacen("{}", &path.display().to_string(), 1)))
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
}
