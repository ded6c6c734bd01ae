//! Item numbers as agendas write them (`1.`, `1)`, `1.1`, `2a`, `a.`, `II`) and the sequence they must follow.
//! Reading a number looks at a bounded stretch of text, so scanning a long line for numbers stays linear.

/// One level of an item number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comp {
    Num(u32),
    /// `b'a'..=b'z'`, also for an uppercase letter as written.
    Letter(u8),
}

impl Comp {
    pub(crate) fn successor(self) -> Option<Comp> {
        match self {
            Comp::Num(n) => Some(Comp::Num(n + 1)),
            Comp::Letter(b'z') => None,
            Comp::Letter(c) => Some(Comp::Letter(c + 1)),
        }
    }

    pub(crate) fn is_first(self) -> bool {
        matches!(self, Comp::Num(1) | Comp::Letter(b'a'))
    }
}

/// A number found at the start of some text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    pub comps: Vec<Comp>,
    /// A letter alone (`b.`): its level comes from the item before.
    pub relative: bool,
    /// The number as written, without its closing `.` or `)`.
    pub written: String,
    /// Bytes up to where the title starts.
    pub len: usize,
    /// Closed by `.`, `)` or `:`.
    pub punct: bool,
}

const MAX_LEVELS: usize = 6;
const MAX_DIGITS: usize = 3;

fn digits(b: &[u8], at: usize) -> Option<(u32, usize)> {
    let n = b[at..].iter().take(MAX_DIGITS + 1).take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > MAX_DIGITS {
        return None;
    }
    let value = b[at..at + n].iter().fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
    Some((value, at + n))
}

fn is_word_byte(b: Option<&u8>) -> bool {
    b.is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
}

/// Reads a number at the start of `text` (already trimmed); `None` when the text does not start with one.
pub(crate) fn read_marker(text: &str) -> Option<Marker> {
    let b = text.as_bytes();
    let first = *b.first()?;
    let (comps, relative, mut at) = if first.is_ascii_digit() {
        let (n, mut at) = digits(b, 0)?;
        let mut comps = vec![Comp::Num(n)];
        while comps.len() < MAX_LEVELS {
            match (b.get(at), b.get(at + 1)) {
                (Some(b'.'), Some(d)) if d.is_ascii_digit() => {
                    let (n, next) = digits(b, at + 1)?;
                    comps.push(Comp::Num(n));
                    at = next;
                }
                (Some(b'.'), Some(l)) if l.is_ascii_lowercase() && !is_word_byte(b.get(at + 2)) => {
                    comps.push(Comp::Letter(*l));
                    at += 2;
                }
                (Some(l), _) if l.is_ascii_lowercase() && !is_word_byte(b.get(at + 1)) => {
                    comps.push(Comp::Letter(*l));
                    at += 1;
                }
                // "05A", "12B." as some bodies write their sub-items.
                (Some(l), _) if l.is_ascii_uppercase() && !is_word_byte(b.get(at + 1)) && comps.len() == 1 => {
                    comps.push(Comp::Letter(l.to_ascii_lowercase()));
                    at += 1;
                }
                _ => break,
            }
        }
        (comps, false, at)
    } else if first == b'(' && b.get(1).is_some_and(u8::is_ascii_lowercase) && b.get(2) == Some(&b')') {
        // "(a) Title": the written number is the letter.
        let m = Marker {
            comps: vec![Comp::Letter(b[1])],
            relative: true,
            written: (b[1] as char).to_string(),
            len: 3,
            punct: true,
        };
        return finish(text, m);
    } else if first.is_ascii_alphabetic() && matches!(b.get(1), Some(b'.') | Some(b')')) {
        (vec![Comp::Letter(first.to_ascii_lowercase())], true, 1)
    } else {
        return None;
    };
    let written = text[..at].to_string();
    let punct = matches!(b.get(at), Some(b'.') | Some(b')') | Some(b':'));
    if punct {
        at += 1;
    }
    if relative && !b.get(at).is_some_and(u8::is_ascii_whitespace) {
        return None;
    }
    finish(text, Marker { comps, relative, written, len: at, punct })
}

