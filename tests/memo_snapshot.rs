//! The whole memo, byte for byte, for the seed-like record built in code.

mod memo_fixture;

#[test]
fn seed_record_memo() {
    insta::assert_snapshot!("seed_record_memo", annoteer::memo::render_memo(&memo_fixture::seed_record()));
}
