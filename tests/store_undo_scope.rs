//! Undo stays in the meeting on screen, across restarts, and says what came back where (issue 16).

use annoteer::domain::{ActionDraft, DecisionDraft, DecisionId, ItemDraft, MeetingDraft, MeetingId};
use annoteer::store::{Access, DeletedKind, Placement, Restored, Store, UndoScope};
use rusqlite::Connection;

fn meeting(s: &mut Store, body: &str, date: &str, titles: &[&str]) -> MeetingId {
    let m = s.create_meeting(&MeetingDraft { body: body.into(), date: date.into(), ..Default::default() }).unwrap();
    for t in titles {
        s.add_item(m, Placement::End { parent: None }, None, &ItemDraft { title: (*t).into(), ..Default::default() })
            .unwrap();
    }
    m
}

fn titles(s: &Store, m: MeetingId) -> Vec<String> {
    s.agenda(m).unwrap().into_iter().map(|i| format!("{} {}", i.number, i.title)).collect()
}

#[test]
fn undo_in_another_meeting_after_a_restart_restores_nothing_there() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let (a, b) = {
        let mut s = Store::open(&db, Access::Create).unwrap();
        let a = meeting(&mut s, "Stuurgroep MIT", "2022-03-24", &["Opening", "Verslag", "Rondvraag"]);
        let b = meeting(&mut s, "HASG", "2022-03-17", &["Opening", "Voorstel"]);
        let verslag = s.agenda(a).unwrap()[1].id;
        s.delete_item(verslag).unwrap();
        (a, b)
    };
    // A new session, meeting B on screen: `u` there must not reach into A.
    let mut s = Store::open(&db, Access::Existing).unwrap();
    assert_eq!(s.undo_last_in(UndoScope::Meeting(b)).unwrap(), None);
    assert_eq!(titles(&s, a), ["1 Opening", "2 Rondvraag"]);
    assert_eq!(titles(&s, b), ["1 Opening", "2 Voorstel"]);
    assert_eq!(s.undo_last_in(UndoScope::Meetings).unwrap(), None, "no meeting was deleted");

    // In A it comes back, and the answer says what and where.
    let undone = s.undo_last_in(UndoScope::Meeting(a)).unwrap().expect("the delete in A");
    assert!(matches!(undone.restored, Restored::Item(m, _) if m == a));
    assert_eq!(undone.what.kind, DeletedKind::Item);
    assert_eq!((undone.what.number.as_str(), undone.what.title.as_str()), ("2", "Verslag"));
    assert_eq!((undone.what.body.as_str(), undone.what.date.as_str()), ("Stuurgroep MIT", "2022-03-24"));
    assert_eq!(titles(&s, a), ["1 Opening", "2 Verslag", "3 Rondvraag"]);
    assert_eq!(s.undo_last_in(UndoScope::Meeting(a)).unwrap(), None, "an undo happens once");
}

#[test]
fn the_list_of_deleted_things_says_what_where_and_when_and_restores_by_choice() {
    let mut s = Store::open_in_memory().unwrap();
    let a = meeting(&mut s, "Stuurgroep MIT", "2022-03-24", &["Opening", "Verslag", "Rondvraag"]);
    let b = meeting(&mut s, "HASG", "2022-03-17", &["Opening"]);
    let verslag = s.agenda(a).unwrap()[1].id;
    s.delete_item(verslag).unwrap();
    let opening = s.agenda(a).unwrap()[0].id;
    s.delete_item(opening).unwrap();
    s.delete_meeting(b).unwrap();

    let list = s.deleted_things().unwrap();
    let seen: Vec<(DeletedKind, UndoScope, &str, &str, &str)> =
        list.iter().map(|d| (d.kind, d.scope, d.number.as_str(), d.title.as_str(), d.body.as_str())).collect();
    assert_eq!(
        seen,
        [
            (DeletedKind::Meeting, UndoScope::Meetings, "", "", "HASG"),
            (DeletedKind::Item, UndoScope::Meeting(a), "1", "Opening", "Stuurgroep MIT"),
            (DeletedKind::Item, UndoScope::Meeting(a), "2", "Verslag", "Stuurgroep MIT"),
        ]
    );
    assert_eq!(list[0].items_with_it, 1, "the meeting went with its one item");
    assert!(list.iter().all(|d| d.deleted_at > 1_600_000_000));

    // Not the latest in A (Opening), but the one chosen from the list (Verslag), at its old place.
    let undone = s.restore_deleted(list[2].id).unwrap();
    assert_eq!((undone.what.number.as_str(), undone.what.title.as_str()), ("2", "Verslag"));
    assert_eq!(titles(&s, a), ["1 Rondvraag", "2 Verslag"]);
    // The meetings list's undo brings back the meeting, not an item.
    let undone = s.undo_last_in(UndoScope::Meetings).unwrap().unwrap();
    assert_eq!(undone.restored, Restored::Meeting(b));
    assert_eq!(s.deleted_things().unwrap().len(), 1);
}

