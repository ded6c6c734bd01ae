//! Reading a cover note (oplegger, voorstel, "Voorstel voor de vergadering van …"): the purpose it asks
//! for, its proposed decision points and its short summary, each with the label it was read under.
//!
//! Pure text in, values out. Nothing is guessed past what the paper says in its fixed places: a paper
//! without them, minutes or an agenda linked as a cover note, or one naming two purposes gives no purpose
//! and says why (`CoverUnknown`). A paper that names no purpose but asks for decisions is for decision,
//! and the reading says that it inferred so.

mod file;
mod labels;
mod points;
mod purpose;
mod tokens;

pub use file::read_file;

use crate::domain::{CoverRead, CoverUnknown, Treatment};
use labels::{Label, Role};

/// Cover notes put their purpose near the top; a purpose line further down belongs to something else.
const HEAD_BYTES: usize = 4000;
/// A paper this long without a label near its start is a report, not a cover note.
const LONG_WORDS: usize = 5000;
const HEAD_WORDS: usize = 1500;
const MAX_VALUE_BYTES: usize = 20_000;

/// Reads the purpose, decision points and summary of a cover note's text.
pub fn read_text(text: &str) -> CoverRead {
    if let Some(title) = other_kind_title(text) {
        return unknown(CoverUnknown::NotACoverNote { title });
    }
    let toks = tokens::tokens(text);
    let labels = labels::find(text, &toks);
    let words = toks.iter().filter(|t| t.kind == tokens::Kind::Word).count();
    if words > LONG_WORDS {
        let head_end =
            toks.iter().filter(|t| t.kind == tokens::Kind::Word).nth(HEAD_WORDS).map_or(text.len(), |t| t.start);
        if !labels.iter().any(|l| l.start < head_end && matches!(l.role, Role::Purpose | Role::Decisions)) {
            return unknown(CoverUnknown::LongReport { words });
        }
    }
    // A value longer than this is no place of a form; it is cut there, so a huge paper stays linear.
    let value = |k: usize| -> &str {
        let start = labels[k].end;
        let end = labels.get(k + 1).map_or(text.len(), |n| n.start).max(start);
        let end = floor_char(text, end.min(start + MAX_VALUE_BYTES));
        &text[start..end.max(start)]
    };

    let mut read = CoverRead::default();
    // Decisions: the first section with marked points, else the first bare decision sentence.
    let mut bare: Option<(Vec<String>, &Label)> = None;
    for (k, l) in labels.iter().enumerate().filter(|(_, l)| l.role == Role::Decisions) {
        let (found, listed) = points::points(value(k));
        if found.is_empty() {
            continue;
        }
        if listed {
            read.decisions = found;
            read.decisions_source = l.source.clone();
            break;
        }
        if bare.is_none() {
            bare = Some((found, l));
        }
    }
    if read.decisions.is_empty() {
        if let Some((found, l)) = bare {
            read.decisions = found;
            read.decisions_source = l.source.clone();
        }
    }
    if let Some((k, l)) = labels.iter().enumerate().find(|(_, l)| l.role == Role::Summary) {
        read.summary = summary(value(k));
        if !read.summary.is_empty() {
            read.summary_source = l.source.clone();
        }
    }

    // Purpose: stated under a label, or as a line (or table cell) of its own near the top.
    let mut stated: Vec<(Treatment, String)> = Vec::new();
    for (k, l) in labels.iter().enumerate().filter(|(_, l)| l.role == Role::Purpose && l.start < HEAD_BYTES) {
        if let Some(t) = purpose::starting(value(k)) {
            stated.push((t, l.source.clone()));
        }
    }
    let head = &text[..floor_char(text, HEAD_BYTES)];
    for cell in head.lines().flat_map(|l| l.split('\t')) {
        if let Some(t) = purpose::whole(cell) {
            stated.push((t, cell.trim().to_string()));
        }
    }
    let mut distinct: Vec<Treatment> = Vec::new();
    for (t, _) in &stated {
        if !distinct.contains(t) {
            distinct.push(*t);
        }
    }
    match distinct.len() {
        0 if !read.decisions.is_empty() => {
            read.purpose = Some(inferred(&read.decisions));
            read.purpose_source = read.decisions_source.clone();
            read.purpose_inferred = true;
        }
        0 => read.unknown = Some(CoverUnknown::NoPurpose),
        1 => {
            read.purpose = Some(distinct[0]);
            read.purpose_source = stated[0].1.clone();
        }
        _ => read.unknown = Some(CoverUnknown::ConflictingPurposes { found: distinct }),
    }
    read
}

fn unknown(reason: CoverUnknown) -> CoverRead {
    CoverRead { unknown: Some(reason), ..Default::default() }
}

fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Points that only take note ("kennis te nemen van …") ask for no decision: the paper is for information.
fn inferred(decisions: &[String]) -> Treatment {
    let notes = |p: &String| {
        let f = crate::text::fold(p);
        ["kennis te nemen", "kennisnemen", "kennis nemen", "kennis genomen"].iter().any(|o| f.starts_with(o))
    };
    if decisions.iter().all(notes) {
        Treatment::TerInformatie
    } else {
        Treatment::TerBesluitvorming
    }
}

