//! The table: 47 prefectures with code, name, the seven figures and the nurse-centre phone;
//! two optional derived columns; the published 計 pinned below, with the filtered sum beside
//! it when a filter is on. Click a header to sort, a row to select. Code and name stay in view;
//! the columns after them scroll by whole columns (◀/▶, Shift+wheel, ←/→) when the table is
//! narrower than all of them, and share out the room when it is wider.

use egui::RichText;
use egui_extras::{Size, StripBuilder};

use crate::dashboard::columns::Column as Col;
use crate::dashboard::{Action, Choice, Command, State, ViewContext};
use crate::prefecture::PrefectureCode;

use crate::texts::format_count;
use crate::texts::{fill, texts};
use crate::ui::text_cache::{self, Texts};
use crate::ui::{action_button, theme};

pub(crate) mod access;
mod cells;
mod scroll;
mod totals;

use cells::{
    CODE_WIDTH, FIGURE_WIDTH, NAME_WIDTH, SCROLL_BAR_ROOM, SCROLLER_HEIGHT, change_cell,
    derived_cell, number, per_capita_cell, table_builder,
};

use crate::dashboard::table_text::header_text;

fn header_tooltip(col: Col, cx: &ViewContext<'_>) -> String {
    let (report, earlier, scale, lang) = (cx.report, cx.earlier, cx.scale(), cx.lang());
    match col {
        Col::Change(m) => earlier.map_or_else(String::new, |e| {
            fill(
                texts(lang).reports.compare_change_help,
                &[
                    (
                        "line",
                        &crate::dashboard::compare::change_line(e, report, lang),
                    ),
                    ("label", &m.label(lang)),
                    (
                        "date",
                        &crate::texts::format_date(&e.meta.compiled.date, lang),
                    ),
                ],
            )
        }),
        Col::Code => texts(lang).window.jis_x_0401_prefecture_code.to_owned(),
        Col::Name => texts(lang).window.sorting_restores_order.to_owned(),
        Col::Figure(m) => {
            let mut s = scale.label(m, lang);
            if let Some(help) = scale.help(lang) {
                s.push('\n');
                s.push_str(help);
            }
            if let Some(note) = report.note(m) {
                s.push('\n');
                s.push_str(&crate::dashboard::provenance::note_line(report, note, lang));
            }
            s
        }
        Col::SeekersPerOpening => texts(lang).window.seekers_per_opening_help.to_owned(),
        Col::VaccinationShare => crate::dashboard::rows::vaccination_share_help(report, lang),
        Col::Phone => texts(lang).side.phone_header_help.to_owned(),
    }
}

/// The switches of the two derived columns.
fn derived_switches_ui(ui: &mut egui::Ui, state: &State, out: &mut Vec<Command>) {
    let t = texts(state.lang);
    let derived = [
        (
            state.show_seekers_per_opening,
            t.table.derived_seekers_per_opening,
            Choice::ShowSeekersPerOpening as fn(bool) -> Choice,
        ),
        (
            state.show_vaccination_share,
            t.table.derived_vaccination_share,
            Choice::ShowVaccinationShare,
        ),
    ];
    for (shown, label, command) in derived {
        let mut on = shown;
        if ui
            .checkbox(&mut on, label)
            .on_hover_text(t.table.derived_help)
            .changed()
        {
            out.push(Command::Choice(command(on)));
        }
    }
}

/// The narrowest the table is drawn: code, name and one figure with the spacing between them,
/// the scroll bar and the panel's margins.
pub const MIN_WIDTH: f32 =
    CODE_WIDTH + NAME_WIDTH + FIGURE_WIDTH + 3.0 * 8.0 + SCROLL_BAR_ROOM + 24.0;
/// The least height of the table's body: three rows.
const BODY_MIN_HEIGHT: f32 = 3.0 * theme::ROW_HEIGHT;
/// The least height of the whole table: toolbar, header, three rows, the totals (two when
/// filtered), ◀/▶ and the spacing between.
pub const MIN_HEIGHT: f32 = 30.0
    + theme::HEADER_HEIGHT
    + BODY_MIN_HEIGHT
    + 2.0 * theme::ROW_HEIGHT
    + 8.0
    + SCROLLER_HEIGHT
    + 24.0;
/// Below this width the table's buttons and switches go into a menu.
const NARROW_TOOLBAR: f32 = 460.0;
/// The table. Pushes a selection when a row is clicked, a sort when a header is, and the
/// columns in view when they scroll.
pub fn table_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Vec<Command>) {
    let (state, lang) = (cx.state, cx.lang());
    // The tree a screen reader gets: every row and column, whatever is scrolled into view;
    // nothing to make when no accessibility client listens.
    if access::listening(ui) {
        let all: Vec<Col> = crate::dashboard::columns::FROZEN
            .into_iter()
            .chain(crate::dashboard::columns::scrolling(state))
            .collect();
        let headers: Vec<(String, String)> = all
            .iter()
            .map(|&c| {
                let note = header_tooltip(c, cx);
                (header_text(c, cx.scale(), lang).to_owned(), note)
            })
            .collect();
        access::table_tree(ui, cx, (&all, &headers));
    }
    let totals_rows = if cx.filtered() { 2.0 } else { 1.0 };
    let totals_height = totals_rows * theme::ROW_HEIGHT + 8.0;
    let toolbar = |ui: &mut egui::Ui, out: &mut Vec<Command>| {
        let actions = [
            Action::ExportCsv { all_rows: false },
            Action::ExportCsv { all_rows: true },
            Action::ExportXlsx,
            Action::CopyTable,
        ];
        for action in actions {
            out.extend(action_button(ui, action, cx));
        }
        ui.separator();
        derived_switches_ui(ui, state, out);
    };
    // A narrow table (the split view on a small screen) keeps them in a menu, not five lines.
    if ui.available_width() < NARROW_TOOLBAR {
        ui.horizontal(|ui| {
            ui.menu_button(texts(lang).filter.table_tools, |ui| toolbar(ui, out));
        });
    } else {
        ui.horizontal_wrapped(|ui| toolbar(ui, out));
    }
    let (cols, view) = scroll::columns_in_view(ui, state, out);
    StripBuilder::new(ui)
        .size(Size::remainder().at_least(BODY_MIN_HEIGHT))
        .size(Size::exact(totals_height))
        .size(Size::exact(if view.all() { 0.0 } else { SCROLLER_HEIGHT }))
        .vertical(|mut strip| {
            strip.cell(|ui| {
                body_ui(ui, cx, &cols, out);
            });
            strip.cell(|ui| {
                totals::totals_ui(ui, cx, &cols);
            });
            strip.cell(|ui| {
                if !view.all() {
                    scroll::scroller_ui(ui, &view, lang, out);
                }
            });
        });
}