#[test]
fn a_version_1_database_keeps_its_trash_and_learns_where_each_delete_happened() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v1.db");
    {
        let c = Connection::open(&db).unwrap();
        c.execute_batch(include_str!("fixtures/schema_v1.sql")).unwrap();
        c.execute_batch(&format!(
            "PRAGMA application_id = {}; PRAGMA user_version = 1;",
            annoteer::store::APPLICATION_ID
        ))
        .unwrap();
        c.execute_batch(
            "INSERT INTO bodies (id, name) VALUES (1, 'SG');
             INSERT INTO meetings (id, body_id, date, created_at, updated_at) VALUES (7, 1, '2022-03-24', 0, 0);
             INSERT INTO items (id, meeting_id, position, title, created_at, updated_at)
                 VALUES (1, 7, 0, 'Opening', 0, 0);",
        )
        .unwrap();
        // A deleted item as version 1 kept it.
        let payload = r#"{"tables":[["items",[[["id",2],["meeting_id",7],["parent_id",null],["part_id",null],["position",1],["title","Verslag"],["treatment",null],["submitter",""],["has_attachment",0],["origin_note",""],["cover_treatment",null],["annotation",""],["advice_stance",null],["advice_text",""],["talking_points",""],["notes",""],["revision",0],["created_at",0],["updated_at",0]]]],["item_documents",[]],["item_links",[]]],"relinks":[]}"#;
        c.execute("INSERT INTO trash (kind, payload, deleted_at) VALUES ('item', ?1, 5)", [payload]).unwrap();
    }
    {
        let mut s = Store::open(&db, Access::Existing).unwrap();
        let list = s.deleted_things().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].scope, UndoScope::Meeting(MeetingId(7)));
        assert_eq!(list[0].title, "Verslag");
        assert_eq!(s.send_by(MeetingId(7)).unwrap(), "");
        assert_eq!(s.undo_last_in(UndoScope::Meeting(MeetingId(8))).unwrap(), None);
        assert!(s.undo_last_in(UndoScope::Meeting(MeetingId(7))).unwrap().is_some());
        assert_eq!(titles(&s, MeetingId(7)), ["1 Opening", "2 Verslag"]);
    }
    // Reopened, the migrated file looks exactly like a new one of this version.
    let s = Store::open(&db, Access::Existing).unwrap();
    assert!(s.check().unwrap().is_empty());
    assert!(dir.path().join("v1.v1.backup.db").exists(), "a backup was taken before migrating");
}

