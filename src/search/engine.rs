//! Scoring a corpus for a query on all cores, keeping the best, and rescoring those with SkimMatcherV2.

use super::corpus::{Corpus, RecordKind};
use super::matcher::{
    char_mask, is_spread, score_term, term_positions, zero_bytes, BONUS_HEAD, BONUS_UNBROKEN, SCORE_MATCH, TYPO_PENALTY,
};
use super::query::Query;
use super::typo::{align, allowed_typos, TypoTerm};
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
    /// True when a term matched only with a typo.
    pub typo: bool,
}

/// The hits, best first, and how many records matched in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub hits: Vec<Hit>,
    /// Records of the wanted kinds that matched.
    pub matched: usize,
    /// Matches per kind, whatever kinds the query wants (for a screen that shows both counts).
    pub counts: KindCounts,
    /// True when matches with a typo were looked for (they are only when the query's words matched fewer
    /// records than are shown); `matched` then counts them too.
    pub typos: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCounts {
    pub decisions: usize,
    pub items: usize,
}

/// A first-pass match: the score of the fast matcher and the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub score: i32,
    pub index: u32,
    /// Every term matched inside a word without a typo.
    pub clean: bool,
}

/// Which records a scan looks at.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    /// Records `0..n` (the newest n).
    Newest(usize),
    /// These records (an earlier result being narrowed).
    Among(&'a [u32]),
}

impl<'a> Source<'a> {
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

    /// True when both are the same records.
    pub(crate) fn same(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Newest(a), Source::Newest(b)) => a == b,
            (Source::Among(a), Source::Among(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }

    /// The first `n` records of this source.
    pub(crate) fn head(self, n: usize) -> Source<'a> {
        match self {
            Source::Newest(m) => Source::Newest(m.min(n)),
            Source::Among(s) => Source::Among(&s[..s.len().min(n)]),
        }
    }
}

/// The first pass: without typos (the bounded-gap match every term must have), or also with them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    Exact,
    Typos,
}

/// The score a term gets for a match with `edits` typos: below any match without one.
pub(crate) fn typo_score(len: usize, edits: u32, at_word_start: bool) -> i32 {
    SCORE_MATCH * (len as i32 - edits as i32) + if at_word_start { BONUS_HEAD } else { 0 } - TYPO_PENALTY
}

/// The matcher and the body filter resolved against one corpus.
pub(crate) struct Prepared<'a> {
    corpus: &'a Corpus,
    query: &'a Query,
    /// `None`: any body.
    bodies: Option<Vec<u16>>,
    /// The characters every matching record must hold (without typos).
    mask: u64,
    term_masks: Vec<u64>,
    /// Per term, its bit-parallel typo form (`None` for a term too short for a typo).
    typo_terms: Vec<Option<TypoTerm>>,
    fields: u8,
    query_order: Vec<usize>,
    /// The typo pass tries the longest term first: it is the likeliest to hold the typo and to fail.
    typo_order: Vec<usize>,
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
        let term_masks: Vec<u64> = query.terms.iter().map(|t| char_mask(t)).collect();
        let mask = term_masks.iter().fold(0, |m, t| m | t);
        let typo_terms = query.terms.iter().map(|t| TypoTerm::new(t)).collect();
        let query_order: Vec<usize> = (0..query.terms.len()).collect();
        let mut typo_order = query_order.clone();
        typo_order.sort_by_key(|&i| std::cmp::Reverse(query.terms[i].len()));
        Prepared {
            corpus,
            query,
            bodies,
            mask,
            term_masks,
            typo_terms,
            fields: query.fields(),
            query_order,
            typo_order,
        }
    }

    /// True when some term may hold a typo, so that a typo pass can find more.
    pub(crate) fn forgives_typos(&self) -> bool {
        self.typo_terms.iter().any(Option::is_some)
    }

    /// The number of typos each term may hold.
    pub(crate) fn allowed(&self) -> Vec<u32> {
        self.typo_terms.iter().map(|t| t.as_ref().map_or(0, |t| t.allowed)).collect()
    }

    /// The record's first-pass score and whether it is clean (every term inside a word, no typo).
    #[inline]
    fn score(&self, index: usize, pass: Pass) -> Option<(i32, bool)> {
        let c = self.corpus;
        let record_mask = c.mask(index);
        let has_all = record_mask & self.mask == self.mask;
        if pass == Pass::Exact && !has_all {
            return None;
        }
        if !self.query.date_ok(c.date_number(index)) {
            return None;
        }
        if let Some(bodies) = &self.bodies {
            if !bodies.contains(&c.body_index(index)) {
                return None;
            }
        }
        if pass == Pass::Typos && !has_all {
            // A typo can leave out at most one distinct letter per edit.
            for (m, t) in self.term_masks.iter().zip(&self.typo_terms) {
                let allowed = t.as_ref().map_or(0, |t| t.allowed);
                if !at_most(m & !record_mask, allowed) {
                    return None;
                }
            }
        }
        let key = c.key(index);
        let ranges = c.ranges(index, self.fields);
        let mut total = 0;
        let mut clean = true;
        let order: &[usize] = if pass == Pass::Typos { &self.typo_order } else { &self.query_order };
        for &i in order {
            let term = &self.query.terms[i];
            let typo = self.typo_terms[i].as_ref().filter(|_| pass == Pass::Typos);
            let mut best: Option<i32> = None;
            match typo {
                // Inside one word, exact or with a typo; a match spread over words comes from the exact pass.
                Some(t) => {
                    for r in ranges.iter() {
                        if let Some(s) = word_match(&key[r], term, self.term_masks[i], t, false) {
                            best = Some(best.map_or(s, |b| b.max(s)));
                        }
                    }
                }
                None if record_mask & self.term_masks[i] == self.term_masks[i] => {
                    for r in ranges.iter() {
                        if let Some((s, _)) = score_term(&key[r], term) {
                            best = Some(best.map_or(s, |b| b.max(s)));
                        }
                    }
                }
                None => {}
            }
            let s = best?;
            // A term's score is below zero only when it matched with a typo or spread over words.
            clean &= s >= 0;
            total += s;
        }
        Some((total, clean))
    }
}

