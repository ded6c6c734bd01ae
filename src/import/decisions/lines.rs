//! The lines of a published decision list as the parser sees them, and what a single line can be:
//! a block label ("BESLUIT:", "Essentie / samenvatting:", "NummerA1"), an entry's heading
//! ("05A Onderwerp", "1. 03", "Toezegging … (T01237)"), a list item, or text.
//!
//! Flattening leaves labels run into their values ("OnderwerpOpening") or several blocks on one line
//! ("SAMENVATTING: … BESLUIT: …"); web tables leave pipes; meeting portals leave video time stamps.
//! [`prepare`] undoes that, keeping every piece's line number.

/// One line (or one piece of a line) with the 1-based number of the line it came from.
#[derive(Debug, Clone)]
pub(super) struct Ln {
    pub no: usize,
    pub text: String,
}

/// Upper-case block labels that flattened text runs into the sentence before them.
const INLINE_LABELS: &[&str] = &[" BESLUIT:", " SAMENVATTING:", " BESLISPUNTEN:", " BESLUITPUNTEN:"];

pub(super) fn prepare(raw: &[&str]) -> Vec<Ln> {
    let mut out = Vec::with_capacity(raw.len());
    for (i, line) in raw.iter().enumerate() {
        let no = i + 1;
        let mut t: String = line
            .chars()
            .map(|c| if c == '\u{a0}' || c == '\t' { ' ' } else { c })
            .filter(|c| !c.is_control() && *c != '\u{feff}' && *c != '\u{200b}')
            .collect();
        t = t.trim().to_string();
        if is_time_stamp(&t) || is_page_number(&t) {
            continue;
        }
        // "… aan te wijzen als lid van het Dagelijks Bestuur.  Besluit": a portal runs the label of the
        // block below on after the proposal, two spaces apart.
        let trailing_label = match t.strip_suffix("Besluit") {
            Some(head) if head.ends_with("  ") && !head.trim().is_empty() => {
                t = head.trim().to_string();
                true
            }
            _ => false,
        };
        if t.contains('|') {
            if t.chars().all(|c| matches!(c, '-' | '|' | ':' | ' ')) {
                continue;
            }
            t = t.split('|').map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" ");
        }
        // Every place a label starts, found in one pass per label (a line may be megabytes long).
        let mut cuts: Vec<usize> =
            INLINE_LABELS.iter().flat_map(|l| t.match_indices(l).map(|(at, _)| at)).filter(|&at| at > 0).collect();
        let items = numbered_cuts(&t);
        cuts.extend(&items);
        cuts.sort_unstable();
        cuts.dedup();
        let mut push = |piece: &str, item: bool| {
            // An item cut out of a run-together page: its title on a line of its own, what follows below.
            let split = if item { minutes_title_end(piece) } else { None };
            match split {
                Some(end) => {
                    out.push(Ln { no, text: piece[..end].trim().to_string() });
                    out.push(Ln { no, text: piece[end..].trim().to_string() });
                }
                None => out.push(Ln { no, text: piece.trim().to_string() }),
            }
        };
        let mut from = 0;
        for at in cuts {
            if at > from {
                push(&t[from..at], items.contains(&from));
                from = at;
            }
        }
        push(&t[from..], items.contains(&from));
        if trailing_label {
            out.push(Ln { no, text: "Besluit".to_string() });
        }
    }
    rejoin_markers(out)
}

/// A line this long may be a whole page run together (minutes as a PDF's text gives them).
const RUN_TOGETHER_CHARS: usize = 300;

/// Where the items of minutes run together on one line start: "01. Opening, vaststelling agenda … De
/// agenda wordt ongewijzigd vastgesteld. 02. Vaststellen notulen …". Only numbers that count up from 1
/// (or 01) in order, each after a space and before a capital, and only when two or more do.
fn numbered_cuts(t: &str) -> Vec<usize> {
    if t.len() < RUN_TOGETHER_CHARS {
        return Vec::new();
    }
    let b = t.as_bytes();
    let mut cuts = Vec::new();
    let mut expected = 1u32;
    let mut at = 0;
    while let Some(off) = t[at..].find(". ") {
        let dot = at + off;
        at = dot + 2;
        let start = b[..dot].iter().rposition(|c| !c.is_ascii_digit()).map_or(0, |p| p + 1);
        let digits = &t[start..dot];
        if digits.is_empty() || digits.len() > 2 || (start > 0 && b[start - 1] != b' ') {
            continue;
        }
        let capital = t[dot + 2..].chars().next().is_some_and(char::is_uppercase);
        if capital && digits.parse::<u32>().ok() == Some(expected) {
            cuts.push(start);
            expected += 1;
        }
    }
    if cuts.len() < 2 {
        return Vec::new();
    }
    cuts.retain(|&c| c > 0);
    cuts
}

