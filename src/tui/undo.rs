//! `u` undoes the last delete made where the user is (this meeting's agenda, its decisions or its action
//! points, or the meetings list) and says what came back where; `U` lists every deleted thing, to restore
//! one by choice. The meeting's status (`s`).

use super::overlays::{PickPurpose, Picker};
use super::screen::{Ctx, Outcome, Selection};
use crate::domain::{Coded, MeetingId, MeetingStatus, TrashId, UndoScope};
use crate::locale::Ui;
use crate::store::Restored;

/// `u`: the last delete in `scope` comes back, and only that.
pub fn undo(ctx: &mut Ctx, scope: UndoScope) -> Outcome {
    match ctx.store.undo_last_in(scope) {
        Ok(Some(undone)) => shown(ctx, undone),
        Ok(None) => Outcome::info(ctx.t(Ui::NothingToUndoHere)),
        Err(e) => Outcome::Fail(e),
    }
}

fn shown(ctx: &Ctx, undone: crate::store::Undone) -> Outcome {
    let select = match undone.restored {
        Restored::Item(_, item) => Selection::Item(item),
        Restored::Meeting(m) => Selection::Meeting(m),
        Restored::Decision(d) => Selection::Decision(d),
        Restored::Action(a) => Selection::Action(a),
    };
    Outcome::Refresh.and(Outcome::Select(select)).and(Outcome::info(ctx.lang.undone(&undone.what)))
}

/// `U`: every deleted thing, newest first, with what, where and when.
pub fn open_list(ctx: &mut Ctx) -> Outcome {
    let list = match ctx.store.deleted_things() {
        Ok(list) => list,
        Err(e) => return Outcome::Fail(e),
    };
    if list.is_empty() {
        return Outcome::info(ctx.t(Ui::NothingDeleted));
    }
    let options = list.iter().map(|d| (ctx.lang.deleted_line(d), d.id.0.to_string())).collect();
    Picker::open(ctx.t(Ui::DeletedListTitle), options, "", PickPurpose::RestoreDeleted)
}

/// The choice made in the list.
pub fn restore(ctx: &mut Ctx, value: &str) -> Outcome {
    let Ok(id) = value.parse::<i64>() else { return Outcome::Nothing };
    match ctx.store.restore_deleted(TrashId(id)) {
        Ok(undone) => shown(ctx, undone),
        Err(e) => Outcome::Fail(e),
    }
}

/// `s`: choose the meeting's status.
pub fn choose_status(ctx: &mut Ctx, meeting: MeetingId) -> Outcome {
    let current = match ctx.store.meeting(meeting) {
        Ok(m) => m.status,
        Err(e) => return Outcome::Fail(e),
    };
    let options = MeetingStatus::ALL.iter().map(|s| (ctx.lang.status(*s).to_string(), s.code().to_string())).collect();
    Picker::open(ctx.t(Ui::StatusTitle), options, current.code(), PickPurpose::MeetingStatus(meeting))
}

pub fn set_status(ctx: &mut Ctx, meeting: MeetingId, code: &str) -> Outcome {
    let Some(status) = MeetingStatus::from_code(code) else { return Outcome::Nothing };
    match ctx.store.set_meeting_status(meeting, status) {
        Ok(()) => Outcome::Refresh.and(Outcome::info(ctx.t(Ui::StatusSet).replacen("{}", ctx.lang.status(status), 1))),
        Err(e) => Outcome::Fail(e),
    }
}
