//! The trend as a screen reader gets it: the figure named with its title and each line from its
//! first value to its last, and the same figures as a table (a row per table, by its date; a
//! column per place), built only when an accessibility client listens.

use egui::accesskit::Role;
use egui::{Rect, UiBuilder};

use crate::dashboard::trend::{Line, TrendData};
use crate::lang::Lang;
use crate::report::scale::show;
use crate::texts::{fill, format_date, texts};
use crate::ui::table::access::{bounds, cell_ui, listening, row_ui};

/// The most tables the screen reader's table lists (the newest; a table a week for years).
const MAX_ROWS: usize = 250;

/// Every line of the trend: the nation, the main chart's, the small multiples' (each once).
fn lines(data: &TrendData) -> Vec<&Line> {
    let mut all = vec![&data.nation];
    for line in data.lines.iter().chain(&data.multiples) {
        if !all.iter().any(|l| l.code == line.code) {
            all.push(line);
        }
    }
    all
}

/// The figure's name: its title, then each line of the main chart from its first value to its
/// last (「全国（計） 9,828 → 9,990」), and how many falls are marked.
pub(super) fn figure_label(data: &TrendData, title: &str, lang: Lang) -> String {
    let t = texts(lang);
    let mut parts = vec![title.to_owned()];
    for line in std::iter::once(&data.nation).chain(&data.lines) {
        let first = line.values.iter().flatten().next();
        let last = line.last().map(|(_, v)| v);
        if let (Some(a), Some(b)) = (first, last) {
            parts.push(format!("{} {a} → {b}", line.name));
        }
    }
    let falls = data.fall_count();
    if falls > 0 {
        parts.push(fill(t.trend.falls_note, &[("count", &falls)]));
    }
    parts.join(t.window.list_separator)
}

/// The figures as a table: a header row (the tables' dates, then each place), then a row per
/// table, in time order.
pub(super) fn table_tree(ui: &mut egui::Ui, data: &TrendData, title: &str, lang: Lang) {
    if !listening(ui) {
        return;
    }
    let t = texts(lang);
    let lines = lines(data);
    let skip = data.tables.len().saturating_sub(MAX_ROWS);
    let area = bounds(ui.max_rect());
    let at = Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let mut tree = ui.new_child(
        UiBuilder::new()
            .id_salt("trend_tree")
            .max_rect(at)
            .accessibility_role(Role::Table)
            .accessibility_label(fill(t.trend.a11y_table, &[("title", &title)])),
    );
    tree.spacing_mut().item_spacing = egui::Vec2::ZERO;
    let ui = &mut tree;
    let rows = data.tables.len().saturating_sub(skip).saturating_add(1);
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_row_count(rows);
        node.set_column_count(lines.len().saturating_add(1));
        node.set_bounds(area);
    });
    row_ui(ui, (0, area), t.a11y.header_row, |ui| {
        cell_ui(
            ui,
            (0, 0, area),
            Role::ColumnHeader,
            t.trend.a11y_date,
            |_| (),
        );
        for (c, line) in lines.iter().enumerate() {
            let column = c.saturating_add(1);
            cell_ui(
                ui,
                (0, column, area),
                Role::ColumnHeader,
                &line.name,
                |_| (),
            );
        }
    });
    for (r, (i, table)) in data.tables.iter().enumerate().skip(skip).enumerate() {
        let index = r.saturating_add(1);
        let when = format_date(&table.date, lang);
        row_ui(ui, (index, area), &table.describe(lang), |ui| {
            cell_ui(ui, (index, 0, area), Role::RowHeader, &when, |_| ());
            for (c, line) in lines.iter().enumerate() {
                let text = show(line.values.get(i).copied().flatten());
                cell_ui(
                    ui,
                    (index, c.saturating_add(1), area),
                    Role::Cell,
                    &text,
                    |_| (),
                );
            }
        });
    }
}
