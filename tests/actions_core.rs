//! The action list's core (issue 18): which actions show, in what order, how many of how many; owners as
//! one whatever their case; a deadline in words after the dated ones and never overdue.

mod action_fixture;

use action_fixture::{fixture, today};
use annoteer::actions::{self, ActionEntry, ActionFilter, Deadline, DueFilter, SortKey, StatusFilter};
use annoteer::dates::Date;
use annoteer::domain::{ActionDraft, ActionStatus};

fn codes(entries: &[ActionEntry], filter: &ActionFilter, sort: SortKey) -> Vec<String> {
    let l = actions::list(entries, filter, sort, today(), &[]);
    l.shown.iter().map(|&i| entries[i].row.action.code.clone()).collect()
}

#[test]
fn the_default_is_the_open_ones_overdue_first_then_soonest_then_words_then_none() {
    let f = fixture();
    let entries = actions::load(&f.store).unwrap();
    let l = actions::list(&entries, &ActionFilter::default(), SortKey::Deadline, today(), &[]);
    assert_eq!((l.shown.len(), l.total), (5, 6));
    assert_eq!(
        codes(&entries, &ActionFilter::default(), SortKey::Deadline),
        ["1602.2.1", "3003.1.1", "1102.5.1", "1602.2.2", "3003.1.2"]
    );
    let c = actions::counts(&entries, &l, today());
    assert_eq!((c.open, c.overdue, c.done), (5, 1, 0));
}

#[test]
fn a_deadline_in_words_sorts_after_the_dated_ones_and_is_never_overdue() {
    let mut f = fixture();
    let m = f.sg_feb;
    for (code, deadline) in [("9.1", "na de zomer"), ("9.2", "z.s.m."), ("9.3", "2000-01-01"), ("9.4", "Q3")] {
        f.store
            .add_action(&ActionDraft {
                code: code.into(),
                text: format!("actie {code}"),
                deadline: deadline.into(),
                meeting_id: Some(m),
                ..Default::default()
            })
            .unwrap();
    }
    let entries = actions::load(&f.store).unwrap();
    let far_future = Date::parse_iso("2999-12-31").unwrap();
    for e in &entries {
        let words = ["na de zomer", "z.s.m.", "Q3", "Mei 2022"].contains(&e.row.action.deadline.as_str());
        assert_eq!(Deadline::of(&e.row) == Deadline::Text, words, "{}", e.row.action.deadline);
        if words {
            assert!(!actions::is_overdue(&e.row, far_future), "{} is never overdue", e.row.action.deadline);
        }
    }
    let order = codes(&entries, &ActionFilter::default(), SortKey::Deadline);
    let pos = |c: &str| order.iter().position(|x| x == c).unwrap();
    // Dated ones (the oldest overdue first), then the words, then the action without a deadline.
    assert_eq!(order[0], "9.3");
    for words in ["9.1", "9.2", "9.4", "1602.2.2", "1102.5.1"] {
        for dated in ["9.3", "1602.2.1", "3003.1.1"] {
            assert!(pos(dated) < pos(words), "{dated} before {words}: {order:?}");
        }
        assert!(pos(words) < pos("3003.1.2"), "words before none: {order:?}");
    }
    // A month alone is text (issue 18): "Mei 2022" names no day, sorts with the words, is never overdue.
    let labs = entries.iter().find(|e| e.row.action.code == "1102.5.1").unwrap();
    assert_eq!(actions::due_date(&labs.row), None);
    assert!(!actions::is_overdue(&labs.row, Date::parse_iso("2030-01-01").unwrap()));
}

#[test]
fn filters_by_status_deadline_body_owner_and_words() {
    let f = fixture();
    let e = actions::load(&f.store).unwrap();
    let by = |filter: ActionFilter| codes(&e, &filter, SortKey::Code);
    assert_eq!(by(ActionFilter { status: StatusFilter::Overdue, ..Default::default() }), ["1602.2.1"]);
    assert_eq!(by(ActionFilter { status: StatusFilter::Done, ..Default::default() }), ["1602.5.2"]);
    assert_eq!(by(ActionFilter { status: StatusFilter::All, ..Default::default() }).len(), 6);
    assert_eq!(by(ActionFilter { due: DueFilter::ThisWeek, ..Default::default() }), ["3003.1.1"]);
    assert_eq!(by(ActionFilter { due: DueFilter::ThisMonth, ..Default::default() }), ["3003.1.1"]);
    assert_eq!(by(ActionFilter { due: DueFilter::Overdue, ..Default::default() }), ["1602.2.1"]);
    assert_eq!(by(ActionFilter { body: Some("mio".into()), ..Default::default() }), ["3003.1.1", "3003.1.2"]);
    // "pgt" was stored as PGT (one owner); "PGT, JenV" holds PGT too.
    assert_eq!(
        by(ActionFilter { owner: Some("pgt".into()), ..Default::default() }),
        ["1102.5.1", "1602.2.1", "3003.1.2"]
    );
    // The search's fuzzy words: "mitlabs" finds "MIT-Labs", "govrnance" a typo'd governance.
    assert_eq!(by(ActionFilter { find: "mitlabs".into(), ..Default::default() }), ["1102.5.1"]);
    assert_eq!(by(ActionFilter { find: "govrnance kernteam".into(), ..Default::default() }), ["1102.5.1"]);
    assert_eq!(by(ActionFilter { find: "werving".into(), ..Default::default() }), ["3003.1.1"]);
    assert!(by(ActionFilter { find: "begroting".into(), ..Default::default() }).is_empty());
    // Words and filters together.
    let both = ActionFilter { owner: Some("JENV".into()), find: "brief".into(), ..Default::default() };
    assert_eq!(by(both), ["3003.1.2"]);
}

