//! The real binary in tmux: `I` on an agenda, Ctrl-O with a saved mail, the confirmation screen, a date
//! corrected, Enter; the meeting is there with its items and the papers are saved in ~/Documents, owner-only.

mod tmux_support;
mod tool_support;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use tmux_support::{Tmux, BIN};

const MAIL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mail/agenda_attachment.eml");

#[test]
fn a_mail_is_shown_corrected_and_imported_in_a_real_terminal() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("mail");
    let db = t.demo_db("mail.db");
    let run = t.run_dir("run");
    t.session("m", 110, 40, &t.command(&run, "", "022", &format!("--db '{}' --lang nl", db.display())));
    let s = "m:0";
    t.wait_for(s, "Vergaderingen");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Agenda");
    t.keys(s, &["I"]);
    t.wait_for(s, "Ctrl-O");
    t.keys(s, &["C-o"]);
    t.wait_for(s, "Bestand met de agenda");
    t.text(s, MAIL);
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Mail importeren: agenda_attachment.eml");
    // The mail is read on its own thread: the screen fills in when it is done.
    let expected = [
        "donderdag 10 december 2026",
        "Wordt een nieuwe vergadering: Stuurgroep MIT, donderdag 10 december 2026",
        "Agenda uit de bijlage",
        "Jaarplanning vergaderingen 2027.docx → bij de vergadering",
    ];
    if let Err(e) = t.wait_until(s, "the whole plan", |screen| expected.iter().all(|e| screen.contains(e))) {
        panic!("{e}");
    }
    // The date corrected: the weekday follows, and the plan with it.
    t.keys(s, &["d", "C-u"]);
    t.text(s, "11-12-2026");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Wordt een nieuwe vergadering: Stuurgroep MIT, vrijdag 11 december 2026");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "nieuwe vergadering: Stuurgroep MIT op 11 december 2026, 8 punten");
    t.wait_for(s, "Opdrachtbeschrijving LE");
    let screen = t.screen(s);
    assert!(screen.contains("Stuurgroep MIT · vrijdag 11 december 2026"), "on the new meeting's agenda:\n{screen}");
    assert!(screen.contains("Opdrachtbeschrijving LE"), "{screen}");
    t.keys(s, &["q"]);
    assert_eq!(t.exit_code(&run, std::time::Duration::from_secs(10)).unwrap(), "0");

    let listed = Command::new(BIN).args(["--db", db.to_str().unwrap(), "meetings"]).output().unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.lines().any(|l| l.contains("2026-12-11") && l.contains("8")), "{listed}");
    let folder = t.dir.path().join("Documents/annoteer/Stuurgroep MIT 2026-12-11");
    let files: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().collect();
    assert_eq!(files.len(), 7, "{files:?}");
    for f in &files {
        assert_eq!(f.metadata().unwrap().permissions().mode() & 0o777, 0o600, "{:?}", f.path());
    }
    assert_eq!(std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
}