fn body_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, cols: &[(Col, f32)], out: &mut Vec<Command>) {
    let (state, report, shown) = (cx.state, cx.report, cx.shown);
    let lang = cx.lang();
    // A click anywhere on a row selects it; selectable labels would take the click for text.
    ui.style_mut().interaction.selectable_labels = false;
    // Keep a selection moved by the keyboard in sight.
    let memo = egui::Id::unique("table_last_selected");
    let last: Option<Option<PrefectureCode>> = ui.data(|d| d.get_temp(memo));
    ui.data_mut(|d| d.insert_temp(memo, state.selected));
    // Rows take clicks but not the keyboard focus: ↑/↓ move the selection, and Tab does not
    // stop at every row with no ring to show where it is.
    let ctx = ui.ctx().clone();
    let mut builder = table_builder(ui, cols, "prefecture_table")
        .sense(egui::Sense::CLICK)
        .auto_shrink([false, false])
        // As tall as its strip gives (egui_extras would take 200 points, over the totals).
        .min_scrolled_height(BODY_MIN_HEIGHT);
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
    text_cache::with(&ctx, |kept| {
        builder
            .header(theme::HEADER_HEIGHT, |mut header| {
                for &(col, _) in cols {
                    header.col(|ui| {
                        let mut text = header_text(col, state.scale, lang).to_owned();
                        let sorted = col.sort_key().is_some_and(|k| k == state.sort.key);
                        if sorted {
                            text.push_str(if state.sort.descending {
                                " ▼"
                            } else {
                                " ▲"
                            });
                        }
                        let mut rich = RichText::new(text).size(11.0).strong();
                        let scaled = state.scale.is_derived() && matches!(col, Col::Figure(_));
                        if col.is_derived() || scaled {
                            rich = rich.italics().color(theme::palette(ui).derived);
                        }
                        let tooltip = header_tooltip(col, cx);
                        // A figure's header stands over its figures, right-aligned as they are.
                        let align = if col.is_numeric() {
                            egui::Align::Max
                        } else {
                            egui::Align::Min
                        };
                        ui.with_layout(egui::Layout::top_down(align), |ui| match col.sort_key() {
                            Some(key) => {
                                let b = egui::Button::new(rich).wrap().frame_when_inactive(false);
                                if ui.add(b).on_hover_text(tooltip).clicked() {
                                    out.push(Command::Choice(Choice::SetSort(
                                        state.sort.clicked(key),
                                    )));
                                }
                            }
                            None => {
                                ui.add(egui::Label::new(rich).wrap()).on_hover_text(tooltip);
                            }
                        });
                    });
                }
            })
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, shown.len(), |mut row| {
                    let Some(r) = shown.get(row.index()).and_then(|&i| report.rows.get(i)) else {
                        return;
                    };
                    row.set_selected(state.selected == Some(r.code));
                    for &(col, _) in cols {
                        row.col(|ui| body_cell(ui, kept, cx, r, col));
                    }
                    if row.response().clicked() {
                        out.push(Command::Choice(Choice::Select(Some(r.code))));
                    }
                });
            });
    });
}

/// One cell of a row, its text kept across passes (a keystroke brings rows back into view).
fn body_cell(
    ui: &mut egui::Ui,
    kept: &mut Texts<'_>,
    cx: &ViewContext<'_>,
    r: &crate::report::PrefectureRow,
    col: Col,
) {
    let (state, lang) = (cx.state, cx.lang());
    match col {
        Col::Code => {
            kept.label(ui, r.code.two_digits());
        }
        Col::Name => {
            let shown = r.name_in(lang);
            let label = kept.label(ui, shown);
            // The source's name, where another is shown.
            if shown != r.name {
                label.on_hover_text(&r.name);
            }
        }
        Col::Figure(m) if state.scale.is_derived() => {
            let v = state.scale.amount(Some(r.code), &r.figures, m);
            let people = crate::census::population(r.code);
            per_capita_cell(ui, kept, v, r.figures.get(m), people, lang);
        }
        Col::Figure(m) => {
            number(ui, kept, RichText::new(format_count(r.figures.get(m))));
        }
        Col::SeekersPerOpening | Col::VaccinationShare => {
            derived_cell(ui, kept, col, &r.figures);
        }
        Col::Change(m) => {
            let old = cx.earlier.and_then(|e| e.row(r.code)).map(|o| &o.figures);
            change_cell(ui, kept, &r.figures, old, m, lang);
        }
        Col::Phone => {
            kept.label(ui, &r.phone);
        }
    }
}
