//! Scoring a corpus for a query on all cores, keeping the best, and rescoring those with SkimMatcherV2.

use super::corpus::Corpus;
use super::matcher::{score_term, term_positions, BONUS_UNBROKEN};
use super::query::Query;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Records handed to a scoring thread at a time; also how often a cancelled search notices.
const CHUNK: usize = 4096;

/// One found record: its position in the corpus, its score, and the characters of its text that matched
/// (character indices, ascending), for highlighting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    pub record: usize,
    pub score: i64,
    pub indices: Vec<usize>,
}

/// The hits, best first, and how many records matched in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub matched: usize,
}

/// A first-pass match: the score of the fast matcher and the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub score: i32,
    pub index: u32,
}

/// Which records a scan looks at.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    /// Records `0..n` (the newest n).
    Newest(usize),
    /// These records (an earlier result being narrowed).
    Among(&'a [u32]),
}

impl Source<'_> {
    pub(crate) fn len(&self) -> usize {
        match self {
            Source::Newest(n) => *n,
            Source::Among(s) => s.len(),
        }
    }

    #[inline]
    fn get(&self, i: usize) -> usize {
        match self {
            Source::Newest(_) => i,
            Source::Among(s) => s[i] as usize,
        }
    }
}

/// The matcher and the body filter resolved against one corpus.
pub(crate) struct Prepared<'a> {
    corpus: &'a Corpus,
    query: &'a Query,
    /// `None`: any body.
    bodies: Option<Vec<u16>>,
}

impl<'a> Prepared<'a> {
    pub(crate) fn new(corpus: &'a Corpus, query: &'a Query) -> Prepared<'a> {
        let bodies = (!query.bodies.is_empty()).then(|| {
            corpus
                .bodies()
                .iter()
                .enumerate()
                .filter(|(_, name)| query.bodies.iter().any(|b| b.eq_ignore_ascii_case(name) || name_matches(name, b)))
                .map(|(i, _)| i as u16)
                .collect()
        });
        Prepared { corpus, query, bodies }
    }

    #[inline]
    fn score(&self, index: usize) -> Option<i32> {
        let c = self.corpus;
        if !self.query.date_ok(c.date_number(index)) {
            return None;
        }
        if let Some(bodies) = &self.bodies {
            if !bodies.contains(&c.body_index(index)) {
                return None;
            }
        }
        if !self.query.kinds.is_empty() && !self.query.kinds.contains(&c.kind(index)) {
            return None;
        }
        let key = c.key(index);
        let mut total = 0;
        for term in &self.query.terms {
            total += score_term(key, term)?.0;
        }
        Some(total)
    }
}

/// "body:stuurgroep" finds "Stuurgroep MIT": a body matches by its whole name or by its first word(s).
fn name_matches(name: &str, wanted: &str) -> bool {
    let name = name.to_lowercase();
    let wanted = wanted.to_lowercase();
    name.strip_prefix(&wanted).is_some_and(|rest| rest.starts_with(' '))
}

pub(crate) fn threads() -> usize {
    static THREADS: OnceLock<usize> = OnceLock::new();
    *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8))
}

/// Scores the source on all cores. Returns every match in source order, or `None` when `cancelled` said so
/// (checked once per chunk, so a stale search stops within about a millisecond).
pub(crate) fn scan(p: &Prepared, source: Source, cancelled: &(dyn Fn() -> bool + Sync)) -> Option<Vec<Candidate>> {
    let n = source.len();
    let chunks = n.div_ceil(CHUNK);
    let workers = threads().min(chunks).max(1);
    let next = AtomicUsize::new(0);
    let work = || -> Option<Vec<(usize, Vec<Candidate>)>> {
        let mut mine = Vec::new();
        loop {
            let chunk = next.fetch_add(1, Ordering::Relaxed);
            if chunk >= chunks {
                return Some(mine);
            }
            if cancelled() {
                return None;
            }
            let mut found = Vec::new();
            for i in chunk * CHUNK..((chunk + 1) * CHUNK).min(n) {
                let index = source.get(i);
                if let Some(score) = p.score(index) {
                    found.push(Candidate { score, index: index as u32 });
                }
            }
            mine.push((chunk, found));
        }
    };
    let mut parts: Vec<(usize, Vec<Candidate>)> = if workers == 1 {
        work()?
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = (1..workers).map(|_| s.spawn(work)).collect();
            let mut all = work();
            for h in handles {
                match (h.join().ok().flatten(), all.as_mut()) {
                    (Some(more), Some(all)) => all.extend(more),
                    _ => all = None,
                }
            }
            all
        })?
    };
    parts.sort_unstable_by_key(|(chunk, _)| *chunk);
    let total = parts.iter().map(|(_, v)| v.len()).sum();
    let mut out = Vec::with_capacity(total);
    for (_, v) in parts {
        out.extend(v);
    }
    Some(out)
}

