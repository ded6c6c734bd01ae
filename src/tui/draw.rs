//! The whole screen from the state. Drawing reads the state and never changes it.

use super::app::{App, Screen};
use super::overlays::Overlay;
use super::screens;
use super::widgets::{dialogs, help, status};
use ratatui::layout::Rect;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    draw_area(app, area, frame.buffer_mut());
}

pub fn draw_area(app: &App, area: Rect, buf: &mut ratatui::buffer::Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let main = Rect { height: area.height - 1, ..area };
    let bottom = Rect { y: area.y + area.height - 1, height: 1, ..area };
    match app.screen() {
        Screen::Meetings(v) => screens::meetings::draw(app, v, main, buf),
        Screen::Agenda(v) => screens::agenda::draw(app, v, main, buf),
        Screen::Item(v) => screens::item::draw(app, v, main, buf),
        Screen::Documents(v) => screens::documents::draw(app, v, main, buf),
        Screen::MeetingForm(v) => screens::meeting_form::draw(app, v, main, buf),
        Screen::Search(v) => screens::search::draw(app, v, main, buf),
        Screen::Preview(v) => screens::preview::draw(app, v, main, buf),
        Screen::Import(v) => screens::import::draw(app, v, main, buf),
        Screen::Decisions(v) => screens::decisions::draw(app, v, main, buf),
        Screen::ActionList(v) => screens::actions::draw(app, v, main, buf),
        Screen::EntryForm(v) => screens::entry_form::draw(app, v, main, buf),
    }
    if main.height > 0 {
        match &app.overlay {
            Some(Overlay::Help) => help::draw(app, main, buf),
            Some(Overlay::Confirm(c)) => dialogs::confirm(app, c, main, buf),
            Some(Overlay::Picker(p)) => dialogs::picker(app, p, main, buf),
            Some(Overlay::Prompt(p)) => dialogs::prompt(app, p, main, buf),
            Some(Overlay::DraftOffer(o)) => dialogs::draft_offer(app, o, main, buf),
            Some(Overlay::CarryOver(c)) => dialogs::carry_offer(app, c, main, buf),
            None => {}
        }
    }
    status::draw(app, bottom, buf);
}
