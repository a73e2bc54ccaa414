//! The table: 47 prefectures with code, name, the seven figures and the nurse-centre phone;
//! two optional derived columns; the published 計 pinned below, with the filtered sum beside
//! it when a filter is on. Click a header to sort, a row to select.

use egui::{Align, Layout, RichText};
use egui_extras::{Column, Size, StripBuilder, TableBuilder};

use crate::dashboard::format::{format_count, format_derived};
use crate::dashboard::rows::{self, SortKey};
use crate::dashboard::{Command, State};
use crate::lang::Lang;
use crate::report::{Figures, Metric, PrefectureCode, Report};
use crate::texts::{fill, texts};
use crate::ui::{command_button, theme};

const CODE_WIDTH: f32 = 56.0;
const NAME_WIDTH: f32 = 88.0;
const FIGURE_WIDTH: f32 = 80.0;
const DERIVED_WIDTH: f32 = 64.0;
const PHONE_WIDTH: f32 = 116.0;

/// A column of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Code,
    Name,
    Figure(Metric),
    SeekersPerOpening,
    VaccinationShare,
    Phone,
}

impl Col {
    fn width(self) -> f32 {
        match self {
            Self::Code => CODE_WIDTH,
            Self::Name => NAME_WIDTH,
            Self::Figure(_) => FIGURE_WIDTH,
            Self::SeekersPerOpening | Self::VaccinationShare => DERIVED_WIDTH,
            Self::Phone => PHONE_WIDTH,
        }
    }

    fn sort_key(self) -> Option<SortKey> {
        match self {
            Self::Code => Some(SortKey::Code),
            Self::Name => Some(SortKey::Name),
            Self::Figure(m) => Some(SortKey::Metric(m)),
            Self::SeekersPerOpening => Some(SortKey::SeekersPerOpening),
            Self::VaccinationShare => Some(SortKey::VaccinationShare),
            Self::Phone => None,
        }
    }
}

/// The header text of a figure column, with its note mark.
pub fn metric_header(m: Metric, lang: Lang) -> &'static str {
    let t = texts(lang);
    match m {
        Metric::VaccinationOpenings => t.header_vaccination_openings,
        Metric::VaccinationEmployed => t.header_vaccination_employed,
        Metric::VaccinationTrained => t.header_vaccination_trained,
        m => m.label(lang),
    }
}

fn header_text(col: Col, lang: Lang) -> &'static str {
    match col {
        Col::Code => texts(lang).code,
        Col::Name => texts(lang).prefecture,
        Col::Figure(m) => metric_header(m, lang),
        Col::SeekersPerOpening => texts(lang).seekers_per_opening_derived,
        Col::VaccinationShare => texts(lang).vaccination_share_derived,
        Col::Phone => texts(lang).nurse_centre_phone_header,
    }
}

fn header_tooltip(col: Col, report: &Report, lang: Lang) -> String {
    match col {
        Col::Code => texts(lang).jis_x_0401_prefecture_code.to_owned(),
        Col::Name => texts(lang).sorting_restores_order.to_owned(),
        Col::Figure(m) => {
            let mut s = m.label(lang).to_owned();
            if let Some(note) = report.note(m) {
                let line = format!(
                    "\n{}{}: {}",
                    texts(lang).note,
                    note.number,
                    note.text.get(lang)
                );
                s.push_str(&line);
            }
            s
        }
        Col::SeekersPerOpening => texts(lang).seekers_per_opening_help.to_owned(),
        Col::VaccinationShare => texts(lang).vaccination_share_help.to_owned(),
        Col::Phone => texts(lang).phone_header_help.to_owned(),
    }
}

fn columns(state: &State) -> Vec<Col> {
    let mut cols = vec![Col::Code, Col::Name];
    cols.extend(Metric::ALL.map(Col::Figure));
    if state.show_seekers_per_opening {
        cols.push(Col::SeekersPerOpening);
    }
    if state.show_vaccination_share {
        cols.push(Col::VaccinationShare);
    }
    cols.push(Col::Phone);
    cols
}

