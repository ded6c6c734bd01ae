//! The decision points under their label: numbered ("1." "2)"), lettered ("a."), dashed or bulleted, one per
//! line or run together in a flattened page; a wrapped point is one point.

/// A list marker at the start of `s` and what follows it: ("1", "Een krediet …").
fn marker(s: &str) -> Option<(Marker, &str)> {
    let s = s.trim_start();
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    if matches!(first, '-' | '–' | '•' | '·' | '*' | '▪' | '\u{f0b7}') {
        let rest = &s[first.len_utf8()..];
        return rest.starts_with(char::is_whitespace).then(|| (Marker::Bullet, rest.trim_start()));
    }
    let head: String = s.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let after = &s[head.len()..];
    let closed = after.strip_prefix('.').or_else(|| after.strip_prefix(')'))?;
    if !closed.starts_with(char::is_whitespace) && !closed.is_empty() {
        return None;
    }
    let m = if head.chars().all(|c| c.is_ascii_digit()) && (1..=2).contains(&head.len()) {
        Marker::Number(head.parse().ok()?)
    } else if head.len() == 1 && head.chars().all(|c| c.is_ascii_lowercase()) {
        Marker::Letter(head.chars().next()?)
    } else if matches!(head.as_str(), "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x") {
        Marker::Letter('i')
    } else {
        return None;
    };
    Some((m, closed.trim_start()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Number(u32),
    Letter(char),
    Bullet,
}

impl Marker {
    /// Whether this marker may follow `prev` in a list run together on one line.
    fn follows(self, prev: Option<Marker>) -> bool {
        match (prev, self) {
            (None, Marker::Number(1)) | (None, Marker::Letter('a')) | (None, Marker::Bullet) => true,
            (Some(Marker::Number(p)), Marker::Number(n)) => n == p + 1,
            (Some(Marker::Letter(p)), Marker::Letter(n)) => n as u32 == p as u32 + 1,
            (Some(Marker::Bullet), Marker::Bullet) => true,
            _ => false,
        }
    }
}

/// Words that say there is nothing to decide.
fn is_nothing(point: &str) -> bool {
    let p = crate::text::fold(point);
    let p = p.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(p, "niet van toepassing" | "n.v.t" | "nvt" | "geen" | "nee" | "n v t")
}

/// One point as a line: wrapped lines joined, its closing ";" "." "; en" dropped.
pub(super) fn tidy(point: &str) -> String {
    let mut p = point.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = p.len();
        for tail in ["; en", "; of", ", en", ";", ".", ","] {
            if let Some(s) = p.strip_suffix(tail) {
                p = s.trim_end().to_string();
            }
        }
        if p.len() == before {
            break;
        }
    }
    p
}

/// The points of a value, and whether they were marked as a list (a bare sentence is not).
pub(super) fn points(value: &str) -> (Vec<String>, bool) {
    let lines: Vec<&str> = value.lines().collect();
    // A list one per line, or run together (a flattened page): whichever finds more points; a tie is lines.
    let flat = inline(value);
    let (raw, listed) = if lines.iter().any(|l| marker(l).is_some()) {
        let by = by_lines(&lines);
        if flat.1 && flat.0.len() > by.0.len() {
            flat
        } else {
            by
        }
    } else {
        flat
    };
    let kept = raw.iter().map(|p| tidy(p)).filter(|p| !p.is_empty() && !is_nothing(p) && p.chars().count() <= 1200);
    (kept.collect(), listed)
}

fn by_lines(lines: &[&str]) -> (Vec<String>, bool) {
    let mut out: Vec<String> = Vec::new();
    let mut blank_after_point = false;
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            blank_after_point = !out.is_empty();
            continue;
        }
        if let Some((_, rest)) = marker(t) {
            if rest.is_empty() {
                // "3)" on its own: the number of the next section of the paper.
                if !out.is_empty() {
                    break;
                }
                continue;
            }
            out.push(rest.to_string());
            blank_after_point = false;
        } else if let Some(last) = out.last_mut() {
            if blank_after_point {
                break;
            }
            last.push(' ');
            last.push_str(t);
        }
    }
    (out, true)
}

