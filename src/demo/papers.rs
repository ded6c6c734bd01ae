//! The demo's papers as small files, so that opening one shows something instead of "ontbreekt".
//!
//! The seed names the papers but does not hold them; each file says which paper it stands in for. A .docx
//! is a real (tiny) Word document and a .pdf a real one-page PDF, so the system's opener can show them.

use crate::domain::DocumentId;
use crate::error::{Error, FileDoing, Result};
use crate::store::{ensure_private_dir, Store};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Writes a file for every demo paper linked by bare name into `dir` (made owner-only) and links the
/// items to those files. Returns how many files were written.
pub fn write_papers(store: &mut Store, dir: &Path) -> Result<usize> {
    ensure_private_dir(dir)?;
    let mut links: Vec<(crate::domain::ItemId, DocumentId, String)> = Vec::new();
    for m in store.meetings()? {
        for item in store.agenda(m.id)? {
            for d in store.item_documents(item.id)? {
                if Path::new(&d.document.path).components().count() == 1 {
                    links.push((item.id, d.document.id, d.document.path.clone()));
                }
            }
        }
    }
    let mut written = 0;
    for (item, doc, name) in links {
        let path = dir.join(&name);
        if !path.exists() {
            write_private(&path, &paper(&name))?;
            written += 1;
        }
        store.relink_document(item, doc, &path)?;
    }
    Ok(written)
}

fn write_private(path: &PathBuf, bytes: &[u8]) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::file(FileDoing::Create, path, e))?;
    f.write_all(bytes).map_err(|e| Error::file(FileDoing::Write, path, e))
}

fn lines_for(name: &str) -> [String; 2] {
    [
        format!("Demo: {name}"),
        "Dit bestand staat in voor het stuk uit het dossier met deze naam; de demo heeft de inhoud niet.".to_string(),
    ]
}

/// The bytes of a stand-in paper, in the format its name says.
fn paper(name: &str) -> Vec<u8> {
    let lines = lines_for(name);
    match name.rsplit_once('.').map(|(_, ext)| ext.to_lowercase()).as_deref() {
        Some("docx") => docx(&lines),
        Some("pdf") => pdf(&lines),
        _ => format!("{}\n\n{}\n", lines[0], lines[1]).into_bytes(),
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn docx(lines: &[String]) -> Vec<u8> {
    let paras: String = lines
        .iter()
        .map(|l| format!("<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", xml_escape(l)))
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{paras}</w:body></w:document>"
    );
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/word/document.xml\" \
        ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" \
        Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
        Target=\"word/document.xml\"/></Relationships>";
    stored_zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ])
}

/// A zip archive with its entries stored (not compressed): all a tiny .docx needs.
fn stored_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed to extract
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&0u16.to_le_bytes()); // method: stored
            h.extend_from_slice(&0u16.to_le_bytes()); // time
            h.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central {
                h.extend_from_slice(&0u16.to_le_bytes()); // comment
                h.extend_from_slice(&0u16.to_le_bytes()); // disk
                h.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                h.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(data);
        central.extend(header(0x0201_4b50, true));
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A one-page PDF with the lines in Helvetica; characters outside ASCII become '?'.
fn pdf(lines: &[String]) -> Vec<u8> {
    let text: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let safe: String = l
                .chars()
                .map(|c| if c.is_ascii() && !c.is_control() { c } else { '?' })
                .collect::<String>()
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            format!("BT /F1 11 Tf 56 {} Td ({safe}) Tj ET\n", 780 - 20 * i)
        })
        .collect();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!("<< /Length {} >>\nstream\n{text}endstream", text.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn every_demo_paper_becomes_a_private_file_that_the_items_link_to() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open_in_memory().unwrap();
        s.load_demo().unwrap();
        let papers = dir.path().join("stukken");
        let n = write_papers(&mut s, &papers).unwrap();
        assert!(n >= 8, "{n} files");
        let mut linked = 0;
        for m in s.meetings().unwrap() {
            for item in s.agenda(m.id).unwrap() {
                for d in s.item_documents(item.id).unwrap() {
                    let p = Path::new(&d.document.path);
                    assert!(p.is_absolute() && p.exists(), "{p:?}");
                    assert_eq!(std::fs::metadata(p).unwrap().permissions().mode() & 0o777, 0o600);
                    assert!(d.document.size.is_some_and(|s| s > 0), "its facts are recorded");
                    linked += 1;
                }
            }
        }
        assert!(linked >= n);
        assert_eq!(std::fs::metadata(&papers).unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(write_papers(&mut s, &papers).unwrap(), 0, "a second run writes nothing new");
    }

    #[test]
    fn the_files_are_what_their_names_say() {
        let d = paper("Voorstel voor effectmeting.docx");
        assert_eq!(&d[..4], b"PK\x03\x04");
        let text = String::from_utf8_lossy(&d);
        assert!(text.contains("word/document.xml") && text.contains("Demo: Voorstel voor effectmeting.docx"));
        // The end record points at the central directory.
        let end = d.len() - 22;
        assert_eq!(&d[end..end + 4], b"PK\x05\x06");
        let central = u32::from_le_bytes(d[end + 16..end + 20].try_into().unwrap()) as usize;
        assert_eq!(&d[central..central + 4], b"PK\x01\x02");
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926, "the standard check value");

        let p = paper("Programmaplan 2022.pdf");
        let text = String::from_utf8_lossy(&p);
        assert!(text.starts_with("%PDF-1.4") && text.trim_end().ends_with("%%EOF"));
        let xref: usize = text.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
        assert_eq!(&p[xref..xref + 4], b"xref");
        assert!(text.contains("(Demo: Programmaplan 2022.pdf) Tj"));
    }
}
