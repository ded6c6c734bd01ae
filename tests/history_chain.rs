//! History across meetings: chains over three bodies, the skipped-body marker, proposals of earlier items
//! and copying an annotation, against an in-memory store.

use annoteer::domain::{
    BodyId, DecisionDraft, ItemDraft, ItemField, ItemId, MeetingDraft, MeetingId, Stance, Treatment,
};
use annoteer::error::{ItemRefusal, Refusal};
use annoteer::history::{self, ProposeOptions};
use annoteer::store::{Placement, Store};
use annoteer::Error;

struct Dossier {
    store: Store,
    og: BodyId,
    hasg: BodyId,
    sg: BodyId,
}

/// OG prepares for the HASG, the HASG for the Stuurgroep MIT; the KLO stands apart.
fn dossier() -> Dossier {
    let mut store = Store::open_in_memory().unwrap();
    let og = store.ensure_body("OG").unwrap();
    let hasg = store.ensure_body("HASG").unwrap();
    let sg = store.ensure_body("Stuurgroep MIT").unwrap();
    store.ensure_body("KLO").unwrap();
    store.set_prepares_for(og, Some(hasg)).unwrap();
    store.set_prepares_for(hasg, Some(sg)).unwrap();
    Dossier { store, og, hasg, sg }
}

fn meeting(s: &mut Store, body: &str, date: &str) -> MeetingId {
    s.create_meeting(&MeetingDraft { body: body.into(), date: date.into(), ..Default::default() }).unwrap()
}

fn item(s: &mut Store, m: MeetingId, title: &str, submitter: &str, treatment: Option<Treatment>) -> ItemId {
    let draft = ItemDraft { title: title.into(), submitter: submitter.into(), treatment, ..Default::default() };
    s.add_item(m, Placement::End { parent: None }, None, &draft).unwrap()
}

fn decide(s: &mut Store, m: MeetingId, i: ItemId, date: &str, text: &str) {
    let d = DecisionDraft {
        meeting_id: Some(m),
        item_id: Some(i),
        date: date.into(),
        text: text.into(),
        ..Default::default()
    };
    s.add_decision(&d).unwrap();
}

#[test]
fn a_topic_passes_og_hasg_and_stuurgroep_in_order() {
    let Dossier { mut store, og, hasg, sg } = dossier();
    // The HASG meeting is made first, so that ids do not give the order away.
    let m_hasg = meeting(&mut store, "HASG", "2022-03-16");
    let m_og = meeting(&mut store, "OG", "2022-03-16");
    let m_sg = meeting(&mut store, "Stuurgroep MIT", "2022-03-24");
    let i_og = item(&mut store, m_og, "Voorstel voor effectmeting", "PGT", Some(Treatment::TerBespreking));
    let i_hasg = item(&mut store, m_hasg, "Effectmeting MIT", "PGT", Some(Treatment::TerBespreking));
    let i_sg = item(&mut store, m_sg, "Voorstel voor effectmeting", "PGT", Some(Treatment::TerBesluitvorming));
    decide(&mut store, m_og, i_og, "2022-03-16", "Akkoord bevonden voor doorgeleiding naar HASG.");
    let revision = store.item(i_hasg).unwrap().revision;
    let mut draft = ItemDraft::from(&store.item(i_hasg).unwrap());
    draft.advice_stance = Some(Stance::Akkoord);
    draft.advice_text = "Akkoord met doorgeleiding.".into();
    store.update_item(i_hasg, &draft, revision).unwrap();
    store.link_earlier(i_hasg, i_og, "besproken in de OG van 16 maart").unwrap();
    store.link_earlier(i_sg, i_hasg, "").unwrap();

    let chain = store.item_chain(i_sg).unwrap();
    let bodies: Vec<BodyId> = chain.steps.iter().map(|s| s.body.id).collect();
    assert_eq!(bodies, vec![og, hasg], "oldest first; on one day the OG before the HASG");
    assert_eq!(chain.item.item_id, i_sg);
    assert_eq!(chain.item.body.id, sg);
    assert_eq!(chain.steps[0].decisions, vec!["Akkoord bevonden voor doorgeleiding naar HASG.".to_string()]);
    assert_eq!(chain.steps[0].note, "besproken in de OG van 16 maart");
    assert_eq!(chain.steps[0].number, "1");
    assert_eq!(chain.steps[1].advice_stance, Some(Stance::Akkoord));
    assert_eq!(chain.steps[1].advice_text, "Akkoord met doorgeleiding.");
    assert_eq!(chain.steps[1].date, "2022-03-16");
    assert!(chain.skipped_preparing_body().is_none(), "the topic passed the HASG");
    assert!(chain.steps.iter().all(|s| s.skipped.is_empty()), "the HASG step passed the OG");

    // The memo's form of the chain: the direct link and the step before it.
    let earlier = chain.as_earlier_items();
    assert_eq!(
        earlier.iter().map(|e| (e.item_id, e.body.as_str())).collect::<Vec<_>>(),
        [(i_og, "OG"), (i_hasg, "HASG")]
    );
    assert_eq!(earlier[1], store.earlier_items(i_sg).unwrap()[0]);

    // From the HASG item, only the OG step is history.
    let hasg_chain = history::chain(&store, i_hasg).unwrap();
    assert_eq!(hasg_chain.steps.iter().map(|s| s.item_id).collect::<Vec<_>>(), vec![i_og]);
}

