//! One entry of a published decision list, read block by block (SAMENVATTING, BESLUIT, Kernboodschap,
//! Stemming, Kerngegevens, plain paragraphs), and the decision it holds: the BESLUIT block; without one,
//! the line that says what was decided ("Het verslag wordt vastgesteld."), or the only text the list
//! gives (an "Openbare samenvatting"). An entry with none of these holds no decision.

use super::dates::date_in;
use super::headings::Kind;
use super::lines::{is_section_line, label, Label, Ln};
use crate::dates::Date;
use crate::text::clean_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Prelude,
    Subject,
    Decision,
    Summary,
    Vote,
    Stop,
    Proposal,
}

/// What one entry's lines hold, block by block; a block is a list of paragraphs.
#[derive(Debug, Default)]
pub(super) struct Read {
    pub subject: String,
    pub date: Option<Date>,
    pub prelude: Vec<String>,
    pub decision: Vec<String>,
    pub summary: Vec<String>,
    pub votes: Vec<String>,
    pub proposal: Vec<String>,
    pub decision_label: bool,
}

impl Read {
    fn block(&mut self, mode: Mode) -> Option<&mut Vec<String>> {
        match mode {
            Mode::Prelude => Some(&mut self.prelude),
            Mode::Decision => Some(&mut self.decision),
            Mode::Summary => Some(&mut self.summary),
            Mode::Vote => Some(&mut self.votes),
            Mode::Proposal => Some(&mut self.proposal),
            Mode::Subject | Mode::Stop => None,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.prelude.is_empty() && self.decision.is_empty() && self.summary.is_empty() && self.votes.is_empty()
    }
}

pub(super) fn read_entry(lines: &[Ln], kind: Kind) -> Read {
    let mut r = Read::default();
    let mut mode = Mode::Prelude;
    let mut para = String::new();
    let mut from_points = false;
    let flush = |r: &mut Read, mode: Mode, para: &mut String| {
        if !para.is_empty() {
            if let Some(b) = r.block(mode) {
                b.push(std::mem::take(para));
            }
            para.clear();
        }
    };
    for l in lines {
        let t = l.text.as_str();
        if t.is_empty() || is_section_line(t) {
            flush(&mut r, mode, &mut para);
            if mode == Mode::Subject {
                mode = Mode::Prelude;
            }
            continue;
        }
        if let Some((lab, rest)) = label(t) {
            flush(&mut r, mode, &mut para);
            match lab {
                Label::Decision => {
                    let low = t.to_lowercase();
                    let points = low.starts_with("beslispunt") || low.starts_with("besluitpunt");
                    if !points && from_points && !r.decision.is_empty() {
                        // "Beslispunt: … aan te wijzen …" then "Besluit: Akkoord": the points were what was
                        // proposed, the Besluit block is what was decided.
                        let asked = std::mem::take(&mut r.decision);
                        r.proposal.extend(asked);
                    }
                    from_points = points;
                    mode = Mode::Decision;
                    r.decision_label = true;
                }
                Label::Summary => mode = Mode::Summary,
                Label::Subject if mode != Mode::Stop => mode = Mode::Subject,
                Label::Subject => {}
                Label::Vote => mode = Mode::Vote,
                Label::Stop => mode = Mode::Stop,
                Label::Proposal => mode = Mode::Proposal,
                Label::Field => continue,
                Label::Code | Label::Date => {
                    if lab == Label::Date {
                        r.date = r.date.or_else(|| date_in(rest).map(|(d, _)| d));
                    }
                    // In a commitment, the fields end its text; elsewhere they stand between blocks.
                    if kind == Kind::Commitment {
                        mode = Mode::Stop;
                    }
                    continue;
                }
            }
            if rest.is_empty() {
                continue;
            }
            add_line(&mut r, mode, &mut para, rest);
            continue;
        }
        add_line(&mut r, mode, &mut para, t);
    }
    flush(&mut r, mode, &mut para);
    r
}

pub(super) fn add_line(r: &mut Read, mode: Mode, para: &mut String, t: &str) {
    match mode {
        Mode::Stop => {}
        Mode::Subject => {
            if !r.subject.is_empty() {
                r.subject.push(' ');
            }
            r.subject.push_str(t);
        }
        _ => {
            if !para.is_empty() {
                para.push('\n');
            }
            para.push_str(t);
        }
    }
}

/// Words that say something was decided, as minutes and lists write it.
pub(super) const DECIDING_WORDS: &[&str] = &[
    "vastgesteld",
    "instemmen",
    "verkozen",
    "gekozen",
    "besluit",
    "besluiten",
    "besloten",
    "ingestemd",
    "aangenomen",
    "verworpen",
    "goedgekeurd",
    "akkoord",
    "benoemd",
    "benoemt",
    "toegezegd",
    "bekrachtigd",
    "ingetrokken",
    "unaniem",
    "verleent",
    "verleend",
    "afgewezen",
    "ongegrond",
    "gegrond",
    "machtigt",
    "gemachtigd",
    "mandateert",
    "gemandateerd",
    "kennisgenomen",
];
/// Words that decide together, the second within a few words of the first ("stelt de jaarrekening vast").
pub(super) const DECIDING_PAIRS: &[(&str, &str)] = &[
    ("stemt", "in"),
    ("stemde", "in"),
    ("stemmen", "in"),
    ("neemt", "kennis"),
    ("nemen", "kennis"),
    ("kennis", "genomen"),
    ("zegt", "toe"),
    ("stelt", "vast"),
    ("stellen", "vast"),
    ("geeft", "opdracht"),
    ("wijst", "af"),
    ("trekt", "in"),
    // "De contactgroep spreekt de wens uit …", "Inbreng voor schriftelijk overleg wordt geleverd door …"
    // (what an Eerste Kamer committee agreed, in its korte aantekeningen).
    ("spreekt", "uit"),
    ("inbreng", "geleverd"),
];

/// Words before "besluit" or "akkoord" that make it a noun ("het besluit van de minister").
pub(super) const DETERMINERS: &[&str] = &[
    "het",
    "de",
    "dit",
    "dat",
    "een",
    "deze",
    "die",
    "zijn",
    "haar",
    "hun",
    "ons",
    "uw",
    "genomen",
    "eerdere",
    "eerder",
    "nieuwe",
    "nieuw",
    "welk",
    "welke",
    "elk",
    "elke",
    "ieder",
    "dergelijk",
    "dergelijke",
    "voorgenomen",
    "voorgestelde",
    "definitieve",
    "definitief",
];

pub(super) fn decides(paragraph: &str) -> bool {
    let low = paragraph.to_lowercase();
    let words: Vec<&str> = low.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let noun = |i: usize| {
        matches!(words[i], "besluit" | "besluiten" | "akkoord") && i > 0 && DETERMINERS.contains(&words[i - 1])
    };
    (0..words.len()).any(|i| DECIDING_WORDS.contains(&words[i]) && !noun(i))
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| DECIDING_PAIRS.iter().any(|(a, b)| a == w && words[i + 1..].iter().take(4).any(|x| x == b)))
}

