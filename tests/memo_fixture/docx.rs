//! A .docx read back without Word: its members (zip crate) and word/document.xml reduced to the outline of
//! outline.rs (quick-xml), by the styles annoteer writes.

use super::outline::*;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashSet;
use std::io::Read;

/// One member of the .docx as text; panics with the member's name when it is missing.
pub fn member(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("the .docx is a zip");
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("no {name} in the .docx"));
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

pub fn member_names(docx: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("the .docx is a zip");
    archive.file_names().map(|n| n.expect("a UTF-8 name").into_owned()).collect()
}

#[derive(Default)]
struct Paragraph {
    style: String,
    ilvl: Option<usize>,
    num_id: Option<String>,
    text: String,
}

/// The body of word/document.xml as outline lines: "TITLE t", "H2 t", "P t", "ORDERED" before each
/// numbered list (a numbering instance not seen before), "L1 t", "T a¦b".
pub fn document_outline(document_xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(document_xml);
    let mut out = Vec::new();
    let mut para: Option<Paragraph> = None;
    let (mut bold, mut italic, mut in_text, mut in_rpr) = (false, false, false, false);
    let mut run_text = String::new();
    let mut table_depth = 0usize;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let mut seen_numbers: HashSet<String> = HashSet::new();
    loop {
        let event = reader.read_event().expect("well-formed document.xml");
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                let attr = |key: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.into_inner() == key)
                        .map(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned())
                };
                match e.name().into_inner() {
                    "w:tbl" => table_depth += 1,
                    "w:tr" => row.clear(),
                    "w:tc" => cell = Some(String::new()),
                    "w:p" if !empty => para = Some(Paragraph::default()),
                    "w:pStyle" => {
                        if let Some(p) = para.as_mut() {
                            p.style = attr("w:val").unwrap_or_default();
                        }
                    }
                    "w:ilvl" => {
                        if let Some(p) = para.as_mut() {
                            p.ilvl = attr("w:val").and_then(|v| v.parse().ok());
                        }
                    }
                    "w:numId" => {
                        if let Some(p) = para.as_mut() {
                            p.num_id = attr("w:val");
                        }
                    }
                    "w:r" => {
                        bold = false;
                        italic = false;
                        run_text.clear();
                    }
                    "w:rPr" => in_rpr = !empty,
                    "w:b" if in_rpr => bold = attr("w:val").is_none_or(|v| v != "0" && v != "false"),
                    "w:i" if in_rpr => italic = attr("w:val").is_none_or(|v| v != "0" && v != "false"),
                    "w:t" if !empty => in_text = true,
                    "w:br" => run_text.push('\n'),
                    "w:tab" if !in_rpr && para.is_some() && !e.attributes().flatten().any(|_| true) => {
                        run_text.push(' ')
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => run_text.push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0)),
            Event::GeneralRef(r) if in_text => {
                let name: &str = r.as_ref();
                run_text.push_str(match name {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity &{other};"),
                });
            }
            Event::End(e) => match e.name().into_inner() {
                "w:t" => in_text = false,
                "w:rPr" => in_rpr = false,
                "w:r" => {
                    let target = match (cell.as_mut(), para.as_mut()) {
                        (Some(c), _) if table_depth > 0 => c,
                        (_, Some(p)) => &mut p.text,
                        _ => continue,
                    };
                    let (open, close) = if bold {
                        (STRONG.0.to_string(), STRONG.1.to_string())
                    } else if italic {
                        (EMPH.0.to_string(), EMPH.1.to_string())
                    } else {
                        (String::new(), String::new())
                    };
                    // Emphasis around a line break: the marker pair goes on the text, not the break.
                    if run_text == "\n" {
                        target.push('\n');
                    } else {
                        target.push_str(&format!("{open}{run_text}{close}"));
                    }
                }
                "w:p" => {
                    let Some(p) = para.take() else { continue };
                    if table_depth > 0 {
                        continue;
                    }
                    let text = norm(&p.text);
                    match p.style.as_str() {
                        "Title" => out.push(format!("TITLE {text}")),
                        s if s.starts_with("Heading") => out.push(format!("H{} {}", &s[7..], text.replace('\n', " "))),
                        "ListBullet" | "ListNumber" => {
                            if p.style == "ListNumber" && seen_numbers.insert(p.num_id.clone().unwrap_or_default()) {
                                out.push("ORDERED".into());
                            }
                            out.push(format!("L{} {text}", p.ilvl.unwrap_or(0)).trim_end().to_string());
                        }
                        _ if text.is_empty() => {}
                        _ => out.push(format!("P {text}")),
                    }
                }
                "w:tc" => row.push(cell.take().unwrap_or_default()),
                "w:tr" => out.push(table_row(row.drain(..))),
                "w:tbl" => table_depth -= 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}
