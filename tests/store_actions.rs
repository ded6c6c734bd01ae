//! Action points in the store: deleting one entered by mistake (into the trash), and putting it back as it was.

use annoteer::domain::{ActionDraft, ActionStatus, ItemDraft, MeetingDraft};
use annoteer::store::{DeletedKind, Placement, Restored, Store};

fn setup() -> (Store, annoteer::domain::MeetingId, annoteer::domain::ItemId, annoteer::domain::ActionId) {
    let mut s = Store::open_in_memory().unwrap();
    let m = s
        .create_meeting(&MeetingDraft { body: "MIO".into(), date: "2022-03-30".into(), ..Default::default() })
        .unwrap();
    let i = s
        .add_item(
            m,
            Placement::End { parent: None },
            None,
            &ItemDraft { title: "Werving".into(), ..Default::default() },
        )
        .unwrap();
    let a = s
        .add_action(&ActionDraft {
            code: "1102.5.1".into(),
            owner: "PGT".into(),
            text: "Notitie opstellen".into(),
            deadline: "Mei 2022".into(),
            remarks: "na overleg".into(),
            meeting_id: Some(m),
            item_id: Some(i),
        })
        .unwrap();
    s.set_action_status(a, ActionStatus::Done).unwrap();
    (s, m, i, a)
}

#[test]
fn a_deleted_action_comes_back_whole_under_its_old_id() {
    let (mut s, m, _, a) = setup();
    let before = s.action(a).unwrap();
    let trash = s.delete_action(a).unwrap();
    assert!(s.meeting_actions(m).unwrap().is_empty());
    assert_eq!(s.undo_delete(trash).unwrap(), Restored::Action(a));
    assert_eq!(s.action(a).unwrap(), before, "code, status, remarks, item: all as they were");
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn an_action_whose_item_went_comes_back_unlinked_and_without_its_meeting_not_at_all() {
    let (mut s, m, i, a) = setup();
    let trash = s.delete_action(a).unwrap();
    s.delete_item(i).unwrap();
    s.undo_delete(trash).unwrap();
    assert_eq!(s.action(a).unwrap().item_id, None);
    let again = s.delete_action(a).unwrap();
    s.delete_meeting(m).unwrap();
    assert!(s.undo_delete(again).is_err());
    assert!(s.action_list(true).unwrap().is_empty(), "nothing half written");
    let kinds: Vec<_> = s.deleted_things().unwrap().iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DeletedKind::Meeting, DeletedKind::Action, DeletedKind::Item], "it waits for its meeting");
}

#[test]
fn deleting_a_missing_action_is_an_error_that_changes_nothing() {
    let (mut s, m, _, a) = setup();
    assert!(s.delete_action(annoteer::domain::ActionId(a.0 + 100)).is_err());
    assert_eq!(s.meeting_actions(m).unwrap().len(), 1);
}
