//! The sentences of the refusals in `error/refusals.rs`, Dutch and English side by side, and of the files
//! the system would not let annoteer read or write.

use super::{Lang, Noun};
use crate::error::{
    BodyRefusal, CodeKind, CommandRefusal, FileDoing, FileRefusal, ImportRefusal, ItemRefusal, MeetingRefusal,
    PaperRefusal, QueryRefusal, RecordRefusal, StreamDoing,
};
use std::path::Path;

/// A refusal that can be said in either language.
pub trait Sentence {
    fn sentence(&self, lang: Lang) -> String;
}

impl Lang {
    /// The refusal in this language.
    pub fn said(self, r: &impl Sentence) -> String {
        r.sentence(self)
    }

    /// "kan het memo niet schrijven naar X: geen toegang" / "cannot write the memo to X: permission denied".
    pub fn file_failure(self, doing: FileDoing, path: &Path, source: &std::io::Error) -> String {
        let p = path.display();
        let why = self.io_reason(source);
        match (self, doing) {
            (Lang::Nl, FileDoing::Read) => format!("kan {p} niet lezen: {why}"),
            (Lang::En, FileDoing::Read) => format!("cannot read {p}: {why}"),
            (Lang::Nl, FileDoing::Create) => format!("kan {p} niet aanmaken: {why}"),
            (Lang::En, FileDoing::Create) => format!("cannot create {p}: {why}"),
            (Lang::Nl, FileDoing::Write) => format!("kan {p} niet schrijven: {why}"),
            (Lang::En, FileDoing::Write) => format!("cannot write {p}: {why}"),
            (Lang::Nl, FileDoing::SetPermissions) => format!("kan de rechten van {p} niet zetten: {why}"),
            (Lang::En, FileDoing::SetPermissions) => format!("cannot set permissions on {p}: {why}"),
            (Lang::Nl, FileDoing::WriteExport) => {
                format!("kan het memo niet schrijven naar {p}: {why}; er is niets geschreven")
            }
            (Lang::En, FileDoing::WriteExport) => format!("cannot write the memo to {p}: {why}; nothing was written"),
            (Lang::Nl, FileDoing::ReadTemplate) => format!("kan het sjabloon {p} niet lezen: {why}"),
            (Lang::En, FileDoing::ReadTemplate) => format!("cannot read the template {p}: {why}"),
        }
    }

    /// "kan de uitvoer niet schrijven: …" / "cannot write the output: …".
    pub fn stream_failure(self, doing: StreamDoing, source: &std::io::Error) -> String {
        let why = self.io_reason(source);
        let (nl, en) = match doing {
            StreamDoing::WriteOutput => ("kan de uitvoer niet schrijven", "cannot write the output"),
            StreamDoing::StartTerminal => (
                "annoteer heeft een terminal (een TTY) nodig om zijn schermen te tonen",
                "annoteer needs a terminal (a TTY) to show its screens",
            ),
            StreamDoing::Terminal => ("de terminal faalde", "the terminal failed"),
            StreamDoing::TempDir => ("kan geen tijdelijke map maken", "cannot make a temporary directory"),
        };
        format!("{}: {why}", pick(self, nl.into(), en.into()))
    }

    /// The system's reason in this language where it is a common one; else its own words.
    fn io_reason(self, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        let (nl, en) = match e.kind() {
            K::PermissionDenied => ("geen toestemming (toegang geweigerd)", "permission denied"),
            K::NotFound => ("het bestaat niet", "it does not exist"),
            K::AlreadyExists => ("het bestaat al", "it already exists"),
            K::IsADirectory => ("het is een map", "it is a directory"),
            K::NotADirectory => ("een deel van het pad is geen map", "a part of the path is not a directory"),
            K::ReadOnlyFilesystem => ("de schijf is alleen-lezen", "the file system is read-only"),
            K::StorageFull => ("de schijf is vol", "the disk is full"),
            K::QuotaExceeded => ("het schijfquotum is op", "the disk quota is used up"),
            K::FileTooLarge => ("het bestand is te groot", "the file is too large"),
            _ => return e.to_string(),
        };
        match self {
            Lang::Nl => nl.to_string(),
            Lang::En => en.to_string(),
        }
    }
}

