//! A decision list as public bodies publish it, read as entries: each entry has a heading (its code and
//! subject), and under it labelled blocks (SAMENVATTING, BESLUIT, Kernboodschap, Stemming, Kerngegevens)
//! or plain paragraphs. The decision is the BESLUIT block; without one, a paragraph that says what was
//! decided ("Het verslag wordt vastgesteld."), or the only text the list gives (an "Openbare
//! samenvatting"). A subject with none of these is reported, never given an invented decision.
//!
//! Which lines head entries: `headings.rs`; what an entry holds: `entry.rs`; lists without headings:
//! `unheaded.rs`.
//!
//! Everything here is one pass (or a fixed number of passes) over the lines: no input makes it slow.

use super::dates::date_in;
use super::entry::{decides, decision_of, describe, is_procedural, joined, read_entry, squashed, Read};
use super::heading::{meeting_date, names_a_decision_list};
use super::headings::{continue_title, headings, Head, Kind};
use super::lines::{label, Ln};
use super::unheaded::{dated, paragraphs, single};
use super::{BadRow, Format, Parsed, ParsedDecision};
use crate::dates::Date;
use crate::text::clean_text;
use std::collections::HashMap;

/// A heading between entries that starts the list of another meeting on the same page: "Besluitenlijst"
/// and a date, standing as a heading does (short, not a sentence). "Besluitenlijst van de vergadering van
/// 16 september 2008." under an entry is its subject, and ends as a sentence.
fn later_meeting(text: &str) -> Option<Date> {
    let low = text.trim().to_lowercase();
    let heading = low.starts_with("besluitenlij") && low.chars().count() <= 100 && !low.ends_with('.');
    heading.then(|| date_in(&low)).flatten().map(|(d, _)| d)
}

pub(super) fn parse(lines: &[Ln]) -> Option<Parsed> {
    match headings(lines) {
        Some((kind, heads)) => Some(entries(lines, kind, heads)),
        None => dated(lines).or_else(|| single(lines)).or_else(|| paragraphs(lines)),
    }
}