/// A flattened list: "1. Instemmen met …; 2. De raad te informeren …", markers in order only, so that
/// "d.d. 13" or "€ 793.430, -" inside a point starts nothing.
fn inline(value: &str) -> (Vec<String>, bool) {
    let flat = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut starts: Vec<(usize, usize)> = Vec::new(); // (marker start, text start)
    let mut prev: Option<Marker> = None;
    let mut at = 0;
    while at < flat.len() {
        if at == 0 || flat[..at].ends_with(' ') {
            if let Some((m, rest)) = marker(&flat[at..]) {
                let before = flat[..at].trim_end();
                let dash_ok = m != Marker::Bullet || at == 0 || before.ends_with([';', '.', ':']);
                if m.follows(prev) && dash_ok {
                    starts.push((at, flat.len() - rest.len()));
                    prev = Some(m);
                }
            }
        }
        at += flat[at..].chars().next().map_or(1, char::len_utf8);
    }
    if starts.is_empty() || starts[0].0 > 0 {
        // No list, or text before it: a bare sentence is a point when it reads as a decision.
        let lead = starts.first().map_or(flat.as_str(), |s| &flat[..s.0]);
        let mut out = Vec::new();
        if reads_as_decision(lead) {
            out.push(lead.to_string());
        }
        if starts.is_empty() {
            return (out, false);
        }
    }
    let mut out = Vec::new();
    for (k, (_, text_start)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(flat.len(), |n| n.0);
        out.push(flat[*text_start..end].to_string());
    }
    (out, true)
}

/// "Vaststellen agenda", "In te stemmen met …", "de begroting vast te stellen": an infinitive a board can
/// decide; "Mededelingen" or a paragraph of explanation is not.
fn reads_as_decision(text: &str) -> bool {
    let t = crate::text::fold(text.trim());
    if t.is_empty() || t.chars().count() > 400 {
        return false;
    }
    const OPENINGS: &[&str] = &[
        "vaststellen",
        "instemmen",
        "kennisnemen",
        "kennis nemen",
        "akkoord",
        "in te stemmen",
        "vast te stellen",
        "kennis te nemen",
        "besluiten",
        "goedkeuren",
        "te besluiten",
    ];
    OPENINGS.iter().any(|o| t.starts_with(o))
        || t.split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "te" && w[1].len() > 3 && w[1].ends_with("en"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_points_one_per_line_with_a_wrapped_one() {
        let (p, listed) = points("\n1. Het plan vast te stellen;\n2. De begroting te\nwijzigen; en\n\nToelichting");
        assert!(listed);
        assert_eq!(p, ["Het plan vast te stellen", "De begroting te wijzigen"]);
    }

    #[test]
    fn a_flattened_list_keeps_its_order_and_ignores_numbers_inside() {
        let (p, _) =
            points(" 1. Een krediet van € 793.430, - beschikbaar te stellen d.d. 13 mei. 2. De begroting te wijzigen");
        assert_eq!(p, ["Een krediet van € 793.430, - beschikbaar te stellen d.d. 13 mei", "De begroting te wijzigen"]);
    }

    #[test]
    fn lettered_and_dashed_points() {
        assert_eq!(points("a. het eerste;\nb. het tweede").0, ["het eerste", "het tweede"]);
        assert_eq!(points("- de agenda vast te stellen").0, ["de agenda vast te stellen"]);
        assert_eq!(points("• in te stemmen\n• kennis te nemen").0, ["in te stemmen", "kennis te nemen"]);
    }

    #[test]
    fn nothing_to_decide_and_bare_words() {
        assert!(points(" - niet van toepassing ").0.is_empty());
        assert!(points(" Mededelingen ").0.is_empty());
        assert_eq!(points(" Vaststellen agenda ").0, ["Vaststellen agenda"]);
    }
}
