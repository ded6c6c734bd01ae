//! The FILE of `import agenda` and `import decisions` as text, whatever it is (Word, PDF, web page,
//! text); a file that cannot be read is refused in one sentence in the user's language.

use crate::error::{Error, ImportRefusal, Result};
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
            .map_err(|e| refused(ReadError::Io { name: "stdin".into(), detail: e.to_string() }))?;
        read_bytes(&bytes, "-")
    } else {
        read_path(file)
    };
    let doc = doc.map_err(refused)?;
    Ok(ReadFile { name: file.display().to_string(), doc, lang })
}

pub(crate) fn refused(e: ReadError) -> Error {
    ImportRefusal::Unreadable(e).into()
}
