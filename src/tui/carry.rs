//! Carrying over: when a meeting is made (or with `c` on its agenda), the postponed items and open action
//! points of the body's earlier meetings are offered; Space picks, Enter puts the picked ones on the agenda.

use super::command::Command;
use super::overlays::Overlay;
use super::screen::{Ctx, Outcome};
use crate::domain::MeetingId;
use crate::history::{carry_into, carry_over, Pending, Postponement};
use crate::locale::{Lang, Ui};

pub struct CarryOffer {
    pub meeting: MeetingId,
    pub pending: Vec<Pending>,
    pub chosen: Vec<bool>,
    pub selected: usize,
}

/// Opens the offer when there is something to carry over; `quiet` says nothing when there is not.
pub fn offer(ctx: &mut Ctx, meeting: MeetingId, quiet: bool) -> Outcome {
    let m = match ctx.store.meeting(meeting) {
        Ok(m) => m,
        Err(e) => return Outcome::Fail(e),
    };
    let pending = match carry_over(ctx.store, m.body_id, &m.date) {
        Ok(p) => p,
        Err(e) => return Outcome::Fail(e),
    };
    if pending.is_empty() {
        return if quiet { Outcome::Nothing } else { Outcome::info(ctx.t(Ui::NothingToCarry)) };
    }
    let chosen = vec![true; pending.len()];
    Outcome::Overlay(Overlay::CarryOver(CarryOffer { meeting, pending, chosen, selected: 0 }))
}

/// One line of the offer, as the adviser would say it.
pub fn pending_label(lang: Lang, p: &Pending) -> String {
    match p {
        Pending::Postponed { because, history } => {
            let why = match because {
                Postponement::Decision(text) => crate::tui::cells::fit(text, 40),
                Postponement::Advice => lang.ui(Ui::AdvisedToPostpone).to_string(),
            };
            format!(
                "{}: {} ({} {}; {why})",
                lang.ui(Ui::Postponed),
                history.item.title,
                history.item.body.name,
                lang.long_date(&history.item.date)
            )
        }
        Pending::OpenAction { action, meeting_date, .. } => format!(
            "{} {}: {} — {} ({})",
            lang.ui(Ui::OpenAction),
            action.code,
            action.text,
            action.owner,
            lang.long_date(meeting_date)
        ),
    }
}

impl CarryOffer {
    pub fn on_command(mut self, cmd: Command, ctx: &mut Ctx) -> Outcome {
        let n = self.pending.len();
        match cmd {
            Command::Up => self.selected = super::screens::step(self.selected, -1, n),
            Command::Down => self.selected = super::screens::step(self.selected, 1, n),
            Command::Toggle => {
                if let Some(c) = self.chosen.get_mut(self.selected) {
                    *c = !*c;
                }
            }
            Command::No => return Outcome::info(ctx.t(Ui::CarryLater)),
            Command::Yes => {
                let picked: Vec<Pending> =
                    self.pending.into_iter().zip(self.chosen).filter(|(_, c)| *c).map(|(p, _)| p).collect();
                if picked.is_empty() {
                    return Outcome::info(ctx.t(Ui::CarryLater));
                }
                return match carry_into(ctx.store, self.meeting, &picked) {
                    Ok(items) => Outcome::Refresh.and(Outcome::info(
                        ctx.t(if items.len() == 1 {
                            Ui::Polish(crate::locale::PolishUi::CarriedOne)
                        } else {
                            Ui::Carried
                        })
                        .replacen(
                            "{}",
                            &ctx.lang.count(items.len(), crate::locale::Noun::Item),
                            1,
                        ),
                    )),
                    Err(e) => Outcome::Fail(e),
                };
            }
            _ => {}
        }
        Outcome::Overlay(Overlay::CarryOver(self))
    }
}
