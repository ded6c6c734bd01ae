//! Writing a parsed agenda: the tree, the parts, all or nothing, and the round trip back to text.

use annoteer::domain::{AgendaItem, ItemDraft, MeetingDraft, MeetingId, Treatment};
use annoteer::import::agenda::{parse_agenda, ParsedAgenda};
use annoteer::store::{Placement, Store};
use annoteer::Error;

const FIXTURES: &[&str] = &[
    "agenda_stuurgroep_2022-03-24.txt",
    "agenda_mio_2022-03-30.txt",
    "agenda_klo_besluit.txt",
    "agenda_vr_algemeen_bestuur.txt",
    "agenda_provincie_pdf.txt",
    "agenda_email_dagelijks_bestuur.txt",
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

fn draft(body: &str) -> MeetingDraft {
    MeetingDraft { body: body.into(), date: "2022-07-07".into(), title: "AB".into(), ..Default::default() }
}

fn summary(items: &[AgendaItem]) -> Vec<(String, usize, String, Option<Treatment>)> {
    items.iter().map(|i| (i.number.clone(), i.depth, i.title.clone(), i.treatment)).collect()
}

#[test]
fn the_tree_and_the_parts_land_as_parsed() {
    let mut s = Store::open_in_memory().unwrap();
    let parsed = parse_agenda(&fixture("agenda_vr_algemeen_bestuur.txt"));
    let (m, ids) = s.create_meeting_with_agenda(&draft("AB VRMH"), &annoteer::import::agenda_draft(&parsed)).unwrap();
    assert_eq!(ids.len(), parsed.items.len());
    let agenda = s.agenda(m).unwrap();
    let numbers: Vec<&str> = agenda.iter().map(|i| i.number.as_str()).collect();
    // The agenda's own numbers: "a." under "2." is 2a, as on the official agenda.
    assert_eq!(numbers, ["1", "2", "2a", "2b", "3", "4", "5", "5a", "5b", "6", "7", "8", "9", "10"]);
    assert_eq!(agenda.iter().map(|i| i.id).collect::<Vec<_>>(), ids);
    let parts = s.parts(m).unwrap();
    let titles: Vec<&str> = parts.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, parsed.parts.iter().map(String::as_str).collect::<Vec<_>>());
    for (item, p) in agenda.iter().zip(&parsed.items) {
        assert_eq!(item.title, p.title);
        assert_eq!(item.treatment, p.treatment);
        assert_eq!(item.has_attachment, p.has_attachment);
        assert_eq!(item.submitter, p.submitter);
        assert_eq!(item.origin_note, p.origin_note);
        assert_eq!(item.notes, p.notes.join("\n"));
        assert_eq!(item.part_id, p.part.map(|i| parts[i].id));
    }
    assert_eq!(agenda[2].parent_id, Some(agenda[1].id));
    assert_eq!(agenda[8].parent_id, Some(agenda[6].id));
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn import_appends_to_an_existing_agenda() {
    let mut s = Store::open_in_memory().unwrap();
    let m = s.create_meeting(&draft("SG")).unwrap();
    let title = ItemDraft { title: "Bestaand punt".into(), ..Default::default() };
    s.add_item(m, Placement::End { parent: None }, None, &title).unwrap();
    s.add_part(m, "Deel 0").unwrap();
    let ids = s
        .import_agenda(
            m,
            &annoteer::import::agenda_draft(&parse_agenda("Deel 1: Nieuw\n1. Opening\n1.1 Welkom\n2. Sluiting")),
        )
        .unwrap();
    assert_eq!(ids.len(), 3);
    assert_eq!(
        summary(&s.agenda(m).unwrap()),
        vec![
            ("1".into(), 0, "Bestaand punt".into(), None),
            ("2".into(), 0, "Opening".into(), None),
            ("2.1".into(), 1, "Welkom".into(), None),
            ("3".into(), 0, "Sluiting".into(), None),
        ]
    );
    let parts: Vec<String> = s.parts(m).unwrap().into_iter().map(|p| p.title).collect();
    assert_eq!(parts, ["Deel 0", "Deel 1: Nieuw"]);
}

#[test]
fn nothing_is_left_behind_when_the_import_is_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let empty = parse_agenda("Alleen een briefhoofd\nzonder agendapunten");
    let err = s.create_meeting_with_agenda(&draft("SG"), &annoteer::import::agenda_draft(&empty)).unwrap_err();
    assert!(err.to_string().contains("no agenda items"), "{err}");
    let bad_date = MeetingDraft { date: "2022-02-30".into(), ..draft("SG") };
    assert!(s
        .create_meeting_with_agenda(&bad_date, &annoteer::import::agenda_draft(&parse_agenda("1. Opening")))
        .is_err());
    assert!(s.meetings().unwrap().is_empty());
    assert!(s.bodies().unwrap().is_empty());

    // An item the store refuses (a title that cleans to nothing) stops the whole import.
    let mut parsed: ParsedAgenda = parse_agenda("1. Opening\n2. Sluiting");
    parsed.items[1].title = "\u{7}".into();
    let err = s.create_meeting_with_agenda(&draft("SG"), &annoteer::import::agenda_draft(&parsed)).unwrap_err();
    assert!(err.to_string().contains("item 2 (line 2)"), "{err}");
    assert!(s.meetings().unwrap().is_empty());

    let m = s.create_meeting(&draft("SG")).unwrap();
    assert!(s.import_agenda(m, &annoteer::import::agenda_draft(&parsed)).is_err());
    assert!(s.agenda(m).unwrap().is_empty());
    assert!(s.parts(m).unwrap().is_empty());
    assert!(matches!(
        s.import_agenda(MeetingId(999), &annoteer::import::agenda_draft(&parse_agenda("1. A"))),
        Err(Error::NotFound { .. })
    ));
    let only_parts = parse_agenda("OPENBAAR DEEL\nBESLOTEN DEEL");
    assert_eq!(only_parts.parts.len(), 2);
    assert!(s
        .import_agenda(m, &annoteer::import::agenda_draft(&only_parts))
        .unwrap_err()
        .to_string()
        .contains("no agenda items"));
    assert!(s.parts(m).unwrap().is_empty());
}

