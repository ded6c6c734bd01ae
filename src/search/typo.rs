//! Forgiving a typo: a term matches a stretch of one word of a record with at most one edit (two for terms
//! of `LONG_TERM` letters or more), an edit being a letter left out, one too many, a wrong letter or two
//! neighbours swapped (optimal string alignment distance).
//!
//! The scan is bit-parallel (Myers' algorithm with Hyyrö's transposition step, in its searching form: the
//! match may start anywhere), one 64-bit word per term, reset at every word boundary so that a match never
//! spreads over several words. Only the few records that are rescored get a full alignment, for the
//! highlight and the word-start bonus.

use super::matcher::{is_word_break, lower};

/// Terms shorter than this get no typo: one edit in "om" or "mit" matches nearly anything.
pub const MIN_TYPO_TERM: usize = 4;
/// From this length a term may hold two typos.
pub const LONG_TERM: usize = 8;

/// How many edits a term of `len` letters may hold.
pub fn allowed_typos(len: usize) -> u32 {
    match len {
        0..MIN_TYPO_TERM => 0,
        MIN_TYPO_TERM..LONG_TERM => 1,
        65.. => 0,
        _ => 2,
    }
}

/// One term prepared for the bit-parallel scan.
#[derive(Clone)]
pub struct TypoTerm {
    /// For each key byte, the positions of the term that hold it (upper case keys fold to the same bits).
    peq: Box<[u64; 256]>,
    len: usize,
    pub allowed: u32,
    /// For each bigram key (`bigram_key`), the term's bigrams it stands for, one bit per distinct key.
    bigrams: Box<[u64; 1024]>,
    /// How many of those bits a word must show before the scan is worth running (0: no filter).
    bigram_need: u32,
}

impl std::fmt::Debug for TypoTerm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypoTerm").field("len", &self.len).field("allowed", &self.allowed).finish()
    }
}

impl TypoTerm {
    /// `term` is folded (lower case ASCII). `None` when it is too short (or too long) for a typo.
    pub fn new(term: &[u8]) -> Option<TypoTerm> {
        let allowed = allowed_typos(term.len());
        if allowed == 0 {
            return None;
        }
        let mut peq = Box::new([0u64; 256]);
        for (i, &c) in term.iter().enumerate() {
            peq[c as usize] |= 1 << i;
            peq[c.to_ascii_uppercase() as usize] |= 1 << i;
        }
        let mut bigrams = Box::new([0u64; 1024]);
        let mut distinct = 0u32;
        for pair in term.windows(2) {
            let slot = &mut bigrams[bigram_key(pair[0], pair[1])];
            if *slot == 0 {
                *slot = 1 << distinct;
                distinct += 1;
            }
        }
        // Each edit spoils at most three of the term's m-1 bigrams (a swap: the pair itself and both
        // neighbours; a wrong or left-out letter two, an extra one one), so m-1-3k of them are in the word
        // unchanged; counted as distinct keys, a key the term holds twice may stand for two of those.
        let pairs = term.len() as i64 - 1;
        let need = pairs - 3 * i64::from(allowed) - (pairs - i64::from(distinct));
        let bigram_need = need.max(0) as u32;
        Some(TypoTerm { peq, len: term.len(), allowed, bigrams, bigram_need })
    }

    /// A necessary condition for `distance` to find a match in `word` (one word, no word break): enough of
    /// the term's bigrams occur in it. Far cheaper than the scan, and most long words fail it.
    #[inline]
    pub fn may_match(&self, word: &[u8]) -> bool {
        if self.bigram_need == 0 {
            return true;
        }
        let mut seen = 0u64;
        for pair in word.windows(2) {
            seen |= self.bigrams[bigram_key(pair[0], pair[1])];
        }
        seen.count_ones() >= self.bigram_need
    }

    /// The fewest edits with which the term matches inside one word of `key`, if that is within the allowed
    /// number; the scan stops as soon as `enough` or fewer edits are found.
    pub fn distance(&self, key: &[u8], enough: u32) -> Option<u32> {
        let m = self.len;
        let top = 1u64 << (m - 1);
        let (mut vp, mut vn, mut d0, mut pm_prev) = (!0u64, 0u64, 0u64, 0u64);
        let mut dist = m as u32;
        let mut best = u32::MAX;
        for &c in key {
            if is_word_break(c) {
                (vp, vn, d0, pm_prev) = (!0, 0, 0, 0);
                dist = m as u32;
                continue;
            }
            let pm = self.peq[c as usize];
            let tr = ((!d0 & pm) << 1) & pm_prev;
            d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | tr;
            let hp = vn | !(d0 | vp);
            let hn = vp & d0;
            dist = dist + u32::from(hp & top != 0) - u32::from(hn & top != 0);
            // Searching: the row above the term is all zeros (a match may start anywhere), so nothing is
            // shifted in.
            let hp = hp << 1;
            let hn = hn << 1;
            vp = hn | !(d0 | hp);
            vn = hp & d0;
            pm_prev = pm;
            if dist < best {
                best = dist;
                if best <= enough {
                    break;
                }
            }
        }
        (best <= self.allowed).then_some(best)
    }
}

