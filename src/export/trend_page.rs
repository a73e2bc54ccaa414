//! The trend as a printed picture, for the layout chosen by where it goes (A4 text width, half
//! of it, a 16:9 slide): the title, the legend, the main chart's panels (the screen's drawing,
//! [`crate::ui::trend::draw`], at the page's sizes, never below 8 pt), on A4 the small
//! multiples under them, and the lines under it all (each point's table, the falls' caveat,
//! the sources, the census). Black text on white.

use egui::{FontId, Rect, pos2, vec2};

use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::trend::TrendData;
use crate::export::figure::{POINTS_PER_CM, Sizes};
use crate::lang::Lang;
use crate::ui::theme::{PRINT_GRID, PRINT_INK};
use crate::ui::trend::draw::{Style, draw_panel};
use crate::ui::trend::panels::{legend, main_panels, main_rects, multiple_panels};

/// The small multiples of an A4 picture in a row.
const TILES_PER_ROW: usize = 6;

/// The plan of a printed trend.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPlan {
    /// The layout.
    pub layout: ChartLayout,
    /// Text sizes and spacing.
    pub sizes: Sizes,
    /// Width, points.
    pub width: f32,
    /// Height, points.
    pub height: f32,
    /// The main chart's height, points.
    pub main: f32,
    /// A small multiple's height, points (none: the picture has none).
    pub tile: Option<f32>,
    /// The title.
    pub title: String,
    /// The lines under the chart.
    pub footer: Vec<String>,
}

impl TrendPlan {
    /// What the picture says, in words: the title, each line's values by date, the lines
    /// under it. Written into the PNG (its `Description`).
    pub fn description(&self, data: &TrendData, lang: Lang) -> String {
        let mut lines = vec![self.title.clone()];
        let dates: Vec<String> = data
            .tables
            .iter()
            .map(|t| crate::texts::format_date(&t.date, lang))
            .collect();
        for line in std::iter::once(&data.nation).chain(&data.lines) {
            let values: Vec<String> = line
                .values
                .iter()
                .zip(&dates)
                .map(|(v, d)| format!("{d} {}", crate::report::scale::show(*v)))
                .collect();
            lines.push(format!("{}: {}", line.name, values.join(", ")));
        }
        lines.extend(self.footer.iter().cloned());
        lines.join("\n")
    }
}

/// Whether a picture for `layout` draws the small multiples: on an A4 page only (half a text
/// width or a slide has no room for 47).
pub fn with_multiples(layout: ChartLayout) -> bool {
    layout == ChartLayout::A4
}

/// The plan for `layout` (a page or a slide) with the lines `footer` under it.
pub fn plan(layout: ChartLayout, data: &TrendData, footer: Vec<String>, lang: Lang) -> TrendPlan {
    let sizes = Sizes::of(layout);
    let (width_cm, height_cm) = layout.size_cm().unwrap_or((16.0, None));
    let width = width_cm * POINTS_PER_CM;
    let text_width = width - 2.0 * sizes.margin;
    let lines = |text: &str, size: f32| {
        (crate::export::figure::estimate_width(text, size) / text_width)
            .ceil()
            .max(1.0)
            * Sizes::line(size)
    };
    let title = data.title(lang);
    // The legend: the nation and the prefectures' lines, about three a row.
    let legend_lines = (data.lines.len() / 3).saturating_add(1) as f32 * Sizes::line(sizes.name);
    let header = lines(&title, sizes.title) + legend_lines + 6.0;
    let under: f32 = footer.iter().map(|f| lines(f, sizes.small)).sum::<f32>() + 6.0;
    let small_chart = (with_multiples(layout) && !data.multiples.is_empty()).then_some(50.0);
    let rows = data.multiples.len().div_ceil(TILES_PER_ROW) as f32;
    let multiples = small_chart.map_or(0.0, |t| t * rows + Sizes::line(sizes.name) + 4.0);
    let (height, main) = if let Some(h) = height_cm {
        let height = h * POINTS_PER_CM;
        let main = (height - 2.0 * sizes.margin - header - under).max(80.0);
        (height, main)
    } else {
        // The nation's panel above the prefectures' on half a text width (`main_rects`).
        let stacked = text_width < 320.0 && data.nation_apart() && !data.lines.is_empty();
        let main = (text_width * if stacked { 1.0 } else { 0.36 }).max(110.0);
        (2.0 * sizes.margin + header + main + multiples + under, main)
    };
    TrendPlan {
        layout,
        sizes,
        width,
        height,
        main,
        tile: small_chart,
        title,
        footer,
    }
}

/// Draws the picture from the top-left of `ui`; gives the height it used, in points.
pub fn trend_page_ui(ui: &egui::Ui, plan: &TrendPlan, data: &TrendData, lang: Lang) -> f32 {
    let s = plan.sizes;
    let painter = ui.painter();
    let origin = ui.max_rect().min;
    painter.rect_filled(
        Rect::from_min_size(
            origin,
            vec2(plan.width, plan.height.max(ui.max_rect().height())),
        ),
        0.0,
        egui::Color32::WHITE,
    );
    let text_width = plan.width - 2.0 * s.margin;
    let left = origin.x + s.margin;
    let mut y = origin.y + s.margin;
    let text = |y: &mut f32, words: &str, size: f32| {
        let galley = crate::export::page::broken(
            painter,
            words,
            FontId::proportional(size),
            PRINT_INK,
            text_width,
        );
        let height = galley.size().y;
        painter.galley(pos2(left, *y), galley, PRINT_INK);
        *y += height;
    };
    text(&mut y, &plan.title, s.title);
    let style = Style {
        text: s.name,
        heading: s.name,
        ink: PRINT_INK,
        grid: PRINT_GRID,
        line: 1.4,
    };
    let panels = main_panels(data, lang);
    let series: Vec<_> = panels
        .iter()
        .flat_map(|p| p.series.iter().copied())
        .collect();
    y += legend(painter, pos2(left, y), text_width, &series, &style) + 4.0;
    let main = Rect::from_min_size(pos2(left, y), vec2(text_width, plan.main));
    for (panel, r) in panels.iter().zip(main_rects(main, panels.len())) {
        draw_panel(painter, r, panel, &style, lang);
    }
    y += plan.main + 4.0;
    if let Some(tile) = plan.tile {
        let heading = crate::texts::fill(
            crate::texts::texts(lang).trend.multiples,
            &[("count", &data.multiples.len())],
        );
        text(&mut y, &heading, s.name);
        let small = Style {
            text: s.small,
            heading: s.small,
            ..style
        };
        let width = text_width / TILES_PER_ROW as f32;
        for (i, panel) in multiple_panels(data).iter().enumerate() {
            let (row, column) = (i / TILES_PER_ROW, i % TILES_PER_ROW);
            let at = pos2(left + width * column as f32, y + tile * row as f32);
            let r = Rect::from_min_size(at, vec2(width, tile)).shrink2(vec2(3.0, 2.0));
            draw_panel(painter, r, panel, &small, lang);
        }
        y += tile * data.multiples.len().div_ceil(TILES_PER_ROW) as f32 + 4.0;
    }
    for line in &plan.footer {
        text(&mut y, line, s.small);
    }
    let used = y + s.margin - origin.y;
    if plan.layout == ChartLayout::Slide {
        plan.height
    } else {
        used
    }
}
