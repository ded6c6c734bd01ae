//! An item's history: where its topic was before, across bodies, and what was advised and decided there.

use super::bodies::{preparing_bodies, stage, BodyRef};
use crate::domain::{AgendaItem, Body, EarlierItem, ItemId, MeetingId, Stance, Treatment};
use crate::error::Result;
use crate::store::Store;
use serde::Serialize;
use std::collections::{HashMap, HashSet, VecDeque};

/// One meeting at which the topic was on the agenda.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChainStep {
    pub item_id: ItemId,
    pub meeting_id: MeetingId,
    pub body: BodyRef,
    /// ISO date of the meeting.
    pub date: String,
    pub number: String,
    pub title: String,
    pub treatment: Option<Treatment>,
    pub submitter: String,
    pub advice_stance: Option<Stance>,
    pub advice_text: String,
    pub has_annotation: bool,
    /// The decisions taken on the item there.
    pub decisions: Vec<String>,
    /// The note of the link that leads here ("akkoord bevonden voor doorgeleiding naar HASG").
    pub note: String,
    /// The bodies that prepare for this step's body and that the topic did not pass before it.
    pub skipped: Vec<BodyRef>,
}

/// The item and its earlier steps, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chain {
    pub item: ChainStep,
    pub steps: Vec<ChainStep>,
}

impl Chain {
    /// The preparing body this item's topic skipped (a Stuurgroep item that never passed the HASG).
    pub fn skipped_preparing_body(&self) -> Option<&BodyRef> {
        self.item.skipped.first()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The steps in the form `ItemRecord.earlier` carries, so that the memo and `show` can print the whole
    /// chain rather than the direct links only.
    pub fn as_earlier_items(&self) -> Vec<EarlierItem> {
        self.steps
            .iter()
            .map(|s| EarlierItem {
                item_id: s.item_id,
                meeting_id: s.meeting_id,
                body: s.body.name.clone(),
                date: s.date.clone(),
                number: s.number.clone(),
                title: s.title.clone(),
                advice_stance: s.advice_stance,
                advice_text: s.advice_text.clone(),
                decisions: s.decisions.clone(),
                note: s.note.clone(),
            })
            .collect()
    }
}

/// Items by id with their agenda number, loading each meeting's agenda once.
struct Loader<'a> {
    store: &'a Store,
    agendas: HashMap<MeetingId, Vec<AgendaItem>>,
}

impl Loader<'_> {
    fn item(&mut self, id: ItemId) -> Result<AgendaItem> {
        let bare = self.store.item_without_number(id)?;
        if !self.agendas.contains_key(&bare.meeting_id) {
            self.agendas.insert(bare.meeting_id, self.store.agenda(bare.meeting_id)?);
        }
        Ok(self.agendas.get(&bare.meeting_id).and_then(|a| a.iter().find(|i| i.id == id)).cloned().unwrap_or(bare))
    }
}

/// The history of `item`: every item it is linked to, directly or through others, oldest first; on the
/// same day an earlier stage (OG) before a later one (HASG).
pub fn chain(store: &Store, item: ItemId) -> Result<Chain> {
    let bodies = store.bodies()?;
    let mut loader = Loader { store, agendas: HashMap::new() };
    // Breadth first over the links; a link note is taken from the first link that reaches an item.
    let mut earlier_of: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
    let mut notes: HashMap<ItemId, String> = HashMap::new();
    let mut queue = VecDeque::from([item]);
    let mut seen = HashSet::from([item]);
    while let Some(current) = queue.pop_front() {
        for (earlier, note) in store.earlier_links(current)? {
            earlier_of.entry(current).or_default().push(earlier);
            if seen.insert(earlier) {
                notes.insert(earlier, note);
                queue.push_back(earlier);
            }
        }
    }
    let own = step(store, &mut loader, &bodies, item, String::new())?;
    let mut steps = Vec::new();
    for id in seen.iter().copied().filter(|i| *i != item) {
        let note = notes.remove(&id).unwrap_or_default();
        steps.push(step(store, &mut loader, &bodies, id, note)?);
    }
    steps.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(stage(&bodies, b.body.id).cmp(&stage(&bodies, a.body.id)))
            .then(a.meeting_id.cmp(&b.meeting_id))
            .then(a.item_id.cmp(&b.item_id))
    });
    let body_of: HashMap<ItemId, BodyRef> =
        steps.iter().chain(std::iter::once(&own)).map(|s| (s.item_id, s.body.clone())).collect();
    let mut own = own;
    let judge_own = !steps.is_empty() || own.treatment == Some(Treatment::TerBesluitvorming);
    own.skipped = skipped(&bodies, &own, &ancestors(&earlier_of, item), &body_of, judge_own);
    for s in &mut steps {
        s.skipped = skipped(&bodies, s, &ancestors(&earlier_of, s.item_id), &body_of, true);
    }
    Ok(Chain { item: own, steps })
}

fn step(store: &Store, loader: &mut Loader, bodies: &[Body], id: ItemId, note: String) -> Result<ChainStep> {
    let item = loader.item(id)?;
    let meeting = store.meeting(item.meeting_id)?;
    let body = bodies
        .iter()
        .find(|b| b.id == meeting.body_id)
        .map(BodyRef::of)
        .unwrap_or(BodyRef { id: meeting.body_id, name: meeting.body.clone() });
    Ok(ChainStep {
        item_id: id,
        meeting_id: item.meeting_id,
        body,
        date: meeting.date,
        number: item.number,
        title: item.title,
        treatment: item.treatment,
        submitter: item.submitter,
        advice_stance: item.advice_stance,
        advice_text: item.advice_text,
        has_annotation: !item.annotation.trim().is_empty(),
        decisions: store.item_decisions(id)?.into_iter().map(|d| d.text).collect(),
        note,
        skipped: Vec::new(),
    })
}

/// Every item reachable from `item` over earlier-links, without `item` itself.
fn ancestors(earlier_of: &HashMap<ItemId, Vec<ItemId>>, item: ItemId) -> HashSet<ItemId> {
    let mut out = HashSet::new();
    let mut stack = vec![item];
    while let Some(current) = stack.pop() {
        for e in earlier_of.get(&current).into_iter().flatten() {
            if *e != item && out.insert(*e) {
                stack.push(*e);
            }
        }
    }
    out
}

/// The preparing bodies a step skipped, when `judge`: the item itself is judged only when its topic has
/// history or is put up for decision (an announcement at the Stuurgroep without history skipped no HASG);
/// a step of a chain always, since a later meeting took its topic up.
fn skipped(
    bodies: &[Body],
    s: &ChainStep,
    before: &HashSet<ItemId>,
    body_of: &HashMap<ItemId, BodyRef>,
    judge: bool,
) -> Vec<BodyRef> {
    let preparing = preparing_bodies(bodies, s.body.id);
    if preparing.is_empty() || !judge {
        return Vec::new();
    }
    let passed = before.iter().filter_map(|i| body_of.get(i)).any(|b| preparing.iter().any(|p| p.id == b.id));
    if passed {
        Vec::new()
    } else {
        preparing
    }
}
