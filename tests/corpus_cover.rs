//! The cover note reader on real public cover notes and board proposals (tests/fixtures/real/cover):
//! how many purposes and decision points come out as a careful person reads them. The figures are
//! printed; the floor is what was measured, so a change that reads fewer fails.

use annoteer::domain::Coded;
use annoteer::import::cover::read_text;
use std::path::Path;

struct Expected {
    purpose: String,
    decisions: Vec<String>,
}

fn expected(text: &str) -> Expected {
    let mut e = Expected { purpose: String::new(), decisions: Vec::new() };
    for line in text.lines() {
        if let Some(p) = line.strip_prefix("purpose: ") {
            e.purpose = p.trim().to_string();
        } else if let Some(d) = line.strip_prefix("decision: ") {
            e.decisions.push(d.trim().to_string());
        }
    }
    e
}

#[test]
fn real_cover_notes_read_as_a_person_reads_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real/cover");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.path().to_str().map(str::to_string))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    names.sort();
    let (mut purposes_right, mut points_expected, mut points_right, mut points_extra) = (0, 0, 0, 0);
    for name in &names {
        let raw = std::fs::read_to_string(name).unwrap();
        let (first, body) = raw.split_once('\n').unwrap();
        assert!(first.starts_with("# source: http"), "{name} names its source on the first line");
        let want = expected(&std::fs::read_to_string(name.replace(".txt", ".expected")).unwrap());
        let got = read_text(body);
        let purpose = got.purpose.map(|t| t.code().to_string()).unwrap_or_else(|| "unknown".into());
        if purpose == want.purpose {
            purposes_right += 1;
        } else {
            println!("{name}: purpose {purpose}, expected {} ({:?})", want.purpose, got.unknown);
        }
        points_expected += want.decisions.len();
        let right = want.decisions.iter().filter(|d| got.decisions.contains(d)).count();
        points_right += right;
        points_extra += got.decisions.iter().filter(|d| !want.decisions.contains(d)).count();
        if right != want.decisions.len() || got.decisions.len() != want.decisions.len() {
            println!("{name}: decisions {:#?}\n expected {:#?}", got.decisions, want.decisions);
        }
        if want.purpose == "unknown" {
            assert!(got.unknown.is_some(), "{name}: an unknown purpose comes with its reason");
        }
    }
    println!(
        "cover notes: {} papers; purposes right {purposes_right} of {}; decision points right {points_right} of \
         {points_expected}, {points_extra} extra",
        names.len(),
        names.len()
    );
    // The floor is the measured figure. The misses known: woerden_odru_kadernota (held out, added after the
    // reader was written) lost its "3." in the portal's text, so points 2 to 4 come out as one.
    assert!(names.len() >= 16, "at least 16 real cover notes");
    assert!(purposes_right >= 16, "purposes right: {purposes_right}");
    assert!(points_right >= 29, "decision points right: {points_right} of {points_expected}");
    assert!(points_extra <= 1, "extra decision points: {points_extra}");
}