/// The entries under `heads`, each read and its decision found, dated by the heading above the first;
/// a table of contents' repeat of a later subject is dropped.
pub(super) fn entries(lines: &[Ln], kind: Kind, heads: Vec<Head>) -> Parsed {
    let meeting = if kind == Kind::Single {
        heads.first().and_then(|h| label(&lines[h.at].text)).and_then(|(_, v)| date_in(v)).map(|(d, _)| d)
    } else {
        meeting_date(&lines[..heads.first().map_or(0, |h| h.at)])
    };
    let mut heads = heads;
    if matches!(kind, Kind::Padded | Kind::Dotted) {
        for k in 0..heads.len() {
            let end = heads.get(k + 1).map_or(lines.len(), |n| n.at);
            continue_title(lines, &mut heads[k], end);
        }
    }
    // A page that holds several meetings' lists ("Besluitenlijst Presidiumvergadering 15 november 2017"
    // between the entries of two meetings): each heading dates the entries under it and ends the entry
    // before it.
    let first_at = heads.first().map_or(lines.len(), |h| h.at);
    let switches: Vec<(usize, Date)> = (first_at..lines.len())
        .filter(|&i| !heads.iter().any(|h| h.at == i))
        .filter_map(|i| later_meeting(&lines[i].text).map(|d| (i, d)))
        .collect();
    let mut dates: Vec<Option<Date>> = Vec::with_capacity(heads.len());
    let mut reads: Vec<Read> = Vec::with_capacity(heads.len());
    for (k, h) in heads.iter().enumerate() {
        let next = heads.get(k + 1).map_or(lines.len(), |n| n.at);
        let end = switches.iter().map(|&(i, _)| i).find(|&i| i > h.at && i < next).unwrap_or(next);
        let from = (h.at + h.span).min(end);
        reads.push(read_entry(&lines[from..end], kind));
        dates.push(switches.iter().rev().find(|&&(i, _)| i < h.at).map(|&(_, d)| d).or(meeting));
    }
    let list_has_labels = reads.iter().any(|r| r.decision_label);
    let list_proposes = reads.iter().any(|r| !r.proposal.is_empty());
    let prose_decides = !list_has_labels
        && matches!(kind, Kind::Padded | Kind::Dotted | Kind::Voorstel)
        && names_a_decision_list(&lines[..heads.first().map_or(0, |h| h.at)]);
    let named_list = names_a_decision_list(&lines[..heads.first().map_or(0, |h| h.at)]);
    // A table of contents repeats the subjects that follow: an empty entry whose subject comes again later.
    let mut last_seen: HashMap<String, usize> = HashMap::new();
    for (k, h) in heads.iter().enumerate() {
        if !h.title.is_empty() {
            last_seen.insert(squashed(&h.title), k);
        }
    }
    let mut decisions = Vec::new();
    let mut bad = Vec::new();
    let mut undecided = Vec::new();
    for (k, ((h, mut r), meeting)) in heads.iter().zip(reads).zip(dates).enumerate() {
        if r.is_empty() && !h.title.is_empty() && last_seen.get(&squashed(&h.title)).is_some_and(|&j| j > k) {
            continue;
        }
        let line = lines[h.at].no;
        let mut subject = if r.subject.is_empty() { h.title.clone() } else { std::mem::take(&mut r.subject) };
        let what = describe(&h.code, &subject);
        let empty = r.is_empty();
        let mut decision = decision_of(
            &mut r,
            kind,
            list_has_labels,
            list_proposes,
            prose_decides && !is_procedural(&subject),
            &h.title,
        );
        let sentence = h.title.ends_with('.') && h.title.split_whitespace().count() >= 6;
        if decision.is_none() && empty && sentence && (decides(&h.title) || named_list) {
            // "1. Het Presidium besluit het voorstel … voor te leggen.": the numbered line is the decision.
            decision = Some(h.title.clone());
        }
        if decision.as_deref() == Some(h.title.as_str()) {
            subject.clear();
        }
        // A web page's bullet before the first of several decisions is no part of the text.
        let decision = decision.map(|t| match t.strip_prefix(['•', '●', '▪', '·']) {
            Some(rest) => rest.trim_start().to_string(),
            // "-Mevr Wolters wordt bedankt …": a dash glued to the first word is a bullet too.
            None => match t.strip_prefix('-') {
                Some(rest) if rest.starts_with(char::is_uppercase) => rest.to_string(),
                _ => t,
            },
        });
        // A bullet with nothing after it decides nothing: the subject is reported as undecided instead.
        let decision = decision.filter(|t| !t.trim().is_empty());
        match decision {
            Some(text) => match r.date.or(meeting) {
                Some(date) => decisions.push(ParsedDecision {
                    line,
                    date: date.iso(),
                    text,
                    body: String::new(),
                    reference: h.code.clone(),
                    subject: clean_text(&subject),
                    summary: joined(&r.summary),
                }),
                None => bad.push(BadRow {
                    line,
                    message: format!(
                        "{what}: no date (the heading names no meeting date and the entry has none of its own)"
                    ),
                }),
            },
            None => undecided.push(BadRow { line, message: format!("{what}: no decision text") }),
        }
    }
    let format = if kind == Kind::Commitment { Format::Commitments } else { Format::Subjects };
    let mut p = Parsed::new(format, decisions, bad);
    p.undecided = undecided;
    p
}

#[cfg(test)]
mod tests {
    use super::super::parse as parse_list;
    use super::super::Parsed;

