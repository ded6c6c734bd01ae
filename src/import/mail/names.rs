//! File names from a mail are chosen by its sender: made safe before anything is written with them.
//!
//! What is left is one plain name, the same on Linux, macOS and Windows: no folders (`../`, `/etc/`,
//! `C:\`), no drive letter, no control or bidi characters, none of `<>:"/\|?*`, no reserved Windows name
//! (CON, NUL, COM1 …), no leading dot or trailing dot or space, and at most 200 bytes.

use std::collections::HashSet;
use std::path::Path;

const MAX_NAME_BYTES: usize = 200;

const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com0", "lpt1",
    "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt0", "conin$", "conout$",
];

/// A name safe to create in a folder; `fallback` ("bijlage 3.pdf") when nothing of the name is left.
pub fn safe_file_name(raw: &str, fallback: &str) -> String {
    // The last part of a path, whichever separator the sender's system used.
    let last = raw.rsplit(['/', '\\']).find(|p| !p.trim().is_empty()).unwrap_or("");
    // "C:memo.docx": a drive letter without a separator.
    let last = match last.as_bytes() {
        [d, b':', ..] if d.is_ascii_alphabetic() => &last[2..],
        _ => last,
    };
    let mut name = String::with_capacity(last.len());
    for c in last.chars() {
        if c.is_control() || is_invisible(c) {
            continue;
        }
        if matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') {
            name.push('_');
        } else {
            name.push(c);
        }
    }
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.trim_start_matches(['.', ' ']).trim_end_matches(['.', ' ']).to_string();
    let name = if is_reserved(&name) { format!("_{name}") } else { name };
    let name = shorten(&name);
    if name.chars().any(|c| c.is_alphanumeric()) {
        name
    } else {
        fallback.to_string()
    }
}

/// Bidi overrides and zero-width characters: they make a name look like another ("…fdp.exe").
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{061c}')
}

/// CON, con.txt, Nul.tar.gz, "COM1 .docx": Windows reserves these whatever the extension.
fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end().to_ascii_lowercase();
    RESERVED.contains(&stem.as_str())
}

/// At most MAX_NAME_BYTES, cut in the stem so that the extension stays.
fn shorten(name: &str) -> String {
    if name.len() <= MAX_NAME_BYTES {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && e.len() <= 8 => (s, format!(".{e}")),
        _ => (name, String::new()),
    };
    let mut cut = MAX_NAME_BYTES - ext.len();
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{ext}", stem[..cut].trim_end_matches(['.', ' ']))
}

/// "memo.docx", else "memo (2).docx", "memo (3).docx" …: a name neither in the folder nor already taken
/// by this import. Case is ignored, as it is on macOS and Windows.
pub fn unique_name(dir: &Path, name: &str, taken: &HashSet<String>) -> String {
    let present: HashSet<String> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.file_name().to_string_lossy().to_lowercase()).collect())
        .unwrap_or_default();
    let free = |n: &str| {
        let lower = n.to_lowercase();
        !taken.contains(&lower) && !present.contains(&lower) && std::fs::symlink_metadata(dir.join(n)).is_err()
    };
    if free(name) {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (name, String::new()),
    };
    (2..).map(|n| format!("{stem} ({n}){ext}")).find(|n| free(n)).unwrap_or_else(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names() {
        let f = "bijlage 1";
        assert_eq!(safe_file_name("../../etc/passwd", f), "passwd");
        assert_eq!(safe_file_name("/etc/cron.d/job", f), "job");
        assert_eq!(safe_file_name("C:\\Users\\x\\memo.docx", f), "memo.docx");
        assert_eq!(safe_file_name("C:memo.docx", f), "memo.docx");
        assert_eq!(safe_file_name("..", f), f);
        assert_eq!(safe_file_name("../", f), f);
        assert_eq!(safe_file_name("", f), f);
        assert_eq!(safe_file_name("memo\u{0}\u{7}\r\n.docx", f), "memo.docx");
        assert_eq!(safe_file_name("rapport\u{202e}xcod.exe", f), "rapportxcod.exe");
        assert_eq!(safe_file_name("CON", f), "_CON");
        assert_eq!(safe_file_name("nul.txt", f), "_nul.txt");
        assert_eq!(safe_file_name("Com1.docx", f), "_Com1.docx");
        assert_eq!(safe_file_name("console.docx", f), "console.docx");
        assert_eq!(safe_file_name("a<b>c:d\"e|f?g*.pdf", f), "a_b_c_d_e_f_g_.pdf");
        assert_eq!(safe_file_name(".bashrc", f), "bashrc");
        assert_eq!(safe_file_name("memo.docx. . ", f), "memo.docx");
        assert_eq!(
            safe_file_name("20220302 Oplegger KLO t.a.v. MIT-capaciteit.....docx", f),
            "20220302 Oplegger KLO t.a.v. MIT-capaciteit.....docx"
        );
        let long = format!("{}.docx", "é".repeat(300));
        let s = safe_file_name(&long, f);
        assert!(s.len() <= MAX_NAME_BYTES && s.ends_with(".docx"), "{s}");
    }

    #[test]
    fn unique_names_get_a_suffix() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("memo.docx"), b"x").unwrap();
        let mut taken = HashSet::new();
        assert_eq!(unique_name(dir.path(), "memo.docx", &taken), "memo (2).docx");
        taken.insert("memo (2).docx".to_string());
        assert_eq!(unique_name(dir.path(), "Memo.docx", &taken), "Memo (3).docx");
        assert_eq!(unique_name(dir.path(), "verslag", &taken), "verslag");
    }
}
