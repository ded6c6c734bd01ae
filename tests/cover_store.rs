//! Linking a cover note reads it: the seed's catch (agenda "ter besluitvorming", oplegger "ter informatie")
//! warns with nothing typed; the adviser's corrections survive a newer version; bad papers say why.

use annoteer::domain::{
    Coded, CoverField, CoverUnknown, DocRole, ItemDraft, ItemField, MeetingDraft, MeetingId, Treatment,
};
use annoteer::store::{Access, Placement, Store};
use std::path::{Path, PathBuf};

/// The seed's item 6, as the agenda of the HASG of 24 March 2022 has it.
fn seed_item(s: &mut Store) -> (MeetingId, annoteer::domain::ItemId) {
    let m = s
        .create_meeting(&MeetingDraft { body: "HASG".into(), date: "2022-03-24".into(), ..Default::default() })
        .unwrap();
    let item = s
        .add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft {
                title: "Voorstel voor effectmeting".into(),
                treatment: Some(Treatment::TerBesluitvorming),
                submitter: "PGT".into(),
                has_attachment: true,
                ..Default::default()
            },
        )
        .unwrap();
    (m, item)
}

const OPLEGGER_V1_0: &str = "Oplegger HASG 24 maart 2022\n\
Onderwerp\tVoorstel voor effectmeting\n\
Doel\tTer informatie\n\
Kernpunten\tHet PGT stelt een effectmeting voor in drie stappen.\n\
Gevraagd besluit\t1. Kennis te nemen van het voorstel voor effectmeting;\n\
\t2. Het PGT te vragen de nulmeting voor de zomer uit te voeren.\n\
Toelichting\tHet stuk is in de OG van 16 maart besproken.\n";

const OPLEGGER_V1_1: &str = "Oplegger HASG 24 maart 2022\n\
Onderwerp\tVoorstel voor effectmeting\n\
Doel\tTer besluitvorming\n\
Gevraagd besluit\t1. In te stemmen met het voorstel voor effectmeting;\n\
\t2. Het PGT te vragen de nulmeting voor de zomer uit te voeren.\n";

fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn the_seeds_cover_note_gives_the_warning_with_nothing_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (m, item) = seed_item(&mut s);
    assert!(!s.item(item).unwrap().treatment_mismatch(), "nothing known of the cover note yet");
    let paper = write(dir.path(), "20220316 Oplegger Voorstel effectmeting v1.0.txt", OPLEGGER_V1_0.as_bytes());
    s.link_document(item, &paper, DocRole::Oplegger).unwrap();

    let it = s.item(item).unwrap();
    assert_eq!(it.cover_treatment, Some(Treatment::TerInformatie));
    assert!(it.treatment_mismatch(), "the agenda says ter besluitvorming, the oplegger ter informatie");
    let note = s.cover_note(item).unwrap().unwrap();
    assert_eq!(note.read.purpose_source, "Doel");
    assert_eq!(note.paper, paper.to_str().unwrap());
    assert_eq!(note.version_label, "v1.0");
    assert_eq!(
        note.proposed_decisions,
        [
            "Kennis te nemen van het voorstel voor effectmeting",
            "Het PGT te vragen de nulmeting voor de zomer uit te voeren"
        ]
    );
    assert_eq!(note.read.decisions_source, "Gevraagd besluit");
    assert_eq!(note.summary, "Het PGT stelt een effectmeting voor in drie stappen");

    let memo = annoteer::memo::render_memo(&s.meeting_record(m).unwrap());
    assert!(
        memo.contains("in de oplegger staat 'ter informatie' en in de agenda staat 'ter besluitvorming'"),
        "the memo warns: {memo}"
    );
}

#[test]
fn a_paper_becoming_the_oplegger_is_read_then() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (_, item) = seed_item(&mut s);
    let paper = write(dir.path(), "oplegger.txt", OPLEGGER_V1_0.as_bytes());
    s.link_document(item, &paper, DocRole::Bijlage).unwrap();
    assert_eq!(s.item(item).unwrap().cover_treatment, None, "an attachment is not read as a cover note");
    assert!(s.cover_note(item).unwrap().is_none());
    s.link_document(item, &paper, DocRole::Oplegger).unwrap();
    assert_eq!(s.item(item).unwrap().cover_treatment, Some(Treatment::TerInformatie));
}

