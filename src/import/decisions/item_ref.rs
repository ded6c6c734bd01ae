//! Which agenda item a decision's reference names: "Agendapunt 2", "punt 4a", "agp. 3", "ad 3",
//! "Agendapunt 4.1". Only a reference with such a word before the number counts: a bare code ("05A",
//! "20191212.5") is the list's own numbering, which need not be the meeting's.

const LEADS: &[&str] = &["agendapunt", "agenda punt", "agp.", "agp", "ap.", "punt", "ad"];
const MAX_NUMBER_CHARS: usize = 12;

/// The item number a reference names ("2", "4a", "4.1"), in lower case, without a closing dot.
pub fn item_number(reference: &str) -> Option<String> {
    let text = reference.trim().to_lowercase();
    let rest = LEADS.iter().find_map(|lead| {
        let rest = text.strip_prefix(lead)?;
        // "punt" must end as a word: "puntje 3" names nothing; "agp.3" may run on.
        let apart = rest.starts_with([' ', '\t', ':']) || lead.ends_with('.');
        apart.then_some(rest)
    })?;
    let number = rest.trim_start_matches([' ', '\t', ':']).split([' ', ',', ';', ':', '(']).next()?;
    let number = number.trim_end_matches(['.', ')']);
    let shaped = number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().count() <= MAX_NUMBER_CHARS
        && number.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || c == '.');
    shaped.then(|| number.to_string())
}

/// A reference that is only a number in an agenda's shape ("3", "4a", "4.1"): the item's number when the
/// list's subject is that item's title too (`same_subject`), as a list numbered by the agenda has it.
pub fn bare_number(reference: &str) -> Option<String> {
    // A capital after the digits ("05A") is a list's code; an agenda writes "5a".
    let number = reference.trim().trim_end_matches('.');
    let digits = number.chars().take_while(char::is_ascii_digit).count();
    let rest = &number[digits..];
    let tail = rest.is_empty()
        || (rest.len() == 1 && rest.chars().all(|c| c.is_ascii_lowercase()))
        || rest
            .strip_prefix('.')
            .is_some_and(|r| !r.is_empty() && r.len() <= 2 && r.bytes().all(|b| b.is_ascii_digit()));
    // Three digits or more is a list's own code ("101", "20191212.5"), not an agenda's number.
    ((1..=2).contains(&digits) && tail).then(|| number.to_string())
}

/// The subject a list gives a decision starts as the item's title does (over the first few words).
pub fn same_subject(subject: &str, title: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(3).map(str::to_lowercase).collect()
    };
    let (a, b) = (words(subject), words(title));
    let n = a.len().min(b.len());
    n > 0 && a[..n] == b[..n] && (n >= 2 || a.len() == b.len())
}

/// Whether an item's number as the meeting writes it ("4a", "4.a", "04") is the one a reference names.
pub fn names_item(named: &str, item_number: &str) -> bool {
    canonical(named) == canonical(item_number)
}

/// "04.a" and "4a" alike: no zeros before the first number, no dot before a letter, lower case.
fn canonical(number: &str) -> String {
    let lower = number.trim().trim_end_matches('.').to_lowercase();
    let lower = lower.trim_start_matches('0');
    let mut out = String::with_capacity(lower.len());
    let mut chars = lower.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '.' && chars.peek().is_some_and(char::is_ascii_lowercase) {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_that_name_an_item_of_the_meeting() {
        for (reference, number) in [
            ("Agendapunt 2", "2"),
            ("agendapunt 4a", "4a"),
            ("punt 2", "2"),
            ("ad 3", "3"),
            ("Agp. 5", "5"),
            ("agp.5", "5"),
            ("Agendapunt 4.1", "4.1"),
            ("Agendapunt 3: Jaarrekening", "3"),
            ("AGENDAPUNT 12.", "12"),
        ] {
            assert_eq!(item_number(reference), Some(number.to_string()), "{reference}");
        }
        for none in ["05A", "20191212.5", "T01237", "puntje 3", "advies 3", "punt twee", "", "Agendapunt"] {
            assert_eq!(item_number(none), None, "{none}");
        }
    }

    #[test]
    fn a_bare_number_counts_only_with_the_items_subject() {
        assert_eq!(bare_number("3"), Some("3".into()));
        assert_eq!(bare_number("4a"), Some("4a".into()));
        assert_eq!(bare_number("4.1"), Some("4.1".into()));
        for code in ["05A", "20191212.5", "101", "T01237", "3 en 4", ""] {
            assert_eq!(bare_number(code), None, "{code}");
        }
        assert!(same_subject("Jaarrekening 2021", "Jaarrekening 2021 en begrotingswijziging"));
        assert!(same_subject("Opening", "Opening"));
        assert!(!same_subject("Opening", "Opening van de nieuwe brug") && !same_subject("Begroting", "Jaarrekening"));
    }

    #[test]
    fn a_number_written_another_way_is_the_same_item_and_no_other() {
        assert!(names_item("2", "2"));
        assert!(names_item("4a", "4a") && names_item("4a", "4.a") && names_item("4", "04"));
        assert!(names_item("4.1", "4.1"));
        assert!(!names_item("2", "12") && !names_item("4", "4a") && !names_item("4.1", "41"));
        assert!(!names_item("41", "4.1") && !names_item("4a", "4"));
    }
}
