//! `search`: fuzzy search over past decisions (being built: the search issue).

use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Write;

pub fn run(_store: &Store, _query: &str, _limit: usize, _json: bool, _out: &mut dyn Write) -> Result<()> {
    Err(Error::invalid("search is not available in this build yet"))
}