fn pick(lang: Lang, nl: String, en: String) -> String {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

impl Sentence for ItemRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use ItemRefusal::*;
        let s = |nl: &str, en: &str| pick(lang, nl.to_string(), en.to_string());
        match self {
            PartTitleNeeded => s(
                "een deel heeft een titel nodig, zoals \"Deel 1: Reguliere Stuurgroep\"",
                "a part needs a title, such as \"Deel 1: Reguliere Stuurgroep\"",
            ),
            UnknownCode { typed, what } => {
                let (nl, en) = match what {
                    CodeKind::Treatment => ("behandeling", "treatment"),
                    CodeKind::AdviceStance => ("adviessoort", "advice stance"),
                };
                pick(lang, format!("'{typed}' is geen bekende {nl}"), format!("{typed:?} is not a known {en}"))
            }
            SubItemElsewhere => s(
                "een subpunt hoort bij dezelfde vergadering als zijn punt",
                "a sub-item must belong to the same meeting as its item",
            ),
            ItemElsewhere => s("dat punt hoort bij een andere vergadering", "that item belongs to another meeting"),
            PartElsewhere => s("dat deel hoort bij een andere vergadering", "that part belongs to another meeting"),
            LinkToItself => s("een punt kan niet aan zichzelf gekoppeld worden", "an item cannot be linked to itself"),
            LinkToLater => s(
                "het gekoppelde punt moet uit een eerdere vergadering (of een van dezelfde dag) komen",
                "the linked item must be from an earlier (or the same day's) meeting",
            ),
            CopyIntoItself => s(
                "de annotatie van een punt kan niet in zichzelf gekopieerd worden",
                "an item's annotation cannot be copied into itself",
            ),
            NothingToCopy { from } => pick(
                lang,
                format!("punt {from} heeft geen annotatie om te kopiëren"),
                format!("item {from} has no annotation to copy"),
            ),
            AlreadyCopied { from, to } => pick(
                lang,
                format!("punt {to} bevat de annotatie van punt {from} al"),
                format!("item {to} already holds the annotation of item {from}"),
            ),
            CarryLater { item, item_date, date } => pick(
                lang,
                format!(
                    "punt {item} komt uit een vergadering van {}, niet van vóór deze vergadering van {}; alleen eerdere punten worden overgenomen",
                    lang.long_date(item_date),
                    lang.long_date(date)
                ),
                format!(
                    "item {item} is from a meeting of {item_date}, not before this meeting of {date}; only earlier items can be carried over"
                ),
            ),
            NoItemsInText => s(
                "de tekst bevat geen agendapunten (geen genummerde regels zoals \"1. Opening\"); er is niets geschreven",
                "the text holds no agenda items (no numbered lines such as \"1. Opening\"); nothing was written",
            ),
            AtLine { number, line, refusal } => pick(
                lang,
                format!("punt {number} (regel {line}): {}", lang.refusal(refusal)),
                format!("item {number} (line {line}): {}", Lang::En.refusal(refusal)),
            ),
        }
    }
}

impl Sentence for PaperRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use PaperRefusal::*;
        match self {
            PathNotText => {
                pick(lang, "dat pad is geen geldige tekst (UTF-8)".into(), "that path is not valid UTF-8 text".into())
            }
            PathEmpty => {
                pick(lang, "het pad van het document is leeg".into(), "the path of the document is empty".into())
            }
            IsFolder(p) => pick(
                lang,
                format!("{p} is een map, geen bestand; koppel een bestand daarin"),
                format!("{p} is a folder, not a file; link a file in it"),
            ),
            Unchanged(p) => pick(
                lang,
                format!("{p} is niet veranderd sinds het gekoppeld werd"),
                format!("{p} has not changed since it was linked"),
            ),
            GoneWithoutSuccessor(p) => pick(
                lang,
                format!("{p} is weg en er staat geen nieuwere versie naast; koppel het bestand waar het nu staat"),
                format!("{p} is gone and no newer version sits beside it; link the file where it is now"),
            ),
            NoCoverPaper => pick(
                lang,
                "bij dit punt is geen stuk als oplegger gekoppeld".into(),
                "this item has no paper linked as oplegger".into(),
            ),
        }
    }
}