/// A query with more terms than this is searched in two passes (the fused pass keeps each term's exact
/// score on the stack).
const FUSED_TERMS: usize = 8;

/// One record as the fused pass found it: its exact score (and whether that is clean) and its typo score,
/// `i32::MIN` for none.
#[derive(Clone, Copy)]
pub(crate) struct Both {
    index: u32,
    exact: i32,
    clean: bool,
    typo: i32,
}

impl Prepared<'_> {
    /// The best exact score of term `i` over `ranges`.
    #[inline]
    fn exact_term(&self, key: &[u8], ranges: &super::corpus::Ranges, i: usize) -> Option<i32> {
        let mut best: Option<i32> = None;
        for r in ranges.iter() {
            if let Some((s, _)) = score_term(&key[r], &self.query.terms[i]) {
                best = Some(best.map_or(s, |b| b.max(s)));
            }
        }
        best
    }

    /// The exact pass and the typo pass for one record in one visit (`typos`: whether the typo pass is still
    /// wanted), giving what each would have given: the typo pass only runs when the exact one is not clean,
    /// and reuses the exact score of each term it already has.
    #[inline]
    fn score_both(&self, index: usize, typos: bool) -> Option<Both> {
        let c = self.corpus;
        let record_mask = c.mask(index);
        let has_all = record_mask & self.mask == self.mask;
        if !has_all && !typos {
            return None;
        }
        if !self.query.date_ok(c.date_number(index)) {
            return None;
        }
        if let Some(bodies) = &self.bodies {
            if !bodies.contains(&c.body_index(index)) {
                return None;
            }
        }
        if !has_all {
            for (m, t) in self.term_masks.iter().zip(&self.typo_terms) {
                let allowed = t.as_ref().map_or(0, |t| t.allowed);
                if !at_most(m & !record_mask, allowed) {
                    return None;
                }
            }
        }
        let key = c.key(index);
        let ranges = c.ranges(index, self.fields);
        let n = self.query.terms.len();
        // Per term: its exact score, once known (`None` inside: no exact match).
        let mut known: [Option<Option<i32>>; FUSED_TERMS] = [None; FUSED_TERMS];
        let mut both = Both { index: index as u32, exact: i32::MIN, clean: false, typo: i32::MIN };
        if has_all {
            let (mut total, mut clean) = (0, true);
            let mut all = true;
            for (i, slot) in known.iter_mut().enumerate().take(n) {
                let s = self.exact_term(key, &ranges, i);
                *slot = Some(s);
                match s {
                    Some(s) => {
                        clean &= s >= 0;
                        total += s;
                    }
                    None => {
                        all = false;
                        break;
                    }
                }
            }
            if all {
                both.exact = total;
                both.clean = clean;
                if clean || !typos {
                    return Some(both);
                }
            }
        }
        if !typos {
            return None;
        }
        let mut total = 0;
        for &i in &self.typo_order {
            let term = &self.query.terms[i];
            let s = match (known[i], &self.typo_terms[i]) {
                (Some(Some(s)), _) if s >= 0 => Some(s),
                (known, Some(t)) => {
                    let mut best: Option<i32> = None;
                    for r in ranges.iter() {
                        if let Some(s) = word_match(&key[r], term, self.term_masks[i], t, known.is_some()) {
                            best = Some(best.map_or(s, |b| b.max(s)));
                        }
                    }
                    best
                }
                (Some(known), None) => known,
                (None, None) if record_mask & self.term_masks[i] == self.term_masks[i] => {
                    self.exact_term(key, &ranges, i)
                }
                (None, None) => None,
            };
            match s {
                Some(s) => total += s,
                None => {
                    total = i32::MIN;
                    break;
                }
            }
        }
        both.typo = total;
        (both.exact != i32::MIN || both.typo != i32::MIN).then_some(both)
    }
}

