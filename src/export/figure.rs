//! Chart pictures for documents, planned without egui: for the layout chosen by where the
//! picture goes ([`ChartLayout`]: A4 text width, half of it, a 16:9 slide, or as on screen),
//! the size of the picture in typographic points (1/72 inch), the text sizes, the rows and
//! columns of bars, and every line the picture carries (title, largest and smallest, legend,
//! filter, period, date, source). The drawing (`export::page`) follows the plan; the export
//! writes it at [`DPI`].

use std::ops::Range;

use crate::dashboard::State;
use crate::dashboard::bar_text::{count_at_least_one, value_text};
use crate::dashboard::chart_data::{ChartData, summary, title};
pub use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::source::footer;
use crate::lang::Lang;
use crate::report::Report;
use crate::texts::format_date;
use crate::texts::{fill, texts};

/// Dots per inch of the exported pictures.
pub const DPI: f32 = 300.0;
/// Points (1/72 inch) in a centimetre.
pub const POINTS_PER_CM: f32 = 72.0 / 2.54;
/// Pixels per point at [`DPI`].
pub const PIXELS_PER_POINT: f32 = DPI / 72.0;
/// No text of a printed picture is smaller than this, in points, at its physical size.
pub const MIN_TEXT: f32 = 8.0;
/// The tallest picture the offscreen renderer draws, in points (16,384 pixels at 300 dpi).
pub const MAX_HEIGHT: f32 = 16_384.0 / PIXELS_PER_POINT;

/// Text sizes and spacing of a layout, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// Space around everything.
    pub margin: f32,
    /// The title.
    pub title: f32,
    /// Prefecture names and the legend.
    pub name: f32,
    /// Values at the end of the bars.
    pub value: f32,
    /// Axis labels, the summary and the lines under the chart.
    pub small: f32,
    /// The tallest row a bar gets (few bars make a shorter picture, not bigger bars).
    pub max_row: f32,
}

impl Sizes {
    /// The sizes of a printed layout.
    pub fn of(layout: ChartLayout) -> Self {
        match layout {
            ChartLayout::Half => Self {
                margin: 6.0,
                title: 10.0,
                name: 8.5,
                value: 8.0,
                small: 8.0,
                max_row: 13.0,
            },
            ChartLayout::Slide => Self {
                margin: 10.0,
                title: 14.0,
                name: 9.5,
                value: 9.0,
                small: 8.5,
                max_row: 32.0,
            },
            ChartLayout::A4 | ChartLayout::Screen => Self {
                margin: 8.0,
                title: 12.0,
                name: 9.0,
                value: 8.5,
                small: 8.0,
                max_row: 15.0,
            },
        }
    }

    /// The smallest row that keeps a name and its value readable.
    pub fn min_row(&self) -> f32 {
        self.name.max(self.value) * 1.2
    }

    /// The height of one line of text of `size`.
    pub fn line(size: f32) -> f32 {
        size * 1.35
    }
}

/// One entry of the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// The whole bar (or the part of it that is not the of-which part).
    Bar,
    /// The of-which part, stacked inside.
    Part,
    /// The selected prefecture's bar.
    Selected,
    /// The earlier report's bar, lighter, beside each bar when compared.
    Earlier,
}

/// The plan of a printed chart.
#[derive(Clone, Debug, PartialEq)]
pub struct FigurePlan {
    /// The layout.
    pub layout: ChartLayout,
    /// Text sizes and spacing.
    pub sizes: Sizes,
    /// Width, points.
    pub width: f32,
    /// Height, points: fixed for a slide, else what the rows need (estimated; the drawing
    /// measures its real text and the picture ends where the drawing does).
    pub height: f32,
    /// Whether the height is the page's (a slide) rather than what the content needs.
    pub fixed_height: bool,
    /// The height of a bar's row.
    pub row: f32,
    /// The bars of each column, left to right (a slide puts 47 bars in two columns).
    pub columns: Vec<Range<usize>>,
    /// The title: metric and national total (and the shown sum, derived, when filtered).
    pub title: String,
    /// Largest and smallest, ties named.
    pub summary: String,
    /// The legend.
    pub legend: Vec<(Swatch, String)>,
    /// The value written at the end of each bar, in the bars' order.
    pub values: Vec<String>,
    /// The lines under the chart: the filter (if any), the period, the source and the date.
    pub footer: Vec<String>,
}