/// The agenda as plain text, the way an agenda writes it: part headings, "N. Title", then
/// "Treatment (origin)".
fn render(store: &Store, m: MeetingId) -> String {
    let parts = store.parts(m).unwrap();
    let mut out = String::new();
    let mut next_part = 0;
    for item in store.agenda(m).unwrap() {
        if let Some(pid) = item.part_id {
            if let Some(at) = parts.iter().position(|p| p.id == pid) {
                while next_part <= at {
                    out.push_str(&format!("{}\n\n", parts[next_part].title));
                    next_part += 1;
                }
            }
        }
        out.push_str(&format!("{}. {}\n", item.number, item.title));
        let origin = item.origin();
        match (item.treatment, origin.is_empty()) {
            (Some(t), true) => out.push_str(&format!("{}\n", t.dutch())),
            (Some(t), false) => out.push_str(&format!("{} ({origin})\n", t.dutch())),
            (None, false) => out.push_str(&format!("({origin})\n")),
            (None, true) => {}
        }
        out.push('\n');
    }
    out
}

#[test]
fn round_trip_agenda_text_to_store_to_text_to_the_same_items() {
    for name in FIXTURES {
        let mut s = Store::open_in_memory().unwrap();
        let (m, _) = s
            .create_meeting_with_agenda(&draft("SG"), &annoteer::import::agenda_draft(&parse_agenda(&fixture(name))))
            .unwrap();
        let stored = s.agenda(m).unwrap();
        let text = render(&s, m);
        let again = parse_agenda(&text);
        let got: Vec<_> = again
            .items
            .iter()
            .map(|i| {
                (
                    i.number.clone(),
                    i.depth,
                    i.title.clone(),
                    i.treatment,
                    i.has_attachment,
                    i.submitter.clone(),
                    i.origin_note.clone(),
                )
            })
            .collect();
        let want: Vec<_> = stored
            .iter()
            .map(|i| {
                (
                    i.number.clone(),
                    i.depth,
                    i.title.clone(),
                    i.treatment,
                    i.has_attachment,
                    i.submitter.clone(),
                    i.origin_note.clone(),
                )
            })
            .collect();
        assert_eq!(got, want, "{name}:\n{text}");
        let parts: Vec<String> = s.parts(m).unwrap().into_iter().map(|p| p.title).collect();
        assert_eq!(again.parts, parts, "{name}");
        assert!(again.items.iter().all(|i| i.notes.is_empty()), "{name}: {text}");
    }
}