/// The typo pass for one term in one key range: its best match inside one word, exact (a subsequence with
/// bounded gaps) or with the allowed typos. Words are passed over unless they are long enough and hold
/// nearly every letter of the term, so the bit-parallel scan runs on few of them. A match spread over
/// several words is not looked for here: the exact pass finds those.
/// `exact_failed`: the exact pass already found no match of the term inside a word here, so only typos are
/// looked for.
fn word_match(key: &[u8], term: &[u8], term_mask: u64, t: &TypoTerm, exact_failed: bool) -> Option<i32> {
    let m = term.len();
    let allowed = t.allowed;
    let shortest = m.saturating_sub(allowed as usize).max(1);
    let mut exact_possible = false;
    let mut edits: Option<u32> = None;
    let mut word = |start: usize, end: usize, mask: u64| {
        if end - start < shortest {
            return;
        }
        let missing = term_mask & !mask;
        if !at_most(missing, allowed) {
            return;
        }
        exact_possible |= missing == 0 && end - start >= m;
        if edits != Some(1) && t.may_match(&key[start..end]) {
            if let Some(e) = t.distance(&key[start..end], 1) {
                edits = Some(edits.map_or(e, |b| b.min(e)));
            }
        }
    };
    // Spaces are found eight bytes at a time; the letters of a stretch between two spaces are read only when
    // it is as long as the term can shrink to (most words are shorter).
    let mut from = 0;
    let mut chunk = |from: usize, to: usize| {
        if to - from < shortest {
            return;
        }
        let (mut start, mut mask) = (from, 0u64);
        for i in from..to {
            let b = WORD_BITS[key[i] as usize];
            if b != 0 {
                mask |= b;
                continue;
            }
            word(start, i, mask);
            start = i + 1;
            mask = 0;
        }
        word(start, to, mask);
    };
    let mut blocks = key.chunks_exact(8);
    let mut base = 0;
    if shortest >= 7 {
        // Two spaces in one block of eight enclose at most six bytes, too few for this term: only the
        // block's first space (which ends the stretch running into it) and its last (where the next one
        // starts) matter. Visiting every space cost a mispredicted branch per word.
        for block in blocks.by_ref() {
            let x = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
            let spaces = zero_bytes(x ^ 0x2020_2020_2020_2020);
            if spaces != 0 {
                chunk(from, base + (spaces.trailing_zeros() / 8) as usize);
                from = base + (63 - spaces.leading_zeros()) as usize / 8 + 1;
            }
            base += 8;
        }
    } else {
        for block in blocks.by_ref() {
            let x = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
            let mut spaces = zero_bytes(x ^ 0x2020_2020_2020_2020);
            while spaces != 0 {
                let at = base + (spaces.trailing_zeros() / 8) as usize;
                chunk(from, at);
                from = at + 1;
                spaces &= spaces - 1;
            }
            base += 8;
        }
    }
    for (j, &c) in blocks.remainder().iter().enumerate() {
        if c == b' ' {
            chunk(from, base + j);
            from = base + j + 1;
        }
    }
    chunk(from, key.len());
    if exact_possible && !exact_failed {
        // Scored on the whole range, so that the score equals the exact pass's.
        if let Some((s, _)) = score_term(key, term).filter(|(s, _)| *s >= 0) {
            return Some(s);
        }
    }
    edits.filter(|&e| e > 0).map(|e| typo_score(m, e, false))
}

