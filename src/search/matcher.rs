//! The fast first-pass matcher: every term of the query must occur in a record's key as a subsequence whose
//! gaps are bounded, scored like fzf (word starts and runs of consecutive characters count most).
//!
//! Keys are ASCII with one byte per character of the display text, so a byte position in the key is the
//! character position to highlight. Letters may still be upper case in a key (a pure-ASCII text is its own
//! key, which halves the memory at 1M records); comparisons fold case on the fly.

/// At most this many characters may be skipped between two matched characters of one term, so that a short
/// term like "om" does not match an "o" at the start of a record and an "m" at its end.
pub const MAX_GAP: usize = 10;

// The scores of fuzzy-matcher's SkimMatcherV2 (its defaults), so that the first pass ranks nearly as the
// final rescoring does and the records Skim would put first are in the pool it rescores.
pub(crate) const SCORE_MATCH: i32 = 16;
pub(crate) const BONUS_HEAD: i32 = 8;
const BONUS_BREAK: i32 = 7;
const BONUS_CAMEL: i32 = 6;
const BONUS_CONSECUTIVE: i32 = 4;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const PENALTY_GAP_START: i32 = 3;
const PENALTY_GAP_EXTENSION: i32 = 1;
const PENALTY_CASE_MISMATCH: i32 = 2;
/// Per character of a term matched without any gap. Skim alone ranks "Effect van de meting" above
/// "voorstel voor effectmeting" for "effectmeting" (its start-of-text bonus runs along the chain); a user
/// who typed a word means the word, so an unbroken match earns this on top.
pub const BONUS_UNBROKEN: i32 = 8;

/// Taken off a term's score when its letters are spread over several words ("effect van de meting" for
/// "effectmeting"): such a record ranks below every record where the term matches inside a word, a typo
/// match included.
pub const SPREAD_PENALTY: i32 = 2_000;
/// Taken off a term's score when it matches only with a typo: below every exact or abbreviated match.
pub const TYPO_PENALTY: i32 = 1_000;

/// Stands in for a character that has no ASCII form (an emoji, a Greek letter): it keeps positions aligned.
pub const UNFOLDABLE: u8 = 0x1A;

#[inline]
pub fn lower(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

/// The ASCII key character for one character of text: lower case, accents dropped.
pub fn fold_char(c: char) -> u8 {
    if c.is_ascii() {
        return match c {
            '\n' | '\t' | '\r' => b' ',
            _ => (c as u8).to_ascii_lowercase(),
        };
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => b'a',
        'ç' | 'ć' | 'č' => b'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => b'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĳ' => b'i',
        'ñ' | 'ń' | 'ň' => b'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => b'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => b'u',
        'ý' | 'ÿ' => b'y',
        'š' | 'ś' | 'ß' => b's',
        'ž' | 'ź' | 'ż' => b'z',
        'ł' => b'l',
        'ř' => b'r',
        'ď' => b'd',
        'ť' => b't',
        // Typographic dashes, quotes and spaces as their plain forms, so that word starts are seen.
        '\u{2010}'..='\u{2015}' => b'-',
        '\u{2018}' | '\u{2019}' => b'\'',
        '\u{201C}' | '\u{201D}' => b'"',
        '\u{a0}' | '\u{2000}'..='\u{200B}' => b' ',
        _ if lower.is_whitespace() => b' ',
        _ => UNFOLDABLE,
    }
}

/// The bit of one key byte: a–z and 0–9 each their own, everything else one shared bit.
const fn char_bit(b: u8) -> u64 {
    match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => 1 << (c - b'a'),
        c @ b'0'..=b'9' => 1 << (26 + c - b'0'),
        _ => 1 << 63,
    }
}

/// Set in `BYTE_BITS` for a byte that is not printable ASCII (a bit no character uses).
const NOT_PLAIN: u64 = 1 << 62;

/// Per byte: its `char_bit`, with `NOT_PLAIN` for a control or non-ASCII byte. A table, because the mask
/// of every record is made while loading, and a `match` per byte was a fifth of `annoteer search`'s time.
static BYTE_BITS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let plain = b >= 0x20 && b < 0x7f;
        t[b] = char_bit(b as u8) | if plain { 0 } else { NOT_PLAIN };
        b += 1;
    }
    t
};

