//! Carrying over: when a meeting is made (or with `c` on its agenda), the postponed items and open action
//! points of the body's earlier meetings are offered; Space picks, Enter puts the picked ones on the agenda.

use super::app::{App, Screen};
use super::command::Command;
use super::overlays::Overlay;
use crate::domain::MeetingId;
use crate::history::{carry_into, carry_over, Pending, Postponement};
use crate::locale::Ui;

pub struct CarryOffer {
    pub meeting: MeetingId,
    pub pending: Vec<Pending>,
    pub chosen: Vec<bool>,
    pub selected: usize,
}

impl App {
    /// Opens the offer when there is something to carry over; `quiet` says nothing when there is not.
    pub(crate) fn offer_carry_over(&mut self, meeting: MeetingId, quiet: bool) {
        let m = match self.store.meeting(meeting) {
            Ok(m) => m,
            Err(e) => return self.fail(e),
        };
        let pending = match carry_over(&self.store, m.body_id, &m.date) {
            Ok(p) => p,
            Err(e) => return self.fail(e),
        };
        if pending.is_empty() {
            if !quiet {
                self.info(self.t(Ui::NothingToCarry));
            }
            return;
        }
        let chosen = vec![true; pending.len()];
        self.overlay = Some(Overlay::CarryOver(CarryOffer { meeting, pending, chosen, selected: 0 }));
    }

    pub(crate) fn carry_over_key(&mut self) {
        if let Screen::Agenda(v) = self.screen() {
            let id = v.meeting_id;
            self.offer_carry_over(id, false);
        }
    }

    /// One line of the offer, as the adviser would say it.
    pub fn pending_label(&self, p: &Pending) -> String {
        match p {
            Pending::Postponed { because, history } => {
                let why = match because {
                    Postponement::Decision(text) => crate::tui::cells::fit(text, 40),
                    Postponement::Advice => self.t(Ui::AdvisedToPostpone).to_string(),
                };
                format!(
                    "{}: {} ({} {}; {why})",
                    self.t(Ui::Postponed),
                    history.item.title,
                    history.item.body.name,
                    self.lang.long_date(&history.item.date)
                )
            }
            Pending::OpenAction { action, meeting_date, .. } => format!(
                "{} {}: {} — {} ({})",
                self.t(Ui::OpenAction),
                action.code,
                action.text,
                action.owner,
                self.lang.long_date(meeting_date)
            ),
        }
    }

    pub(super) fn carry_action(&mut self, mut o: CarryOffer, action: Command) {
        let n = o.pending.len();
        match action {
            Command::Up => o.selected = super::screens::step(o.selected, -1, n),
            Command::Down => o.selected = super::screens::step(o.selected, 1, n),
            Command::Toggle => {
                if let Some(c) = o.chosen.get_mut(o.selected) {
                    *c = !*c;
                }
            }
            Command::No => return self.info(self.t(Ui::CarryLater)),
            Command::Yes => {
                let picked: Vec<Pending> =
                    o.pending.into_iter().zip(o.chosen).filter(|(_, c)| *c).map(|(p, _)| p).collect();
                if picked.is_empty() {
                    return self.info(self.t(Ui::CarryLater));
                }
                match carry_into(&mut self.store, o.meeting, &picked) {
                    Ok(items) => {
                        self.refresh();
                        self.info(self.t(Ui::Carried).replacen("{}", &items.len().to_string(), 1));
                    }
                    Err(e) => self.fail(e),
                }
                return;
            }
            _ => {}
        }
        self.overlay = Some(Overlay::CarryOver(o));
    }
}
