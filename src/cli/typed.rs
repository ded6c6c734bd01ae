//! Values typed on the command line that the core reads as people write them.

use crate::dates::{parse_date, Date};
use crate::error::{Error, Result};
use crate::locale::Lang;

/// A `--date` value as ISO: `10-12-2026`, `10 december 2026`, `donderdag 10 december 2026`, `2026-12-10`;
/// without a year, the next such day from today.
pub(crate) fn date_option(option: &str, typed: &str, lang: Lang) -> Result<String> {
    parse_date(typed, Some(Date::today()))
        .map(Date::iso)
        .map_err(|problem| Error::invalid(format!("{option}: {}", lang.date_problem(problem, typed))))
}
