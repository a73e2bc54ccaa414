//! The window's panels, one module each, and the small widgets they share. Panels only draw:
//! each takes what it shows by reference and pushes the [`Command`]s of what the user did.

pub mod chart;
pub mod contacts;
pub mod escalation;
pub mod figure;
pub mod filter;
pub mod fonts;
pub mod side_panel;
pub mod sources;
pub mod table;
pub mod theme;
pub mod top_bar;

use crate::dashboard::Command;
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// A button with its tooltip; `command` when clicked.
pub fn command_button(
    ui: &mut egui::Ui,
    label: &str,
    hover: &str,
    command: Command,
) -> Option<Command> {
    ui.button(label)
        .on_hover_text(hover)
        .clicked()
        .then_some(command)
}

/// Paints a small "copy" button; returns the command when clicked.
pub fn copy_button(ui: &mut egui::Ui, text: &str, lang: Lang) -> Option<Command> {
    let label = texts(lang).copy;
    let hover = fill(texts(lang).copy_hover, &[("text", &text)]);
    ui.small_button(label)
        .on_hover_text(hover)
        .clicked()
        .then(|| Command::Copy(text.to_owned()))
}
