//! The words around a title: the treatment ("Ter besluitvorming"), the origin in parentheses
//! ("(bijlage, PGT)") and the headings of parts and sections ("BESLOTEN DEEL", "Hamerstukken").
//! `Treatment::from_words` reads a word that is known to be a treatment; these helpers also decide
//! whether a stretch of agenda text is one, so they only take whole phrases.

use crate::domain::Treatment;

/// Treatment phrases as agendas write them, lower case; longer phrases first.
const TREATMENTS: &[(&str, Treatment)] = &[
    ("ter besluitvorming", Treatment::TerBesluitvorming),
    ("ter besluitneming", Treatment::TerBesluitvorming),
    ("ter beslissing", Treatment::TerBesluitvorming),
    ("ter instemming", Treatment::TerBesluitvorming),
    ("ter besluit", Treatment::TerBesluitvorming),
    ("besluitvormend", Treatment::TerBesluitvorming),
    ("ter vaststelling", Treatment::TerVaststelling),
    ("ter goedkeuring", Treatment::TerVaststelling),
    ("ter bespreking", Treatment::TerBespreking),
    ("ter discussie", Treatment::TerBespreking),
    ("ter informatie", Treatment::TerInformatie),
    ("ter kennisname", Treatment::TerInformatie),
    ("ter kennisgeving", Treatment::TerInformatie),
    ("ter info", Treatment::TerInformatie),
    ("informerend", Treatment::TerInformatie),
    ("mondelinge toelichting", Treatment::MondelingeToelichting),
    ("mondelinge mededeling", Treatment::MondelingeToelichting),
    ("mondelinge update", Treatment::MondelingeToelichting),
    ("mondeling", Treatment::MondelingeToelichting),
    ("schriftelijke consultatie", Treatment::TerConsultatie),
    ("ter consultatie", Treatment::TerConsultatie),
    ("ter advisering", Treatment::TerConsultatie),
    // EU Councils: the kind of discussion as an annotated agenda names it.
    ("mogelijk gemeenschappelijk standpunt", Treatment::TerBesluitvorming),
    ("gemeenschappelijk standpunt", Treatment::TerBesluitvorming),
    ("politieke besluitvorming", Treatment::TerBesluitvorming),
    ("politiek akkoord", Treatment::TerBesluitvorming),
    ("algemene oriëntatie", Treatment::TerBesluitvorming),
    ("algemene orientatie", Treatment::TerBesluitvorming),
    ("beleidsdebat", Treatment::TerBespreking),
    ("gedachtewisseling", Treatment::TerBespreking),
    ("voortgangsrapport", Treatment::TerInformatie),
];

/// What the kind of paper with an item asks of the meeting ("Informatienota", "bestuursvoorstel").
pub(crate) fn paper_treatment(word: &str) -> Option<Treatment> {
    let w = word.trim().trim_end_matches(['.', ':', ',']).to_lowercase();
    match w.as_str() {
        "informatienota" | "raadsinformatiebrief" | "informatiebrief" | "statenbrief" => Some(Treatment::TerInformatie),
        "adviesnota" | "bestuursvoorstel" | "besluitvormingsnota" | "beslisnota" => Some(Treatment::TerBesluitvorming),
        "mondeling" | "presentatie" => Some(Treatment::MondelingeToelichting),
        _ => None,
    }
}

/// What a proposal or decision line asks: "Besluit: het AB neemt de verslagen voor kennisgeving aan",
/// "Voorstel: Verslag vaststellen", "… stemt in met het projectplan".
pub(crate) fn proposal_treatment(text: &str) -> Option<Treatment> {
    let t = text.to_lowercase();
    let has = |w: &str| t.contains(w);
    if has("kennisgeving")
        || has("kennis te nemen")
        || has("kennisnemen")
        || has("kennis nemen")
        || has("kennis van")
        || has("ter kennisname")
    {
        Some(Treatment::TerInformatie)
    } else if has("vast te stellen") || has("vaststellen") || has("vastgesteld") || (has(" stelt ") && has(" vast")) {
        Some(Treatment::TerVaststelling)
    } else if has("in te stemmen")
        || has("stemt in")
        || has("instemmen")
        || has("te besluiten")
        || has("goed te keuren")
        || has("bekrachtigen")
    {
        Some(Treatment::TerBesluitvorming)
    } else {
        None
    }
}

