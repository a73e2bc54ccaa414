//! The form of a table being opened: the date its figures stand at (offered from the file's
//! name) and the last day it counts; 取り込む imports it, キャンセル or Esc closes the form.

use crate::dashboard::import_form::{DateField, ImportForm};
use crate::dashboard::{Action, Command};
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// The form, over the window; the commands of what was typed or pressed. `running`: the table
/// is being read (the share read, when known, and the rows or cells so far): the dates wait,
/// a progress bar shows, and キャンセル stops it.
pub fn import_form_ui(
    ctx: &egui::Context,
    form: &ImportForm,
    running: Option<(Option<f32>, u64)>,
    lang: Lang,
) -> Vec<Command> {
    let t = texts(lang);
    let mut out = Vec::new();
    let (mut compiled, mut period_end) = (form.compiled.clone(), form.period_end.clone());
    let modal = egui::Modal::new(egui::Id::unique("import_form")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(t.import.heading);
        let file = form.path.file_name().map_or_else(
            || form.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.label(fill(t.import.file_line, &[("file", &file)]));
        ui.add_space(6.0);
        ui.add_enabled_ui(running.is_none(), |ui| {
            let notes = [DateField::Compiled, DateField::PeriodEnd].map(|f| form.note(f, lang));
            dates_grid(ui, (&mut compiled, &mut period_end), &notes, lang);
        });
        ui.add_space(6.0);
        ui.label(t.import.form_help);
        ui.add_space(6.0);
        if let Some((share, items)) = running {
            let count = u32::try_from(items).unwrap_or(u32::MAX);
            let text = fill(
                t.import.reading,
                &[("count", &crate::texts::format_count(count))],
            );
            let bar = egui::ProgressBar::new(share.unwrap_or(0.0)).text(text);
            // Without a known share, the bar moves to say it is working.
            ui.add(if share.is_some() {
                bar
            } else {
                bar.animate(true)
            });
            ui.add_space(6.0);
        }
        ui.horizontal(|ui| {
            let ready =
                running.is_none() && !compiled.trim().is_empty() && !period_end.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(t.import.button))
                .clicked()
            {
                out.push(Command::Action(Action::ImportTable));
            }
            if ui.button(t.window.cancel).clicked() {
                out.push(Command::Action(Action::CancelImport));
            }
        });
    });
    if compiled != form.compiled || period_end != form.period_end {
        // Before 取り込む, so that a date typed and the button pressed in one frame both count.
        out.insert(
            0,
            Command::Action(Action::EditImport {
                compiled,
                period_end,
            }),
        );
    }
    if modal.should_close() {
        out.push(Command::Action(Action::CancelImport));
    }
    out
}

/// The two dates, each with its label, and under each what it reads as and where it was
/// offered from.
fn dates_grid(
    ui: &mut egui::Ui,
    (compiled, period_end): (&mut String, &mut String),
    notes: &[Option<String>; 2],
    lang: Lang,
) {
    let t = texts(lang);
    egui::Grid::new("import_form_dates")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            for ((label, hint, value), note) in [
                (
                    t.import.compiled_label,
                    t.import.compiled_hint,
                    &mut *compiled,
                ),
                (
                    t.import.period_end_label,
                    t.import.period_end_hint,
                    &mut *period_end,
                ),
            ]
            .into_iter()
            .zip(notes)
            {
                let l = ui.label(label);
                let edit = egui::TextEdit::singleline(value)
                    .desired_width(160.0)
                    .hint_text(hint);
                ui.add(edit).labelled_by(l.id);
                ui.end_row();
                if let Some(note) = note {
                    ui.label("");
                    ui.add(egui::Label::new(egui::RichText::new(note).weak()).wrap());
                    ui.end_row();
                }
            }
        });
}
