//! `annoteer import agenda|decisions FILE` with the files that really arrive: a Word agenda and its PDF
//! give the same items; a scan, an encrypted or damaged file is refused in one sentence with nothing made;
//! hostile files end in a message or an import, never a panic or a hang.

mod common;
mod read_support;
mod tool_support;

use common::*;
use read_support::{fixture, pdf_with_pages, run_tool, soffice_pdf};
use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

/// (number, title, treatment) of each item of a meeting, as `show --json` gives them.
fn items(sb: &Sandbox, db: &Path, meeting: &str) -> Vec<(String, String, String)> {
    let out = sb.run(&["--db", db.to_str().unwrap(), "show", meeting, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let item = &i["item"];
            (item["number"].to_string(), item["title"].to_string(), item["treatment"].to_string())
        })
        .collect()
}

fn meeting_count(sb: &Sandbox, db: &Path) -> usize {
    let out = sb.run(&["--db", db.to_str().unwrap(), "meetings", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json.as_array().map_or_else(|| json["meetings"].as_array().unwrap().len(), Vec::len)
}

fn import_agenda(sb: &Sandbox, db: &Path, file: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["--db", db.to_str().unwrap(), "import", "agenda", file.to_str().unwrap()];
    args.extend_from_slice(&["--body", "AB", "--date", "2026-10-29", "--again"]);
    args.extend_from_slice(extra);
    within(sb, &args, Duration::from_secs(120))
}

/// The binary, stopped and failed when it takes longer than `limit` (a hang is a failure, not a wait).
fn within(sb: &Sandbox, args: &[&str], limit: Duration) -> Output {
    let mut child = sb.cmd().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("annoteer {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The Word agenda and its PDF make meetings with the same items (number, title, treatment).
fn assert_same_items(docx: &Path, pdf: &Path, at_least: usize) {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let first = import_agenda(&sb, &db, docx, &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = import_agenda(&sb, &db, pdf, &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    let (a, b) = (stdout(&first).trim().to_string(), stdout(&second).trim().to_string());
    let from_word = items(&sb, &db, &a);
    assert!(from_word.len() >= at_least, "{} gave only {from_word:#?}", docx.display());
    assert_eq!(from_word, items(&sb, &db, &b), "{} and {} differ", docx.display(), pdf.display());
}

#[test]
fn a_word_agenda_and_its_pdf_import_to_the_same_items() {
    assert_same_items(&fixture("agenda_ab.docx"), &fixture("agenda_ab.pdf"), 8);
    assert_same_items(&fixture("agenda_db.docx"), &fixture("agenda_db.pdf"), 5);
    assert_same_items(&fixture("agenda_book.docx"), &fixture("agenda_book.pdf"), 15);
}

#[test]
fn the_items_of_the_word_agenda_are_its_numbered_lines() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let out = import_agenda(&sb, &db, &fixture("agenda_ab.docx"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = items(&sb, &db, stdout(&out).trim());
    let titles: Vec<&str> = got.iter().map(|(_, t, _)| t.trim_matches('"')).collect();
    assert_eq!(titles.first(), Some(&"Opening en mededelingen"));
    assert_eq!(titles.last(), Some(&"Sluiting"));
    let begroting = got.iter().find(|(_, t, _)| t.contains("Begroting 2027")).expect("the budget item");
    assert_eq!(begroting.0, "\"4\"");
    assert_ne!(begroting.2, "null", "its treatment (ter besluitvorming) is read");
}

#[test]
fn freshly_made_word_agendas_and_their_libreoffice_pdfs_give_the_same_items() {
    if !(tool_support::have_pandoc() && tool_support::have_soffice()) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("agenda_ab.md"), dir.path().join("agenda.md")).unwrap();
    run_tool(dir.path(), "pandoc", &["agenda.md", "-o", "agenda.docx"]);
    let pdf = soffice_pdf(dir.path(), "agenda.docx");
    assert_same_items(&dir.path().join("agenda.docx"), &pdf, 8);

    if tool_support::have("python3", &["-c", "import docx"], "the python-docx Word agenda") {
        let script = fixture("make_docx.py");
        run_tool(dir.path(), "python3", &[script.to_str().unwrap(), "styled.docx"]);
        let pdf = soffice_pdf(dir.path(), "styled.docx");
        assert_same_items(&dir.path().join("styled.docx"), &pdf, 5);
    }
}

fn assert_refused_in_one_sentence(out: &Output, words: &str) {
    assert!(!out.status.success(), "accepted: {}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.trim_end().lines().count(), 1, "one sentence, got:\n{err}");
    assert!(err.contains(words), "expected {words:?} in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(stdout(out).is_empty(), "no meeting id printed: {}", stdout(out));
}

#[test]
fn a_scan_is_refused_in_one_sentence_and_no_meeting_is_made() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let before = meeting_count(&sb, &db);
    let out = import_agenda(&sb, &db, &fixture("scan.pdf"), &[]);
    assert_refused_in_one_sentence(&out, "dit PDF-bestand bevat geen tekst; is het een scan?");
    assert_eq!(meeting_count(&sb, &db), before);
    let out = import_agenda(&sb, &db, &fixture("scan.pdf"), &["--lang", "en"]);
    assert_refused_in_one_sentence(&out, "this PDF has no text; is it a scan?");

    // Refused before the database is opened: not even a new database file appears.
    let fresh = sb.path("nieuw.db");
    let out = import_agenda(&sb, &fresh, &fixture("scan.pdf"), &[]);
    assert_refused_in_one_sentence(&out, "is het een scan?");
    assert!(!fresh.exists());
}

#[test]
fn a_freshly_scanned_page_is_refused_too() {
    if !(tool_support::have_pdftotext() && tool_support::have_pandoc() && tool_support::have_soffice()) {
        return;
    }
    // The page printed by LibreOffice, rendered to a picture (as a scanner would) and put back in a PDF.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("agenda_ab.pdf"), dir.path().join("agenda.pdf")).unwrap();
    run_tool(dir.path(), "pdftoppm", &["-r", "60", "-gray", "-png", "-singlefile", "agenda.pdf", "page"]);
    std::fs::write(dir.path().join("scan.md"), "![](page.png){width=100%}\n").unwrap();
    run_tool(dir.path(), "pandoc", &["scan.md", "-o", "scan.docx"]);
    let scan = soffice_pdf(dir.path(), "scan.docx");
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let before = meeting_count(&sb, &db);
    assert_refused_in_one_sentence(&import_agenda(&sb, &db, &scan, &[]), "is het een scan?");
    assert_eq!(meeting_count(&sb, &db), before);
}

fn zip_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    let chunk = vec![b'<'; 1 << 20];
    for _ in 0..200 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn bad_files_are_refused_in_one_sentence_and_change_nothing() {
    let sb = Sandbox::new();
    let db = sb.demo_db();
    let before = meeting_count(&sb, &db);
    let hash = file_hash(&db);
    let pdf = std::fs::read(fixture("agenda_ab.pdf")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("agenda.docx", b"1. Opening\n2. Sluiting\n".to_vec(), "geen Word-bestand"),
        ("bom.docx", zip_bomb(), "pakt uit tot meer dan 50 MB"),
        (
            "spreadsheet.docx",
            {
                let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default()).unwrap();
                zip.write_all(b"<workbook/>").unwrap();
                zip.finish().unwrap().into_inner()
            },
            "geen Word-document",
        ),
        ("versleuteld.pdf", std::fs::read(fixture("encrypted.pdf")).unwrap(), "versleuteld"),
        ("afgebroken.pdf", pdf[..pdf.len() / 3].to_vec(), "beschadigd"),
        ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0".to_vec(), "oude Office-formaat"),
        ("leeg.pdf", Vec::new(), "is leeg"),
        (
            "foto.jpg",
            b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0".to_vec(),
            "geen tekst-, Word-, PDF- of webbestand",
        ),
    ];
    for (name, bytes, words) in cases {
        let file = sb.path(name);
        std::fs::write(&file, &bytes).unwrap();
        let out = import_agenda(&sb, &db, &file, &[]);
        assert_refused_in_one_sentence(&out, words);
        assert!(stderr(&out).contains("er is niets geïmporteerd"), "{}", stderr(&out));
    }
    assert_eq!(meeting_count(&sb, &db), before);
    assert_eq!(file_hash(&db), hash, "the database is untouched");
}

#[test]
fn a_pdf_damaged_in_the_middle_gives_a_message_or_its_readable_pages_never_a_panic() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let mut pdf = std::fs::read(fixture("agenda_book.pdf")).unwrap();
    let middle = pdf.len() / 2;
    pdf[middle..middle + 4000].iter_mut().for_each(|b| *b = b'#');
    let file = sb.path("kapot.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let out = import_agenda(&sb, &db, &file, &[]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    if !out.status.success() {
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
}

#[test]
fn big_files_are_read_in_bounded_time() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");

    let book = sb.path("boek.pdf");
    // (Item numbers of four digits read as years to the parser, so 4 items a page keeps them below 1000.)
    std::fs::write(&book, pdf_with_pages(200, 4)).unwrap();
    let out = import_agenda(&sb, &db, &book, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(items(&sb, &db, stdout(&out).trim()).len(), 800);

    // A portal page of 5 MB: a long table of earlier meetings under the agenda.
    let mut page =
        String::from("<!doctype html><html><body><h1>Agenda</h1><ol><li>Opening</li><li>Sluiting</li></ol><table>");
    while page.len() < 5 * 1024 * 1024 {
        page.push_str("<tr><td>Vergadering</td><td><a href=\"/x\">Verslag &amp; besluitenlijst</a></td><td>12-03-2026</td></tr>\n");
    }
    page.push_str("</table></body></html>");
    let html = sb.path("portaal.html");
    std::fs::write(&html, page).unwrap();
    let out = import_agenda(&sb, &db, &html, &[]);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(" ingelezen in vergadering "), "{}", stderr(&out));
}

#[test]
fn windows_1252_text_and_a_portal_page_are_imported() {
    let sb = Sandbox::new();
    let db = sb.path("a.db");
    let out = import_agenda(&sb, &db, &fixture("agenda_cp1252.txt"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = items(&sb, &db, stdout(&out).trim());
    assert!(got.iter().any(|(_, t, _)| t.contains("Financiële verordening – wijziging “artikel 4”")), "{got:#?}");
    let out = import_agenda(&sb, &db, &fixture("portal.html"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = items(&sb, &db, stdout(&out).trim());
    assert!(got.iter().any(|(_, t, _)| t.contains("Verordening Jeugdhulp 2027")), "{got:#?}");
}

#[test]
fn a_decision_list_in_word_and_as_pdf_gives_the_same_decisions() {
    if !(tool_support::have_pandoc() && tool_support::have_soffice()) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("besluiten.md"),
        "Besluitenlijst Stuurgroep MIT, 12 december 2019\n\n\
         20191212.1 Opening – de voorzitter opent de vergadering.\n\n\
         20191212.5 Effectmeting – De SG stemt in met het voorstel voor effectmeting, met de kanttekening \
         dat de OG het plan uitwerkt.\n",
    )
    .unwrap();
    run_tool(dir.path(), "pandoc", &["besluiten.md", "-o", "besluiten.docx"]);
    let pdf = soffice_pdf(dir.path(), "besluiten.docx");
    let sb = Sandbox::new();
    let (word_db, pdf_db) = (sb.path("w.db"), sb.path("p.db"));
    for (db, file) in [(&word_db, dir.path().join("besluiten.docx")), (&pdf_db, pdf)] {
        let out =
            sb.run(&["--db", db.to_str().unwrap(), "import", "decisions", file.to_str().unwrap(), "--body", "MIT"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).starts_with("2 besluiten ingelezen"), "{}", stdout(&out));
    }
    let search = |db: &Path| stdout(&sb.run(&["--db", db.to_str().unwrap(), "search", "effectmeting"]));
    assert_eq!(search(&word_db), search(&pdf_db));
    assert!(search(&word_db).contains("kanttekening"));
}
