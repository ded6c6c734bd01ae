//! Pandoc's JSON AST reduced to the outline of outline.rs, for the markdown and the .docx alike.

use super::outline::*;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// Pandoc's JSON for a document (markdown, or a .docx's bytes) given on stdin.
pub fn pandoc_json(input: &[u8], from: &str) -> Value {
    let mut child = Command::new("pandoc")
        .args(["-f", from, "-t", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pandoc");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pandoc failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn inlines(v: &Value) -> String {
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

pub fn blocks(list: &Value, level: usize, out: &mut Vec<String>) {
    for b in list.as_array().into_iter().flatten() {
        let c = &b["c"];
        match b["t"].as_str().unwrap_or("") {
            "Header" => out.push(format!("H{} {}", c[0], norm(&inlines(&c[2])).replace('\n', " "))),
            "Para" | "Plain" => out.push(format!("P {}", norm(&inlines(c))).trim_end().to_string()),
            kind @ ("BulletList" | "OrderedList") => {
                // An ordered list's content comes after its attributes (start number, style, delimiter).
                let items = if kind == "OrderedList" {
                    out.push("ORDERED".into());
                    &c[1]
                } else {
                    c
                };
                for item in items.as_array().into_iter().flatten() {
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
                            "BulletList" | "OrderedList" => {
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

pub fn pandoc_outline(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    blocks(&doc["blocks"], 0, &mut out);
    out
}

pub fn meta_text(doc: &Value, key: &str) -> String {
    let m = &doc["meta"][key];
    match m["t"].as_str() {
        Some("MetaInlines") => norm(&inlines(&m["c"])),
        Some("MetaString") => m["c"].as_str().unwrap_or("").to_string(),
        Some(other) => format!("{OTHER}{other}"),
        None => String::new(),
    }
}
