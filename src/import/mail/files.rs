//! Where a mail's papers are saved, and saving them: owner-only files in owner-only folders, never over
//! an existing file, never outside the folder, and all of them taken away again when a later step fails.

use super::names::{safe_file_name, unique_name};
use super::{read_mail, Mail, MAX_MAIL_BYTES};
use crate::dates::Date;
use crate::error::{Error, Result};
use crate::locale::Lang;
use crate::store::{Store, DOCUMENT_BASE_SETTING};
use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Folder {
    pub path: PathBuf,
}

/// `--into DIR` itself; else a folder for the meeting in the documents screen's base folder; else one in
/// the user's documents folder, under "annoteer".
pub fn folder_for(store: &Store, into: Option<&Path>, body: &str, date: Date, nl: bool) -> Result<Folder> {
    if let Some(dir) = into {
        if dir.as_os_str().is_empty() {
            return Err(Error::invalid(if nl {
                "--into is leeg; geef een map"
            } else {
                "--into is empty; give a folder"
            }));
        }
        return Ok(Folder { path: absolute(dir)? });
    }
    let meeting = safe_file_name(&format!("{body} {}", date.iso()), &date.iso());
    if let Some(base) = store.setting(DOCUMENT_BASE_SETTING)?.filter(|b| !b.trim().is_empty()) {
        let base = PathBuf::from(base.trim());
        if base.is_dir() {
            return Ok(Folder { path: absolute(&base)?.join(meeting) });
        }
    }
    // Without an XDG documents entry (user-dirs.dirs), ~/Documents as most systems name it.
    let docs = directories::UserDirs::new()
        .map(|u| u.document_dir().map(Path::to_path_buf).unwrap_or_else(|| u.home_dir().join("Documents")))
        .ok_or_else(|| {
            Error::invalid(if nl {
                "er is geen map Documenten gevonden om de stukken in op te slaan; geef er een met --into MAP"
            } else {
                "no documents folder found to save the papers in; give one with --into DIR"
            })
        })?;
    Ok(Folder { path: docs.join("annoteer").join(meeting) })
}

fn absolute(dir: &Path) -> Result<PathBuf> {
    if dir.is_absolute() {
        return Ok(dir.to_path_buf());
    }
    let cwd = std::env::current_dir().map_err(|e| Error::io("cannot find the current folder", e))?;
    Ok(cwd.join(dir))
}

/// The files written and the folders made, so that they can be taken away again.
#[derive(Debug, Default)]
pub struct Saved {
    pub paths: Vec<PathBuf>,
    made_dirs: Vec<PathBuf>,
}

impl Saved {
    /// Removes what was written: the files, then the folders made for them (when empty).
    pub fn remove(&self) {
        for p in &self.paths {
            let _ = fs::remove_file(p);
        }
        for d in self.made_dirs.iter().rev() {
            let _ = fs::remove_dir(d);
        }
    }
}

/// Saves each (name, bytes) in the folder under a safe name not yet taken there ("memo (2).docx").
pub fn save<'a>(folder: &Folder, files: impl Iterator<Item = (&'a str, &'a Vec<u8>)>, nl: bool) -> Result<Saved> {
    let files: Vec<(&str, &Vec<u8>)> = files.collect();
    let mut saved = Saved::default();
    if files.is_empty() {
        return Ok(saved);
    }
    let result = (|| {
        make_dirs(&folder.path, &mut saved.made_dirs, nl)?;
        let dir = fs::canonicalize(&folder.path)
            .map_err(|e| Error::io(said(nl, "kan niet openen:", "cannot open", &folder.path), e))?;
        let mut taken = HashSet::new();
        for (name, bytes) in files {
            let path = write_new(&dir, name, bytes, &mut taken, nl)?;
            saved.paths.push(path);
        }
        Ok::<_, Error>(())
    })();
    match result {
        Ok(()) => Ok(saved),
        Err(e) => {
            saved.remove();
            Err(e)
        }
    }
}

