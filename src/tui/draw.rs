//! The whole screen from the state. Drawing reads the state and never changes it.

use super::app::App;
use super::overlays::Overlay;
use super::screen::Look;
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
    let look = Look { lang: app.lang, demo: app.demo, editor: app.editor.as_ref() };
    app.screen().view().draw(&look, main, buf);
    if main.height > 0 {
        match &app.overlay {
            Some(Overlay::HelpOver(under)) => {
                overlay(&look, under, main, buf);
                help::draw(app, main, buf);
            }
            Some(Overlay::Help) => help::draw(app, main, buf),
            Some(o) => overlay(&look, o, main, buf),
            None => {}
        }
    }
    status::draw(app, bottom, buf);
}

fn overlay(look: &Look, o: &Overlay, main: Rect, buf: &mut ratatui::buffer::Buffer) {
    match o {
        Overlay::Confirm(c) => dialogs::confirm(look, c, main, buf),
        Overlay::Picker(p) => dialogs::picker(look, p, main, buf),
        Overlay::Prompt(p) => dialogs::prompt(look, p, main, buf),
        Overlay::DraftOffer(o) => dialogs::draft_offer(look, o, main, buf),
        Overlay::CarryOver(c) => dialogs::carry_offer(look, c, main, buf),
        Overlay::Messages(list) => dialogs::messages(look, list, main, buf),
        Overlay::Help | Overlay::HelpOver(_) => {}
    }
}
