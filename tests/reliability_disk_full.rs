//! Promise 5: when the disk fills during a commit (here: a file-size limit with SIGXFSZ ignored), the
//! error is reported in words, earlier data stays intact, and the same write succeeds once space returns.

mod common;

use annoteer::domain::{ItemDraft, ItemField, MeetingDraft, MeetingId};
use annoteer::store::{Access, Placement, Store};
use annoteer::Error;
use std::process::Command;

const CHILD_ENV: &str = "ANNOTEER_DISKFULL_CHILD_DB";

/// Child mode, run under `ulimit -S -f`: write until the limit bites, then lift it and write again.
#[test]
fn disk_full_child() {
    let Ok(db) = std::env::var(CHILD_ENV) else { return };
    let mut store = Store::open(std::path::Path::new(&db), Access::Existing).expect("open");
    let meeting = MeetingId(1);
    let big = "Een lange annotatie. ".repeat(10_000);
    let mut written = Vec::new();
    let mut failure = None;
    for n in 0..500 {
        let id = match store.add_item(
            meeting,
            Placement::End { parent: None },
            None,
            &ItemDraft { title: format!("item-{n}"), ..Default::default() },
        ) {
            Ok(id) => id,
            Err(e) => {
                failure = Some((e, None));
                break;
            }
        };
        match store.set_item_field(id, ItemField::Annotation, "", &big) {
            Ok(_) => written.push(id),
            Err(e) => {
                failure = Some((e, Some(id)));
                break;
            }
        }
    }
    let (err, pending) = failure.expect("the size limit never bit");
    assert!(matches!(err, Error::DiskFull), "expected a disk-full error, got: {err}");
    println!("error: {err}");
    // What was committed before is all there.
    for id in &written {
        assert_eq!(store.item(*id).expect("earlier item").annotation, big.trim_end());
    }
    // Space returns: the soft limit goes back up to the hard one.
    unsafe {
        let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        assert_eq!(libc::getrlimit(libc::RLIMIT_FSIZE, &mut lim), 0);
        lim.rlim_cur = lim.rlim_max;
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &lim), 0);
    }
    // The text the user was typing is still in memory (`big`); saving it now works.
    let id = match pending {
        Some(id) => id,
        None => store
            .add_item(
                meeting,
                Placement::End { parent: None },
                None,
                &ItemDraft { title: "retry".into(), ..Default::default() },
            )
            .expect("add after space returns"),
    };
    store.set_item_field(id, ItemField::Annotation, "", &big).expect("save after space returns");
    assert!(store.check().expect("check").is_empty());
    println!("written before the limit: {}; saved after: yes", written.len());
}

#[test]
fn disk_full_is_reported_and_nothing_is_lost() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let sb = common::Sandbox::new();
    let db = sb.path("full.db");
    {
        let mut s = Store::open(&db, Access::Create).unwrap();
        s.create_meeting(&MeetingDraft { body: "SG".into(), date: "2022-03-24".into(), ..Default::default() }).unwrap();
    }
    let me = std::env::current_exe().unwrap();
    // 8192 blocks of at least 512 bytes: 4–8 MB, a few dozen annotations of 200 KB.
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -S -f 8192; exec '{}' --exact disk_full_child --nocapture --test-threads 1",
            me.display()
        ))
        .env(CHILD_ENV, &db)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "child failed:\n{text}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("error: the disk is full"), "{text}");
    assert!(text.contains("saved after: yes"), "{text}");
    let store = Store::open(&db, Access::Existing).unwrap();
    assert!(store.check().unwrap().is_empty());
}
