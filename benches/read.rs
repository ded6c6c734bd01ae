//! The readers against the tools people use for the same job, on the same files in the same run:
//! the 56-page agenda book PDF against poppler's `pdftotext`, its Word file against `pandoc -t plain`.
//! `cargo bench --bench read`; prints milliseconds per read and the ratio. A peer that is not installed
//! is reported as missing, and our own figure is still printed.

use annoteer::import::read::read_bytes;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 10;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read").join(name)
}

/// The median of `ROUNDS` runs, after one warm-up.
fn median(mut run: impl FnMut()) -> Duration {
    run();
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[ROUNDS / 2]
}

fn peer(program: &str, args: &[&str]) -> Option<Duration> {
    let works = Command::new(program).args(args).stdout(Stdio::null()).stderr(Stdio::null()).status();
    if !works.is_ok_and(|s| s.success()) {
        println!("  {program}: not installed here, no peer figure");
        return None;
    }
    Some(median(|| {
        let status = Command::new(program).args(args).stdout(Stdio::null()).stderr(Stdio::null()).status();
        assert!(status.is_ok_and(|s| s.success()));
    }))
}

fn report(what: &str, ours: Duration, peer_name: &str, theirs: Option<Duration>) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    match theirs {
        Some(t) => println!(
            "{what}: annoteer {:.1} ms, {peer_name} {:.1} ms: annoteer takes {:.3}x the time of {peer_name}",
            ms(ours),
            ms(t),
            ours.as_secs_f64() / t.as_secs_f64()
        ),
        None => println!("{what}: annoteer {:.1} ms ({peer_name} not measured)", ms(ours)),
    }
}

fn main() {
    let book = fixture("agenda_book.pdf");
    let bytes = std::fs::read(&book).expect("the agenda book fixture");
    let pages = lopdf::Document::load_mem(&bytes).map(|d| d.get_pages().len()).unwrap_or(0);
    let ours = median(|| {
        let doc = read_bytes(&bytes, "agenda_book.pdf").expect("readable");
        assert!(doc.text.contains("15. Sluiting"));
    });
    let path = book.to_str().unwrap();
    let theirs = peer("pdftotext", &[path, "-"]);
    report(&format!("PDF agenda book, {pages} pages"), ours, "pdftotext", theirs);
    assert!(ours < Duration::from_secs(1), "a {pages}-page agenda book must be read in under a second");

    let docx_path = fixture("agenda_book.docx");
    let docx = std::fs::read(&docx_path).expect("the agenda book .docx");
    let ours = median(|| {
        let doc = read_bytes(&docx, "agenda_book.docx").expect("readable");
        assert!(doc.text.contains("15. Sluiting"));
    });
    let theirs = peer("pandoc", &[docx_path.to_str().unwrap(), "-t", "plain", "-o", "/dev/null"]);
    report("Word agenda book", ours, "pandoc -t plain", theirs);

    let page = std::fs::read(fixture("portal.html")).expect("the portal page");
    let mut big = Vec::new();
    while big.len() < 5 * 1024 * 1024 {
        big.extend_from_slice(&page);
    }
    let ours = median(|| {
        read_bytes(&big, "portal.html").expect("readable");
    });
    println!("HTML portal page repeated to {} MB: annoteer {:.1} ms", big.len() >> 20, ours.as_secs_f64() * 1000.0);
}
