//! Carrying what is pending (postponed items, open action points) into the next meeting of a body.

use annoteer::domain::{
    ActionDraft, ActionStatus, DecisionDraft, DocRole, ItemDraft, ItemId, MeetingDraft, MeetingId, Stance, Treatment,
};
use annoteer::error::{ItemRefusal, MeetingRefusal, RecordRefusal, Refusal};
use annoteer::history::{self, Pending, Postponement};
use annoteer::locale::Lang;
use annoteer::store::{Placement, Store};
use annoteer::Error;
use std::path::Path;

fn meeting(s: &mut Store, body: &str, date: &str) -> MeetingId {
    s.create_meeting(&MeetingDraft { body: body.into(), date: date.into(), ..Default::default() }).unwrap()
}

fn item(s: &mut Store, m: MeetingId, title: &str, stance: Option<Stance>) -> ItemId {
    let draft = ItemDraft {
        title: title.into(),
        submitter: "PGT".into(),
        treatment: Some(Treatment::TerBespreking),
        advice_stance: stance,
        ..Default::default()
    };
    s.add_item(m, Placement::End { parent: None }, None, &draft).unwrap()
}

fn decide(s: &mut Store, m: MeetingId, i: ItemId, text: &str) {
    let date = s.meeting(m).unwrap().date;
    let d = DecisionDraft { meeting_id: Some(m), item_id: Some(i), date, text: text.into(), ..Default::default() };
    s.add_decision(&d).unwrap();
}

fn action(s: &mut Store, m: MeetingId, i: Option<ItemId>, code: &str, text: &str) -> annoteer::domain::ActionId {
    let draft = ActionDraft {
        code: code.into(),
        owner: "PGT".into(),
        text: text.into(),
        deadline: "2022-03-20".into(),
        meeting_id: Some(m),
        item_id: i,
        ..Default::default()
    };
    s.add_action(&draft).unwrap()
}

struct Setup {
    store: Store,
    sg: annoteer::domain::BodyId,
    plan: ItemId,
    money: ItemId,
    open_action: annoteer::domain::ActionId,
    new_meeting: MeetingId,
}

/// Two Stuurgroep meetings with postponed and settled items, a HASG and a later Stuurgroep meeting with
/// postponed items of their own, and actions open and done.
fn setup() -> Setup {
    let mut s = Store::open_in_memory().unwrap();
    let feb = meeting(&mut s, "Stuurgroep MIT", "2022-02-16");
    let mar = meeting(&mut s, "Stuurgroep MIT", "2022-03-02");
    let hasg = meeting(&mut s, "HASG", "2022-03-10");
    let later = meeting(&mut s, "Stuurgroep MIT", "2022-04-20");

    let plan = item(&mut s, feb, "Programmaplan 2022", None);
    let draft = ItemDraft { has_attachment: true, ..ItemDraft::from(&s.item(plan).unwrap()) };
    s.update_item(plan, &draft, 0).unwrap();
    decide(&mut s, feb, plan, "Het programmaplan is aangehouden; het komt terug in een volgende Stuurgroep.");
    s.link_document(plan, Path::new("/stukken/Programmaplan v2.pdf"), DocRole::Bijlage).unwrap();
    s.link_document(plan, Path::new("/stukken/Oplegger programmaplan.docx"), DocRole::Oplegger).unwrap();
    let money = item(&mut s, feb, "Financiën", Some(Stance::Aanhouden));
    let hiring = item(&mut s, feb, "Werving leidinggevenden", Some(Stance::Aanhouden));
    decide(&mut s, feb, hiring, "Akkoord met de werving in overleg met de moederorganisaties.");
    let housing = item(&mut s, feb, "Huisvesting", None);
    decide(&mut s, feb, housing, "Aangehouden.");
    let housing_again = item(&mut s, mar, "Huisvesting", None);
    s.link_earlier(housing_again, housing, "").unwrap();
    item(&mut s, hasg, "Effectmeting", Some(Stance::Aanhouden));
    item(&mut s, later, "Medezeggenschap", Some(Stance::Aanhouden));

    let open_action = action(&mut s, feb, Some(plan), "1602.1.1", "Programmaplan aanpassen aan de oriëntatie");
    let done = action(&mut s, feb, None, "1602.2.1", "Notitie werving rondsturen");
    s.set_action_status(done, ActionStatus::Done).unwrap();
    action(&mut s, hasg, None, "1003.1.1", "HASG-actie");
    let sg = s.body_by_name("Stuurgroep MIT").unwrap().unwrap().id;

    let new_meeting = meeting(&mut s, "Stuurgroep MIT", "2022-03-24");
    let opening = item(&mut s, new_meeting, "Opening", None);
    let _ = opening;
    item(&mut s, new_meeting, "Rondvraag", None);
    Setup { store: s, sg, plan, money, open_action, new_meeting }
}