/// Where the title of an item cut out of run-together minutes ends: before the first word with a capital
/// that follows a word in lower case or a number, after two words or more ("01. Opening, vaststelling
/// agenda | De heer Wiegman …", "02. Vaststellen notulen … 7 april 2009 | Notulen en actielijst worden …").
fn minutes_title_end(piece: &str) -> Option<usize> {
    let mut prev: Option<&str> = None;
    let mut at = 0;
    for (k, word) in piece.split(' ').enumerate() {
        let start = at;
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let mut chars = word.chars();
        let capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
        let after_small = prev.is_some_and(|p| p.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
        if k > 2 && capital && after_small {
            return Some(start);
        }
        prev = Some(word);
    }
    None
}

/// "1." alone on a line: a list's number that a PDF's text put apart from its item.
fn is_bare_marker(t: &str) -> bool {
    let core = t.strip_suffix(['.', ')']).unwrap_or(if matches!(t, "•" | "·" | "-" | "–") { "x" } else { "" });
    !core.is_empty() && core.chars().count() <= 3 && core.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
}

/// Puts list numbers that a PDF's text set apart ("1.\n2.\n\nhet plan …;\nde brief …") back in front of
/// their items: one number before one item, or as many numbers as the items that follow end with ";" or
/// "."; otherwise the numbers are left out and the items kept.
fn rejoin_markers(lines: Vec<Ln>) -> Vec<Ln> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if !is_bare_marker(&lines[i].text) {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        let mut markers = Vec::new();
        while i < lines.len() && is_bare_marker(&lines[i].text) {
            markers.push(lines[i].clone());
            i += 1;
        }
        let mut blanks = Vec::new();
        while i < lines.len() && lines[i].text.is_empty() {
            blanks.push(lines[i].clone());
            i += 1;
        }
        let start = i;
        while i < lines.len() && !lines[i].text.is_empty() && !is_bare_marker(&lines[i].text) {
            i += 1;
        }
        let block = &lines[start..i];
        if block.is_empty() {
            out.extend(markers);
            out.extend(blanks);
            continue;
        }
        // Where each item starts: the block's first line, and every line after one that ends an item.
        let mut item_starts = vec![0];
        for k in 1..block.len() {
            if block[k - 1].text.ends_with([';', '.']) {
                item_starts.push(k);
            }
        }
        let pairs = if markers.len() == 1 {
            vec![0]
        } else if item_starts.len() == markers.len() {
            item_starts
        } else {
            Vec::new()
        };
        let mut next = pairs.iter().zip(&markers).peekable();
        for (k, l) in block.iter().enumerate() {
            match next.peek() {
                Some((&at, m)) if at == k => {
                    out.push(Ln { no: m.no, text: format!("{} {}", m.text, l.text) });
                    next.next();
                }
                _ => out.push(l.clone()),
            }
        }
    }
    out
}

/// "00:02:34 - 00:03:45 - Maarten Poorter": where a speaker is in a meeting's video.
fn is_time_stamp(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 8
        && b[0..2].iter().all(u8::is_ascii_digit)
        && b[2] == b':'
        && b[3..5].iter().all(u8::is_ascii_digit)
        && b[5] == b':'
        && b[6..8].iter().all(u8::is_ascii_digit)
}

/// "Pagina 2 van 5", "pagina 3": a page's running foot.
fn is_page_number(t: &str) -> bool {
    let Some(rest) = strip_prefix_ci(t, "pagina ").or_else(|| strip_prefix_ci(t, "blad ")) else { return false };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let num = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n] => num(n),
        [n, van, m] => num(n) && van.eq_ignore_ascii_case("van") && num(m),
        _ => false,
    }
}

