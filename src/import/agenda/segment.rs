//! The text that follows an item's number up to the next one, taken apart into what a person reads as the
//! title and what a flattened page put after it: the columns of a table (papers, treatment, "Bijlage",
//! "Nazending"), a decision line, registration numbers, a heading over the items below. Works on the
//! words of one stretch, each looked at a bounded number of times: linear in its length.

use super::words::{is_part_heading, paper_treatment, proposal_treatment};
use crate::domain::Treatment;

/// Web-page leftovers glued to titles.
const LEFTOVERS: &[&str] = &["(Agendapunt ingeklapt)", "(Agendapunt uitgeklapt)"];
/// Labels of a table's other cells, run into the item's text by flattening; the title ends before one.
const LABELS: &[&str] = &[
    "besluit:",
    "voorstel:",
    "voorgesteld besluit:",
    "gevraagd besluit:",
    "behandelvoorstel:",
    "beslispunt:",
    "beslispunten:",
    "toelichting:",
    "volgende vergadering:",
    "registratienummer:",
    "bijlage:",
    "bijlagen:",
    "portefeuillehouder:",
    "opmerking:",
    "opmerkingen:",
    "kenmerk:",
];
/// Labels whose words say what the meeting is asked to do.
const DECISION_LABELS: &[&str] =
    &["besluit:", "voorstel:", "voorgesteld besluit:", "gevraagd besluit:", "behandelvoorstel:"];
/// Words of a documents column that start after the title ("concept-verslag en samenvatting").
const PAPERS: &[&str] = &[
    "bestuursvoorstel",
    "adviesnota",
    "informatienota",
    "presentatie",
    "mondeling",
    "concept-verslag",
    "conceptverslag",
    "bijlage:",
    "bijlagen:",
];
/// A heading or table cell in capitals is at most this many words.
const MAX_HEADING_WORDS: usize = 16;

/// What one stretch of item text holds besides its title.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Pieces {
    /// The title, perhaps with its treatment and origin still in it (for `words::split_tail`).
    pub text: String,
    pub notes: Vec<String>,
    pub attachment: bool,
    /// Said by a column or a paper word ("bestuursvoorstel", "Vaststellen", "- mondeling").
    pub treatment: Option<Treatment>,
    /// Said by a decision or proposal line ("Besluit: … neemt … voor kennisgeving aan").
    pub decision: Option<Treatment>,
    /// A heading in capitals after the item, over the items that follow ("TER KENNISNAME").
    pub heading: Option<String>,
    /// Words after that heading: the title of an item whose number was lost.
    pub after_heading: String,
    /// Titles after registration numbers ("Vaststellen agenda 2016/ Mededelingen 2016/ …"): items whose
    /// numbers were lost.
    pub implied: Vec<String>,
}

fn letters(token: &str) -> impl Iterator<Item = char> + '_ {
    token.chars().filter(|c| c.is_alphabetic())
}

/// A word in capitals: "TER", "N.A.V.", "OOST-GELDERLAND".
fn is_caps(token: &str) -> bool {
    letters(token).next().is_some() && !letters(token).any(char::is_lowercase)
}

fn caps_letters(token: &str) -> usize {
    letters(token).count()
}

fn is_neutral(token: &str) -> bool {
    letters(token).next().is_none()
}

/// "2016/2231", "2016/", "/2234", "2016/2225/A": a registration number as safety regions write them.
/// "2016/2017" is a pair of years.
pub(crate) fn is_registration(token: &str) -> bool {
    let t = token.trim_end_matches([',', ';', '.']);
    let parts: Vec<&str> = t.split('/').collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [a, b] if digits(a) && a.len() == 4 && b.is_empty() => true,
        [a, b] if a.is_empty() && digits(b) && b.len() >= 3 => true,
        [a, b] if digits(a) && a.len() == 4 && digits(b) && b.len() >= 3 => {
            let years = b.len() == 4 && b.parse::<u32>().ok() == a.parse::<u32>().ok().map(|y| y + 1);
            !years
        }
        [a, b, c] if digits(a) && a.len() == 4 && digits(b) && c.len() <= 2 => true,
        _ => false,
    }
}

