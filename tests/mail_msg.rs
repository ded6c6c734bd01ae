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
