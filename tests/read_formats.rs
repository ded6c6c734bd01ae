//! The readers on files made as a secretariat makes them (pandoc and python-docx Word files, their
//! LibreOffice PDFs, a council portal page, a Windows-1252 text): the committed fixtures, so these run on
//! any machine.

mod read_support;

use annoteer::import::read::{read_bytes, read_path, Kind, ReadError};
use read_support::{fixture, pdf_with_pages};

fn lines(name: &str) -> Vec<String> {
    read_path(&fixture(name)).expect("readable").text.lines().map(str::to_string).collect()
}

#[test]
fn a_pandoc_word_agenda_shows_words_numbers_and_its_pdf_the_same_lines() {
    let docx = lines("agenda_ab.docx");
    assert_eq!(
        docx[3..10],
        [
            "1. Opening en mededelingen",
            "2. Vaststellen van de agenda",
            "3. Verslagen",
            "a. Verslag van de vergadering van 24 september 2026 (ter vaststelling)",
            "b. Lijst van toezeggingen (ter kennisname)",
            "Ter besluitvorming",
            "4. Begroting 2027 en meerjarenraming 2028-2030 (ter besluitvorming)",
        ]
    );
    // The list restarted after the heading continues at 4 (pandoc's startOverride), its sub-list at a.
    assert!(docx.contains(&"a. Zienswijzen van de gemeenteraden".to_string()), "{docx:#?}");
    assert_eq!(docx.last().map(String::as_str), Some("8. Sluiting"));
    // LibreOffice computed the numbers itself when it printed the PDF: the same lines mean the same numbers.
    assert_eq!(lines("agenda_ab.pdf"), docx);
}

#[test]
fn a_python_docx_agenda_numbered_by_its_style_reads_as_its_pdf() {
    let docx = lines("agenda_db.docx");
    assert!(docx.contains(&"3. Besluitenlijst van 20 oktober 2026 (ter vaststelling)".to_string()), "{docx:#?}");
    assert!(docx.contains(&"4. Waterbeheerprogramma 2028 (ter besluitvorming)".to_string()), "{docx:#?}");
    assert!(docx.contains(&"6\tJaarrekening 2025\tter kennisname".to_string()), "{docx:#?}");
    assert_eq!(lines("agenda_db.pdf"), docx);
}

#[test]
fn an_agenda_book_loses_its_running_head_and_page_numbers_and_keeps_its_items() {
    let pdf = lines("agenda_book.pdf");
    assert!(pdf.iter().all(|l| !l.contains("Agendaboek") && !l.starts_with("Pagina")), "{pdf:#?}");
    assert!(pdf.contains(&"10. Aanbesteding ademluchtapparatuur (ter besluitvorming)".to_string()));
    assert!(pdf.contains(&"15. Sluiting".to_string()));
    // A paragraph wrapped over many printed lines is one line again.
    let prose = pdf.iter().filter(|l| l.starts_with("Het dagelijks bestuur")).count();
    assert!((100..=11 * 15).contains(&prose), "{prose} prose lines");
    // Word's header and footer parts are not read at all.
    assert!(lines("agenda_book.docx").iter().all(|l| !l.contains("Agendaboek") && !l.contains("Pagina")));
}

#[test]
fn a_portal_page_gives_its_agenda_without_menus_scripts_or_footer() {
    let doc = read_path(&fixture("portal.html")).unwrap();
    assert_eq!(doc.kind, Kind::Html);
    let lines: Vec<&str> = doc.text.lines().collect();
    assert!(lines.contains(&"3. Hamerstukken"));
    assert!(lines.contains(&"a. Verordening Jeugdhulp 2027 (ter besluitvorming)"));
    assert!(lines.contains(&"a. Programmabegroting 2027–2030 & motie \"Groen\" (ter besluitvorming)"));
    assert!(lines.contains(&"5. Sluiting"));
    assert!(lines.contains(&"I-1\tBrief van de provincie over de RES\tter kennisname"));
    for gone in ["Kalender", "dataLayer", "Zoeken", "Gemeente Zeist", "Live uitzending", "Sla over"] {
        assert!(!doc.text.contains(gone), "{gone} is still there:\n{}", doc.text);
    }
}

#[test]
fn windows_1252_text_reads_as_the_words() {
    let doc = read_path(&fixture("agenda_cp1252.txt")).unwrap();
    assert_eq!(doc.kind, Kind::Text);
    assert_eq!(doc.text, std::fs::read_to_string(fixture("agenda_cp1252.utf8.txt")).unwrap());
}

#[test]
fn the_kind_comes_from_the_content_not_the_name() {
    let pdf = std::fs::read(fixture("agenda_ab.pdf")).unwrap();
    assert_eq!(read_bytes(&pdf, "agenda.txt").unwrap().kind, Kind::Pdf);
    let docx = std::fs::read(fixture("agenda_ab.docx")).unwrap();
    assert_eq!(read_bytes(&docx, "bijlage").unwrap().kind, Kind::Docx);
}

#[test]
fn a_scan_and_an_encrypted_pdf_are_refused_and_an_owner_password_is_no_obstacle() {
    let scan = read_path(&fixture("scan.pdf")).unwrap_err();
    assert!(matches!(scan, ReadError::PdfNoText { .. }));
    assert!(scan.text(annoteer::locale::Lang::Nl).ends_with("dit PDF-bestand bevat geen tekst; is het een scan?"));
    assert!(matches!(read_path(&fixture("encrypted.pdf")), Err(ReadError::PdfEncrypted { .. })));
    // Printing and copying forbidden, but no password to open: readable, as in any PDF viewer.
    assert_eq!(lines("owner_password.pdf"), lines("agenda_ab.pdf"));
}

#[test]
fn a_200_page_pdf_is_read_whole_with_its_heads_and_page_numbers_gone() {
    let bytes = pdf_with_pages(200, 40);
    let doc = read_bytes(&bytes, "boek.pdf").unwrap();
    let lines: Vec<&str> = doc.text.lines().collect();
    assert_eq!(lines.len(), 200 * 40, "first lines: {:?}", &lines[..5.min(lines.len())]);
    assert_eq!(lines[0], "1. Onderwerp nummer 1 (ter kennisname)");
    assert_eq!(lines[7999], "8000. Onderwerp nummer 8000 (ter kennisname)");
}

#[test]
fn pages_with_only_a_stamp_and_a_page_number_are_a_scan() {
    // What a scanner leaves as text: the same line on every page, and the page numbers.
    let bytes = pdf_with_pages(3, 0);
    assert!(matches!(read_bytes(&bytes, "gescand.pdf"), Err(ReadError::PdfNoText { .. })));
}
