//! The table as a screen reader gets it: one Table node named after the table and its date,
//! with its row and column counts; a header Row of column headers (their sort direction, their
//! note as a description, derived ones said so); a Row for every prefecture shown (all of
//! them, not only those scrolled into view) and one for the published 計, each with its index,
//! whose Cells carry their column's index and the text the screen shows. `egui_extras` gives a
//! table no such semantics, so the tree is built beside the drawing, in zero-size `Ui`s that
//! paint nothing, and only when an accessibility client is listening.

use egui::accesskit::{Role, SortDirection};
use egui::{Rect, UiBuilder};

use crate::dashboard::ViewContext;
use crate::dashboard::columns::Column as Col;
use crate::dashboard::table_text::cell_text;
use crate::texts::{fill, texts};

/// Whether an accessibility client listens (egui builds its tree this pass).
pub(crate) fn listening(ui: &egui::Ui) -> bool {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |_| ())
        .is_some()
}

/// The most rows the tree describes (a report has 47).
const MAX_ROWS: usize = 100;

/// One row of the tree: its name and its cells' texts, in the columns' order.
struct Line {
    name: String,
    cells: Vec<String>,
}

/// The table's tree, for `cols` (every column, not only those in view) and the rows `shown`.
pub(super) fn table_tree(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    (cols, headers): (&[Col], &[(String, String)]),
) {
    // Nothing listens: nothing to build.
    if ui
        .ctx()
        .accesskit_node_builder(ui.unique_id(), |_| ())
        .is_none()
    {
        return;
    }
    let (state, report, lang) = (cx.state, cx.report, cx.lang());
    let t = texts(lang);
    let lines = lines_of(cx, cols);
    let name = fill(
        t.a11y.table,
        &[(
            "date",
            &crate::texts::format_date(&report.meta.compiled.date, lang),
        )],
    );
    let at = Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let table_area = ui.max_rect();
    // The header, every row shown and 計.
    let row_count = cx.shown.len().saturating_add(2);
    let column_count = cols.len();
    // A child that takes no room in the panel (the drawn table lays out as before), its nodes
    // all at one point.
    let mut tree = ui.new_child(
        UiBuilder::new()
            .id_salt("table_tree")
            .max_rect(at)
            .accessibility_role(Role::Table)
            .accessibility_label(name),
    );
    tree.spacing_mut().item_spacing = egui::Vec2::ZERO;
    let ui = &mut tree;
    let area = bounds(table_area);
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_row_count(row_count);
        node.set_column_count(column_count);
        // Where the table is drawn, for a screen reader's highlight.
        node.set_bounds(area);
    });
    row_ui(ui, (0, area), t.a11y.header_row, |ui| {
        for (i, (&col, (text, note))) in cols.iter().zip(headers).enumerate() {
            cell_ui(ui, (0, i, area), Role::ColumnHeader, text, |node| {
                if !note.is_empty() {
                    node.set_description(note.clone());
                }
                if col.sort_key().is_some_and(|k| k == state.sort.key) {
                    node.set_sort_direction(if state.sort.descending {
                        SortDirection::Descending
                    } else {
                        SortDirection::Ascending
                    });
                }
            });
        }
    });
    for (r, line) in lines.iter().enumerate() {
        let index = r.saturating_add(1);
        row_ui(ui, (index, area), &line.name, |ui| {
            for (c, (text, &col)) in line.cells.iter().zip(cols).enumerate() {
                let role = if col == Col::Name {
                    Role::RowHeader
                } else {
                    Role::Cell
                };
                cell_ui(ui, (index, c, area), role, text, |_| ());
            }
        });
    }
}

/// The rows of the tree: every prefecture shown (at most [`MAX_ROWS`]) and the published 計.
fn lines_of(cx: &ViewContext<'_>, cols: &[Col]) -> Vec<Line> {
    let (report, earlier, scale) = (cx.report, cx.earlier, cx.scale());
    let lang = cx.lang();
    let t = texts(lang);
    // Every row of a report of 47; a table of thousands (synthetic ones) describes its first
    // rows, its counts saying how many there are.
    let mut lines: Vec<Line> = cx
        .shown_rows()
        .take(MAX_ROWS)
        .map(|r| {
            let old = earlier.and_then(|e| e.row(r.code)).map(|o| &o.figures);
            Line {
                name: fill(
                    t.a11y.row,
                    &[("code", &r.code.two_digits()), ("name", &r.name_in(lang))],
                ),
                cells: cols
                    .iter()
                    .map(|&c| match c {
                        Col::Name => r.name_in(lang).to_owned(),
                        c => cell_text(c, (Some(r.code), &r.figures, &r.phone), old, scale),
                    })
                    .collect(),
            }
        })
        .collect();
    let old_total = earlier.map(|e| &e.total);
    lines.push(Line {
        name: t.a11y.total_row.to_owned(),
        cells: cols
            .iter()
            .map(|&c| match c {
                Col::Name => t.table.total.to_owned(),
                Col::Phone => String::new(),
                c => cell_text(c, (None, &report.total, ""), old_total, scale),
            })
            .collect(),
    });
    lines
}

/// A Row node with its index, its cells inside.
///
/// Rows and cells are placed at the table's area (AccessKit leaves out, under a clipping
/// parent, a node whose bounds lie outside it, as a zero-size one does).
pub(crate) fn row_ui(
    ui: &mut egui::Ui,
    (index, area): (usize, egui::accesskit::Rect),
    name: &str,
    cells: impl FnOnce(&mut egui::Ui),
) {
    let at = Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    ui.scope_builder(
        UiBuilder::new()
            .id_salt(("row", index))
            .max_rect(at)
            .accessibility_role(Role::Row)
            .accessibility_label(name),
        |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_row_index(index);
                node.set_bounds(area);
            });
            cells(ui);
        },
    );
}

/// A cell node (a cell, a row header or a column header) named with its text, at (row, column):
/// a zero-size widget of the row's `Ui` (lighter than a `Ui` of its own).
pub(crate) fn cell_ui(
    ui: &mut egui::Ui,
    (row, column, area): (usize, usize, egui::accesskit::Rect),
    role: Role,
    text: &str,
    more: impl FnOnce(&mut egui::accesskit::Node),
) {
    let at = Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let id = ui.unique_id().with(("cell", column));
    let response = ui.interact(at, id, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, text));
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_row_index(row);
        node.set_column_index(column);
        node.set_bounds(area);
        more(node);
    });
}

/// A rectangle in points as AccessKit takes it.
pub(crate) fn bounds(r: Rect) -> egui::accesskit::Rect {
    egui::accesskit::Rect {
        x0: r.min.x.into(),
        y0: r.min.y.into(),
        x1: r.max.x.into(),
        y1: r.max.y.into(),
    }
}