/// A treatment that heads a section of items: "TER KENNISNAME", "Ter kennisname of Hamerstukken",
/// "Hamerstukken", "II Ter behandeling" (none), also behind a numeral or letter.
pub(crate) fn heading_treatment(text: &str) -> Option<Treatment> {
    // ASCII lower case keeps every byte where it was: the label's length holds in it.
    let lower = text.to_ascii_lowercase();
    // A numeral or letter before the words: "III Ter kennisname", "2. Hamerstukken", "A. Hamerstukken".
    let label_len = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X')))
        .filter(|&n| n > 0 && text[n..].starts_with([' ', '.', ')', ':']))
        .or_else(|| {
            let b = text.as_bytes();
            (b.len() > 2 && b[0].is_ascii_alphabetic() && matches!(b[1], b'.' | b')') && b[2] == b' ').then_some(2)
        })
        .unwrap_or(0);
    let l = lower[label_len..].trim_start_matches(['.', ')', ':', ' ']);
    let starts = |p: &str| l.strip_prefix(p).is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()));
    if let Some((_, t)) = TREATMENTS.iter().find(|(p, _)| starts(p)) {
        return Some(*t);
    }
    heading_word(l.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or(""))
}

/// Section words that say how the items under them are treated.
fn heading_word(word: &str) -> Option<Treatment> {
    match word {
        "hamerstukken" | "hamerstuk" | "a-stukken" | "a-agenda" | "conformstukken" => {
            Some(Treatment::TerBesluitvorming)
        }
        "bespreekstukken" | "bespreekstuk" | "bespreekpunten" | "bespreekpunt" | "behandelstukken" | "b-stukken"
        | "b-agenda" => Some(Treatment::TerBespreking),
        _ => None,
    }
}

/// The origin as the parentheses give it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Origin {
    pub has_attachment: bool,
    pub submitter: String,
    pub note: String,
}

/// What one stretch of item text holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Tail {
    pub title: String,
    pub treatment: Option<Treatment>,
    pub origin: Option<Origin>,
    /// Words after the treatment that are not the title (run-together text from a PDF).
    pub rest: String,
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | ',' | ';' | '|' | '/' | '.')
}

fn trim_separators(text: &str) -> &str {
    text.trim_matches(is_separator)
}

/// A treatment phrase at the end of `lower` (already lower case), standing as words of its own:
/// the byte index where it starts.
fn treatment_suffix(lower: &str) -> Option<(usize, Treatment)> {
    let trimmed = lower.trim_end_matches(is_separator);
    TREATMENTS.iter().find_map(|(phrase, t)| {
        let start = trimmed.strip_suffix(phrase).map(str::len)?;
        let before_ok = trimmed[..start].chars().next_back().is_none_or(is_separator);
        before_ok.then_some((start, *t))
    })
}

/// A treatment phrase at the start, closed by `:` or ` - ` ("Ter besluitvorming: Voorstel …").
fn treatment_prefix(lower: &str) -> Option<(usize, Treatment)> {
    TREATMENTS.iter().find_map(|(phrase, t)| {
        let rest = lower.strip_prefix(phrase)?;
        let after = rest.trim_start();
        let closed = after.starts_with(':') || after.starts_with("- ") || after.starts_with("– ");
        let title = after.trim_start_matches([':', '-', '–']).trim_start();
        closed.then(|| (lower.len() - title.len(), *t))
    })
}