#[test]
fn items_deleted_together_come_back_together_in_their_places() {
    let mut s = Store::open_in_memory().unwrap();
    let a =
        meeting(&mut s, "Stuurgroep MIT", "2022-03-24", &["Opening", "Verslag", "Voorstel", "Rondvraag", "Sluiting"]);
    let agenda = s.agenda(a).unwrap();
    let voorstel = agenda[2].id;
    s.add_item(
        a,
        Placement::End { parent: Some(voorstel) },
        None,
        &ItemDraft { title: "Bijlage".into(), ..Default::default() },
    )
    .unwrap();
    let before = titles(&s, a);
    // Verslag and Voorstel (with its sub-item), as one step: one undo brings all back.
    s.delete_items(&[agenda[1].id, voorstel]).unwrap();
    assert_eq!(titles(&s, a), ["1 Opening", "2 Rondvraag", "3 Sluiting"]);
    let listed = &s.deleted_things().unwrap()[0];
    assert_eq!((listed.together, listed.number.as_str(), listed.items_with_it), (2, "2–3", 1));
    let undone = s.undo_last_in(UndoScope::Meeting(a)).unwrap().expect("one step");
    assert_eq!(titles(&s, a), before);
    assert!(s.check().unwrap().is_empty());
    assert_eq!(
        annoteer::locale::Lang::Nl.undone(&undone.what),
        "Punten 2–3 teruggezet in Stuurgroep MIT 24 maart 2022."
    );
    assert_eq!(s.undo_last_in(UndoScope::Meeting(a)).unwrap(), None, "nothing else was deleted");

    // Taking back what an import appended: the agenda is as it was before the import.
    let appended: Vec<_> = ["Nieuw 1", "Nieuw 2"]
        .iter()
        .map(|t| {
            s.add_item(
                a,
                Placement::End { parent: None },
                None,
                &ItemDraft { title: (*t).into(), ..Default::default() },
            )
            .unwrap()
        })
        .collect();
    s.delete_items(&appended).unwrap();
    assert_eq!(titles(&s, a), before);
    let other = meeting(&mut s, "HASG", "2022-03-17", &["Opening"]);
    let mixed = [s.agenda(a).unwrap()[0].id, s.agenda(other).unwrap()[0].id];
    assert!(s.delete_items(&mixed).is_err(), "one step is one meeting");
    assert_eq!(titles(&s, other), ["1 Opening"]);
}

#[test]
fn the_undo_message_says_what_came_back_where() {
    let mut s = Store::open_in_memory().unwrap();
    let a = meeting(&mut s, "Stuurgroep MIT", "2022-03-24", &["Opening", "Verslag"]);
    let verslag = s.agenda(a).unwrap()[1].id;
    s.delete_item(verslag).unwrap();
    let undone = s.undo_last_in(UndoScope::Meeting(a)).unwrap().unwrap();
    use annoteer::locale::Lang;
    assert_eq!(Lang::Nl.undone(&undone.what), "Punt 2 'Verslag' teruggezet in Stuurgroep MIT 24 maart 2022.");
    assert_eq!(Lang::En.undone(&undone.what), "Item 2 'Verslag' restored in Stuurgroep MIT 24 March 2022.");
    s.delete_meeting(a).unwrap();
    let undone = s.undo_last_in(UndoScope::Meetings).unwrap().unwrap();
    assert_eq!(Lang::Nl.undone(&undone.what), "Vergadering Stuurgroep MIT 24 maart 2022 met 2 punten teruggezet.");
}