#[test]
fn an_edited_purpose_survives_a_newer_version_and_the_change_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (_, item) = seed_item(&mut s);
    let v10 = write(dir.path(), "Oplegger effectmeting v1.0.txt", OPLEGGER_V1_0.as_bytes());
    let doc = s.link_document(item, &v10, DocRole::Oplegger).unwrap();
    // The adviser reads it and corrects the purpose by hand.
    s.set_item_field(item, ItemField::CoverTreatment, "ter_informatie", "ter_bespreking").unwrap();

    let v11 = write(dir.path(), "Oplegger effectmeting v1.1.txt", OPLEGGER_V1_1.as_bytes());
    s.relink_document(item, doc, &v11).unwrap();

    let it = s.item(item).unwrap();
    assert_eq!(it.cover_treatment, Some(Treatment::TerBespreking), "the adviser's purpose is kept");
    let note = s.cover_note(item).unwrap().unwrap();
    assert!(note.purpose_by_hand);
    assert_eq!(note.read.purpose, Some(Treatment::TerBesluitvorming), "what v1.1 says is still shown");
    assert_eq!(note.version_label, "v1.1");
    assert_eq!(note.proposed_decisions[0], "In te stemmen met het voorstel voor effectmeting", "not edited: follows");
    let change = note.change.expect("what changed is told");
    assert_eq!(change.from_version, "v1.0");
    assert_eq!(change.purpose, Some((Some(Treatment::TerInformatie), Some(Treatment::TerBesluitvorming))));
    assert_eq!(change.added, ["In te stemmen met het voorstel voor effectmeting"]);
    assert_eq!(change.removed, ["Kennis te nemen van het voorstel voor effectmeting"]);
}

#[test]
fn edited_decision_points_survive_a_reread_and_as_read_brings_the_paper_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (_, item) = seed_item(&mut s);
    let v10 = write(dir.path(), "Oplegger v1.0.txt", OPLEGGER_V1_0.as_bytes());
    let doc = s.link_document(item, &v10, DocRole::Oplegger).unwrap();
    let before = s.cover_note(item).unwrap().unwrap().proposed_decisions.join("\n");
    s.set_cover_text(item, CoverField::ProposedDecisions, &before, "Steun uit te spreken voor de coaches").unwrap();
    assert!(
        s.set_cover_text(item, CoverField::ProposedDecisions, &before, "again").is_err(),
        "a second window holding the old text is told"
    );
    let v11 = write(dir.path(), "Oplegger v1.1.txt", OPLEGGER_V1_1.as_bytes());
    s.relink_document(item, doc, &v11).unwrap();
    let note = s.cover_note(item).unwrap().unwrap();
    assert_eq!(note.proposed_decisions, ["Steun uit te spreken voor de coaches"]);
    assert_eq!(s.item(item).unwrap().cover_treatment, Some(Treatment::TerBesluitvorming), "the purpose follows");

    s.cover_as_read(item).unwrap();
    let note = s.cover_note(item).unwrap().unwrap();
    assert!(!note.decisions_by_hand);
    assert_eq!(note.proposed_decisions.len(), 2);
}

