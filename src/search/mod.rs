//! Fuzzy search over past decisions, and with `Scope::Everything` also agenda item titles, annotations and
//! advice. Pure core: no terminal code here.
//!
//! # For a screen (never blocks)
//! ```text
//! let corpus = Arc::new(Corpus::load(&store, Scope::Decisions)?);   // once, and again after edits
//! let mut searcher = Searcher::new(corpus);                          // one worker thread, idle until asked
//! // on every keystroke:
//! match Query::parse(&input) {
//!     Ok(q) => { searcher.submit(q, 50); }                           // returns at once; cancels the last one
//!     Err(e) => show(e.to_string()),                                 // "since:2022-13: not a date; use …"
//! }
//! // on every tick of the event loop:
//! if let Some(update) = searcher.try_recv() {                        // never waits; stale answers dropped
//!     // update.stage: Partial (newest records first, fast) then Final (complete)
//!     for hit in &update.hits {
//!         let r = searcher.corpus().record(hit.record);              // kind, ids, body, date, reference, text
//!         // hit.indices: matched character positions in r.text, for highlighting
//!     }
//! }
//! // Enter: r.meeting_id and r.item_id say where to jump.
//! // searcher.pending(): true until the last query's final answer is queued (poll often meanwhile);
//! // Searcher::with_waker(corpus, Box::new(|| …)) calls back after every answer instead.
//! ```
//! Loading 100k decisions takes about 100 ms: to keep even that off the screen's thread, load in a thread
//! with `Corpus::load_file(path, scope)` (its own read-only connection) and hand the result to
//! `searcher.set_corpus(Arc::new(corpus))`; searches meanwhile run on the old corpus.
//! Headless: `search(&corpus, &query, limit)` gives the same hits synchronously (on all cores).
//!
//! # How it is fast
//! - One text arena and 64 bytes per record (with a bitmask of the letters it holds, so that a
//!   record lacking a letter of the query is skipped unread); a pure-ASCII text is its own key (case is folded while
//!   comparing), other texts get a folded ASCII key with one byte per character, so key positions are
//!   character positions for highlighting.
//! - A first pass over every record (after the letter mask, each start of a term is tried; its characters must
//!   follow with at most `MAX_GAP` skipped characters, so "om" does not match across a whole record),
//!   on all cores in chunks that check for cancellation.
//! - A partial sort keeps the best few; only those are rescored with fuzzy-matcher's `SkimMatcherV2`
//!   (full scoring) which gives the final order and the highlight indices.
//! - The background searcher answers first from the newest records, and narrows its last complete result
//!   when the query only grew.

mod corpus;
mod engine;
pub mod matcher;
pub mod quality;
mod query;
mod searcher;
mod store_corpus;
pub mod typo;

pub use corpus::{Corpus, CorpusBuilder, ItemField, NewRecord, Record, RecordKind, Scope, PART_SEPARATOR};
pub use engine::{score_record, search, search_counted, Found, Hit, KindCounts};
pub use query::Query;
pub use searcher::{Searcher, Stage, Update};

impl Corpus {
    /// Loads what `scope` covers from the store, newest first.
    pub fn load(store: &crate::store::Store, scope: Scope) -> crate::error::Result<Corpus> {
        store.search_corpus(scope)
    }

    /// Loads from the database file through its own read-only connection, for a loading thread.
    pub fn load_file(path: &std::path::Path, scope: Scope) -> crate::error::Result<Corpus> {
        let store = crate::store::Store::open(path, crate::store::Access::ReadOnly)?;
        store.search_corpus(scope)
    }
}
