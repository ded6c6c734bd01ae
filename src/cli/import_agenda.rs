//! `import agenda`: a pasted agenda text becomes a new meeting (being built: the import issue).

use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Write;
use std::path::Path;
pub fn run(
    _store: &mut Store,
    _file: &Path,
    _body: &str,
    _date: &str,
    _title: Option<&str>,
    _out: &mut dyn Write,
) -> Result<()> {
    Err(Error::invalid("importing an agenda is not available in this build yet"))
}