#[test]
fn postponed_items_and_open_actions_of_the_body_are_proposed() {
    let Setup { store, sg, plan, money, open_action, .. } = setup();
    let pending = history::carry_over(&store, sg, "2022-03-24").unwrap();
    let mut postponed = Vec::new();
    let mut actions = Vec::new();
    for p in &pending {
        match p {
            Pending::Postponed { because, history } => postponed.push((history.item.item_id, because.clone())),
            Pending::OpenAction { action, meeting_date, history } => {
                actions.push(action.id);
                assert_eq!(meeting_date, "2022-02-16");
                assert_eq!(history.as_ref().map(|h| h.item.item_id), Some(plan), "the action's item and its history");
            }
        }
    }
    assert_eq!(postponed.len(), 2, "{postponed:#?}");
    assert_eq!(postponed[0].0, plan);
    assert!(matches!(&postponed[0].1, Postponement::Decision(t) if t.contains("aangehouden")));
    assert_eq!(postponed[1], (money, Postponement::Advice));
    assert_eq!(actions, vec![open_action], "done actions and other bodies' actions stay out");
}

#[test]
fn carrying_over_creates_linked_items_once() {
    let Setup { mut store, sg, plan, money, open_action, new_meeting } = setup();
    let pending = history::carry_over(&store, sg, "2022-03-24").unwrap();
    let made = history::carry_into(&mut store, new_meeting, &pending).unwrap();
    assert_eq!(made.len(), 3);

    let agenda = store.agenda(new_meeting).unwrap();
    let titles: Vec<(String, String)> = agenda.iter().map(|i| (i.number.clone(), i.title.clone())).collect();
    assert_eq!(
        titles,
        vec![
            ("1".to_string(), "Opening".to_string()),
            ("2".to_string(), "Programmaplan 2022".to_string()),
            ("3".to_string(), "Financiën".to_string()),
            ("4".to_string(), "Actielijst".to_string()),
            ("4.1".to_string(), "Actiepunt 1602.1.1: Programmaplan aanpassen aan de oriëntatie".to_string()),
            ("5".to_string(), "Rondvraag".to_string()),
        ],
        "carried items go before the Rondvraag"
    );

    let new_plan = store.item(made[0]).unwrap();
    assert_eq!(new_plan.treatment, Some(Treatment::TerBespreking));
    assert_eq!(new_plan.submitter, "PGT");
    assert_eq!(new_plan.origin(), "bijlage uit Stuurgroep MIT 16 februari 2022, PGT");
    assert!(new_plan.annotation.is_empty() && new_plan.advice_stance.is_none(), "advice is written anew");
    let earlier = store.earlier_items(made[0]).unwrap();
    assert_eq!(earlier.iter().map(|e| e.item_id).collect::<Vec<_>>(), vec![plan]);
    assert_eq!(earlier[0].note, "aangehouden in Stuurgroep MIT 16 februari 2022");
    let docs = store.item_documents(made[0]).unwrap();
    let roles: Vec<(String, DocRole)> = docs.iter().map(|d| (d.document.title.clone(), d.role)).collect();
    assert_eq!(
        roles,
        vec![
            ("Programmaplan v2".to_string(), DocRole::Bijlage),
            ("Oplegger programmaplan".to_string(), DocRole::Oplegger)
        ]
    );
    assert_eq!(store.item_chain(made[1]).unwrap().steps.iter().map(|s| s.item_id).collect::<Vec<_>>(), vec![money]);

    let carried_action = store.item(made[2]).unwrap();
    assert_eq!(carried_action.notes, "Deadline: 2022-03-20");
    assert_eq!(carried_action.submitter, "PGT");
    assert_eq!(store.earlier_items(made[2]).unwrap()[0].item_id, plan);
    assert_eq!(store.action(open_action).unwrap().status, ActionStatus::Open, "the action itself is untouched");

    // Taken up now: nothing is pending for this date any more, and a second carry makes nothing.
    assert!(history::carry_over(&store, sg, "2022-03-24").unwrap().is_empty());
    assert!(history::carry_into(&mut store, new_meeting, &pending).unwrap().is_empty());
    assert_eq!(store.agenda(new_meeting).unwrap().len(), 6);
    assert!(store.check().unwrap().is_empty());

    // The next meeting is offered the open action again, but not the items taken up on 24 March.
    let next = history::carry_over(&store, sg, "2022-04-06").unwrap();
    assert_eq!(next.len(), 1);
    assert!(matches!(&next[0], Pending::OpenAction { action, .. } if action.id == open_action));
}

