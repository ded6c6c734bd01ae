//! The text of an Outlook message whose body is only compressed RTF (PR_RTF_COMPRESSED): unpacked with
//! the `compressed-rtf` crate ([MS-OXRTFCP]), then read as plain paragraphs. Only what a mail body needs:
//! paragraphs and line breaks become lines, tabs stay tabs, `\'hh` is Windows-1252 (a Dutch or English
//! Outlook's code page), `\uN` Unicode; tables of fonts, colours and styles, pictures, headers and other
//! destinations are left out. List numbers (`\pntext`, `\listtext`: "1.") are kept: they are the items'.
//! A body Outlook made from HTML (`\fromhtml1`) holds that HTML: it is taken out and read as a web page.

/// Larger than any mail text; a compressed body above this is not unpacked (a hostile one could
/// expand eightfold).
pub const MAX_COMPRESSED_BYTES: usize = 8 * 1024 * 1024;

/// Why a compressed RTF body could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RtfError(pub String);

/// Unpacks a PR_RTF_COMPRESSED stream: the RTF source.
pub fn decompress(data: &[u8]) -> Result<String, RtfError> {
    if data.len() < 16 {
        return Err(RtfError("shorter than its header".into()));
    }
    if data.len() > MAX_COMPRESSED_BYTES {
        return Err(RtfError(format!("{} MB compressed", data.len() >> 20)));
    }
    let raw_size = u32::from_le_bytes([data[4], data[5], data[6], data[7]]) as usize;
    // The crate reserves the size the header claims; a false claim must not make it reserve gigabytes.
    if raw_size > MAX_COMPRESSED_BYTES * 9 {
        return Err(RtfError(format!("claims {} MB unpacked", raw_size >> 20)));
    }
    let kind = u32::from_le_bytes([data[8], data[9], data[10], data[11]]);
    const UNCOMPRESSED: u32 = 0x414C_454D;
    if kind == UNCOMPRESSED && raw_size + 16 > data.len() {
        return Err(RtfError("cut off".into()));
    }
    match std::panic::catch_unwind(|| compressed_rtf::decompress_rtf(data)) {
        Ok(Ok(rtf)) => Ok(rtf),
        Ok(Err(e)) => Err(RtfError(e.to_string())),
        Err(_) => Err(RtfError("unreadable structure".into())),
    }
}

/// What an RTF body says: plain text, or the HTML it encapsulates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RtfBody {
    Text(String),
    Html(String),
}

/// Groups whose text is not the message's.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "fldinst",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "xmlnstbl",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "filetbl",
    "revtbl",
    "pgdsctbl",
    "operator",
    "author",
    "title",
];

#[derive(Clone, Copy)]
struct Group {
    skip: bool,
    /// Characters to leave out after a `\uN` (its fallback for readers without Unicode).
    uc: usize,
    /// Inside `{\*\htmltag …}`: the encapsulated HTML's own source.
    html_tag: bool,
}

