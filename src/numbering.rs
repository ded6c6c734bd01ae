//! How an agenda numbers its items, level by level: "1, 2, 2.1" as a meeting typed by hand has it, or the
//! agenda's own "2, 2a, 2a.1", "01, 05a", "I-1". A meeting keeps its style, so the numbers on screen, in
//! `show` and in the memo are the official agenda's, and moving or indenting renumbers in that style.

/// How one level counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counter {
    /// 1, 2, 3
    Decimal,
    /// 01, 02 … 10: zero-padded to two digits.
    Padded,
    /// a, b … z, aa
    Lower,
    /// A, B … Z, AA
    Upper,
    /// i, ii, iii
    RomanLower,
    /// I, II, III
    RomanUpper,
    /// No number at all: an annotated agenda whose items are headings.
    Unnumbered,
}

/// One level: what stands between it and the level above ('.', '-', or nothing: "2a"), and how it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    pub separator: Option<char>,
    pub counter: Counter,
}

/// The numbering of a whole agenda. The default is a typed meeting's: 1, 1.1, 1.1.1.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumberStyle {
    /// From the top level down; a deeper level than these counts as `.1`.
    pub levels: Vec<Level>,
    /// Each part starts its items at 1 again ("I Opening 1. … II Ter behandeling 1. …").
    pub restart_per_part: bool,
    /// An item's number starts with the Roman numeral its part's title starts with: "I-1".
    pub part_prefix: bool,
    /// A sub-item writes the numbers above it without their zeros: "1.a" under "01".
    pub unpadded_prefix: bool,
}

const RESTART: &str = "parts-restart";
const PREFIX: &str = "parts-prefix";
const UNPADDED: &str = "prefix-unpadded";
const DEEPER: Level = Level { separator: Some('.'), counter: Counter::Decimal };

impl Level {
    fn code(self) -> String {
        let counter = match self.counter {
            Counter::Decimal => "1",
            Counter::Padded => "01",
            Counter::Lower => "a",
            Counter::Upper => "A",
            Counter::RomanLower => "i",
            Counter::RomanUpper => "I",
            Counter::Unnumbered => "none",
        };
        match self.separator {
            Some(s) => format!("{s}{counter}"),
            None => counter.to_string(),
        }
    }

    fn from_code(token: &str) -> Option<Level> {
        let (separator, rest) = match token.chars().next()? {
            c @ ('.' | '-') => (Some(c), &token[1..]),
            _ => (None, token),
        };
        let counter = match rest {
            "1" => Counter::Decimal,
            "01" => Counter::Padded,
            "a" => Counter::Lower,
            "A" => Counter::Upper,
            "i" => Counter::RomanLower,
            "I" => Counter::RomanUpper,
            "none" => Counter::Unnumbered,
            _ => return None,
        };
        Some(Level { separator, counter })
    }
}

impl NumberStyle {
    pub fn is_default(&self) -> bool {
        *self == NumberStyle::default()
    }

    /// Items without numbers, as an agenda of headings has them.
    pub fn unnumbered() -> NumberStyle {
        NumberStyle { levels: vec![Level { separator: None, counter: Counter::Unnumbered }], ..NumberStyle::default() }
    }

    /// The style as stored: words such as `parts-restart 1 a .1`; empty for the default.
    pub fn to_code(&self) -> String {
        let mut words = Vec::new();
        if self.restart_per_part {
            words.push(RESTART.to_string());
        }
        if self.part_prefix {
            words.push(PREFIX.to_string());
        }
        if self.unpadded_prefix {
            words.push(UNPADDED.to_string());
        }
        words.extend(self.levels.iter().map(|l| l.code()));
        words.join(" ")
    }

    /// Reads a stored style; words it does not know are left out, so an odd value still numbers.
    pub fn from_code(code: &str) -> NumberStyle {
        let mut style = NumberStyle::default();
        for word in code.split_whitespace() {
            match word {
                RESTART => style.restart_per_part = true,
                PREFIX => style.part_prefix = true,
                UNPADDED => style.unpadded_prefix = true,
                other => style.levels.extend(Level::from_code(other)),
            }
        }
        style
    }

    fn level(&self, depth: usize) -> Level {
        match self.levels.get(depth) {
            Some(l) => *l,
            None if depth == 0 => Level { separator: None, counter: Counter::Decimal },
            None => DEEPER,
        }
    }

    /// The number of an item from its place in the tree: `counts[d]` is its position (from 1) among its
    /// siblings at depth `d`, from the top down. `part_label` is the Roman numeral of its part, if any.
    pub fn format(&self, counts: &[usize], part_label: Option<&str>) -> String {
        let mut out = String::new();
        if let (true, Some(label)) = (self.part_prefix, part_label) {
            out.push_str(label);
            out.push('-');
        }
        for (depth, &n) in counts.iter().enumerate() {
            let level = self.level(depth);
            if level.counter == Counter::Unnumbered {
                continue;
            }
            if depth > 0 {
                if let Some(s) = level.separator {
                    out.push(s);
                }
            }
            let counter = match level.counter {
                Counter::Padded if self.unpadded_prefix && depth + 1 < counts.len() => Counter::Decimal,
                c => c,
            };
            out.push_str(&counter_text(counter, n));
        }
        out
    }
}

fn counter_text(counter: Counter, n: usize) -> String {
    match counter {
        Counter::Decimal => n.to_string(),
        Counter::Padded => format!("{n:02}"),
        Counter::Lower => letters(n, Case::Lower),
        Counter::Upper => letters(n, Case::Upper),
        Counter::RomanLower => roman(n).to_lowercase(),
        Counter::RomanUpper => roman(n),
        Counter::Unnumbered => String::new(),
    }
}

