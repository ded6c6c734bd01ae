//! The numbering style an agenda uses, read from the numbers it wrote: "2a" (a letter straight after the
//! number), "2a.1", "4.1", "01", "I". A level with no written example takes the usual form for what it
//! counts: a letter follows a number directly, anything else follows a dot.

use super::number::Comp;
use crate::numbering::{Counter, Level, NumberStyle};

/// One item's number: its full value and how it was written ("2a.1"; "1" alone for a list under 2a).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Written {
    pub comps: Vec<Comp>,
    pub text: String,
    /// Its last level was written as a Roman numeral (I, II, III; "5.I").
    pub roman: bool,
}

/// The written number in its levels: "2a.1" → [("2", None), ("a", None), ("1", Some('.'))].
fn tokens(text: &str) -> Vec<(String, Option<char>)> {
    let mut out: Vec<(String, Option<char>)> = Vec::new();
    let mut pending_sep = None;
    for c in text.chars() {
        let continues = out.last().is_some_and(|(t, _)| {
            pending_sep.is_none() && t.chars().last().is_some_and(|l| l.is_ascii_digit()) && c.is_ascii_digit()
        });
        if c == '.' || c == '-' {
            pending_sep = Some(c);
        } else if continues {
            if let Some((t, _)) = out.last_mut() {
                t.push(c);
            }
        } else {
            out.push((c.to_string(), pending_sep.take()));
        }
    }
    out
}

#[derive(Default)]
struct Votes {
    counters: Vec<(Counter, usize)>,
    separators: Vec<(Option<char>, usize)>,
}

fn vote<T: PartialEq + Copy>(list: &mut Vec<(T, usize)>, value: T) {
    match list.iter_mut().find(|(v, _)| *v == value) {
        Some((_, n)) => *n += 1,
        None => list.push((value, 1)),
    }
}

fn winner<T: Copy>(list: &[(T, usize)]) -> Option<T> {
    let mut best: Option<(T, usize)> = None;
    for &(v, n) in list {
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((v, n));
        }
    }
    best.map(|(v, _)| v)
}

/// The style of these numbers; `restart` and `prefix` say whether parts start again at 1, and whether
/// their Roman numerals prefix the numbers ("I-1").
pub(crate) fn infer(numbers: &[Written], restart: bool, prefix: bool) -> NumberStyle {
    let depth = numbers.iter().map(|w| w.comps.len()).max().unwrap_or(0);
    let mut votes: Vec<Votes> = (0..depth).map(|_| Votes::default()).collect();
    for w in numbers {
        let toks = tokens(&w.text);
        let full = toks.len() == w.comps.len();
        for (d, comp) in w.comps.iter().enumerate() {
            let token = if full {
                toks.get(d)
            } else if d + 1 == w.comps.len() {
                toks.last()
            } else {
                None
            };
            let counter = match (comp, token) {
                _ if w.roman && d + 1 == w.comps.len() => Counter::RomanUpper,
                (Comp::Num(_), Some((t, _))) if t.len() > 1 && t.starts_with('0') => Counter::Padded,
                (Comp::Num(_), _) => Counter::Decimal,
                (Comp::Letter(_), Some((t, _))) if t.chars().all(char::is_uppercase) => Counter::Upper,
                (Comp::Letter(_), _) => Counter::Lower,
            };
            // Only the last level of a number says anything about how it counts; the levels above it are
            // counted by their own items.
            if d + 1 == w.comps.len() || full {
                vote(&mut votes[d].counters, counter);
            }
            if d > 0 && (full || d + 1 == w.comps.len()) {
                let sep = match (full, token) {
                    (true, Some((_, sep))) => *sep,
                    _ => usual_separator(&w.comps[d - 1], comp),
                };
                vote(&mut votes[d].separators, sep);
            }
        }
    }
    let levels: Vec<Level> = votes
        .iter()
        .enumerate()
        .map(|(d, v)| Level {
            separator: if d == 0 { None } else { winner(&v.separators).unwrap_or(Some('.')) },
            counter: winner(&v.counters).unwrap_or(Counter::Decimal),
        })
        .collect();
    // "1.a" under "01": the numbers above written without the zeros the level itself has.
    let unpadded = numbers.iter().any(|w| {
        let toks = tokens(&w.text);
        toks.len() == w.comps.len()
            && toks.len() > 1
            && toks[..toks.len() - 1].iter().enumerate().any(|(d, (t, _))| {
                levels.get(d).is_some_and(|l| l.counter == Counter::Padded) && !t.starts_with('0') && t.len() == 1
            })
    });
    let style =
        NumberStyle { levels, restart_per_part: restart, part_prefix: prefix && restart, unpadded_prefix: unpadded };
    let plain = NumberStyle::default();
    let same_as_plain = !style.restart_per_part
        && !style.part_prefix
        && !style.unpadded_prefix
        && style.levels.iter().enumerate().all(|(d, l)| plain_level(d) == *l);
    if same_as_plain {
        plain
    } else {
        style
    }
}

fn plain_level(depth: usize) -> Level {
    Level { separator: if depth == 0 { None } else { Some('.') }, counter: Counter::Decimal }
}

fn usual_separator(above: &Comp, this: &Comp) -> Option<char> {
    match (above, this) {
        (Comp::Num(_), Comp::Letter(_)) => None,
        _ => Some('.'),
    }
}

/// The number as the agenda shows it, from its value and the style: [2, a, 1] → "2a.1".
pub(crate) fn label(style: &NumberStyle, comps: &[Comp], part_label: Option<&str>) -> String {
    let counts: Vec<usize> = comps
        .iter()
        .map(|c| match c {
            Comp::Num(n) => *n as usize,
            Comp::Letter(l) => usize::from(l - b'a') + 1,
        })
        .collect();
    style.format(&counts, part_label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Comp::*;

    fn w(comps: &[Comp], text: &str) -> Written {
        Written { comps: comps.to_vec(), text: text.into(), roman: false }
    }

    #[test]
    fn styles_from_written_numbers() {
        let plain = [w(&[Num(1)], "1"), w(&[Num(1), Num(1)], "1.1"), w(&[Num(2)], "2")];
        assert!(infer(&plain, false, false).is_default());
        let letters = [w(&[Num(2)], "2"), w(&[Num(2), Letter(b'a')], "2a"), w(&[Num(2), Letter(b'a'), Num(1)], "1")];
        assert_eq!(infer(&letters, false, false).to_code(), "1 a .1");
        let bare_letters = [w(&[Num(1)], "1"), w(&[Num(1), Letter(b'a')], "a")];
        assert_eq!(infer(&bare_letters, false, false).to_code(), "1 a");
        let padded = [w(&[Num(1)], "01"), w(&[Num(5), Letter(b'a')], "a")];
        assert_eq!(infer(&padded, false, false).to_code(), "01 a");
        let nested = [w(&[Num(4)], "4"), w(&[Num(4), Num(1)], "1")];
        assert!(infer(&nested, false, false).is_default());
        let s = infer(&[w(&[Num(1)], "1")], true, true);
        assert_eq!(s.to_code(), "parts-restart parts-prefix 1");
        assert_eq!(label(&infer(&letters, false, false), &[Num(2), Letter(b'a'), Num(3)], None), "2a.3");
    }
}