/// Checks what follows the number and skips the space before the title.
fn finish(text: &str, mut m: Marker) -> Option<Marker> {
    let rest = &text[m.len..];
    let title = rest.trim_start();
    if title.len() == rest.len() && !title.is_empty() {
        // No space after the number: only "1.Opening" (a closing mark, then a capital) is a number.
        if !(m.punct && title.chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
    }
    if is_date_rest(title) {
        // "14 nov. 2018", "29 september 2014": a date on a cover page, not an item.
        return None;
    }
    // A title may start with an ordinal: "5 2e Voortgangsrapportage 2018".
    let ordinal = {
        let digits = title.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && ["e ", "de ", "ste "].iter().any(|s| title[digits..].starts_with(s))
    };
    if !m.punct && !ordinal && title.chars().next().is_some_and(|c| !(c.is_alphabetic() || "'\"‘’“”(".contains(c)))
    {
        // "1 500 euro", "15 00": a number in a sentence, not an item number.
        return None;
    }
    m.len = text.len() - title.len();
    Some(m)
}

/// Whether the words after a number make it a date: a month, written out or shortened, then a year or
/// nothing more ("nov. 2018", "september 2014", "mei").
fn is_date_rest(rest: &str) -> bool {
    const MONTHS: &[&str] = &[
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "jan",
        "feb",
        "febr",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    ];
    let mut words = rest.split_whitespace();
    let Some(month) = words.next() else { return false };
    let month = month.trim_end_matches(['.', ',']).to_lowercase();
    if !MONTHS.contains(&month.as_str()) {
        return false;
    }
    words.next().is_none_or(|w| {
        let digits = w.trim_end_matches([',', '.', ':']);
        digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit())
    })
}

/// A Roman section number (`II.`, `IV `) at the start of `text`: its value and where the title starts.
pub(crate) fn read_roman(text: &str) -> Option<(u32, String, usize)> {
    let b = text.as_bytes();
    let n = b.iter().take(9).take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')).count();
    if n == 0 || n > 8 {
        return None;
    }
    let value = u32::try_from(crate::numbering::roman_value(&text[..n])?).ok()?;
    let mut at = n;
    let punct = matches!(b.get(at), Some(b'.') | Some(b')') | Some(b':'));
    if punct {
        at += 1;
    }
    let rest = &text[at..];
    let title = rest.trim_start();
    if title.len() == rest.len() && !title.is_empty() {
        return None;
    }
    Some((value, text[..n].to_string(), text.len() - title.len()))
}

/// Where the numbering stands: the number of the last item, and which of its levels were real items.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sequence {
    path: Vec<Comp>,
    real: Vec<bool>,
    /// The level's last number stood alone ("1." under "2a.", "b." under "2."), not written in full.
    bare: Vec<bool>,
    /// How far the level's last number was indented, when it started a line.
    indent: Vec<Option<usize>>,
    /// The first item may start anywhere (a pasted fragment "4. … 5. …"), not only at 0 or 1.
    pub any_start: bool,
    /// A part just began: its numbering may start again at 1.
    pub after_part: bool,
}

/// A number placed in the numbering: its full value, and whether it was written alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Placed {
    pub comps: Vec<Comp>,
    pub bare: bool,
}

impl Sequence {
    pub(crate) fn new(any_start: bool) -> Sequence {
        Sequence { any_start, ..Sequence::default() }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.path.is_empty()
    }

    pub(crate) fn depth_of_path(&self) -> usize {
        self.path.len()
    }