/// How many first-pass candidates SkimMatcherV2 rescores for `limit` shown hits.
fn pool(limit: usize) -> usize {
    limit.saturating_mul(3).max(limit.saturating_add(60))
}

fn better(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.score.cmp(&a.score).then(a.index.cmp(&b.index))
}

fn matcher() -> &'static SkimMatcherV2 {
    static M: OnceLock<SkimMatcherV2> = OnceLock::new();
    M.get_or_init(|| SkimMatcherV2::default().ignore_case())
}

/// The best `limit` of the candidates: a partial sort keeps the best pool, SkimMatcherV2 (full scoring, not
/// `element_limit`) rescores those term by term and gives the highlight indices; ties go to the newer record.
pub(crate) fn rank(corpus: &Corpus, query: &Query, candidates: &[Candidate], limit: usize) -> Vec<Hit> {
    if limit == 0 || candidates.is_empty() {
        return Vec::new();
    }
    let mut best: Vec<Candidate> = candidates.to_vec();
    let keep = pool(limit).min(best.len());
    if keep < best.len() {
        best.select_nth_unstable_by(keep - 1, better);
        best.truncate(keep);
    }
    best.sort_unstable_by(better);
    let mut hits: Vec<Hit> = best.iter().map(|c| rescore(corpus, query, c)).collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.record.cmp(&b.record)));
    hits.truncate(limit);
    hits
}

fn rescore(corpus: &Corpus, query: &Query, c: &Candidate) -> Hit {
    score_record(corpus, query, c.index as usize).unwrap_or(Hit {
        record: c.index as usize,
        score: 0,
        indices: Vec::new(),
    })
}

/// The final score of one record and its highlight indices, or `None` when it does not match (the first
/// pass decides that; filters are not applied here). Per term, the better of two alignments: SkimMatcherV2's optimal one (its full dynamic
/// programming, which can find alignments the greedy first pass misses) and the first pass's bounded one;
/// either earns `BONUS_UNBROKEN` per character when it has no gap. Ranking: score, then the newer record.
pub fn score_record(corpus: &Corpus, query: &Query, index: usize) -> Option<Hit> {
    let key = corpus.key(index);
    let mut indices = Vec::new();
    if query.terms.is_empty() {
        return Some(Hit { record: index, score: 0, indices });
    }
    let key_text = std::str::from_utf8(key).unwrap_or("");
    let mut score: i64 = 0;
    for term in &query.terms {
        let term_text = std::str::from_utf8(term).unwrap_or("");
        let skim = matcher().fuzzy_indices(key_text, term_text).map(|(s, idx)| {
            let unbroken =
                idx.len() == term.len() && idx.last().zip(idx.first()).is_some_and(|(l, f)| l - f + 1 == idx.len());
            (s + if unbroken { i64::from(BONUS_UNBROKEN) * term.len() as i64 } else { 0 }, idx)
        });
        let fast = score_term(key, term);
        match (skim, fast) {
            (Some((s, idx)), Some((f, _))) if s > i64::from(f) => {
                score += s;
                indices.extend(idx);
            }
            (_, Some((f, start))) => {
                score += i64::from(f);
                term_positions(key, term, start as usize, &mut indices);
            }
            // Bounded gaps define what matches; Skim only improves the score of a match.
            (_, None) => return None,
        }
    }
    indices.sort_unstable();
    indices.dedup();
    Some(Hit { record: index, score, indices })
}

/// Searches the whole corpus on all cores and returns the best `limit` hits and the number of matches.
pub fn search_counted(corpus: &Corpus, query: &Query, limit: usize) -> Found {
    let p = Prepared::new(corpus, query);
    let never = || false;
    let candidates = scan(&p, Source::Newest(corpus.len()), &never).unwrap_or_default();
    Found { hits: rank(corpus, query, &candidates, limit), matched: candidates.len() }
}

/// Searches the whole corpus on all cores and returns the best `limit` hits, best first.
pub fn search(corpus: &Corpus, query: &Query, limit: usize) -> Vec<Hit> {
    search_counted(corpus, query, limit).hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{NewRecord, RecordKind};

    #[test]
    fn a_cancelled_scan_gives_nothing() {
        let mut b = Corpus::builder();
        for i in 0..(CHUNK * 3) as i64 {
            b.push(NewRecord {
                kind: RecordKind::Decision,
                id: i + 1,
                meeting_id: None,
                item_id: None,
                body: "SG",
                date: crate::dates::Date { year: 2022, month: 1, day: 1 },
                reference: "",
                text: "besluit",
            })
            .unwrap();
        }
        let corpus = b.build();
        let q = Query::parse("besluit").unwrap();
        let p = Prepared::new(&corpus, &q);
        assert!(scan(&p, Source::Newest(corpus.len()), &|| true).is_none());
        assert_eq!(scan(&p, Source::Newest(corpus.len()), &|| false).map(|v| v.len()), Some(CHUNK * 3));
    }
}