/// The rest of `s` after `prefix`, compared without regard to ASCII case.
pub(super) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if !c.eq_ignore_ascii_case(&p) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &s[i..]))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    /// The decision itself follows.
    Decision,
    /// A summary, context or explanation follows.
    Summary,
    /// The subject follows ("Onderwerp", "Voorstel:").
    Subject,
    /// The entry's number ("Nummer A1", "Nummer T01237").
    Code,
    /// The entry's own date ("Datum toezegging 7 april 2009").
    Date,
    /// The vote, kept with the summary.
    Vote,
    /// Data about the entry that is no part of its text (status, deadline, sources).
    Stop,
    /// One line of data beside the text ("Portefeuillehouder: …"), left out.
    Field,
    /// What was proposed ("Voorgesteld besluit"): not what was decided.
    Proposal,
}

/// How a label may carry its value on the same line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carry {
    /// "Besluit", "Besluit:" or "Besluit: text".
    Colon,
    /// Also "Label value" with a space, for fields whose value is short ("Datum toezegging 7 april 2009").
    Space,
    /// Also run into the value: "NummerA1", "OnderwerpOpening", "Openbare samenvattingHet …".
    Glued,
    /// Colon, or run into the value ("BesluitHet college …"), but not a space: "Besluit rechtspositie …"
    /// is a subject.
    GluedNoSpace,
}

const LABELS: &[(&str, Label, Carry)] = &[
    ("voorgesteld besluit", Label::Proposal, Carry::Colon),
    ("ontwerpbesluit", Label::Proposal, Carry::Colon),
    ("ontwerp-besluit", Label::Proposal, Carry::Colon),
    ("gevraagd besluit", Label::Proposal, Carry::Colon),
    ("behandelvoorstel", Label::Proposal, Carry::Colon),
    ("besluit", Label::Decision, Carry::GluedNoSpace),
    ("beslispunten", Label::Decision, Carry::GluedNoSpace),
    ("beslispunt", Label::Decision, Carry::Colon),
    ("besluitpunten", Label::Decision, Carry::Colon),
    ("genomen besluit", Label::Decision, Carry::Colon),
    ("essentie / samenvatting", Label::Summary, Carry::Colon),
    ("essentie/samenvatting", Label::Summary, Carry::Colon),
    ("openbare samenvatting", Label::Summary, Carry::Glued),
    ("samenvatting", Label::Summary, Carry::GluedNoSpace),
    ("essentie", Label::Summary, Carry::Colon),
    ("kernboodschap", Label::Summary, Carry::GluedNoSpace),
    ("context", Label::Summary, Carry::Colon),
    ("toelichting", Label::Summary, Carry::Colon),
    ("aanleiding", Label::Summary, Carry::Colon),
    ("onderwerp", Label::Subject, Carry::Glued),
    ("voorstel", Label::Subject, Carry::Colon),
    ("nummer", Label::Code, Carry::Glued),
    ("datum toezegging", Label::Date, Carry::Space),
    ("datum besluit", Label::Date, Carry::Space),
    ("besluitdatum", Label::Date, Carry::Space),
    ("datum vergadering", Label::Date, Carry::Space),
    ("vergaderdatum", Label::Date, Carry::Space),
    ("stemming", Label::Vote, Carry::Colon),
    ("resultaat stemming", Label::Vote, Carry::Colon),
    ("kerngegevens", Label::Stop, Carry::Colon),
    ("uit de stukken", Label::Stop, Carry::Colon),
    ("brondocumenten", Label::Stop, Carry::Colon),
    ("historie", Label::Stop, Carry::Colon),
    ("stemuitslag", Label::Stop, Carry::Colon),
    ("ingekomen stukken", Label::Stop, Carry::Colon),
    ("uitzending", Label::Stop, Carry::Colon),
    ("agenda documenten", Label::Stop, Carry::Colon),
    ("bijlagen", Label::Stop, Carry::Colon),
    ("type besluit", Label::Stop, Carry::Colon),
    ("status", Label::Stop, Carry::Space),
    ("datum", Label::Date, Carry::Space),
    ("portefeuillehouder", Label::Field, Carry::Colon),
    ("behandelaar", Label::Field, Carry::Colon),
    ("steller", Label::Field, Carry::Colon),
    ("afdeling", Label::Field, Carry::Colon),
    ("zaaknummer", Label::Field, Carry::Colon),
    ("registratienummer", Label::Field, Carry::Colon),
    ("documentnummer", Label::Field, Carry::Colon),
    ("corsanummer", Label::Field, Carry::Colon),
    ("deadline", Label::Stop, Carry::Space),
];