impl Sentence for MeetingRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use MeetingRefusal::*;
        match self {
            SendByTooLong { max } => pick(
                lang,
                format!("het verstuurmoment is hooguit {max} tekens, zoals \"woensdagochtend\""),
                format!("the send-by moment is at most {max} characters, such as \"woensdagochtend\""),
            ),
            AlreadyOnDate { body, date, ids } => match ids.as_slice() {
                [one] => pick(
                    lang,
                    format!(
                        "er is al een vergadering van {body} op {} (id {one}); gebruik --again om er nog een te maken, \
                         of `annoteer show {one}` om haar te zien (er is niets ingelezen)",
                        lang.long_date(date)
                    ),
                    format!(
                        "there is already a meeting of {body} on {date} (id {one}); use --again to make another one, \
                         or `annoteer show {one}` to see it (nothing was imported)"
                    ),
                ),
                many => {
                    let list = many.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
                    pick(
                        lang,
                        format!(
                            "er zijn al {} van {body} op {} (ids {list}); gebruik --again om er nog een te maken \
                             (er is niets ingelezen)",
                            lang.count(many.len(), Noun::Meeting),
                            lang.long_date(date)
                        ),
                        format!(
                            "there are already {} meetings of {body} on {date} (ids {list}); use --again to make \
                             another one (nothing was imported)",
                            many.len()
                        ),
                    )
                }
            },
            NoValidDate => {
                pick(lang, "de vergadering heeft geen geldige datum".into(), "the meeting has no valid date".into())
            }
            NotIsoDate(d) => pick(
                lang,
                format!("de datum '{d}' is geen echte datum in de vorm JJJJ-MM-DD"),
                format!("the date {d:?} is not a real date in the form YYYY-MM-DD"),
            ),
            NotAStatus(typed) => lang.cli(super::CliWord::BadStatus).replacen("{}", typed.trim(), 1),
        }
    }
}

impl Sentence for RecordRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use RecordRefusal::*;
        match self {
            DecisionTextNeeded => {
                pick(lang, "een besluit heeft een tekst nodig".into(), "a decision needs its text".into())
            }
            DecisionItemElsewhere => pick(
                lang,
                "het punt van het besluit hoort bij een andere vergadering".into(),
                "the decision's item belongs to another meeting".into(),
            ),
            ActionTextNeeded => pick(
                lang,
                "een actiepunt heeft een omschrijving nodig".into(),
                "an action point needs a description".into(),
            ),
            ActionDone(id) => pick(
                lang,
                format!("actiepunt {id} is afgerond; alleen open actiepunten worden overgenomen"),
                format!("action point {id} is done; only open ones are carried over"),
            ),
            ActionLater { action, action_date, date } => pick(
                lang,
                format!(
                    "actiepunt {action} komt uit een vergadering van {}, niet van vóór deze vergadering van {}",
                    lang.long_date(action_date),
                    lang.long_date(date)
                ),
                format!("action point {action} is from a meeting of {action_date}, not before this meeting of {date}"),
            ),
        }
    }
}

impl Sentence for BodyRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use BodyRefusal::*;
        match self {
            Unknown(name) => pick(
                lang,
                format!("er is geen gremium '{}'; `annoteer bodies` geeft ze alle", name.trim()),
                format!("there is no body named '{}'; `annoteer bodies` lists them", name.trim()),
            ),
            UnknownAmong { typed, known } => lang
                .ui(super::Ui::Dec(super::DecUi::CliNoSuchBody))
                .replacen("{}", typed.trim(), 1)
                .replacen("{}", &known.join(", "), 1),
            PreparesForItself(name) => pick(
                lang,
                format!("'{name}' kan zichzelf niet voorbereiden; er is niets veranderd"),
                format!("'{name}' cannot prepare for itself; nothing was changed"),
            ),
            Circle { body, target, path } => pick(
                lang,
                format!(
                    "'{body}' kan '{target}' niet voorbereiden: '{target}' bereidt '{body}' al voor ({path}); er is niets veranderd"
                ),
                format!(
                    "'{body}' cannot prepare for '{target}', which already prepares for it ({path}); nothing was changed"
                ),
            ),
            CircleInStore => pick(
                lang,
                "dan zouden de gremia in een kring voor elkaar voorbereiden".into(),
                "that would make the bodies prepare for each other in a circle".into(),
            ),
        }
    }
}

