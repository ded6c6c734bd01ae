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
        Counter::Lower => letters(n, b'a'),
        Counter::Upper => letters(n, b'A'),
        Counter::RomanLower => roman(n).to_lowercase(),
        Counter::RomanUpper => roman(n),
        Counter::Unnumbered => String::new(),
    }
}

/// 1 → a, 26 → z, 27 → aa: the way a list goes on after z.
fn letters(mut n: usize, first: u8) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(first + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub fn roman(mut n: usize) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [
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
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The Roman numeral a part's title starts with ("II Ter behandeling", "III. Hamerstukken").
pub fn part_label(title: &str) -> Option<&str> {
    let end = title.find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')).unwrap_or(title.len());
    let label = &title[..end];
    let rest = &title[end..];
    let closed = rest.is_empty() || rest.starts_with([' ', '.', ')', ':', '\t']);
    (!label.is_empty() && closed && (1..4000).any(|n| roman(n) == label)).then_some(label)
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
}
