//! Promise 1: an edit acknowledged after its commit survives a kill -9 at any moment, and the database
//! stays sound. A child process (this test binary, re-run in child mode) edits through the store and
//! prints "ack N" after each commit; the parent kills it at random moments, 200 times.

mod common;

use annoteer::domain::{ItemDraft, ItemField, MeetingDraft, MeetingId};
use annoteer::store::{Access, Placement, Store};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "ANNOTEER_CRASH_CHILD_DB";
const ROUNDS: usize = 200;

/// Child mode: keep editing until killed. Each round adds an item and then writes its annotation, so a
/// kill can land inside either transaction.
#[test]
fn crash_child() {
    let Ok(db) = std::env::var(CHILD_ENV) else { return };
    let mut store = Store::open(std::path::Path::new(&db), Access::Existing).expect("child opens");
    let meeting = MeetingId(1);
    let start: usize = store.agenda(meeting).expect("agenda").len();
    let stdout = std::io::stdout();
    for n in start.. {
        let id = store
            .add_item(
                meeting,
                Placement::End { parent: None },
                None,
                &ItemDraft { title: format!("edit-{n}"), ..Default::default() },
            )
            .expect("add");
        store.set_item_field(id, ItemField::Annotation, "", &format!("annotation-{n}")).expect("field");
        use std::io::Write;
        let mut out = stdout.lock();
        writeln!(out, "ack {n}").expect("ack");
        out.flush().expect("flush");
    }
}

/// A small deterministic PRNG so the kill moments differ per round but the run is repeatable.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn kill_9_loses_no_acknowledged_edit() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let sb = common::Sandbox::new();
    let db = sb.path("crash.db");
    {
        let mut s = Store::open(&db, Access::Create).unwrap();
        s.create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() }).unwrap();
    }
    let me = std::env::current_exe().unwrap();
    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    let mut acked_total = 0usize;
    let mut acked: Vec<usize> = Vec::new();
    for round in 0..ROUNDS {
        let mut child = Command::new(&me)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads", "1"])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        // Kill after a random number of acknowledgements (0–12) plus a random delay, so kills land
        // at start-up, between commits and inside them.
        let wait_acks = (next(&mut seed) % 13) as usize;
        let extra = Duration::from_micros(next(&mut seed) % 3_000);
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(n) = line.strip_prefix("ack ") {
                    if tx.send(n.parse::<usize>().unwrap()).is_err() {
                        break;
                    }
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = 0;
        while seen < wait_acks && Instant::now() < deadline {
            match rx.recv_timeout(Duration::from_millis(50)) {
                Ok(n) => {
                    seen += 1;
                    acked.push(n);
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(_) => break,
            }
        }
        std::thread::sleep(extra);
        unsafe {
            libc::kill(child.id() as i32, libc::SIGKILL);
        }
        child.wait().unwrap();
        reader.join().unwrap();
        for n in rx.try_iter() {
            seen += 1;
            acked.push(n);
        }
        acked_total += seen;

        let store = Store::open(&db, Access::Existing).unwrap_or_else(|e| panic!("round {round}: reopen: {e}"));
        assert!(store.check().unwrap().is_empty(), "round {round}: integrity check failed");
        let agenda = store.agenda(MeetingId(1)).unwrap();
        for n in &acked {
            let item = agenda
                .iter()
                .find(|i| i.title == format!("edit-{n}"))
                .unwrap_or_else(|| panic!("round {round}: acknowledged edit {n} was lost"));
            assert_eq!(item.annotation, format!("annotation-{n}"), "round {round}: annotation of edit {n} lost");
        }
    }
    assert!(acked_total > ROUNDS, "the child made too few edits to prove anything ({acked_total})");
    eprintln!("crash suite: {ROUNDS} kills, {acked_total} acknowledged edits seen, 0 lost");
}