#[test]
fn a_stuurgroep_item_that_never_passed_the_hasg_is_marked() {
    let Dossier { mut store, hasg, .. } = dossier();
    let m_og = meeting(&mut store, "OG", "2022-03-16");
    let m_sg = meeting(&mut store, "Stuurgroep MIT", "2022-04-20");
    let i_og = item(&mut store, m_og, "Huisvesting", "PGT", None);
    let i_sg = item(&mut store, m_sg, "Huisvesting/PVE", "PGT", Some(Treatment::TerConsultatie));
    store.link_earlier(i_sg, i_og, "").unwrap();
    let chain = store.item_chain(i_sg).unwrap();
    assert_eq!(chain.skipped_preparing_body().map(|b| b.id), Some(hasg));
    assert_eq!(chain.skipped_preparing_body().map(|b| b.name.as_str()), Some("HASG"));
    assert!(chain.steps[0].skipped.is_empty(), "the OG has no preparing body");

    // A decision item without any history skipped the HASG too; an announcement without history did not.
    let decision = item(&mut store, m_sg, "Voorstel voor effectmeting", "PGT", Some(Treatment::TerBesluitvorming));
    assert_eq!(store.item_chain(decision).unwrap().skipped_preparing_body().map(|b| b.id), Some(hasg));
    let news = item(&mut store, m_sg, "Mededelingen", "", Some(Treatment::Mededelingen));
    assert!(store.item_chain(news).unwrap().skipped_preparing_body().is_none());
    assert!(store.item_chain(news).unwrap().is_empty());

    // A step in the middle is judged against the steps before it.
    let m_hasg = meeting(&mut store, "HASG", "2022-04-14");
    let i_hasg = item(&mut store, m_hasg, "PvE lange termijn huisvesting MIT", "PGT", None);
    let m_og2 = meeting(&mut store, "OG", "2022-04-01");
    let i_og2 = item(&mut store, m_og2, "Werving leidinggevenden", "PGT", None);
    let i_sg2 = item(&mut store, m_sg, "Werving leidinggevenden", "PGT", None);
    store.link_earlier(i_hasg, i_og2, "").unwrap();
    store.link_earlier(i_sg2, i_hasg, "").unwrap();
    let chain = store.item_chain(i_sg2).unwrap();
    assert!(chain.skipped_preparing_body().is_none());
    assert!(chain.steps.iter().all(|s| s.skipped.is_empty()));
    // Without its OG step, the HASG step is marked as having skipped the OG.
    store.unlink_earlier(i_hasg, i_og2).unwrap();
    let chain = store.item_chain(i_sg2).unwrap();
    assert_eq!(chain.steps.len(), 1);
    assert_eq!(chain.steps[0].skipped.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["OG"]);
}

