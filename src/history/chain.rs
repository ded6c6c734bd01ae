//! An item's history: where its topic was before, across bodies, and what was advised and decided there.

use super::bodies::{preparing_bodies, stage, BodyRef};
use crate::domain::{AgendaItem, Body, BodyId, EarlierItem, ItemId, Meeting, MeetingId, Stance, Treatment};
use crate::error::{Error, Result};
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

/// Builds chains, reading each meeting, agenda, link list and item once however many chains it builds
/// (carry-over and a whole meeting's memo ask for many chains that share their steps).
pub struct ChainBuilder<'a> {
    store: &'a Store,
    bodies: Vec<Body>,
    /// Each agenda by item, so that a meeting of thousands of items finds each in one step.
    agendas: HashMap<MeetingId, HashMap<ItemId, AgendaItem>>,
    meetings: HashMap<MeetingId, Meeting>,
    links: HashMap<ItemId, Vec<(ItemId, String)>>,
    steps: HashMap<ItemId, ChainStep>,
}

impl<'a> ChainBuilder<'a> {
    pub fn new(store: &'a Store) -> Result<ChainBuilder<'a>> {
        Ok(ChainBuilder {
            store,
            bodies: store.bodies()?,
            agendas: HashMap::new(),
            meetings: HashMap::new(),
            links: HashMap::new(),
            steps: HashMap::new(),
        })
    }

    fn earlier_links(&mut self, item: ItemId) -> Result<Vec<(ItemId, String)>> {
        if let Some(l) = self.links.get(&item) {
            return Ok(l.clone());
        }
        let l = self.store.earlier_links(item)?;
        self.links.insert(item, l.clone());
        Ok(l)
    }

    /// The step for an item, without link note and skipped bodies (those depend on the chain).
    fn step(&mut self, id: ItemId) -> Result<ChainStep> {
        if let Some(s) = self.steps.get(&id) {
            return Ok(s.clone());
        }
        let bare = self.store.item_without_number(id)?;
        let m = bare.meeting_id;
        if !self.agendas.contains_key(&m) {
            let agenda = self.store.agenda(m)?.into_iter().map(|i| (i.id, i)).collect();
            self.agendas.insert(m, agenda);
        }
        if !self.meetings.contains_key(&m) {
            self.meetings.insert(m, self.store.meeting(m)?);
        }
        let item = self.agendas.get(&m).and_then(|a| a.get(&id)).cloned().unwrap_or(bare);
        let meeting = self.meetings.get(&m).ok_or(Error::NotFound { what: "meeting", id: m.0 })?;
        let body = self
            .bodies
            .iter()
            .find(|b| b.id == meeting.body_id)
            .map(BodyRef::of)
            .unwrap_or(BodyRef { id: meeting.body_id, name: meeting.body.clone() });
        let step = ChainStep {
            item_id: id,
            meeting_id: m,
            body,
            date: meeting.date.clone(),
            number: item.number,
            title: item.title,
            treatment: item.treatment,
            submitter: item.submitter,
            advice_stance: item.advice_stance,
            advice_text: item.advice_text,
            has_annotation: !item.annotation.trim().is_empty(),
            decisions: self.store.item_decisions(id)?.into_iter().map(|d| d.text).collect(),
            note: String::new(),
            skipped: Vec::new(),
        };
        self.steps.insert(id, step.clone());
        Ok(step)
    }

    /// The history of `item`: every item it is linked to, directly or through others, oldest first; on
    /// the same day an earlier stage (OG) before a later one (HASG).
    pub fn chain(&mut self, item: ItemId) -> Result<Chain> {
        // Breadth first over the links; a link note is taken from the first link that reaches an item.
        let mut earlier_of: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
        let mut notes: HashMap<ItemId, String> = HashMap::new();
        let mut queue = VecDeque::from([item]);
        let mut seen = HashSet::from([item]);
        while let Some(current) = queue.pop_front() {
            for (earlier, note) in self.earlier_links(current)? {
                earlier_of.entry(current).or_default().push(earlier);
                if seen.insert(earlier) {
                    notes.insert(earlier, note);
                    queue.push_back(earlier);
                }
            }
        }
        let mut own = self.step(item)?;
        let mut steps = Vec::new();
        for id in seen.iter().copied().filter(|i| *i != item) {
            let mut s = self.step(id)?;
            s.note = notes.remove(&id).unwrap_or_default();
            steps.push(s);
        }
        let bodies = &self.bodies;
        let stages: HashMap<BodyId, usize> = bodies.iter().map(|b| (b.id, stage(bodies, b.id))).collect();
        let stage_of = |b: BodyId| stages.get(&b).copied().unwrap_or(0);
        steps.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(stage_of(b.body.id).cmp(&stage_of(a.body.id)))
                .then(a.meeting_id.cmp(&b.meeting_id))
                .then(a.item_id.cmp(&b.item_id))
        });
        let body_of: HashMap<ItemId, BodyRef> =
            steps.iter().chain(std::iter::once(&own)).map(|s| (s.item_id, s.body.clone())).collect();
        let judge_own = !steps.is_empty() || own.treatment == Some(Treatment::TerBesluitvorming);
        let before = bodies_before(&earlier_of, &body_of, item);
        own.skipped = skipped(bodies, &own, before.get(&item), judge_own);
        for s in &mut steps {
            s.skipped = skipped(bodies, s, before.get(&s.item_id), true);
        }
        Ok(Chain { item: own, steps })
    }
}

