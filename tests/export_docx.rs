//! The memo as a Word document that annoteer writes itself (issue 14): read back by pandoc, unzipped,
//! converted by LibreOffice, byte for byte the same for the same data, and hostile text intact.
//! Tests that need pandoc, LibreOffice or pdftotext print a note and pass when the tool is missing,
//! unless ANNOTEER_REQUIRE_TOOLS=1 (.ci/run installs them and sets it).

mod memo_fixture;
mod tool_support;

use annoteer::domain::*;
use annoteer::memo::{decisions_document, docx_memo, memo_document, DocxOptions, Template};
use memo_fixture::docx::{document_outline, member, member_names};
use memo_fixture::outline::*;
use memo_fixture::pandoc::{meta_text, pandoc_json, pandoc_outline};
use memo_fixture::{demo_record, item, record_with_text_everywhere, seed_record};
use std::process::Command;

fn docx(record: &MeetingRecord) -> Vec<u8> {
    docx_memo(record, &DocxOptions::default())
}

/// The seed record with a numbered list, nested talking points, decisions and action points.
fn full_record() -> MeetingRecord {
    let mut record = seed_record();
    record.items[2].item.annotation.push_str(
        "\n\nBesluitpunten in de oplegger:\n\n1. Instemmen met de planning.\n2. Opdracht aan het PGT:\n   - een begroting\n3. Terugkoppeling in juni.",
    );
    record.items[2].item.talking_points.push("Huisvesting korte termijn:\n- Gorinchem\n- Den Bosch".into());
    record.items[4].decisions = vec![decision(1, Some(ItemId(5)), "Akkoord met het voorstel voor effectmeting.", "4")];
    record.decisions = vec![decision(2, None, "De volgende vergadering is op 20 april.", "")];
    record.actions = vec![
        action(1, "2403.4.1", "PGT", "Uitwerken effectmeting", "2022-05-31", ActionStatus::Open),
        action(2, "2403.5.1", "PDC", "PvE ter consultatie", "Mei 2022", ActionStatus::Done),
    ];
    record
}

fn decision(id: i64, item_id: Option<ItemId>, text: &str, reference: &str) -> Decision {
    Decision {
        id: DecisionId(id),
        body_id: Some(BodyId(1)),
        body: "Stuurgroep MIT".into(),
        meeting_id: Some(MeetingId(1)),
        item_id,
        date: "2022-03-24".into(),
        text: text.into(),
        reference: reference.into(),
    }
}

fn action(id: i64, code: &str, owner: &str, text: &str, deadline: &str, status: ActionStatus) -> ActionPoint {
    ActionPoint {
        id: ActionId(id),
        code: code.into(),
        owner: owner.into(),
        text: text.into(),
        deadline: deadline.into(),
        status,
        remarks: String::new(),
        meeting_id: Some(MeetingId(1)),
        item_id: None,
    }
}

// ---- read back by pandoc ----

#[test]
fn pandoc_reads_headings_the_table_lists_and_the_bold_advice() {
    if !tool_support::have_pandoc() {
        return;
    }
    for record in [demo_record(), full_record()] {
        let doc = pandoc_json(&docx(&record), "docx");
        let outline = pandoc_outline(&doc);
        assert_eq!(meta_text(&doc, "title"), "Geannoteerde agenda", "the Title paragraph is the title");
        for rec in &record.items {
            let number = if rec.item.depth == 0 { format!("{}.", rec.item.number) } else { rec.item.number.clone() };
            let heading = format!("H{} {number} {}", 2 + rec.item.depth, rec.item.title);
            assert!(outline.contains(&heading), "no {heading:?} in {outline:#?}");
        }
        assert!(outline.contains(&"H1 Overzicht".to_string()));
        let tables = doc["blocks"].as_array().unwrap().iter().filter(|b| b["t"] == "Table").count();
        assert_eq!(tables, if record.actions.is_empty() { 1 } else { 2 });
        let overview = outline.iter().position(|l| l.starts_with("T ")).unwrap();
        assert_eq!(
            outline[overview],
            "T \u{E001}Nr.\u{E002}\u{E000}\u{E001}Agendapunt\u{E002}\u{E000}\u{E001}Behandeling\u{E002}\u{E000}\u{E001}Advies\u{E002}",
            "a bold header row"
        );
        // Pandoc reads exactly the outline the document has (less the title, which it takes as metadata).
        let mut expected = docx_expected_outline(&memo_document(&record));
        expected.remove(0);
        assert_eq!(outline, expected);
    }
    let outline = pandoc_outline(&pandoc_json(&docx(&full_record()), "docx"));
    let has = |line: &str| assert!(outline.iter().any(|l| l == line), "no {line:?} in {outline:#?}");
    has("P \u{E001}Advies: akkoord met kanttekeningen.\u{E002} Het advies is om steun uit te spreken voor:");
    has("L0 het aansluiten bij de huidige operationele trajecten (zoals op TBML);");
    has("L0 Sheet 7: Hier wordt gesteld dat het MIT een zelfstandige entiteit wordt.");
    has("L1 Den Bosch");
    let numbered = outline.iter().position(|l| l == "ORDERED").expect("a numbered list");
    assert_eq!(
        &outline[numbered + 1..numbered + 5],
        ["L0 Instemmen met de planning.", "L0 Opdracht aan het PGT:", "L1 een begroting", "L0 Terugkoppeling in juni."]
    );
}