/// True when `bits` has at most `n` bits set (without a popcount instruction, which a default build lacks).
#[inline]
fn at_most(bits: u64, n: u32) -> bool {
    let mut b = bits;
    for _ in 0..n {
        b &= b.wrapping_sub(1);
    }
    b == 0
}

/// Per key byte: its letter bit (as `char_mask`), 0 for a word break.
static WORD_BITS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let c = (b as u8).to_ascii_lowercase();
        t[b] = match c {
            b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => 0,
            b'a'..=b'z' => 1 << (c - b'a'),
            b'0'..=b'9' => 1 << (26 + c - b'0'),
            _ => 1 << 63,
        };
        b += 1;
    }
    t
};

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

/// Scores the source on all cores. Returns every match (of any kind) in source order, or `None` when
/// `cancelled` said so (checked once per chunk, so a stale search stops within about a millisecond).
pub(crate) fn scan(
    p: &Prepared,
    source: Source,
    pass: Pass,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Candidate>> {
    scan_with(
        source,
        cancelled,
        |index, _| p.score(index, pass).map(|(score, clean)| Candidate { score, index: index as u32, clean }),
        |_| {},
    )
}

/// Scores the source on all cores with `score` (given the record and a count kept per chunk, handed to
/// `chunk_done` at the chunk's end); the found ones in source order, or `None` when `cancelled`.
fn scan_with<T: Send>(
    source: Source,
    cancelled: &(dyn Fn() -> bool + Sync),
    score: impl Fn(usize, &mut usize) -> Option<T> + Sync,
    chunk_done: impl Fn(usize) + Sync,
) -> Option<Vec<T>> {
    let n = source.len();
    let chunks = n.div_ceil(CHUNK);
    let workers = threads().min(chunks).max(1);
    let next = AtomicUsize::new(0);
    let work = || -> Option<Vec<(usize, Vec<T>)>> {
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
            let mut state = 0;
            for i in chunk * CHUNK..((chunk + 1) * CHUNK).min(n) {
                if let Some(t) = score(source.get(i), &mut state) {
                    found.push(t);
                }
            }
            chunk_done(state);
            mine.push((chunk, found));
        }
    };
    let mut parts: Vec<(usize, Vec<T>)> = if workers == 1 {
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

/// What a search found: every match of any kind, and whether typos were allowed.
pub(crate) struct Matches {
    pub candidates: Vec<Candidate>,
    pub typos: bool,
}

/// The exact pass over `exact`; when it finds fewer clean matches of the wanted kinds than `limit`, the
/// typo pass over `typos` (which must hold every record the typo pass could match) replaces it. Typo
/// matches rank below clean ones, so when there are `limit` clean ones the typo pass could not change
/// what is shown, and it is skipped.
pub(crate) fn find(
    p: &Prepared,
    exact: Source,
    typos: Source,
    limit: usize,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Matches> {
    if exact.same(&typos) && p.forgives_typos() && p.query.terms.len() <= FUSED_TERMS {
        return find_fused(p, exact, limit, cancelled);
    }
    find_in_two_passes(p, exact, typos, limit, cancelled)
}

fn find_in_two_passes(
    p: &Prepared,
    exact: Source,
    typos: Source,
    limit: usize,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Matches> {
    let candidates = scan(p, exact, Pass::Exact, cancelled)?;
    let c = p.corpus;
    let clean = candidates.iter().filter(|m| m.clean && p.query.wants(c.kind(m.index as usize))).count();
    if clean >= limit.max(1) || !p.forgives_typos() {
        return Some(Matches { candidates, typos: false });
    }
    let with_typos = scan(p, typos, Pass::Typos, cancelled)?;
    Some(Matches { candidates: merge(candidates, with_typos), typos: true })
}

/// `find` in one visit per record: each record gets the exact pass and, while the clean matches of the
/// wanted kinds this thread has seen are fewer than `limit`, the typo pass (see `Prepared::score_both`).
/// When there are `limit` clean matches in all, the typo scores are dropped, so that the answer is the
/// one the two passes give; otherwise no record was spared the typo pass.
fn find_fused(p: &Prepared, source: Source, limit: usize, cancelled: &(dyn Fn() -> bool + Sync)) -> Option<Matches> {
    let limit = limit.max(1);
    let seen = AtomicUsize::new(0);
    let c = p.corpus;
    let all = scan_with(
        source,
        cancelled,
        |index, chunk_clean: &mut usize| {
            let typos = seen.load(Ordering::Relaxed) + *chunk_clean < limit;
            let both = p.score_both(index, typos)?;
            if both.clean && p.query.wants(c.kind(index)) {
                *chunk_clean += 1;
            }
            Some(both)
        },
        |chunk_clean| {
            // Once per chunk: the threads stay off each other's cache line.
            seen.fetch_add(chunk_clean, Ordering::Relaxed);
        },
    )?;
    let clean = all.iter().filter(|b| b.clean && p.query.wants(c.kind(b.index as usize))).count();
    let typos = clean < limit;
    let candidates = all
        .iter()
        .filter_map(|b| {
            let score = if typos { b.exact.max(b.typo) } else { b.exact };
            (score != i32::MIN).then_some(Candidate { score, index: b.index, clean: b.clean })
        })
        .collect();
    Some(Matches { candidates, typos })
}

/// The union of two candidate lists in ascending record order, the better score where both hold a record.
fn merge(a: Vec<Candidate>, b: Vec<Candidate>) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.index == y.index {
            out.push(if y.score > x.score { y } else { x });
            i += 1;
            j += 1;
        } else if x.index < y.index {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

impl Matches {
    /// Matches per kind, and those of the kinds the query wants.
    pub(crate) fn counts(&self, corpus: &Corpus, query: &Query) -> (KindCounts, usize) {
        let mut counts = KindCounts::default();
        for m in &self.candidates {
            match corpus.kind(m.index as usize) {
                RecordKind::Decision => counts.decisions += 1,
                RecordKind::Item => counts.items += 1,
            }
        }
        let wanted = u64::from(query.wants(RecordKind::Decision)) * counts.decisions as u64
            + u64::from(query.wants(RecordKind::Item)) * counts.items as u64;
        (counts, wanted as usize)
    }
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

/// The best `limit` of the candidates of the wanted kinds: a partial sort keeps the best pool,
/// SkimMatcherV2 (full scoring, not `element_limit`) rescores those term by term and gives the highlight
/// indices; ties go to the newer record.
pub(crate) fn rank(corpus: &Corpus, query: &Query, candidates: &[Candidate], limit: usize) -> Vec<Hit> {
    if limit == 0 || candidates.is_empty() {
        return Vec::new();
    }
    let mut best: Vec<Candidate> =
        candidates.iter().filter(|c| query.wants(corpus.kind(c.index as usize))).copied().collect();
    if best.is_empty() {
        return Vec::new();
    }
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
        typo: false,
    })
}

/// One term's final score in one key range, with its highlight positions (relative to the range).
fn score_term_final(key: &[u8], term: &[u8]) -> Option<(i64, Vec<usize>)> {
    let key_text = std::str::from_utf8(key).unwrap_or("");
    let term_text = std::str::from_utf8(term).unwrap_or("");
    let skim = matcher().fuzzy_indices(key_text, term_text).map(|(s, idx)| {
        let unbroken =
            idx.len() == term.len() && idx.last().zip(idx.first()).is_some_and(|(l, f)| l - f + 1 == idx.len());
        let mut s = s + if unbroken { i64::from(BONUS_UNBROKEN) * term.len() as i64 } else { 0 };
        if is_spread(key, &idx) {
            s -= i64::from(super::matcher::SPREAD_PENALTY);
        }
        (s, idx)
    });
    let fast = score_term(key, term);
    match (skim, fast) {
        (Some((s, idx)), Some((f, _))) if s > i64::from(f) => Some((s, idx)),
        (_, Some((f, start))) => {
            let mut idx = Vec::new();
            term_positions(key, term, start as usize, &mut idx);
            Some((i64::from(f), idx))
        }
        // Bounded gaps define what matches; Skim only improves the score of a match.
        (_, None) => None,
    }
}

/// The final score of one record and its highlight indices, or `None` when it does not match (filters are
/// not applied here). Per term, in each part the record lets it match (an item's title, annotation, advice),
/// the better of two alignments: SkimMatcherV2's optimal one (its full dynamic programming, which can find
/// alignments the greedy first pass misses) and the first pass's bounded one; either earns
/// `BONUS_UNBROKEN` per character when it has no gap. A term whose letters are only found spread over
/// words, or not at all, may match with a typo inside one word instead. Ranking: score, then the newer
/// record.
pub fn score_record(corpus: &Corpus, query: &Query, index: usize) -> Option<Hit> {
    let key = corpus.key(index);
    let mut indices = Vec::new();
    let mut any_typo = false;
    if query.terms.is_empty() {
        return Some(Hit { record: index, score: 0, indices, typo: false });
    }
    let ranges = corpus.ranges(index, query.fields());
    let mut score: i64 = 0;
    for term in &query.terms {
        let mut best: Option<(i64, Vec<usize>, bool)> = None;
        for r in ranges.iter() {
            if let Some((s, idx)) = score_term_final(&key[r.clone()], term) {
                if best.as_ref().is_none_or(|(b, _, _)| s > *b) {
                    best = Some((s, idx.iter().map(|i| i + r.start).collect(), false));
                }
            }
        }
        if best.as_ref().is_none_or(|(b, _, _)| *b < 0) {
            let allowed = allowed_typos(term.len());
            for r in ranges.iter() {
                let Some(m) = align(&key[r.clone()], term, allowed) else { continue };
                let at_start = m.start == 0 || super::matcher::is_word_break(key[r.start + m.start - 1]);
                let s = i64::from(typo_score(term.len(), m.edits, at_start));
                if best.as_ref().is_none_or(|(b, _, _)| s > *b) {
                    best = Some((s, m.matched.iter().map(|i| i + r.start).collect(), true));
                }
            }
        }
        let (s, idx, typo) = best?;
        score += s;
        any_typo |= typo;
        indices.extend(idx);
    }
    indices.sort_unstable();
    indices.dedup();
    Some(Hit { record: index, score, indices, typo: any_typo })
}

/// Searches the whole corpus on all cores and returns the best `limit` hits and the number of matches.
pub fn search_counted(corpus: &Corpus, query: &Query, limit: usize) -> Found {
    let p = Prepared::new(corpus, query);
    let never = || false;
    let all = Source::Newest(corpus.len());
    let Some(m) = find(&p, all, all, limit, &never) else { return Found::default() };
    let (counts, matched) = m.counts(corpus, query);
    Found { hits: rank(corpus, query, &m.candidates, limit), matched, counts, typos: m.typos }
}

/// Searches the whole corpus on all cores and returns the best `limit` hits, best first.
pub fn search(corpus: &Corpus, query: &Query, limit: usize) -> Vec<Hit> {
    search_counted(corpus, query, limit).hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{NewRecord, RecordKind};

    /// The fused pass gives what the exact pass and the typo pass give: the same records with the same
    /// scores, and the typo pass looked for in the same cases, over generated records with near words,
    /// items with parts, several bodies, and queries with typos, short words, filters and several terms.
    #[test]
    fn the_fused_pass_equals_the_two_passes() {
        let words = [
            "effectmeting",
            "effect",
            "meting",
            "stuurgroep",
            "akkoord",
            "capaciteit",
            "inzet",
            "huisvesting",
            "om",
            "de",
            "fiod",
            "tbml",
            "effectmetingen",
            "stuurgrp",
            "cap-aciteit",
            "Effcetmeting",
        ];
        let mut s: u64 = 0x0123_4567_89ab_cdef;
        let mut next = |n: usize| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s % n as u64) as usize
        };
        let mut texts = Vec::new();
        for _ in 0..(CHUNK * 2 + 500) {
            let len = 1 + next(9);
            let text: Vec<&str> = (0..len).map(|_| words[next(words.len())]).collect();
            texts.push(text.join(if next(5) == 0 { ", " } else { " " }));
        }
        let mut b = Corpus::builder();
        for (i, text) in texts.iter().enumerate() {
            let item = i % 7 == 0;
            b.push(NewRecord {
                kind: if item { RecordKind::Item } else { RecordKind::Decision },
                id: i as i64 + 1,
                meeting_id: None,
                item_id: None,
                body: ["SG", "KLO", "Stuurgroep MIT"][i % 3],
                date: crate::dates::Date { year: 2020 + (i % 4) as i32, month: 1 + (i % 12) as u32, day: 1 },
                reference: "",
                text,
                annotation: if item { texts[(i + 1) % texts.len()].as_str() } else { "" },
                advice: if item { "steun TBML" } else { "" },
            })
            .unwrap();
        }
        let corpus = b.build();
        let queries = [
            "effcetmeting",
            "capacitiet inzet",
            "huisvestnig",
            "fiod om",
            "stuurgroep akkoord",
            "efectmeting de",
            "effectmeting",
            "akkord",
            "tmbl",
            "body:KLO huisvesting",
            "year:2021 capaciteti",
            "kind:item effcet",
            "kind:advice tbml",
            "kind:decision stuurgrpo om",
            "efectmeeting",
            "zzzzqqq",
            "cap inzte akkoodr",
        ];
        let (mut typo_only, mut with_typos) = (0, 0);
        for q in queries {
            let query = Query::parse(q).unwrap();
            let p = Prepared::new(&corpus, &query);
            for limit in [0, 1, 10, 50, 100_000] {
                let all = Source::Newest(corpus.len());
                let fused = find_fused(&p, all, limit, &|| false).unwrap();
                let two = find_in_two_passes(&p, all, all, limit, &|| false).unwrap();
                assert_eq!(fused.typos, two.typos, "{q} limit {limit}");
                let differ = fused.candidates.iter().zip(&two.candidates).find(|(a, b)| a != b);
                assert_eq!(differ, None, "{q} limit {limit}");
                assert_eq!(fused.candidates.len(), two.candidates.len(), "{q} limit {limit}");
                typo_only += fused.candidates.iter().filter(|c| c.score < 0 && !c.clean).count();
                with_typos += usize::from(fused.typos);
            }
        }
        assert!(typo_only > 1000 && with_typos > 20, "{typo_only} {with_typos}: the typo pass was hardly tried");
    }

    /// `word_match` (spaces found a block at a time, words passed over by length, letters and bigrams)
    /// gives what scanning every word of the key in turn gives, for short terms and long ones.
    #[test]
    fn the_word_scan_equals_looking_at_every_word() {
        let mut s: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s % n as u64) as usize
        };
        let words = ["effectmeting", "effcetmeting", "huisvesting", "huis", "vesting", "de", "om", "capaciteit"];
        let mut checked = 0;
        for round in 0..4000 {
            let mut key = Vec::new();
            for w in 0..1 + next(6) {
                if w > 0 {
                    key.extend_from_slice([&b" "[..], b"  ", b"/", b" (", b"-"][next(5)]);
                }
                let mut word = words[next(words.len())].as_bytes().to_vec();
                for _ in 0..next(3) {
                    let at = next(word.len());
                    word[at] = b"aefgimnstu"[next(10)];
                }
                if next(4) == 0 {
                    word[0] = word[0].to_ascii_uppercase();
                }
                key.extend_from_slice(&word);
            }
            let term = words[round % 4].as_bytes();
            let term: Vec<u8> = if round % 3 == 0 { term[..4 + next(term.len() - 3)].to_vec() } else { term.to_vec() };
            let Some(t) = TypoTerm::new(&term) else { continue };
            let mask = char_mask(&term);
            for exact_failed in [false, true] {
                let mut want = None;
                if !exact_failed {
                    want = score_term(&key, &term).map(|(s, _)| s).filter(|&s| s >= 0);
                }
                if want.is_none() {
                    let mut edits: Option<u32> = None;
                    for w in key.split(|&c| crate::search::matcher::is_word_break(c)) {
                        if edits != Some(1) {
                            if let Some(e) = t.distance(w, 1) {
                                edits = Some(edits.map_or(e, |b| b.min(e)));
                            }
                        }
                    }
                    want = edits.filter(|&e| e > 0).map(|e| typo_score(term.len(), e, false));
                }
                let got = word_match(&key, &term, mask, &t, exact_failed);
                assert_eq!(got, want, "{:?} in {:?}", String::from_utf8_lossy(&term), String::from_utf8_lossy(&key));
                checked += usize::from(got.is_some());
            }
        }
        assert!(checked > 2000, "{checked}: too few matches to mean anything");
    }

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
                annotation: "",
                advice: "",
            })
            .unwrap();
        }
        let corpus = b.build();
        let q = Query::parse("besluit").unwrap();
        let p = Prepared::new(&corpus, &q);
        assert!(scan(&p, Source::Newest(corpus.len()), Pass::Exact, &|| true).is_none());
        assert_eq!(scan(&p, Source::Newest(corpus.len()), Pass::Exact, &|| false).map(|v| v.len()), Some(CHUNK * 3));
    }
}
