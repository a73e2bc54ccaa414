//! Draws a printed chart as its [`FigurePlan`] says, in points that are typographic points: the
//! title, largest and smallest, the legend, the bars in their columns with every prefecture's
//! name and the value at the end of every bar, the value axis, and the lines under the chart.
//! Black text on white; the selected bar outlined, so it also stands out printed in grey.

use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, pos2, vec2};

use crate::dashboard::chart_data::ChartData;
use crate::export::figure::{FigurePlan, Sizes, Swatch};
use crate::prefecture::PrefectureCode;
use crate::report::scale::Scale;
use crate::ui::theme;

use crate::ui::theme::{PRINT_GRID as GRID, PRINT_INK as INK};

/// Draws the picture from the top-left of `ui`; gives the height it used, in points.
pub fn figure_ui(
    ui: &egui::Ui,
    plan: &FigurePlan,
    data: &ChartData,
    selected: Option<PrefectureCode>,
) -> f32 {
    let s = plan.sizes;
    let painter = ui.painter();
    let origin = ui.max_rect().min;
    let width = plan.width;
    painter.rect_filled(
        Rect::from_min_size(origin, vec2(width, plan.height.max(ui.max_rect().height()))),
        0.0,
        Color32::WHITE,
    );
    let text_width = width - 2.0 * s.margin;
    let left = origin.x + s.margin;
    let mut y = origin.y + s.margin;
    let text = |y: &mut f32, words: &str, font: FontId, color: Color32| {
        let galley = broken(painter, words, font, color, text_width);
        let height = galley.size().y;
        painter.galley(pos2(left, *y), galley, color);
        *y += height;
    };
    text(&mut y, &plan.title, FontId::proportional(s.title), INK);
    text(&mut y, &plan.summary, FontId::proportional(s.small), INK);
    y += legend(painter, plan, pos2(left, y), text_width) + 4.0;

    let bars_top = y;
    let rows = plan
        .columns
        .iter()
        .map(ExactSizeIterator::len)
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    // A slide's rows share what the text leaves of the page (the plan estimated the text).
    let row = if plan.fixed_height {
        let footer: f32 = plan
            .footer
            .iter()
            .map(|line| {
                let font = FontId::proportional(s.small);
                broken(painter, line, font, INK, text_width).size().y
            })
            .sum();
        let room = origin.y + plan.height - s.margin - footer - 8.0 - Sizes::line(s.small) - y;
        (room / rows).clamp(s.min_row(), s.max_row)
    } else {
        plan.row
    };
    let bars_height = bars(
        painter,
        (plan, row),
        data,
        selected,
        pos2(left, bars_top),
        text_width,
    );
    y = bars_top + bars_height + 4.0;
    for line in &plan.footer {
        text(&mut y, line, FontId::proportional(s.small), INK);
    }
    let used = y + s.margin - origin.y;
    if plan.fixed_height { plan.height } else { used }
}

/// `words` laid out in lines no wider than `width`, broken as Japanese is set on paper
/// ([`crate::export::line_break`]), not inside a number, a date or a katakana word, the lines
/// [`LEADING`] apart.
pub(crate) fn broken(
    painter: &egui::Painter,
    words: &str,
    font: FontId,
    color: Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    let advance = |c: char| {
        painter
            .layout_no_wrap(c.to_string(), font.clone(), color)
            .size()
            .x
    };
    let lines = crate::export::line_break::wrap(words, width, advance);
    if lines.len() < 2 {
        return painter.layout_no_wrap(lines.concat(), font, color);
    }
    // Lines of a paragraph a quarter of their size apart (egui's rows of this font touch).
    let mut job = egui::text::LayoutJob::default();
    let line_height = Some(font.size * LEADING);
    job.append(
        &lines.join("\n"),
        0.0,
        egui::TextFormat {
            font_id: font,
            color,
            line_height,
            ..Default::default()
        },
    );
    painter.layout_job(job)
}

/// The height of a line of a broken paragraph, in ems (within the plan's estimate,
/// [`Sizes::line`]).
pub(crate) const LEADING: f32 = 1.25;