/// The union of `BYTE_BITS` over `bytes`, four bytes at a time into separate words (one chain of ORs
/// waits on itself).
#[inline]
fn byte_bits(bytes: &[u8]) -> u64 {
    let mut quads = bytes.chunks_exact(4);
    let (mut a, mut b, mut c, mut d) = (0u64, 0u64, 0u64, 0u64);
    for q in quads.by_ref() {
        a |= BYTE_BITS[q[0] as usize];
        b |= BYTE_BITS[q[1] as usize];
        c |= BYTE_BITS[q[2] as usize];
        d |= BYTE_BITS[q[3] as usize];
    }
    for &x in quads.remainder() {
        a |= BYTE_BITS[x as usize];
    }
    a | b | c | d
}

/// The set of characters in a key (or a term), as bits: if a term's set is not within a record's, the
/// term cannot match there.
pub fn char_mask(key: &[u8]) -> u64 {
    byte_bits(key) & !NOT_PLAIN
}

/// The mask of a text that is printable ASCII throughout (its own key, nothing to fold or clean), read in
/// the same pass; `None` for any other text.
pub(crate) fn plain_mask(text: &str) -> Option<u64> {
    let bits = byte_bits(text.as_bytes());
    (bits & NOT_PLAIN == 0).then_some(bits)
}

/// The folded key of a text (one byte per character).
pub fn fold(text: &str) -> Vec<u8> {
    text.chars().map(fold_char).collect()
}

