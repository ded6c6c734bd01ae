//! The words for what annoteer read in a cover note (issue 19), Dutch and English: the item screen's rows,
//! where a value was read from, why a purpose is unknown, what a newer version changed, and the decisions
//! screen's "as proposed"; `locale.rs` gains one variant (`Ui::Cover`).

use crate::domain::{CoverChange, CoverNote, CoverUnknown};
use crate::locale::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CoverUi {
    FieldProposedDecisions,
    FieldSummary,
    ReadFrom,
    Inferred,
    ByHand,
    NotRead,
    NoCoverNote,
    Changed,
    PurposeChanged,
    PointAdded,
    PointRemoved,
    KeyAsRead,
    BackToRead,
    KeyAsProposed,
    KeyEditProposed,
    RecordedAsProposed,
    NothingProposed,
}

impl CoverUi {
    pub fn words(self) -> (&'static str, &'static str) {
        use CoverUi::*;
        match self {
            FieldProposedDecisions => ("Voorgesteld besluit", "Proposed decision"),
            FieldSummary => ("Kernpunten", "Summary"),
            ReadFrom => ("gelezen onder '{}' in {}", "read under '{}' in {}"),
            Inferred => ("geen doel genoemd; afgeleid uit '{}' in {}", "no purpose stated; inferred from '{}' in {}"),
            ByHand => ("met de hand aangepast", "edited by hand"),
            NotRead => ("niet gelezen uit {}: {}", "not read from {}: {}"),
            NoCoverNote => ("geen oplegger gekoppeld", "no cover note linked"),
            Changed => ("Gewijzigd sinds {}:", "Changed since {}:"),
            PurposeChanged => ("doel: '{}' → '{}'", "purpose: '{}' → '{}'"),
            PointAdded => ("nieuw besluitpunt: {}", "new decision point: {}"),
            PointRemoved => ("vervallen besluitpunt: {}", "dropped decision point: {}"),
            KeyAsRead => ("terug naar wat de oplegger zegt", "back to what the cover note says"),
            BackToRead => ("Terug naar wat de oplegger zegt.", "Back to what the cover note says."),
            KeyAsProposed => ("besluit zoals voorgesteld", "decision as proposed"),
            KeyEditProposed => ("voorgesteld besluit bewerken", "edit the proposed decision"),
            RecordedAsProposed => (
                "Besluit vastgelegd zoals voorgesteld bij agendapunt {}.",
                "Decision recorded as proposed for item {}.",
            ),
            NothingProposed => (
                "Geen voorgesteld besluit meer zonder besluit (de oplegger van een agendapunt levert het).",
                "No proposed decision left without a decision (an item's cover note gives one).",
            ),
        }
    }
}

fn t(lang: Lang, w: CoverUi) -> &'static str {
    let (nl, en) = w.words();
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

fn fill(template: &str, values: &[&str]) -> String {
    values.iter().fold(template.to_string(), |s, v| s.replacen("{}", v, 1))
}

fn file_name(path: &str) -> &str {
    std::path::Path::new(path).file_name().and_then(|n| n.to_str()).unwrap_or(path)
}

/// Why no purpose was read, as a sentence part: "een scan (er staat vrijwel geen tekst in)".
pub fn unknown_reason(lang: Lang, u: &CoverUnknown) -> String {
    let nl = matches!(lang, Lang::Nl);
    match u {
        CoverUnknown::Missing => {
            (if nl { "het bestand is er (nog) niet" } else { "the file is not there (yet)" }).into()
        }
        CoverUnknown::Unsupported { extension } => {
            if nl {
                format!("annoteer leest geen .{extension}-bestanden")
            } else {
                format!("annoteer does not read .{extension} files")
            }
        }
        CoverUnknown::Damaged { detail } => {
            if nl {
                format!("het bestand is beschadigd of onleesbaar ({detail})")
            } else {
                format!("the file is damaged or unreadable ({detail})")
            }
        }
        CoverUnknown::Scan => {
            (if nl { "er staat vrijwel geen tekst in (een scan?)" } else { "there is hardly any text in it (a scan?)" })
                .into()
        }
        CoverUnknown::ChangedWhileRead => (if nl {
            "het bestand veranderde tijdens het lezen; lees het opnieuw als het is opgeslagen"
        } else {
            "the file changed while it was read; read it again once it is saved"
        })
        .into(),
        CoverUnknown::NotACoverNote { title } => {
            if nl {
                format!("dit is geen oplegger maar '{title}'")
            } else {
                format!("this is not a cover note but '{title}'")
            }
        }
        CoverUnknown::LongReport { words } => {
            if nl {
                format!("een lang stuk ({words} woorden) zonder de vaste plaatsen van een oplegger (Doel, Gevraagd besluit)")
            } else {
                format!(
                    "a long paper ({words} words) without the fixed places of a cover note (purpose, decision asked)"
                )
            }
        }
        CoverUnknown::ConflictingPurposes { found } => {
            let names: Vec<&str> = found.iter().map(|t| lang.treatment(*t)).collect();
            if nl {
                format!("er staan meerdere doelen in ({})", names.join(", "))
            } else {
                format!("it names more than one purpose ({})", names.join(", "))
            }
        }
        CoverUnknown::NoPurpose => (if nl {
            "geen doel of gevraagd besluit gevonden (Doel, Beoogd effect, Gevraagd besluit …)"
        } else {
            "no purpose or decision asked found (Doel, Beoogd effect, Gevraagd besluit …)"
        })
        .into(),
    }
}

/// Where the purpose came from: "gelezen onder 'Doel' in Oplegger v1.0.docx", or why it was not read.
pub fn purpose_origin(lang: Lang, note: &CoverNote) -> String {
    let paper = file_name(&note.paper);
    let mut s = match (&note.read.unknown, note.read.purpose_inferred) {
        (Some(u), _) if !note.paper.is_empty() => fill(t(lang, CoverUi::NotRead), &[paper, &unknown_reason(lang, u)]),
        (None, true) => fill(t(lang, CoverUi::Inferred), &[&note.read.purpose_source, paper]),
        (None, false) if !note.paper.is_empty() => {
            fill(t(lang, CoverUi::ReadFrom), &[&note.read.purpose_source, paper])
        }
        _ => String::new(),
    };
    if note.purpose_by_hand {
        if !s.is_empty() {
            s.push_str("; ");
        }
        s.push_str(t(lang, CoverUi::ByHand));
    }
    s
}

/// Where the decision points (or the summary) came from.
pub fn text_origin(lang: Lang, note: &CoverNote, source: &str, by_hand: bool) -> String {
    if by_hand {
        return t(lang, CoverUi::ByHand).to_string();
    }
    if source.is_empty() || note.paper.is_empty() {
        return String::new();
    }
    fill(t(lang, CoverUi::ReadFrom), &[source, file_name(&note.paper)])
}

/// What a newer version changed, one line each.
pub fn change_lines(lang: Lang, c: &CoverChange) -> Vec<String> {
    let mut out = vec![fill(t(lang, CoverUi::Changed), &[&c.from_version])];
    let name =
        |p: Option<crate::domain::Treatment>| p.map(|t| lang.treatment(t).to_lowercase()).unwrap_or_else(|| "?".into());
    if let Some((before, now)) = c.purpose {
        out.push(fill(t(lang, CoverUi::PurposeChanged), &[&name(before), &name(now)]));
    }
    out.extend(c.added.iter().map(|p| fill(t(lang, CoverUi::PointAdded), &[p])));
    out.extend(c.removed.iter().map(|p| fill(t(lang, CoverUi::PointRemoved), &[p])));
    out
}
