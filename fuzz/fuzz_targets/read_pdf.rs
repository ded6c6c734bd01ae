//! PDF files, mutated (seeded with LibreOffice's PDFs, uncompressed by qpdf so mutations reach the page
//! content): an error or text, never a panic (outside the guarded extractor) or a hang.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = annoteer::import::read::read_bytes(data, "fuzz.pdf");
});
