//! Schema 3 (the mail import's): a version-1 database is migrated through 2, keeps its links, and is then
//! indistinguishable from a new one (the schema check compares every table's text).

use annoteer::domain::{DocRole, ItemId, MeetingId};
use annoteer::store::{Access, Store, APPLICATION_ID, SCHEMA_VERSION};
use std::path::Path;

fn version_1_database(path: &Path) {
    let sql =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema_v1.sql")).unwrap();
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&sql).unwrap();
    conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;")).unwrap();
    conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)).unwrap();
    conn.execute_batch(
        "INSERT INTO bodies (name) VALUES ('Stuurgroep MIT');
         INSERT INTO meetings (body_id, date, created_at, updated_at) VALUES (1, '2022-03-24', 0, 0);
         INSERT INTO items (meeting_id, position, title, created_at, updated_at) VALUES (1, 0, 'Verslag', 0, 0);
         INSERT INTO documents (path, title) VALUES ('/stukken/verslag.docx', 'verslag');
         INSERT INTO item_documents (item_id, document_id, role, position) VALUES (1, 1, 'bijlage', 0);",
    )
    .unwrap();
}

#[test]
fn version_1_is_migrated_and_then_opens_as_the_current_version() {
    assert_eq!(
        SCHEMA_VERSION, 6,
        "3 added the mail papers, 4 send_by and the trash scope, 5 the cover readings, 6 decisions in the trash"
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    version_1_database(&db);
    {
        let mut store = Store::open(&db, Access::Existing).unwrap();
        let linked = store.item_documents(ItemId(1)).unwrap();
        assert_eq!(linked.len(), 1);
        assert_eq!(linked[0].document.path, "/stukken/verslag.docx");
        assert_eq!(linked[0].role, DocRole::Bijlage);
        // The new role and the new tables work.
        store.link_document(ItemId(1), Path::new("/stukken/verslag v2.docx"), DocRole::Verslag).unwrap();
        store.link_meeting_document(MeetingId(1), Path::new("/stukken/planning.xlsx"), DocRole::Bijlage).unwrap();
    }
    assert!(dir.path().join("a.v1.backup.db").exists(), "a backup before migrating");
    // Reopening runs the schema check of the current version on the migrated file.
    let store = Store::open(&db, Access::Existing).unwrap();
    let roles: Vec<DocRole> = store.item_documents(ItemId(1)).unwrap().iter().map(|d| d.role).collect();
    assert_eq!(roles, vec![DocRole::Bijlage, DocRole::Verslag]);
    assert_eq!(store.meeting_documents(MeetingId(1)).unwrap().len(), 1);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_meeting_paper_is_moved_to_an_item_and_deleted_meetings_bring_theirs_back() {
    let mut store = Store::open_in_memory().unwrap();
    let draft = annoteer::domain::MeetingDraft { body: "KLO".into(), date: "2022-03-08".into(), ..Default::default() };
    let parsed =
        annoteer::import::agenda_draft(&annoteer::import::agenda::parse_agenda("1. Opening\n2. Opdracht LE\n"));
    let (meeting, items) = store.create_meeting_with_agenda(&draft, &parsed).unwrap();
    let doc = store.link_meeting_document(meeting, Path::new("/s/oplegger.docx"), DocRole::Oplegger).unwrap();
    let trash = store.delete_meeting(meeting).unwrap();
    store.undo_delete(trash).unwrap();
    assert_eq!(store.meeting_documents(meeting).unwrap().len(), 1, "undo brings the meeting's paper back");
    store.move_meeting_document_to_item(doc, items[1]).unwrap();
    assert!(store.meeting_documents(meeting).unwrap().is_empty());
    let linked = store.item_documents(items[1]).unwrap();
    assert_eq!((linked[0].document.id, linked[0].role), (doc, DocRole::Oplegger));
    // Unlinking the last link forgets the document; a meeting link alone keeps it.
    let other = store.link_meeting_document(meeting, Path::new("/s/planning.xlsx"), DocRole::Bijlage).unwrap();
    store.link_document(items[0], Path::new("/s/planning.xlsx"), DocRole::Bijlage).unwrap();
    store.unlink_document(items[0], other).unwrap();
    assert_eq!(store.meeting_documents(meeting).unwrap()[0].document.id, other);
}

#[test]
fn a_mail_import_is_written_whole_or_not_at_all() {
    use annoteer::domain::DocSource;
    use annoteer::store::{MailImport, MailMeeting, PaperLink, PaperPlace};
    let mut store = Store::open_in_memory().unwrap();
    let parsed =
        annoteer::import::agenda_draft(&annoteer::import::agenda::parse_agenda("1. Opening\n2. Programmaplan 2027\n"));
    let draft = annoteer::domain::MeetingDraft {
        body: "Stuurgroep MIT".into(),
        date: "2026-12-10".into(),
        ..Default::default()
    };
    let (other, other_items) = store
        .create_meeting_with_agenda(
            &annoteer::domain::MeetingDraft { date: "2026-11-12".into(), ..draft.clone() },
            &parsed,
        )
        .unwrap();
    let paper =
        |place| PaperLink { path: "/s/programmaplan.docx".into(), place, role: DocRole::Bijlage, replaces: None };
    let source = DocSource { sender: "Bestuurssecretariaat".into(), sent: "2026-12-02".into(), subject: "x".into() };
    let mut import = MailImport {
        meeting: MailMeeting::New(draft),
        agenda: parsed.clone(),
        papers: vec![paper(PaperPlace::NewItem(1)), paper(PaperPlace::Item(other_items[0]))],
        moves: Vec::new(),
        source,
    };
    // A paper aimed at another meeting's item: refused, and the new meeting with it.
    assert!(store.import_mail(&import).is_err());
    assert_eq!(store.meetings().unwrap().len(), 1);
    assert!(store.item_documents(other_items[0]).unwrap().is_empty());

    import.papers = vec![paper(PaperPlace::NewItem(1))];
    let done = store.import_mail(&import).unwrap();
    assert_ne!(done.meeting, other);
    let linked = store.item_documents(done.items[1]).unwrap();
    assert_eq!(linked[0].document.path, "/s/programmaplan.docx");
    let source = store.document_source(linked[0].document.id).unwrap().unwrap();
    assert_eq!((source.sender.as_str(), source.sent.as_str()), ("Bestuurssecretariaat", "2026-12-02"));

    // A later version takes the place of the earlier one, role and all.
    let later = MailImport {
        meeting: MailMeeting::Existing(done.meeting),
        agenda: Default::default(),
        papers: vec![PaperLink {
            path: "/s/programmaplan v2.docx".into(),
            place: PaperPlace::Meeting,
            role: DocRole::Achtergrond,
            replaces: Some(linked[0].document.id),
        }],
        moves: Vec::new(),
        source: DocSource::default(),
    };
    store.import_mail(&later).unwrap();
    let now: Vec<(String, DocRole)> =
        store.item_documents(done.items[1]).unwrap().into_iter().map(|d| (d.document.path, d.role)).collect();
    assert_eq!(now, vec![("/s/programmaplan v2.docx".to_string(), DocRole::Bijlage)]);
    assert!(store.meeting_documents(done.meeting).unwrap().is_empty());
}