/// Plans the printed picture of `data` for `layout`, with the state's filter and selection.
pub fn plan(layout: ChartLayout, data: &ChartData, state: &State, report: &Report) -> FigurePlan {
    let lang = state.lang;
    let sizes = Sizes::of(layout);
    let (width_cm, height_cm) = layout.size_cm().unwrap_or((16.0, None));
    let width = width_cm * POINTS_PER_CM;
    let text_width = width - 2.0 * sizes.margin;
    let filtered = state.filter.is_active();
    let title = title(data, filtered, lang);
    let summary = summary(data, lang);
    let legend = legend(data, state, lang);
    let values: Vec<String> = data.bars.iter().map(|b| value_text(b, lang)).collect();
    let footer = footer(
        state,
        report,
        data.earlier.as_ref().map(|e| e.line.as_str()),
        data.scale,
    );
    let lines = |text: &str, size: f32| {
        (estimate_width(text, size) / text_width).ceil().max(1.0) * Sizes::line(size)
    };
    let legend_text: String = legend.iter().map(|(_, s)| s.as_str()).collect();
    let header = lines(&title, sizes.title)
        + lines(&summary, sizes.small)
        + lines(&legend_text, sizes.name)
        + 4.0;
    let under = Sizes::line(sizes.small) // the axis labels
        + footer.iter().map(|f| lines(f, sizes.small)).sum::<f32>()
        + 4.0;
    let n = data.bars.len().max(1);
    let (height, row, per_column) = if let Some(h) = height_cm {
        let height = h * POINTS_PER_CM;
        let room = (height - 2.0 * sizes.margin - header - under).max(sizes.min_row());
        // As few columns as keep every row readable.
        let fit = rows_that_fit(room, sizes.min_row());
        let per_column = n.div_ceil(n.div_ceil(fit));
        let row = (room / per_column as f32).min(sizes.max_row);
        (height, row, per_column)
    } else {
        let row = sizes.max_row.min(sizes.min_row().max(12.5));
        (2.0 * sizes.margin + header + row * n as f32 + under, row, n)
    };
    let count = data.bars.len();
    let columns = (0..count)
        .step_by(per_column)
        .map(|start| start..start.saturating_add(per_column).min(count))
        .collect();
    FigurePlan {
        layout,
        sizes,
        width,
        height,
        fixed_height: height_cm.is_some(),
        row,
        columns,
        title,
        summary,
        legend,
        values,
        footer,
    }
}

/// How many rows of `row` points fit in `room` points (at least one).
fn rows_that_fit(room: f32, row: f32) -> usize {
    count_at_least_one((room / row).floor())
}

fn legend(data: &ChartData, state: &State, lang: Lang) -> Vec<(Swatch, String)> {
    let t = texts(lang);
    let mut legend = Vec::new();
    if data.part.is_some() {
        legend.push((Swatch::Bar, data.metric.label(lang).to_owned()));
        legend.push((Swatch::Part, t.export.figure_part_legend.to_owned()));
    }
    if let Some(e) = &data.earlier {
        if data.part.is_none() {
            legend.push((Swatch::Bar, data.metric.label(lang).to_owned()));
        }
        let as_of = format_date(&e.compiled, lang);
        legend.push((
            Swatch::Earlier,
            fill(t.chart.chart_earlier_legend, &[("date", &as_of)]),
        ));
    }
    if let Some(bar) = data.bars.iter().find(|b| Some(b.code) == state.selected) {
        legend.push((
            Swatch::Selected,
            fill(t.export.figure_selected, &[("name", &bar.name)]),
        ));
    }
    legend
}

/// A generous estimate of a text's width in points at `size`: a full em for CJK and other wide
/// characters, 0.62 em for the rest (the drawing measures the real text).
pub fn estimate_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.62 })
        .sum::<f32>()
        * size
}

impl FigurePlan {
    /// What the picture says, in words and in its order: the title, the summary, the legend,
    /// each bar's name with the value written at it, and the lines under it. Written into the
    /// PNG (its `Description`), so that the words of a picture can be read back.
    pub fn description(&self, data: &ChartData) -> String {
        let mut lines = vec![self.title.clone(), self.summary.clone()];
        lines.extend(self.legend.iter().map(|(_, s)| s.clone()));
        lines.extend(
            data.bars
                .iter()
                .zip(&self.values)
                .map(|(b, v)| format!("{} {v}", b.name)),
        );
        lines.extend(self.footer.iter().cloned());
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests;