    fn parse(text: &str) -> Parsed {
        parse_list(text, Some("AB")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn summary(p: &Parsed) -> Vec<(String, String, String)> {
        p.decisions
            .iter()
            .map(|d| (d.date.clone(), d.reference.clone(), d.text.lines().next().unwrap_or("").to_string()))
            .collect()
    }

    #[test]
    fn list_items_under_a_lead_in_are_no_subjects() {
        let p = parse(
            "Besluitenlijst van de vergadering van 12 maart 2019\n\n1. Jaarstukken 2018\n\nBesluit:\nHet algemeen bestuur besluit:\n1. De jaarrekening vast te stellen;\n2. Het resultaat toe te voegen aan de reserve.\n\n2. Rondvraag\n",
        );
        assert_eq!(summary(&p), vec![("2019-03-12".into(), "1".into(), "Het algemeen bestuur besluit:".into())]);
        assert!(p.decisions[0].text.contains("2. Het resultaat toe te voegen"), "{}", p.decisions[0].text);
        assert_eq!(p.decisions[0].subject, "Jaarstukken 2018");
        assert_eq!(p.undecided.len(), 1);
        assert!(p.undecided[0].message.contains("Rondvraag"), "{:?}", p.undecided);
        assert_eq!(p.undecided[0].line, 10);
    }

    #[test]
    fn a_table_of_contents_is_not_a_second_set_of_subjects() {
        let p = parse("3 april 2023\n\n1. Kredietaanvraag gemaal\n2. Controleprotocol\n\nBesluiten\n\n1. Kredietaanvraag gemaal\n\nBesluit\n\nHet dagelijks bestuur heeft op 3 april 2023 besloten een krediet beschikbaar te stellen.\n");
        assert_eq!(p.decisions.len(), 1);
        assert_eq!(p.decisions[0].date, "2023-04-03");
        // The second subject's decision is not in the text: reported once, from the contents.
        assert_eq!(p.undecided.len(), 1, "{:?}", p.undecided);
        assert!(p.undecided[0].message.contains("Controleprotocol"));
    }

    #[test]
    fn a_besluit_that_says_none_is_reported() {
        let p = parse("Gemeenteraad\n\nmaandag 8 juli 2024\n\n 1. 1\n\n Besluit\n\n N.v.t.\n\n 2. 2\n\n Besluit\n\n De raad stemt in met het voorstel.\n");
        assert_eq!(summary(&p), vec![("2024-07-08".into(), "2".into(), "De raad stemt in met het voorstel.".into())]);
        assert_eq!(p.undecided.len(), 1);
        assert_eq!(p.body_from_heading.as_deref(), Some("Gemeenteraad"));
    }

    #[test]
    fn commitments_headed_by_their_codes() {
        let p = parse("Lijst van toezeggingen\n\nT01220 De wethouder zegt toe de raad voor de zomer te informeren over de aanbesteding.\nDatum: 12 maart 2019\nStatus: open\n\nT01221 Evaluatie parkeerbeleid\nDe burgemeester zegt toe het parkeerbeleid in 2020 te evalueren.\nDatum toezegging 19 maart 2019\n");
        assert_eq!(
            summary(&p),
            vec![
                (
                    "2019-03-12".into(),
                    "T01220".into(),
                    "De wethouder zegt toe de raad voor de zomer te informeren over de aanbesteding.".into()
                ),
                (
                    "2019-03-19".into(),
                    "T01221".into(),
                    "De burgemeester zegt toe het parkeerbeleid in 2020 te evalueren.".into()
                ),
            ]
        );
        assert_eq!(p.decisions[0].subject, "");
        assert_eq!(p.decisions[1].subject, "Evaluatie parkeerbeleid");
    }

    #[test]
    fn titles_and_sentences_wrapped_by_a_pdf() {
        let p = parse("Besluitenlijst Algemeen Bestuur 14 februari 2020\nPagina 1 van 2\n\n1. Vaststelling van de begroting 2021 en de\nmeerjarenraming\n\nNa een toelichting van de voorzitter heeft het bestuur met algemene stemmen\ningestemd met de begroting.\n\n2. Benoeming van een lid van de\nauditcommissie\nDe heer Jansen wordt benoemd.\n");
        let d = &p.decisions;
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].subject, "Vaststelling van de begroting 2021 en de meerjarenraming");
        assert!(d[0].text.starts_with("Na een toelichting van de voorzitter heeft het bestuur"), "{}", d[0].text);
        assert_eq!(d[1].subject, "Benoeming van een lid van de auditcommissie");
        assert_eq!(d[1].text, "De heer Jansen wordt benoemd.");
        assert_eq!(p.body_from_heading.as_deref(), Some("Algemeen Bestuur"));
    }

    #[test]
    fn numbers_that_a_web_page_made_all_alike_are_no_codes() {
        let p = parse("Verslag vergadering AB d.d. 1 maart 2021\n\n 1. Opening\n\nDe voorzitter opent.\n\n 1. Verslag\n\nHet verslag wordt vastgesteld.\n\n 1. Begroting\n\nHet AB stemt in met de begroting.\n");
        assert_eq!(p.decisions.len(), 2);
        assert!(p.decisions.iter().all(|d| d.reference.is_empty()));
    }

    #[test]
    fn agendapunt_headings() {
        let p = parse("Besluitenlijst dagelijks bestuur 2 juni 2022\n\nAgendapunt 3: Jaarrekening 2021\nPortefeuillehouder: J. de Vries\nBesluit: Het DB stelt de jaarrekening voorlopig vast.\n");
        assert_eq!(
            summary(&p),
            vec![("2022-06-02".into(), "3".into(), "Het DB stelt de jaarrekening voorlopig vast.".into())]
        );
        assert!(!p.decisions[0].stored_text().contains("Portefeuillehouder"));
    }