#[test]
fn proposals_put_the_right_one_first_and_leave_junk_out() {
    let Dossier { mut store, hasg, .. } = dossier();
    let m_sg_old = meeting(&mut store, "Stuurgroep MIT", "2021-02-01");
    let m_og = meeting(&mut store, "OG", "2022-03-16");
    let m_sg1 = meeting(&mut store, "Stuurgroep MIT", "2022-03-24");
    let m_klo = meeting(&mut store, "KLO", "2022-04-01");
    let m_hasg = meeting(&mut store, "HASG", "2022-04-14");
    let m_sg2 = meeting(&mut store, "Stuurgroep MIT", "2022-04-20");

    let too_old = item(&mut store, m_sg_old, "Huisvesting MIT", "PGT", None);
    let og_effect = item(&mut store, m_og, "Voorstel voor effectmeting MIT", "PGT", None);
    let sg_minutes = item(&mut store, m_sg1, "Verslag Stuurgroep 16 februari en 2 maart", "JenV", None);
    let sg_news = item(&mut store, m_sg1, "Mededelingen", "", None);
    let sg_plan = item(&mut store, m_sg1, "Programmaplan 2022 MIT", "PGT", None);
    let sg_housing = item(&mut store, m_sg1, "Huisvesting", "PGT", None);
    let sg_aob = item(&mut store, m_sg1, "Rondvraag", "", None);
    let klo_housing = item(&mut store, m_klo, "Huisvesting MIT", "PGT", None);
    let hasg_pve = item(&mut store, m_hasg, "PvE lange termijn huisvesting MIT", "PGT", None);
    let hasg_money = item(&mut store, m_hasg, "Financiën MIT 2022", "FIN", None);

    let new_item = item(&mut store, m_sg2, "PvE lange termijn huisvesting", "PGT", Some(Treatment::TerConsultatie));
    let proposed = history::propose_earlier(&store, new_item).unwrap();
    let ids: Vec<ItemId> = proposed.iter().map(|p| p.item_id).collect();
    assert_eq!(ids.first(), Some(&hasg_pve), "the HASG paper on the same PvE ranks first: {proposed:#?}");
    assert!(ids.contains(&sg_housing), "the earlier Stuurgroep item on housing is proposed: {proposed:#?}");
    assert_eq!(proposed[0].body.id, hasg);
    assert!(proposed[0].same_submitter);
    for junk in [og_effect, sg_minutes, sg_news, sg_plan, sg_aob, hasg_money] {
        assert!(!ids.contains(&junk), "{junk} is another topic or routine: {proposed:#?}");
    }
    assert!(!ids.contains(&too_old), "outside the window of 13 months");
    assert!(!ids.contains(&klo_housing), "the KLO does not prepare for the Stuurgroep");
    assert!(proposed.windows(2).all(|w| w[0].score >= w[1].score), "best first");

    // A wider window reaches the older item; a limit caps the list.
    let wide = ProposeOptions { window_months: 15, ..Default::default() };
    let ids: Vec<ItemId> =
        history::propose_earlier_with(&store, new_item, &wide).unwrap().iter().map(|p| p.item_id).collect();
    assert!(ids.contains(&too_old));
    let one = ProposeOptions { limit: 1, ..Default::default() };
    assert_eq!(history::propose_earlier_with(&store, new_item, &one).unwrap().len(), 1);

    // Minutes get no proposals, even though earlier minutes exist.
    let minutes = item(&mut store, m_sg2, "Verslag Stuurgroep 24 maart", "JenV", None);
    assert!(history::propose_earlier(&store, minutes).unwrap().is_empty());

    // An item of the HASG is not offered the Stuurgroep's items (they come after it in the chain).
    let ids: Vec<ItemId> = history::propose_earlier(&store, hasg_pve).unwrap().iter().map(|p| p.item_id).collect();
    assert!(!ids.contains(&sg_housing), "{ids:?}");
}

#[test]
fn linked_items_and_their_history_are_not_proposed_again() {
    let Dossier { mut store, .. } = dossier();
    let m_og = meeting(&mut store, "OG", "2022-03-30");
    let m_hasg = meeting(&mut store, "HASG", "2022-04-14");
    let m_sg = meeting(&mut store, "Stuurgroep MIT", "2022-04-20");
    let og = item(&mut store, m_og, "PvE huisvesting MIT", "PGT", None);
    let hasg = item(&mut store, m_hasg, "PvE lange termijn huisvesting MIT", "PGT", None);
    let sg = item(&mut store, m_sg, "Huisvesting/PVE", "PGT", None);
    let before: Vec<ItemId> = history::propose_earlier(&store, sg).unwrap().iter().map(|p| p.item_id).collect();
    assert!(before.contains(&og) && before.contains(&hasg), "{before:?}");
    store.link_earlier(hasg, og, "").unwrap();
    store.link_earlier(sg, hasg, "").unwrap();
    assert!(history::propose_earlier(&store, sg).unwrap().is_empty(), "both are in the history now");
}

