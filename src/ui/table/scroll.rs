//! Which of the table's columns are drawn: code and name, then the scrolling columns in view
//! (sorting brings the sorted one into view; Shift+wheel, ←/→, ◀/▶ and the bar scroll them).

use super::cells::{FIGURE_WIDTH, SCROLL_BAR_ROOM, SCROLLER_HEIGHT, natural_width};
use crate::dashboard::columns::{self, Column as Col, InView};
use crate::dashboard::rows;
use crate::dashboard::{Choice, Command, State, View};
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// The columns to draw with their widths: code and name, then the scrolling columns in view.
/// Sorting by a column out of view brings it into view; Shift+wheel (or a sideways swipe)
/// over the table scrolls a column at a time.
pub(super) fn columns_in_view(
    ui: &mut egui::Ui,
    state: &State,
    out: &mut Vec<Command>,
) -> (Vec<(Col, f32)>, InView) {
    // Every column costs its width and the spacing after it.
    let gap = ui.spacing().item_spacing.x;
    let scrolling = columns::scrolling(state);
    let natural: Vec<f32> = scrolling.iter().map(|&c| natural_width(c) + gap).collect();
    let frozen: f32 = columns::FROZEN
        .iter()
        .map(|&c| natural_width(c) + gap)
        .sum();
    let room = (ui.available_width() - frozen - SCROLL_BAR_ROOM).max(0.0);
    let mut view = columns::in_view(&natural, room, state.first_column);
    // A new sort, a new view (the split view's narrower table) or the first frame brings the
    // sorted column into view, with the least move.
    let memo = egui::Id::unique("table_last_sort");
    let now = (state.sort, state.view);
    let last: Option<(rows::Sort, View)> = ui.data(|d| d.get_temp(memo));
    ui.data_mut(|d| d.insert_temp(memo, now));
    let sorted = scrolling
        .iter()
        .position(|c| c.sort_key() == Some(state.sort.key));
    if let Some(at) = sorted
        && last != Some(now)
    {
        let first = columns::reveal(&natural, room, &view, at);
        view = columns::in_view(&natural, room, first);
    }
    // Sideways scrolling over the table moves a column per notch.
    let area = ui.available_rect_before_wrap();
    let sideways = ui.input_mut(|i| {
        let over = i.pointer.hover_pos().is_some_and(|p| area.contains(p));
        let x = i.smooth_scroll_delta.x;
        if over && x != 0.0 && !view.all() {
            i.smooth_scroll_delta.x = 0.0;
            x
        } else {
            0.0
        }
    });
    let acc_id = egui::Id::unique("table_sideways");
    let acc = ui.data(|d| d.get_temp::<f32>(acc_id)).unwrap_or(0.0) - sideways;
    let steps = (acc / FIGURE_WIDTH * 2.0).trunc();
    ui.data_mut(|d| d.insert_temp(acc_id, acc - steps * FIGURE_WIDTH / 2.0));
    if steps != 0.0 {
        #[expect(clippy::cast_possible_truncation, reason = "a few columns at most")]
        let by = steps as i32;
        let first = columns::scrolled(&scrolling, view.first, isize::try_from(by).unwrap_or(0));
        view = columns::in_view(&natural, room, first);
    }
    // A change is never on screen without its figure.
    let paired = columns::with_its_figure(&scrolling, view.first);
    if paired != view.first {
        view = columns::in_view(&natural, room, paired);
    }
    if view.first != state.first_column {
        out.push(Command::Choice(Choice::SetFirstColumn(view.first)));
    }
    let mut cols: Vec<(Col, f32)> = columns::FROZEN
        .iter()
        .map(|&c| (c, natural_width(c) + view.frozen_extra))
        .collect();
    cols.extend(
        scrolling
            .iter()
            .skip(view.first)
            .zip(&view.widths)
            .map(|(&c, &w)| (c, (w - gap).max(1.0))),
    );
    (cols, view)
}

/// ◀ and ▶ with a bar that shows which of the scrolling columns are in view; click or drag the
/// bar to scroll.
pub(super) fn scroller_ui(ui: &mut egui::Ui, view: &InView, lang: Lang, out: &mut Vec<Command>) {
    let t = texts(lang);
    let help = fill(
        t.table.columns_in_view,
        &[
            ("from", &view.first.saturating_add(1)),
            ("to", &view.end()),
            ("total", &view.total),
        ],
    );
    ui.horizontal_centered(|ui| {
        let back = ui
            .add_enabled(view.first > 0, egui::Button::new(t.table.columns_back))
            .on_hover_text(&help);
        if back.clicked() {
            out.push(Command::Choice(Choice::ScrollColumns(-1)));
        }
        let forward_width = 96.0;
        let width = ui.available_width() - forward_width;
        // Too narrow for a bar that says anything: the two buttons alone.
        if width >= 80.0 {
            position_bar_ui(ui, view, width, &help, out);
        }
        let forward = ui
            .add_enabled(
                view.end() < view.total,
                egui::Button::new(t.table.columns_forward),
            )
            .on_hover_text(&help);
        if forward.clicked() {
            out.push(Command::Choice(Choice::ScrollColumns(1)));
        }
    });
}

/// The bar between ◀ and ▶: the scrolling columns, the ones in view as its thumb; a click or
/// drag puts the view around that column.
fn position_bar_ui(
    ui: &mut egui::Ui,
    view: &InView,
    width: f32,
    help: &str,
    out: &mut Vec<Command>,
) {
    let (rect, bar) = ui.allocate_exact_size(
        egui::vec2(width, SCROLLER_HEIGHT * 0.5),
        egui::Sense::CLICK | egui::Sense::DRAG,
    );
    let bar = bar.on_hover_text(help);
    let total = view.total.max(1) as f32;
    let x = |i: usize| rect.left() + rect.width() * i as f32 / total;
    let thumb = egui::Rect::from_x_y_ranges(x(view.first)..=x(view.end()), rect.y_range());
    let visuals = ui.style().interact(&bar);
    ui.painter()
        .rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    ui.painter().rect_filled(thumb, 4.0, visuals.bg_fill);
    ui.painter()
        .rect_stroke(thumb, 4.0, visuals.fg_stroke, egui::StrokeKind::Inside);
    if let Some(p) = bar.interact_pointer_pos()
        && (bar.clicked() || bar.dragged())
    {
        // The pointer's column is the middle of the view.
        let at = ((p.x - rect.left()) / rect.width() * total).floor();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped"
        )]
        let at = at.clamp(0.0, total - 1.0) as usize;
        let half = view.widths.len() / 2;
        out.push(Command::Choice(Choice::SetFirstColumn(
            at.saturating_sub(half),
        )));
    }
}
