//! The fixed places of a cover note: headings, the left cell of a two-column form, run-in labels
//! ("Gevraagd besluit:"), and the sentence that introduces the decision points ("Het algemeen bestuur
//! wordt gevraagd:"). Each value runs from its label to the next label of any kind.

use super::tokens::{Kind, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Purpose,
    Decisions,
    Summary,
    /// Any other place of the form; it ends the value before it.
    Other,
}

struct Entry {
    words: &'static [&'static str],
    role: Role,
    /// Distinctive enough to end a value where it stands capitalized, without a colon ("… 24 september
    /// Begrotingsconsequenties Nee"), as a flattened form writes it.
    anywhere: bool,
}

const fn e(words: &'static [&'static str], role: Role) -> Entry {
    Entry { words, role, anywhere: false }
}

const fn ends(words: &'static [&'static str]) -> Entry {
    Entry { words, role: Role::Other, anywhere: true }
}

/// Longest first, so that "gevraagd besluit" is found before "besluit".
const TABLE: &[Entry] = &[
    e(&["voorstel", "voor", "de", "vergadering", "van"], Role::Other),
    e(&["samenhang", "met", "eerdere", "besluitvorming"], Role::Other),
    e(&["doel", "van", "het", "voorstel"], Role::Purpose),
    e(&["aard", "van", "het", "voorstel"], Role::Purpose),
    e(&["wijze", "van", "behandeling"], Role::Purpose),
    e(&["gevraagd", "besluit"], Role::Decisions),
    e(&["gevraagde", "besluit"], Role::Decisions),
    e(&["gevraagde", "besluiten"], Role::Decisions),
    e(&["gevraagde", "beslissing"], Role::Decisions),
    e(&["voorgesteld", "besluit"], Role::Decisions),
    e(&["voorgestelde", "besluit"], Role::Decisions),
    e(&["voorgestelde", "besluiten"], Role::Decisions),
    e(&["voorgestelde", "beslissing"], Role::Decisions),
    e(&["te", "nemen", "besluit"], Role::Decisions),
    e(&["korte", "samenvatting"], Role::Summary),
    e(&["in", "het", "kort"], Role::Summary),
    e(&["doel", "voorstel"], Role::Purpose),
    e(&["aard", "voorstel"], Role::Purpose),
    e(&["soort", "voorstel"], Role::Purpose),
    e(&["voorgestelde", "behandeling"], Role::Purpose),
    e(&["beoogd", "effect"], Role::Purpose),
    e(&["beoogd", "resultaat"], Role::Other),
    e(&["inleiding", "aanleiding"], Role::Other),
    e(&["datum", "vergadering"], Role::Other),
    e(&["extra", "overwegingen"], Role::Other),
    e(&["kennisnemen", "van"], Role::Other),
    e(&["ter", "inzage"], Role::Other),
    ends(&["financiele", "consequenties"]),
    ends(&["financiele", "gevolgen"]),
    ends(&["juridische", "consequenties"]),
    ends(&["personele", "consequenties"]),
    ends(&["genomen", "besluit"]),
    ends(&["vastgesteld", "besluit"]),
    e(&["doel"], Role::Purpose),
    e(&["behandeling"], Role::Purpose),
    e(&["behandelvoorstel"], Role::Purpose),
    e(&["agendering"], Role::Purpose),
    e(&["besluitpunten"], Role::Decisions),
    e(&["beslispunten"], Role::Decisions),
    e(&["besluitpunt"], Role::Decisions),
    e(&["beslispunt"], Role::Decisions),
    e(&["ontwerpbesluit"], Role::Decisions),
    e(&["voorstel"], Role::Decisions),
    e(&["advies"], Role::Decisions),
    e(&["besluit"], Role::Decisions),
    e(&["kernpunten"], Role::Summary),
    e(&["kernboodschap"], Role::Summary),
    e(&["samenvatting"], Role::Summary),
    e(&["managementsamenvatting"], Role::Summary),
    ends(&["toelichting"]),
    ends(&["aanleiding"]),
    ends(&["inleiding"]),
    ends(&["argumenten"]),
    ends(&["kanttekeningen"]),
    ends(&["begrotingsconsequenties"]),
    ends(&["vervolgprocedure"]),
    ends(&["vervolgstappen"]),
    ends(&["vergaderstuk"]),
    ends(&["bijlagen"]),
    e(&["kanttekening"], Role::Other),
    e(&["inhoud"], Role::Other),
    e(&["onderwerp"], Role::Other),
    e(&["titel"], Role::Other),
    e(&["datum"], Role::Other),
    e(&["bijlage"], Role::Other),
    e(&["portefeuillehouder"], Role::Other),
    e(&["steller"], Role::Other),
    e(&["registratienummer"], Role::Other),
    e(&["agendapunt"], Role::Other),
    e(&["aan"], Role::Other),
    e(&["van"], Role::Other),
    e(&["communicatie"], Role::Other),
    e(&["planning"], Role::Other),
    e(&["risico's"], Role::Other),
    e(&["alternatieven"], Role::Other),
    e(&["achtergrond"], Role::Other),
    e(&["vervolg"], Role::Other),
    e(&["status"], Role::Purpose),
];

