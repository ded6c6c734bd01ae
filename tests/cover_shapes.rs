//! Cover notes in the shapes a secretariat makes them, read through the file readers: Word with a
//! two-column form (python-docx), Word with headings (pandoc), a PDF from LibreOffice, and flattened text.
//! A missing tool skips with a note; ANNOTEER_REQUIRE_TOOLS=1 makes it a failure.

mod tool_support;

use annoteer::domain::{CoverRead, Treatment};
use annoteer::import::cover::read_file;
use std::path::{Path, PathBuf};
use std::process::Command;
use tool_support::{have, have_pandoc, have_soffice};

const POINTS: [&str; 2] = [
    "Kennis te nemen van het voorstel voor effectmeting",
    "Het PGT te vragen de nulmeting voor de zomer uit te voeren",
];

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("the tool starts");
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn assert_seed_oplegger(r: &CoverRead, what: &str) {
    assert_eq!(r.purpose, Some(Treatment::TerInformatie), "{what}: {r:?}");
    assert!(!r.purpose_inferred, "{what}");
    assert_eq!(r.purpose_source, "Doel", "{what}");
    assert_eq!(r.decisions, POINTS, "{what}");
    assert_eq!(r.decisions_source, "Gevraagd besluit", "{what}");
    assert_eq!(r.summary, "Het PGT stelt een effectmeting voor in drie stappen", "{what}");
}

/// The seed's oplegger as a Word form of two columns, as python-docx writes one.
fn word_form(dir: &Path) -> PathBuf {
    let path = dir.join("Oplegger effectmeting v1.0.docx");
    let script = r#"
import sys, docx
d = docx.Document()
d.add_heading("Oplegger HASG 24 maart 2022", 1)
t = d.add_table(rows=0, cols=2)
for label, value in [
    ("Onderwerp", "Voorstel voor effectmeting"),
    ("Doel", "Ter informatie"),
    ("Kernpunten", "Het PGT stelt een effectmeting voor in drie stappen."),
    ("Gevraagd besluit", None),
    ("Toelichting", "Het stuk is in de OG van 16 maart besproken."),
]:
    row = t.add_row().cells
    row[0].text = label
    if value is None:
        row[1].text = "1. Kennis te nemen van het voorstel voor effectmeting;"
        row[1].add_paragraph("2. Het PGT te vragen de nulmeting voor de zomer uit te voeren.")
    else:
        row[1].text = value
d.save(sys.argv[1])
"#;
    run(Command::new("python3").arg("-c").arg(script).arg(&path));
    path
}

const HEADINGS_MD: &str = "# Voorstel aan het algemeen bestuur\n\n## Doel\n\nTer informatie\n\n## Kernpunten\n\n\
Het PGT stelt een effectmeting voor in drie stappen.\n\n## Gevraagd besluit\n\n\
1. Kennis te nemen van het voorstel voor effectmeting;\n2. Het PGT te vragen de nulmeting voor de zomer uit te voeren.\n\n\
## Toelichting\n\nHet stuk is in de OG van 16 maart besproken en akkoord bevonden voor doorgeleiding.\n";

/// The same as a Word document of headings, as pandoc writes one from Markdown.
fn word_headings(dir: &Path) -> PathBuf {
    let md = dir.join("oplegger.md");
    std::fs::write(&md, HEADINGS_MD).unwrap();
    let path = dir.join("Oplegger effectmeting koppen v1.0.docx");
    run(Command::new("pandoc").arg(&md).arg("-o").arg(&path));
    path
}

#[test]
fn a_word_form_of_two_columns() {
    if !have("python3", &["-c", "import docx"], "the Word form made with python-docx") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    assert_seed_oplegger(&read_file(&word_form(dir.path())), "Word form");
}

#[test]
fn a_word_document_of_headings() {
    if !have_pandoc() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    assert_seed_oplegger(&read_file(&word_headings(dir.path())), "Word headings");
}

#[test]
fn a_pdf_made_by_libreoffice() {
    if !have_pandoc() || !have_soffice() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let docx = word_headings(dir.path());
    run(Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .env("HOME", dir.path()));
    let pdf = docx.with_extension("pdf");
    assert!(pdf.exists(), "LibreOffice made the PDF");
    assert_seed_oplegger(&read_file(&pdf), "PDF");
}

#[test]
fn flattened_text_of_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("oplegger.txt");
    std::fs::write(
        &path,
        "Oplegger HASG 24 maart 2022 Onderwerp: Voorstel voor effectmeting Doel: Ter informatie Kernpunten: Het \
         PGT stelt een effectmeting voor in drie stappen. Gevraagd besluit: 1. Kennis te nemen van het voorstel \
         voor effectmeting; 2. Het PGT te vragen de nulmeting voor de zomer uit te voeren. Toelichting: Het stuk \
         is in de OG van 16 maart besproken.",
    )
    .unwrap();
    assert_seed_oplegger(&read_file(&path), "flattened text");
}
