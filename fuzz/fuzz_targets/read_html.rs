//! Web pages, mutated: text, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = annoteer::import::read::read_bytes(data, "fuzz.html");
});