/// The legend in one wrapped row; gives its height.
fn legend(painter: &egui::Painter, plan: &FigurePlan, at: Pos2, width: f32) -> f32 {
    let s = plan.sizes;
    let font = FontId::proportional(s.name);
    let line = Sizes::line(s.name);
    let box_side = s.name * 0.8;
    let (mut x, mut y) = (at.x, at.y);
    let mut row_height = line;
    for (swatch, words) in &plan.legend {
        let mut galley = painter.layout_no_wrap(words.clone(), font.clone(), INK);
        let mut entry = box_side + 3.0 + galley.size().x + 10.0;
        if x > at.x && x + entry > at.x + width {
            x = at.x;
            y += row_height;
            row_height = line;
        }
        // An entry wider than the picture (a long English one) is set on lines of its own.
        if entry > width {
            galley = broken(painter, words, font.clone(), INK, width - box_side - 3.0);
            entry = width;
            row_height = row_height.max(galley.size().y);
        }
        let square = Rect::from_min_size(
            pos2(x, y + (line - box_side) / 2.0),
            vec2(box_side, box_side),
        );
        let (colour, outline) = match swatch {
            Swatch::Bar => (theme::BAR, Stroke::NONE),
            Swatch::Part => (theme::BAR_PART, Stroke::NONE),
            Swatch::Selected => (theme::BAR_SELECTED, Stroke::new(1.0, INK)),
            Swatch::Earlier => (theme::BAR_EARLIER, Stroke::NONE),
        };
        painter.rect_filled(square, 0.0, colour);
        painter.rect_stroke(square, 0.0, outline, egui::StrokeKind::Inside);
        let top = if galley.size().y > line {
            y
        } else {
            y + (line - galley.size().y) / 2.0
        };
        painter.galley(pos2(x + box_side + 3.0, top), galley, INK);
        x += entry;
    }
    if plan.legend.is_empty() {
        0.0
    } else {
        y + row_height - at.y
    }
}

