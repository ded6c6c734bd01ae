//! `annoteer import agenda` as a script uses it: the new meeting's id on stdout, a clear refusal otherwise.

mod common;
use common::{file_hash, stderr, stdout, Sandbox};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn imports_a_fixture_and_prints_the_meeting_id() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    let out = sb.run(&[
        "--db",
        db,
        "import",
        "agenda",
        &fixture("agenda_vr_algemeen_bestuur.txt"),
        "--body",
        "AB VRMH",
        "--date",
        "2022-07-07",
        "--title",
        "Algemeen Bestuur",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "1\n");
    assert!(stderr(&out).contains("14 punten in 5 delen ingelezen in vergadering 1"), "{}", stderr(&out));
    let shown = sb.run(&["--db", db, "show", "1", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    let items = json["items"].as_array().expect("items");
    assert_eq!(items.len(), 14);
    // The agenda writes "a." under "2.": its own number, not one made up from the tree.
    assert_eq!(items[2]["item"]["number"], "2a");
    assert_eq!(items[2]["item"]["title"], "Stand van zaken COVID-19 nafase");
    assert_eq!(json["meeting"]["title"], "Algemeen Bestuur");
    assert_eq!(json["parts"].as_array().map(Vec::len), Some(5));

    let again = sb.run(&[
        "--db",
        db,
        "import",
        "agenda",
        &fixture("agenda_stuurgroep_2022-03-24.txt"),
        "--body",
        "Stuurgroep MIT",
        "--date",
        "2022-03-24",
    ]);
    assert_eq!(stdout(&again), "2\n");
}

#[test]
fn refuses_what_is_no_agenda_and_creates_nothing() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    let empty = sb.path("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let prose = sb.path("prose.txt");
    std::fs::write(&prose, "Beste collega's,\nHierbij de stukken.\n").unwrap();
    let binary = sb.path("agenda.docx");
    std::fs::write(&binary, b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00binary\x00\x01\x02").unwrap();
    let good = fixture("agenda_provincie_pdf.txt");
    let cases: [(&str, &str, &str); 5] = [
        (empty.to_str().unwrap(), "2022-01-01", "is leeg (0 bytes); er is niets geïmporteerd"),
        (prose.to_str().unwrap(), "2022-01-01", "bevat geen agendapunten"),
        (binary.to_str().unwrap(), "2022-01-01", "is een beschadigd Word- of zip-bestand"),
        (&good, "2022-02-30", "bestaat niet in de kalender"),
        ("/nonexistent/agenda.txt", "2022-01-01", "/nonexistent/agenda.txt bestaat niet (een tikfout in het pad?)"),
    ];
    for (file, date, message) in cases {
        let out = sb.run(&["--db", db, "import", "agenda", file, "--body", "PS", "--date", date]);
        assert!(!out.status.success(), "{file}");
        assert!(stdout(&out).is_empty(), "{file}");
        let err = stderr(&out);
        assert!(err.contains(message), "{file}: {err}");
        assert_eq!(err.lines().count(), 1, "one sentence: {err}");
    }
    let listed = sb.run(&["--db", db, "meetings", "--json"]);
    assert_eq!(stdout(&listed).trim(), "[]", "no meeting left behind");
}

#[test]
fn reads_a_windows_1252_file_as_word_saves_it() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let file = sb.path("agenda.txt");
    // "Wet veiligheidsregio’s" with the Windows-1252 right quote (0x92), and "Financiën" (0xEB).
    std::fs::write(&file, b"1. Wet veiligheidsregio\x92s\r\n2. Financi\xebn\r\nTer besluitvorming\r\n").unwrap();
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "agenda",
        file.to_str().unwrap(),
        "--body",
        "AB",
        "--date",
        "2022-07-07",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = sb.run(&["--db", db.to_str().unwrap(), "show", "1", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    assert_eq!(json["items"][0]["item"]["title"], "Wet veiligheidsregio’s");
    assert_eq!(json["items"][1]["item"]["title"], "Financiën");
    assert_eq!(json["items"][1]["item"]["treatment"], "ter_besluitvorming");
}

#[test]
fn reads_a_paste_from_standard_input() {
    use std::io::Write;
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let mut child = sb
        .cmd()
        .args(["--db", db.to_str().unwrap(), "import", "agenda", "-", "--body", "KLO", "--date", "2022-03-08"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"1. Opening 2. Verslag Ter vaststelling 3. Rondvraag").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "1\n");
    assert!(stderr(&out).contains("3 punten in"), "{}", stderr(&out));
}

#[test]
fn a_second_import_for_the_same_body_and_date_is_refused_unless_again() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    let file = fixture("agenda_stuurgroep_2022-03-24.txt");
    let import = |body: &str, date: &str, extra: &[&str]| {
        let mut args = vec!["--db", db, "import", "agenda", &file, "--body", body, "--date", date];
        args.extend(extra);
        sb.run(&args)
    };
    let first = import("Stuurgroep MIT", "2022-03-24", &["--title", "SG"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(stdout(&first), "1\n");
    let before = file_hash(std::path::Path::new(db));

    // Same body (in any case) and date: refused in one sentence that names the meeting and the way on.
    let twice = import("stuurgroep mit", "2022-03-24", &["--title", "SG"]);
    assert!(!twice.status.success());
    assert!(stdout(&twice).is_empty());
    let err = stderr(&twice);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "annoteer: er is al een vergadering van Stuurgroep MIT op 24 maart 2022 (id 1); gebruik --again"
        ),
        "{err}"
    );
    let twice = import("stuurgroep mit", "2022-03-24", &["--title", "SG", "--lang", "en"]);
    assert!(
        stderr(&twice)
            .starts_with("annoteer: there is already a meeting of Stuurgroep MIT on 2022-03-24 (id 1); use --again"),
        "{}",
        stderr(&twice)
    );
    assert_eq!(file_hash(std::path::Path::new(db)), before, "the refusal changed the database");

    // Another date or another body is no duplicate.
    assert_eq!(stdout(&import("Stuurgroep MIT", "2022-04-20", &[])), "2\n");
    assert_eq!(stdout(&import("KLO", "2022-03-24", &[])), "3\n");

    // --again makes it anyway; then the refusal names both.
    let again = import("Stuurgroep MIT", "2022-03-24", &["--again"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(stdout(&again), "4\n");
    let err = stderr(&import("Stuurgroep MIT", "2022-03-24", &[]));
    assert!(err.contains("er zijn al 2 vergaderingen van Stuurgroep MIT op 24 maart 2022 (ids 1, 4)"), "{err}");
    let err = stderr(&import("Stuurgroep MIT", "2022-03-24", &["--lang", "en"]));
    assert!(err.contains("there are already 2 meetings of Stuurgroep MIT on 2022-03-24 (ids 1, 4)"), "{err}");
    let listed: serde_json::Value =
        serde_json::from_slice(&sb.run(&["--db", db, "meetings", "--json"]).stdout).expect("json");
    assert_eq!(listed.as_array().map(Vec::len), Some(4));
}

#[test]
fn the_report_names_no_parts_or_notes_that_are_not_there() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    std::fs::write(sb.path("agenda.txt"), "1. Opening\n2. Rondvraag\n").unwrap();
    let out = sb.run(&["--db", db, "import", "agenda", "agenda.txt", "--body", "KLO", "--date", "10-12-2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim_end(), "2 punten ingelezen in vergadering 1", "no 'in 0 delen', no '0 regels'");
    let out = sb.run(&[
        "--db",
        db,
        "--lang",
        "en",
        "import",
        "agenda",
        "agenda.txt",
        "--body",
        "KLO",
        "--date",
        "11-12-2026",
    ]);
    assert_eq!(stderr(&out).trim_end(), "imported 2 items into meeting 2");
}

/// Walk-through G13/G16: a missing file and a saved mail are said for what they are, in Dutch.
#[test]
fn a_missing_file_and_a_saved_mail_are_said_for_what_they_are() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let db = db.to_str().unwrap();
    let out = sb.run(&["--db", db, "import", "agenda", "weg.docx", "--body", "KLO", "--date", "10-12-2026"]);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out).trim_end(),
        "annoteer: weg.docx bestaat niet (een tikfout in het pad?); er is niets geïmporteerd"
    );
    let mail = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mail/docx_agenda.eml");
    let out = sb.run(&["--db", db, "import", "agenda", mail, "--body", "KLO", "--date", "10-12-2026"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is een e-mail; lees haar met annoteer import mail"), "{}", stderr(&out));
    let listed = sb.run(&["--db", db, "meetings", "--json"]);
    assert_eq!(stdout(&listed).trim(), "[]", "no meeting made");
}

#[test]
fn the_decision_import_gives_its_reasons_in_dutch() {
    let sb = Sandbox::new();
    let db = sb.path("d.db");
    let db = db.to_str().unwrap();
    std::fs::write(sb.path("d.csv"), "Datum;Besluit;Gremium\n31-02-2020;Vastgesteld.;AB\n12-12-2019;Akkoord.;AB\n")
        .unwrap();
    let out = sb.run(&["--db", db, "import", "decisions", "d.csv"]);
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(said.contains("is geen datum (gebruik 2019-12-12"), "{said}");
    assert!(!said.contains("is not a date"), "{said}");
}
