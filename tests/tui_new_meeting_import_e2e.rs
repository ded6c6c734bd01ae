//! The real binary in tmux, from an empty database at 80×24: `I` on the meetings list, the path of a Word
//! agenda, Enter on the confirmation; the new meeting's agenda is shown with its items. Then a saved mail
//! the same way, its papers saved under ~/Documents.

mod tmux_support;
mod tool_support;

use std::process::Command;
use tmux_support::{Tmux, BIN};

const DOCX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/read/agenda_ab.docx");
const MAIL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mail/agenda_attachment.eml");

#[test]
fn an_agenda_file_and_a_mail_become_meetings_from_an_empty_list_in_a_real_terminal() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("newimport");
    let db = t.dir.path().join("new.db");
    let run = t.run_dir("run");
    t.session("n", 80, 24, &t.command(&run, "", "022", &format!("--db '{}' --lang nl", db.display())));
    let s = "n:0";
    t.wait_for(s, "of I om een agenda of mail in");
    t.keys(s, &["I"]);
    t.wait_for(s, "Bestand met de agenda");
    t.text(s, DOCX);
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Agenda inlezen als vergadering: agenda_ab.docx");
    let screen = t.screen(s);
    for shown in ["Algemeen Bestuur Veiligheidsregio Midden", "donderdag 29 oktober 2026", "Wordt een nieuwe"] {
        assert!(screen.contains(shown), "{shown:?} not shown:\n{screen}");
    }
    t.keys(s, &["Enter"]);
    // The agenda's heading, and the message of what was made.
    t.wait_for(s, "Algemeen Bestuur Veiligheidsregio Midden · donderdag 29 oktober 2026");
    t.wait_for(s, "nieuwe vergadering: Algemeen Bestuur Veiligheidsregio Midden op 29 oktober");
    let screen = t.screen(s);
    for item in ["Opening en mededelingen", "Begroting 2027 en meerjarenraming", "Kadernota Brandweer 2027-2030"] {
        assert!(screen.contains(item), "{item:?} not on the agenda:\n{screen}");
    }

    t.keys(s, &["Escape"]);
    t.wait_for(s, "annoteer · Vergaderingen");
    t.wait_for(s, "12 punten");
    t.keys(s, &["I"]);
    t.wait_for(s, "Bestand met de agenda");
    t.text(s, MAIL);
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Mail importeren: agenda_attachment.eml");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Stuurgroep MIT · donderdag 10 december 2026");
    t.wait_for(s, "nieuwe vergadering: Stuurgroep MIT op 10 december 2026");
    assert!(t.screen(s).contains("Opdrachtbeschrijving LE"), "{}", t.screen(s));
    t.keys(s, &["q"]);
    assert_eq!(t.exit_code(&run, std::time::Duration::from_secs(10)).unwrap(), "0");

    let listed = Command::new(BIN).args(["--db", db.to_str().unwrap(), "meetings"]).output().unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.lines().any(|l| l.contains("2026-10-29") && l.contains("12")), "{listed}");
    assert!(listed.lines().any(|l| l.contains("2026-12-10") && l.contains("8")), "{listed}");
    let folder = t.dir.path().join("Documents/annoteer/Stuurgroep MIT 2026-12-10");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 7, "the mail's papers saved");
}