/// Whether letters and Roman numerals are written small ("a", "iv") or capital ("A", "IV").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Lower,
    Upper,
}

impl Case {
    fn first(self) -> u8 {
        match self {
            Case::Lower => b'a',
            Case::Upper => b'A',
        }
    }
}

/// 1 → a, 26 → z, 27 → aa, 28 → ab: the way an agenda's own list goes on after z. 0 has no letter and
/// is written as a digit.
pub fn letters(mut n: usize, case: Case) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(case.first() + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// 1 → a, 27 → aa, 28 → bb, 53 → aaa: the letter repeated, the way Word numbers a list after z (not a
/// spreadsheet's aa, ab). Capped at 100 letters, so a corrupt counter cannot make a huge string.
pub fn repeated_letters(n: usize, case: Case) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let letter = char::from(case.first() + ((n - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1).min(100)).collect()
}

const ROMAN: [(usize, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// 4 → IV. Outside 1..4000, where Roman numerals have no written form, the number is written in digits.
pub fn roman(mut n: usize) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let mut out = String::new();
    for (v, s) in ROMAN {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The value of a capital Roman numeral written the regular way ("IV", "XIV"); `None` for anything else,
/// "IIII" and "IC" included, so a word that merely starts with I, V or X is not taken for a number.
pub fn roman_value(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let digit = |c: char| ROMAN.iter().find(|(_, r)| r.len() == 1 && r.starts_with(c)).map(|(v, _)| *v);
    let values = s.chars().map(digit).collect::<Option<Vec<usize>>>()?;
    let mut total = 0i64;
    for (i, &v) in values.iter().enumerate() {
        let v = v as i64;
        if values.get(i + 1).is_some_and(|&next| next as i64 > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = usize::try_from(total).ok()?;
    (roman(total) == s).then_some(total)
}

/// The Roman numeral a part's title starts with ("II Ter behandeling", "III. Hamerstukken").
pub fn part_label(title: &str) -> Option<&str> {
    let end = title.find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')).unwrap_or(title.len());
    let label = &title[..end];
    let rest = &title[end..];
    let closed = rest.is_empty() || rest.starts_with([' ', '.', ')', ':', '\t']);
    (closed && roman_value(label).is_some()).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(code: &str) -> NumberStyle {
        NumberStyle::from_code(code)
    }

    #[test]
    fn the_default_is_a_typed_meetings_numbering() {
        let s = NumberStyle::default();
        assert_eq!(s.format(&[2], None), "2");
        assert_eq!(s.format(&[2, 1], None), "2.1");
        assert_eq!(s.format(&[2, 1, 3], None), "2.1.3");
        assert_eq!(s.to_code(), "");
        assert!(style("").is_default());
    }

    #[test]
    fn agendas_own_styles() {
        assert_eq!(style("1 a .1").format(&[2, 1, 2], None), "2a.2");
        assert_eq!(style("1 a .a").format(&[2, 1, 3], None), "2a.c");
        assert_eq!(style("01 a").format(&[5, 2], None), "05b");
        assert_eq!(style("1 .1 a").format(&[2, 2, 5], None), "2.2e");
        assert_eq!(style("I").format(&[4], None), "IV");
        assert_eq!(style("1 A").format(&[1, 28], None), "1AB");
        let roman_parts = style("parts-restart parts-prefix 1");
        assert_eq!(roman_parts.format(&[4], Some("II")), "II-4");
        assert_eq!(roman_parts.format(&[4], None), "4");
        assert_eq!(style("1 a .1").format(&[1, 1, 1, 1], None), "1a.1.1");
        assert_eq!(NumberStyle::unnumbered().format(&[3], None), "");
        let heiloo = style("prefix-unpadded 01 .a");
        assert_eq!((heiloo.format(&[1], None), heiloo.format(&[1, 1], None)), ("01".into(), "1.a".into()));
        assert_eq!(style("none").format(&[3], None), "");
    }

    #[test]
    fn codes_round_trip_and_odd_words_are_left_out() {
        for code in ["1 a .1", "parts-restart parts-prefix 01 -a", "I .i", "1 .1 .1", "prefix-unpadded 01 .a"] {
            assert_eq!(style(code).to_code(), code);
        }
        assert_eq!(style("1 x? a").to_code(), "1 a");
    }

    #[test]
    fn part_labels() {
        assert_eq!(part_label("II Ter behandeling"), Some("II"));
        assert_eq!(part_label("III. Hamerstukken"), Some("III"));
        assert_eq!(part_label("IIII x"), None);
        assert_eq!(part_label("Inleiding"), None);
        assert_eq!(part_label("IV"), Some("IV"));
    }

    #[test]
    fn letters_go_on_after_z_as_a_list_or_as_word_does() {
        assert_eq!(letters(1, Case::Lower), "a");
        assert_eq!(letters(26, Case::Upper), "Z");
        assert_eq!((letters(27, Case::Lower), letters(28, Case::Lower)), ("aa".into(), "ab".into()));
        assert_eq!(letters(0, Case::Lower), "0");
        assert_eq!((repeated_letters(27, Case::Lower), repeated_letters(28, Case::Lower)), ("aa".into(), "bb".into()));
        assert_eq!(repeated_letters(53, Case::Upper), "AAA");
        assert_eq!(repeated_letters(usize::MAX, Case::Lower).len(), 100);
    }

    #[test]
    fn roman_numerals_both_ways() {
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!((roman(0), roman(4000)), ("0".into(), "4000".into()));
        for n in 1..4000 {
            assert_eq!(roman_value(&roman(n)), Some(n), "{n}");
        }
        for odd in ["", "IIII", "IC", "VX", "iv", "I I", "Inleiding", "MMMM"] {
            assert_eq!(roman_value(odd), None, "{odd:?}");
        }
    }
}