/// The sentences that introduce decision points, by their last words before the colon.
const INTRODUCERS: &[&[&str]] = &[
    &["wordt", "gevraagd", "te", "besluiten"],
    &["wordt", "voorgesteld", "te", "besluiten"],
    &["wordt", "gevraagd"],
    &["worden", "gevraagd"],
    &["wordt", "voorgesteld"],
    &["wordt", "geadviseerd"],
    &["stelt", "u", "voor"],
    &["stelt", "voor"],
    &["stellen", "voor"],
    &["te", "besluiten"],
    &["besluit"],
    &["besluiten"],
];

/// The subjects an introducing sentence starts with.
const SUBJECTS: &[&str] = &["het", "de", "u", "wij", "we"];

#[derive(Debug, Clone)]
pub(super) struct Label {
    pub role: Role,
    /// Where the label starts, and where its value starts (after the colon, if any), in bytes.
    pub start: usize,
    pub end: usize,
    /// The label as written ("Gevraagd besluit", "Het algemeen bestuur wordt gevraagd").
    pub source: String,
}

fn is_break(t: Option<&Tok>) -> bool {
    t.is_none_or(|t| t.kind == Kind::Break)
}

fn is_number(t: &Tok) -> bool {
    t.kind == Kind::Word && t.folded.chars().all(|c| c.is_ascii_digit())
}

/// At the start of a line, after at most a section or page number ("2)", "3.", "1 ").
fn at_line_start(toks: &[Tok], i: usize) -> bool {
    if i == 0 || toks[i - 1].kind == Kind::Break {
        return true;
    }
    let before = |k: usize| i.checked_sub(k).map(|j| &toks[j]);
    match (before(1), before(2), before(3)) {
        (Some(n), b, _) if is_number(n) && is_break(b) => true,
        (Some(m), Some(n), b) if m.kind == Kind::Mark && matches!(m.folded.as_str(), "." | ")") && is_number(n) => {
            is_break(b)
        }
        _ => false,
    }
}

/// A list marker starts at `i`: "1." "a)" "-" "•".
pub(super) fn marker_at(toks: &[Tok], i: usize) -> bool {
    match toks.get(i) {
        Some(t) if t.kind == Kind::Mark => matches!(t.folded.as_str(), "-" | "–" | "•" | "·" | "*" | "▪" | "o"),
        Some(t) if t.kind == Kind::Word && (is_number(t) || (t.folded.len() == 1)) => toks
            .get(i + 1)
            .is_some_and(|m| m.kind == Kind::Mark && matches!(m.folded.as_str(), "." | ")") && m.start == t.end),
        _ => false,
    }
}

