//! The memo through pandoc, as the adviser uses it (`pandoc memo.md -o memo.docx`): real headings, the
//! overview as a real table, and hostile text read back unchanged by pandoc's own markdown reader.
//! Each test prints a note and passes when pandoc is not installed, unless ANNOTEER_REQUIRE_TOOLS=1
//! (.ci/run installs pandoc and sets it).

mod memo_fixture;
mod tool_support;

use annoteer::memo::{memo_document, render_memo};
use memo_fixture::outline::*;
use memo_fixture::pandoc::{meta_text, pandoc_json, pandoc_outline};
use memo_fixture::{demo_record, record_with_text_everywhere, seed_record};
use proptest::prelude::*;
use std::process::Command;

fn have_pandoc() -> bool {
    tool_support::have_pandoc()
}

// ---- docx as a zip ----

fn u16_at(b: &[u8], i: usize) -> usize {
    u16::from_le_bytes([b[i], b[i + 1]]) as usize
}

fn u32_at(b: &[u8], i: usize) -> usize {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize
}

/// One member of a zip file, inflated; None when the file is not a zip or has no such member.
fn zip_member(zip: &[u8], name: &str) -> Option<Vec<u8>> {
    if !zip.starts_with(b"PK\x03\x04") {
        return None;
    }
    let eocd = (0..zip.len().saturating_sub(21)).rev().find(|&i| zip[i..].starts_with(b"PK\x05\x06"))?;
    let (count, mut at) = (u16_at(zip, eocd + 10), u32_at(zip, eocd + 16));
    for _ in 0..count {
        if !zip[at..].starts_with(b"PK\x01\x02") {
            return None;
        }
        let (method, size) = (u16_at(zip, at + 10), u32_at(zip, at + 20));
        let (name_len, extra_len, comment_len) = (u16_at(zip, at + 28), u16_at(zip, at + 30), u16_at(zip, at + 32));
        let local = u32_at(zip, at + 42);
        if &zip[at + 46..at + 46 + name_len] == name.as_bytes() {
            let start = local + 30 + u16_at(zip, local + 26) + u16_at(zip, local + 28);
            let data = &zip[start..start + size];
            return match method {
                0 => Some(data.to_vec()),
                8 => miniz_oxide::inflate::decompress_to_vec(data).ok(),
                _ => None,
            };
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    None
}

#[test]
fn the_memo_becomes_a_word_document_with_real_headings_and_a_table() {
    if !have_pandoc() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("memo.md");
    std::fs::write(&md, render_memo(&demo_record())).unwrap();
    let docx = dir.path().join("memo.docx");
    let run = Command::new("pandoc").arg(&md).arg("-o").arg(&docx).current_dir(dir.path()).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(run.stderr.is_empty(), "pandoc warned: {}", String::from_utf8_lossy(&run.stderr));

    let zip = std::fs::read(&docx).unwrap();
    let xml = String::from_utf8(zip_member(&zip, "word/document.xml").expect("a zip with word/document.xml")).unwrap();
    for style in ["Title", "Heading1", "Heading2"] {
        assert!(xml.contains(&format!("<w:pStyle w:val=\"{style}\" />")), "no {style} paragraph");
    }
    assert!(xml.contains("<w:tbl>"), "the overview is no Word table");
    assert!(xml.contains("6. Voorstel voor effectmeting"));
    // The date once, in the header block: pandoc is given no author or date of its own to print.
    assert_eq!(xml.matches("24 maart 2022").count(), 1, "{xml}");
    assert_eq!(xml.matches("5.1.2.e (staf korpsleiding)").count(), 1);
    assert_eq!(xml.matches(">Rondvraag<").count(), 0);
    // The advice is bold: its label sits in a run with <w:b />.
    let advice = xml.find("Advies: akkoord met kanttekeningen.").expect("the advice");
    let run_start = xml[..advice].rfind("<w:r>").unwrap();
    assert!(xml[run_start..advice].contains("<w:b />"), "the advice is not bold");
    // The talking points are a Word list (numbered paragraphs), not lines starting with "-".
    let point = xml.find("Sheet 10: Hier komen 4 mandaten").unwrap();
    let para_start = xml[..point].rfind("<w:p>").unwrap();
    assert!(xml[para_start..point].contains("<w:numPr>"), "the talking points are not a list");
    assert!(!xml.contains("\\"), "a markdown escape leaked into the document");
}

#[test]
fn pandoc_reads_the_headings_table_and_metadata() {
    if !have_pandoc() {
        return;
    }
    for record in [demo_record(), seed_record()] {
        pandoc_reads(&record);
    }
}

fn pandoc_reads(record: &annoteer::domain::MeetingRecord) {
    let doc = pandoc_json(render_memo(record).as_bytes(), "markdown");
    let outline = pandoc_outline(&doc);
    for item in &record.items {
        let number = if item.item.depth == 0 { format!("{}.", item.item.number) } else { item.item.number.clone() };
        let heading = format!("H{} {number} {}", 2 + item.item.depth, item.item.title);
        assert!(outline.contains(&heading), "no {heading:?} in {outline:#?}");
    }
    assert!(outline.contains(&"H1 Deel 1: Reguliere Stuurgroep met PGT".to_string()), "{outline:#?}");
    let tables = doc["blocks"].as_array().unwrap().iter().filter(|b| b["t"] == "Table").count();
    assert_eq!(tables, 1);
    let rows: Vec<&String> = outline.iter().filter(|l| l.starts_with("T ")).collect();
    assert_eq!(rows.len(), 1 + record.items.len(), "header and one row per item");
    assert_eq!(meta_text(&doc, "title"), "Geannoteerde agenda");
    assert_eq!(meta_text(&doc, "subject"), "Stuurgroep MIT, donderdag 24 maart 2022");
    // Pandoc prints title, author and date above the text: only the title is given it (issue 14).
    assert_eq!(meta_text(&doc, "author"), "");
    assert_eq!(meta_text(&doc, "date"), "");
    assert_eq!(meta_text(&doc, "lang"), "nl-NL");
    // Without smart typography, pandoc reads exactly the document's outline.
    let plain = pandoc_outline(&pandoc_json(render_memo(record).as_bytes(), "markdown-smart"));
    assert_eq!(plain, memo_outline(&memo_document(record)));
}

/// Pandoc's markdown has more syntax than CommonMark (fancy lists, citations, math, sub/superscript,
/// attributes, definition lists): the same hostile text must come back from it too.
fn pandoc_check(text: &str) -> Result<(), String> {
    let record = record_with_text_everywhere(text);
    let md = render_memo(&record);
    // Smart typography (curly quotes, dashes) is pandoc's to apply; the text check leaves it out.
    let doc = pandoc_json(md.as_bytes(), "markdown-smart");
    let expected = memo_outline(&memo_document(&record));
    let got = pandoc_outline(&doc);
    if got != expected {
        let at = expected.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(expected.len().min(got.len()));
        return Err(format!("block {at}: expected {:?}, got {:?}\n{md}", expected.get(at), got.get(at)));
    }
    let classification = meta_text(&doc, "classification");
    let expected = norm(&annoteer::text::clean_line(text));
    if classification != expected {
        return Err(format!("metadata: expected {expected:?}, got {classification:?}"));
    }
    Ok(())
}

#[test]
fn hostile_texts_read_back_unchanged_in_pandoc() {
    if !have_pandoc() {
        return;
    }
    for (text, _) in HOSTILE {
        if let Err(why) = pandoc_check(text) {
            panic!("text {text:?}: {why}");
        }
    }
}

proptest! {
    // Each case runs pandoc once; a few dozen keep the test quick.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn generated_hostile_texts_read_back_unchanged_in_pandoc(text in hostile_text()) {
        if have_pandoc() {
            if let Err(why) = pandoc_check(&text) {
                prop_assert!(false, "text {:?}: {}", text, why);
            }
        }
    }
}