impl Sentence for QueryRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use QueryRefusal::*;
        match self {
            BodyNameNeeded => pick(
                lang,
                "gremium: heeft een naam nodig, zoals gremium:KLO".into(),
                "body: needs a name, as in body:KLO".into(),
            ),
            YearDigits(word) => pick(
                lang,
                format!("{word}: geef een jaar van vier cijfers, zoals jaar:2022"),
                format!("{word}: give a year of four digits, as in year:2022"),
            ),
            UnknownKind(word) => pick(
                lang,
                format!("{word}: de soorten zijn besluit, punt, titel, annotatie, advies en alles"),
                format!("{word}: the kinds are decision, item, title, annotation, advice and all"),
            ),
            NoDaysLeft => pick(
                lang,
                "de datumfilters laten geen dagen over: het begin ligt na het eind".into(),
                "the date filters leave no days: the start is after the end".into(),
            ),
            NotADateFilter { word, name } => {
                // The filter's name as the user typed it ("sinds:", "since:"), so the example reads as typed.
                let typed = word.split_once(':').map(|(n, _)| n.to_lowercase()).filter(|n| !n.is_empty());
                let name = typed.as_deref().unwrap_or(name);
                pick(
                    lang,
                    format!("{word}: geen datum; gebruik {name}:JJJJ, {name}:JJJJ-MM of {name}:JJJJ-MM-DD, zoals {name}:2022-03"),
                    format!("{word}: not a date; use {name}:YYYY, {name}:YYYY-MM or {name}:YYYY-MM-DD, as in {name}:2022-03"),
                )
            }
        }
    }
}

impl Sentence for FileRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use FileRefusal::*;
        match self {
            NotAFileName(p) => pick(
                lang,
                format!("{} is geen bestandsnaam; het memo is niet geschreven", p.display()),
                format!("{} is not a file name; the memo was not written", p.display()),
            ),
            IsDirectory(p) => pick(
                lang,
                format!("{} is een map; geef een bestandsnaam voor het memo", p.display()),
                format!("{} is a directory; give a file name for the memo", p.display()),
            ),
            NoSuchFolder(p) => pick(
                lang,
                format!("de map {} bestaat niet; het memo is niet geschreven", p.display()),
                format!("the directory {} does not exist; the memo was not written", p.display()),
            ),
            TemplateTooBig(p) => pick(
                lang,
                format!("het sjabloon {} is groter dan 64 MB; dat is geen Word-sjabloon", p.display()),
                format!("the template {} is over 64 MB; that is no Word template", p.display()),
            ),
            TemplateNotDocx(p) => pick(
                lang,
                format!("het sjabloon {} is geen Word-document (.docx of .dotx); er is niets geschreven", p.display()),
                format!("the template {} is not a Word document (.docx or .dotx); nothing was written", p.display()),
            ),
            TemplateNoStyles(p) => pick(
                lang,
                format!("het sjabloon {} bevat geen stijlen (word/styles.xml); er is niets geschreven", p.display()),
                format!("the template {} holds no styles (word/styles.xml); nothing was written", p.display()),
            ),
            TemplateStylesTooLarge(p) => pick(
                lang,
                format!("de stijlen van het sjabloon {} zijn te groot; er is niets geschreven", p.display()),
                format!("the styles of the template {} are too large; nothing was written", p.display()),
            ),
            TemplateBadStyles(p, why) => pick(
                lang,
                format!("de stijlen van het sjabloon {} zijn onbruikbaar ({why}); er is niets geschreven", p.display()),
                format!("the styles of the template {} cannot be used ({why}); nothing was written", p.display()),
            ),
            IsTheDatabase(p) => pick(
                lang,
                format!("{} is de database; geef een ander bestand voor het memo (er is niets geschreven)", p.display()),
                format!("{} is the database; give another file for the memo (nothing was written)", p.display()),
            ),
            BackupExists(p) => pick(
                lang,
                format!("{} bestaat al; kies een nieuwe bestandsnaam voor de kopie", p.display()),
                format!("{} already exists; choose a new file name for the backup", p.display()),
            ),
            BackupFolderMissing(p) => pick(
                lang,
                format!(
                    "de map {} voor de kopie bestaat niet; maak haar aan of kies een andere plek (er is niets geschreven)",
                    p.display()
                ),
                format!(
                    "the folder {} for the backup does not exist; create it or choose another place for the backup \
                     (nothing was written)",
                    p.display()
                ),
            ),
            DemoExists(p) => pick(
                lang,
                format!("{} bestaat al; de demo wordt alleen in een nieuw bestand geschreven", p.display()),
                format!("{} already exists; the demo is written only into a new file", p.display()),
            ),
            NoDatabaseYet(p) => pick(
                lang,
                format!(
                    "er is nog geen database in {}; start `annoteer` (of `annoteer demo --db BESTAND`) om er een te maken",
                    p.display()
                ),
                format!(
                    "there is no database at {} yet; start `annoteer` (or `annoteer demo --db FILE`) to create one",
                    p.display()
                ),
            ),
            NoHome => pick(
                lang,
                "kan geen thuismap voor de database vinden; geef --db BESTAND".into(),
                "cannot find a home directory for the database; pass --db FILE".into(),
            ),
        }
    }
}

