//! Any bytes, read as text the way `import agenda` reads a file, must parse without a panic, give one
//! use per input line and sane items.
#![no_main]

use annoteer::import::agenda::{parse_agenda, LineUse, MAX_TITLE_CHARS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let p = parse_agenda(&text);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(p.lines.len(), lines.len());
    for (i, use_) in p.lines.iter().enumerate() {
        match *use_ {
            LineUse::Item(k) | LineUse::Treatment(k) | LineUse::Title(k) | LineUse::Note(k) => {
                assert!(p.items[k].source_lines.contains(&i));
            }
            LineUse::Part(k) => assert!(k < p.parts.len()),
            LineUse::Blank => assert!(lines[i].trim().is_empty()),
            LineUse::Layout | LineUse::Preamble => {}
        }
    }
    for item in &p.items {
        assert!(!item.title.trim().is_empty());
        assert!(item.title.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(item.depth <= 6);
        assert!(item.part.is_none_or(|k| k < p.parts.len()));
    }
});
