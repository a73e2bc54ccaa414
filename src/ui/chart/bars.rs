//! The chart's bars as `egui_plot` draws them: the main series stacked on the of-which part,
//! the earlier report's bars beside them when compared, and each bar's hover text.

use egui_plot::Bar;

use crate::dashboard::chart_data::{BarDatum, ChartData};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::texts::{fill, texts};
use crate::ui::theme;

/// The hover text of a bar: its exact figure (and part), and its change when compared.
pub(super) fn hover_text(data: &ChartData, b: &BarDatum, lang: Lang) -> String {
    let mut text = hover_value(data, b, lang);
    if let (Some(e), Some(old), Some(change)) = (&data.earlier, b.earlier, b.change()) {
        let t = texts(lang);
        let mut change = b.scale.show_held_change(change);
        if b.value < old {
            change.insert(0, '▼');
        }
        text.push('\n');
        text.push_str(&fill(
            t.side.side_change_line,
            &[
                ("label", &e.line),
                ("change", &change),
                ("old", &b.scale.show_held(old)),
                ("new", &b.scale.show_held(b.value)),
            ],
        ));
    }
    text
}

fn hover_value(data: &ChartData, b: &BarDatum, lang: Lang) -> String {
    let label = data.metric.label(lang);
    let value = b.scale.show_held(b.value);
    let t = texts(lang);
    match b.part {
        Some(part) => fill(
            t.chart.bar_hover_part,
            &[
                ("name", &b.name),
                ("label", &label),
                ("value", &value),
                ("part", &b.scale.show_held(part)),
            ],
        ),
        None => fill(t.chart.bar_hover, &[("name", &b.name), ("value", &value)]),
    }
}

pub(super) type Series = (String, Vec<Bar>);

/// Where a bar stands in its row: alone in the middle, or, when compared, the report's bar in
/// the upper part of the row and the earlier one, lighter and thinner, under it.
fn slot(i: usize, compared: bool) -> (f64, f64) {
    if compared {
        (i as f64 - 0.14, 0.5)
    } else {
        (i as f64, 0.7)
    }
}

/// The earlier report's bars, lighter, under each bar (when compared).
pub(super) fn earlier_bars(data: &ChartData, lang: Lang) -> Option<Series> {
    let e = data.earlier.as_ref()?;
    let bars = data
        .bars
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let old = b.earlier?;
            let text = fill(
                texts(lang).chart.bar_hover,
                &[("name", &b.name), ("value", &b.scale.show_held(old))],
            );
            Some(
                Bar::new(i as f64 + 0.27, f64::from(old))
                    .width(0.28)
                    .fill(theme::BAR_EARLIER)
                    .stroke(egui::Stroke::NONE)
                    .name(text),
            )
        })
        .collect();
    let as_of = crate::texts::format_date(&e.compiled, lang);
    Some((
        fill(texts(lang).chart.chart_earlier_legend, &[("date", &as_of)]),
        bars,
    ))
}

/// The of-which series (when the metric has one) and the main series, stacked on it.
pub(super) fn bars(
    data: &ChartData,
    selected: Option<PrefectureCode>,
    lang: Lang,
) -> (Option<Series>, Series) {
    let compared = data.earlier.is_some();
    // Thousands of bars (a synthetic table) are too thin to hover: no words for each.
    let worded = data.bars.len() <= MAX_BAR_NODES;
    let hover = |b: &BarDatum| {
        if worded {
            hover_text(data, b, lang)
        } else {
            String::new()
        }
    };
    let make = |i: usize, value: u32, base: Option<u32>, fill, name: String| {
        let (at, width) = slot(i, compared);
        let b = Bar::new(at, f64::from(value))
            .width(width)
            .fill(fill)
            .stroke(egui::Stroke::NONE)
            .name(name);
        match base {
            Some(base) => b.base_offset(f64::from(base)),
            None => b,
        }
    };
    let is_sel = |b: &BarDatum| selected == Some(b.code);
    let parts = data.part.map(|_| {
        let bars = data
            .bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let fill = if is_sel(b) {
                    theme::BAR_SELECTED_PART
                } else {
                    theme::BAR_PART
                };
                make(i, b.part.unwrap_or(0).min(b.value), None, fill, hover(b))
            })
            .collect();
        (
            texts(lang).window.of_which_vaccination_work.to_owned(),
            bars,
        )
    });
    let rest = data
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let part = b.part.unwrap_or(0).min(b.value);
            let fill = if is_sel(b) {
                theme::BAR_SELECTED
            } else {
                theme::BAR
            };
            make(
                i,
                b.value.saturating_sub(part),
                b.part.map(|_| part),
                fill,
                hover(b),
            )
        })
        .collect();
    let rest_name = match data.part {
        Some(_) => texts(lang).window.other.to_owned(),
        None => data.metric.label(lang).to_owned(),
    };
    (parts, (rest_name, rest))
}

/// The most bars reached one by one (a report has 47).
const MAX_BAR_NODES: usize = 100;

/// Each bar as a screen reader reaches it, one by one in the chart's order, under the chart's
/// figure: named with the prefecture and its figure (「東京都 830」), the selected one marked
/// selected; a click on the bar, or the screen reader's activation, selects the prefecture. A
/// click, not a Tab stop (47 of them would stand between the chart and the side panel).
pub(super) fn bar_nodes(
    ui: &mut egui::Ui,
    (data, selected): (&ChartData, Option<PrefectureCode>),
    (plot, plot_rect): (&egui_plot::PlotResponse<()>, egui::Rect),
    lang: Lang,
    out: &mut Vec<crate::dashboard::Command>,
) {
    // A chart of thousands of bars (synthetic tables) has bars too thin to reach one by one.
    if data.bars.len() > MAX_BAR_NODES {
        return;
    }
    let bars_ui = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("chart_bars")
            .max_rect(plot_rect)
            .accessibility_parent(plot.response.id),
    );
    for (i, b) in data.bars.iter().enumerate() {
        let at = |x: f64, y: f64| {
            plot.transform
                .position_from_point(&egui_plot::PlotPoint::new(x, y))
        };
        let reach = f64::from(b.value.max(b.earlier.unwrap_or(0)));
        let y = i as f64;
        let mut rect = egui::Rect::from_two_pos(at(0.0, y - 0.4), at(reach, y + 0.4));
        // A bar of 0 is still there to reach.
        rect.max.x = rect.max.x.max(rect.min.x + 4.0);
        let rect = rect.intersect(plot_rect);
        let id = egui::Id::unique(("chart_bar", b.code.0));
        let response = bars_ui.interact(rect, id, egui::Sense::CLICK);
        let label = fill(
            texts(lang).chart.bar_node,
            &[
                ("name", &b.name),
                ("value", &crate::dashboard::bar_text::value_text(b, lang)),
            ],
        );
        let is_selected = selected == Some(b.code);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, is_selected, &label)
        });
        if response.on_hover_text(hover_text(data, b, lang)).clicked() {
            out.push(crate::dashboard::Command::Choice(
                crate::dashboard::Choice::Select(Some(b.code)),
            ));
        }
    }
}
