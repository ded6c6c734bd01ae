//! The whole memo, byte for byte: the demo's meeting of 24 March 2022 and the seed-like record in code.

mod memo_fixture;

use annoteer::memo::render_memo;

#[test]
fn demo_meeting_memo() {
    insta::assert_snapshot!("demo_meeting_memo", render_memo(&memo_fixture::demo_record()));
}

#[test]
fn seed_record_memo() {
    insta::assert_snapshot!("seed_record_memo", render_memo(&memo_fixture::seed_record()));
}
