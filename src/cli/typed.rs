//! Values typed on the command line that the core reads as people write them.

use crate::dates::{parse_date, Date};
use crate::error::{CommandRefusal, Error, Result};

/// A `--date` value as ISO: `10-12-2026`, `10 december 2026`, `donderdag 10 december 2026`, `2026-12-10`;
/// without a year, the next such day from today.
pub(crate) fn date_option(option: &str, typed: &str) -> Result<String> {
    parse_date(typed, Some(Date::today())).map(Date::iso).map_err(|problem| {
        Error::from(CommandRefusal::OptionDate { option: option.to_string(), typed: typed.to_string(), problem })
    })
}
