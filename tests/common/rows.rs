//! A table row read as a user reads it: the cells on the same line as the row's name label,
//! in the same table.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use egui_kittest::{Harness, Node};

/// The texts of the figures (digits and thousands separators, a leading "！" mark allowed) in the
/// row of the leftmost label named `name`, left to right: the labels to its right, on its line,
/// in the same table (a row of the scrolled body that slides under the pinned totals is not part
/// of the totals). `None` when no label is named `name`.
pub fn figures_in_row<S>(h: &Harness<'_, S>, name: &str) -> Option<Vec<String>> {
    let anchor = h
        .query_all_by_role_and_label(Role::Label, name)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))?;
    let at = anchor.rect();
    // The table's body: the cell's parent's parent (a number sits one container deeper).
    let table = anchor.parent()?.parent()?.accesskit_node().id();
    let in_table = |n: &Node<'_>| {
        let mut up = n.parent();
        while let Some(p) = up {
            if p.accesskit_node().id() == table {
                return true;
            }
            up = p.parent();
        }
        false
    };
    let is_figure = |l: &str| {
        let digits = l.trim_start_matches('！');
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == ',')
    };
    let mut cells: Vec<(f32, String)> = h
        .query_all(by().role(Role::Label))
        .filter_map(|n| {
            // A label's text is its AccessKit value.
            let label = n.accesskit_node().value()?;
            let r = n.rect();
            (is_figure(&label)
                && r.left() > at.right()
                && (at.top()..=at.bottom()).contains(&r.center().y)
                && in_table(&n))
            .then(|| (r.left(), label))
        })
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    Some(cells.into_iter().map(|(_, l)| l).collect())
}
