//! Linked documents: version detection on real-looking names, and files changed on disk.

use annoteer::domain::{DocRole, Document, ItemDraft, MeetingDraft};
use annoteer::history::{
    check_document, check_item_documents, newer_versions, refresh_link, version_key, Change, DocStatus,
};
use annoteer::store::{Placement, Store};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// (linked file, file beside it, whether the second is a newer version of the first).
const NAMES: &[(&str, &str, bool)] = &[
    // The seed's memo to the minister, as it travelled through mail.
    ("memo min.v6.0.docx", "memo min.v6.1.docx", true),
    ("Memo Min.v5.2.docx", "memo min.v6.0.docx", true),
    ("Memo Min.v5.2.docx", "memo_min.v6.1.docx", true),
    ("memo min.v6.1.docx", "memo_min.v6.1.docx", false),
    ("memo_min.v6.1.docx", "memo min.v6.1.docx", false),
    ("memo min.v6.1.docx", "memo min.v6.0.docx", false),
    ("memo min.v6.0.docx", "memo min.v6.docx", false),
    ("memo min.v6.0.docx", "memo maj.v6.1.docx", false),
    ("memo min.v6.0.docx", "memo min.v6.1.pdf", false),
    ("memo min.v6.0.docx", "memo min.docx", false),
    // Version numbers compare as numbers.
    ("Programmaplan v2.pdf", "Programmaplan v3.pdf", true),
    ("Programmaplan v2.pdf", "Programmaplan v10.pdf", true),
    ("Programmaplan 2022 v2.pdf", "Programmaplan 2023 v3.pdf", false),
    ("Programmaplan versie 1.docx", "Programmaplan versie 2.docx", true),
    // Copy counters.
    ("verslag (2).docx", "verslag (3).docx", true),
    ("verslag.docx", "verslag (2).docx", true),
    ("verslag (3).docx", "verslag (2).docx", false),
    ("Memo Herbestedingsvoorstellen MIT (005).docx", "Memo Herbestedingsvoorstellen MIT (006).docx", true),
    ("verslag.docx", "verslag werkgroep.docx", false),
    // Dates in the name.
    ("20220302 Oplegger KLO.docx", "20220315 Oplegger KLO.docx", true),
    ("20220315 Oplegger KLO.docx", "20220302 Oplegger KLO.docx", false),
    ("stuk_2022-03-02.pdf", "stuk_2022-04-01.pdf", true),
    ("stuk 02-03-2022.pdf", "stuk 01-04-2022.pdf", true),
    ("20220322_briefing_minister_MIT_Def.pdf", "20220401_briefing_minister_MIT_Def.pdf", true),
    ("20220322_briefing_minister_MIT_concept.pdf", "20220322_briefing_minister_MIT_Def.pdf", true),
    ("20220322_briefing_minister_MIT_Def.pdf", "20220322_briefing_minister_MIT_concept.pdf", false),
    ("20220302 Bijlage bij opdracht Landelijke Eenheid.docx", "20220315 Oplegger KLO.docx", false),
    ("20220302 Oplegger KLO.docx", "20220315 Oplegger KLO Opdrachtbeschrijving.docx", false),
    // A number that is part of the title is no version.
    ("Agendapunt 4.1.docx", "Agendapunt 4.2.docx", false),
];