    #[test]
    fn dated_paragraphs_wrapped_over_lines() {
        let p = parse("Besluiten van Gedeputeerde Staten\n\nGedeputeerde Staten hebben de subsidieregeling voor bedrijventerreinen\ngewijzigd en het plafond verhoogd naar 700.000 euro.\n14 oktober 2025\nGedeputeerde Staten stellen de beantwoording van de Statenvragen vast.\n21 oktober 2025\n");
        assert_eq!(p.decisions.len(), 2);
        assert!(p.decisions[0].text.starts_with("Gedeputeerde Staten hebben de subsidieregeling"));
        assert_eq!((p.decisions[0].date.as_str(), p.decisions[1].date.as_str()), ("2025-10-14", "2025-10-21"));
    }

    #[test]
    fn a_table_of_subjects_and_decisions_without_dates_takes_the_heading_date() {
        let p = parse("Besluitenlijst college van B&W 12 maart 2019\n\nNr\tOnderwerp\tBesluit\n1\tOpening\t\n2\tSubsidie Stichting Buurtwerk\tHet college verleent de subsidie.\n");
        assert_eq!(summary(&p), vec![("2019-03-12".into(), "2".into(), "Het college verleent de subsidie.".into())]);
        assert_eq!(p.decisions[0].subject, "Subsidie Stichting Buurtwerk");
        assert_eq!(p.undecided.len(), 1);
    }

    #[test]
    fn a_proposal_is_no_decision_but_stays_with_one() {
        let p = parse("College van B&W\n\ndinsdag 13 april 2021\n\n 1. 1\n\n Voorgesteld besluit\n 1. Kennis te nemen van de rapportage;\n\n 2. 2\n\n Voorgesteld besluit\n De subsidie te verlenen.\n\n Besluit\n Conform.\n");
        assert_eq!(summary(&p), vec![("2021-04-13".into(), "2".into(), "Conform.".into())]);
        assert!(
            p.decisions[0].summary.contains("Voorgesteld besluit: De subsidie te verlenen."),
            "{}",
            p.decisions[0].summary
        );
        assert_eq!(p.undecided.len(), 1);
    }

    #[test]
    fn a_paragraph_per_subject_under_a_dated_heading() {
        let p = parse("Besluitenlijst vergadering dagelijks bestuur 12 maart 2019\n\nJaarrekening 2018\nHet dagelijks bestuur stelt de jaarrekening 2018 vast en biedt haar het algemeen bestuur aan.\n\nSubsidie Stichting Buurtwerk\n\nHet dagelijks bestuur verleent de subsidie.\n\nRondvraag\n\nDe vergadering wordt gesloten om 16.00 uur.\n");
        let got: Vec<(&str, &str, &str)> =
            p.decisions.iter().map(|d| (d.date.as_str(), d.subject.as_str(), d.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (
                    "2019-03-12",
                    "Jaarrekening 2018",
                    "Het dagelijks bestuur stelt de jaarrekening 2018 vast en biedt haar het algemeen bestuur aan."
                ),
                ("2019-03-12", "Subsidie Stichting Buurtwerk", "Het dagelijks bestuur verleent de subsidie."),
            ]
        );
        assert_eq!(p.undecided.len(), 1, "{:?}", p.undecided);
        assert!(p.undecided[0].message.contains("Rondvraag"));
        assert_eq!(p.body_from_heading.as_deref(), Some("Dagelijks bestuur"));
    }

    #[test]
    fn a_decision_mentioned_as_a_noun_in_minutes_is_none() {
        let p = parse("Verslag vergadering algemeen bestuur 5 maart 2021\n\n1. Mededelingen\n\nDe voorzitter meldt dat het besluit van de minister over de meldkamer is uitgesteld.\n\n2. Jaarstukken\n\nDe jaarstukken worden vastgesteld.\n");
        assert_eq!(summary(&p), vec![("2021-03-05".into(), "2".into(), "De jaarstukken worden vastgesteld.".into())]);
        assert_eq!(p.undecided.len(), 1);
    }

