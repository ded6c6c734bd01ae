//! Promise 4: foreign, zero-byte, truncated, newer-version and bit-flipped database files give a clear
//! refusal or a reported corruption, never a panic, and the file is never changed by reading it.

mod common;

use annoteer::domain::MeetingId;
use annoteer::store::{Access, Store};
use common::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

const FLIPS: usize = 1_000;

fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// Everything a read-only command does: open, list, show each meeting, check.
fn read_everything(path: &Path) -> Result<usize, String> {
    let store = Store::open(path, Access::ReadOnly).map_err(|e| e.to_string())?;
    let meetings = store.meetings().map_err(|e| e.to_string())?;
    for m in &meetings {
        store.meeting_record(m.id).map_err(|e| e.to_string())?;
    }
    let _ = store.meeting_record(MeetingId(1));
    let problems = store.check().map_err(|e| e.to_string())?;
    Ok(problems.len())
}

#[test]
fn a_thousand_bit_flips_never_panic_and_never_change_the_file() {
    let sb = Sandbox::new();
    let original = std::fs::read(sb.demo_db()).unwrap();
    let target = sb.path("flipped.db");
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let (mut opened_clean, mut reported, mut refused) = (0, 0, 0);
    for round in 0..FLIPS {
        let mut bytes = original.clone();
        // Half the flips land in the first page (header and schema), where they matter most.
        let at = if round % 2 == 0 { next(&mut seed) as usize % 4096 } else { next(&mut seed) as usize % bytes.len() };
        bytes[at] ^= 1 << (next(&mut seed) % 8);
        std::fs::write(&target, &bytes).unwrap();
        let outcome = catch_unwind(AssertUnwindSafe(|| read_everything(&target)));
        match outcome {
            Err(_) => panic!("round {round}: a flip at byte {at} made annoteer panic"),
            Ok(Ok(0)) => opened_clean += 1,
            Ok(Ok(_)) => reported += 1,
            Ok(Err(msg)) => {
                assert!(!msg.trim().is_empty() && !msg.contains('\n'), "round {round}: unclear message {msg:?}");
                refused += 1;
            }
        }
        assert_eq!(std::fs::read(&target).unwrap(), bytes, "round {round}: reading changed the file");
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", target.display()));
        }
    }
    eprintln!("bit flips: {FLIPS} files, 0 panics, {refused} refused/errored, {reported} corruption reported by check, {opened_clean} harmless");
    assert!(refused + reported > 0, "no flip was ever noticed: the test is not reaching the file");
}

#[test]
fn the_binary_never_panics_on_a_damaged_file() {
    let sb = Sandbox::new();
    let original = std::fs::read(sb.demo_db()).unwrap();
    let target = sb.path("damaged.db");
    let mut seed = 0xD1B5_4A32_D192_ED03_u64;
    for round in 0..40 {
        let mut bytes = original.clone();
        let at = next(&mut seed) as usize % 8192.min(bytes.len());
        bytes[at] ^= 1 << (next(&mut seed) % 8);
        std::fs::write(&target, &bytes).unwrap();
        for args in [&["meetings"][..], &["show", "1"], &["check"]] {
            let mut full = vec!["--db", target.to_str().unwrap()];
            full.extend_from_slice(args);
            let out = sb.run(&full);
            assert_ne!(out.status.code(), Some(101), "round {round} {args:?} panicked: {}", stderr(&out));
            if !out.status.success() {
                let msg = stderr(&out);
                assert!(msg.starts_with("annoteer: "), "round {round}: {msg}");
            }
        }
        assert_eq!(std::fs::read(&target).unwrap(), bytes, "round {round}: a read-only command changed the file");
    }
}
