//! Outside tools (tmux, pandoc, LibreOffice, pdftotext, python3) for the tests that need them.
//! On a developer's machine with only Rust, such a test prints a note and passes without checking;
//! CI sets `ANNOTEER_REQUIRE_TOOLS=1` (in `.ci/run`), and there a missing tool fails the test instead,
//! so a green CI always means the check really ran.
#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};

/// Whether `program` answers `program ARGS` successfully. Missing: a note (and `false`), or a panic when
/// the tools are required.
pub fn have(program: &str, args: &[&str], for_what: &str) -> bool {
    static SEEN: OnceLock<Mutex<Vec<(String, bool)>>> = OnceLock::new();
    let seen = SEEN.get_or_init(|| Mutex::new(Vec::new()));
    let known = seen.lock().unwrap().iter().find(|(p, _)| p == program).map(|(_, ok)| *ok);
    let found = known.unwrap_or_else(|| {
        let ok = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        seen.lock().unwrap().push((program.to_string(), ok));
        ok
    });
    if !found {
        if required() {
            panic!("{program} is needed for {for_what}, and ANNOTEER_REQUIRE_TOOLS=1 says it must be there");
        }
        println!("note: {program} is not installed; skipping {for_what}");
    }
    found
}

pub fn required() -> bool {
    std::env::var("ANNOTEER_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

pub fn have_tmux() -> bool {
    have("tmux", &["-V"], "the tests that drive the real binary in a terminal")
}

pub fn have_pandoc() -> bool {
    have("pandoc", &["--version"], "the pandoc checks")
}

pub fn have_soffice() -> bool {
    have("soffice", &["--version"], "the LibreOffice checks")
}

pub fn have_pdftotext() -> bool {
    have("pdftotext", &["-v"], "the pdftotext checks")
}

pub fn have_python3() -> bool {
    have("python3", &["--version"], "the tests that build their input with Python")
}