#[test]
fn newer_versions_by_name() {
    let mut wrong = Vec::new();
    for (old, new, expected) in NAMES {
        let (a, b) = (version_key(old).expect(old), version_key(new).expect(new));
        if b.is_newer_than(&a) != *expected {
            wrong.push(format!("{old} -> {new}: expected {expected}; keys {a:?} / {b:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn keys_of_the_seeds_names() {
    let k = version_key("20220322_briefing_minister_MIT_Def.pdf").unwrap();
    assert_eq!(k.stem, "briefing minister mit");
    assert_eq!(k.extension, "pdf");
    assert_eq!(k.version.date.as_deref(), Some("2022-03-22"));
    assert_eq!(k.version.status, Some(1));
    let k = version_key("memo_min.v6.1.docx").unwrap();
    assert_eq!((k.stem.as_str(), k.version.number.clone()), ("memo min", Some(vec![6, 1])));
    assert_eq!(version_key("Memo Min.v5.2.docx").unwrap().stem, "memo min");
    assert_eq!(version_key("verslag (2).docx").unwrap().version.copy, Some(2));
    assert!(version_key("verslag.docx").unwrap().version == Default::default());
    let odd = version_key("20220302 Oplegger KLO Opdrachtbeschrijving aan LE t.a.v. MIT-capaciteit.....docx").unwrap();
    assert_eq!(odd.stem, "oplegger klo opdrachtbeschrijving aan le t a v mit capaciteit");
    assert!(version_key("v2.pdf").is_none(), "nothing names the document");
    assert!(version_key("20220302.docx").is_none());
    assert!(version_key("").is_none());
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap();
}

fn set_mtime(path: &Path, time: SystemTime) {
    fs::File::options().write(true).open(path).unwrap().set_modified(time).unwrap();
}

fn linked(store: &mut Store, item: annoteer::domain::ItemId, path: &Path, role: DocRole) -> Document {
    let id = store.link_document(item, path, role).unwrap();
    store.item_documents(item).unwrap().into_iter().find(|d| d.document.id == id).unwrap().document
}

fn store_with_item() -> (Store, annoteer::domain::ItemId) {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft {
            body: "Stuurgroep MIT".into(),
            date: "2022-03-24".into(),
            ..Default::default()
        })
        .unwrap();
    let i = s
        .add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft { title: "Memo minister".into(), ..Default::default() },
        )
        .unwrap();
    (s, i)
}

#[test]
fn newer_versions_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "Memo Min.v5.2.docx",
        "memo min.v6.0.docx",
        "memo min.v6.1.docx",
        "memo_min.v6.1.docx",
        "memo maj.v7.docx",
        "memo min.v7.pdf",
        "Programmaplan v2.pdf",
    ] {
        write(&dir.path().join(name), name.as_bytes());
    }
    fs::create_dir(dir.path().join("memo min.v9.docx")).unwrap();
    let names = |p: &Path| -> Vec<String> {
        newer_versions(p).iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect()
    };
    assert_eq!(
        names(&dir.path().join("Memo Min.v5.2.docx")),
        ["memo min.v6.1.docx", "memo_min.v6.1.docx", "memo min.v6.0.docx"],
        "newest first; directories and other documents or formats left out"
    );
    assert!(names(&dir.path().join("memo min.v6.1.docx")).is_empty());
    // The linked file itself may be gone, replaced by its next version.
    assert_eq!(names(&dir.path().join("memo min.v5.9.docx")).len(), 3);
    assert!(names(&dir.path().join("missing dir/memo min.v1.docx")).is_empty());
}

#[test]
fn changes_on_disk_are_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, item) = store_with_item();
    let path = dir.path().join("Oplegger effectmeting.docx");
    write(&path, b"versie van maandag");
    let linked_at = SystemTime::now() - Duration::from_secs(3600);
    set_mtime(&path, linked_at);
    let doc = linked(&mut store, item, &path, DocRole::Oplegger);
    assert_eq!(check_document(&doc), DocStatus::Unchanged);

    // Touched, same bytes: the content decides, so unchanged.
    set_mtime(&path, linked_at + Duration::from_secs(60));
    assert_eq!(check_document(&doc), DocStatus::Unchanged);

    // Same size, other bytes, time put back: only the hash tells.
    write(&path, b"versie van maandag".map(|b| if b == b'm' { b'M' } else { b }).as_slice());
    set_mtime(&path, linked_at);
    assert_eq!(fs::metadata(&path).unwrap().len() as i64, doc.size.unwrap());
    assert_eq!(check_document(&doc), DocStatus::Changed { what: vec![Change::Content] });

    // Longer and later.
    write(&path, b"versie van woensdag, langer");
    set_mtime(&path, linked_at + Duration::from_secs(120));
    assert_eq!(check_document(&doc), DocStatus::Changed { what: vec![Change::Size, Change::Time, Change::Content] });

    // Relinking the same path records what the file is now.
    let again = store.relink_document(item, doc.id, &path).unwrap();
    assert_eq!(again, doc.id);
    let doc = store.item_documents(item).unwrap()[0].document.clone();
    assert_eq!(check_document(&doc), DocStatus::Unchanged);

    fs::remove_file(&path).unwrap();
    assert_eq!(check_document(&doc), DocStatus::Missing);
}

#[test]
fn a_paper_still_to_come_appears() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, item) = store_with_item();
    let path = dir.path().join("Voorstel effectmeting.pdf");
    let doc = linked(&mut store, item, &path, DocRole::Bijlage);
    assert_eq!(check_document(&doc), DocStatus::Missing);
    write(&path, b"%PDF-1.7");
    assert_eq!(check_document(&doc), DocStatus::Changed { what: vec![Change::Appeared] });
}