/// A time of day as an agenda plans its items: "17.00", "9:30", "19.30-20.00".
fn is_clock(token: &str) -> bool {
    let one = |t: &str| {
        let Some((h, m)) = t.split_once(['.', ':']) else { return false };
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        digits(h) && h.len() <= 2 && digits(m) && m.len() == 2 && h.parse::<u32>().is_ok_and(|h| h < 24) && m < "60"
    };
    let t = token.trim_end_matches(':');
    one(t) || t.split_once(['-', '–']).is_some_and(|(a, b)| one(a) && one(b))
}

/// How many tokens at the start of a title are the time it is planned at: "17.00 uur", "19.30 - 20.00
/// uur:", "09:30"; a time without "uur" only when written with a colon, so "2.10 Begroting" is no time.
fn leading_clock(tokens: &[&str]) -> usize {
    let is_uur = |t: Option<&&str>| t.is_some_and(|t| matches!(t.trim_end_matches([':', ',']), "uur" | "u" | "u."));
    match tokens {
        [a, dash, b, ..] if is_clock(a) && matches!(*dash, "-" | "–" | "tot") && is_clock(b) => {
            3 + usize::from(is_uur(tokens.get(3)))
        }
        [a, ..] if is_clock(a) && is_uur(tokens.get(1)) => 2,
        [a, ..] if is_clock(a) && a.contains(':') && tokens.len() > 1 => 1,
        _ => 0,
    }
}

/// A case number written as groups of digits, "17 2 10628" or "17 7B 8817", as municipal portals put it
/// before or after a title: the tokens it takes at `i`, when it ends in a group of four digits or more.
fn digit_group_number(tokens: &[&str], i: usize) -> Option<usize> {
    let group = |t: &str| {
        let t = t.trim_start_matches('(').trim_end_matches([')', ',', ';']);
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && t[digits..].chars().all(|c| c.is_ascii_uppercase()) && t.len() - digits <= 1
    };
    let long = |t: &str| {
        let t = t.trim_start_matches('(').trim_end_matches([')', ',', ';']);
        t.len() >= 4 && t.chars().all(|c| c.is_ascii_digit())
    };
    let n = tokens[i..].iter().take(4).take_while(|t| group(t)).count();
    let end = (2..=n).rev().find(|&k| long(tokens[i + k - 1]))?;
    let taken = &tokens[i..i + end];
    let opened = taken[0].starts_with('(');
    let closed = taken[end - 1].ends_with(')');
    (opened == closed).then_some(end)
}

/// A document number after a dash at the end: "- 312710", "-311134".
fn is_dash_number(tokens: &[&str], i: usize) -> Option<usize> {
    let t = tokens[i];
    let long_digits = |s: &str| s.len() >= 5 && s.chars().all(|c| c.is_ascii_digit());
    if t == "-" && tokens.get(i + 1).is_some_and(|n| long_digits(n)) && i + 2 == tokens.len() {
        return Some(2);
    }
    if t.strip_prefix('-').is_some_and(long_digits) && i + 1 == tokens.len() {
        return Some(1);
    }
    None
}

