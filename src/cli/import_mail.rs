//! `import mail`: a saved e-mail becomes a meeting (or adds to the one it is for): the agenda its items,
//! the other attachments saved and linked to their items. stdout gets the meeting's id, stderr what went
//! where. The work is the core's (`import::mail::plan`), shared with the import screen; this file adds the
//! command's options and its words for what the options must say.

use super::io_err;
use crate::dates::Date;
use crate::error::{Error, Result};
use crate::import::mail::plan::{apply, plan, MailParts};
use crate::import::mail::propose::parse_user_date;
use crate::import::mail::report::report;
use crate::import::mail::Mail;
use crate::locale::Lang;
use crate::store::Store;
use crate::text::clean_line;
use std::io::Write;
use std::path::Path;

pub struct Options<'a> {
    pub body: Option<&'a str>,
    pub date: Option<&'a str>,
    pub into: Option<&'a Path>,
}

/// The mail in the file, or why it is none; read before the database is opened.
pub fn read(file: &Path, lang: Lang) -> Result<Mail> {
    crate::import::mail::files::read_mail_file(file, lang)
}

pub fn run(store: &mut Store, file: &Path, mail: &Mail, opts: &Options, lang: Lang, out: &mut dyn Write) -> Result<()> {
    let nl = lang == Lang::Nl;
    let parts = MailParts::read(mail);
    let body = body_of(store, mail, &parts, opts.body, nl)?;
    let date = date_of(mail, &parts, opts.date, nl)?;
    let mut plan = plan(store, mail, &parts, &body, date, opts.into, lang).map_err(|e| e.into_error(file, lang))?;
    let applied = apply(store, mail, &mut plan, lang)?;
    writeln!(out, "{}", applied.result.meeting).map_err(io_err)?;
    let mut err = std::io::stderr().lock();
    for line in report(mail, &plan, &applied, lang) {
        let _ = writeln!(err, "{line}");
    }
    Ok(())
}

fn body_of(store: &Store, mail: &Mail, parts: &MailParts, given: Option<&str>, nl: bool) -> Result<String> {
    if let Some(b) = given {
        let b = clean_line(b);
        if b.is_empty() {
            return Err(Error::invalid(if nl {
                "--body is leeg; geef de naam van het gremium"
            } else {
                "--body is empty; give the body's name"
            }));
        }
        return Ok(b);
    }
    parts.propose_body(store, mail)?.ok_or_else(|| {
        Error::invalid(if nl {
            format!(
                "uit de mail (onderwerp {:?}) is niet op te maken voor welk gremium de vergadering is; \
                     geef het met --body NAAM (bijvoorbeeld --body \"Stuurgroep MIT\"); er is niets geïmporteerd",
                mail.subject
            )
        } else {
            format!(
                "the mail (subject {:?}) does not say which body the meeting is of; give it with --body NAME \
                     (for example --body \"Stuurgroep MIT\"); nothing was imported",
                mail.subject
            )
        })
    })
}

fn date_of(mail: &Mail, parts: &MailParts, given: Option<&str>, nl: bool) -> Result<Date> {
    if let Some(d) = given {
        return parse_user_date(d).ok_or_else(|| {
            Error::invalid(if nl {
                format!(
                    "--date {d:?} is geen datum; schrijf bijvoorbeeld 2026-12-10, 10-12-2026 of \"10 december 2026\""
                )
            } else {
                format!("--date {d:?} is not a date; write for example 2026-12-10, 10-12-2026 or \"10 december 2026\"")
            })
        });
    }
    parts.propose_date(mail).ok_or_else(|| {
        Error::invalid(if nl {
            format!(
                "uit de mail (onderwerp {:?}) is de datum van de vergadering niet op te maken; geef hem met \
                     --date DATUM (bijvoorbeeld --date 2026-12-10); er is niets geïmporteerd",
                mail.subject
            )
        } else {
            format!(
                "the mail (subject {:?}) does not give the meeting's date; give it with --date DATE \
                     (for example --date 2026-12-10); nothing was imported",
                mail.subject
            )
        })
    })
}
