//! Measuring how well search forgives typos: a labelled query set made from a corpus's own words (each
//! written once exactly and once with a generated typo of each kind, with the records that hold the word),
//! and recall and precision over it, for this search or for any other ranking (the benchmark feeds fzf's).

use super::corpus::Corpus;
use super::matcher::fold;
use std::collections::BTreeSet;

/// How the query differs from the word it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypoKind {
    /// The word itself.
    Exact,
    /// Two neighbouring letters swapped.
    Swapped,
    /// One letter replaced by another.
    Wrong,
    /// One letter left out.
    Missing,
    /// One letter too many.
    Extra,
    /// Two of the above, in a word of 8 letters or more.
    Two,
}

impl TypoKind {
    pub const ALL: [TypoKind; 6] =
        [TypoKind::Exact, TypoKind::Swapped, TypoKind::Wrong, TypoKind::Missing, TypoKind::Extra, TypoKind::Two];

    pub fn name(self) -> &'static str {
        match self {
            TypoKind::Exact => "exact word",
            TypoKind::Swapped => "swapped letters",
            TypoKind::Wrong => "wrong letter",
            TypoKind::Missing => "missing letter",
            TypoKind::Extra => "extra letter",
            TypoKind::Two => "two typos (8+ letters)",
        }
    }
}

/// One labelled query: what is typed, the word meant, and the records (corpus positions) that hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledQuery {
    pub word: String,
    pub kind: TypoKind,
    pub query: String,
    pub relevant: BTreeSet<usize>,
}

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn letter(&mut self, not: u8) -> u8 {
        loop {
            let c = b'a' + self.below(26) as u8;
            if c != not {
                return c;
            }
        }
    }
}

/// One typo of `kind` in `word` (lower case ASCII letters), or `None` when the word has no place for it.
fn typo(word: &[u8], kind: TypoKind, rng: &mut Rng) -> Option<Vec<u8>> {
    let mut w = word.to_vec();
    let n = w.len();
    match kind {
        TypoKind::Exact => {}
        TypoKind::Swapped => {
            let places: Vec<usize> = (0..n - 1).filter(|&i| w[i] != w[i + 1]).collect();
            let i = *places.get(rng.below(places.len()))?;
            w.swap(i, i + 1);
        }
        TypoKind::Wrong => {
            let i = rng.below(n);
            w[i] = rng.letter(w[i]);
        }
        TypoKind::Missing => {
            w.remove(rng.below(n));
        }
        TypoKind::Extra => {
            let i = rng.below(n + 1);
            let c = rng.letter(0);
            w.insert(i, c);
        }
        TypoKind::Two => {
            if n < 8 {
                return None;
            }
            // Two different single typos, the second away from the first.
            let kinds = [TypoKind::Swapped, TypoKind::Wrong, TypoKind::Missing, TypoKind::Extra];
            let first = kinds[rng.below(4)];
            let second = kinds[rng.below(4)];
            let half = n / 2;
            let mut a = typo(&w[..half], first, rng)?;
            a.extend(typo(&w[half..], second, rng)?);
            w = a;
        }
    }
    (w != word || kind == TypoKind::Exact).then_some(w)
}

