//! The FILE of `import agenda` and `import decisions` as text, whatever it is (Word, PDF, web page,
//! text); a file that cannot be read is refused in one sentence in the user's language.

use crate::error::{Error, Result};
use crate::import::read::{read_bytes, read_path, DocText, ReadError, MAX_FILE_BYTES};
use crate::locale::Lang;
use std::io::Read;
use std::path::Path;

/// A file as read, with the name and the language its messages use.
pub(crate) struct ReadFile {
    pub name: String,
    pub doc: DocText,
    pub lang: Lang,
}

/// `-` reads standard input, so a paste can be piped in.
pub(crate) fn read_file(file: &Path, lang: Lang) -> Result<ReadFile> {
    let doc = if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(nothing_imported("cannot read standard input", lang), e))?;
        read_bytes(&bytes, "-")
    } else {
        read_path(file)
    };
    let doc = doc.map_err(|e| refused(&e, lang))?;
    Ok(ReadFile { name: file.display().to_string(), doc, lang })
}

pub(crate) fn refused(e: &ReadError, lang: Lang) -> Error {
    Error::invalid(nothing_imported(&e.text(lang), lang))
}

/// Still one sentence when the reader's ends in a question ("... is het een scan?").
pub(crate) fn nothing_imported(sentence: &str, lang: Lang) -> String {
    let what = match lang {
        Lang::Nl => "er is niets geïmporteerd",
        Lang::En => "nothing was imported",
    };
    if sentence.ends_with('?') {
        format!("{sentence} ({what})")
    } else {
        format!("{sentence}; {what}")
    }
}