#[test]
fn bad_papers_give_no_purpose_and_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (_, item) = seed_item(&mut s);
    let report = "Programmaplan MIT 2022\n\n".to_string()
        + &"Het MIT werkt samen met partners in de regio. ".repeat(900)
        + "\nGevraagd besluit: 1. in te stemmen\n";
    type Case = (&'static str, Vec<u8>, fn(&CoverUnknown) -> bool);
    let cases: Vec<Case> = vec![
        ("scan.txt", b"   \n\x0c  3  \n".to_vec(), |u| *u == CoverUnknown::Scan),
        ("damaged.txt", b"PK\x03\x04\x00\x00garbage".to_vec(), |u| matches!(u, CoverUnknown::Damaged { .. })),
        ("Programmaplan.txt", report.into_bytes(), |u| matches!(u, CoverUnknown::LongReport { .. })),
        (
            "verslag.txt",
            b"Concept verslag HASG 10 februari\n\nTer besluitvorming\n1. Programmaplan\nHet HASG besluit:\n- akkoord\n"
                .to_vec(),
            |u| matches!(u, CoverUnknown::NotACoverNote { .. }),
        ),
        ("notitie.txt", b"Notitie over de voortgang van het programma in het eerste kwartaal.\n".to_vec(), |u| {
            *u == CoverUnknown::NoPurpose
        }),
        (
            "oud.doc",
            [b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".as_slice(), &[0u8; 600]].concat(),
            |u| matches!(u, CoverUnknown::Unsupported { extension } if extension == "doc"),
        ),
    ];
    for (name, bytes, expect) in cases {
        let p = write(dir.path(), name, &bytes);
        s.link_document(item, &p, DocRole::Oplegger).unwrap();
        let note = s.cover_note(item).unwrap().unwrap();
        let reason = note.read.unknown.clone().unwrap_or_else(|| panic!("{name}: no reason given"));
        assert!(expect(&reason), "{name}: {reason:?}");
        assert_eq!(s.item(item).unwrap().cover_treatment, None, "{name}: nothing guessed");
        assert!(note.proposed_decisions.is_empty(), "{name}: no decision points guessed");
        s.unlink_document(item, s.item_documents(item).unwrap()[0].document.id).unwrap();
    }
    s.link_document(item, &dir.path().join("nog niet binnen.txt"), DocRole::Oplegger).unwrap();
    assert_eq!(s.cover_note(item).unwrap().unwrap().read.unknown, Some(CoverUnknown::Missing));
}

#[test]
fn a_damaged_newer_version_keeps_what_was_read_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (_, item) = seed_item(&mut s);
    let doc =
        s.link_document(item, &write(dir.path(), "o v1.0.txt", OPLEGGER_V1_0.as_bytes()), DocRole::Oplegger).unwrap();
    s.relink_document(item, doc, &write(dir.path(), "o v1.1.txt", b"\x00\x01\x02")).unwrap();
    let note = s.cover_note(item).unwrap().unwrap();
    assert!(matches!(note.read.unknown, Some(CoverUnknown::Damaged { .. })));
    assert_eq!(s.item(item).unwrap().cover_treatment, Some(Treatment::TerInformatie), "v1.0's purpose stays");
    assert_eq!(note.proposed_decisions.len(), 2);
}

#[test]
fn undoing_a_delete_brings_the_cover_note_back_with_its_corrections() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_memory().unwrap();
    let (_, item) = seed_item(&mut s);
    s.link_document(item, &write(dir.path(), "o.txt", OPLEGGER_V1_0.as_bytes()), DocRole::Oplegger).unwrap();
    let before = s.cover_note(item).unwrap().unwrap().proposed_decisions.join("\n");
    s.set_cover_text(item, CoverField::ProposedDecisions, &before, "Eigen tekst").unwrap();
    let trash = s.delete_item(item).unwrap();
    s.undo_delete(trash).unwrap();
    assert_eq!(s.cover_note(item).unwrap().unwrap().proposed_decisions, ["Eigen tekst"]);
}

#[test]
fn show_json_gives_the_cover_treatment_the_proposed_decisions_and_their_sources() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let mut s = Store::open(&db, Access::Create).unwrap();
    let (m, item) = seed_item(&mut s);
    s.link_document(item, &write(dir.path(), "o v1.0.txt", OPLEGGER_V1_0.as_bytes()), DocRole::Oplegger).unwrap();
    drop(s);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_annoteer"))
        .args(["--db", db.to_str().unwrap(), "show", &m.0.to_string(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v["items"][0];
    assert_eq!(first["cover_treatment"], Treatment::TerInformatie.code());
    assert_eq!(first["proposed_decisions"][0], "Kennis te nemen van het voorstel voor effectmeting");
    assert_eq!(first["cover"]["read"]["purpose_source"], "Doel");
    assert_eq!(first["cover"]["read"]["decisions_source"], "Gevraagd besluit");
    assert!(first["cover"]["paper"].as_str().unwrap().ends_with("o v1.0.txt"));
}
