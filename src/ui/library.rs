//! The reports kept, in the top bar: a list by the date their figures stand at, newest first,
//! the bundled one always there; 削除… for a kept one, asked first.

use std::path::{Path, PathBuf};

use crate::dashboard::compare::CompareWith;
use crate::dashboard::{Action, Command};
use crate::lang::Lang;
use crate::library::Entry;
use crate::texts::{fill, format_date, texts};

/// The list of reports and the remove button. `current` is the file shown (`None`: the
/// bundled report, of `bundled_date`).
pub fn library_ui(
    ui: &mut egui::Ui,
    entries: &[Entry],
    current: Option<&Path>,
    bundled_date: &str,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let t = texts(lang);
    let bundled = bundled_text(bundled_date, lang);
    let entry_text = |e: &Entry| entry_text(e, lang);
    let shown = entries.iter().find(|e| Some(e.path.as_path()) == current);
    let selected = shown.map_or_else(|| bundled.clone(), entry_text);
    // Whole, so that a narrow top bar moves it to the next line with its list.
    let label = ui.add(egui::Label::new(t.reports.library_label).extend());
    egui::ComboBox::from_id_salt("library")
        .selected_text(selected)
        .show_ui(ui, |ui| {
            // Newest first, the bundled one where its date puts it.
            let mut bundled_placed = false;
            for e in entries {
                if !bundled_placed && e.compiled.as_str() < bundled_date {
                    bundled_placed = true;
                    if ui.selectable_label(current.is_none(), &bundled).clicked() {
                        out.push(Command::Action(Action::BundledReport));
                    }
                }
                if ui
                    .selectable_label(Some(e.path.as_path()) == current, entry_text(e))
                    .clicked()
                {
                    out.push(Command::Action(Action::LoadReport(e.path.clone())));
                }
            }
            if !bundled_placed && ui.selectable_label(current.is_none(), &bundled).clicked() {
                out.push(Command::Action(Action::BundledReport));
            }
        })
        .response
        .labelled_by(label.id);
    if let Some(e) = shown
        && ui
            .button(t.window.remove_report)
            .on_hover_text(t.window.remove_report_help)
            .clicked()
    {
        out.push(Command::Action(Action::AskRemoveReport(e.path.clone())));
    }
}

/// The list of earlier reports to compare with: only those whose figures stand at an earlier
/// date than `shown_date` (the report shown), newest first, the bundled one among them; not
/// drawn when there is none.
pub fn compare_ui(
    ui: &mut egui::Ui,
    entries: &[Entry],
    (shown_date, bundled_date): (&str, &str),
    (chosen, falls, summary): (Option<&CompareWith>, &[String], Option<&str>),
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let t = texts(lang);
    let bundled = bundled_text(bundled_date, lang);
    let mut choices: Vec<(CompareWith, &str, String)> = entries
        .iter()
        .filter(|e| e.compiled.as_str() < shown_date)
        .map(|e| {
            let text = entry_text(e, lang);
            (CompareWith::File(e.path.clone()), e.compiled.as_str(), text)
        })
        .collect();
    if bundled_date < shown_date {
        choices.push((CompareWith::Bundled, bundled_date, bundled));
    }
    if choices.is_empty() {
        return;
    }
    // Newest first, as the list of kept reports.
    choices.sort_by(|a, b| b.1.cmp(a.1));
    let selected = chosen
        .and_then(|c| choices.iter().find(|(w, _, _)| w == c))
        .map_or(t.reports.compare_off, |(_, _, text)| text.as_str());
    let label = ui.add(egui::Label::new(t.reports.compare_label).extend());
    egui::ComboBox::from_id_salt("compare_with")
        .selected_text(selected)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(chosen.is_none(), t.reports.compare_off)
                .clicked()
            {
                out.push(Command::Action(Action::CompareWith(None)));
            }
            for (with, _, text) in &choices {
                if ui.selectable_label(chosen == Some(with), text).clicked() {
                    out.push(Command::Action(Action::CompareWith(Some(with.clone()))));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(t.reports.compare_help);
    if chosen.is_none() {
        return;
    }
    if let Some(text) = summary
        && ui
            .button(t.reports.copy_summary)
            .on_hover_text(t.reports.copy_summary_help)
            .clicked()
    {
        out.push(Command::Action(Action::Copy(text.to_owned())));
    }
    // How many figures fell, said at once; the list, with the notice's caveat, on demand.
    if falls.is_empty() {
        ui.label(egui::RichText::new(t.reports.falls_none).weak());
    } else {
        let button = fill(t.reports.falls_button, &[("count", &falls.len())]);
        ui.menu_button(button, |ui| {
            ui.label(egui::RichText::new(t.reports.falls_caveat).weak());
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for line in falls {
                        ui.label(line);
                    }
                });
        });
    }
}

/// The bundled report in a list: 「2021年5月19日時点（同梱）」.
fn bundled_text(date: &str, lang: Lang) -> String {
    fill(
        texts(lang).reports.library_bundled,
        &[("date", &format_date(date, lang))],
    )
}

/// A kept report in a list: 「2021年6月2日時点（2021-06-02.ron）」.
fn entry_text(e: &Entry, lang: Lang) -> String {
    fill(
        texts(lang).reports.library_entry,
        &[
            ("date", &format_date(&e.compiled, lang)),
            ("file", &e.name()),
        ],
    )
}

/// The question before a kept report is removed; the commands of the answer.
pub fn confirm_remove_ui(ctx: &egui::Context, path: &Path, lang: Lang) -> Vec<Command> {
    let t = texts(lang);
    let mut out = Vec::new();
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let modal = egui::Modal::new(egui::Id::unique("confirm_remove")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(t.window.confirm_remove_title);
        ui.label(fill(t.window.confirm_remove_body, &[("file", &name)]));
        ui.horizontal(|ui| {
            if ui.button(t.window.confirm_remove_button).clicked() {
                out.push(Command::Action(Action::RemoveReport(PathBuf::from(path))));
            }
            if ui.button(t.window.cancel).clicked() {
                out.push(Command::Action(Action::CancelRemove));
            }
        });
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::Action(Action::CancelRemove));
    }
    out
}

/// The question when a table was kept beside one of the same date: replace that one, or keep
/// both (also what closing the question does). `new` and `old` are the two kept files.
pub fn confirm_replace_ui(
    ctx: &egui::Context,
    (new, old): (&Path, &Path),
    entries: &[Entry],
    lang: Lang,
) -> Vec<Command> {
    let t = texts(lang);
    let mut out = Vec::new();
    let entry = |path: &Path| entries.iter().find(|e| e.path == path);
    let name = |path: &Path| {
        entry(path).map_or_else(
            || {
                path.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            },
            Entry::name,
        )
    };
    let date = entry(new).map_or_else(String::new, |e| format_date(&e.compiled, lang));
    let modal = egui::Modal::new(egui::Id::unique("confirm_replace")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(t.reports.replace_title);
        ui.label(fill(
            t.reports.replace_body,
            &[("date", &date), ("old", &name(old)), ("new", &name(new))],
        ));
        ui.horizontal(|ui| {
            if ui.button(t.reports.replace_button).clicked() {
                out.push(Command::Action(Action::ReplaceReport {
                    new: new.to_owned(),
                    old: old.to_owned(),
                }));
            }
            if ui.button(t.reports.keep_both).clicked() {
                out.push(Command::Action(Action::KeepBoth));
            }
        });
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::Action(Action::KeepBoth));
    }
    out
}
