//! The list of incoming papers ("Ingekomen stukken") a council agenda ends with: a heading of its own,
//! then a table whose rows are coded "I-1", "I-2" (or "IS-1", "I.3") with the paper's subject in the
//! next cell. The code is the row's number on that list, not its title.

const MAX_CODE_LETTERS: usize = 3;
const MAX_CODE_DIGITS: usize = 3;

/// "Ingekomen stukken", "Lijst ingekomen stukken:", "INGEKOMEN STUKKEN" on a line of its own.
pub(crate) fn is_heading(line: &str) -> bool {
    let lower = line.trim().trim_end_matches([':', '.']).trim().to_lowercase();
    matches!(
        lower.as_str(),
        "ingekomen stukken" | "lijst ingekomen stukken" | "lijst van ingekomen stukken" | "ingekomen brieven"
    )
}

/// "I-1", "IS-12", "I.3": a code on the list of incoming papers.
pub(crate) fn is_code(cell: &str) -> bool {
    let cell = cell.trim();
    let letters = cell.chars().take_while(char::is_ascii_uppercase).count();
    if letters == 0 || letters > MAX_CODE_LETTERS {
        return false;
    }
    let rest = &cell[letters..];
    let Some(digits) = rest.strip_prefix(['-', '.']) else { return false };
    let digits = digits.trim_end_matches('.');
    (1..=MAX_CODE_DIGITS).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_headings_of_the_incoming_list() {
        for yes in ["I-1", "I-12", "IS-3", "I.4", "I-01."] {
            assert!(is_code(yes), "{yes}");
        }
        for no in ["I-", "1", "Brief", "I-1a", "ABCD-1", "i-1", "I-1234", "I 5"] {
            assert!(!is_code(no), "{no}");
        }
        assert!(is_heading("Ingekomen stukken") && is_heading("INGEKOMEN STUKKEN:"));
        assert!(!is_heading("Ingekomen stukken en mededelingen") && !is_heading("5. Ingekomen stukken"));
    }
}