/// The history of one item; see `ChainBuilder::chain`.
pub fn chain(store: &Store, item: ItemId) -> Result<Chain> {
    ChainBuilder::new(store)?.chain(item)
}

/// For every item of the chain, the bodies of the items before it (reachable over earlier-links).
/// Worked out once for the whole chain, children first, without recursion; a loop of same-day links
/// (A → B → A) adds nothing through the link that closes it.
fn bodies_before(
    earlier_of: &HashMap<ItemId, Vec<ItemId>>,
    body_of: &HashMap<ItemId, BodyRef>,
    root: ItemId,
) -> HashMap<ItemId, HashSet<BodyId>> {
    let mut done: HashMap<ItemId, HashSet<BodyId>> = HashMap::new();
    let mut open: HashSet<ItemId> = HashSet::new();
    let mut stack = vec![(root, false)];
    while let Some((node, expanded)) = stack.pop() {
        if done.contains_key(&node) {
            continue;
        }
        let earlier = earlier_of.get(&node).map(Vec::as_slice).unwrap_or(&[]);
        if !expanded {
            if !open.insert(node) {
                continue;
            }
            stack.push((node, true));
            stack.extend(earlier.iter().filter(|e| !done.contains_key(e)).map(|e| (*e, false)));
            continue;
        }
        let mut set = HashSet::new();
        for e in earlier {
            if let Some(b) = body_of.get(e) {
                set.insert(b.id);
            }
            if let Some(before) = done.get(e) {
                set.extend(before.iter().copied());
            }
        }
        done.insert(node, set);
    }
    done
}

/// The preparing bodies a step skipped, when `judge`: the item itself is judged only when its topic has
/// history or is put up for decision (an announcement at the Stuurgroep without history skipped no HASG);
/// a step of a chain always, since a later meeting took its topic up.
fn skipped(bodies: &[Body], s: &ChainStep, before: Option<&HashSet<BodyId>>, judge: bool) -> Vec<BodyRef> {
    let preparing = preparing_bodies(bodies, s.body.id);
    if preparing.is_empty() || !judge {
        return Vec::new();
    }
    let passed = before.is_some_and(|b| preparing.iter().any(|p| b.contains(&p.id)));
    if passed {
        Vec::new()
    } else {
        preparing
    }
}
