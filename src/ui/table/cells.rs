//! What the table's parts share: the columns' widths and the builder laid out with them, and
//! how a number and a derived figure sit in a cell.

use egui::{Align, Layout, RichText};
use egui_extras::{Column, TableBuilder};

use crate::dashboard::columns::Column as Col;
use crate::dashboard::format::format_derived;
use crate::dashboard::{compare, rows};
use crate::lang::Lang;
use crate::report::{Figures, Metric};
use crate::ui::text_cache::Texts;
use crate::ui::theme;

pub(super) const CODE_WIDTH: f32 = 64.0;
pub(super) const NAME_WIDTH: f32 = 88.0;
pub(super) const FIGURE_WIDTH: f32 = 80.0;
pub(super) const DERIVED_WIDTH: f32 = 64.0;
pub(super) const PHONE_WIDTH: f32 = 116.0;
pub(super) const CHANGE_WIDTH: f32 = 64.0;

/// The width a column wants.
pub(super) fn natural_width(col: Col) -> f32 {
    match col {
        Col::Code => CODE_WIDTH,
        Col::Name => NAME_WIDTH,
        Col::Figure(_) => FIGURE_WIDTH,
        Col::SeekersPerOpening | Col::VaccinationShare => DERIVED_WIDTH,
        Col::Change(_) => CHANGE_WIDTH,
        Col::Phone => PHONE_WIDTH,
    }
}

/// Width kept for the body's vertical scroll bar.
pub(super) const SCROLL_BAR_ROOM: f32 = 14.0;
/// Height of the row with ◀/▶ under the table, when not every column is in view.
pub(super) const SCROLLER_HEIGHT: f32 = 24.0;

/// A number right-aligned in its cell (its text kept across passes: a keystroke in the
/// search box brings rows back into view).
pub(super) fn number(ui: &mut egui::Ui, kept: &mut Texts<'_>, text: RichText) {
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        kept.label(ui, text);
    });
}

pub(super) fn derived_cell(ui: &mut egui::Ui, kept: &mut Texts<'_>, col: Col, f: &Figures) {
    let text = match col {
        Col::SeekersPerOpening => format_derived(rows::seekers_per_opening(f), ""),
        Col::VaccinationShare => format_derived(rows::vaccination_share(f), "%"),
        _ => return,
    };
    number(
        ui,
        kept,
        RichText::new(text)
            .italics()
            .color(theme::palette(ui).derived),
    );
}

/// A figure's change from the earlier report (derived styling); a fall marked ▼ in the
/// mismatch colour with what it means on hover, never hidden; a dash where the earlier report
/// lacks the row.
pub(super) fn change_cell(
    ui: &mut egui::Ui,
    kept: &mut Texts<'_>,
    new: &Figures,
    old: Option<&Figures>,
    m: Metric,
    lang: Lang,
) {
    let derived = theme::palette(ui).derived;
    let Some(old) = old else {
        number(ui, kept, RichText::new("—").italics().color(derived));
        return;
    };
    let v = compare::change(new, old, m);
    if v < 0 {
        let text = RichText::new(format!("▼{}", crate::report::compare::format_change(v)))
            .italics()
            .strong()
            .color(theme::palette(ui).mismatch);
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            kept.label(ui, text)
                .on_hover_text(compare::fall_help(old.get(m), new.get(m), lang));
        });
    } else {
        number(
            ui,
            kept,
            RichText::new(crate::report::compare::format_change(v))
                .italics()
                .color(derived),
        );
    }
}

/// A figure per 100,000 people (derived styling), with the figure, the population and the
/// census on hover.
pub(super) fn per_capita_cell(
    ui: &mut egui::Ui,
    kept: &mut Texts<'_>,
    v: Option<crate::report::scale::Amount>,
    figure: u32,
    population: Option<u32>,
    lang: Lang,
) {
    use crate::texts::format_count;
    let text = RichText::new(crate::report::scale::show(v))
        .italics()
        .color(theme::palette(ui).derived);
    let hover = crate::texts::fill(
        crate::texts::texts(lang).chart.per_capita_cell_help,
        &[
            ("figure", &format_count(figure)),
            (
                "population",
                &population.map_or_else(|| "—".to_owned(), format_count),
            ),
        ],
    );
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        kept.label(ui, text).on_hover_text(hover);
    });
}

pub(super) fn table_builder<'a>(
    ui: &'a mut egui::Ui,
    cols: &[(Col, f32)],
    id: &str,
) -> TableBuilder<'a> {
    let mut t = TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .cell_layout(Layout::left_to_right(Align::Center));
    for &(_, w) in cols {
        t = t.column(Column::exact(w));
    }
    t
}