    #[test]
    fn minutes_on_one_line_start_the_decision_at_its_sentence() {
        let p = parse("Verslag MIO d.d. 30 maart 2022\n\n1.1 Verslag MIO 11 februari 2021\n\nVerslag wordt doorlopen. Geen opmerkingen d.d. 3 maart. Verslag vastgesteld. Afgesproken dat de ontwikkelingen worden gevolgd.\n");
        assert_eq!(
            summary(&p),
            vec![(
                "2022-03-30".into(),
                "1.1".into(),
                "Verslag vastgesteld. Afgesproken dat de ontwikkelingen worden gevolgd.".into()
            )]
        );
        assert!(p.decisions[0].summary.starts_with("Verslag wordt doorlopen."), "{}", p.decisions[0].summary);
    }

    #[test]
    fn in_a_besluitenlijst_the_text_under_a_subject_is_its_decision_but_not_under_the_opening() {
        let p = parse("Openbare besluitenlijst\nVergadering Gedeputeerde Staten\nd.d. 22 augustus 2006\n\n1. Opening\nDe voorzitter opent de vergadering.\n\n2. Chipkaart OV\nDe overeenkomst met het ministerie wordt gewijzigd.\n");
        assert_eq!(
            summary(&p),
            vec![("2006-08-22".into(), "2".into(), "De overeenkomst met het ministerie wordt gewijzigd.".into())]
        );
        assert_eq!(p.undecided.len(), 1);
        assert_eq!(p.body_from_heading.as_deref(), Some("Gedeputeerde Staten"));
        // The same text in minutes is what was said, not decided.
        let minutes = parse("Verslag vergadering Gedeputeerde Staten d.d. 22 augustus 2006\n\n1. Chipkaart OV\nDe overeenkomst met het ministerie wordt besproken.\n");
        assert!(minutes.decisions.is_empty());
    }

    #[test]
    fn a_subject_list_without_any_date_is_bad_not_guessed() {
        let p = parse("Besluitenlijst\n\n05 Jaarstukken\n\nBESLUIT:\n\nGedeputeerde Staten besluiten de jaarstukken vast te stellen.\n");
        assert!(p.decisions.is_empty());
        assert_eq!(p.bad.len(), 1);
        assert!(p.bad[0].message.contains("no date"), "{}", p.bad[0].message);
    }

    #[test]
    fn a_page_with_several_meetings_dates_each_entry_by_the_heading_above_it() {
        let p = parse("Besluitenlijst Presidiumvergadering 29 november 2017\n\n 1. Het Presidium besluit het voorstel voor de recessen aan de Kamer voor te leggen.\n 2. Het Presidium laat de nadere afstemming over de deelname over aan de betrokken fractiesecretarissen.\n\nBesluitenlijst Presidiumvergadering 15 november 2017\n\n1. Verslag van de vergadering\n\nBesluit: Het verslag wordt ongewijzigd vastgesteld.\n");
        assert_eq!(
            summary(&p),
            vec![
                (
                    "2017-11-29".into(),
                    "1".into(),
                    "Het Presidium besluit het voorstel voor de recessen aan de Kamer voor te leggen.".into()
                ),
                (
                    "2017-11-29".into(),
                    "2".into(),
                    "Het Presidium laat de nadere afstemming over de deelname over aan de betrokken fractiesecretarissen."
                        .into()
                ),
                ("2017-11-15".into(), "1".into(), "Het verslag wordt ongewijzigd vastgesteld.".into()),
            ]
        );
    }

    #[test]
    fn a_bullet_before_the_decision_is_no_part_of_it() {
        let p = parse("Presidium\n\nmaandag 25 september 2023\n\n 2. 2\n\n Besluit\n\n • De besluitenlijst wordt ongewijzigd vastgesteld.\n • Het voorstel wordt unaniem aangenomen.\n");
        assert_eq!(
            summary(&p),
            vec![("2023-09-25".into(), "2".into(), "De besluitenlijst wordt ongewijzigd vastgesteld.".into())]
        );
    }

    #[test]
    fn collegebesluiten_under_a_lead_in_with_a_list_that_is_no_decision() {
        let p = parse("Collegebesluiten 27 februari 2018\n\nD&H hebben op 27 februari 2018 onder meer het volgende besloten:\n\nVerleggen persleiding\n\nOp 2 november start het waterschap met werkzaamheden.\n\nDe onderwerpen die gepland staan zijn onder meer:\n\n • Plan van aanpak verkiezingen\n • Overdracht Wegentaak\n");
        assert_eq!(
            summary(&p),
            vec![("2018-02-27".into(), "".into(), "Op 2 november start het waterschap met werkzaamheden.".into())]
        );
    }
}