fn decision(s: &mut Store, m: MeetingId, reference: &str, text: &str) -> DecisionId {
    let item = s.agenda(m).unwrap()[0].id;
    s.add_decision(&DecisionDraft {
        meeting_id: Some(m),
        item_id: Some(item),
        date: s.meeting(m).unwrap().date,
        text: text.into(),
        reference: reference.into(),
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn a_deleted_decision_waits_in_the_trash_of_its_meeting_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let (a, b, d, before) = {
        let mut s = Store::open(&db, Access::Create).unwrap();
        let a = meeting(&mut s, "Stuurgroep MIT", "2022-03-24", &["Opening", "Verslag"]);
        let b = meeting(&mut s, "HASG", "2022-03-17", &["Opening"]);
        let d = decision(&mut s, a, "Agendapunt 1", "De stuurgroep stelt de agenda vast.\nZonder wijzigingen.");
        decision(&mut s, b, "Agendapunt 1", "Vastgesteld.");
        let before = s.decision(d).unwrap();
        s.delete_decision(d).unwrap();
        assert!(s.decision(d).is_err(), "gone from the store");
        (a, b, d, before)
    };
    let mut s = Store::open(&db, Access::Existing).unwrap();
    // Not from another meeting, nor from A's agenda or action points, nor from the meetings list.
    for scope in [UndoScope::Decisions(b), UndoScope::Meeting(a), UndoScope::Actions(a), UndoScope::Meetings] {
        assert_eq!(s.undo_last_in(scope).unwrap(), None, "{scope:?}");
    }
    assert!(s.decision(d).is_err());
    let list = s.deleted_things().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].kind, list[0].scope), (DeletedKind::Decision, UndoScope::Decisions(a)));
    assert_eq!(
        (list[0].number.as_str(), list[0].title.as_str(), list[0].body.as_str(), list[0].date.as_str()),
        ("Agendapunt 1", "De stuurgroep stelt de agenda vast.", "Stuurgroep MIT", "2022-03-24")
    );

    let undone = s.undo_last_in(UndoScope::Decisions(a)).unwrap().expect("the decision deleted in A");
    assert_eq!(undone.restored, Restored::Decision(d));
    assert_eq!(s.decision(d).unwrap(), before, "under its old id, linked to its item as before");
    assert_eq!(
        annoteer::locale::Lang::Nl.undone(&undone.what),
        "Besluit Agendapunt 1 'De stuurgroep stelt de agenda vast.' teruggezet in \
         Stuurgroep MIT 24 maart 2022."
    );
    assert_eq!(s.undo_last_in(UndoScope::Decisions(a)).unwrap(), None, "an undo happens once");
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn action_points_and_decisions_each_come_back_in_their_own_list() {
    let mut s = Store::open_in_memory().unwrap();
    let a = meeting(&mut s, "MIO", "2022-03-30", &["Werving"]);
    let d = decision(&mut s, a, "", "Akkoord met de werving.");
    let action = s
        .add_action(&ActionDraft {
            code: "1102.5.1".into(),
            text: "Notitie opstellen".into(),
            meeting_id: Some(a),
            ..Default::default()
        })
        .unwrap();
    s.delete_decision(d).unwrap();
    s.delete_action(action).unwrap();
    // The latest delete is the action point's; the decisions' list still gets its decision.
    let undone = s.undo_last_in(UndoScope::Decisions(a)).unwrap().unwrap();
    assert_eq!(undone.restored, Restored::Decision(d));
    assert_eq!(
        annoteer::locale::Lang::En.deleted_line(&undone.what).split(" · ").next(),
        Some("Decision 'Akkoord met de werving.'")
    );
    assert!(s.action(action).is_err(), "the action point stays deleted");
    let undone = s.undo_last_in(UndoScope::Actions(a)).unwrap().unwrap();
    assert_eq!(undone.restored, Restored::Action(action));
    assert_eq!(
        annoteer::locale::Lang::En.undone(&undone.what),
        "Action point 1102.5.1 'Notitie opstellen' restored in MIO 30 March 2022."
    );
}

#[test]
fn the_trash_keeps_its_rows_and_its_counter_through_the_version_6_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v1.db");
    {
        let c = Connection::open(&db).unwrap();
        c.execute_batch(include_str!("fixtures/schema_v1.sql")).unwrap();
        c.execute_batch(&format!(
            "PRAGMA application_id = {}; PRAGMA user_version = 1;",
            annoteer::store::APPLICATION_ID
        ))
        .unwrap();
        c.execute_batch(
            "INSERT INTO bodies (id, name) VALUES (1, 'SG');
             INSERT INTO meetings (id, body_id, date, created_at, updated_at) VALUES (7, 1, '2022-03-24', 0, 0);
             INSERT INTO items (id, meeting_id, position, title, created_at, updated_at)
                 VALUES (1, 7, 0, 'Opening', 0, 0);
             INSERT INTO trash (id, kind, payload, deleted_at) VALUES (4, 'meeting', '{}', 5);
             UPDATE sqlite_sequence SET seq = 9 WHERE name = 'trash';",
        )
        .unwrap();
    }
    let mut s = Store::open(&db, Access::Existing).unwrap();
    assert_eq!(s.deleted_things().unwrap().iter().map(|d| d.id.0).collect::<Vec<_>>(), [4]);
    let next = s.delete_item(annoteer::domain::ItemId(1)).unwrap();
    assert_eq!(next.0, 10, "an id once given out is not given again");
    drop(s);
    // Reopened, the schema check of version 6 holds for the rebuilt table.
    assert!(Store::open(&db, Access::Existing).unwrap().check().unwrap().is_empty());
}
