//! The XML inside a .docx, mutated: the input is document.xml, numbering.xml and styles.xml separated by
//! NUL bytes, zipped here with correct checksums, so the mutations reach the XML, styles and numbering
//! code instead of dying at the zip's CRC check.
#![no_main]

use std::io::Write;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&b| b == 0);
    let names = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in names {
        let Some(part) = parts.next() else { break };
        zip.start_file(name, options).unwrap();
        zip.write_all(part).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let _ = annoteer::import::read::read_bytes(&bytes, "fuzz.docx");
});