/// The bars in their columns with names, values, grid and axis; gives the height used.
fn bars(
    painter: &egui::Painter,
    (plan, row): (&FigurePlan, f32),
    data: &ChartData,
    selected: Option<PrefectureCode>,
    at: Pos2,
    width: f32,
) -> f32 {
    let s = plan.sizes;
    let name_font = FontId::proportional(s.name);
    let value_font = FontId::proportional(s.value);
    let axis_font = FontId::proportional(s.small);
    let measure = |words: &str, font: &FontId| {
        painter
            .layout_no_wrap(words.to_owned(), font.clone(), INK)
            .size()
            .x
    };
    let name_width = data
        .bars
        .iter()
        .map(|b| measure(&b.name, &name_font))
        .fold(0.0, f32::max);
    let value_width = plan
        .values
        .iter()
        .map(|v| measure(v, &value_font))
        .fold(0.0, f32::max);
    let columns = plan.columns.len().max(1) as f32;
    let gap = 12.0;
    let column_width = (width - gap * (columns - 1.0)) / columns;
    let track = (column_width - name_width - 4.0 - 3.0 - value_width).max(10.0);
    let max = data
        .bars
        .iter()
        .map(|b| b.value.max(b.earlier.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1);
    let compared = data.earlier.is_some();
    let step = nice_step(max);
    let axis_end = max.div_ceil(step.max(1)).saturating_mul(step);
    let scale = track / (axis_end as f32).max(1.0);
    let rows = plan
        .columns
        .iter()
        .map(ExactSizeIterator::len)
        .max()
        .unwrap_or(0);
    let height = row * rows as f32;
    for (c, range) in plan.columns.iter().enumerate() {
        let x0 = at.x + c as f32 * (column_width + gap) + name_width + 4.0;
        grid(
            painter,
            pos2(x0, at.y),
            height,
            (max, step, scale),
            (&axis_font, data.scale),
        );
        for (r, i) in range.clone().enumerate() {
            let (Some(b), Some(value)) = (data.bars.get(i), plan.values.get(i)) else {
                continue;
            };
            let y = at.y + r as f32 * row;
            let middle = y + row / 2.0;
            let reach = bar_ui(painter, b, (x0, middle, row, scale), compared, selected);
            painter.text(
                pos2(x0 - 4.0, middle),
                Align2::RIGHT_CENTER,
                &b.name,
                name_font.clone(),
                INK,
            );
            // Clear of the selected bar's outline (1.5 points outside it).
            let gap = if selected == Some(b.code) { 5.0 } else { 3.0 };
            painter.text(
                pos2(reach + gap, middle),
                Align2::LEFT_CENTER,
                value,
                value_font.clone(),
                INK,
            );
        }
    }
    height + Sizes::line(s.small) + 1.0
}

/// One bar (with its of-which part, and the earlier report's bar under it when compared) in
/// the row whose middle is at `middle`, from `x0`; gives where its longest bar ends.
fn bar_ui(
    painter: &egui::Painter,
    b: &crate::dashboard::chart_data::BarDatum,
    (x0, middle, row, scale): (f32, f32, f32, f32),
    compared: bool,
    selected: Option<PrefectureCode>,
) -> f32 {
    // Compared: the report's bar in the upper part of the row, the earlier one,
    // lighter and thinner, under it.
    let (bar_height, bar_middle) = if compared {
        (row * 0.44, middle - row * 0.13)
    } else {
        (row * 0.68, middle)
    };
    let is_selected = selected == Some(b.code);
    let (whole, part_colour) = if is_selected {
        (theme::BAR_SELECTED, theme::BAR_SELECTED_PART)
    } else {
        (theme::BAR, theme::BAR_PART)
    };
    let length = b.value as f32 * scale;
    let bar = Rect::from_min_size(
        pos2(x0, bar_middle - bar_height / 2.0),
        vec2(length, bar_height),
    );
    painter.rect_filled(bar, 0.0, whole);
    let mut reach = bar.right();
    if let Some(old) = b.earlier.filter(|_| compared) {
        let earlier = Rect::from_min_size(
            pos2(x0, bar.bottom() + row * 0.03),
            vec2(old as f32 * scale, row * 0.24),
        );
        painter.rect_filled(earlier, 0.0, theme::BAR_EARLIER);
        reach = reach.max(earlier.right());
    }
    if let Some(part) = b.part {
        let part_rect =
            Rect::from_min_size(bar.min, vec2(part.min(b.value) as f32 * scale, bar_height));
        painter.rect_filled(part_rect, 0.0, part_colour);
    }
    if is_selected {
        painter.rect_stroke(
            bar.expand(0.5),
            0.0,
            Stroke::new(1.0, INK),
            egui::StrokeKind::Outside,
        );
    }
    reach
}

/// Grid lines and axis labels under a column of bars starting at `at`, `height` tall, for
/// values up to `max` in steps of `step` at `points` points per held unit, labelled on `scale`.
fn grid(
    painter: &egui::Painter,
    at: Pos2,
    height: f32,
    (max, step, points): (u32, u32, f32),
    (font, scale): (&FontId, Scale),
) {
    let mut tick = 0_u32;
    while tick <= max {
        let x = at.x + tick as f32 * points;
        painter.line_segment(
            [pos2(x, at.y), pos2(x, at.y + height)],
            Stroke::new(0.4, GRID),
        );
        painter.text(
            pos2(x, at.y + height + 1.0),
            Align2::CENTER_TOP,
            scale.show_held(tick),
            font.clone(),
            INK,
        );
        match tick.checked_add(step.max(1)) {
            Some(next) => tick = next,
            None => break,
        }
    }
}

/// A round step for about five axis labels: 1, 2 or 5 times a power of ten.
fn nice_step(max: u32) -> u32 {
    let rough = (max / 5).max(1);
    let mut power = 1_u32;
    while power.saturating_mul(10) <= rough {
        power = power.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|m| power.saturating_mul(m))
        .find(|&step| step >= rough)
        .unwrap_or(power)
}