impl Sentence for CommandRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use CommandRefusal::*;
        match self {
            DbEmpty => pick(lang, "--db is leeg; geef een bestandspad".into(), "--db is empty; give a file path".into()),
            NoCommand => {
                pick(lang, "geen opdracht gegeven; zie annoteer --help".into(), "no command given; see annoteer --help".into())
            }
            DemoNeedsDb => pick(
                lang,
                "`annoteer demo` heeft --db PAD nodig voor het nieuwe bestand".into(),
                "`annoteer demo` needs --db PATH for the new file".into(),
            ),
            TemplateNeedsDocx => pick(
                lang,
                "--template geeft een Word-document zijn stijlen; het werkt alleen bij een .docx-export".into(),
                "--template gives a Word document its styles; it needs a .docx export".into(),
            ),
            DocxToTerminal => pick(
                lang,
                "een Word-document is geen tekst voor een terminal; geef -o BESTAND.docx (of stuur het in een pipe)".into(),
                "a Word document is no text for a terminal; give -o FILE.docx (or send it into a pipe)".into(),
            ),
            UnknownFormat(word) => pick(
                lang,
                format!("--format {word} is onbekend; gebruik md of docx"),
                format!("--format {word} is unknown; use md or docx"),
            ),
            UnknownExtension(path) => pick(
                lang,
                format!(
                    "annoteer schrijft markdown (.md) of Word (.docx), niet {}; geef een naam op .md of .docx, of --format (er is niets geschreven)",
                    path.display()
                ),
                format!(
                    "annoteer writes markdown (.md) or Word (.docx), not {}; give a name ending in .md or .docx, or --format (nothing was written)",
                    path.display()
                ),
            ),
            FormatMismatch { format, path } => pick(
                lang,
                format!(
                    "--format {format} past niet bij de bestandsnaam {}; geef een bestand dat op .{format} eindigt (er is niets geschreven)",
                    path.display()
                ),
                format!(
                    "--format {format} does not fit the file name {}; give a file ending in .{format} (nothing was written)",
                    path.display()
                ),
            ),
            OptionDate { option, typed, problem } => format!("{option}: {}", lang.date_problem(*problem, typed)),
        }
    }
}