/// Reads RTF as text (or its encapsulated HTML). Never fails: what it does not know it leaves out.
pub fn rtf_body(rtf: &str) -> RtfBody {
    let html = rtf.contains("\\fromhtml");
    let chars: Vec<char> = rtf.chars().collect();
    let mut out = String::new();
    let mut stack: Vec<Group> = Vec::new();
    let mut g = Group { skip: false, uc: 1, html_tag: false };
    // `\htmlrtf` marks RTF that only stands in for the HTML: left out of the HTML.
    let mut rtf_only = false;
    let mut pending_skip = 0usize;
    // The first control word of a group decides whether the group is a destination to leave out.
    let mut group_start = false;
    let mut ignorable = false;
    let mut i = 0;
    let emit = |out: &mut String, g: &Group, rtf_only: bool, c: char| {
        if g.skip || (html && rtf_only && !g.html_tag) {
            return;
        }
        if html && !g.html_tag {
            match c {
                '<' => out.push_str("&lt;"),
                '&' => out.push_str("&amp;"),
                '\n' => out.push_str("<br>"),
                c => out.push(c),
            }
        } else {
            out.push(c);
        }
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' => {
                if stack.len() < 200 {
                    stack.push(g);
                }
                group_start = true;
                ignorable = false;
                i += 1;
                continue;
            }
            '}' => {
                g = stack.pop().unwrap_or(g);
                group_start = false;
                i += 1;
                continue;
            }
            '\\' => {
                let next = chars.get(i + 1).copied().unwrap_or(' ');
                if next.is_ascii_alphabetic() {
                    let start = i + 1;
                    let mut j = start;
                    while j < chars.len() && chars[j].is_ascii_alphabetic() && j - start < 32 {
                        j += 1;
                    }
                    let word: String = chars[start..j].iter().collect();
                    let num_start = j;
                    if j < chars.len() && chars[j] == '-' {
                        j += 1;
                    }
                    while j < chars.len() && chars[j].is_ascii_digit() && j - num_start < 10 {
                        j += 1;
                    }
                    let param: Option<i64> = chars[num_start..j].iter().collect::<String>().parse().ok();
                    if j < chars.len() && chars[j] == ' ' {
                        j += 1;
                    }
                    i = j;
                    let first = std::mem::take(&mut group_start);
                    if first && (ignorable || SKIPPED.contains(&word.as_str())) {
                        if html && ignorable && (word == "htmltag" || word == "mhtmltag") {
                            g.html_tag = true;
                        } else {
                            g.skip = true;
                        }
                    }
                    ignorable = false;
                    if pending_skip > 0 {
                        pending_skip -= 1;
                        continue;
                    }
                    match word.as_str() {
                        "par" | "line" | "sect" | "row" => emit(&mut out, &g, rtf_only, '\n'),
                        "tab" | "cell" => emit(&mut out, &g, rtf_only, '\t'),
                        "u" => {
                            if let Some(n) = param {
                                let n = if n < 0 { n + 65536 } else { n };
                                if let Some(ch) = u32::try_from(n).ok().and_then(char::from_u32) {
                                    emit(&mut out, &g, rtf_only, ch);
                                }
                                pending_skip = g.uc;
                            }
                        }
                        "uc" => g.uc = param.unwrap_or(1).clamp(0, 10) as usize,
                        "htmlrtf" => rtf_only = param != Some(0),
                        "emdash" => emit(&mut out, &g, rtf_only, '—'),
                        "endash" => emit(&mut out, &g, rtf_only, '–'),
                        "bullet" => emit(&mut out, &g, rtf_only, '•'),
                        "lquote" => emit(&mut out, &g, rtf_only, '‘'),
                        "rquote" => emit(&mut out, &g, rtf_only, '’'),
                        "ldblquote" => emit(&mut out, &g, rtf_only, '“'),
                        "rdblquote" => emit(&mut out, &g, rtf_only, '”'),
                        _ => {}
                    }
                    continue;
                }
                i += 2;
                match next {
                    '*' => {
                        ignorable = true;
                        // `{\*\word`: the word that follows is still the group's first.
                        continue;
                    }
                    '\'' => {
                        let hex: String = chars.iter().skip(i).take(2).collect();
                        i += hex.len();
                        if let Ok(b) = u8::from_str_radix(&hex, 16) {
                            if pending_skip > 0 {
                                pending_skip -= 1;
                            } else {
                                emit(&mut out, &g, rtf_only, super::text::windows_1252(b));
                            }
                        }
                    }
                    '\\' | '{' | '}' => emit(&mut out, &g, rtf_only, next),
                    '~' => emit(&mut out, &g, rtf_only, '\u{a0}'),
                    '_' => emit(&mut out, &g, rtf_only, '-'),
                    '\n' | '\r' => emit(&mut out, &g, rtf_only, '\n'),
                    _ => {}
                }
                group_start = false;
                continue;
            }
            '\r' | '\n' => {
                i += 1;
                continue;
            }
            c => {
                group_start = false;
                if pending_skip > 0 {
                    pending_skip -= 1;
                } else {
                    emit(&mut out, &g, rtf_only, c);
                }
                i += 1;
            }
        }
    }
    if html {
        RtfBody::Html(out)
    } else {
        RtfBody::Text(out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_become_lines_and_tables_are_left_out() {
        let rtf = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}}{\colortbl;\red0\green0\blue0;}
{\*\generator Riched20 10.0;}\pard\f0\fs22 Beste leden,\par\par Hierbij de agenda.\par
{\pntext\f0 1.\tab}Opening\par 2.\tab Financi\'eble rapportage\line Ter vaststelling\par
3. Caf\u233?\par}";
        let RtfBody::Text(text) = rtf_body(rtf) else { panic!("text") };
        assert_eq!(
            text,
            "Beste leden,\n\nHierbij de agenda.\n1.\tOpening\n2.\tFinanciële rapportage\nTer vaststelling\n3. Café"
        );
    }

    #[test]
    fn encapsulated_html_is_taken_out() {
        let rtf = r"{\rtf1\ansi\fromhtml1 {\*\htmltag1 <html><body>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 1. Opening
{\*\htmltag72 </p>}\htmlrtf\par\htmlrtf0 {\*\htmltag64 <p>}2. A &amp; B{\*\htmltag72 </p>}{\*\htmltag0 </body></html>}}";
        let RtfBody::Html(html) = rtf_body(rtf) else { panic!("html") };
        assert!(html.contains("<p>1. Opening"), "{html}");
        assert!(html.contains("<p>2. A &amp;amp; B</p>"), "{html}");
        assert!(!html.contains("\\par"), "{html}");
    }

    #[test]
    fn compressed_bodies_round_trip_and_damage_is_refused() {
        let rtf = r"{\rtf1\ansi 1. Opening\par 2. Rondvraag\par}";
        let packed = compressed_rtf::compress_rtf(rtf).unwrap();
        assert_eq!(decompress(&packed).unwrap(), rtf);
        assert!(decompress(&packed[..10]).is_err(), "shorter than the header");
        let mut bad = packed.clone();
        let last = bad.len() - 1;
        bad[last] ^= 0xff;
        assert!(decompress(&bad).is_err(), "the CRC no longer fits");
        let mut huge = packed;
        huge[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(decompress(&huge).is_err(), "a false size is not believed");
    }

    #[test]
    fn nonsense_never_panics() {
        for s in ["{", "}", "\\", "\\'", "\\'zz", "{\\*", "\\u-", "\\u99999999999", "{{{{\\par", "\\uc99 \\u65 abc"] {
            let _ = rtf_body(s);
        }
    }
}
