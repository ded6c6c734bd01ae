//! `export`: the annotation memo as markdown (being built: the export issue).

use crate::domain::MeetingId;
use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Write;
use std::path::Path;

pub fn run(_store: &Store, _meeting: MeetingId, _output: Option<&Path>, _out: &mut dyn Write) -> Result<()> {
    Err(Error::invalid("export is not available in this build yet"))
}
