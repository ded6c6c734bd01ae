//! Mutations of the real fixture files through the readers: an error or text, never a panic or a hang.
//! A short bounded run is part of `cargo test`; the long run (cargo-fuzz lives in fuzz/ for the real thing) is
//! `ANNOTEER_FUZZ_SECS=600 cargo test --release --test read_fuzz -- --ignored --nocapture`.

mod read_support;

use annoteer::import::read::read_bytes;
use read_support::fixture_bytes;
use std::io::{Read, Write};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: [&[u8]; 12] = [
    b"<w:p>",
    b"</w:p>",
    b"w:numId",
    b"w:ilvl w:val=\"8\"",
    b"%9",
    b"w:val=\"-2147483648\"",
    b"obj",
    b"endobj",
    b"stream",
    b"<<",
    b"<li>",
    b"<table><tr>",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(out.len());
        match rng.below(5) {
            0 => {
                if let Some(b) = out.get_mut(at) {
                    *b ^= 1 << rng.below(8);
                }
            }
            1 => out.truncate(at),
            2 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, piece.iter().copied());
            }
            3 => {
                let len = rng.below(64).min(out.len() - at.min(out.len()));
                out.drain(at..at + len);
            }
            _ => {
                let from = rng.below(out.len());
                let len = rng.below(256).min(out.len() - from);
                let chunk: Vec<u8> = out[from..from + len].to_vec();
                out.splice(at.min(out.len())..at.min(out.len()), chunk);
            }
        }
    }
    out
}

/// The XML parts of a .docx, mutated and zipped again with correct checksums, so that the mutations reach
/// the numbering and body code and do not all stop at the zip's CRC check.
fn mutate_docx_parts(rng: &mut Rng, docx: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name.starts_with("word/") && name.ends_with(".xml") && rng.below(2) == 0 {
            bytes = mutate(rng, &bytes);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn run_for(budget: Duration, seed: u64) -> usize {
    let seeds: Vec<(&str, Vec<u8>)> = [
        "agenda_ab.docx",
        "agenda_db.docx",
        "agenda_ab.pdf",
        "agenda_db.pdf",
        "owner_password.pdf",
        "portal.html",
        "agenda_cp1252.txt",
    ]
    .iter()
    .map(|n| (*n, fixture_bytes(n)))
    .collect();
    let mut rng = Rng(seed);
    let start = Instant::now();
    let mut runs = 0;
    while start.elapsed() < budget {
        let (name, bytes) = &seeds[runs % seeds.len()];
        let input = if name.ends_with(".docx") && rng.below(3) > 0 {
            mutate_docx_parts(&mut rng, bytes)
        } else {
            mutate(&mut rng, bytes)
        };
        let one = Instant::now();
        let _ = read_bytes(&input, name);
        assert!(one.elapsed() < Duration::from_secs(40), "{name} mutation {runs} took {:?}", one.elapsed());
        runs += 1;
    }
    runs
}

#[test]
fn mutated_real_files_never_panic() {
    let runs = run_for(Duration::from_secs(3), 0x5eed_0001);
    assert!(runs > 20, "only {runs} runs");
}

#[test]
#[ignore]
fn mutated_real_files_never_panic_long() {
    let secs = std::env::var("ANNOTEER_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(600);
    let runs = run_for(Duration::from_secs(secs), 0x5eed_0002 ^ secs);
    println!("{runs} mutated files read in {secs} s without a panic");
}