/// The label a line starts with, and what follows it on the line.
pub(super) fn label(t: &str) -> Option<(Label, &str)> {
    for &(name, kind, carry) in LABELS {
        let Some(rest) = strip_prefix_ci(t, name) else { continue };
        if rest.is_empty() {
            return Some((kind, ""));
        }
        if let Some(after) = rest.strip_prefix(':') {
            return Some((kind, after.trim()));
        }
        let first = rest.chars().next().unwrap_or(' ');
        match carry {
            Carry::Space | Carry::Glued if first == ' ' && kind != Label::Subject => {
                let value = rest.trim();
                let fits = match kind {
                    Label::Date => super::dates::date_in(value).is_some(),
                    Label::Code => is_code(value),
                    _ => true,
                };
                if fits {
                    return Some((kind, value));
                }
            }
            // Run together at a change of case ("NummerA1"), not inside a word in capitals ("BESLUITEN").
            Carry::Glued | Carry::GluedNoSpace
                if (first.is_uppercase() || first.is_ascii_digit())
                    && t[..t.len() - rest.len()].chars().last().is_some_and(char::is_lowercase) =>
            {
                return Some((kind, rest.trim()))
            }
            _ => {}
        }
    }
    None
}

/// Lines that organise the list but belong to no entry: treatments and section titles.
pub(super) fn is_section_line(t: &str) -> bool {
    let l = t.trim_end_matches(':').trim().to_lowercase();
    matches!(
        l.as_str(),
        "besluiten"
            | "besluitenlijst"
            | "agendapunten"
            | "inhoudsopgave"
            | "overzicht vergaderpunten"
            | "onderwerpen"
            | "ter besluitvorming"
            | "ter informatie"
            | "ter kennisname"
            | "ter bespreking"
            | "ter vaststelling"
            | "ter advisering"
            | "hamerstukken"
            | "bespreekstukken"
            | "openbaar deel"
            | "besloten deel"
    )
}

/// A decision list's own code for an entry: "05A", "0.06.H", "3.a", "A4", "T01237" (a digit in it).
pub(super) fn is_code(s: &str) -> bool {
    let n = s.chars().count();
    (1..=10).contains(&n)
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && !s.ends_with(['.', '-'])
}

fn split_first(t: &str) -> (&str, &str) {
    match t.split_once(char::is_whitespace) {
        Some((a, b)) => (a, b.trim_start()),
        None => (t, ""),
    }
}

fn starts_upper(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

fn is_month(word: &str) -> bool {
    word.chars().all(char::is_alphabetic) && crate::dates::month_from_name(word).is_some()
}

/// "T01237 Onderwerp" or "Toezegging Onderwerp (T01237)": a commitment's heading, as (code, subject).
pub(super) fn commitment_heading(t: &str) -> Option<(String, String)> {
    // The Eerste Kamer's "T01237", the Tweede Kamer's "TZ202303-045".
    let is_t = |s: &str| {
        let b = s.as_bytes();
        let ek = b.first() == Some(&b'T') && (5..=7).contains(&b.len()) && b[1..].iter().all(u8::is_ascii_digit);
        let tk = b.len() == 12
            && s.starts_with("TZ")
            && b[2..8].iter().all(u8::is_ascii_digit)
            && b[8] == b'-'
            && b[9..].iter().all(u8::is_ascii_digit);
        ek || tk
    };
    let (first, rest) = split_first(t);
    if is_t(first.trim_end_matches([':', '.'])) {
        return Some((first.trim_end_matches([':', '.']).to_string(), rest.to_string()));
    }
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let code = &inner[open + 1..];
    if !is_t(code) {
        return None;
    }
    let subject = inner[..open].trim();
    let subject = strip_prefix_ci(subject, "toezegging ").unwrap_or(subject).trim();
    Some((code.to_string(), subject.to_string()))
}

/// "1. 03", "• 0.06.H", "4. 3.a": a portal's numbered list whose entries hold only the body's code.
pub(super) fn code_only_heading(t: &str) -> Option<String> {
    let (marker, code) = split_first(t);
    if code.is_empty() || code.contains(char::is_whitespace) || !is_code(code) {
        return None;
    }
    let counter = marker
        .strip_suffix(['.', ')'])
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    (counter || matches!(marker, "•" | "·" | "-" | "–" | "*" | "\u{f0b7}")).then(|| code.to_string())
}

/// "05A Overdragen gedeelte portefeuille", "01C Openbaar verslag", "B2 Stand van zaken": two digits and
/// perhaps a capital, or a capital and one or two digits.
pub(super) fn padded_heading(t: &str) -> Option<(String, String)> {
    let (first, rest) = split_first(t);
    let b = first.as_bytes();
    let digits_first =
        (b.len() == 2 || (b.len() == 3 && b[2].is_ascii_uppercase())) && b[..2].iter().all(u8::is_ascii_digit);
    let letter_first = (2..=3).contains(&b.len()) && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit);
    // "I-1 Vaststellen agenda", "II-3": a Roman section and the number in it.
    let roman = first.split_once('-').is_some_and(|(r, n)| {
        !r.is_empty()
            && r.len() <= 4
            && r.bytes().all(|c| matches!(c, b'I' | b'V' | b'X'))
            && (1..=2).contains(&n.len())
            && n.bytes().all(|c| c.is_ascii_digit())
    });
    let letter_first = letter_first || roman;
    let shape = digits_first || letter_first;
    let next = split_first(rest).0;
    (shape && starts_upper(rest) && !is_month(next)).then(|| (first.to_string(), rest.to_string()))
}

