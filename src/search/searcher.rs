//! Searching in the background, for a screen that must never wait: `submit` returns at once, `try_recv`
//! never blocks, and a newer `submit` cancels the running search.

use super::corpus::Corpus;
use super::engine::{find, rank, Hit, KindCounts, Prepared, Source};
use super::query::Query;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The newest records scanned for the quick first answer before the full scan.
const FIRST_STAGE_RECORDS: usize = 16_384;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// From the newest records only (or a narrowed earlier result still being completed); more may follow.
    Partial,
    /// The complete answer for the query.
    Final,
}

#[derive(Debug, Clone)]
pub struct Update {
    /// The number `submit` returned for the query this answers.
    pub generation: u64,
    pub stage: Stage,
    pub hits: Vec<Hit>,
    /// Records of the wanted kinds matched so far (all of them when final).
    pub matched: usize,
    /// Matches per kind so far, whatever kinds the query wants.
    pub counts: KindCounts,
    /// True when matches with a typo were looked for (see `Found::typos`).
    pub typos: bool,
    /// From the worker taking up the query to this answer.
    pub elapsed: Duration,
}

enum Job {
    Search { generation: u64, query: Query, limit: usize },
    Corpus(Arc<Corpus>),
}

/// Called by the worker after each answer it sends, so that an event loop waiting on input can wake up.
pub type Waker = Box<dyn Fn() + Send>;

pub struct Searcher {
    jobs: Option<Sender<Job>>,
    updates: Receiver<Update>,
    latest: Arc<AtomicU64>,
    /// The generation of the last final answer sent.
    finished: Arc<AtomicU64>,
    corpus: Arc<Corpus>,
    worker: Option<JoinHandle<()>>,
}

impl Searcher {
    /// Starts the worker thread; it sleeps until a query comes.
    pub fn new(corpus: Arc<Corpus>) -> Searcher {
        Searcher::with_waker(corpus, Box::new(|| {}))
    }

    /// As `new`, and `waker` is called after every answer (from the worker thread).
    pub fn with_waker(corpus: Arc<Corpus>, waker: Waker) -> Searcher {
        let (jobs, job_rx) = mpsc::channel();
        let (update_tx, updates) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let finished = Arc::new(AtomicU64::new(0));
        let shared = Shared { latest: Arc::clone(&latest), finished: Arc::clone(&finished), waker };
        let worker_corpus = Arc::clone(&corpus);
        let worker = std::thread::Builder::new()
            .name("annoteer-search".into())
            .spawn(move || work(worker_corpus, job_rx, update_tx, shared))
            .ok();
        Searcher { jobs: Some(jobs), updates, latest, finished, corpus, worker }
    }

    /// True while the last submitted query has no final answer yet (poll often meanwhile).
    pub fn pending(&self) -> bool {
        self.finished.load(Ordering::SeqCst) != self.latest()
    }

    /// The corpus searched; its `record(hit.record)` gives what a hit shows.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Searches from now on in a new corpus (after a reload); the current search is cancelled and nothing is
    /// pending, so submit the query again to see it answered from the new corpus.
    pub fn set_corpus(&mut self, corpus: Arc<Corpus>) {
        let generation = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        self.finished.store(generation, Ordering::SeqCst);
        self.corpus = Arc::clone(&corpus);
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Corpus(corpus));
        }
    }

    /// Starts a search for `query` and cancels the one running; returns its generation number.
    pub fn submit(&self, query: Query, limit: usize) -> u64 {
        let generation = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Search { generation, query, limit });
        }
        generation
    }

    /// The generation of the last submitted query.
    pub fn latest(&self) -> u64 {
        self.latest.load(Ordering::SeqCst)
    }

    /// The newest answer to the last submitted query, without waiting; answers to older queries are dropped.
    pub fn try_recv(&self) -> Option<Update> {
        let mut newest = None;
        while let Ok(u) = self.updates.try_recv() {
            if u.generation == self.latest() {
                newest = Some(u);
            }
        }
        newest
    }

    /// Waits up to `timeout` for an answer to the last submitted query (for tests and benchmarks; a screen
    /// uses `try_recv`).
    pub fn recv_timeout(&self, timeout: Duration) -> Option<Update> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.updates.recv_timeout(left) {
                Ok(u) if u.generation == self.latest() => return Some(u),
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }
}

impl Drop for Searcher {
    fn drop(&mut self) {
        // Cancel what runs, close the queue (the worker's cue to end), and wait for it.
        self.latest.fetch_add(1, Ordering::SeqCst);
        self.jobs = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

/// The last complete answer, kept so that a longer query can narrow it.
struct Previous {
    query: Query,
    /// Every record it matched, of any kind.
    matched: Vec<u32>,
    /// Whether typo matches were looked for, and how many typos each term could hold: a longer query
    /// narrows a typo pass only when its terms may hold as many (a term of 8 letters may hold two).
    typos: bool,
    allowed: Vec<u32>,
}

struct Shared {
    latest: Arc<AtomicU64>,
    finished: Arc<AtomicU64>,
    waker: Waker,
}

fn work(mut corpus: Arc<Corpus>, jobs: Receiver<Job>, updates: Sender<Update>, shared: Shared) {
    let latest = &shared.latest;
    let mut previous: Option<Previous> = None;
    while let Ok(first) = jobs.recv() {
        // Keystrokes that came while the last search ran: only the newest query matters.
        let mut search = None;
        for job in std::iter::once(first).chain(jobs.try_iter()) {
            match job {
                Job::Corpus(c) => {
                    corpus = c;
                    previous = None;
                }
                Job::Search { generation, query, limit } => search = Some((generation, query, limit)),
            }
        }
        let Some((generation, query, limit)) = search else { continue };
        if latest.load(Ordering::SeqCst) != generation {
            continue;
        }
        let started = Instant::now();
        let cancelled = || latest.load(Ordering::Relaxed) != generation;
        let p = Prepared::new(&corpus, &query);
        let send = |stage, m: &super::engine::Matches| {
            let (counts, matched) = m.counts(&corpus, &query);
            let hits = rank(&corpus, &query, &m.candidates, limit);
            let update =
                Update { generation, stage, hits, matched, counts, typos: m.typos, elapsed: started.elapsed() };
            let sent = updates.send(update).is_ok();
            // After the send: a loop that stops polling once nothing is pending finds the answer queued.
            if stage == Stage::Final {
                shared.finished.store(generation, Ordering::SeqCst);
            }
            (shared.waker)();
            sent
        };
        let allowed = p.allowed();
        let narrowed = previous.as_ref().filter(|prev| query.narrows(&prev.query));
        let all = Source::Newest(corpus.len());
        let (exact, typos) = match narrowed {
            Some(prev) => {
                let among = Source::Among(&prev.matched[..]);
                let same_typos = prev.typos && allowed.starts_with(&prev.allowed);
                (among, if same_typos { among } else { all })
            }
            None => (all, all),
        };
        if exact.len().max(typos.len()) > FIRST_STAGE_RECORDS {
            let (head_exact, head_typos) = (exact.head(FIRST_STAGE_RECORDS), typos.head(FIRST_STAGE_RECORDS));
            let Some(first) = find(&p, head_exact, head_typos, limit, &cancelled) else { continue };
            if !send(Stage::Partial, &first) {
                return;
            }
        }
        let Some(found) = find(&p, exact, typos, limit, &cancelled) else { continue };
        if !send(Stage::Final, &found) {
            return;
        }
        let matched = found.candidates.iter().map(|c| c.index).collect();
        previous = Some(Previous { query, matched, typos: found.typos, allowed });
    }
}