impl Sentence for ImportRefusal {
    fn sentence(&self, lang: Lang) -> String {
        use ImportRefusal::*;
        let rows = |rows: &[(usize, String)]| {
            let word = if lang == Lang::Nl { "regel" } else { "line" };
            rows.iter().map(|(line, why)| format!("\n  {word} {line}: {why}")).collect::<String>()
        };
        match self {
            Unreadable(e) => {
                // Still one sentence when the reader's ends in a question ("... is het een scan?").
                let sentence = e.text(lang);
                let what = pick(lang, "er is niets geïmporteerd".into(), "nothing was imported".into());
                if sentence.ends_with('?') {
                    format!("{sentence} ({what})")
                } else {
                    format!("{sentence}; {what}")
                }
            }
            NoAgendaItems { name } => pick(
                lang,
                format!(
                    "{name} bevat geen agendapunten (geen genummerde regels zoals \"1. Opening\"); er is geen vergadering gemaakt"
                ),
                format!("{name} holds no agenda items (no numbered lines such as \"1. Opening\"); no meeting was created"),
            ),
            IsAMail { name } => pick(
                lang,
                format!("{name} is een e-mail; lees haar met annoteer import mail {name} (de agenda en de stukken zitten in de bijlagen); er is niets geïmporteerd"),
                format!("{name} is an e-mail; read it with annoteer import mail {name} (the agenda and papers are its attachments); nothing was imported"),
            ),
            NotADecisionList { name, why } => format!("{name}: {}", decision_list_reason(lang, why)),
            BadRows { name, bad, good } => pick(
                lang,
                format!(
                    "{name} heeft {}, dus er is niets ingelezen (--skip-bad leest de {} in):{}",
                    lang.count(bad.len(), Noun::BadRow),
                    lang.count(*good, Noun::GoodRow),
                    rows(bad)
                ),
                format!(
                    "{name} has {}, so nothing was imported (--skip-bad imports the {}):{}",
                    lang.count(bad.len(), Noun::BadRow),
                    lang.count(*good, Noun::GoodRow),
                    rows(bad)
                ),
            ),
            NoDecisions { name, bad, undecided } => {
                let without = match (lang, undecided.len()) {
                    (_, 0) => String::new(),
                    (Lang::Nl, 1) => format!("\n1 onderwerp zonder besluittekst:{}", rows(undecided)),
                    (Lang::Nl, n) => format!("\n{n} onderwerpen zonder besluittekst:{}", rows(undecided)),
                    (Lang::En, 1) => format!("\n1 subject without a decision text:{}", rows(undecided)),
                    (Lang::En, n) => format!("\n{n} subjects without a decision text:{}", rows(undecided)),
                };
                pick(
                    lang,
                    format!("{name} bevat geen besluiten om in te lezen{}{without}", rows(bad)),
                    format!("{name} holds no decisions to import{}{without}", rows(bad)),
                )
            }
        }
    }
}