/// The `(…)` that closes `text`, balanced: the byte index of its `(`.
fn closing_parens(text: &str) -> Option<usize> {
    let t = text.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn is_attachment_word(part: &str) -> bool {
    let p = part.trim().trim_end_matches('.').to_lowercase();
    matches!(p.as_str(), "bijlage" | "bijlagen" | "bijl" | "met bijlage" | "met bijlagen" | "zie bijlage" | "stukken")
        || (p.starts_with("bijlage ") && p[8..].chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-'))
}

/// "bijlage uit SG 16 februari", "bijlage volgt": words about the attachment, kept whole as the origin note.
fn is_attachment_phrase(part: &str) -> bool {
    let p = part.trim().to_lowercase();
    ["bijlage ", "bijlagen "].iter().any(|w| p.strip_prefix(w).is_some_and(|rest| !rest.trim().is_empty()))
}

/// Parentheses with such a part are the origin, not part of the title.
fn names_attachment(inner: &str) -> bool {
    inner.split([',', ';']).any(|part| is_attachment_word(part) || is_attachment_phrase(part))
}

/// A short name with no digits reads as who brought the item ("PGT", "JenV/DGRR", "portefeuillehouder").
fn is_submitter(part: &str) -> bool {
    let p = part.trim();
    !p.is_empty()
        && p.chars().count() <= 40
        && p.split_whitespace().count() <= 4
        && !p.chars().any(|c| c.is_ascii_digit())
}

pub(crate) fn parse_origin(inner: &str) -> Origin {
    let mut origin = Origin::default();
    let mut notes: Vec<&str> = Vec::new();
    for part in inner.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        if is_attachment_word(part) {
            origin.has_attachment = true;
        } else if is_attachment_phrase(part) {
            notes.push(part);
        } else if origin.submitter.is_empty() && is_submitter(part) {
            origin.submitter = part.to_string();
        } else {
            notes.push(part);
        }
    }
    origin.note = notes.join(", ");
    origin
}

/// Splits item text into its title, treatment and origin. Parentheses at the end are the origin when a
/// treatment stands before them or they name an attachment ("(bijlage, PGT)", "(bijlage uit SG 16
/// februari)"); otherwise they belong to the title ("Verslag MIO 11 februari (concept)").
pub(crate) fn split_tail(text: &str) -> Tail {
    let text = text.trim();
    let (head, inner) = match closing_parens(text) {
        Some(open) => (&text[..open], Some(&text.trim_end()[open + 1..text.trim_end().len() - 1])),
        None => (text, None),
    };
    // ASCII lower case keeps every byte where it was, so positions found in it hold in the text.
    let lower = head.to_ascii_lowercase();
    let mut title = head;
    let mut treatment = None;
    if let Some((start, t)) = treatment_suffix(&lower) {
        treatment = Some(t);
        title = head.get(..start).unwrap_or("");
    } else if let Some((end, t)) = treatment_prefix(&lower) {
        // "Politieke besluitvorming: Voorstel … («HERA verordening»)": the parentheses are the title's.
        if inner.is_none_or(|i| !names_attachment(i)) {
            let rest = text.get(end..).unwrap_or("");
            return Tail {
                title: trim_separators_keep_parens(rest),
                treatment: Some(t),
                origin: None,
                rest: String::new(),
            };
        }
        treatment = Some(t);
        title = head.get(end..).unwrap_or("");
    }
    if let (None, Some(i)) = (treatment, inner) {
        // "(ter besluitvorming)", "(mondelinge toelichting voorzitter)": the treatment inside the parentheses.
        let lower_inner = i.to_ascii_lowercase();
        {
            let found = TREATMENTS.iter().find(|(phrase, _)| {
                lower_inner.strip_prefix(phrase).is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', ';', ':']))
            });
            if let Some((phrase, t)) = found {
                let rest = trim_separators(&i[phrase.len()..]);
                return Tail {
                    title: trim_separators(head).to_string(),
                    treatment: Some(*t),
                    origin: (!rest.is_empty()).then(|| parse_origin(rest)),
                    rest: String::new(),
                };
            }
        }
    }
    if treatment.is_none() {
        if let Some(tail) = treatment_inside(text) {
            return tail;
        }
    }
    if let (Some(t), None) = (treatment, inner) {
        // "Begroting 2027 (bijlage) Ter besluitvorming": the origin stood between the title and the treatment.
        let before = trim_separators(title);
        if let Some(open) = closing_parens(before) {
            let i = &before[open + 1..before.len() - 1];
            if names_attachment(i) {
                let title = trim_separators(&before[..open]).to_string();
                return Tail { title, treatment: Some(t), origin: Some(parse_origin(i)), rest: String::new() };
            }
        }
    }
    let origin_here = inner.filter(|i| treatment.is_some() || names_attachment(i));
    let title = match (inner, origin_here) {
        (Some(_), None) => trim_separators_keep_parens(text),
        _ => trim_separators(title).to_string(),
    };
    Tail { title, treatment, origin: origin_here.map(parse_origin), rest: String::new() }
}

/// A capitalised treatment inside the text ("… 2022 Ter bespreking (bijlage, GS) Het voorstel …"): the
/// title before it, its origin, and the words after it.
fn treatment_inside(text: &str) -> Option<Tail> {
    let lower = text.to_ascii_lowercase();
    let (start, phrase, treatment) = TREATMENTS
        .iter()
        .filter_map(|(phrase, t)| {
            lower
                .match_indices(phrase)
                .find(|(at, _)| {
                    *at > 0
                        && text[*at..].starts_with(char::is_uppercase)
                        && text[..*at].ends_with(' ')
                        && text[*at + phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                })
                .map(|(at, _)| (at, *phrase, *t))
        })
        .min_by_key(|(at, ..)| *at)?;
    let title = trim_separators(&text[..start]).to_string();
    let mut after = text[start + phrase.len()..].trim_start();
    let mut origin = None;
    if after.starts_with('(') {
        if let Some(close) = after.find(')') {
            origin = Some(parse_origin(&after[1..close]));
            after = &after[close + 1..];
        }
    }
    Some(Tail { title, treatment: Some(treatment), origin, rest: trim_separators(after).to_string() })
}

fn trim_separators_keep_parens(text: &str) -> String {
    text.trim_start_matches(is_separator).trim_end().to_string()
}

/// The whole text is a treatment, perhaps with its origin: "Ter vaststelling (bijlage, Jenv)".
/// "Mededelingen" and "Rondvraag" on a line of their own after an item count too.
pub(crate) fn treatment_line(text: &str) -> Option<(Treatment, Option<Origin>)> {
    let tail = split_tail(text);
    match tail.treatment {
        Some(t) if tail.title.is_empty() => Some((t, tail.origin)),
        Some(_) => None,
        None => {
            let (word, origin) = match closing_parens(text) {
                Some(open) => {
                    (&text[..open], Some(parse_origin(&text.trim_end()[open + 1..text.trim_end().len() - 1])))
                }
                None => (text, None),
            };
            let t = match trim_separators(word).to_ascii_lowercase().as_str() {
                "mededelingen" => Treatment::Mededelingen,
                "rondvraag" => Treatment::Rondvraag,
                _ => return None,
            };
            Some((t, origin))
        }
    }
}

/// The whole text is an origin in parentheses: "(bijlage, PGT)".
pub(crate) fn origin_line(text: &str) -> Option<Origin> {
    let t = text.trim();
    (closing_parens(t) == Some(0)).then(|| parse_origin(&t[1..t.len() - 1]))
}

/// A treatment the title itself names: "Mededelingen", "Rondvraag en sluiting".
pub(crate) fn title_treatment(title: &str) -> Option<Treatment> {
    let mut words = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let mut first = words.next().unwrap_or("").to_lowercase();
    if matches!(first.as_str(), "een" | "de" | "het") {
        // "een bespreking van de overleggen", as a list in running text words it.
        first = words.next().unwrap_or("").to_lowercase();
    }
    // "Inhoudelijke presentatie: …": the label before the colon names the kind of item.
    let label = title.split_once(':').map(|(l, _)| l.to_lowercase()).filter(|l| l.split_whitespace().count() <= 3);
    if label.as_deref().is_some_and(|l| l.ends_with("presentatie")) {
        return Some(Treatment::MondelingeToelichting);
    }
    match first.as_str() {
        "mededelingen" | "mededeling" => Some(Treatment::Mededelingen),
        "rondvraag" => Some(Treatment::Rondvraag),
        "presentatie" => Some(Treatment::MondelingeToelichting),
        "bespreking" => Some(Treatment::TerBespreking),
        other => heading_word(other),
    }
}

const PART_PHRASES: &[&str] = &[
    "openbaar deel",
    "besloten deel",
    "openbaar gedeelte",
    "besloten gedeelte",
    "openbare vergadering",
    "besloten vergadering",
    "ter behandeling",
    "hamerstukken",
    "hamerstuk",
    "bespreekstukken",
    "bespreekpunten",
    "behandelstukken",
    "a-stukken",
    "b-stukken",
    "a-agenda",
    "b-agenda",
    "besluitvormend deel",
    "informerend deel",
    "opiniërend deel",
    "beeldvormend deel",
];

/// A heading that opens a part or section: "Deel 1: Reguliere Stuurgroep met PGT", "BESLOTEN DEEL",
/// "Hamerstukken", also behind a letter ("A. Hamerstukken").
pub(crate) fn is_part_heading(text: &str) -> bool {
    if text.chars().count() > 100 {
        return false;
    }
    let lower = text.to_lowercase();
    let mut l = lower.as_str();
    let b = l.as_bytes();
    if b.len() > 2 && b[0].is_ascii_alphabetic() && matches!(b[1], b'.' | b')') && b[2] == b' ' {
        l = l[3..].trim_start();
    }
    let closed = |rest: &str| {
        rest.is_empty()
            || rest == "."
            || rest.starts_with(':')
            || rest.starts_with(" (")
            || rest.starts_with(" -")
            || rest.starts_with(" –")
    };
    if let Some(rest) = l.strip_prefix("deel ").or_else(|| l.strip_prefix("gedeelte ")) {
        let label_len = rest.find([':', ' ', '.', '-', '–']).unwrap_or(rest.len());
        let label = &rest[..label_len];
        let short_label = !label.is_empty()
            && (label.chars().all(|c| c.is_ascii_digit())
                || label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                || label.chars().count() == 1);
        let after = &rest[label_len..];
        // "Deel 1 Reguliere Stuurgroep": the original case tells a title from a sentence ("deel 1 van").
        let titled = after.starts_with(' ')
            && text
                .len()
                .checked_sub(after.len())
                .and_then(|s| text.get(s + 1..))
                .is_some_and(|t| t.starts_with(char::is_uppercase));
        return short_label && (closed(after) || titled);
    }
    PART_PHRASES.iter().any(|p| l.strip_prefix(p).is_some_and(closed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(text: &str) -> (String, Option<Treatment>, Option<(bool, String, String)>) {
        let t = split_tail(text);
        (t.title, t.treatment, t.origin.map(|o| (o.has_attachment, o.submitter, o.note)))
    }

    #[test]
    fn treatment_and_origin_after_the_title() {
        assert_eq!(
            tail("Update werving Mondelinge toelichting (PGT)"),
            ("Update werving".into(), Some(Treatment::MondelingeToelichting), Some((false, "PGT".into(), "".into())))
        );
        assert_eq!(
            tail("Ter bespreking (bijlage uit SG 16 februari)"),
            ("".into(), Some(Treatment::TerBespreking), Some((false, "".into(), "bijlage uit SG 16 februari".into())))
        );
        assert_eq!(tail("Verslag MIO (concept)"), ("Verslag MIO (concept)".into(), None, None));
        assert_eq!(
            tail("Jaarstukken (bijlage 3, DB)"),
            ("Jaarstukken".into(), None, Some((true, "DB".into(), "".into())))
        );
        assert_eq!(tail("Informatiebeveiliging"), ("Informatiebeveiliging".into(), None, None));
        assert_eq!(tail("Verslag - ter vaststelling"), ("Verslag".into(), Some(Treatment::TerVaststelling), None));
        assert_eq!(
            tail("Ter besluitvorming: Begroting 2023"),
            ("Begroting 2023".into(), Some(Treatment::TerBesluitvorming), None)
        );
        assert_eq!(
            tail("Begroting 2027 (bijlage, DB) Ter besluitvorming"),
            ("Begroting 2027".into(), Some(Treatment::TerBesluitvorming), Some((true, "DB".into(), "".into())))
        );
        assert_eq!(
            tail("Verslag (concept) ter vaststelling"),
            ("Verslag (concept)".into(), Some(Treatment::TerVaststelling), None)
        );
        assert_eq!(
            tail("Programmaplan 2023 (bijlage uit SG 16 februari)"),
            ("Programmaplan 2023".into(), None, Some((false, "".into(), "bijlage uit SG 16 februari".into())))
        );
        assert_eq!(
            tail("Jaarverslag (Bijlagen volgen, PGT)"),
            ("Jaarverslag".into(), None, Some((false, "PGT".into(), "Bijlagen volgen".into())))
        );
        assert_eq!(
            tail("Begroting (bijlage volgt) ter besluitvorming"),
            ("Begroting".into(), Some(Treatment::TerBesluitvorming), Some((false, "".into(), "bijlage volgt".into())))
        );
        assert_eq!(
            tail("Begroting ter besluitvorming (bijlage volgt)"),
            ("Begroting".into(), Some(Treatment::TerBesluitvorming), Some((false, "".into(), "bijlage volgt".into())))
        );
        assert_eq!(tail("Verslag MIO 11 februari (concept)"), ("Verslag MIO 11 februari (concept)".into(), None, None));
        assert_eq!(
            tail("Stand van zaken (bijlage)"),
            ("Stand van zaken".into(), None, Some((true, "".into(), "".into())))
        );
        // Only the word "bijlage" with more words after it: not a title word that starts the same.
        assert_eq!(tail("Regeling (bijlagenboek)"), ("Regeling (bijlagenboek)".into(), None, None));
        assert_eq!(tail("Regeling (bijlage )"), ("Regeling".into(), None, Some((true, "".into(), "".into()))));
        assert_eq!(tail("Rapport (onvolledig"), ("Rapport (onvolledig".into(), None, None));
        assert_eq!(tail("Rapport onvolledig)"), ("Rapport onvolledig)".into(), None, None));
    }

    #[test]
    fn part_headings() {
        for yes in [
            "Deel 1: Reguliere Stuurgroep met PGT",
            "OPENBAAR DEEL",
            "BESLOTEN DEEL",
            "Ter behandeling",
            "Hamerstukken:",
            "A. Hamerstukken",
            "Deel 2",
            "Besloten gedeelte (14.00 uur)",
        ] {
            assert!(is_part_heading(yes), "{yes}");
        }
        for no in [
            "Deel van de aanpak is nog open",
            "Hamerstukken worden zonder bespreking vastgesteld",
            "Opening",
            "Ter besluitvorming",
        ] {
            assert!(!is_part_heading(no), "{no}");
        }
    }
}