#[test]
fn bad_carry_over_changes_nothing() {
    let Setup { mut store, sg, plan, open_action, new_meeting, .. } = setup();
    let before = store.agenda(new_meeting).unwrap();
    let done = store.action_list(true).unwrap().into_iter().find(|r| r.action.status == ActionStatus::Done).unwrap();
    let err = store.carry_over_into(new_meeting, &[plan], &[open_action, done.action.id]).unwrap_err();
    assert!(
        matches!(&err, Error::Refused(Refusal::Record(RecordRefusal::ActionDone(id))) if *id == done.action.id.0),
        "{err}"
    );
    assert_eq!(
        Lang::Nl.describe(&err),
        format!("actiepunt {} is afgerond; alleen open actiepunten worden overgenomen", done.action.id.0)
    );
    assert_eq!(store.agenda(new_meeting).unwrap(), before, "all or nothing");

    // An item of a later meeting cannot be carried back.
    let later = store.meetings_of_body(sg).unwrap().into_iter().find(|m| m.date == "2022-04-20").unwrap();
    let later_item = store.agenda(later.id).unwrap()[0].id;
    assert!(matches!(
        store.carry_over_into(new_meeting, &[later_item], &[]),
        Err(Error::Refused(Refusal::Item(ItemRefusal::CarryLater { .. })))
    ));
    assert!(matches!(store.carry_over_into(new_meeting, &[ItemId(9999)], &[]), Err(Error::NotFound { .. })));
    assert!(matches!(store.carry_over_into(MeetingId(9999), &[plan], &[]), Err(Error::NotFound { .. })));
    assert_eq!(store.agenda(new_meeting).unwrap(), before);

    assert!(matches!(
        history::carry_over(&store, sg, "24-03-2022"),
        Err(Error::Refused(Refusal::Meeting(MeetingRefusal::NotIsoDate(_))))
    ));
}

#[test]
fn long_postponed_items_drop_out_of_the_offer_but_open_actions_stay() {
    let mut s = Store::open_in_memory().unwrap();
    let old = meeting(&mut s, "Stuurgroep MIT", "2021-02-10");
    let recent = meeting(&mut s, "Stuurgroep MIT", "2022-01-12");
    let old_item = item(&mut s, old, "Convenant gegevensdeling", Some(Stance::Aanhouden));
    let recent_item = item(&mut s, recent, "Instellingsbesluit", Some(Stance::Aanhouden));
    let old_action = action(&mut s, old, None, "1002.1.1", "Convenant opstellen");
    let sg = s.body_by_name("Stuurgroep MIT").unwrap().unwrap().id;

    let ids = |pending: &[Pending]| -> Vec<String> {
        pending
            .iter()
            .map(|p| match p {
                Pending::Postponed { history, .. } => format!("item {}", history.item.item_id),
                Pending::OpenAction { action, .. } => format!("action {}", action.id),
            })
            .collect()
    };
    let default = history::carry_over(&s, sg, "2022-03-24").unwrap();
    assert_eq!(ids(&default), vec![format!("item {recent_item}"), format!("action {old_action}")]);
    let wide = history::CarryOptions { postponed_within_months: 24 };
    let all = history::carry_over_with(&s, sg, "2022-03-24", &wide).unwrap();
    assert_eq!(
        ids(&all),
        vec![format!("item {old_item}"), format!("item {recent_item}"), format!("action {old_action}")]
    );
}