/// Two key bytes as a table index. `& 31` folds case (and lets a few other bytes share a letter's key,
/// which can only make `may_match` say yes more often, never wrongly no).
#[inline]
fn bigram_key(a: u8, b: u8) -> usize {
    (usize::from(a & 31) << 5) | usize::from(b & 31)
}

/// The best typo alignment of a term inside one word of `key`: its edits, where it starts, and the key
/// positions whose letter equals the term's letter there (what a highlight shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypoMatch {
    pub edits: u32,
    pub start: usize,
    pub matched: Vec<usize>,
}

/// The full alignment, word by word (optimal string alignment, the match may start and end anywhere in a
/// word). Fewest edits win, then a start at the word's beginning, then the earliest word.
pub fn align(key: &[u8], term: &[u8], allowed: u32) -> Option<TypoMatch> {
    let m = term.len();
    if m == 0 || allowed == 0 {
        return None;
    }
    let mut best: Option<(TypoMatch, bool)> = None;
    let mut word_start = 0;
    while word_start < key.len() {
        while word_start < key.len() && is_word_break(key[word_start]) {
            word_start += 1;
        }
        let mut word_end = word_start;
        while word_end < key.len() && !is_word_break(key[word_end]) {
            word_end += 1;
        }
        if word_end > word_start {
            if let Some(found) = align_in_word(&key[word_start..word_end], term, allowed) {
                let at_start = found.start == 0;
                let better = best.as_ref().is_none_or(|(b, b_start)| (found.edits, !at_start) < (b.edits, !*b_start));
                if better {
                    let shifted = TypoMatch {
                        edits: found.edits,
                        start: found.start + word_start,
                        matched: found.matched.iter().map(|p| p + word_start).collect(),
                    };
                    best = Some((shifted, at_start));
                }
            }
        }
        word_start = word_end;
    }
    best.map(|(m, _)| m)
}