/// The decision list reader gives its reasons in English; the known ones are said in Dutch here.
fn decision_list_reason(lang: Lang, why: &str) -> String {
    if lang == Lang::En {
        return why.to_string();
    }
    if why == crate::import::decisions::NOT_A_LIST {
        return "geen besluitenlijst gevonden: verwacht werd een kopregel met ten minste een datumkolom (date, datum, \
                datum besluit) en een tekstkolom (text, besluit, inhoud, tekst), gescheiden door tabs, komma's of \
                puntkomma's, genummerde regels zoals \"20191212.5 Onderwerp – besluittekst\", of onderwerpen met hun \
                besluit (\"05A Onderwerp\" … \"BESLUIT: …\") onder een kop die de datum van de vergadering noemt"
            .to_string();
    }
    if why == "the file is empty" {
        return "het bestand is leeg".to_string();
    }
    if why.starts_with("the list names no body") {
        return "de lijst noemt geen gremium (geen kolom body, gremium of orgaan, geen gremium in de kop): geef \
                --body NAAM, zoals --body \"Stuurgroep MIT\""
            .to_string();
    }
    why.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, Refusal};
    use crate::import::read::ReadError;

    fn every_kind() -> Vec<Refusal> {
        let p = || std::path::PathBuf::from("/stukken/memo.md");
        let rows = vec![(3, "\"2022-02-30\" is not a date".to_string())];
        let item = [
            ItemRefusal::PartTitleNeeded,
            ItemRefusal::UnknownCode { typed: "xx".into(), what: CodeKind::Treatment },
            ItemRefusal::UnknownCode { typed: "xx".into(), what: CodeKind::AdviceStance },
            ItemRefusal::SubItemElsewhere,
            ItemRefusal::ItemElsewhere,
            ItemRefusal::PartElsewhere,
            ItemRefusal::LinkToItself,
            ItemRefusal::LinkToLater,
            ItemRefusal::CopyIntoItself,
            ItemRefusal::NothingToCopy { from: 3 },
            ItemRefusal::AlreadyCopied { from: 3, to: 4 },
            ItemRefusal::CarryLater { item: 3, item_date: "2022-04-20".into(), date: "2022-03-24".into() },
            ItemRefusal::NoItemsInText,
            ItemRefusal::AtLine { number: "4".into(), line: 12, refusal: Box::new(Refusal::TitleNeeded) },
        ]
        .map(Refusal::Item);
        let paper = [
            PaperRefusal::PathNotText,
            PaperRefusal::PathEmpty,
            PaperRefusal::IsFolder("/stukken".into()),
            PaperRefusal::Unchanged("/stukken/a.pdf".into()),
            PaperRefusal::GoneWithoutSuccessor("/stukken/a.pdf".into()),
            PaperRefusal::NoCoverPaper,
        ]
        .map(Refusal::Paper);
        let meeting = [
            MeetingRefusal::SendByTooLong { max: 100 },
            MeetingRefusal::AlreadyOnDate { body: "KLO".into(), date: "2022-03-08".into(), ids: vec![2] },
            MeetingRefusal::AlreadyOnDate { body: "KLO".into(), date: "2022-03-08".into(), ids: vec![2, 5] },
            MeetingRefusal::NoValidDate,
            MeetingRefusal::NotIsoDate("24-03-2022".into()),
            MeetingRefusal::NotAStatus("klaar".into()),
        ]
        .map(Refusal::Meeting);
        let record = [
            RecordRefusal::DecisionTextNeeded,
            RecordRefusal::DecisionItemElsewhere,
            RecordRefusal::ActionTextNeeded,
            RecordRefusal::ActionDone(7),
            RecordRefusal::ActionLater { action: 7, action_date: "2022-04-20".into(), date: "2022-03-24".into() },
        ]
        .map(Refusal::Record);
        let body = [
            BodyRefusal::Unknown("OG".into()),
            BodyRefusal::UnknownAmong { typed: "OG".into(), known: vec!["KLO".into()] },
            BodyRefusal::PreparesForItself("KLO".into()),
            BodyRefusal::Circle { body: "KLO".into(), target: "MIO".into(), path: "MIO → KLO".into() },
            BodyRefusal::CircleInStore,
        ]
        .map(Refusal::Body);
        let query = [
            QueryRefusal::BodyNameNeeded,
            QueryRefusal::YearDigits("year:22".into()),
            QueryRefusal::UnknownKind("kind:x".into()),
            QueryRefusal::NoDaysLeft,
            QueryRefusal::NotADateFilter { word: "since:2022-13".into(), name: "since".into() },
        ]
        .map(Refusal::Query);
        let file = [
            FileRefusal::NotAFileName(p()),
            FileRefusal::IsDirectory(p()),
            FileRefusal::NoSuchFolder(p()),
            FileRefusal::TemplateTooBig(p()),
            FileRefusal::TemplateNotDocx(p()),
            FileRefusal::TemplateNoStyles(p()),
            FileRefusal::TemplateStylesTooLarge(p()),
            FileRefusal::TemplateBadStyles(p(), "unexpected end".into()),
            FileRefusal::IsTheDatabase(p()),
            FileRefusal::BackupExists(p()),
            FileRefusal::BackupFolderMissing(p()),
            FileRefusal::DemoExists(p()),
            FileRefusal::NoDatabaseYet(p()),
            FileRefusal::NoHome,
        ]
        .map(Refusal::File);
        let command = [
            CommandRefusal::DbEmpty,
            CommandRefusal::NoCommand,
            CommandRefusal::DemoNeedsDb,
            CommandRefusal::TemplateNeedsDocx,
            CommandRefusal::DocxToTerminal,
            CommandRefusal::UnknownFormat("pdf".into()),
            CommandRefusal::UnknownExtension(p()),
            CommandRefusal::FormatMismatch { format: "docx", path: p() },
            CommandRefusal::OptionDate {
                option: "--date".into(),
                typed: "31-02-2026".into(),
                problem: crate::dates::DateProblem::NoSuchDay,
            },
        ]
        .map(Refusal::Command);
        let import = [
            ImportRefusal::Unreadable(ReadError::Io { name: "a.pdf".into(), detail: "x".into() }),
            ImportRefusal::IsAMail { name: "a.eml".into() },
            ImportRefusal::NoAgendaItems { name: "a.txt".into() },
            ImportRefusal::NotADecisionList { name: "a.csv".into(), why: crate::import::decisions::NOT_A_LIST.into() },
            ImportRefusal::NotADecisionList { name: "a.csv".into(), why: "the file is empty".into() },
            ImportRefusal::BadRows { name: "a.csv".into(), bad: rows.clone(), good: 2 },
            ImportRefusal::NoDecisions { name: "a.csv".into(), bad: rows.clone(), undecided: rows },
        ]
        .map(Refusal::Import);
        let mut all = Vec::new();
        all.extend(item);
        all.extend(paper);
        all.extend(meeting);
        all.extend(record);
        all.extend(body);
        all.extend(query);
        all.extend(file);
        all.extend(command);
        all.extend(import);
        all
    }

    #[test]
    fn every_refusal_has_its_own_dutch_sentence_and_displays_the_english_one() {
        let all = every_kind();
        assert!(all.len() >= 69, "{}", all.len());
        for r in &all {
            let (nl, en) = (Lang::Nl.refusal(r), Lang::En.refusal(r));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{r:?}");
            assert_ne!(nl, en, "{r:?} is not translated");
            assert_eq!(en, r.to_string(), "{r:?}: Display is the English sentence");
            let e = Error::refused(r.clone());
            assert_eq!(Lang::Nl.error(&e), nl, "the CLI says the Dutch sentence");
            assert_eq!(Lang::Nl.describe(&e), nl, "the screens say the Dutch sentence");
        }
    }

    #[test]
    fn a_refused_line_of_an_agenda_says_the_inner_refusal_in_the_same_language() {
        let r = Refusal::Item(ItemRefusal::AtLine {
            number: "4".into(),
            line: 12,
            refusal: Box::new(Refusal::TitleTooLong { max: 300 }),
        });
        assert_eq!(Lang::Nl.refusal(&r), format!("punt 4 (regel 12): {}", Lang::Nl.ui(super::super::Ui::TitleTooLong)));
        assert!(
            Lang::En.refusal(&r).starts_with("item 4 (line 12): A title is at most 300 characters"),
            "{}",
            Lang::En.refusal(&r)
        );
    }

    #[test]
    fn the_systems_reason_is_said_in_dutch_where_it_is_a_common_one() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let path = std::path::Path::new("/x/memo.md");
        assert_eq!(
            Lang::Nl.file_failure(FileDoing::WriteExport, path, &denied),
            "kan het memo niet schrijven naar /x/memo.md: geen toestemming (toegang geweigerd); er is niets geschreven"
        );
        assert_eq!(
            Lang::En.file_failure(FileDoing::WriteExport, path, &denied),
            "cannot write the memo to /x/memo.md: permission denied; nothing was written"
        );
        let odd = std::io::Error::other("something odd");
        assert!(Lang::Nl.file_failure(FileDoing::Read, path, &odd).ends_with(": something odd"));
        let broken = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(
            Lang::Nl.stream_failure(StreamDoing::WriteOutput, &broken),
            "kan de uitvoer niet schrijven: de schijf is vol"
        );
    }
}
