//! Short cells of an agenda table that answer a column's question ("Bijlage: Ja / Nee") rather than say
//! something about the item: they set a flag, and are no note.

/// What a cell says about an attachment: `Some(true)` for "Ja", `Some(false)` for "Nee", "nvt", "geen";
/// `None` when it says something else. A dash is an empty cell: it says nothing, and is no note either
/// (`is_empty_mark`).
pub(crate) fn attachment_answer(cell: &str) -> Option<bool> {
    match cell.trim().trim_end_matches('.').to_lowercase().as_str() {
        "ja" | "x" | "✓" | "✔" | "√" | "yes" => Some(true),
        "nee" | "no" | "nvt" | "n.v.t" | "geen" | "niet van toepassing" | "✗" | "✘" => Some(false),
        _ => None,
    }
}

/// A cell left empty with a dash or a lone mark.
pub(crate) fn is_empty_mark(cell: &str) -> bool {
    matches!(cell.trim(), "-" | "–" | "—" | "--" | "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_no_and_dashes_are_answers_not_notes() {
        assert_eq!(attachment_answer("Ja"), Some(true));
        assert_eq!(attachment_answer("Nee"), Some(false));
        assert_eq!(attachment_answer("n.v.t."), Some(false));
        assert_eq!(attachment_answer("Geen"), Some(false));
        assert_eq!(attachment_answer("Nee, mondeling"), None);
        assert!(is_empty_mark("-") && is_empty_mark(" – "));
        assert!(!is_empty_mark("-Gemeente"));
    }
}
