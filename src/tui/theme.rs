//! Colours and emphasis in one place; the program stays readable without colour (reverse video for the cursor).

use ratatui::style::{Color, Modifier, Style};

pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}
pub fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}
pub fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}
pub fn heading() -> Style {
    Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}
pub fn warning() -> Style {
    Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}
pub fn error() -> Style {
    Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
}
pub fn good() -> Style {
    Style::default().fg(Color::Green)
}
pub fn key() -> Style {
    Style::default().fg(Color::Cyan)
}
pub fn border_focus() -> Style {
    Style::default().fg(Color::Cyan)
}
pub fn border() -> Style {
    Style::default().fg(Color::DarkGray)
}