#[test]
fn a_newer_version_is_marked_and_relinked_in_its_role() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, item) = store_with_item();
    let old = dir.path().join("memo min.v6.0.docx");
    write(&old, b"v6.0");
    let background = dir.path().join("20220322_briefing_minister_MIT_Def.pdf");
    write(&background, b"briefing");
    linked(&mut store, item, &background, DocRole::Achtergrond);
    let doc = linked(&mut store, item, &old, DocRole::Bijlage);
    let newer: PathBuf = dir.path().join("memo min.v6.1.docx");
    write(&newer, b"v6.1 met wijzigingen");

    let statuses = check_item_documents(&store, item).unwrap();
    assert_eq!(statuses[0].1, DocStatus::Unchanged);
    assert_eq!(statuses[1].1, DocStatus::NewerVersion { path: newer.clone() });

    // Relink with one key: same role, same place, the new file's facts.
    let DocStatus::NewerVersion { path } = check_document(&doc) else { panic!("a newer version is beside it") };
    let new_id = store.relink_document(item, doc.id, &path).unwrap();
    let docs = store.item_documents(item).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].document.id, new_id);
    assert_eq!(docs[1].role, DocRole::Bijlage);
    assert_eq!(docs[1].document.version_label, "v6.1");
    assert_eq!(check_document(&docs[1].document), DocStatus::Unchanged);

    // The old file gone and a newer one beside it: the newer version is what matters.
    fs::remove_file(&old).unwrap();
    write(&dir.path().join("memo min.v6.2.docx"), b"v6.2");
    assert!(
        matches!(check_document(&docs[1].document), DocStatus::NewerVersion { path } if path.ends_with("memo min.v6.2.docx"))
    );
}

#[test]
fn one_key_refreshes_a_marked_link() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, item) = store_with_item();
    let path = dir.path().join("Programmaplan v2.pdf");
    write(&path, b"plan v2");
    let doc = linked(&mut store, item, &path, DocRole::Oplegger);
    let unchanged = refresh_link(&mut store, item, doc.id).unwrap_err();
    assert!(unchanged.to_string().contains("has not changed"), "{unchanged}");

    // Changed in place: the new facts are recorded, the link stays.
    write(&path, b"plan v2, aangevuld");
    assert_eq!(refresh_link(&mut store, item, doc.id).unwrap(), doc.id);
    assert_eq!(check_item_documents(&store, item).unwrap()[0].1, DocStatus::Unchanged);

    // A second download with the same bytes is no newer version; a real v3 is.
    write(&dir.path().join("Programmaplan v2 (1).pdf"), b"plan v2, aangevuld");
    assert_eq!(check_item_documents(&store, item).unwrap()[0].1, DocStatus::Unchanged);
    write(&dir.path().join("Programmaplan v3.pdf"), b"plan v3");
    let v3 = refresh_link(&mut store, item, doc.id).unwrap();
    let docs = store.item_documents(item).unwrap();
    assert_eq!((docs.len(), docs[0].document.id, docs[0].role), (1, v3, DocRole::Oplegger));
    assert!(docs[0].document.path.ends_with("Programmaplan v3.pdf"));

    // Gone without successor: refused, the link unchanged.
    fs::remove_file(dir.path().join("Programmaplan v3.pdf")).unwrap();
    assert!(refresh_link(&mut store, item, v3).is_err());
    assert_eq!(store.item_documents(item).unwrap()[0].document.id, v3);
    assert!(refresh_link(&mut store, item, annoteer::domain::DocumentId(999)).is_err());
}

#[test]
fn a_folder_is_never_linked_as_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, item) = store_with_item();
    let folder = dir.path().join("stukken");
    fs::create_dir(&folder).unwrap();
    for path in [folder.clone(), dir.path().join("stukken/"), dir.path().to_path_buf()] {
        let err = store.link_document(item, &path, DocRole::Bijlage).unwrap_err().to_string();
        assert!(err.contains("is a folder, not a file"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert!(store.item_documents(item).unwrap().is_empty(), "a refusal links nothing");

    // Nor does a link move to a folder; the old one stays as it was.
    let file = folder.join("memo min.v6.0.docx");
    write(&file, b"v6.0");
    let doc = linked(&mut store, item, &file, DocRole::Oplegger);
    let err = store.relink_document(item, doc.id, &folder).unwrap_err().to_string();
    assert!(err.contains("is a folder, not a file"), "{err}");
    let docs = store.item_documents(item).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!((docs[0].document.id, docs[0].role), (doc.id, DocRole::Oplegger));

    // A file that is not there yet (a paper still to come) can still be linked.
    assert!(store.link_document(item, &folder.join("later.pdf"), DocRole::Bijlage).is_ok());
}
