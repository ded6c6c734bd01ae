//! The words for a purpose as cover notes write them: "Ter besluitvorming", "besluitvormend", "informerend",
//! "ter kennisname", "oordeelsvormend" … A purpose is read only where the words stand first in their place.

use crate::domain::Treatment;
use crate::text::fold;

const WORDS: &[(&str, Treatment)] = &[
    ("ter besluitvorming", Treatment::TerBesluitvorming),
    ("ter besluitname", Treatment::TerBesluitvorming),
    ("ter beslissing", Treatment::TerBesluitvorming),
    ("ter besluit", Treatment::TerBesluitvorming),
    ("besluitvormend", Treatment::TerBesluitvorming),
    ("besluitnemend", Treatment::TerBesluitvorming),
    ("besluitvorming", Treatment::TerBesluitvorming),
    ("ter vaststelling", Treatment::TerVaststelling),
    ("vaststelling", Treatment::TerVaststelling),
    ("ter informatie", Treatment::TerInformatie),
    ("ter info", Treatment::TerInformatie),
    ("ter kennisname", Treatment::TerInformatie),
    ("ter kennisgeving", Treatment::TerInformatie),
    ("informerend", Treatment::TerInformatie),
    ("informatief", Treatment::TerInformatie),
    ("beeldvormend", Treatment::TerInformatie),
    ("kennisname", Treatment::TerInformatie),
    ("informatie", Treatment::TerInformatie),
    ("ter bespreking", Treatment::TerBespreking),
    ("ter discussie", Treatment::TerBespreking),
    ("oordeelsvormend", Treatment::TerBespreking),
    ("bespreking", Treatment::TerBespreking),
    ("ter consultatie", Treatment::TerConsultatie),
    ("ter advisering", Treatment::TerConsultatie),
    ("ter advies", Treatment::TerConsultatie),
    ("consultatie", Treatment::TerConsultatie),
    ("mondelinge toelichting", Treatment::MondelingeToelichting),
];

/// The purpose the text starts with, and how many bytes of the folded text it took.
fn at_start(folded: &str) -> Option<(Treatment, usize)> {
    WORDS.iter().find_map(|(words, t)| {
        let rest = folded.strip_prefix(words)?;
        rest.chars().next().is_none_or(|c| !c.is_alphanumeric()).then_some((*t, words.len()))
    })
}

fn leading_marks(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '•' | '·' | '*' | '"' | '\'' | '‘' | '“')
    })
}

/// The purpose a label's value starts with: "Ter informatie", "besluitvormend, want …".
pub(super) fn starting(value: &str) -> Option<Treatment> {
    at_start(&fold(leading_marks(value))).map(|(t, _)| t)
}

/// The purpose a line or table cell is made of and nothing else: "Ter besluitvorming", "Ter informatie
/// (bijlage)". A sentence that mentions a purpose is no purpose.
pub(super) fn whole(cell: &str) -> Option<Treatment> {
    let folded = fold(leading_marks(cell).trim());
    let (t, used) = at_start(&folded)?;
    let rest = folded[used..].trim().trim_end_matches(['.', ':', ';']);
    let parenthetical = rest.starts_with('(') && rest.ends_with(')');
    (rest.is_empty() || parenthetical).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_in_their_many_spellings() {
        assert_eq!(whole("Ter besluitvorming"), Some(Treatment::TerBesluitvorming));
        assert_eq!(whole("  Besluitvormend"), Some(Treatment::TerBesluitvorming));
        assert_eq!(whole("Informerend."), Some(Treatment::TerInformatie));
        assert_eq!(whole("ter kennisname"), Some(Treatment::TerInformatie));
        assert_eq!(whole("Ter besluitvorming (bijlage, PGT)"), Some(Treatment::TerBesluitvorming));
        assert_eq!(whole("Oordeelsvormend"), Some(Treatment::TerBespreking));
        assert_eq!(whole("Informatiebeveiliging"), None, "a longer word is no purpose");
        assert_eq!(whole("Ter informatie over de begroting van het jaar"), None, "a sentence is no purpose");
        assert_eq!(starting("ter besluitvorming, na advies van het DB"), Some(Treatment::TerBesluitvorming));
        assert_eq!(starting("• Knelpunten zijn weggenomen"), None);
    }
}