/// The memo's item lines: its part and item headings ("# …", "## 2. …") and the treatment line in
/// italics right under an item heading; the overview table and the annotations are left out.
fn memo_item_lines(memo: &str) -> String {
    let mut out = String::new();
    let mut after_item_heading = false;
    for line in memo.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('#') && t != "# Overzicht" {
            out.push_str(t);
            out.push('\n');
            after_item_heading = t.starts_with("##");
            continue;
        }
        if after_item_heading && t.starts_with('*') && t.ends_with('*') && t != "*Niet geannoteerd.*" {
            out.push_str(t);
            out.push('\n');
        }
        after_item_heading = false;
    }
    out
}

fn fields(i: &AgendaItem) -> (String, usize, String, Option<Treatment>, bool, String, String) {
    (
        i.number.clone(),
        i.depth,
        i.title.clone(),
        i.treatment,
        i.has_attachment,
        i.submitter.clone(),
        i.origin_note.clone(),
    )
}

#[test]
fn round_trip_through_the_exported_memo() {
    let hostile = "1. 3 | 4 # *test*\nTer bespreking (bijlage, PGT)\n2. Verslag (concept) van 1 mei\n2a. a_b_c en <b>vet</b> & co\n\
                   2b. Punt 1. Eerste \\ tweede\nTer besluitvorming (bijlage uit SG 16 februari)\n3. Rondvraag\n";
    let mut texts: Vec<(String, String)> = FIXTURES.iter().map(|n| (n.to_string(), fixture(n))).collect();
    texts.push(("hostile titles".into(), hostile.into()));
    for (name, text) in texts {
        let mut s = Store::open_in_memory().unwrap();
        let (m, _) =
            s.create_meeting_with_agenda(&draft("SG"), &annoteer::import::agenda_draft(&parse_agenda(&text))).unwrap();
        let memo = annoteer::memo::render_memo(&s.meeting_record(m).unwrap());
        let lines = memo_item_lines(&memo);
        let again = parse_agenda(&lines);
        let stored: Vec<_> = s.agenda(m).unwrap().iter().map(fields).collect();
        if name == "hostile titles" {
            let titles: Vec<&str> = stored.iter().map(|f| f.2.as_str()).collect();
            assert_eq!(
                titles,
                [
                    "3 | 4 # test",
                    "Verslag (concept) van 1 mei",
                    "a_b_c en vet & co",
                    "Punt 1. Eerste \\ tweede",
                    "Rondvraag"
                ]
            );
            assert!(lines.contains("\\|"), "the memo escapes what the titles hold: {lines}");
        }
        let got: Vec<_> = again
            .items
            .iter()
            .map(|i| {
                (
                    i.number.clone(),
                    i.depth,
                    i.title.clone(),
                    i.treatment,
                    i.has_attachment,
                    i.submitter.clone(),
                    i.origin_note.clone(),
                )
            })
            .collect();
        assert_eq!(got, stored, "{name}:\n{lines}");
        // Parts with items come back; the memo leaves out a part without items.
        let used: Vec<String> = s
            .parts(m)
            .unwrap()
            .into_iter()
            .filter(|p| s.agenda(m).unwrap().iter().any(|i| i.part_id == Some(p.id)))
            .map(|p| p.title)
            .collect();
        assert_eq!(again.parts, used, "{name}");
    }
}

#[test]
fn a_part_the_meeting_already_has_is_used_not_repeated() {
    let mut s = Store::open_in_memory().unwrap();
    let m = s.create_meeting(&draft("HASG")).unwrap();
    s.import_agenda(
        m,
        &annoteer::import::agenda_draft(&parse_agenda(
            "Deel 1: Openbaar\n1. Opening\nDeel 2: Besloten deel\n2. Personeel",
        )),
    )
    .unwrap();
    let ids = s
        .import_agenda(
            m,
            &annoteer::import::agenda_draft(&parse_agenda("deel 2: besloten deel\n3. Nagekomen brief OM")),
        )
        .unwrap();
    let parts = s.parts(m).unwrap();
    let titles: Vec<&str> = parts.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Deel 1: Openbaar", "Deel 2: Besloten deel"]);
    assert_eq!(s.item(ids[0]).unwrap().part_id, Some(parts[1].id));
}