/// The summary as lines: bullets dropped, wrapped lines joined, at most about a screen of it.
fn summary(value: &str) -> String {
    let (bulleted, listed) = points::points(value);
    let text = if listed && !bulleted.is_empty() {
        bulleted.join("\n")
    } else {
        value.split("\n\n").map(points::tidy).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("\n")
    };
    let mut out: String = text.chars().take(1500).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// The title of a paper that is something else (minutes, an agenda, a decision list), read from its first
/// line: "Concept verslag vergadering Algemeen Bestuur …".
fn other_kind_title(text: &str) -> Option<String> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words: Vec<&str> = first.split_whitespace().skip_while(|w| w.chars().all(|c| c.is_ascii_digit())).collect();
    let folded: Vec<String> =
        words.iter().take(3).map(|w| crate::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()))).collect();
    const KINDS: &[&str] = &[
        "verslag",
        "conceptverslag",
        "notulen",
        "besluitenlijst",
        "agenda",
        "conceptagenda",
        "actielijst",
        "uitnodiging",
    ];
    const PREFIXES: &[&str] = &["concept", "openbaar", "definitief", "ontwerp"];
    let kind_at = |i: usize| folded.get(i).is_some_and(|w| KINDS.contains(&w.as_str()));
    let hit = kind_at(0) || (folded.first().is_some_and(|w| PREFIXES.contains(&w.as_str())) && kind_at(1));
    hit.then(|| words.iter().take(8).copied().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_two_column_form_as_tab_joined_rows() {
        let text = "Oplegger KLO\nOnderwerp\tOpdrachtbeschrijving MIT-capaciteit\nDoel\tTer informatie\n\
                    Kernpunten\tHet MIT breidt uit.\nGevraagd besluit\t1. Kennis te nemen van de opdracht\n";
        let r = read_text(text);
        assert_eq!(r.purpose, Some(Treatment::TerInformatie));
        assert_eq!(r.purpose_source, "Doel");
        assert!(!r.purpose_inferred);
        assert_eq!(r.decisions, ["Kennis te nemen van de opdracht"]);
        assert_eq!(r.decisions_source, "Gevraagd besluit");
        assert_eq!(r.summary, "Het MIT breidt uit");
    }

    #[test]
    fn a_form_cell_of_two_paragraphs_as_the_word_reader_joins_it() {
        let text = "Oplegger\nDoel\tTer informatie\nGevraagd besluit\t1. Kennis te nemen van het voorstel; 2. Het PGT \
                    te vragen de nulmeting uit te voeren.\nToelichting\tBesproken in de OG.\n";
        let r = read_text(text);
        assert_eq!(r.purpose, Some(Treatment::TerInformatie));
        assert_eq!(r.decisions, ["Kennis te nemen van het voorstel", "Het PGT te vragen de nulmeting uit te voeren"]);
    }

    #[test]
    fn headings_with_their_text_below() {
        let text = "Voorstel aan het algemeen bestuur\n\nBeoogd effect\nBesluitvormend\n\nKernpunten\n- Eén regio\n- Eén meldkamer\n\n\
                    Het algemeen bestuur wordt gevraagd:\na. de visie vast te stellen;\nb. het DB te\nmandateren.\n\nToelichting\nLang verhaal.";
        let r = read_text(text);
        assert_eq!(r.purpose, Some(Treatment::TerBesluitvorming));
        assert_eq!(r.purpose_source, "Beoogd effect");
        assert_eq!(r.decisions, ["de visie vast te stellen", "het DB te mandateren"]);
        assert_eq!(r.decisions_source, "Het algemeen bestuur wordt gevraagd");
        assert_eq!(r.summary, "Eén regio\nEén meldkamer");
    }

    #[test]
    fn a_purpose_mentioned_in_a_sentence_is_not_read() {
        let r = read_text("Notitie\n\nDoel van de Gemeentepolis is om inwoners ter informatie te bereiken.\n");
        assert_eq!(r.purpose, None);
        assert_eq!(r.unknown, Some(CoverUnknown::NoPurpose));
    }

    #[test]
    fn two_purposes_are_no_purpose() {
        let r = read_text("Oplegger\nTer besluitvorming\nTer informatie\n");
        assert_eq!(
            r.unknown,
            Some(CoverUnknown::ConflictingPurposes {
                found: vec![Treatment::TerBesluitvorming, Treatment::TerInformatie]
            })
        );
        assert_eq!(r.purpose, None);
    }

    #[test]
    fn minutes_and_long_reports_are_not_cover_notes() {
        let r =
            read_text("Concept verslag vergadering AB\n\nTer besluitvorming\n1. Aanwijzing\nHet AB besluit:\n- iets\n");
        assert!(matches!(r.unknown, Some(CoverUnknown::NotACoverNote { .. })));
        assert!(r.decisions.is_empty());
        let report = "Programmaplan\n\n".to_string()
            + &"Het programma werkt aan veiligheid in de regio. ".repeat(800)
            + "\nGevraagd besluit: 1. in te stemmen";
        assert!(matches!(read_text(&report).unknown, Some(CoverUnknown::LongReport { .. })));
    }

    #[test]
    fn decisions_without_a_purpose_are_for_decision_and_noted_as_inferred() {
        let r = read_text("Raadsvoorstel\nBeslispunten\n1. De verordening vast te stellen.\n");
        assert_eq!(r.purpose, Some(Treatment::TerBesluitvorming));
        assert!(r.purpose_inferred);
        let r = read_text("Oplegger\nVoorgesteld besluit:\n1. Kennis te nemen van de rapportage.\n");
        assert_eq!(r.purpose, Some(Treatment::TerInformatie));
    }
}
