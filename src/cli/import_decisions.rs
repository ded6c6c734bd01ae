//! `import decisions`: a decision list is added (being built: the search issue).

use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Write;
use std::path::Path;

pub fn run(_store: &mut Store, _file: &Path, _body: Option<&str>, _skip_bad: bool, _out: &mut dyn Write) -> Result<()> {
    Err(Error::invalid("importing decisions is not available in this build yet"))
}