fn table_label(text: &str, toks: &[Tok], i: usize) -> Option<Label> {
    for entry in TABLE {
        let n = entry.words.len();
        let Some(run) = toks.get(i..i + n) else { continue };
        if !run.iter().zip(entry.words).all(|(t, w)| t.kind == Kind::Word && t.folded == *w) {
            continue;
        }
        let next = toks.get(i + n);
        let colon = next.is_some_and(|t| t.kind == Kind::Colon);
        let heading = is_break(next);
        let list_follows = marker_at(toks, i + n);
        let capitalized = run[0].capitalized;
        let caps = run.iter().all(|t| t.all_caps || t.folded.len() < 4) && run.iter().any(|t| t.all_caps);
        let found = (at_line_start(toks, i) && (colon || heading || list_follows))
            || (capitalized && (colon || list_follows))
            || caps
            || (entry.anywhere && capitalized);
        if !found {
            continue;
        }
        let last = &run[n - 1];
        let end = if colon { next.map(|t| t.end).unwrap_or(last.end) } else { last.end };
        return Some(Label {
            role: entry.role,
            start: run[0].start,
            end,
            source: text[run[0].start..last.end].to_string(),
        });
    }
    None
}

/// "Het algemeen bestuur wordt gevraagd:" ending at the colon at `colon`.
fn introducer(text: &str, toks: &[Tok], colon: usize, floor: usize) -> Option<Label> {
    // The words before the colon, skipping line ends (a sentence may wrap).
    let mut words: Vec<usize> = Vec::new();
    let mut j = colon;
    while j > floor && words.len() < 12 {
        j -= 1;
        match toks[j].kind {
            Kind::Word => words.push(j),
            Kind::Break if j > 0 && toks[j - 1].kind == Kind::Break => break,
            Kind::Break => {}
            Kind::Mark if toks[j].folded == "&" || toks[j].folded == "," => {}
            _ => break,
        }
    }
    let pattern = INTRODUCERS
        .iter()
        .find(|p| p.len() <= words.len() && p.iter().rev().zip(&words).all(|(w, &k)| toks[k].folded == *w))?;
    let verb_first = words[pattern.len() - 1];
    let subject_words = &words[pattern.len()..];
    // The subject: back to "Het"/"De" when it is near, else to where the sentence starts.
    let start = subject_words
        .iter()
        .take(7)
        .rev()
        .find(|&&k| toks[k].capitalized && SUBJECTS.contains(&toks[k].folded.as_str()))
        .or_else(|| subject_words[..subject_words.len().min(4)].last())
        .copied()
        .unwrap_or(verb_first);
    if start == verb_first && pattern.len() == 1 {
        // A bare "besluit:" with nothing before it is the label "Besluit", found by the table.
        return None;
    }
    let last_word = words[0];
    let source = text[toks[start].start..toks[last_word].end].split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Label { role: Role::Decisions, start: toks[start].start, end: toks[colon].end, source })
}

/// Every label in the text, in order, none overlapping.
pub(super) fn find(text: &str, toks: &[Tok]) -> Vec<Label> {
    let mut labels: Vec<Label> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < toks.len() {
        if toks[i].kind == Kind::Colon {
            if let Some(l) = introducer(text, toks, i, floor) {
                while labels.last().is_some_and(|p| p.end > l.start) {
                    // An introducing sentence wins over a short label inside it ("… besluit:").
                    labels.pop();
                }
                labels.push(l);
                floor = i + 1;
            }
            i += 1;
            continue;
        }
        if toks[i].kind == Kind::Word {
            if let Some(l) = table_label(text, toks, i) {
                let consumed = toks[i..].iter().take_while(|t| t.start < l.end).count();
                labels.push(l);
                i += consumed.max(1);
                floor = i;
                continue;
            }
        }
        i += 1;
    }
    labels
}
