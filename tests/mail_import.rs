//! `annoteer import mail` on the committed mails of tests/fixtures/mail (made by make_mails.py with
//! Python's email package, modelled on the seed's mails): the real binary, a sandboxed HOME.

mod common;

use common::{listing, mode, stderr, stdout, Sandbox};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail").join(name)
}

fn import(sb: &Sandbox, mail: &str, extra: &[&str]) -> std::process::Output {
    let db = sb.path("a.db");
    let file = fixture(mail);
    let mut args = vec!["--db", db.to_str().unwrap(), "import", "mail", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    sb.run(&args)
}

fn show(sb: &Sandbox, id: &str) -> Value {
    let db = sb.path("a.db");
    let out = sb.run(&["--db", db.to_str().unwrap(), "show", id, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

/// (item number, title, [(role, file name)]) for every item.
type ItemPapers = (String, String, Vec<(String, String)>);

fn papers(record: &Value) -> Vec<ItemPapers> {
    record["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let docs = i["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    let path = d["document"]["path"].as_str().unwrap();
                    let name = Path::new(path).file_name().unwrap().to_str().unwrap().to_string();
                    (d["role"].as_str().unwrap().to_string(), name)
                })
                .collect();
            (i["item"]["number"].as_str().unwrap().into(), i["item"]["title"].as_str().unwrap().into(), docs)
        })
        .collect()
}

fn docs_of(record: &Value, number: &str) -> Vec<(String, String)> {
    papers(record).into_iter().find(|(n, _, _)| n == number).map(|(_, _, d)| d).unwrap_or_default()
}

fn meetings(sb: &Sandbox) -> String {
    let db = sb.path("a.db");
    if !db.exists() {
        return String::new();
    }
    stdout(&sb.run(&["--db", db.to_str().unwrap(), "meetings"]))
}

fn s(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn agenda_attachment_makes_the_meeting_and_places_the_papers() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let out = import(&sb, "agenda_attachment.eml", &["--into", into.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    assert!(id.parse::<i64>().is_ok(), "stdout is the id only: {id:?}");
    let err = stderr(&out);

    let record = show(&sb, &id);
    assert_eq!(record["meeting"]["body"], "Stuurgroep MIT");
    assert_eq!(record["meeting"]["date"], "2026-12-10");
    let all = papers(&record);
    assert_eq!(all.len(), 8, "{all:?}");
    assert_eq!(docs_of(&record, "2"), vec![s("verslag", "Verslag Stuurgroep 12 november 2026.docx")]);
    assert_eq!(
        docs_of(&record, "3"),
        vec![
            s("oplegger", "20261202 Oplegger SG Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit.....docx"),
            // Its name fits no item; its Word text begins "Bijlage bij agendapunt 3".
            s("bijlage", "20261202 Bijlage bij opdracht Landelijke Eenheid.docx"),
        ]
    );
    assert_eq!(docs_of(&record, "5"), vec![s("bijlage", "memo min.v6.0.docx")]);
    // Placed by its text: "Toelichting bij agendapunt 6".
    assert_eq!(docs_of(&record, "6"), vec![s("bijlage", "Toelichting.txt")]);
    assert!(docs_of(&record, "4").is_empty());

    // What fits no item stays with the meeting, listed on stderr and in `show`.
    assert!(err.contains("niet bij een punt geplaatst"), "{err}");
    assert!(err.contains("Jaarplanning vergaderingen 2027.docx"), "{err}");
    let db = sb.path("a.db");
    let text = stdout(&sb.run(&["--db", db.to_str().unwrap(), "show", &id]));
    assert!(text.contains("Stukken bij de vergadering"), "{text}");
    assert!(
        text.contains("Jaarplanning vergaderingen 2027.docx (uit mail van Bestuurssecretariaat, 2 december 2026)"),
        "{text}"
    );
    assert!(text.contains("Agenda Stuurgroep MIT 10 december 2026.txt"), "the agenda itself is kept: {text}");

    // Owner-only, in the folder asked for.
    assert_eq!(mode(&into), 0o700);
    let files = listing(&into);
    assert_eq!(files.len(), 7, "{files:?}");
    for f in &files {
        assert_eq!(mode(&into.join(f)), 0o600, "{f}");
    }
    assert_eq!(
        std::fs::read(into.join("Toelichting.txt")).unwrap(),
        b"Toelichting bij agendapunt 6\n\nDe effectmeting volgt de lijn van de OG.\n"
    );
}

#[test]
fn a_word_agenda_is_read_and_a_cover_note_placed_by_its_text() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let out = import(&sb, "docx_agenda.eml", &["--into", into.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("agenda uit de bijlage \"Agenda SG MIT 10-12-2026.docx\""), "{}", stderr(&out));
    let record = show(&sb, stdout(&out).trim());
    let all = papers(&record);
    assert_eq!(all.len(), 8, "{all:?}");
    assert_eq!(all[5].1, "Voorstel voor effectmeting");
    // "Oplegger.docx" says nothing by its name; its text says "Agendapunt 4".
    assert_eq!(docs_of(&record, "4"), vec![s("oplegger", "Oplegger.docx")]);
}

#[test]
fn a_later_mail_adds_the_newer_version_to_the_same_meeting() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let into_s = into.to_str().unwrap();
    let first = import(&sb, "agenda_attachment.eml", &["--into", into_s]);
    assert!(first.status.success(), "{}", stderr(&first));
    let id = stdout(&first).trim().to_string();

    let second = import(&sb, "second_mail.eml", &["--into", into_s]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(stdout(&second).trim(), id, "the same meeting, not a second one");
    let err = stderr(&second);
    assert!(err.contains("nieuwere versie van memo min.v6.0.docx"), "{err}");
    assert!(err.contains("Toelichting.txt: al bij de vergadering"), "{err}");

    let record = show(&sb, &id);
    assert_eq!(papers(&record).len(), 8, "no items added");
    assert_eq!(docs_of(&record, "5"), vec![s("bijlage", "memo min.v6.1.docx")]);
    assert_eq!(docs_of(&record, "6"), vec![s("bijlage", "Toelichting.txt")], "the same file is not linked twice");
    let files = listing(&into);
    assert!(files.contains(&"memo min.v6.0.docx".to_string()), "the old version stays on disk: {files:?}");
    assert!(files.contains(&"memo min.v6.1.docx".to_string()));
    assert!(!files.iter().any(|f| f.starts_with("Toelichting (")), "an identical paper is not saved again: {files:?}");
    assert_eq!(meetings(&sb).lines().count(), 2, "header and one meeting: {}", meetings(&sb));

    // The new version carries its own mail.
    let db = sb.path("a.db");
    let store = annoteer::store::Store::open(&db, annoteer::store::Access::ReadOnly).unwrap();
    let item5 = record["items"][4]["item"]["id"].as_i64().unwrap();
    let linked = store.item_documents(annoteer::domain::ItemId(item5)).unwrap();
    let source = store.document_source(linked[0].document.id).unwrap().unwrap();
    assert_eq!(source.sender, "Bestuurssecretariaat");
    assert_eq!(source.sent, "2026-12-07");
    assert_eq!(source.subject, "RE: Agenda en stukken Stuurgroep MIT 10 december 2026");
}

#[test]
fn the_same_mail_twice_adds_nothing() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let into_s = into.to_str().unwrap();
    let first = import(&sb, "agenda_attachment.eml", &["--into", into_s]);
    let before = listing(&into);
    let again = import(&sb, "agenda_attachment.eml", &["--into", into_s]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(stdout(&again), stdout(&first));
    assert!(stderr(&again).contains("niets nieuws"), "{}", stderr(&again));
    assert_eq!(listing(&into), before);
    assert_eq!(papers(&show(&sb, stdout(&first).trim())).len(), 8);
}

#[test]
fn hostile_names_stay_in_the_folder_and_overwrite_nothing() {
    let sb = Sandbox::new();
    let into = sb.path("box/stukken");
    std::fs::create_dir_all(&into).unwrap();
    std::fs::write(into.join("escape.txt"), b"van de gebruiker").unwrap();
    let outside_before = listing(sb.dir.path());
    let out = import(&sb, "hostile_names.eml", &["--into", into.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut files = listing(&into);
    files.sort();
    let mut expected = vec![
        "Programmaplan 2027.docx",
        "_CON",
        "_LPT1.docx",
        "_nul.txt",
        "annoteer-absolute.txt",
        "bel[31mrood.txt",
        "bijlage 10",
        "drive.txt",
        "escape (2).txt",
        "escape.txt",
        "programmaplan 2027 (2).DOCX",
        "rapporttxt.exe",
        "relative.txt",
        "stukken.zip",
    ];
    expected.sort();
    assert_eq!(files, expected);
    assert_eq!(std::fs::read(into.join("escape.txt")).unwrap(), b"van de gebruiker", "never overwritten");
    assert_eq!(std::fs::read(into.join("escape (2).txt")).unwrap(), b"inhoud van '../../escape.txt'\n");
    // Nothing beside the folder: only the database appeared in the sandbox.
    let mut outside = listing(sb.dir.path());
    outside.retain(|f| !outside_before.contains(f) && !f.starts_with("a.db"));
    assert!(outside.is_empty(), "{outside:?}");
    assert_eq!(listing(&sb.path("box")), vec!["stukken"]);
    assert!(!Path::new("/tmp/annoteer-absolute.txt").exists());
    // The zip is kept as it came, not unpacked, and said so.
    let err = stderr(&out);
    assert!(err.contains("stukken.zip → bij de vergadering — een zip, niet uitgepakt"), "{err}");
    assert!(!err.contains('\u{1b}'), "no terminal escapes reach stderr");
    let record = show(&sb, stdout(&out).trim());
    // Two of the three programmaplan attachments are the same file (walk-through G1): saved and linked once,
    // and said; the third, another file of the same name, gets a suffix.
    assert!(
        err.contains("Programmaplan 2027.docx: al bij de vergadering, hetzelfde bestand als Programmaplan 2027.docx"),
        "{err}"
    );
    assert_eq!(docs_of(&record, "2").len(), 2, "the two programmaplan papers with item 2: {:?}", papers(&record));
}

#[test]
fn html_mail_with_inline_image_and_encoded_names() {
    let sb = Sandbox::new();
    let into = sb.path("klo");
    let out = import(&sb, "related_html.eml", &["--into", into.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let record = show(&sb, stdout(&out).trim());
    // "KLO 8 maart" in a mail of 2 March 2022.
    assert_eq!(record["meeting"]["body"], "KLO");
    assert_eq!(record["meeting"]["date"], "2022-03-08");
    let titles: Vec<String> = papers(&record).into_iter().map(|(_, t, _)| t).collect();
    assert_eq!(titles[1], "Financiële rapportage Q1", "Windows-1252 quoted-printable text: {titles:?}");
    assert_eq!(
        docs_of(&record, "3"),
        vec![s("oplegger", "20220302 Oplegger KLO Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit.....docx")],
        "the encoded-word name, decoded"
    );
    let files = listing(&into);
    assert!(
        files.contains(&"20220302 Bijlage bij opdracht Landelijke Eenheid – reactie Financiën.docx".to_string()),
        "the RFC 2231 name, decoded: {files:?}"
    );
    assert!(!files.iter().any(|f| f.contains("image001")), "the signature picture is not a paper: {files:?}");
    assert!(stderr(&out).contains("image001.png: afbeelding in de tekst"), "{}", stderr(&out));
}

#[test]
fn windows_1252_text_as_the_agenda() {
    let sb = Sandbox::new();
    let out = import(&sb, "cp1252_body.eml", &["--into", sb.path("db").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let record = show(&sb, stdout(&out).trim());
    assert_eq!(record["meeting"]["date"], "2022-11-03");
    let titles: Vec<String> = papers(&record).into_iter().map(|(_, t, _)| t).collect();
    assert_eq!(titles, vec!["Opening", "Verslag DB 6 oktober", "Financiële rapportage Q3", "Rondvraag"]);
    assert!(!sb.path("db").exists(), "no papers, no folder");
}

#[test]
fn no_agenda_is_refused_and_writes_nothing() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let out = import(&sb, "no_agenda.eml", &["--into", into.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("geen agenda") && err.contains("niets geïmporteerd"), "{err}");
    assert_eq!(err.lines().count(), 1, "one sentence: {err}");
    assert!(!into.exists(), "no folder made");
    assert!(!meetings(&sb).contains("KLO"));
}

#[test]
fn without_body_or_date_the_message_says_which_option_to_give() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let into_s = into.to_str().unwrap();
    let out = import(&sb, "undated.eml", &["--into", into_s]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--body NAAM"), "{}", stderr(&out));
    let out = import(&sb, "undated.eml", &["--into", into_s, "--body", "Stuurgroep MIT"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--date DATUM"), "{}", stderr(&out));
    let out = import(&sb, "undated.eml", &["--into", into_s, "--body", "Stuurgroep MIT", "--date", "10 december 2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let record = show(&sb, stdout(&out).trim());
    assert_eq!(record["meeting"]["date"], "2026-12-10");
    let out = import(&sb, "undated.eml", &["--into", into_s, "--body", "X", "--date", "morgen"]);
    assert!(stderr(&out).contains("geen datum"), "{}", stderr(&out));
    // English on request.
    let db = sb.path("b.db");
    let file = fixture("undated.eml");
    let out = sb.run(&["--lang", "en", "--db", db.to_str().unwrap(), "import", "mail", file.to_str().unwrap()]);
    assert!(stderr(&out).contains("give it with --body NAME"), "{}", stderr(&out));
}

#[test]
fn damaged_mails_and_other_files_are_refused() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    for (mail, words) in
        [("no_boundary.eml", "noemt de grens tussen de delen niet"), ("cut_off.eml", "afgekapt of beschadigd")]
    {
        let out = import(&sb, mail, &["--into", into.to_str().unwrap()]);
        assert!(!out.status.success(), "{mail}");
        assert!(stderr(&out).contains(words), "{mail}: {}", stderr(&out));
    }
    assert!(!sb.path("a.db").exists(), "a mail that cannot be read makes no database either");
    for (name, bytes) in [
        ("agenda.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml".to_vec()),
        ("agenda.txt", b"1. Opening\n2. Rondvraag\n".to_vec()),
        ("leeg.eml", Vec::new()),
        ("oud.msg", vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]),
    ] {
        let path = sb.path(name);
        std::fs::write(&path, bytes).unwrap();
        let db = sb.path("a.db");
        let out = sb.run(&["--db", db.to_str().unwrap(), "import", "mail", path.to_str().unwrap()]);
        assert!(!out.status.success(), "{name}");
        let err = stderr(&out);
        assert!(err.contains("geen opgeslagen mail") || err.contains("beschadigd"), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    let out = sb.run(&["--db", sb.path("a.db").to_str().unwrap(), "import", "mail", sb.dir.path().to_str().unwrap()]);
    assert!(stderr(&out).contains("is een map"), "{}", stderr(&out));
    assert!(!into.exists());
    assert!(!meetings(&sb).contains("KLO"));
}

#[test]
fn a_failing_database_leaves_no_files_behind() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let made = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "mail",
        fixture("cp1252_body.eml").to_str().unwrap(),
        "--into",
        sb.path("x").to_str().unwrap(),
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    // Another program holds the database's write lock past annoteer's wait.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE;").unwrap();
    let into = sb.path("stukken");
    let out = import(&sb, "agenda_attachment.eml", &["--into", into.to_str().unwrap()]);
    conn.execute_batch("ROLLBACK;").unwrap();
    assert!(!out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("bezet"), "{}", stderr(&out));
    assert!(
        !into.exists(),
        "the saved papers and their folder are removed again: {:?}",
        into.exists().then(|| listing(&into))
    );
    assert!(!meetings(&sb).contains("Stuurgroep"));
}

#[test]
fn without_into_the_base_folder_then_documents() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let file = fixture("second_mail.eml");
    let file_s = file.to_str().unwrap();
    // No agenda in it: give the meeting by hand first, through the first mail.
    let first =
        sb.run(&["--db", db.to_str().unwrap(), "import", "mail", fixture("agenda_attachment.eml").to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    let docs = sb.path("Documents/annoteer/Stuurgroep MIT 2026-12-10");
    assert_eq!(listing(&docs).len(), 7, "in the documents folder, one folder per meeting");
    assert_eq!(mode(&sb.path("Documents/annoteer")), 0o700);

    let base = sb.path("dossier");
    std::fs::create_dir(&base).unwrap();
    {
        let mut store = annoteer::store::Store::open(&db, annoteer::store::Access::Existing).unwrap();
        store.set_setting(annoteer::store::DOCUMENT_BASE_SETTING, base.to_str().unwrap()).unwrap();
    }
    let out = sb.run(&["--db", db.to_str().unwrap(), "import", "mail", file_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listing(&base.join("Stuurgroep MIT 2026-12-10")), vec!["memo min.v6.1.docx"]);
}

#[test]
fn an_addition_to_the_agenda_adds_its_item_and_moves_its_paper_there() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let into_s = into.to_str().unwrap();
    let first = import(&sb, "agenda_attachment.eml", &["--into", into_s]);
    assert!(first.status.success(), "{}", stderr(&first));
    let id = stdout(&first).trim().to_string();
    let out = import(&sb, "addition.eml", &["--into", into_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), id);
    let err = stderr(&out);
    assert!(err.contains("nieuw: 1 punt"), "{err}");
    assert!(err.contains("nu bij punt 9. Jaarplanning vergaderingen 2027"), "{err}");
    let record = show(&sb, &id);
    let all = papers(&record);
    assert_eq!(all.len(), 9, "only the new item is added: {all:?}");
    assert_eq!(all.iter().filter(|(_, t, _)| t == "Rondvraag").count(), 1);
    assert_eq!(docs_of(&record, "9"), vec![s("bijlage", "Jaarplanning vergaderingen 2027.docx")]);
    let text = stdout(&sb.run(&["--db", sb.path("a.db").to_str().unwrap(), "show", &id]));
    let meeting_part = &text[text.find("Stukken bij de vergadering").unwrap()..];
    assert!(meeting_part.contains("Agenda Stuurgroep MIT 10 december 2026 v2.txt"), "{meeting_part}");
    assert!(!meeting_part.contains("Agenda Stuurgroep MIT 10 december 2026.txt"), "v2 takes its place: {meeting_part}");
    assert!(!meeting_part.contains("Jaarplanning"), "{meeting_part}");
    assert!(!listing(&into).iter().any(|f| f.contains("Jaarplanning vergaderingen 2027 (")), "not saved twice");
}

/// The seed's own case: the agenda came earlier; "Hierbij de oplegger en de bijlage" brings the papers.
#[test]
fn papers_without_an_agenda_join_the_meeting_they_are_for() {
    let sb = Sandbox::new();
    let into = sb.path("klo");
    let into_s = into.to_str().unwrap();
    let first = import(&sb, "related_html.eml", &["--into", into_s]);
    assert!(first.status.success(), "{}", stderr(&first));
    let out = import(&sb, "no_agenda.eml", &["--into", into_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), stdout(&first));
    let record = show(&sb, stdout(&out).trim());
    let docs = docs_of(&record, "3");
    assert!(docs.contains(&s("oplegger", "20220302 Oplegger KLO Opdrachtbeschrijving.docx")), "{docs:?}");
    assert_eq!(papers(&record).len(), 4);
}

#[test]
fn show_json_lists_the_meetings_own_papers_with_the_mail_they_came_from() {
    let sb = Sandbox::new();
    let into = sb.path("stukken");
    let out = import(&sb, "agenda_attachment.eml", &["--into", into.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    let record = show(&sb, &id);
    assert_eq!(record["items"].as_array().unwrap().len(), 8, "the record is all still there");
    let own = record["meeting_documents"].as_array().expect("meeting_documents");
    let names: Vec<&str> =
        own.iter().map(|d| d["document"]["path"].as_str().unwrap().rsplit('/').next().unwrap()).collect();
    assert_eq!(names, vec!["Agenda Stuurgroep MIT 10 december 2026.txt", "Jaarplanning vergaderingen 2027.docx"]);
    for d in own {
        assert_eq!(d["source"]["sender"], "Bestuurssecretariaat");
        assert_eq!(d["source"]["sent"], "2026-12-02");
        assert_eq!(d["source"]["subject"], "Agenda en stukken Stuurgroep MIT 10 december 2026");
        assert_eq!(d["role"], "bijlage");
    }
    // A meeting without such papers has an empty list, not a missing key.
    let db = sb.path("a.db");
    let agenda = sb.path("agenda.txt");
    std::fs::write(&agenda, "1. Opening\n2. Rondvraag\n").unwrap();
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "agenda",
        agenda.to_str().unwrap(),
        "--body",
        "KLO",
        "--date",
        "2026-12-15",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let other = show(&sb, stdout(&out).trim());
    assert_eq!(other["meeting_documents"], serde_json::json!([]));
}
