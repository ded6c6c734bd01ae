//! Outlook .msg files, written here with the `cfb` crate in the layout of [MS-OXMSG] (property streams
//! named `__substg1.0_TTTTPPPP`, a fixed-size property stream with the send time, one storage per
//! attachment), then imported by the real binary.

mod common;

use common::{listing, stderr, stdout, Sandbox};
use std::io::Write;
use std::path::Path;

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn put(file: &mut cfb::CompoundFile<std::fs::File>, path: &str, bytes: &[u8]) {
    let mut s = file.create_stream(path).unwrap();
    s.write_all(bytes).unwrap();
}

/// A message sent on `unix_secs`, with an agenda in its text and the given attachments (name, bytes).
fn write_msg(path: &Path, subject: &str, unix_secs: u64, body: &str, attachments: &[(&str, &[u8])], ansi: bool) {
    let mut file = cfb::create(path).unwrap();
    let mut props = vec![0u8; 32];
    let filetime = (unix_secs + 11_644_473_600) * 10_000_000;
    props.extend_from_slice(&0x0039_0040u32.to_le_bytes());
    props.extend_from_slice(&6u32.to_le_bytes());
    props.extend_from_slice(&filetime.to_le_bytes());
    put(&mut file, "/__properties_version1.0", &props);
    if ansi {
        // Outlook 97–2002: 8-bit strings in the sender's code page.
        let cp1252 = |t: &str| t.chars().map(|c| if c == 'ë' { 0xEB } else { c as u8 }).collect::<Vec<u8>>();
        put(&mut file, "/__substg1.0_0037001E", &cp1252(subject));
        put(&mut file, "/__substg1.0_1000001E", &cp1252(body));
    } else {
        put(&mut file, "/__substg1.0_0037001F", &utf16(subject));
        put(&mut file, "/__substg1.0_1000001F", &utf16(body));
    }
    put(&mut file, "/__substg1.0_0C1A001F", &utf16("Bestuurssecretariaat"));
    put(&mut file, "/__substg1.0_0C1F001F", &utf16("bestuurssecretariaat@example.nl"));
    for (i, (name, data)) in attachments.iter().enumerate() {
        let dir = format!("/__attach_version1.0_#{i:08X}");
        file.create_storage(&dir).unwrap();
        put(&mut file, &format!("{dir}/__properties_version1.0"), &[0u8; 8]);
        put(&mut file, &format!("{dir}/__substg1.0_3707001F"), &utf16(name));
        put(&mut file, &format!("{dir}/__substg1.0_37010102"), data);
    }
    file.flush().unwrap();
}

const AGENDA: &str =
    "Beste leden,\r\n\r\nHierbij de agenda.\r\n\r\n1. Opening\r\n2. Verslag Stuurgroep 12 november 2026\r\n\
                      Ter vaststelling\r\n3. Financiële rapportage\r\n4. Rondvraag\r\n";

#[test]
fn an_outlook_msg_is_imported_like_an_eml() {
    let sb = Sandbox::new();
    let msg = sb.path("Agenda SG.msg");
    // Wednesday 2 December 2026, 09:12 UTC.
    write_msg(
        &msg,
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        1_796_202_720,
        AGENDA,
        &[("Verslag Stuurgroep 12 november 2026.docx", b"PK\x03\x04verslag"), ("../../weg.txt", b"x")],
        false,
    );
    let db = sb.path("a.db");
    let into = sb.path("stukken");
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "mail",
        msg.to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    let shown = stdout(&sb.run(&["--db", db.to_str().unwrap(), "show", &id]));
    assert!(shown.contains("Stuurgroep MIT — 10 december 2026"), "{shown}");
    assert!(shown.contains("3. Financiële rapportage"), "{shown}");
    assert!(shown.contains("[Verslag]") && shown.contains("Verslag Stuurgroep 12 november 2026.docx"), "{shown}");
    assert!(shown.contains("weg.txt (uit mail van Bestuurssecretariaat, 2 december 2026)"), "{shown}");
    assert_eq!(listing(&into), vec!["Verslag Stuurgroep 12 november 2026.docx", "weg.txt"]);
    assert_eq!(std::fs::read(into.join("Verslag Stuurgroep 12 november 2026.docx")).unwrap(), b"PK\x03\x04verslag");
}

