//! The real binary in tmux: a decision deleted, annoteer quit and started again, `u` in that meeting's
//! decisions brings it back and says so; `u` on the agenda first brings nothing (issue 16).

mod tmux_support;
mod tool_support;

use rusqlite::Connection;
use tmux_support::Tmux;

fn decisions_named(db: &std::path::Path, text: &str) -> i64 {
    let c = Connection::open(db).unwrap();
    c.query_row("SELECT count(*) FROM decisions WHERE text = ?1", [text], |r| r.get(0)).unwrap()
}

/// From the meetings list to the decisions of the MIO of 30 March (the second meeting in the list).
fn open_mio_decisions(t: &Tmux, s: &str) {
    t.wait_for(s, "Vergaderingen");
    t.keys(s, &["g", "j", "Enter"]);
    t.wait_for(s, "MIO · woensdag 30 maart 2022");
    t.keys(s, &["b"]);
    t.wait_for(s, "Niet onder reikwijdte");
}

#[test]
fn a_decision_deleted_before_quitting_comes_back_with_u_after_a_restart() {
    if !tool_support::have_tmux() {
        return;
    }
    let t = Tmux::new("undo-decision");
    let db = t.demo_db("demo.db");
    let args = format!("--db '{}' --lang nl", db.display());
    let before = decisions_named(&db, "Niet onder reikwijdte");
    let first = t.run_dir("first");
    t.session("a", 80, 24, &t.command(&first, "", "022", &args));
    open_mio_decisions(&t, "a");
    t.keys("a", &["j", "d"]);
    t.wait_for("a", "Besluit 'Niet onder reikwijdte' verwijderen?");
    t.keys("a", &["j"]);
    t.wait_for("a", "Besluit verwijderd");
    assert_eq!(decisions_named(&db, "Niet onder reikwijdte"), before - 1);
    t.keys("a", &["q"]);
    assert_eq!(t.exit_code(&first, tmux_support::PATIENCE).unwrap(), "0");

    let second = t.run_dir("second");
    t.session("b", 80, 24, &t.command(&second, "", "022", &args));
    t.wait_for("b", "Vergaderingen");
    t.keys("b", &["g", "j", "Enter"]);
    t.wait_for("b", "MIO · woensdag 30 maart 2022");
    t.keys("b", &["u"]);
    t.wait_for("b", "Hier is niets verwijderd");
    t.keys("b", &["b"]);
    t.wait_for("b", "Besluiten (");
    t.keys("b", &["u"]);
    t.wait_for("b", "teruggezet in MIO");
    assert_eq!(decisions_named(&db, "Niet onder reikwijdte"), before);
    t.keys("b", &["q"]);
    assert_eq!(t.exit_code(&second, tmux_support::PATIENCE).unwrap(), "0");
}
