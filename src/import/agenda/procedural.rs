//! The items that run the meeting itself (opening, the agenda, the round of questions, closing). They
//! stand under whatever section comes last or first, but a section's treatment ("Ter besluitvorming",
//! "Bespreekstukken") is about its papers, not about them: they do not take it.

/// "Opening", "Opening en mededelingen", "Vaststellen van de agenda", "Rondvraag en sluiting", "Sluiting".
pub(crate) fn is_procedural(title: &str) -> bool {
    const WHOLE: &[&str] = &[
        "opening",
        "sluiting",
        "rondvraag",
        "pauze",
        "einde",
        "afsluiting",
        "opening en mededelingen",
        "opening en welkom",
        "opening, mededelingen",
        "opening en vaststelling agenda",
        "opening en vaststelling van de agenda",
        "opening en vaststellen agenda",
        "opening en vaststellen van de agenda",
        "vaststellen agenda",
        "vaststellen van de agenda",
        "vaststelling agenda",
        "vaststelling van de agenda",
        "agenda",
        "rondvraag en sluiting",
        "rondvraag/sluiting",
        "rondvraag & sluiting",
        "wvttk en sluiting",
        "wat verder ter tafel komt",
        "wvttk",
    ];
    let lower = title.trim().trim_end_matches(['.', ':']).trim().to_lowercase();
    WHOLE.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meetings_own_business_is_procedural_and_papers_are_not() {
        for t in ["Sluiting", "Opening.", "Vaststellen van de agenda", "Rondvraag en sluiting", "RONDVRAAG"] {
            assert!(is_procedural(t), "{t}");
        }
        for t in ["Jaarrekening 2025", "Sluiting kazerne Noord", "Opening nieuwe brug", "Agenda 2030"] {
            assert!(!is_procedural(t), "{t}");
        }
    }
}