/// Words of the corpus: runs of letters, folded, of at least `min_len` letters, each with the records that
/// hold it (anywhere, also inside a longer word: "capaciteit" is in "interventiecapaciteit").
fn words(corpus: &Corpus, min_len: usize) -> Vec<(Vec<u8>, BTreeSet<usize>)> {
    let mut seen: BTreeSet<Vec<u8>> = BTreeSet::new();
    for i in 0..corpus.len() {
        let key = fold(corpus.record(i).map_or("", |r| r.text));
        for w in key.split(|c| !c.is_ascii_lowercase()) {
            if w.len() >= min_len {
                seen.insert(w.to_vec());
            }
        }
    }
    let keys: Vec<Vec<u8>> = (0..corpus.len()).map(|i| fold(corpus.record(i).map_or("", |r| r.text))).collect();
    seen.into_iter()
        .map(|w| {
            let holders = keys.iter().enumerate().filter(|(_, k)| contains(k, &w)).map(|(i, _)| i).collect();
            (w, holders)
        })
        .collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// `per_kind` words of at least `min_len` letters drawn from the corpus (deterministically from `seed`),
/// each as the exact word and with one generated typo of every kind. A typo that happens to be written in
/// some record (so that the query is another real word) is left out: it has no single right answer.
pub fn labelled_queries(corpus: &Corpus, per_kind: usize, min_len: usize, seed: u64) -> Vec<LabelledQuery> {
    let mut rng = Rng(seed | 1);
    let mut pool = words(corpus, min_len);
    // A deterministic shuffle, so that the words are spread over the vocabulary.
    for i in (1..pool.len()).rev() {
        let j = rng.below(i + 1);
        pool.swap(i, j);
    }
    let keys: Vec<Vec<u8>> = (0..corpus.len()).map(|i| fold(corpus.record(i).map_or("", |r| r.text))).collect();
    let mut out = Vec::new();
    for kind in TypoKind::ALL {
        let mut taken = 0;
        for (word, relevant) in &pool {
            if taken == per_kind {
                break;
            }
            let Some(q) = typo(word, kind, &mut rng) else { continue };
            if kind != TypoKind::Exact && keys.iter().any(|k| contains(k, &q)) {
                continue;
            }
            taken += 1;
            out.push(LabelledQuery {
                word: String::from_utf8_lossy(word).into_owned(),
                kind,
                query: String::from_utf8_lossy(&q).into_owned(),
                relevant: relevant.clone(),
            });
        }
    }
    out
}

/// Recall and precision for one kind of query, as shares (0–1).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Quality {
    pub queries: usize,
    /// Of the records holding the word, the share in the top 10 (out of at most 10).
    pub recall: f64,
    /// Of the first R hits (R: the records holding the word, at most 10), the share that hold the word.
    pub precision: f64,
}

/// How many hits count as the top.
pub const TOP: usize = 10;

/// Recall and precision per kind of the rankings `ranked(query)` gives (record positions, best first).
pub fn measure(queries: &[LabelledQuery], mut ranked: impl FnMut(&str) -> Vec<usize>) -> Vec<(TypoKind, Quality)> {
    let mut out = Vec::new();
    for kind in TypoKind::ALL {
        let mut q = Quality::default();
        for lq in queries.iter().filter(|lq| lq.kind == kind) {
            let hits = ranked(&lq.query);
            let wanted = lq.relevant.len().min(TOP);
            if wanted == 0 {
                continue;
            }
            let found = hits.iter().take(TOP).filter(|h| lq.relevant.contains(h)).count();
            let first = hits.iter().take(wanted).filter(|h| lq.relevant.contains(h)).count();
            q.queries += 1;
            q.recall += found.min(wanted) as f64 / wanted as f64;
            q.precision += first as f64 / wanted as f64;
        }
        if q.queries > 0 {
            q.recall /= q.queries as f64;
            q.precision /= q.queries as f64;
            out.push((kind, q));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_makes_the_typo_it_names() {
        let mut rng = Rng(7);
        let w = b"effectmeting";
        for _ in 0..50 {
            let s = typo(w, TypoKind::Swapped, &mut rng).unwrap();
            assert_eq!(s.len(), w.len());
            let diff: Vec<usize> = (0..w.len()).filter(|&i| s[i] != w[i]).collect();
            assert!(diff.len() == 2 && diff[1] == diff[0] + 1, "{}", String::from_utf8_lossy(&s));
            let s = typo(w, TypoKind::Wrong, &mut rng).unwrap();
            assert_eq!((0..w.len()).filter(|&i| s[i] != w[i]).count(), 1);
            assert_eq!(typo(w, TypoKind::Missing, &mut rng).unwrap().len(), w.len() - 1);
            assert_eq!(typo(w, TypoKind::Extra, &mut rng).unwrap().len(), w.len() + 1);
        }
        assert!(typo(b"werving", TypoKind::Two, &mut rng).is_none());
    }
}