    fn indent_fits(&self, level: usize, indent: Option<usize>) -> bool {
        match (indent, self.indent.get(level).copied().flatten()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    /// Where a number found in the text goes, if it follows in the numbering. A letter or a number standing
    /// alone continues the deepest level it follows ("3." after "2a.2" is 2a.3, "b." after "2a.c" is 2b), or
    /// starts a list under the last item ("a." after "2a.", "1." after "a."). `indent` is the line's
    /// indentation when the number starts a line: a list under an item is indented deeper, its end less.
    pub(crate) fn place(&self, m: &Marker, indent: Option<usize>, implicit: bool) -> Option<Placed> {
        let last = self.path.len();
        if m.relative {
            let letter = *m.comps.first()?;
            for level in (0..last).rev() {
                let follows =
                    matches!(self.path[level], Comp::Letter(_)) && self.path[level].successor() == Some(letter);
                if follows && self.indent_fits(level, indent) {
                    let mut comps = self.path[..level].to_vec();
                    comps.push(letter);
                    return Some(Placed { comps, bare: true });
                }
            }
            if letter.is_first() && last > 0 && last < MAX_LEVELS {
                let mut comps = self.path.clone();
                comps.push(letter);
                return Some(Placed { comps, bare: true });
            }
            return None;
        }
        if let [Comp::Num(n)] = m.comps[..] {
            for level in (1..last).rev() {
                let follows = self.bare[level]
                    && matches!(self.path[level], Comp::Num(_))
                    && self.path[level].successor() == Some(Comp::Num(n));
                if follows && self.indent_fits(level, indent) {
                    let mut comps = self.path[..level].to_vec();
                    comps.push(Comp::Num(n));
                    return Some(Placed { comps, bare: true });
                }
            }
        }
        if self.accepts(&m.comps, implicit).is_some() {
            return Some(Placed { comps: m.comps.clone(), bare: false });
        }
        // Inside a line, only under a letter that stood alone, as flattened lists write each level
        // ("a. Mededelingen 1. … 2. …"): in "2b. Punt 1. Eerste" the "1." is the title's.
        let under_letter = matches!(self.path.last(), Some(Comp::Letter(_))) && self.bare.last() == Some(&true);
        let restart = match (indent, self.indent.last().copied().flatten()) {
            (Some(a), Some(b)) => a > b,
            (None, _) => under_letter,
            (Some(_), None) => true,
        };
        if m.comps == [Comp::Num(1)] && last > 0 && last < MAX_LEVELS && !self.after_part && restart {
            let mut comps = self.path.clone();
            comps.push(Comp::Num(1));
            return Some(Placed { comps, bare: true });
        }
        None
    }

    /// The number after the last item's at `level` (0 is the top): for an item whose number was lost.
    pub(crate) fn successor_at(&self, level: usize) -> Option<Vec<Comp>> {
        let next = self.path.get(level)?.successor()?;
        let mut comps = self.path[..level].to_vec();
        comps.push(next);
        Some(comps)
    }

    /// Whether `c` follows in the numbering; with `implicit`, levels with no item of their own may be
    /// skipped ("3.1" straight after "2"). The count of such skipped levels.
    pub(crate) fn accepts(&self, c: &[Comp], implicit: bool) -> Option<usize> {
        let k = c.len();
        if k == 0 {
            return None;
        }
        if self.path.is_empty() || (k == 1 && self.after_part) {
            if k == 1 && matches!(c[0], Comp::Num(0) | Comp::Num(1)) {
                return Some(0);
            }
            if k == 1 && self.path.is_empty() && self.any_start && matches!(c[0], Comp::Num(_)) {
                return Some(0);
            }
        }
        if !self.path.is_empty() && self.path.len() >= k - 1 && c[..k - 1] == self.path[..k - 1] {
            let ok = match self.path.get(k - 1) {
                Some(prev) => prev.successor() == Some(c[k - 1]),
                None => c[k - 1].is_first(),
            };
            if ok {
                return Some(0);
            }
        }
        if implicit && k > 1 && c[k - 1].is_first() {
            return self.accepts(&c[..k - 1], true).map(|n| n + 1);
        }
        None
    }

    /// Takes `c` as the number of a new item; its depth (how many of its levels are real items above it).
    #[cfg(test)]
    pub(crate) fn accept(&mut self, c: &[Comp]) -> usize {
        self.accept_placed(&Placed { comps: c.to_vec(), bare: false }, None)
    }

    pub(crate) fn accept_placed(&mut self, placed: &Placed, indent: Option<usize>) -> usize {
        let c = &placed.comps;
        let k = c.len();
        let mut real = Vec::with_capacity(k);
        let mut bare = Vec::with_capacity(k);
        let mut indents = Vec::with_capacity(k);
        for i in 0..k.saturating_sub(1) {
            let same = self.path.len() > i && self.path[..=i] == c[..=i];
            real.push(same && self.real.get(i).copied().unwrap_or(false));
            bare.push(same && self.bare.get(i).copied().unwrap_or(false));
            indents.push(if same { self.indent.get(i).copied().flatten() } else { None });
        }
        real.push(true);
        bare.push(placed.bare);
        indents.push(indent);
        let depth = real[..k - 1].iter().filter(|r| **r).count();
        self.path = c.to_vec();
        self.real = real;
        self.bare = bare;
        self.indent = indents;
        self.after_part = false;
        depth
    }

    /// The number of the last item, written plainly ("2.1", "2.a").
    pub(crate) fn last_written(&self) -> String {
        self.path
            .iter()
            .map(|c| match c {
                Comp::Num(n) => n.to_string(),
                Comp::Letter(l) => (*l as char).to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comps(text: &str) -> Option<(Vec<Comp>, String, String)> {
        read_marker(text).map(|m| (m.comps.clone(), m.written.clone(), text[m.len..].to_string()))
    }

    #[test]
    fn numbers_as_written() {
        use Comp::*;
        assert_eq!(comps("1. Opening"), Some((vec![Num(1)], "1".into(), "Opening".into())));
        assert_eq!(comps("1) Opening"), Some((vec![Num(1)], "1".into(), "Opening".into())));
        assert_eq!(comps("1.1 Verslag"), Some((vec![Num(1), Num(1)], "1.1".into(), "Verslag".into())));
        assert_eq!(comps("2a. Actielijst"), Some((vec![Num(2), Letter(b'a')], "2a".into(), "Actielijst".into())));
        assert_eq!(comps("2.b Besluit"), Some((vec![Num(2), Letter(b'b')], "2.b".into(), "Besluit".into())));
        assert_eq!(comps("05A Overdragen"), Some((vec![Num(5), Letter(b'a')], "05A".into(), "Overdragen".into())));
        assert_eq!(comps("1 A4 formaat"), Some((vec![Num(1)], "1".into(), "A4 formaat".into())));
        assert_eq!(comps("b. Besluit"), Some((vec![Letter(b'b')], "b".into(), "Besluit".into())));
        assert_eq!(comps("1.Opening"), Some((vec![Num(1)], "1".into(), "Opening".into())));
        assert_eq!(comps("3."), Some((vec![Num(3)], "3".into(), String::new())));
        assert_eq!(comps("1102.1 Kennismaking"), None);
        assert_eq!(comps("15:00-15:15"), None);
        assert_eq!(comps("2022-03-24"), None);
        assert_eq!(comps("1,5 miljoen"), None);
        assert_eq!(comps("15 000 euro"), None);
        assert_eq!(comps("n.a.v. notitie"), None);
        assert_eq!(comps("5.1.2.e gaat").map(|c| c.0.len()), Some(4));
    }

    #[test]
    fn a_date_is_no_item_number() {
        assert!(read_marker("14 nov. 2018").is_none());
        assert!(read_marker("29 september 2014 Vergadering").is_none());
        assert!(read_marker("3 mei").is_none());
        assert!(read_marker("3. Mei-circulaire gemeentefonds").is_some());
        assert!(read_marker("4 Maart 2020 Jaarstukken").is_none());
        assert!(read_marker("4 Mededelingen").is_some());
        assert!(read_marker("5 2e Voortgangsrapportage 2018").is_some());
        assert!(read_marker("1 500 euro").is_none());
    }

    #[test]
    fn roman_numbers() {
        assert_eq!(read_roman("II. Hamerstukken").map(|r| r.0), Some(2));
        assert_eq!(read_roman("IV Besluiten").map(|r| r.0), Some(4));
        assert_eq!(read_roman("IIII. x"), None);
        assert_eq!(read_roman("Inleiding"), None);
        assert_eq!(read_roman("C. Ter kennisname").map(|r| r.0), Some(100));
    }

    #[test]
    fn sequence_follows_and_refuses() {
        use Comp::*;
        let mut s = Sequence::new(false);
        assert_eq!(s.accepts(&[Num(2)], true), None);
        assert_eq!(s.accepts(&[Num(1)], true), Some(0));
        assert_eq!(s.accept(&[Num(1)]), 0);
        assert_eq!(s.accepts(&[Num(1), Num(1)], true), Some(0));
        assert_eq!(s.accept(&[Num(1), Num(1)]), 1);
        assert_eq!(s.accepts(&[Num(5), Num(1), Num(2), Letter(b'e')], true), None);
        assert_eq!(s.accepts(&[Num(2)], false), Some(0));
        assert_eq!(s.accepts(&[Num(3), Num(1)], true), None);
        assert_eq!(s.accepts(&[Num(2), Num(1)], true), Some(1));
        assert_eq!(s.accept(&[Num(2), Num(1)]), 0);
        assert_eq!(s.accepts(&[Num(2), Num(2)], false), Some(0));
        assert_eq!(s.accept(&[Num(2), Num(2)]), 0);
    }
}
