//! Files for the reader tests: the committed fixtures, the same made afresh with the secretariat's tools
//! where they are installed, and PDFs built page by page with lopdf for the sizes no fixture should have.
#![allow(dead_code)]

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read").join(name)
}

pub fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("fixture")
}

/// Runs a tool in `dir`; a failure is a test failure (the tool is there, so it must work).
pub fn run_tool(dir: &Path, program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).current_dir(dir).output().expect("run tool");
    assert!(out.status.success(), "{program} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// LibreOffice prints `docx` to a PDF beside it, with a profile of its own so parallel runs do not clash.
pub fn soffice_pdf(dir: &Path, docx: &str) -> PathBuf {
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", dir.display());
    run_tool(dir, "soffice", &[&profile, "--headless", "--convert-to", "pdf", docx]);
    let pdf = dir.join(Path::new(docx).with_extension("pdf"));
    assert!(pdf.exists(), "soffice made no {}", pdf.display());
    pdf
}

/// A PDF of `pages` pages, each with a running head, `lines` numbered lines and a page number.
pub fn pdf_with_pages(pages: usize, lines: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut kids = Vec::new();
    let mut item = 0;
    for page in 1..=pages {
        let mut ops = vec![Operation::new("BT", vec![]), Operation::new("Tf", vec!["F1".into(), 11.into()])];
        let line = |ops: &mut Vec<Operation>, x: i64, y: i64, text: &str| {
            ops.push(Operation::new("Tm", vec![1.into(), 0.into(), 0.into(), 1.into(), x.into(), y.into()]));
            ops.push(Operation::new("Tj", vec![Object::string_literal(text)]));
        };
        line(&mut ops, 72, 800, "Agendaboek Algemeen Bestuur 29 oktober 2026");
        for l in 0..lines {
            item += 1;
            line(&mut ops, 72, 760 - 16 * l as i64, &format!("{item}. Onderwerp nummer {item} (ter kennisname)"));
        }
        line(&mut ops, 280, 40, &format!("Pagina {page} van {pages}"));
        ops.push(Operation::new("ET", vec![]));
        let content = Content { operations: ops }.encode().expect("encode content");
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        kids.push(Object::from(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        })));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save pdf");
    bytes
}