#[test]
fn pandoc_reads_the_decision_and_action_list() {
    if !tool_support::have_pandoc() {
        return;
    }
    let list = decisions_document(&full_record());
    let doc = pandoc_json(&list.to_docx(&DocxOptions::default()), "docx");
    let outline = pandoc_outline(&doc);
    assert_eq!(meta_text(&doc, "title"), "Besluiten- en actielijst");
    let expected = [
        "P \u{E001}Vergadering:\u{E002} Stuurgroep MIT",
        "P \u{E001}Datum:\u{E002} donderdag 24 maart 2022",
        "P \u{E001}Van:\u{E002} Bestuursondersteuning",
        "H1 Besluiten",
        "H2 4. Voorstel voor effectmeting",
        "L0 Akkoord met het voorstel voor effectmeting. (4)",
        "H2 Overige besluiten",
        "L0 De volgende vergadering is op 20 april.",
        "H1 Actiepunten",
        "T \u{E001}Code\u{E002}\u{E000}\u{E001}Wie\u{E002}\u{E000}\u{E001}Actiepunt\u{E002}\u{E000}\u{E001}Deadline\u{E002}\u{E000}\u{E001}Status\u{E002}",
        "T 2403.4.1\u{E000}PGT\u{E000}Uitwerken effectmeting\u{E000}31 mei 2022\u{E000}Open",
        "T 2403.5.1\u{E000}PDC\u{E000}PvE ter consultatie\u{E000}Mei 2022\u{E000}Afgehandeld",
    ];
    assert_eq!(outline, expected);
}

// ---- unzipped ----

