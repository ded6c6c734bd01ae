//! `annoteer export MEETING -o memo.docx | --format md|docx | --decisions | --template FILE` as the real
//! binary: the format follows the file name, the file is written 0600 through a temporary file and a
//! rename, the bytes are the library's, and bad requests change nothing.

mod common;

use annoteer::domain::{ActionDraft, DecisionDraft, ItemDraft, MeetingDraft, MeetingId, Stance, Treatment};
use annoteer::memo::{decisions_document, docx_memo, memo_document, DocxOptions};
use annoteer::store::{Access, Placement, Store};
use common::*;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// A meeting with two items, a decision and an action point, made through the library.
fn meeting_db(sb: &Sandbox) -> (PathBuf, MeetingId) {
    let db = sb.path("export.db");
    let mut store = Store::open(&db, Access::Create).unwrap();
    let id = store
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-03-24".into(),
            title: "Stuurgroep MIT".into(),
            classification: "VERTROUWELIJK".into(),
            addressee: "Plv. korpschef".into(),
            author: "Bestuursondersteuning".into(),
            ..MeetingDraft::default()
        })
        .unwrap();
    let part = store.add_part(id, "Deel 1: Reguliere Stuurgroep met PGT").unwrap();
    let mut first = None;
    for (title, treatment) in
        [("Voorstel voor effectmeting", Treatment::TerBesluitvorming), ("Rondvraag en sluiting", Treatment::Rondvraag)]
    {
        let draft = ItemDraft {
            title: title.into(),
            treatment: Some(treatment),
            annotation: "Is besproken in de OG van 16 maart.\n\n1. eerste punt\n2. tweede punt".into(),
            advice_stance: Some(Stance::Akkoord),
            advice_text: "- Sheet 7: steun uitspreken\n- Sheet 10: vragen naar mandaten".into(),
            ..ItemDraft::default()
        };
        let item = store.add_item(id, Placement::End { parent: None }, Some(part), &draft).unwrap();
        first.get_or_insert(item);
    }
    store
        .add_decision(&DecisionDraft {
            body: "Stuurgroep MIT".into(),
            meeting_id: Some(id),
            item_id: first,
            date: "2022-03-24".into(),
            text: "Akkoord met het voorstel.".into(),
            reference: "Agendapunt 1".into(),
        })
        .unwrap();
    store
        .add_action(&ActionDraft {
            code: "2403.1.1".into(),
            owner: "PGT".into(),
            text: "Uitwerken effectmeting".into(),
            deadline: "2022-05-31".into(),
            meeting_id: Some(id),
            item_id: first,
            ..ActionDraft::default()
        })
        .unwrap();
    (db, id)
}

fn export(sb: &Sandbox, db: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--db", db.to_str().unwrap(), "export"];
    all.extend_from_slice(args);
    sb.run(&all)
}

fn record(db: &Path, id: MeetingId) -> annoteer::domain::MeetingRecord {
    Store::open(db, Access::ReadOnly).unwrap().meeting_record(id).unwrap()
}

#[test]
fn a_docx_file_is_written_private_through_a_temporary_file_and_a_rename() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let before = file_hash(&db);
    let out = sb.path("memo.docx");
    std::fs::write(&out, "old memo").unwrap();
    std::fs::set_permissions(&out, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let old_inode = std::fs::metadata(&out).unwrap().ino();
    let run = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" --db \"$1\" export \"$2\" -o \"$3\"")
        .arg(env!("CARGO_BIN_EXE_annoteer"))
        .arg(&db)
        .arg(id.to_string())
        .arg(&out)
        .env_remove("ANNOTEER_DB")
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("geschreven naar") && stdout(&run).contains("memo.docx"), "{}", stdout(&run));
    assert_eq!(mode(&out), 0o600);
    // A new file renamed over the old one, not the old one overwritten in place.
    assert_ne!(std::fs::metadata(&out).unwrap().ino(), old_inode);
    assert_eq!(listing(sb.dir.path()), vec!["export.db", "memo.docx"], "no temporary file left");
    let written = std::fs::read(&out).unwrap();
    assert_eq!(written, docx_memo(&record(&db, id), &DocxOptions::default()), "the library's bytes");
    assert_eq!(file_hash(&db), before, "export must not write the database");

    // Again: the same bytes.
    let again = export(&sb, &db, &[&id.to_string(), "-o", out.to_str().unwrap()]);
    assert!(again.status.success());
    assert_eq!(std::fs::read(&out).unwrap(), written);
}

#[test]
fn format_follows_the_file_name_or_the_flag() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let id_s = id.to_string();
    let expected_docx = docx_memo(&record(&db, id), &DocxOptions::default());

    let piped = export(&sb, &db, &[&id_s, "--format", "docx"]);
    assert!(piped.status.success(), "{}", stderr(&piped));
    assert_eq!(piped.stdout, expected_docx, "a .docx into a pipe");

    let md = sb.path("memo.md");
    assert!(export(&sb, &db, &[&id_s, "-o", md.to_str().unwrap()]).status.success());
    assert_eq!(std::fs::read_to_string(&md).unwrap(), memo_document(&record(&db, id)).to_markdown());

    let forced = sb.path("memo.txt");
    assert!(export(&sb, &db, &[&id_s, "-o", forced.to_str().unwrap(), "--format", "md"]).status.success());
    assert!(std::fs::read_to_string(&forced).unwrap().starts_with("---\ntitle: \"Geannoteerde agenda\""));

    let named_docx = sb.path("Memo.DOCX");
    assert!(export(&sb, &db, &[&id_s, "-o", named_docx.to_str().unwrap()]).status.success());
    assert!(std::fs::read(&named_docx).unwrap().starts_with(b"PK\x03\x04"));
}

