//! A small working list in the seed's manner: action points of a Stuurgroep MIT and a MIO meeting, with
//! dated deadlines, a month, words and none, owners written in two cases, one closed, one carried over.
#![allow(dead_code)]

use annoteer::dates::Date;
use annoteer::domain::{ActionDraft, ActionId, ActionStatus, ItemDraft, MeetingDraft, MeetingId};
use annoteer::store::{Placement, Store};

/// The day the tests look from: Friday 1 April 2022 (its week runs from 28 March to 3 April).
pub fn today() -> Date {
    Date::parse_iso("2022-04-01").unwrap()
}

pub struct Fixture {
    pub store: Store,
    pub sg_feb: MeetingId,
    pub mio: MeetingId,
    pub sg_march: MeetingId,
    pub labs: ActionId,
}

fn meeting(s: &mut Store, body: &str, date: &str) -> MeetingId {
    s.create_meeting(&MeetingDraft { body: body.into(), date: date.into(), ..Default::default() }).unwrap()
}

fn item(s: &mut Store, m: MeetingId, title: &str) -> annoteer::domain::ItemId {
    s.add_item(m, Placement::End { parent: None }, None, &ItemDraft { title: title.into(), ..Default::default() })
        .unwrap()
}

#[allow(clippy::too_many_arguments)]
fn action(
    s: &mut Store,
    m: MeetingId,
    item: Option<annoteer::domain::ItemId>,
    code: &str,
    owner: &str,
    text: &str,
    deadline: &str,
    remarks: &str,
) -> ActionId {
    s.add_action(&ActionDraft {
        code: code.into(),
        owner: owner.into(),
        text: text.into(),
        deadline: deadline.into(),
        remarks: remarks.into(),
        meeting_id: Some(m),
        item_id: item,
    })
    .unwrap()
}

pub fn fixture() -> Fixture {
    fixture_in(Store::open_in_memory().unwrap())
}

/// The same actions written into `s` (a database file, for the command line).
pub fn fixture_in(mut s: Store) -> Fixture {
    let sg_feb = meeting(&mut s, "Stuurgroep MIT", "2022-02-16");
    let verslag = item(&mut s, sg_feb, "Verslag");
    item(&mut s, sg_feb, "Programmaplan 2022");
    item(&mut s, sg_feb, "Werving");
    item(&mut s, sg_feb, "Effectmeting");
    let labs_item = item(&mut s, sg_feb, "MIT-Labs");
    let mio = meeting(&mut s, "MIO", "2022-03-30");
    let mio_list = item(&mut s, mio, "Actiepunten");
    let sg_march = meeting(&mut s, "Stuurgroep MIT", "2022-03-24");
    item(&mut s, sg_march, "Opening");
    let labs = action(
        &mut s,
        sg_feb,
        Some(labs_item),
        "1102.5.1",
        "PGT",
        "Verkennen MIT-Labs irt governance MIT. PL MIT-Labs stemt af met kernteam.",
        "Mei 2022",
        "Ism PL MIT-Labs en div. MIO-leden.",
    );
    action(&mut s, sg_feb, Some(verslag), "1602.2.1", "pgt", "Verslag aanpassen op punt 4", "2022-03-01", "");
    action(&mut s, sg_feb, Some(verslag), "1602.2.2", "JenV", "Notitie financiering opstellen", "z.s.m.", "");
    action(&mut s, mio, Some(mio_list), "3003.1.1", "LE", "Planning werving delen", "2022-04-03", "");
    action(&mut s, mio, Some(mio_list), "3003.1.2", "PGT, JenV", "Brief aan de korpsleiding", "", "");
    let old = action(&mut s, sg_feb, None, "1602.5.2", "le", "Kennismakingsbijeenkomst plannen", "2022-02-28", "");
    s.set_action_status(old, ActionStatus::Done).unwrap();
    s.carry_over_into(sg_march, &[], &[labs]).unwrap();
    Fixture { store: s, sg_feb, mio, sg_march, labs }
}