/// Makes the folder and the missing ones above it, owner-only; folders that exist are left as they are.
fn make_dirs(dir: &Path, made: &mut Vec<PathBuf>, nl: bool) -> Result<()> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at {
        match fs::metadata(d) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                return Err(Error::invalid(if nl {
                    format!("{} is een bestand, geen map; er is niets opgeslagen", d.display())
                } else {
                    format!("{} is a file, not a folder; nothing was saved", d.display())
                }))
            }
            Err(_) => missing.push(d.to_path_buf()),
        }
        at = d.parent().filter(|p| !p.as_os_str().is_empty());
    }
    for d in missing.into_iter().rev() {
        fs::DirBuilder::new()
            .mode(0o700)
            .create(&d)
            .map_err(|e| Error::io(said(nl, "kan de map niet maken:", "cannot create", &d), e))?;
        made.push(d.clone());
        fs::set_permissions(&d, fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io(said(nl, "kan de rechten niet zetten op", "cannot set permissions on", &d), e))?;
    }
    Ok(())
}

/// One new file: O_EXCL, so an existing file (or a link planted there) is never written through.
fn write_new(dir: &Path, name: &str, bytes: &[u8], taken: &mut HashSet<String>, nl: bool) -> Result<PathBuf> {
    for _ in 0..1000 {
        let chosen = unique_name(dir, name, taken);
        taken.insert(chosen.to_lowercase());
        let path = dir.join(&chosen);
        // The name is one plain component (names::safe_file_name); this holds whatever it was given.
        if path.parent() != Some(dir) || chosen.contains(['/', '\\']) || chosen == ".." || chosen == "." {
            return Err(Error::invalid(if nl {
                format!("de naam {name:?} valt buiten de map; niets opgeslagen")
            } else {
                format!("the name {name:?} points outside the folder; nothing saved")
            }));
        }
        let file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path);
        let mut file = match file {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(said(nl, "kan het bestand niet maken:", "cannot create", &path), e)),
        };
        let written = file
            .write_all(bytes)
            .and_then(|_| file.sync_all())
            .and_then(|_| fs::set_permissions(&path, fs::Permissions::from_mode(0o600)));
        if let Err(e) = written {
            let _ = fs::remove_file(&path);
            return Err(Error::io(said(nl, "kan niet schrijven:", "cannot write", &path), e));
        }
        return Ok(path);
    }
    Err(Error::invalid(format!("no free name for {name:?} in {}", dir.display())))
}

/// The mail in the file, or why it is none (a folder, too large, not a mail), in one sentence.
pub fn read_mail_file(file: &Path, lang: Lang) -> Result<Mail> {
    let bytes = read_file(file, lang == Lang::Nl)?;
    read_mail(&bytes).map_err(|e| Error::invalid(format!("{}: {}", file.display(), e.text(lang))))
}

fn read_file(file: &Path, nl: bool) -> Result<Vec<u8>> {
    let cannot = |e| Error::io(format!("{} {}", if nl { "kan niet lezen:" } else { "cannot read" }, file.display()), e);
    let handle = std::fs::File::open(file).map_err(cannot)?;
    let meta = handle.metadata().map_err(cannot)?;
    if meta.is_dir() {
        return Err(Error::invalid(if nl {
            format!("{} is een map; geef het bestand van de mail (.eml of .msg)", file.display())
        } else {
            format!("{} is a folder; give the mail's file (.eml or .msg)", file.display())
        }));
    }
    if meta.len() > MAX_MAIL_BYTES {
        return Err(Error::invalid(if nl {
            format!(
                "{} is {} MB; een mail van meer dan {} MB wordt niet gelezen (er is niets geïmporteerd)",
                file.display(),
                meta.len() >> 20,
                MAX_MAIL_BYTES >> 20
            )
        } else {
            format!(
                "{} is {} MB; a mail over {} MB is not read (nothing was imported)",
                file.display(),
                meta.len() >> 20,
                MAX_MAIL_BYTES >> 20
            )
        }));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    handle.take(MAX_MAIL_BYTES + 1).read_to_end(&mut bytes).map_err(cannot)?;
    Ok(bytes)
}

/// "kan niet schrijven: /pad" / "cannot write /path": what failed, in the user's language.
fn said(nl: bool, dutch: &str, english: &str, path: &Path) -> String {
    format!("{} {}", if nl { dutch } else { english }, path.display())
}
