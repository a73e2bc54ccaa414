//! The top bar: what the figures are and when, where they come from, the 出典・注記 view, the
//! language switch; and the banner of load warnings.

use crate::dashboard::source::source_line;
use crate::dashboard::{Action, Choice, Command, State, ThemeChoice, ViewContext};
use crate::lang::Lang;
use crate::report::Finding;
use crate::texts::format_date;
use crate::texts::{fill, texts};
use crate::ui::action_button;

/// An error to show in a dialog: a title and every line (e.g. each `FILE:LINE:COL: message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorDialog {
    /// What failed.
    pub title: String,
    /// Every error.
    pub lines: Vec<String>,
}

/// Where the report shown comes from: its file's name, whether it is the bundled one, and the
/// reports kept (with the kept file shown, if it is one, and the bundled report's date).
pub struct Origin<'a> {
    /// The report file's name.
    pub name: &'a str,
    /// The bundled report is shown.
    pub bundled: bool,
    /// The reports kept, newest first (none: no list).
    pub kept: &'a [crate::library::Entry],
    /// The kept file shown, if it is one.
    pub current: Option<&'a std::path::Path>,
    /// The date of the bundled report's figures.
    pub bundled_date: &'a str,
}

/// The top bar.
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    origin: &Origin<'_>,
    sources_open: bool,
    out: &mut Vec<Command>,
) {
    let (state, report, lang) = (cx.state, cx.report, cx.lang());
    let t = texts(lang);
    let meta = &report.meta;
    ui.add_space(2.0);
    ui.horizontal(|ui| {
        // The date, colours and language keep their room at the right; the title takes what is
        // left, cut short with "…" on a narrow window (the source's full title on hover). Laid
        // out left to right, so that Tab goes the way the eye reads: the right part's width is
        // the last frame's.
        let memo = egui::Id::unique("top_bar_right_width");
        let right_width: f32 = ui.data(|d| d.get_temp(memo)).unwrap_or(560.0);
        let gap = ui.spacing().item_spacing.x;
        let title_width = (ui.available_width() - right_width - gap).max(40.0);
        let height = ui.spacing().interact_size.y;
        ui.allocate_ui_with_layout(
            egui::vec2(title_width, height),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_width(title_width);
                let title = egui::RichText::new(meta.short_title.get(lang)).heading();
                ui.add(egui::Label::new(title).truncate())
                    .on_hover_text(meta.title.get(lang));
            },
        );
        let right = ui.horizontal(|ui| {
            ui.separator();
            let as_of = fill(
                t.sources.as_of_date,
                &[("date", &format_date(&meta.compiled.date, lang))],
            );
            ui.label(egui::RichText::new(as_of).strong().size(15.0));
            ui.separator();
            theme_ui(ui, state, out);
            ui.separator();
            ui.label(t.window.language);
            for l in [Lang::Ja, Lang::En] {
                if ui
                    .selectable_label(state.lang == l, l.native_name())
                    .clicked()
                {
                    out.push(Command::Choice(Choice::SetLang(l)));
                }
            }
        });
        let width = right.response.rect.width();
        if (width - right_width).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(memo, width));
            ui.ctx()
                .request_discard("the top bar's right part changed width");
        }
    });
    ui.horizontal_wrapped(|ui| {
        let period = crate::dashboard::provenance::period_line(report, lang);
        // Each whole: a narrow window moves the source to the next line rather than breaking it.
        ui.add(egui::Label::new(period).extend());
        ui.separator();
        ui.add(egui::Label::new(source_line(report, lang)).extend());
        ui.separator();
        out.extend(action_button(ui, Action::ShowSources(!sources_open), cx));
        ui.separator();
        out.extend(action_button(ui, Action::OpenReport, cx));
        if origin.kept.is_empty() {
            // The table by its date (the file it came from on hover), as the kept ones are.
            let date = format_date(&meta.compiled.date, lang);
            let shown = if origin.bundled {
                fill(t.reports.library_bundled, &[("date", &date)])
            } else {
                fill(t.reports.report_name, &[("date", &date)])
            };
            let file = fill(t.reports.report_file, &[("name", &origin.name)]);
            ui.label(egui::RichText::new(shown).weak())
                .on_hover_text(file);
            if !origin.bundled && ui.button(t.reports.back_to_bundled).clicked() {
                out.push(Command::Action(Action::BundledReport));
            }
        } else {
            // The kept reports in place of the name: the one shown is the one selected.
            crate::ui::library::library_ui(
                ui,
                origin.kept,
                origin.current,
                origin.bundled_date,
                lang,
                out,
            );
            let falls = cx.earlier.map_or_else(Vec::new, |e| {
                crate::dashboard::compare::fall_lines(report, e, lang)
            });
            // What changed in the chart's figure, as a sentence for a report.
            let metric = crate::dashboard::chart_data::chart_metric(state.metric);
            let summary = cx
                .earlier
                .map(|e| crate::dashboard::summary::summary(report, e, metric, lang));
            crate::ui::library::compare_ui(
                ui,
                origin.kept,
                (&meta.compiled.date, origin.bundled_date),
                (state.compare_with.as_ref(), &falls, summary.as_deref()),
                lang,
                out,
            );
        }
    });
    ui.add_space(2.0);
}

/// The screen's colours: the system's, light or dark.
fn theme_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let t = texts(state.lang);
    ui.label(t.window.colours);
    for (choice, label) in [
        (ThemeChoice::System, t.window.colours_system),
        (ThemeChoice::Light, t.window.colours_light),
        (ThemeChoice::Dark, t.window.colours_dark),
    ] {
        if ui
            .selectable_label(state.theme == choice, label)
            .on_hover_text(t.window.colours_help)
            .clicked()
        {
            out.push(Command::Choice(Choice::SetTheme(choice)));
        }
    }
}

/// The dialog listing every error of a failed open or save; true when dismissed.
pub fn error_dialog_ui(ctx: &egui::Context, dialog: &ErrorDialog, lang: Lang) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("error_dialog")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        ui.heading(&dialog.title);
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for line in &dialog.lines {
                    ui.label(line);
                }
            });
        ui.separator();
        close = ui.button(texts(lang).window.close).clicked();
    });
    close || modal.should_close()
}

/// The banner of load warnings: each one, with its place.
pub fn warnings_ui(ui: &mut egui::Ui, warnings: &[Finding], file: &str, lang: Lang) {
    let color = crate::ui::theme::palette(ui).warning_text;
    ui.label(
        egui::RichText::new(fill(
            texts(lang).reports.report_warnings,
            &[("n", &warnings.len())],
        ))
        .color(color)
        .strong(),
    );
    for w in warnings {
        ui.label(egui::RichText::new(w.render(file, lang)).color(color));
    }
}
