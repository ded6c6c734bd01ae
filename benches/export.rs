//! Export timings: the demo memo as markdown and as .docx (the markdown writer is the peer, measured in the
//! same run), a large meeting full of text that needs escaping, and writing to disk.
//! Run with `cargo bench --bench export`; prints one line per measurement.

use annoteer::domain::{ItemDraft, MeetingDraft, Stance, Treatment};
use annoteer::memo::{docx_memo, render_memo, write_memo, DocxOptions};
use annoteer::store::{Placement, Store};
use std::time::{Duration, Instant};

fn time<T>(label: &str, runs: u32, f: impl FnMut() -> T) -> T {
    timed(label, runs, f).0
}

/// The result and the best time of `runs` runs (the median would hide nothing here: no I/O, no threads).
fn timed<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> (T, Duration) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        out = Some(std::hint::black_box(f()));
        best = best.min(start.elapsed());
    }
    println!("{label:<58} best of {runs:>3}: {:>9.3} ms", best.as_secs_f64() * 1000.0);
    (out.expect("at least one run"), best)
}

fn main() {
    let mut demo = Store::open_in_memory().expect("store");
    let ids = demo.load_demo().expect("demo");
    let id = ids.into_iter().find(|id| demo.meeting(*id).is_ok_and(|m| m.date == "2022-03-24")).expect("demo meeting");
    let record = time("load the demo meeting's record", 50, || demo.meeting_record(id).expect("record"));
    // The peer: the markdown writer on the same record, in the same run.
    let (md, md_time) = timed("render the demo memo as markdown (peer)", 200, || render_memo(&record));
    println!("{:<58} {:>9} bytes", "demo memo size (markdown)", md.len());
    let (docx, docx_time) = timed("render the demo memo as .docx", 200, || docx_memo(&record, &DocxOptions::default()));
    println!("{:<58} {:>9} bytes", "demo memo size (.docx)", docx.len());
    println!(
        "{:<58} {:>9.1}× the markdown; {} the 20 ms budget",
        "demo memo as .docx",
        docx_time.as_secs_f64() / md_time.as_secs_f64(),
        if docx_time.as_millis() < 20 { "within" } else { "OVER" }
    );

    let mut big = Store::open_in_memory().expect("store");
    let meeting = big
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-03-24".into(),
            title: "Stuurgroep MIT".into(),
            ..MeetingDraft::default()
        })
        .expect("meeting");
    let paragraph = "Het *advies* is om **steun** uit te spreken (zie www.x.nl, 3 | 4 # test_x & <b>). ".repeat(8);
    let annotation = format!("{paragraph}\n\n- Sheet 7: {paragraph}\n  - 1. genest\n- Sheet 10\n\n{paragraph}");
    for n in 0..300 {
        let draft = ItemDraft {
            title: format!("Agendapunt {n} | *titel* #{n}"),
            treatment: Some(Treatment::TerBesluitvorming),
            annotation: annotation.clone(),
            advice_stance: Some(Stance::AkkoordMetKanttekeningen),
            advice_text: paragraph.clone(),
            talking_points: vec![paragraph.clone(), "Sheet 39: aantallen".into()],
            ..ItemDraft::default()
        };
        big.add_item(meeting, Placement::End { parent: None }, None, &draft).expect("item");
    }
    let record = big.meeting_record(meeting).expect("record");
    let md = time("render a 300-item memo with hostile text (markdown)", 20, || render_memo(&record));
    println!("{:<58} {:>9} bytes", "300-item memo size", md.len());
    let docx =
        time("render a 300-item memo with hostile text (.docx)", 20, || docx_memo(&record, &DocxOptions::default()));
    println!("{:<58} {:>9} bytes", "300-item .docx size", docx.len());

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("memo.md");
    time("write_memo (temp file, fsync, rename) of the 300-item memo", 20, || write_memo(&path, &md).expect("write"));
}
