//! Searching in the background, for a screen that must never wait: `submit` returns at once, `try_recv`
//! never blocks, and a newer `submit` cancels the running search.

use super::corpus::Corpus;
use super::engine::{rank, scan, Hit, Prepared, Source};
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
    /// Records matched so far (all of them when final).
    pub matched: usize,
    /// From the worker taking up the query to this answer.
    pub elapsed: Duration,
}

enum Job {
    Search { generation: u64, query: Query, limit: usize },
    Corpus(Arc<Corpus>),
}

pub struct Searcher {
    jobs: Option<Sender<Job>>,
    updates: Receiver<Update>,
    latest: Arc<AtomicU64>,
    corpus: Arc<Corpus>,
    worker: Option<JoinHandle<()>>,
}

impl Searcher {
    /// Starts the worker thread; it sleeps until a query comes.
    pub fn new(corpus: Arc<Corpus>) -> Searcher {
        let (jobs, job_rx) = mpsc::channel();
        let (update_tx, updates) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let worker_latest = Arc::clone(&latest);
        let worker_corpus = Arc::clone(&corpus);
        let worker = std::thread::Builder::new()
            .name("annoteer-search".into())
            .spawn(move || work(worker_corpus, job_rx, update_tx, worker_latest))
            .ok();
        Searcher { jobs: Some(jobs), updates, latest, corpus, worker }
    }

    /// The corpus searched; its `record(hit.record)` gives what a hit shows.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Searches from now on in a new corpus (after a reload); the current search is cancelled.
    pub fn set_corpus(&mut self, corpus: Arc<Corpus>) {
        self.latest.fetch_add(1, Ordering::SeqCst);
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
    matched: Vec<u32>,
}

fn work(mut corpus: Arc<Corpus>, jobs: Receiver<Job>, updates: Sender<Update>, latest: Arc<AtomicU64>) {
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
        let send = |stage, hits, matched| {
            updates.send(Update { generation, stage, hits, matched, elapsed: started.elapsed() }).is_ok()
        };
        let narrowed = previous.as_ref().filter(|prev| query.narrows(&prev.query));
        let (whole, head) = match narrowed {
            Some(prev) => {
                let m = &prev.matched[..];
                (Source::Among(m), Source::Among(&m[..m.len().min(FIRST_STAGE_RECORDS)]))
            }
            None => (Source::Newest(corpus.len()), Source::Newest(corpus.len().min(FIRST_STAGE_RECORDS))),
        };
        if whole.len() > FIRST_STAGE_RECORDS {
            let Some(first) = scan(&p, head, &cancelled) else { continue };
            if !send(Stage::Partial, rank(&corpus, &query, &first, limit), first.len()) {
                return;
            }
        }
        let candidates = scan(&p, whole, &cancelled);
        let Some(candidates) = candidates else { continue };
        let hits = rank(&corpus, &query, &candidates, limit);
        if !send(Stage::Final, hits, candidates.len()) {
            return;
        }
        previous = Some(Previous { query, matched: candidates.iter().map(|c| c.index).collect() });
    }
}
