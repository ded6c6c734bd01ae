//! Mails built now by Python's email package (tests/fixtures/mail/make_mails.py), among them one with a
//! 100 MB attachment that is too large to commit. Skips without python3 (fails with
//! ANNOTEER_REQUIRE_TOOLS=1).

mod common;
mod tool_support;

use common::{listing, stderr, stdout, Sandbox};
use std::path::Path;
use std::process::Command;

fn make_mails(dir: &Path, big: bool) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail/make_mails.py");
    let mut cmd = Command::new("python3");
    cmd.arg(script).arg(dir);
    if big {
        cmd.arg("--big");
    }
    let out = cmd.output().expect("run python3");
    assert!(out.status.success(), "make_mails.py: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn freshly_built_mails_import_as_the_committed_ones() {
    if !tool_support::have_python3() {
        return;
    }
    let sb = Sandbox::new();
    let fresh = sb.path("fresh");
    make_mails(&fresh, false);
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail");
    for mail in ["agenda_attachment.eml", "docx_agenda.eml", "related_html.eml", "cp1252_body.eml", "hostile_names.eml"]
    {
        let mut shown = Vec::new();
        for (k, dir) in [&fresh, &committed].iter().enumerate() {
            let db = sb.path(&format!("{mail}-{k}.db"));
            let into = sb.path(&format!("{mail}-{k}"));
            let out = sb.run(&[
                "--db",
                db.to_str().unwrap(),
                "import",
                "mail",
                dir.join(mail).to_str().unwrap(),
                "--into",
                into.to_str().unwrap(),
            ]);
            assert!(out.status.success(), "{mail}: {}", stderr(&out));
            let text = stdout(&sb.run(&["--db", db.to_str().unwrap(), "show", stdout(&out).trim()]));
            // The folder differs by name only.
            let files = if into.exists() { listing(&into) } else { Vec::new() };
            shown.push((text.replace(into.to_str().unwrap(), "DIR"), files));
        }
        assert_eq!(shown[0], shown[1], "{mail}");
    }
}

#[test]
fn a_100_mb_attachment_is_listed_not_saved() {
    if !tool_support::have_python3() {
        return;
    }
    let sb = Sandbox::new();
    let dir = sb.path("mails");
    make_mails(&dir, true);
    let db = sb.path("a.db");
    let into = sb.path("stukken");
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "mail",
        dir.join("big_attachment.eml").to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("presentatie.mp4: 100 MB, te groot; niet opgeslagen"), "{err}");
    assert_eq!(listing(&into), vec!["Programmaplan 2027.txt"]);
}