#[test]
fn the_orders_by_code_owner_and_meeting() {
    let f = fixture();
    let e = actions::load(&f.store).unwrap();
    let all = ActionFilter { status: StatusFilter::All, ..Default::default() };
    assert_eq!(
        codes(&e, &all, SortKey::Code),
        ["1102.5.1", "1602.2.1", "1602.2.2", "1602.5.2", "3003.1.1", "3003.1.2"]
    );
    // By owner (any case), then by deadline: JenV, LE (le), PGT, "PGT, JenV".
    assert_eq!(
        codes(&e, &all, SortKey::Owner),
        ["1602.2.2", "3003.1.1", "1602.5.2", "1602.2.1", "1102.5.1", "3003.1.2"]
    );
    // The newest meeting first (MIO of 30 March), then by code.
    assert_eq!(
        codes(&e, &all, SortKey::Meeting),
        ["3003.1.1", "3003.1.2", "1102.5.1", "1602.2.1", "1602.2.2", "1602.5.2"]
    );
    assert_eq!(SortKey::Deadline.next().next().next().next(), SortKey::Deadline);
}

#[test]
fn a_closed_action_kept_in_view_keeps_its_place() {
    let mut f = fixture();
    let before = codes(&actions::load(&f.store).unwrap(), &ActionFilter::default(), SortKey::Deadline);
    f.store.set_action_status(f.labs, ActionStatus::Done).unwrap();
    let e = actions::load(&f.store).unwrap();
    let kept = actions::list(&e, &ActionFilter::default(), SortKey::Deadline, today(), &[f.labs]);
    let kept: Vec<_> = kept.shown.iter().map(|&i| e[i].row.action.code.clone()).collect();
    assert_eq!(kept, before);
    let gone = codes(&e, &ActionFilter::default(), SortKey::Deadline);
    assert!(!gone.contains(&"1102.5.1".to_string()));
}

#[test]
fn owners_are_one_whatever_their_case() {
    let mut f = fixture();
    assert_eq!(f.store.action_owners().unwrap(), ["JenV", "LE", "PGT", "PGT, JenV"]);
    let e = actions::load(&f.store).unwrap();
    let b = e.iter().find(|e| e.row.action.code == "1602.2.1").unwrap();
    assert_eq!(b.row.action.owner, "PGT", "typed as pgt, stored as the owner already known");
    // Editing keeps to the known spelling too.
    let id = b.row.action.id;
    let mut draft = ActionDraft { text: "Verslag aanpassen".into(), owner: " jenv ".into(), ..Default::default() };
    draft.meeting_id = Some(f.sg_feb);
    f.store.update_action(id, &draft).unwrap();
    assert_eq!(f.store.action(id).unwrap().owner, "JenV");
    // A new name is stored as typed.
    draft.owner = "Politie".into();
    f.store.update_action(id, &draft).unwrap();
    assert_eq!(f.store.action(id).unwrap().owner, "Politie");
}

#[test]
fn the_history_says_where_the_action_came_from_and_was_carried() {
    let f = fixture();
    let e = actions::load(&f.store).unwrap();
    let labs = e.iter().find(|e| e.row.action.id == f.labs).unwrap();
    assert_eq!((labs.item_number.as_str(), labs.item_title.as_str()), ("5", "MIT-Labs"));
    assert_eq!(labs.carried_into.len(), 1);
    let c = &labs.carried_into[0];
    assert_eq!((c.meeting_id, c.meeting_date.as_str(), c.body.as_str()), (f.sg_march, "2022-03-24", "Stuurgroep MIT"));
    assert!(c.item_number.starts_with('2'), "a sub-item of the Actielijst after Opening: {}", c.item_number);
    assert!(e.iter().filter(|x| x.row.action.id != f.labs).all(|x| x.carried_into.is_empty()));
}