/// True for a character that separates words (a space, a slash, a bracket); a hyphen or a dot does not.
#[inline]
pub fn is_word_break(b: u8) -> bool {
    class(b) == Class::HardSep
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

#[inline]
fn class(b: u8) -> Class {
    CLASSES[b as usize]
}

/// `class_of` for every byte: looked up on every matched character.
static CLASSES: [Class; 256] = {
    let mut t = [Class::Lower; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = class_of(b as u8);
        b += 1;
    }
    t
};

const fn class_of(b: u8) -> Class {
    match b {
        b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Class::HardSep,
        b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~' => Class::SoftSep,
        b'0'..=b'9' => Class::Number,
        b'A'..=b'Z' => Class::Upper,
        _ => Class::Lower,
    }
}

/// Skim's bonus for matching at position `i`: the start of the text, after a separator, a camel hump.
#[inline]
fn bonus_at(key: &[u8], i: usize) -> i32 {
    if i == 0 {
        return BONUS_HEAD * BONUS_FIRST_CHAR_MULTIPLIER;
    }
    match (class(key[i - 1]), class(key[i])) {
        (Class::HardSep, _) => BONUS_HEAD,
        (Class::SoftSep, _) => BONUS_BREAK,
        (Class::Lower | Class::Number, Class::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

#[inline]
fn char_score(k: u8) -> i32 {
    if k.is_ascii_uppercase() {
        SCORE_MATCH - PENALTY_CASE_MISMATCH
    } else {
        SCORE_MATCH
    }
}

/// One term's best alignment in a key: its score and the position of its first character. An alignment
/// over several words carries `SPREAD_PENALTY`, so one inside a word wins whenever there is one.
/// `term` is folded (lower case ASCII). The alignment from a start is greedy (the nearest next character
/// within the gap bound), every start is tried, and the best score wins. Scores follow SkimMatcherV2's
/// affine-gap scheme along that alignment.
pub fn score_term(key: &[u8], term: &[u8]) -> Option<(i32, u32)> {
    let &first = term.first()?;
    let mut best: Option<(i32, u32)> = None;
    // No alignment starting past the first character can score more than this (a bonus there is at most
    // BONUS_HEAD, and the chain carries no more), so once the best reaches it no later start can win (ties
    // keep the earlier): one letter stops at its first word start instead of visiting every occurrence.
    let max_inside = term.len() as i32 * (SCORE_MATCH + BONUS_HEAD + BONUS_UNBROKEN);
    // The starts are found eight bytes at a time (a memchr call per record or per occurrence cost more
    // than it saved on keys this short). A letter is compared with bit 5 set in every byte, which makes an
    // upper case letter its lower case one and changes no other byte into a letter.
    let last_start = key.len().checked_sub(term.len())?;
    let fold = if first.is_ascii_lowercase() { 0x2020_2020_2020_2020u64 } else { 0 };
    let pattern = u64::from(first) * 0x0101_0101_0101_0101;
    if term.len() >= 3 && !is_subsequence(key, term) {
        // fzf's first test: an alignment from any start is a subsequence of the key, so a key that does not
        // hold the term's letters in order has none, and its every start need not be tried.
        return None;
    }
    let mut base = 0;
    while base <= last_start {
        let mut block = [0u8; 8];
        let end = (base + 8).min(key.len());
        block[..end - base].copy_from_slice(&key[base..end]);
        let mut starts = zero_bytes((u64::from_le_bytes(block) | fold) ^ pattern);
        while starts != 0 {
            let start = base + (starts.trailing_zeros() / 8) as usize;
            starts &= starts - 1;
            if start > last_start {
                return best;
            }
            let Some(score) = score_from(key, term, start) else { continue };
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, start as u32));
                if score >= max_inside {
                    return best;
                }
            }
        }
        base += 8;
    }
    best
}

/// True when the letters of `term` (folded) occur in `key` in order. Each letter is looked for eight bytes
/// at a time, so a key costs about one pass whether the answer is yes or no.
fn is_subsequence(key: &[u8], term: &[u8]) -> bool {
    let mut pos = 0;
    for &t in term {
        let fold = if t.is_ascii_lowercase() { 0x2020_2020_2020_2020u64 } else { 0 };
        let pattern = u64::from(t) * 0x0101_0101_0101_0101;
        loop {
            if pos >= key.len() {
                return false;
            }
            let end = (pos + 8).min(key.len());
            let mut block = [0u8; 8];
            block[..end - pos].copy_from_slice(&key[pos..end]);
            // Bytes past the key's end are zero and never equal a letter of a term.
            let hits = zero_bytes((u64::from_le_bytes(block) | fold) ^ pattern);
            if hits != 0 {
                pos += (hits.trailing_zeros() / 8) as usize + 1;
                break;
            }
            pos = end;
        }
    }
    true
}

/// The high bit of every zero byte of `x` (exactly: no false positives from borrows).
#[inline]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// The score of the greedy bounded-gap alignment of `term` whose first character is at `start`, less
/// `SPREAD_PENALTY` when a gap holds a word break.
fn score_from(key: &[u8], term: &[u8], start: usize) -> Option<i32> {
    let mut chain = bonus_at(key, start);
    let mut score = char_score(key[start]) + chain;
    let mut pos = start;
    let mut unbroken = true;
    let mut spread = false;
    for &t in &term[1..] {
        let window_end = (pos + 2 + MAX_GAP).min(key.len());
        let next = pos + 1 + key[pos + 1..window_end].iter().position(|&k| lower(k) == t)?;
        let gap = (next - pos - 1) as i32;
        let bonus = bonus_at(key, next);
        if gap == 0 {
            chain = chain.max(bonus).max(BONUS_CONSECUTIVE);
            score += char_score(key[next]) + chain;
        } else {
            unbroken = false;
            spread = spread || key[pos + 1..next].iter().any(|&k| is_word_break(k));
            chain = bonus;
            score += char_score(key[next]) + bonus - PENALTY_GAP_START - PENALTY_GAP_EXTENSION * gap;
        }
        pos = next;
    }
    if unbroken {
        score += BONUS_UNBROKEN * term.len() as i32;
    }
    if spread {
        score -= SPREAD_PENALTY;
    }
    Some(score)
}

/// True when `indices` (ascending key positions of one term) cross a word break.
pub fn is_spread(key: &[u8], indices: &[usize]) -> bool {
    match (indices.first(), indices.last()) {
        (Some(&a), Some(&b)) if b < key.len() => key[a..=b].iter().any(|&k| is_word_break(k)),
        _ => false,
    }
}

/// The positions a term's alignment from `start` covers (the same greedy walk as `score_term`).
pub fn term_positions(key: &[u8], term: &[u8], start: usize, out: &mut Vec<usize>) {
    if term.is_empty() || start >= key.len() {
        return;
    }
    out.push(start);
    let mut pos = start;
    for &t in &term[1..] {
        let window_end = (pos + 2 + MAX_GAP).min(key.len());
        match key[pos + 1..window_end].iter().position(|&k| lower(k) == t) {
            Some(j) => {
                pos = pos + 1 + j;
                out.push(pos);
            }
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case_one_byte_per_char() {
        assert_eq!(fold("Één café — ĳs"), b"een cafe - is".to_vec());
        assert_eq!(fold("a😀b").len(), 3);
    }

    #[test]
    fn gaps_are_bounded() {
        assert!(score_term(b"fiod en om", b"fiod").is_some());
        assert!(score_term(b"o and this is a longer text ending in m", b"om").is_none());
        assert!(score_term(b"stuurgroep", b"stuurgrp").is_some());
    }

    #[test]
    fn contiguous_word_match_beats_scattered() {
        let (exact, _) = score_term(b"voorstel voor effectmeting", b"effectmeting").unwrap();
        let (scattered, _) = score_term(b"effect van de meting", b"effectmeting").unwrap_or((i32::MIN, 0));
        assert!(exact > scattered);
    }

    /// The early stop must not change a result: the best over every start scored on its own, first wins.
    #[test]
    fn stopping_early_finds_the_same_best_alignment() {
        let keys: [&[u8]; 5] = [
            b"Effectmeting van de effectmeting, effect meting",
            b"de e-mail en een Email over e",
            b"xeffect effect EFFECT",
            b"aa a-a A aaa",
            b"mEeting eMeting e",
        ];
        for key in keys {
            for term in [&b"e"[..], b"effect", b"a", b"aa", b"em", b"meting"] {
                let mut exhaustive: Option<(i32, u32)> = None;
                for start in 0..key.len() {
                    if lower(key[start]) != term[0] {
                        continue;
                    }
                    if let Some(s) = score_from(key, term, start) {
                        if exhaustive.is_none_or(|(b, _)| s > b) {
                            exhaustive = Some((s, start as u32));
                        }
                    }
                }
                assert_eq!(score_term(key, term), exhaustive, "{:?} in {:?}", term, std::str::from_utf8(key));
            }
        }
    }

    #[test]
    fn a_subsequence_is_found_across_blocks_and_case() {
        assert!(is_subsequence(b"Voorstel voor Effectmeting", b"effectmeting"));
        assert!(is_subsequence(b"e f f e c t m e t i n g", b"effectmeting"));
        assert!(!is_subsequence(b"effectmetin", b"effectmeting"));
        assert!(!is_subsequence(b"meting effect", b"effectmeting"));
        assert!(is_subsequence(b"abcdefgh-ijklmnopq", b"ahq"));
        assert!(!is_subsequence(b"abcdefgh", b"ha"));
        // A zero-padded last block holds no letter.
        assert!(!is_subsequence(b"ab", b"abz"));
    }

    #[test]
    fn the_mask_holds_each_letter_digit_and_other_character() {
        let mask = char_mask(b"Ab9-");
        assert_eq!(mask, 1 | 2 | 1 << 35 | 1 << 63);
        assert_eq!(char_mask(b"abcde"), 0b11111, "the remainder after four bytes counts too");
        assert_eq!(plain_mask("Ab9-"), Some(mask));
        for other in ["tab\there", "caf\u{e9}", "del\x7f", "new\nline"] {
            assert_eq!(plain_mask(other), None, "{other:?}");
        }
        assert_eq!(char_mask(&fold("Caf\u{e9}")), char_mask(b"cafe"));
    }

    #[test]
    fn case_is_folded_on_the_fly() {
        let (score, start) = score_term(b"Besluit KLO", b"klo").unwrap();
        assert_eq!(start, 8);
        assert!(score > 0);
        let mut pos = Vec::new();
        term_positions(b"Besluit KLO", b"klo", 8, &mut pos);
        assert_eq!(pos, vec![8, 9, 10]);
    }
}