#[test]
fn header_and_footer_carry_the_classification_and_page_fields_on_every_page() {
    let bytes = docx(&demo_record());
    let classification = "VERTROUWELIJK – persoonlijke noties, niet verder te delen";
    let header = member(&bytes, "word/header1.xml");
    let footer = member(&bytes, "word/footer1.xml");
    assert!(header.contains(classification), "{header}");
    assert!(footer.contains(classification), "{footer}");
    assert!(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), "{footer}");
    assert!(footer.contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>"), "{footer}");
    assert!(footer.contains(">pagina </w:t>") && footer.contains("> van </w:t>"), "{footer}");
    // One section, its default header and footer: every page has them.
    let document = member(&bytes, "word/document.xml");
    assert_eq!(document.matches("<w:sectPr>").count(), 1);
    assert!(document.contains(r#"<w:headerReference w:type="default" r:id="rId4"/>"#));
    assert!(document.contains(r#"<w:footerReference w:type="default" r:id="rId5"/>"#));
    assert!(!document.contains("w:titlePg"), "no different first page without the marking");
    let rels = member(&bytes, "word/_rels/document.xml.rels");
    assert!(rels.contains(r#"Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml""#));
    assert!(rels.contains(r#"Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml""#));
    // The classification is not in the body a second time.
    assert!(!document.contains(classification));
}

#[test]
fn word_styles_document_properties_and_a_repeating_table_header() {
    let bytes = docx(&demo_record());
    let document = member(&bytes, "word/document.xml");
    for style in ["Title", "Heading1", "Heading2", "ListBullet"] {
        assert!(document.contains(&format!(r#"<w:pStyle w:val="{style}"/>"#)), "no {style} paragraph");
    }
    assert!(document.contains(r#"<w:tblStyle w:val="TableGrid"/>"#));
    let header_row = document.find("<w:tblHeader/>").expect("a repeating header row");
    assert!(document[header_row..].find("Nr.").unwrap() < document[header_row..].find("Mededelingen").unwrap());
    assert_eq!(document.matches("<w:tblHeader/>").count(), 1, "only the overview's first row");
    let styles = member(&bytes, "word/styles.xml");
    assert!(styles.contains(r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>"#));
    assert!(styles.contains(r#"<w:outlineLvl w:val="0"/>"#), "headings reach the navigation pane");
    let core = member(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:title>Geannoteerde agenda</dc:title>"), "{core}");
    assert!(core.contains("<dc:subject>Stuurgroep MIT, donderdag 24 maart 2022</dc:subject>"), "{core}");
    assert!(core.contains("<dc:creator>5.1.2.e (staf korpsleiding)</dc:creator>"), "{core}");
    assert!(core.contains("<cp:category>VERTROUWELIJK – persoonlijke noties, niet verder te delen</cp:category>"));
    assert!(core.contains(r#"<dcterms:created xsi:type="dcterms:W3CDTF">2022-03-24T00:00:00Z</dcterms:created>"#));
    let custom = member(&bytes, "docProps/custom.xml");
    assert!(custom.contains(
        r#"name="Rubricering"><vt:lpwstr>VERTROUWELIJK – persoonlijke noties, niet verder te delen</vt:lpwstr>"#
    ));
    let types = member(&bytes, "[Content_Types].xml");
    for part in ["/word/document.xml", "/word/header1.xml", "/word/footer1.xml", "/docProps/custom.xml"] {
        assert!(types.contains(&format!(r#"PartName="{part}""#)), "{part} has no content type");
    }
}

#[test]
fn without_a_classification_the_pages_still_have_numbers() {
    let mut record = seed_record();
    record.meeting.classification = String::new();
    let bytes = docx(&record);
    assert!(!member_names(&bytes).contains(&"docProps/custom.xml".to_string()));
    let footer = member(&bytes, "word/footer1.xml");
    assert!(footer.contains(" PAGE ") && !footer.contains("<w:b/>"), "{footer}");
}

// ---- the same data, the same bytes ----

#[test]
fn the_same_data_gives_the_same_bytes() {
    let a = docx(&full_record());
    let b = docx(&full_record().clone());
    assert_eq!(a, b);
    let mut other = full_record();
    other.items[0].item.notes.push('!');
    assert_ne!(a, docx(&other));
    // No clock in the zip: every member carries the format's first day.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&a)).unwrap();
    for i in 0..archive.len() {
        let file = archive.by_index(i).unwrap();
        let t = file.last_modified().expect("a time stamp");
        assert_eq!((t.year(), t.month(), t.day(), t.hour(), t.minute()), (1980, 1, 1, 0, 0), "{:?}", file.name());
    }
}

// ---- hostile text ----

/// The text of each block in the .docx is exactly the memo's: headings, paragraphs, list items and levels,
/// table cells, bold and italic, line breaks.
fn docx_mismatch(text: &str) -> Option<String> {
    let record = record_with_text_everywhere(text);
    let bytes = docx(&record);
    let expected = docx_expected_outline(&memo_document(&record));
    let got = document_outline(&member(&bytes, "word/document.xml"));
    if got == expected {
        return None;
    }
    let at = expected.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(expected.len().min(got.len()));
    Some(format!("text {text:?}: block {at}: expected {:?}, got {:?}", expected.get(at), got.get(at)))
}

#[test]
fn hostile_texts_survive_into_the_docx() {
    for (text, _) in HOSTILE {
        if let Some(why) = docx_mismatch(text) {
            panic!("{why}");
        }
    }
    // The outline would notice a lost character: a title written with one missing is a difference.
    let record = record_with_text_everywhere("3 | 4 # *test*");
    let mut broken = member(&docx(&record), "word/document.xml");
    broken = broken.replacen("3 | 4 # *test*", "3 | 4 # *test", 1);
    assert_ne!(document_outline(&broken), docx_expected_outline(&memo_document(&record)));
}

/// The 1,000 generated texts of promise 8 (tests/memo_roundtrip.rs, the same seed) in the .docx.
#[test]
fn one_thousand_generated_hostile_texts_survive_into_the_docx() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = hostile_text();
    let mut seen = std::collections::HashSet::new();
    let mut differences = Vec::new();
    while seen.len() < 1_000 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        if text.trim().is_empty() || !seen.insert(text.clone()) {
            continue;
        }
        differences.extend(docx_mismatch(&text));
    }
    eprintln!("docx: {} generated hostile texts, {} differences", seen.len(), differences.len());
    assert!(differences.is_empty(), "{} of 1000 differ; the first: {}", differences.len(), differences[0]);
}

// ---- a template's styles ----

/// A "Dutch" template: annoteer's own .docx with its heading 1 renamed to Word's Dutch id and recoloured.
fn dutch_template() -> Vec<u8> {
    let bytes = docx(&seed_record());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut file, &mut text).unwrap();
        if name == "word/styles.xml" {
            text = text.replace(
                r#"w:styleId="Heading1"><w:name w:val="heading 1"/>"#,
                r#"w:styleId="Kop1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="154273"/></w:rPr>"#,
            );
            // Drop annoteer's own list styles: the template lacks them, so they must be added.
            let start = text.find(r#"<w:style w:type="paragraph" w:styleId="ListBullet">"#).unwrap();
            let end = start + text[start..].find("</w:style>").unwrap() + "</w:style>".len();
            text.replace_range(start..end, "");
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut out, text.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_templates_styles_are_taken_and_its_ids_used() {
    let template = Template::from_docx(&dutch_template()).expect("a usable template");
    let bytes = docx_memo(&seed_record(), &DocxOptions { template: Some(template) });
    let styles = member(&bytes, "word/styles.xml");
    assert!(styles.contains(r#"w:styleId="Kop1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="154273"/>"#));
    assert!(styles.contains(r#"w:styleId="ListBullet"><w:name w:val="List Bullet"/>"#), "the missing style added");
    let document = member(&bytes, "word/document.xml");
    assert!(document.contains(r#"<w:pStyle w:val="Kop1"/>"#));
    assert!(!document.contains(r#"<w:pStyle w:val="Heading1"/>"#));
    if tool_support::have_pandoc() {
        let outline = pandoc_outline(&pandoc_json(&bytes, "docx"));
        assert!(outline.contains(&"H1 Deel 1: Reguliere Stuurgroep met PGT".to_string()), "{outline:#?}");
    }
}

// ---- LibreOffice ----

#[test]
fn libreoffice_converts_it_and_every_page_shows_the_classification() {
    if !tool_support::have_soffice() || !tool_support::have_pdftotext() {
        return;
    }
    // Enough text for several pages, so the header, footer and repeated table header are seen to repeat.
    let mut record = full_record();
    record.meeting.classification = "VERTROUWELIJK – persoonlijke noties".into();
    let long = "Het advies is om steun uit te spreken voor de bredere inzet van coaches. ".repeat(40);
    for n in 0..40 {
        let mut it = item(100 + n, &(10 + n).to_string(), &format!("Agendapunt {n}"));
        it.part_id = Some(PartId(2));
        it.annotation = long.clone();
        record.items.push(annoteer::domain::ItemRecord {
            cover_treatment: it.cover_treatment,
            item: it,
            documents: vec![],
            earlier: vec![],
            decisions: vec![],
            skipped_bodies: vec![],
            proposed_decisions: vec![],
            cover: None,
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("memo.docx");
    std::fs::write(&path, docx(&record)).unwrap();
    let run = Command::new("soffice")
        .args(["--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&path)
        // A profile of its own, so a running LibreOffice or a first-start dialog cannot interfere.
        .env("HOME", dir.path())
        .arg(format!("-env:UserInstallation=file://{}/profile", dir.path().display()))
        .output()
        .unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    assert!(run.status.success(), "{said}");
    assert!(!said.to_lowercase().contains("error"), "LibreOffice complained: {said}");
    let pdf = dir.path().join("memo.pdf");
    let text = Command::new("pdftotext").args(["-layout"]).arg(&pdf).arg("-").output().unwrap();
    assert!(text.status.success());
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 5, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(page.matches("VERTROUWELIJK – persoonlijke noties").count(), 2, "page {}: {page}", i + 1);
        let numbered = format!("pagina {} van {}", i + 1, pages.len());
        assert!(page.contains(&numbered), "page {} lacks {numbered:?}: {page}", i + 1);
    }
}

/// Pandoc's docx reader, a second reader of the same file, reads the hostile texts back the same way.
#[test]
fn hostile_texts_read_back_unchanged_by_pandocs_docx_reader() {
    if !tool_support::have_pandoc() {
        return;
    }
    for (text, _) in HOSTILE {
        let record = record_with_text_everywhere(text);
        let mut expected = docx_expected_outline(&memo_document(&record));
        expected.remove(0);
        let doc = pandoc_json(&docx(&record), "docx");
        assert_eq!(pandoc_outline(&doc), expected, "text {text:?}");
        assert_eq!(meta_text(&doc, "title"), "Geannoteerde agenda");
    }
}
