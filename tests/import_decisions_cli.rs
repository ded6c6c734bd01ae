//! `annoteer import decisions` run as the real binary: formats, bad rows, all-or-nothing, --skip-bad.

mod common;

use common::*;
use rusqlite::Connection;
use std::path::Path;

fn decisions(db: &Path) -> Vec<(String, String, String, String)> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT d.date, d.text, coalesce(b.name, ''), d.reference FROM decisions d
             LEFT JOIN bodies b ON b.id = d.body_id ORDER BY d.id",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect()
}

fn import(sb: &Sandbox, db: &Path, name: &str, content: &[u8], extra: &[&str]) -> std::process::Output {
    let file = sb.path(name);
    std::fs::write(&file, content).unwrap();
    // The reader's own words are English; the command's sentences around them are checked in English here.
    let mut args = vec!["--lang", "en", "--db", db.to_str().unwrap(), "import", "decisions", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    sb.run(&args)
}

#[test]
fn csv_with_english_headers_and_quotes() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let csv = "Date,Text,Body,Reference\n2022-03-24,\"Akkoord, met kanttekening\",Stuurgroep MIT,Agendapunt 4.1\n12-12-2019,Voorstel aangenomen,KLO,\n";
    let out = import(&sb, &db, "list.csv", csv.as_bytes(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("imported 2 decisions"), "{}", stdout(&out));
    assert_eq!(
        decisions(&db),
        vec![
            ("2022-03-24".into(), "Akkoord, met kanttekening".into(), "Stuurgroep MIT".into(), "Agendapunt 4.1".into()),
            ("2019-12-12".into(), "Voorstel aangenomen".into(), "KLO".into(), String::new()),
        ]
    );
}

#[test]
fn semicolon_csv_in_windows_1252_with_dutch_headers_and_body_option() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    // "Financiële" in Windows-1252: ë is 0xEB.
    let mut bytes = b"Datum;Besluit;Kenmerk\r\n24 maart 2022;Financi".to_vec();
    bytes.push(0xEB);
    bytes.extend_from_slice(b"le tranche vastgesteld;SG-2022-7\r\n");
    let out = import(&sb, &db, "list.csv", &bytes, &["--body", "HASG"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        decisions(&db),
        vec![("2022-03-24".into(), "Financiële tranche vastgesteld".into(), "HASG".into(), "SG-2022-7".into())]
    );
}

#[test]
fn tsv_with_a_body_column_wins_over_the_option_only_where_filled() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let tsv = "datum\tinhoud\tgremium\tverwijzing\n2022-01-05\tEerste\tKLO\t1\n2022-01-06\tTweede\t\t2\n";
    let out = import(&sb, &db, "list.tsv", tsv.as_bytes(), &["--body", "MIO"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bodies: Vec<String> = decisions(&db).into_iter().map(|d| d.2).collect();
    assert_eq!(bodies, vec!["KLO", "MIO"]);
}

#[test]
fn besluitenlijst_with_numbered_entries() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let text = "Besluitenlijst Stuurgroep MIT, 12 december 2019\n\n\
                20191212.1 Opening – de voorzitter opent de vergadering.\n\
                20191212.5 Effectmeting – De SG stemt in met het voorstel voor\n\
                effectmeting, met de kanttekening dat de OG het plan uitwerkt.\n";
    let out = import(&sb, &db, "besluiten.txt", text.as_bytes(), &["--body", "Stuurgroep MIT"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = decisions(&db);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "2019-12-12");
    assert_eq!(got[1].3, "20191212.5");
    assert_eq!(
        got[1].1,
        "Effectmeting – De SG stemt in met het voorstel voor effectmeting, met de kanttekening dat de OG het plan uitwerkt."
    );
}

#[test]
fn the_seed_table_in_its_minutes() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let fixture =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed_besluiten_table.txt")).unwrap();
    let out = import(&sb, &db, "notulen.txt", &fixture, &[]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("give --body NAME"), "{}", stderr(&out));
    let out = import(&sb, &db, "notulen.txt", &fixture, &["--body", "MIO"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("imported 7 decisions"), "{}", stdout(&out));
    let got = decisions(&db);
    let dates: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(
        dates,
        vec!["2022-02-11", "2022-02-11", "2021-12-22", "2021-12-22", "2021-12-22", "2021-12-22", "2021-08-31"]
    );
    assert!(got[2].1.starts_with("5.1.2.i - Geen specifieke rol voor het MIT."));
    assert_eq!(got[2].3, "Agendapunt 4.1");
    assert_eq!(got[6].3, "Agendapunt 2.2");
    // The action list above the table is not taken for decisions.
    assert!(!got.iter().any(|d| d.1.contains("Verkennen MIT-Labs")));
}

#[test]
fn bad_rows_are_reported_by_line_and_nothing_is_written() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let first = import(&sb, &db, "ok.csv", b"date,text,body\n2022-01-01,Eerder besluit,SG\n", &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = file_hash(&db);
    let csv = "date,text,body\n2022-03-24,Goed,SG\n2022-02-30,Geen echte datum,SG\n\n2022-03-25,,SG\n2022-03-26,Ook goed,SG\n";
    let out = import(&sb, &db, "list.csv", csv.as_bytes(), &[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("2 bad rows, so nothing was imported"), "{err}");
    assert!(err.contains("line 3: \"2022-02-30\" is not a date"), "{err}");
    assert!(err.contains("line 5: the decision text is empty"), "{err}");
    assert_eq!(decisions(&db).len(), 1);
    assert_eq!(file_hash(&db), before, "the database file was changed");

    let out = import(&sb, &db, "list.csv", csv.as_bytes(), &["--skip-bad"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("imported 2 decisions") && text.contains("skipped 2 bad rows"), "{text}");
    assert!(text.contains("line 3:") && text.contains("line 5:"), "{text}");
    let texts: Vec<String> = decisions(&db).into_iter().map(|d| d.1).collect();
    assert_eq!(texts, vec!["Eerder besluit", "Goed", "Ook goed"]);
}

#[test]
fn a_file_that_is_no_decision_list_is_refused_with_what_is_accepted() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let out = import(&sb, &db, "x.csv", b"naam,leeftijd\nJan,40\n", &["--body", "SG"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("no decision list found") && err.contains("datum besluit"), "{err}");
    let out = import(&sb, &db, "empty.txt", b"\n\n", &["--body", "SG"]);
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
}

#[test]
fn a_decision_on_a_known_meeting_date_is_linked_to_that_meeting() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    {
        let mut store = annoteer::store::Store::open(&db, annoteer::store::Access::Create).unwrap();
        store
            .create_meeting(&annoteer::domain::MeetingDraft {
                body: "KLO".into(),
                date: "2022-03-08".into(),
                ..Default::default()
            })
            .unwrap();
    }
    let out = import(
        &sb,
        &db,
        "l.tsv",
        b"datum\tbesluit\n08-03-2022\tInzet akkoord\n09-03-2022\tAnder\n",
        &["--body", "klo"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 linked to their meeting"), "{}", stdout(&out));
    let conn = Connection::open(&db).unwrap();
    let linked: i64 =
        conn.query_row("SELECT count(*) FROM decisions WHERE meeting_id IS NOT NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(linked, 1);
}

#[test]
fn importing_the_same_list_twice_adds_each_decision_once() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let tsv = "datum\tbesluit\tgremium\tverwijzing\n\
               2022-03-24\tDe SG stemt in met het voorstel\tStuurgroep MIT\tAgendapunt 6\n\
               2022-03-08\tInzet van de FIOD afgestemd\tKLO\t\n";
    let first = import(&sb, &db, "list.tsv", tsv.as_bytes(), &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).is_empty(), "{}", stderr(&first));
    let stored = decisions(&db);
    assert_eq!(stored.len(), 2);

    let second = import(&sb, &db, "list.tsv", tsv.as_bytes(), &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stdout(&second).contains("imported 0 decisions"), "{}", stdout(&second));
    assert_eq!(stderr(&second).trim(), "skipped 2 decisions already present (same body, date, text and reference)");
    assert_eq!(decisions(&db), stored, "the second import changed the decisions");

    // Only an exact match is skipped: another reference, date or body (any case counts as the same) is new.
    let more = "datum\tbesluit\tgremium\tverwijzing\n\
                2022-03-24\tDe SG stemt in met het voorstel\tstuurgroep mit\tAgendapunt 6\n\
                2022-03-24\tDe SG stemt in met het voorstel\tStuurgroep MIT\tAgendapunt 7\n\
                2022-03-25\tInzet van de FIOD afgestemd\tKLO\t\n\
                2022-03-08\tInzet van de FIOD afgestemd\tMIO\t\n";
    let third = import(&sb, &db, "more.tsv", more.as_bytes(), &[]);
    assert!(third.status.success(), "{}", stderr(&third));
    assert!(stdout(&third).contains("imported 3 decisions"), "{}", stdout(&third));
    assert!(stderr(&third).starts_with("skipped 1 decision already present"), "{}", stderr(&third));
    assert_eq!(decisions(&db).len(), 5);
}