#[test]
fn the_decision_and_action_list_in_both_formats() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let id_s = id.to_string();
    let list = decisions_document(&record(&db, id));

    let md = export(&sb, &db, &[&id_s, "--decisions"]);
    assert!(md.status.success(), "{}", stderr(&md));
    let text = stdout(&md);
    assert_eq!(text, list.to_markdown());
    for line in [
        "title: \"Besluiten- en actielijst\"",
        "**Datum:** donderdag 24 maart 2022",
        "# Besluiten",
        "## 1. Voorstel voor effectmeting",
        "- Akkoord met het voorstel. (Agendapunt 1)",
        "# Actiepunten",
        "| 2403.1.1 | PGT | Uitwerken effectmeting | 31 mei 2022 | Open |",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
    assert!(!text.contains("Rondvraag"), "an item without decisions is left out:\n{text}");

    let out = sb.path("lijst.docx");
    let run = export(&sb, &db, &[&id_s, "--decisions", "-o", out.to_str().unwrap()]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("besluiten- en actielijst"), "{}", stdout(&run));
    assert_eq!(std::fs::read(&out).unwrap(), list.to_docx(&DocxOptions::default()));
    assert_eq!(mode(&out), 0o600);
}

#[test]
fn bad_requests_are_one_sentence_and_write_nothing() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    let id_s = id.to_string();
    let before = listing(sb.dir.path());
    // Each refusal in both languages: the Dutch one is no English sentence.
    let refused = |args: &[&str], en: &str, nl: &str| {
        for (lang, says, not) in [("en", en, nl), ("nl", nl, en)] {
            let mut all = vec!["--lang", lang, "--db", db.to_str().unwrap(), "export"];
            all.extend_from_slice(args);
            let run = sb.run(&all);
            assert!(!run.status.success(), "{args:?} was accepted");
            let err = stderr(&run);
            assert!(err.contains(says) && !err.contains(not), "{lang} {args:?}: {err}");
            assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
            assert!(run.stdout.is_empty(), "{args:?} wrote to stdout");
        }
    };
    let docx = sb.path("memo.docx");
    let docx = docx.to_str().unwrap();
    refused(&[&id_s, "-o", docx, "--format", "md"], "does not fit the file name", "past niet bij de bestandsnaam");
    refused(
        &[&id_s, "-o", docx, "--template", "/nonexistent/huisstijl.dotx"],
        "cannot read the template /nonexistent/huisstijl.dotx: it does not exist",
        "kan het sjabloon /nonexistent/huisstijl.dotx niet lezen: het bestaat niet",
    );
    let not_docx = sb.path("huisstijl.docx");
    std::fs::write(&not_docx, "geen zip").unwrap();
    let before = {
        let mut b = before.clone();
        b.push("huisstijl.docx".into());
        b.sort();
        b
    };
    refused(
        &[&id_s, "-o", docx, "--template", not_docx.to_str().unwrap()],
        "is not a Word document (.docx or .dotx); nothing was written",
        "is geen Word-document (.docx of .dotx); er is niets geschreven",
    );
    refused(
        &[&id_s, "--template", not_docx.to_str().unwrap()],
        "needs a .docx export",
        "het werkt alleen bij een .docx-export",
    );
    assert_eq!(listing(sb.dir.path()), before);
}

#[test]
fn the_template_setting_gives_every_docx_its_styles() {
    let sb = Sandbox::new();
    let (db, id) = meeting_db(&sb);
    // A template: annoteer's own .docx, its title style recoloured (Word keeps a template's ids).
    let own = docx_memo(&record(&db, id), &DocxOptions::default());
    let template = sb.path("huisstijl.docx");
    std::fs::write(&template, recoloured_title(&own)).unwrap();
    {
        let mut store = Store::open(&db, Access::Existing).unwrap();
        store.set_setting("docx_template", template.to_str().unwrap()).unwrap();
    }
    let out = sb.path("memo.docx");
    let run = export(&sb, &db, &[&id.to_string(), "-o", out.to_str().unwrap()]);
    assert!(run.status.success(), "{}", stderr(&run));
    let styles = styles_of(&std::fs::read(&out).unwrap());
    assert!(styles.contains("<w:color w:val=\"154273\"/>"), "the template's styles are used");

    // A setting that points at a file that is gone says so, and writes nothing.
    std::fs::remove_file(&template).unwrap();
    std::fs::remove_file(&out).unwrap();
    let run = export(&sb, &db, &[&id.to_string(), "-o", out.to_str().unwrap()]);
    assert!(!run.status.success());
    assert!(stderr(&run).contains("huisstijl.docx"), "{}", stderr(&run));
    assert!(!out.exists());
    // Markdown needs no template.
    assert!(export(&sb, &db, &[&id.to_string()]).status.success());
}

fn styles_of(docx: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/styles.xml").unwrap(), &mut text).unwrap();
    text
}

fn recoloured_title(docx: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut file, &mut text).unwrap();
        if name == "word/styles.xml" {
            text = text.replace("<w:kern w:val=\"28\"/>", "<w:kern w:val=\"28\"/><w:color w:val=\"154273\"/>");
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut out, text.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}