/// "1. Opening", "2) Verslag", "3.a Benoeming", "12b. Rondvraag", "Agendapunt 4: Jaarstukken": a numbered
/// subject (or a list item: the caller decides by what precedes it).
pub(super) fn dotted_heading(t: &str) -> Option<(String, String)> {
    for lead in ["agendapunt ", "agp. ", "agp ", "punt "] {
        if let Some(rest) = strip_prefix_ci(t, lead) {
            let (code, title) = split_first(rest);
            let code = code.trim_end_matches([':', '.', ')']);
            if is_code(code) && code.starts_with(|c: char| c.is_ascii_digit()) {
                let title = title.trim_start_matches(['-', '–', ':']).trim();
                return (!title.is_empty()).then(|| (code.to_string(), title.to_string()));
            }
        }
    }
    let (first, rest) = split_first(t);
    // Longer than a subject: a numbered sentence that is the decision itself ("4. Het Presidium laat …
    // over aan de fractiesecretarissen."), which a list of such sentences has as its entries.
    let limit = if rest.ends_with('.') && rest.starts_with(char::is_uppercase) { 1000 } else { 250 };
    if rest.is_empty() || rest.chars().count() > limit || rest.ends_with([';', ',']) {
        return None;
    }
    let marked = first.ends_with(['.', ')']);
    let core = first.trim_end_matches(['.', ')']);
    let n = core.chars().count();
    let digits = core.bytes().filter(u8::is_ascii_digit).count();
    // Digits, then perhaps ".1" parts and one small letter: "1", "2.1", "3.a", "12b".
    let shape_ok = core.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && core
            .chars()
            .enumerate()
            .all(|(k, c)| c.is_ascii_digit() || c == '.' || (c.is_ascii_lowercase() && k + 1 == n))
        && n <= 8
        && digits <= 4;
    let inner_mark = core.contains('.') || core.ends_with(|c: char| c.is_ascii_lowercase());
    // A year ("2022. De …") is no number of an entry.
    let shape_ok = shape_ok && (marked || inner_mark) && (inner_mark || digits < 4);
    let next = split_first(rest).0;
    (shape_ok && starts_upper(rest) && !is_month(next)).then(|| (core.to_string(), rest.to_string()))
}