fn align_in_word(word: &[u8], term: &[u8], allowed: u32) -> Option<TypoMatch> {
    let (m, n) = (term.len(), word.len());
    let w = n + 1;
    // d[i][j]: edits aligning term[..i] with a stretch of the word ending at j.
    let mut d = vec![0u32; (m + 1) * w];
    for i in 1..=m {
        d[i * w] = i as u32;
        for j in 1..=n {
            let same = lower(word[j - 1]) == term[i - 1];
            let mut v =
                (d[(i - 1) * w + j - 1] + u32::from(!same)).min(d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1);
            if i > 1 && j > 1 && term[i - 1] == lower(word[j - 2]) && term[i - 2] == lower(word[j - 1]) {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    // The end with the fewest edits; among equals the one whose alignment starts earliest in the word
    // (found by tracing each back would be costly, so the earliest end, which keeps the stretch short).
    let (end, edits) = (1..=n).map(|j| (j, d[m * w + j])).min_by_key(|&(j, e)| (e, j))?;
    if edits > allowed {
        return None;
    }
    // Trace back, preferring a letter that matches, so that highlights sit on real letters.
    let (mut i, mut j) = (m, end);
    let mut matched = Vec::new();
    let mut start = end;
    while i > 0 {
        let here = d[i * w + j];
        if j > 0 && lower(word[j - 1]) == term[i - 1] && d[(i - 1) * w + j - 1] == here {
            matched.push(j - 1);
            start = j - 1;
            i -= 1;
            j -= 1;
        } else if i > 1
            && j > 1
            && term[i - 1] == lower(word[j - 2])
            && term[i - 2] == lower(word[j - 1])
            && d[(i - 2) * w + j - 2] + 1 == here
        {
            matched.push(j - 1);
            matched.push(j - 2);
            start = j - 2;
            i -= 2;
            j -= 2;
        } else if j > 0 && d[(i - 1) * w + j - 1] + 1 == here {
            start = j - 1;
            i -= 1;
            j -= 1;
        } else if d[(i - 1) * w + j] + 1 == here {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    matched.sort_unstable();
    Some(TypoMatch { edits, start, matched })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fewest edits of `term` against any stretch of any word of `key`, by plain dynamic programming.
    fn reference(key: &[u8], term: &[u8]) -> u32 {
        let mut best = u32::MAX;
        for word in key.split(|&c| is_word_break(c)).filter(|w| !w.is_empty()) {
            for a in 0..=word.len() {
                for b in a..=word.len() {
                    best = best.min(osa(&word[a..b], term));
                }
            }
        }
        best
    }

    fn osa(a: &[u8], b: &[u8]) -> u32 {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0u32; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i as u32;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j as u32;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = u32::from(lower(a[i - 1]) != b[j - 1]);
                let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && lower(a[i - 1]) == b[j - 2] && lower(a[i - 2]) == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[n][m]
    }

    #[test]
    fn each_kind_of_typo_is_one_edit() {
        let key = b"Voorstel voor effectmeting";
        for typo in ["effcetmeting", "effectmiting", "effectmting", "effectmeeting", "efffectmeting"] {
            let t = TypoTerm::new(typo.as_bytes()).unwrap();
            assert_eq!(t.distance(key, 0), Some(1), "{typo}");
            assert_eq!(align(key, typo.as_bytes(), 2).map(|m| m.edits), Some(1), "{typo}");
        }
        // Two typos only for long terms; three never.
        assert_eq!(TypoTerm::new(b"effcetmeitng").unwrap().distance(key, 0), Some(2));
        assert_eq!(TypoTerm::new(b"efcetmeitng").unwrap().distance(key, 0), None);
        assert_eq!(TypoTerm::new(b"tmbl").unwrap().distance(b"regieteam TBML", 0), Some(1));
        assert!(TypoTerm::new(b"mti").is_none(), "three letters get no typo");
    }

    #[test]
    fn a_typo_match_stays_inside_one_word() {
        let t = TypoTerm::new(b"effectmeting").unwrap();
        assert_eq!(t.distance(b"effect meting", 0), None);
        assert_eq!(t.distance(b"effect-meting", 0), Some(1), "a hyphen is inside a word");
    }

    /// Random keys and terms over a small alphabet (many near matches): the scan agrees with the
    /// reference, and the alignment's edit count too.
    #[test]
    fn the_bit_parallel_scan_equals_dynamic_programming() {
        let mut s: u64 = 0x1234_5678_9abc_def1;
        let mut next = |n: u64| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s % n
        };
        let letters = b"abcAB d";
        for _ in 0..3000 {
            let klen = next(30) as usize;
            let key: Vec<u8> = (0..klen).map(|_| letters[next(letters.len() as u64) as usize]).collect();
            let tlen = 4 + next(7) as usize;
            let term: Vec<u8> = (0..tlen).map(|_| b"abcd"[next(4) as usize]).collect();
            let t = TypoTerm::new(&term).unwrap();
            let want = reference(&key, &term);
            let want = (want <= t.allowed).then_some(want);
            assert_eq!(t.distance(&key, 0), want, "{:?} in {:?}", term, String::from_utf8_lossy(&key));
            assert_eq!(align(&key, &term, t.allowed).map(|m| m.edits), want);
            for word in key.split(|&c| is_word_break(c)) {
                if t.distance(word, 0).is_some() {
                    assert!(t.may_match(word), "{:?} in {:?}", term, String::from_utf8_lossy(word));
                }
            }
        }
    }

    /// The bigram filter lets through every word the scan would match (each kind of typo, two for a long
    /// term, upper case) and stops words that only share letters.
    #[test]
    fn the_bigram_filter_keeps_every_typo_match() {
        let t = TypoTerm::new(b"effcetmeting").unwrap();
        for word in ["effectmeting", "EFFECTMETING", "effectmetingen", "efectmeting", "effcetmeitng", "effectmeeting"] {
            assert!(t.distance(word.as_bytes(), 0).is_some(), "{word}");
            assert!(t.may_match(word.as_bytes()), "{word}");
        }
        for word in ["vergaderingen", "gemeentelijke", "ingestemd"] {
            assert!(!t.may_match(word.as_bytes()), "{word}");
            assert_eq!(t.distance(word.as_bytes(), 0), None, "{word}");
        }
        let t = TypoTerm::new(b"huisvestnig").unwrap();
        assert!(t.may_match(b"huisvesting"));
        assert!(!t.may_match(b"investeringen"));
    }

    #[test]
    fn the_alignment_marks_the_letters_that_match() {
        let key = b"zie effcetmeting";
        let m = align(b"Voorstel voor effectmeting", b"effcetmeting", 2).unwrap();
        let text = b"Voorstel voor effectmeting";
        assert_eq!(m.start, 14);
        let marked: Vec<u8> = m.matched.iter().map(|&p| text[p]).collect();
        assert_eq!(marked, b"effectmeting".to_vec(), "a swap highlights both letters");
        let m = align(key, b"effectmeting", 2).unwrap();
        assert_eq!(m.edits, 1);
        let m = align(b"huisvesting", b"huisvexting", 1).unwrap();
        assert_eq!(m.matched, vec![0, 1, 2, 3, 4, 5, 7, 8, 9, 10], "the wrong letter is not marked");
    }
}
