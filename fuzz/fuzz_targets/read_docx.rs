//! Whole .docx files, mutated byte by byte (the zip container and all): an error or text, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = annoteer::import::read::read_bytes(data, "fuzz.docx");
});
