//! The memo through pandoc, as the adviser uses it (`pandoc memo.md -o memo.docx`): real headings, the
//! overview as a real table, and hostile text read back unchanged by pandoc's own markdown reader.
//! Each test prints a note and passes when pandoc is not installed, unless ANNOTEER_REQUIRE_TOOLS=1
//! (.ci/run installs pandoc and sets it).

mod memo_fixture;
mod tool_support;

use annoteer::memo::{memo_document, render_memo};
use memo_fixture::outline::*;
use memo_fixture::{demo_record, record_with_text_everywhere, seed_record};
use proptest::prelude::*;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn have_pandoc() -> bool {
    tool_support::have_pandoc()
}

/// Pandoc's JSON for markdown given on stdin.
fn pandoc_json(markdown: &str, from: &str) -> Value {
    let mut child = Command::new("pandoc")
        .args(["-f", from, "-t", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pandoc");
    child.stdin.take().unwrap().write_all(markdown.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pandoc failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

// ---- pandoc's AST as an outline (see memo_fixture/outline.rs) ----

fn inlines(v: &Value) -> String {
    let mut s = String::new();
    for i in v.as_array().into_iter().flatten() {
        match i["t"].as_str().unwrap_or("") {
            "Str" => s.push_str(i["c"].as_str().unwrap_or("")),
            "Space" | "SoftBreak" => s.push(' '),
            "LineBreak" => s.push('\n'),
            "Strong" => s.push_str(&format!("{}{}{}", STRONG.0, inlines(&i["c"]), STRONG.1)),
            "Emph" => s.push_str(&format!("{}{}{}", EMPH.0, inlines(&i["c"]), EMPH.1)),
            // Smart typography's curly quotes, written back as the straight ones the text has.
            "Quoted" => {
                let q = if i["c"][0]["t"] == "SingleQuote" { '\'' } else { '"' };
                s.push_str(&format!("{q}{}{q}", inlines(&i["c"][1])));
            }
            other => s.push_str(&format!("{OTHER}{other}")),
        }
    }
    s
}

fn blocks(list: &Value, level: usize, out: &mut Vec<String>) {
    for b in list.as_array().into_iter().flatten() {
        let c = &b["c"];
        match b["t"].as_str().unwrap_or("") {
            "Header" => out.push(format!("H{} {}", c[0], norm(&inlines(&c[2])).replace('\n', " "))),
            "Para" | "Plain" => out.push(format!("P {}", norm(&inlines(c))).trim_end().to_string()),
            "BulletList" => {
                for item in c.as_array().into_iter().flatten() {
                    let mut text = String::new();
                    let mut flushed = false;
                    for part in item.as_array().into_iter().flatten() {
                        match part["t"].as_str().unwrap_or("") {
                            "Plain" | "Para" => {
                                if !text.is_empty() {
                                    text.push('\u{E020}');
                                }
                                text.push_str(&inlines(&part["c"]));
                            }
                            "BulletList" => {
                                if !flushed {
                                    out.push(format!("L{level} {}", norm(&text)).trim_end().to_string());
                                    flushed = true;
                                }
                                blocks(&Value::Array(vec![part.clone()]), level + 1, out);
                            }
                            other => out.push(format!("BLOCK {other}")),
                        }
                    }
                    if !flushed {
                        out.push(format!("L{level} {}", norm(&text)).trim_end().to_string());
                    }
                }
            }
            "Table" => {
                let mut rows: Vec<&Value> = c[3][1].as_array().into_iter().flatten().collect();
                for body in c[4].as_array().into_iter().flatten() {
                    rows.extend(body[3].as_array().into_iter().flatten());
                }
                for row in rows {
                    let cells = row[1].as_array().into_iter().flatten().map(|cell| {
                        let mut t = String::new();
                        for b in cell[4].as_array().into_iter().flatten() {
                            t.push_str(&inlines(&b["c"]));
                        }
                        t
                    });
                    out.push(table_row(cells));
                }
            }
            other => out.push(format!("BLOCK {other}")),
        }
    }
}

fn pandoc_outline(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    blocks(&doc["blocks"], 0, &mut out);
    out
}

fn meta_text(doc: &Value, key: &str) -> String {
    let m = &doc["meta"][key];
    match m["t"].as_str() {
        Some("MetaInlines") => norm(&inlines(&m["c"])),
        Some("MetaString") => m["c"].as_str().unwrap_or("").to_string(),
        Some(other) => format!("{OTHER}{other}"),
        None => String::new(),
    }
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
    assert!(xml.contains("24 maart 2022"));
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
    let doc = pandoc_json(&render_memo(record), "markdown");
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
    assert_eq!(meta_text(&doc, "title"), "Geannoteerde agenda Stuurgroep MIT 24 maart 2022");
    assert_eq!(meta_text(&doc, "date"), "24 maart 2022");
    assert_eq!(meta_text(&doc, "lang"), "nl-NL");
    // Without smart typography, pandoc reads exactly the document's outline.
    let plain = pandoc_outline(&pandoc_json(&render_memo(record), "markdown-smart"));
    assert_eq!(plain, memo_outline(&memo_document(record)));
}

/// Pandoc's markdown has more syntax than CommonMark (fancy lists, citations, math, sub/superscript,
/// attributes, definition lists): the same hostile text must come back from it too.
fn pandoc_check(text: &str) -> Result<(), String> {
    let record = record_with_text_everywhere(text);
    let md = render_memo(&record);
    // Smart typography (curly quotes, dashes) is pandoc's to apply; the text check leaves it out.
    let doc = pandoc_json(&md, "markdown-smart");
    let expected = memo_outline(&memo_document(&record));
    let got = pandoc_outline(&doc);
    if got != expected {
        let at = expected.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(expected.len().min(got.len()));
        return Err(format!("block {at}: expected {:?}, got {:?}\n{md}", expected.get(at), got.get(at)));
    }
    let title = meta_text(&doc, "author");
    let expected = norm(&annoteer::text::clean_line(text));
    if title != expected {
        return Err(format!("metadata: expected {expected:?}, got {title:?}"));
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