fn number(ui: &mut egui::Ui, text: RichText) {
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        ui.label(text);
    });
}

fn derived_cell(ui: &mut egui::Ui, col: Col, f: &Figures) {
    let text = match col {
        Col::SeekersPerOpening => format_derived(rows::seekers_per_opening(f), ""),
        Col::VaccinationShare => format_derived(rows::vaccination_share(f), "%"),
        _ => return,
    };
    number(
        ui,
        RichText::new(text)
            .italics()
            .color(theme::palette(ui).derived),
    );
}

/// The table. Returns a selection when a row is clicked.
pub fn table_ui(
    ui: &mut egui::Ui,
    state: &State,
    report: &Report,
    shown: &[usize],
    out: &mut Vec<Command>,
) {
    let lang = state.lang;
    let cols = columns(state);
    let filtered = state.filter.is_active();
    let totals_rows = if filtered { 2.0 } else { 1.0 };
    let totals_height = totals_rows * theme::ROW_HEIGHT + 8.0;
    ui.horizontal(|ui| {
        let t = texts(lang);
        let buttons = [
            (
                t.save_csv_shown,
                t.save_csv_shown_help,
                Command::ExportCsv { all_rows: false },
            ),
            (
                t.save_csv_all,
                t.save_csv_all_help,
                Command::ExportCsv { all_rows: true },
            ),
            (t.copy_table, t.copy_table_help, Command::CopyTable),
        ];
        for (label, hover, cmd) in buttons {
            out.extend(command_button(ui, label, hover, cmd));
        }
    });
    egui::ScrollArea::horizontal()
        .id_salt("table_h")
        .show(ui, |ui| {
            StripBuilder::new(ui)
                .size(Size::remainder().at_least(120.0))
                .size(Size::exact(totals_height))
                .vertical(|mut strip| {
                    strip.cell(|ui| {
                        body_ui(ui, state, report, shown, &cols, out);
                    });
                    strip.cell(|ui| {
                        totals_ui(ui, report, shown, &cols, filtered, lang);
                    });
                });
        });
}

fn table_builder<'a>(ui: &'a mut egui::Ui, cols: &[Col], id: &str) -> TableBuilder<'a> {
    let mut t = TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .cell_layout(Layout::left_to_right(Align::Center));
    for c in cols {
        t = t.column(Column::exact(c.width()));
    }
    t
}