/// A line that starts a list: "1. het …", "a) de …", "• …", "- …".
pub(super) fn is_list_marker(t: &str) -> bool {
    let (first, _) = split_first(t);
    if matches!(first, "•" | "·" | "-" | "–" | "*" | "o" | "\u{f0b7}") {
        return true;
    }
    let core = first.strip_suffix(['.', ')']).unwrap_or("");
    !core.is_empty() && core.chars().count() <= 3 && core.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_their_flattened_forms() {
        assert_eq!(label("BESLUIT:"), Some((Label::Decision, "")));
        assert_eq!(label("Besluit: Het CDH heeft ingestemd"), Some((Label::Decision, "Het CDH heeft ingestemd")));
        assert_eq!(label("Besluit rechtspositie decentrale ambtsdragers"), None);
        assert_eq!(label("Besluitenlijst"), None);
        assert_eq!(label("BesluitHet college stemt in."), Some((Label::Decision, "Het college stemt in.")));
        assert_eq!(label("Besluitvorming"), None);
        assert_eq!(label("BESLUITEN"), None);
        assert_eq!(label("NummerA1"), Some((Label::Code, "A1")));
        assert_eq!(label("Nummer T01237"), Some((Label::Code, "T01237")));
        assert_eq!(label("OnderwerpOpening en mededelingen"), Some((Label::Subject, "Opening en mededelingen")));
        assert_eq!(label("Openbare samenvattingHet ontwerp"), Some((Label::Summary, "Het ontwerp")));
        assert_eq!(label("Datum toezegging 7 april 2009"), Some((Label::Date, "7 april 2009")));
        assert_eq!(label("Essentie / samenvatting:"), Some((Label::Summary, "")));
        assert_eq!(label("Nummer Commissoriaal Afdeling"), None);
    }

    #[test]
    fn headings_of_each_kind() {
        assert_eq!(padded_heading("05A Overdragen gedeelte portefeuille").unwrap().0, "05A");
        assert_eq!(padded_heading("24 april 2018"), None);
        assert_eq!(padded_heading("I-2 Mededelingen").unwrap().0, "I-2");
        assert_eq!(padded_heading("B2 Stand van zaken").unwrap().0, "B2");
        assert_eq!(code_only_heading("1. 03").as_deref(), Some("03"));
        assert_eq!(code_only_heading("• 0.06.H").as_deref(), Some("0.06.H"));
        assert_eq!(code_only_heading("4. 3.a").as_deref(), Some("3.a"));
        assert_eq!(code_only_heading("1. Opening"), None);
        assert_eq!(dotted_heading("3.a Benoeming lid").unwrap().0, "3.a");
        assert_eq!(dotted_heading("1. Opdracht doeltreffendheidsonderzoek").unwrap().0, "1");
        assert_eq!(dotted_heading("1. een voorgenomen besluit"), None);
        assert_eq!(dotted_heading("2 regels"), None);
        assert_eq!(
            commitment_heading("Toezegging Toezending conceptversie richtlijn (22.112 / 31.544, CK) (T01237)"),
            Some(("T01237".into(), "Toezending conceptversie richtlijn (22.112 / 31.544, CK)".into()))
        );
        assert_eq!(commitment_heading("T01220 Evaluatie van de wet").unwrap().0, "T01220");
        assert_eq!(commitment_heading("TZ202303-045 De minister zegt toe").unwrap().0, "TZ202303-045");
    }

    #[test]
    fn list_numbers_a_pdf_set_apart_go_back_before_their_items() {
        let raw = [
            "besluiten:",
            "1.",
            "2.",
            "",
            "het plan",
            "vast te stellen;",
            "de brief te sturen.",
            "",
            "1.",
            "",
            "0.14.H",
            "3.",
            "4.",
            "",
            "geen einde",
            "hier",
        ];
        let texts: Vec<String> = prepare(&raw).into_iter().map(|l| format!("{}:{}", l.no, l.text)).collect();
        assert_eq!(
            texts,
            vec![
                "1:besluiten:",
                "2:1. het plan",
                "6:vast te stellen;",
                "3:2. de brief te sturen.",
                "8:",
                "9:1. 0.14.H",
                "15:geen einde",
                "16:hier"
            ]
        );
    }

    #[test]
    fn preparing_splits_run_together_blocks_and_drops_time_stamps() {
        let raw = [
            "SAMENVATTING: Iets. BESLUIT: Gedeputeerde Staten besluiten: akkoord",
            "00:02:34 - 00:03:45 - X",
            "Nummer | T01970 |",
            "---|---|",
        ];
        let p = prepare(&raw);
        let texts: Vec<(usize, &str)> = p.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (1, "SAMENVATTING: Iets."),
                (1, "BESLUIT: Gedeputeerde Staten besluiten: akkoord"),
                (3, "Nummer T01970")
            ]
        );
    }
}