/// A line cut before the first of its sentences that decides ("Verslag wordt doorlopen. Verslag
/// vastgesteld." → the first sentence, and the rest). A sentence ends at ". " before a capital, so that
/// "d.d. 17 maart" stays whole.
fn split_at_deciding_sentence(line: &str) -> (&str, &str) {
    let mut start = 0;
    for (i, _) in line.match_indices(". ") {
        let next = line[i + 2..].chars().next();
        if !next.is_some_and(char::is_uppercase) {
            continue;
        }
        if decides(&line[start..=i]) {
            break;
        }
        start = i + 2;
    }
    if start == 0 || !decides(&line[start..]) {
        return ("", line);
    }
    (line[..start].trim_end(), &line[start..])
}

/// The meeting's own business (opening, announcements, questions, closing): a paragraph under it records
/// what happened, not a decision, unless it says it decides.
pub(super) fn is_procedural(subject: &str) -> bool {
    let low = subject.trim().to_lowercase();
    [
        "opening",
        "rondvraag",
        "sluiting",
        "mededelingen",
        "vaststelling agenda",
        "vaststellen agenda",
        "ingekomen stukken",
    ]
    .iter()
    .any(|p| low.starts_with(p))
}

/// "N.v.t.", "Geen": a decision block that says there is none.
pub(super) fn says_none(paragraph: &str) -> bool {
    let first = paragraph.lines().next().unwrap_or("").trim().trim_end_matches('.').to_lowercase();
    matches!(first.as_str(), "n.v.t" | "nvt" | "geen" | "-" | "–" | "geen besluit" | "niet van toepassing")
}

pub(super) fn joined(paragraphs: &[String]) -> String {
    let mut out = String::new();
    for p in paragraphs {
        if !out.is_empty() {
            // A lead-in ("Gedeputeerde Staten besluiten:") keeps its list on the next line.
            out.push_str(if out.ends_with(':') { "\n" } else { "\n\n" });
        }
        out.push_str(p);
    }
    clean_text(out.trim())
}