#[test]
fn the_same_submitter_breaks_a_tie() {
    let Dossier { mut store, .. } = dossier();
    let m1 = meeting(&mut store, "Stuurgroep MIT", "2022-03-02");
    let m2 = meeting(&mut store, "Stuurgroep MIT", "2022-04-20");
    let other = item(&mut store, m1, "Werving leidinggevenden", "JenV", None);
    let same = item(&mut store, m1, "Werving leidinggevenden", "PGT", None);
    let new_item = item(&mut store, m2, "Werving leidinggevenden", "PGT", None);
    let ids: Vec<ItemId> = history::propose_earlier(&store, new_item).unwrap().iter().map(|p| p.item_id).collect();
    assert_eq!(ids, vec![same, other]);
}

#[test]
fn an_earlier_annotation_is_copied_as_a_starting_point() {
    let Dossier { mut store, .. } = dossier();
    let m1 = meeting(&mut store, "Stuurgroep MIT", "2022-02-16");
    let m2 = meeting(&mut store, "Stuurgroep MIT", "2022-03-24");
    let old = item(&mut store, m1, "Programmaplan 2022", "PGT", None);
    let new_item = item(&mut store, m2, "Programmaplan 2022", "PGT", None);
    let blank = item(&mut store, m1, "Medezeggenschap", "PGT", None);
    let text = "Deze versie is eind januari opgeleverd.\n\nInhoudelijk zijn er verschillende opmerkingen te maken.";
    store.set_item_field(old, ItemField::Annotation, "", text).unwrap();

    // Into an empty annotation: the text as it is.
    history::copy_annotation(&mut store, old, new_item, "").unwrap();
    assert_eq!(store.item(new_item).unwrap().annotation, text);
    // A second copy is refused and changes nothing.
    assert!(matches!(
        history::copy_annotation(&mut store, old, new_item, text),
        Err(Error::Refused(Refusal::Item(ItemRefusal::AlreadyCopied { .. })))
    ));
    assert_eq!(store.item(new_item).unwrap().annotation, text);

    // Into an annotation with text: after it, one blank line between.
    let other = item(&mut store, m2, "Programmaplan 2022 (vervolg)", "PGT", None);
    store.set_item_field(other, ItemField::Annotation, "", "Eigen tekst.").unwrap();
    history::copy_annotation(&mut store, old, other, "Eigen tekst.").unwrap();
    assert_eq!(store.item(other).unwrap().annotation, format!("Eigen tekst.\n\n{text}"));

    // A stale view of the target (changed in another window) is a conflict; the other text stays.
    let third = item(&mut store, m2, "Programmaplan bijlage", "PGT", None);
    store.set_item_field(third, ItemField::Annotation, "", "Tekst uit het andere venster.").unwrap();
    let revision = store.item(third).unwrap().revision;
    assert!(matches!(history::copy_annotation(&mut store, old, third, ""), Err(Error::Conflict { .. })));
    assert_eq!(store.item(third).unwrap().annotation, "Tekst uit het andere venster.");
    assert_eq!(store.item(third).unwrap().revision, revision);

    // Nothing to copy, or into itself: refused.
    assert!(matches!(
        history::copy_annotation(&mut store, blank, new_item, text),
        Err(Error::Refused(Refusal::Item(ItemRefusal::NothingToCopy { .. })))
    ));
    assert!(matches!(
        history::copy_annotation(&mut store, old, old, text),
        Err(Error::Refused(Refusal::Item(ItemRefusal::CopyIntoItself)))
    ));
    assert!(matches!(history::copy_annotation(&mut store, ItemId(9999), new_item, text), Err(Error::NotFound { .. })));
}

#[test]
fn links_in_a_circle_on_one_day_end() {
    let Dossier { mut store, .. } = dossier();
    let m_og = meeting(&mut store, "OG", "2022-03-16");
    let m_hasg = meeting(&mut store, "HASG", "2022-03-16");
    let a = item(&mut store, m_og, "Effectmeting", "PGT", None);
    let b = item(&mut store, m_hasg, "Effectmeting", "PGT", None);
    store.link_earlier(b, a, "").unwrap();
    store.link_earlier(a, b, "").unwrap();
    let chain = store.item_chain(b).unwrap();
    assert_eq!(chain.steps.iter().map(|s| s.item_id).collect::<Vec<_>>(), vec![a]);
    assert!(chain.skipped_preparing_body().is_none());
    assert_eq!(store.item_chain(a).unwrap().steps.len(), 1);
}