fn strip_leftovers(text: &str) -> String {
    let mut t = text.to_string();
    for l in LEFTOVERS {
        t = t.replace(l, " ");
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Takes the attachment marks off: "./." (and "/." where the dot was lost), glued to a word or alone.
fn take_marks(tokens: &mut Vec<String>) -> bool {
    let mut found = false;
    let mut kept = Vec::with_capacity(tokens.len());
    for t in tokens.drain(..) {
        if t == "./." || t == "/." {
            found = true;
            continue;
        }
        if let Some(stripped) = t.strip_suffix("./.") {
            found = true;
            if !stripped.is_empty() {
                kept.push(stripped.to_string());
            }
            continue;
        }
        kept.push(t);
    }
    *tokens = kept;
    found
}

/// Where a heading in capitals starts after the title, and where it ends: at least two words in capitals
/// (one of five letters or more), after a word that is not in capitals.
fn caps_heading(tokens: &[&str]) -> Option<(usize, usize)> {
    let mut i = 1;
    while i < tokens.len() {
        if is_caps(tokens[i]) && !is_caps(tokens[i - 1]) && !tokens[i].starts_with('(') {
            let start = i;
            let mut end = i;
            let (mut words, mut long) = (0, false);
            let mut j = i;
            while j < tokens.len() && j - start < MAX_HEADING_WORDS && (is_caps(tokens[j]) || is_neutral(tokens[j])) {
                if is_caps(tokens[j]) {
                    if caps_letters(tokens[j]) >= 2 {
                        words += 1;
                    }
                    long |= caps_letters(tokens[j]) >= 5;
                    end = j + 1;
                }
                j += 1;
            }
            if words >= 2 && long {
                // A time or a note in parentheses right after it belongs to it: "BESLOTEN DEEL ( uur)".
                if tokens.get(end).is_some_and(|t| t.starts_with('(')) {
                    if let Some(close) = (end..tokens.len().min(end + 5)).find(|&k| tokens[k].ends_with(')')) {
                        end = close + 1;
                    }
                }
                return Some((start, end));
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// How far back from a number a heading over it is looked for.
const HEADING_REACH: usize = 300;

/// Whether `text` ends with a heading in capitals, as a new part right before its first number does.
pub(crate) fn ends_with_heading(text: &str) -> bool {
    let mut start = text.len().saturating_sub(HEADING_REACH);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let tokens: Vec<&str> = text[start..].split_whitespace().collect();
    caps_heading(&tokens).is_some_and(|(_, end)| end == tokens.len())
}

fn label_at(tokens: &[&str], i: usize) -> Option<(usize, bool)> {
    for label in LABELS {
        let words: Vec<&str> = label.split(' ').collect();
        if i + words.len() > tokens.len() {
            continue;
        }
        let first = tokens[i];
        if !first.starts_with(char::is_uppercase) {
            continue;
        }
        let same = words.iter().enumerate().all(|(k, w)| tokens[i + k].to_lowercase() == *w);
        if same {
            return Some((words.len(), DECISION_LABELS.contains(label)));
        }
    }
    None
}

fn join(tokens: &[&str]) -> String {
    tokens.join(" ")
}

/// Takes an item's stretch of text apart.
pub(crate) fn split_segment(text: &str) -> Pieces {
    let mut p = Pieces::default();
    let cleaned = strip_leftovers(text);
    let mut owned: Vec<String> = cleaned.split(' ').filter(|t| !t.is_empty()).map(str::to_string).collect();
    p.attachment = take_marks(&mut owned);
    let all: Vec<&str> = owned.iter().map(String::as_str).collect();
    let (main_end, after) = match caps_heading(&all) {
        Some((start, end)) => {
            p.heading = Some(join(&all[start..end]));
            (start, &all[end..])
        }
        None => (all.len(), &all[all.len()..]),
    };
    p.after_heading = join(after);
    let mut tokens: Vec<&str> = all[..main_end].to_vec();
    let clock = leading_clock(&tokens);
    if clock > 0 && clock < tokens.len() {
        p.notes.push(join(&tokens[..clock]));
        tokens.drain(..clock);
    }
    if let Some(n) =
        digit_group_number(&tokens, 0).filter(|&n| tokens.get(n).is_some_and(|t| t.starts_with(char::is_uppercase)))
    {
        p.notes.push(join(&tokens[..n]));
        tokens.drain(..n);
    }
    // The cells at the end of a row: "Bijlage Bijlage Nazending", a single word in capitals.
    while let Some(last) = tokens.last().copied() {
        match last.trim_end_matches(['.', ',']).to_lowercase().as_str() {
            "bijlage" | "bijlagen" | "bijl" if tokens.len() > 1 => p.attachment = true,
            "nazending" | "nagezonden" | "volgt" if tokens.len() > 1 => p.notes.push(last.to_string()),
            // One word in capitals that names a part of the agenda ("HAMERSTUKKEN") heads the items after.
            _ if tokens.len() > 1 && p.heading.is_none() && is_caps(last) && is_part_heading(last) => {
                p.heading = Some(last.to_string())
            }
            _ if tokens.len() > 1 && is_caps(last) && caps_letters(last) >= 5 && !last.contains(['(', ')']) => {
                p.notes.push(last.to_string())
            }
            _ => break,
        }
        tokens.pop();
    }
    p.notes.reverse();
    if let Some(i) = (1..tokens.len()).find(|&i| label_at(&tokens, i).is_some()) {
        let (_, decision) = label_at(&tokens, i).unwrap_or((0, false));
        let said = join(&tokens[i..]);
        if decision {
            p.decision = proposal_treatment(&said);
        } else if said.to_lowercase().starts_with("beslispunt") {
            // What the meeting is asked to decide, whatever the points say (as on a line of its own).
            p.decision = Some(Treatment::TerBesluitvorming);
        }
        // A page's footer field left empty ("Registratienummer:") says nothing about the item.
        if said.contains(' ') || !said.ends_with(':') {
            p.notes.insert(0, said);
        }
        tokens.truncate(i);
    }
    let pieces = registration_pieces(&tokens, &mut p.notes);
    let mut title: Vec<&str> = pieces.first().cloned().unwrap_or_default();
    p.implied = pieces.iter().skip(1).map(|t| join(t)).filter(|t| t.starts_with(char::is_uppercase)).collect();
    if let Some(at) = proposal_column(&title) {
        let said = join(&title[at..]);
        // The row's own column: the item's treatment, not a decision for the rows under it.
        p.treatment = p.treatment.or_else(|| proposal_treatment(&said));
        p.notes.insert(0, said);
        title.truncate(at);
    }
    cut_columns(&mut title, &mut p);
    if let Some(at) = timing_note(&title) {
        p.notes.push(join(&title[at..]));
        title.truncate(at);
    }
    p.text = join(&title);
    p
}

/// Where a flattened table's proposal column starts after the title: what the meeting is asked to do,
/// in the infinitive ("… agenda. Vaststellen agenda.", "… Gelderland Instemmen met …", "Kennis nemen."),
/// a sentence that ends in one ("De Bestuursrapportage 2014 vaststellen."), or a list of such points
/// ("CGO 1. De op 23 juni … bekrachtigen. 2. …").
fn proposal_column(title: &[&str]) -> Option<usize> {
    const VERBS: &[&str] = &["instemmen", "kennisnemen", "bekrachtigen", "goedkeuren", "vaststellen"];
    let verb = |t: &str| VERBS.contains(&t.trim_end_matches(['.', ',', ';', ':']).to_lowercase().as_str());
    let kennis =
        |i: usize| title[i] == "Kennis" && title.get(i + 1).is_some_and(|n| n.trim_end_matches(['.', ',']) == "nemen");
    for i in 2..title.len() {
        let t = title[i];
        let after_stop = title[i - 1].ends_with(['.', ':']);
        if kennis(i) || (t == "Instemmen" && title.get(i + 1).is_some_and(|n| *n == "met")) {
            return Some(i);
        }
        if after_stop && t.starts_with(char::is_uppercase) && verb(t) {
            return Some(i);
        }
        if t == "1." && title.get(i + 1).is_some_and(|n| n.starts_with(char::is_uppercase)) {
            return Some(i);
        }
        if matches!(t, "De" | "Het") {
            let end = (i + 1..title.len().min(i + 8)).find(|&k| title[k].ends_with('.'));
            if end.is_some_and(|k| verb(title[k])) {
                return Some(i);
            }
        }
    }
    None
}

/// Where a closing remark on the time an item takes starts: "(15 minuten)", "(spreektijd 10 minuten per
/// fractie)". Planning, not title.
fn timing_note(title: &[&str]) -> Option<usize> {
    let last = title.last()?;
    if !last.ends_with(')') || title.len() < 2 {
        return None;
    }
    let open = (1..title.len()).rev().take(12).find(|&i| title[i].starts_with('('))?;
    let first = title[open].trim_start_matches('(').to_lowercase();
    let second = title.get(open + 1).map(|t| t.trim_end_matches(')').to_lowercase()).unwrap_or_default();
    let minutes = |w: &str| matches!(w, "min" | "min." | "minuten" | "minuut" | "uur" | "kwartier");
    let timed = first.starts_with("spreektijd") || (first.chars().all(|c| c.is_ascii_digit()) && minutes(&second));
    timed.then_some(open)
}

/// The stretches between registration numbers; the numbers and other document numbers go to `notes`.
fn registration_pieces<'a>(tokens: &[&'a str], notes: &mut Vec<String>) -> Vec<Vec<&'a str>> {
    let mut pieces: Vec<Vec<&str>> = vec![Vec::new()];
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if i > 0 && is_registration(t) {
            notes.push(t.to_string());
            pieces.push(Vec::new());
            i += 1;
            continue;
        }
        if let Some(n) = is_dash_number(tokens, i) {
            notes.push(join(&tokens[i..i + n]));
            i += n;
            continue;
        }
        if let Some(n) = (i > 0 && tokens[i].starts_with('(')).then(|| digit_group_number(tokens, i)).flatten() {
            notes.push(join(&tokens[i..i + n]));
            i += n;
            continue;
        }
        let lower = t.to_lowercase();
        if i > 0
            && lower.starts_with('(')
            && ["(voorstelnr", "(raadsvoorstel", "(nr.", "(kenmerk", "(zaaknr"].iter().any(|w| lower.starts_with(w))
        {
            if let Some(close) = (i..tokens.len().min(i + 6)).find(|&k| tokens[k].ends_with(')')) {
                notes.push(join(&tokens[i..=close]));
                i = close + 1;
                continue;
            }
        }
        if let Some(last) = pieces.last_mut() {
            last.push(t);
        }
        i += 1;
    }
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// The columns a flattened table put after the title: " - bestuursvoorstel - bijlagen: …", a paper word,
/// "Vaststellen" as the treatment column, the title's first word said again at the start of the
/// subject column ("Notulen en besluitenlijst Notulen en besluitenlijst van …").
fn cut_columns(title: &mut Vec<&str>, p: &mut Pieces) {
    let mut cut: Option<usize> = None;
    for i in 1..title.len() {
        let t = title[i];
        let lower = t.to_lowercase();
        if t == "-" && title.get(i + 1).is_some_and(|n| n.starts_with(char::is_lowercase)) {
            cut = Some(i);
            break;
        }
        if PAPERS.contains(&lower.as_str()) && t.starts_with(char::is_lowercase) {
            cut = Some(i);
            break;
        }
        // "Ter vergadering wordt een nadere toelichting verzorgd …": what happens at the meeting, run on.
        if t == "Ter" && title.get(i + 1).is_some_and(|n| *n == "vergadering") {
            cut = Some(i);
            break;
        }
        if matches!(t.trim_end_matches('.'), "Vaststellen" | "Vaststelling")
            && title.get(i + 1).is_none_or(|n| n.starts_with(char::is_uppercase))
        {
            cut = Some(i);
            break;
        }
    }
    let first = title.first().map(|f| f.trim_end_matches('*')).unwrap_or("");
    if cut.is_none() && first.chars().count() >= 5 && first.starts_with(char::is_uppercase) {
        cut = (2..title.len()).find(|&i| title[i].trim_end_matches('*') == first);
    }
    let Some(at) = cut else { return };
    let rest: Vec<&str> = title[at..].to_vec();
    title.truncate(at);
    for word in rest.iter().filter(|w| **w != "-") {
        if let Some(t) = paper_treatment(word) {
            p.treatment.get_or_insert(t);
        } else if matches!(word.trim_end_matches('.'), "Vaststellen" | "Vaststelling") {
            p.treatment.get_or_insert(Treatment::TerVaststelling);
        }
    }
    if rest.iter().any(|w| w.to_lowercase().starts_with("bijlage")) {
        p.attachment = true;
    }
    p.notes.insert(0, join(&rest));
}

/// The title words a stock item ends with ("Opening", "Rondvraag en sluiting") when flattening ran the
/// next cell into it: "Opening Spreekrecht …", "Rondvraag en sluiting Het Dagelijks Bestuur nodigt …".
pub(crate) fn stock_title_end(title: &str) -> Option<usize> {
    const STOCK: &[&str] = &[
        "rondvraag en sluiting",
        "rondvraag/sluiting",
        "rondvraag & sluiting",
        "opening en mededelingen",
        "opening",
        "sluiting",
        "rondvraag",
    ];
    // ASCII lower case keeps every byte where it was, so the length found holds in the title.
    let lower = title.to_ascii_lowercase();
    let stock = STOCK.iter().find(|s| lower.starts_with(*s) && lower[s.len()..].starts_with(' '))?;
    let rest = &title[stock.len() + 1..];
    let mut chars = rest.chars();
    let (a, b) = (chars.next()?, chars.next()?);
    (a.is_uppercase() && b.is_lowercase()).then_some(stock.len())
}

/// Where a stretch that holds two titles, because the number between them was lost, is split: before the
/// last word with a capital that follows a word in lower case or a number.
pub(crate) fn lost_number_split(text: &str) -> Option<usize> {
    let tokens: Vec<(usize, &str)> = text.match_indices(' ').map(|(i, _)| i + 1).zip(text.split(' ').skip(1)).collect();
    let mut prev = text.split(' ').next()?;
    let mut found = None;
    for (at, t) in tokens {
        let capital =
            t.chars().next().is_some_and(char::is_uppercase) && t.chars().nth(1).is_some_and(char::is_lowercase);
        let after_small = prev.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        if capital && after_small {
            found = Some(at);
        }
        prev = t;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn planned_times_and_case_numbers_come_off_the_title() {
        let p = split_segment("17.00 uur Opening en inspreken burgers");
        assert_eq!(
            (p.text.as_str(), p.notes.as_slice()),
            ("Opening en inspreken burgers", &["17.00 uur".to_string()][..])
        );
        assert_eq!(split_segment("19.30 - 20.00 uur: Vaststellen agenda").text, "Vaststellen agenda");
        assert_eq!(split_segment("09:30 Opening").text, "Opening");
        assert_eq!(split_segment("2.10 Begroting").text, "2.10 Begroting");
        assert_eq!(
            split_segment("17 3 10648 Uitbreiden doelgroep Kindregeling").text,
            "Uitbreiden doelgroep Kindregeling"
        );
        let p = split_segment("Behandeling Begroting 2018 (17 2 10628)");
        assert_eq!(
            (p.text.as_str(), p.notes.as_slice()),
            ("Behandeling Begroting 2018", &["(17 2 10628)".to_string()][..])
        );
        assert_eq!(
            split_segment("Septembercirculaire 2017 (17 7B 8817) (hamerstuk)").text,
            "Septembercirculaire 2017 (hamerstuk)"
        );
        assert_eq!(split_segment("Verkiezing 2022 3 5 leden").text, "Verkiezing 2022 3 5 leden");
        assert_eq!(split_segment("Begroting 2018 (2 van 3)").text, "Begroting 2018 (2 van 3)");
        assert_eq!(split_segment("Schorsing voor fractieberaad (15 minuten)").text, "Schorsing voor fractieberaad");
    }

    #[test]
    fn a_flattened_proposal_column_comes_off_the_title_and_says_the_treatment() {
        let p = split_segment("Opening en vaststellen agenda. Vaststellen agenda.");
        assert_eq!(
            (p.text.as_str(), p.treatment),
            ("Opening en vaststellen agenda.", Some(Treatment::TerVaststelling))
        );
        let p = split_segment("Stukken ter kennisname: Kennis nemen.");
        assert_eq!((p.text.as_str(), p.treatment), ("Stukken ter kennisname:", Some(Treatment::TerInformatie)));
        let p = split_segment("Gewijzigd mandaat Provincie Gelderland Instemmen met de mandaatverlening.");
        assert_eq!(
            (p.text.as_str(), p.treatment),
            ("Gewijzigd mandaat Provincie Gelderland", Some(Treatment::TerBesluitvorming))
        );
        let p = split_segment("Bestuursrapportage 2014 De Bestuursrapportage 2014 vaststellen.");
        assert_eq!((p.text.as_str(), p.treatment), ("Bestuursrapportage 2014", Some(Treatment::TerVaststelling)));
        let p =
            split_segment("Werkgeversdelegatie CGO 1. De op 23 juni 2014 mondeling gegeven machtiging bekrachtigen.");
        assert_eq!((p.text.as_str(), p.treatment), ("Werkgeversdelegatie CGO", Some(Treatment::TerBesluitvorming)));
        let p = split_segment("Besluitenlijst vergadering 23 juni Vaststellen.");
        assert_eq!(
            (p.text.as_str(), p.treatment),
            ("Besluitenlijst vergadering 23 juni", Some(Treatment::TerVaststelling))
        );
        assert_eq!(split_segment("Vaststellen jaarrekening 2023").text, "Vaststellen jaarrekening 2023");
        assert_eq!(split_segment("Het instemmen met de begroting").text, "Het instemmen met de begroting");
        let p = split_segment("Eerste termijn college (spreektijd 30 minuten totaal voor college)");
        assert_eq!(p.text, "Eerste termijn college");
        assert_eq!(
            split_segment("Schorsing (maaltijd en collegeberaad)").text,
            "Schorsing (maaltijd en collegeberaad)"
        );
        let p = split_segment("Investeringsstrategie MRDH Ter vergadering wordt een toelichting verzorgd");
        assert_eq!(p.text, "Investeringsstrategie MRDH");
    }

    #[test]
    fn registration_numbers() {
        for yes in ["2016/2231", "2016/", "/2234", "2016/2225/A"] {
            assert!(is_registration(yes), "{yes}");
        }
        for no in ["2016/2017", "4,06", "24/7", "d.d."] {
            assert!(!is_registration(no), "{no}");
        }
    }

    #[test]
    fn columns_come_off_the_title() {
        let p = split_segment("Notulen* en besluitenlijst Notulen en besluitenlijst van het algemeen bestuur van 3 oktober Besluit: het algemeen bestuur stelt de notulen en de besluitenlijst vast. Bijlage");
        assert_eq!(p.text, "Notulen* en besluitenlijst");
        assert_eq!(p.decision, Some(Treatment::TerVaststelling));
        assert!(p.attachment);
        let p = split_segment("Concept-verslag vergadering Algemeen Bestuur d.d. 4 juli 2018 TER KENNISNAME./.");
        assert_eq!(p.text, "Concept-verslag vergadering Algemeen Bestuur d.d. 4 juli 2018");
        assert_eq!(p.heading.as_deref(), Some("TER KENNISNAME"));
        assert!(p.attachment);
        let p = split_segment("Vaststellen agenda 2016/ Mededelingen 2016/ Besluitenlijst 2016/2227");
        assert_eq!(p.text, "Vaststellen agenda");
        assert_eq!(p.implied, vec!["Mededelingen", "Besluitenlijst"]);
        let p = split_segment(
            "Reglement van orde algemeen bestuur - bestuursvoorstel - bijlagen: reglement met toelichting",
        );
        assert_eq!(
            (p.text.as_str(), p.treatment),
            ("Reglement van orde algemeen bestuur", Some(Treatment::TerBesluitvorming))
        );
        let p = split_segment("Documenten GR Vaststellen Reglement AB Vaststellen Archiefverordening");
        assert_eq!((p.text.as_str(), p.treatment), ("Documenten GR", Some(Treatment::TerVaststelling)));
        let p = split_segment("Voortgang GGD NOG Robuust");
        assert_eq!((p.text.as_str(), p.heading), ("Voortgang GGD NOG Robuust", None));
        let p = split_segment("Statenvoorstel benoeming commissievoorzitters 2023 - 2027 - 311126");
        assert_eq!(p.text, "Statenvoorstel benoeming commissievoorzitters 2023 - 2027");
        let p = split_segment("Algemeen Bestuur in oprichting BIJGESLOTEN");
        assert_eq!((p.text.as_str(), p.heading), ("Algemeen Bestuur in oprichting", None));
        let p = split_segment("Rondvraag en sluiting openbaar deel BESLOTEN DEEL ( uur)");
        assert_eq!(
            (p.text.as_str(), p.heading.as_deref()),
            ("Rondvraag en sluiting openbaar deel", Some("BESLOTEN DEEL ( uur)"))
        );
        let p = split_segment("Opening en mededelingen(Agendapunt ingeklapt)");
        assert_eq!(p.text, "Opening en mededelingen");
    }

    #[test]
    fn stock_titles_and_lost_numbers() {
        assert_eq!(stock_title_end("Opening Spreekrecht Bepaling primus"), Some(7));
        assert_eq!(stock_title_end("Opening AB i.o."), None);
        assert_eq!(stock_title_end("Opening en vaststelling van de agenda"), None);
        assert_eq!(stock_title_end("Rondvraag en sluiting Het Dagelijks Bestuur nodigt u uit"), Some(21));
        let t = "Besluitenlijsten van de vergaderingen van 24 oktober Ingekomen stukken";
        assert_eq!(lost_number_split(t).map(|i| &t[i..]), Some("Ingekomen stukken"));
        assert_eq!(lost_number_split("Opening"), None);
    }
}