#[test]
fn an_old_ansi_msg_is_read_as_windows_1252() {
    let sb = Sandbox::new();
    let msg = sb.path("oud.msg");
    write_msg(&msg, "Agenda Stuurgroep MIT 10 december 2026", 1_796_202_720, AGENDA, &[], true);
    let db = sb.path("a.db");
    let out = sb.run(&["--db", db.to_str().unwrap(), "import", "mail", msg.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&sb.run(&["--db", db.to_str().unwrap(), "show", stdout(&out).trim()]));
    assert!(shown.contains("3. Financiële rapportage"), "{shown}");
}

#[test]
fn a_compound_file_that_is_no_message_is_refused() {
    let sb = Sandbox::new();
    let doc = sb.path("oud.doc");
    let mut file = cfb::create(&doc).unwrap();
    put(&mut file, "/WordDocument", b"\xec\xa5 oud Word-document");
    file.flush().unwrap();
    drop(file);
    let out = sb.run(&["--db", sb.path("a.db").to_str().unwrap(), "import", "mail", doc.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("geen Outlook-bericht"), "{}", stderr(&out));
}

/// A message whose body is only in the given streams (PR_HTML, PR_RTF_COMPRESSED), sent 2 December 2026.
fn write_msg_with_body(path: &Path, subject: &str, body_streams: &[(&str, Vec<u8>)]) {
    let mut file = cfb::create(path).unwrap();
    let mut props = vec![0u8; 32];
    let filetime: u64 = (1_796_202_720 + 11_644_473_600) * 10_000_000;
    props.extend_from_slice(&0x0039_0040u32.to_le_bytes());
    props.extend_from_slice(&6u32.to_le_bytes());
    props.extend_from_slice(&filetime.to_le_bytes());
    put(&mut file, "/__properties_version1.0", &props);
    put(&mut file, "/__substg1.0_0037001F", &utf16(subject));
    put(&mut file, "/__substg1.0_0C1A001F", &utf16("Bestuurssecretariaat"));
    for (stream, bytes) in body_streams {
        put(&mut file, stream, bytes);
    }
    file.flush().unwrap();
}

fn import_and_show(sb: &Sandbox, msg: &Path) -> String {
    let db = sb.path("a.db");
    let into = sb.path("stukken");
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "mail",
        msg.to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("agenda uit de tekst van de mail"), "{}", stderr(&out));
    stdout(&sb.run(&["--db", db.to_str().unwrap(), "show", stdout(&out).trim()]))
}

#[test]
fn a_msg_with_only_an_html_body_gives_its_agenda() {
    let sb = Sandbox::new();
    let msg = sb.path("html.msg");
    let html = "<html><head><meta charset=\"utf-8\"></head><body><p>Beste leden,</p><p>Hierbij de agenda.</p>\
                <p>1. Opening</p><p>2. Verslag Stuurgroep 12 november 2026<br>Ter vaststelling</p>\
                <p>3. Financi&euml;le rapportage</p><p>4. Rondvraag</p></body></html>";
    write_msg_with_body(
        &msg,
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        &[("/__substg1.0_10130102", html.as_bytes().to_vec())],
    );
    let shown = import_and_show(&sb, &msg);
    assert!(shown.contains("Stuurgroep MIT — 10 december 2026"), "{shown}");
    assert!(shown.contains("2. Verslag Stuurgroep 12 november 2026"), "{shown}");
    assert!(shown.contains("3. Financiële rapportage"), "{shown}");
    assert!(shown.contains("4. Rondvraag"), "{shown}");
}

#[test]
fn a_msg_with_only_compressed_rtf_gives_its_agenda() {
    let sb = Sandbox::new();
    let msg = sb.path("rtf.msg");
    // As Outlook writes a plain-text mail into RTF: font and colour tables, \par per line, \'eb for ë.
    let rtf = "{\\rtf1\\ansi\\ansicpg1252\\fromtext \\fbidis \\deff0{\\fonttbl\n{\\f0\\fswiss Arial;}\n\
               {\\f1\\fmodern Courier New;}}\n{\\colortbl\\red0\\green0\\blue0;\\red0\\green0\\blue255;}\n\
               \\uc1\\pard\\plain\\deftab360 \\f0\\fs20 Beste leden,\\par\n\\par\nHierbij de agenda.\\par\n\\par\n\
               1. Opening\\par\n2. Verslag Stuurgroep 12 november 2026\\par\nTer vaststelling\\par\n\
               3. Financi\\'eble rapportage\\par\n4. Rondvraag\\par\n}";
    let packed = compressed_rtf::compress_rtf(rtf).unwrap();
    write_msg_with_body(
        &msg,
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        &[("/__substg1.0_10090102", packed)],
    );
    let shown = import_and_show(&sb, &msg);
    assert!(shown.contains("Stuurgroep MIT — 10 december 2026"), "{shown}");
    assert!(shown.contains("3. Financiële rapportage"), "{shown}");
    assert!(shown.contains("4. Rondvraag"), "{shown}");
    assert!(!shown.contains("Arial") && !shown.contains("Courier"), "the font table is no text: {shown}");
}

#[test]
fn a_msg_whose_compressed_rtf_is_damaged_is_refused_and_nothing_is_written() {
    let sb = Sandbox::new();
    let msg = sb.path("kapot.msg");
    let mut packed = compressed_rtf::compress_rtf("{\\rtf1\\ansi 1. Opening\\par 2. Rondvraag\\par}").unwrap();
    let last = packed.len() - 1;
    packed[last] ^= 0x5a;
    write_msg_with_body(
        &msg,
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        &[("/__substg1.0_10090102", packed)],
    );
    let db = sb.path("a.db");
    let into = sb.path("stukken");
    let out = sb.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        "mail",
        msg.to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("alleen in Outlooks gecomprimeerde RTF en die is niet te lezen"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
    assert!(!into.exists());
    let listed = stdout(&sb.run(&["--db", db.to_str().unwrap(), "meetings"]));
    assert!(!listed.contains("2026-12-10"), "{listed}");
}

#[test]
fn a_msg_whose_rtf_holds_html_gives_the_agenda_of_that_html() {
    let sb = Sandbox::new();
    let msg = sb.path("html-in-rtf.msg");
    // Outlook's RTF for an HTML mail (\fromhtml1): the HTML's tags in \*\htmltag groups, its text between,
    // and RTF that only stands in for the HTML between \htmlrtf and \htmlrtf0.
    let rtf = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n\
               {\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag161 <meta charset=\"utf-8\">}\
               {\\*\\htmltag41 </head>}{\\*\\htmltag50 <body>}\\htmlrtf \\f0 \\htmlrtf0 \n\
               {\\*\\htmltag64 <p>}Beste leden, hierbij de agenda.{\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0\n\
               {\\*\\htmltag64 <p>}1. Opening{\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0\n\
               {\\*\\htmltag64 <p>}2. Financi\\'eble rapportage{\\*\\htmltag116 <br>}\\htmlrtf\\line\\htmlrtf0 \
               Ter vaststelling{\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0\n\
               {\\*\\htmltag64 <p>}3. Rondvraag{\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0\n\
               {\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}";
    let packed = compressed_rtf::compress_rtf(rtf).unwrap();
    write_msg_with_body(
        &msg,
        "Agenda en stukken Stuurgroep MIT 10 december 2026",
        &[("/__substg1.0_10090102", packed)],
    );
    let shown = import_and_show(&sb, &msg);
    assert!(shown.contains("2. Financiële rapportage"), "{shown}");
    assert!(shown.contains("3. Rondvraag"), "{shown}");
    assert!(!shown.contains("htmltag") && !shown.contains("<p>"), "{shown}");
}