fn body_ui(
    ui: &mut egui::Ui,
    state: &State,
    report: &Report,
    shown: &[usize],
    cols: &[Col],
    out: &mut Vec<Command>,
) {
    let lang = state.lang;
    // A click anywhere on a row selects it; selectable labels would take the click for text.
    ui.style_mut().interaction.selectable_labels = false;
    // Keep a selection moved by the keyboard in sight.
    let memo = egui::Id::unique("table_last_selected");
    let last: Option<Option<PrefectureCode>> = ui.data(|d| d.get_temp(memo));
    ui.data_mut(|d| d.insert_temp(memo, state.selected));
    let mut builder = table_builder(ui, cols, "prefecture_table")
        .sense(egui::Sense::click())
        .auto_shrink([false, false]);
    if last.is_some_and(|l| l != state.selected) {
        let at = state.selected.and_then(|c| {
            shown
                .iter()
                .position(|&i| report.rows.get(i).is_some_and(|r| r.code == c))
        });
        if let Some(at) = at {
            builder = builder.scroll_to_row(at, None);
        }
    }
    builder
        .header(theme::HEADER_HEIGHT, |mut header| {
            for &col in cols {
                header.col(|ui| {
                    let mut text = header_text(col, lang).to_owned();
                    let sorted = col.sort_key().is_some_and(|k| k == state.sort.key);
                    if sorted {
                        text.push_str(if state.sort.descending {
                            " ▼"
                        } else {
                            " ▲"
                        });
                    }
                    let mut rich = RichText::new(text).size(11.0).strong();
                    if matches!(col, Col::SeekersPerOpening | Col::VaccinationShare) {
                        rich = rich.italics().color(theme::palette(ui).derived);
                    }
                    let tooltip = header_tooltip(col, report, lang);
                    match col.sort_key() {
                        Some(key) => {
                            let b = egui::Button::new(rich).wrap().frame_when_inactive(false);
                            if ui.add(b).on_hover_text(tooltip).clicked() {
                                out.push(Command::SetSort(state.sort.clicked(key)));
                            }
                        }
                        None => {
                            ui.add(egui::Label::new(rich).wrap()).on_hover_text(tooltip);
                        }
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, shown.len(), |mut row| {
                let Some(r) = shown.get(row.index()).and_then(|&i| report.rows.get(i)) else {
                    return;
                };
                row.set_selected(state.selected == Some(r.code));
                for &col in cols {
                    row.col(|ui| match col {
                        Col::Code => {
                            ui.label(r.code.two_digits());
                        }
                        Col::Name => {
                            let shown = r.name_in(lang);
                            let label = ui.label(shown);
                            // The source's name, where another is shown.
                            if shown != r.name {
                                label.on_hover_text(&r.name);
                            }
                        }
                        Col::Figure(m) => number(ui, RichText::new(format_count(r.figures.get(m)))),
                        Col::SeekersPerOpening | Col::VaccinationShare => {
                            derived_cell(ui, col, &r.figures);
                        }
                        Col::Phone => {
                            ui.label(&r.phone);
                        }
                    });
                }
                if row.response().clicked() {
                    out.push(Command::Select(Some(r.code)));
                }
            });
        });
}

fn totals_ui(
    ui: &mut egui::Ui,
    report: &Report,
    shown: &[usize],
    cols: &[Col],
    filtered: bool,
    lang: Lang,
) {
    ui.separator();
    let summed_all = report.summed();
    let filtered_sum = shown
        .iter()
        .filter_map(|&i| report.rows.get(i))
        .try_fold(Figures::default(), |acc, r| acc.checked_add(&r.figures));
    let n = if filtered { 2 } else { 1 };
    table_builder(ui, cols, "totals_table")
        .vscroll(false)
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, n, |mut row| {
                let published = row.index() == 0;
                let figures = if published {
                    Some(report.total)
                } else {
                    filtered_sum
                };
                for &col in cols {
                    row.col(|ui| match col {
                        Col::Code => {
                            if published {
                                ui.label("00");
                            }
                        }
                        Col::Name => {
                            let t = if published {
                                texts(lang).total
                            } else {
                                texts(lang).filtered_sum
                            };
                            let hover = if published {
                                texts(lang).total_help
                            } else {
                                texts(lang).filtered_sum_help
                            };
                            let mut rich = RichText::new(t).strong();
                            if !published {
                                rich = rich.italics().color(theme::palette(ui).derived);
                            }
                            ui.label(rich).on_hover_text(hover);
                        }
                        Col::Figure(m) => {
                            let Some(f) = figures else {
                                number(ui, RichText::new("—"));
                                return;
                            };
                            let v = f.get(m);
                            let mut rich = RichText::new(format_count(v)).strong();
                            if !published {
                                rich = rich.italics().color(theme::palette(ui).derived);
                            }
                            let sum = summed_all.map(|s| s.get(m));
                            if published && sum != Some(v) {
                                let sum_text = sum.map_or_else(|| "—".to_owned(), format_count);
                                let mark = RichText::new(format!("！{}", format_count(v)))
                                    .strong()
                                    .color(theme::palette(ui).mismatch);
                                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                                    ui.label(mark).on_hover_text(fill(
                                        texts(lang).total_differs,
                                        &[("sum", &sum_text)],
                                    ));
                                });
                            } else {
                                number(ui, rich);
                            }
                        }
                        Col::SeekersPerOpening | Col::VaccinationShare => {
                            if let Some(f) = figures {
                                derived_cell(ui, col, &f);
                            }
                        }
                        Col::Phone => {}
                    });
                }
            });
        });
}