/// A title as a table of contents and its entry may both write it: letters and digits only, lower case.
pub(super) fn squashed(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The decision an entry holds, and what stays with it as summary.
/// `prose_decides`: the list calls itself a list of decisions and labels none, so the text under a subject
/// is what was decided even where no word says so ("De overeenkomst … wordt gewijzigd.").
pub(super) fn decision_of(
    r: &mut Read,
    kind: Kind,
    list_has_labels: bool,
    list_proposes: bool,
    prose_decides: bool,
    heading_text: &str,
) -> Option<String> {
    let mut summary = std::mem::take(&mut r.summary);
    let decision = if !r.decision.is_empty() {
        (!says_none(&r.decision[0])).then(|| joined(&r.decision))
    } else if kind == Kind::Commitment {
        if r.prelude.is_empty() {
            // "T01220 De wethouder zegt toe …": the heading line is the commitment.
            (!heading_text.is_empty()).then(|| heading_text.to_string())
        } else {
            Some(joined(&std::mem::take(&mut r.prelude)))
        }
    } else if (kind == Kind::Nummer || !list_has_labels) && !summary.is_empty() {
        // The list gives no decision apart from its summary ("Openbare samenvatting"): that is it.
        Some(joined(&std::mem::take(&mut summary)))
    } else if kind == Kind::Paragraphs && prose_decides && !r.prelude.is_empty() {
        // A besluitenlijst's paragraph under its subject is the decision from its first word: "GS
        // beantwoorden twee vragen … Tijdens de commissie was toegezegd …" is one decision, not the second
        // sentence that happens to say "toegezegd".
        Some(joined(&std::mem::take(&mut r.prelude)))
    } else if kind != Kind::Nummer
        && (kind != Kind::CodeOnly || !list_has_labels && !list_proposes)
        && r.proposal.is_empty()
    {
        // (A portal's "1. 1" entries with neither "Besluit" nor proposal labels record what happened.)
        // Minutes: the decision starts at the first line that says what was decided, and what comes
        // before it in the entry ("De voorzitter opent de vergadering.") is no part of it.
        let at = r.prelude.iter().position(|p| decides(p));
        at.map(|k| {
            let para = &r.prelude[k];
            let lines: Vec<&str> = para.lines().collect();
            let mut from = lines.iter().position(|l| decides(l)).unwrap_or(0);
            // A sentence wrapped over lines (a PDF's) starts where the line before it ends one.
            while from > 0 && !ends_sentence(lines[from - 1]) {
                from -= 1;
            }
            // Minutes that write a whole item on one line: the decision starts at its sentence.
            let (lead, first) = split_at_deciding_sentence(lines[from]);
            let mut before = lines[..from].join("\n");
            if !lead.is_empty() {
                if !before.is_empty() {
                    before.push('\n');
                }
                before.push_str(lead);
            }
            let mut tail = vec![first];
            tail.extend(lines[from + 1..].iter().copied());
            let mut rest = vec![tail.join("\n")];
            rest.extend(r.prelude[k + 1..].iter().cloned());
            r.prelude.truncate(k);
            if !before.is_empty() {
                r.prelude.push(before);
            }
            joined(&rest)
        })
        .or_else(|| {
            ((kind == Kind::Single || prose_decides) && !r.prelude.is_empty())
                .then(|| joined(&std::mem::take(&mut r.prelude)))
        })
    } else {
        None
    };
    if kind != Kind::Nummer {
        let mut intro = std::mem::take(&mut r.prelude);
        intro.append(&mut summary);
        summary = intro;
    }
    if !r.proposal.is_empty() {
        // "Besluit: conform" means the proposal: keep it beside the decision.
        summary.push(format!("Voorgesteld besluit: {}", joined(&r.proposal)));
    }
    summary.extend(r.votes.iter().map(|v| format!("Stemming: {v}")));
    r.summary = summary;
    decision.filter(|d| !d.trim().is_empty())
}

pub(super) fn describe(code: &str, subject: &str) -> String {
    let subject: String = subject.chars().take(60).collect();
    match (code.is_empty(), subject.is_empty()) {
        (false, false) => format!("{code} {subject:?}"),
        (false, true) => format!("entry {code}"),
        (true, false) => format!("{subject:?}"),
        (true, true) => "an entry".to_string(),
    }
}

/// Sentence ends, after which a new paragraph may begin on the next line.
pub(super) fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')'])
}
