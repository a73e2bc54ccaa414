//! The bar chart: one bar per prefecture shown, for one metric (openings and employed with
//! their vaccination part stacked inside), sorted by value or code, the selected prefecture
//! highlighted, the national figure in the title. Static: no zoom or drag; the axis starts at 0.

use egui::RichText;
use egui_plot::{AxisHints, BarChart, Corner, GridMark, Legend, Plot};

use crate::dashboard::bar_text::value_text;
use crate::dashboard::chart_data::{CHART_METRICS, ChartData, chart_metric, summary, title};
use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::source::footer;
use crate::dashboard::{Action, ChartOrder, Choice, Command, ViewContext};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::texts::{fill, texts};
use crate::ui::{action_button, theme};

mod bars;
use bars::{bars, earlier_bars};

/// The chart with its metric, order and export controls. Returns the area to export.
pub fn chart_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    data: &ChartData,
    out: &mut Vec<Command>,
) -> egui::Rect {
    let (state, lang) = (cx.state, cx.lang());
    let t = texts(lang);
    ui.horizontal_wrapped(|ui| {
        metric_picker(ui, cx, out);
        ui.separator();
        ui.add(egui::Label::new(t.window.order).extend());
        let mut orders = vec![
            (
                ChartOrder::ByValue,
                t.chart.order_by_value,
                t.chart.order_by_value,
            ),
            (
                ChartOrder::ByCode,
                t.chart.order_by_code,
                t.chart.order_by_code,
            ),
        ];
        if data.earlier.is_some() {
            orders.push((
                ChartOrder::ByChange,
                t.chart.order_by_change,
                t.chart.order_by_change_help,
            ));
        }
        // By change is by value when nothing is compared with.
        let current = match state.chart_order {
            ChartOrder::ByChange if data.earlier.is_none() => ChartOrder::ByValue,
            order => order,
        };
        for (order, label, help) in orders {
            if ui
                .selectable_label(current == order, label)
                .on_hover_text(help)
                .clicked()
            {
                out.push(Command::Choice(Choice::SetChartOrder(order)));
            }
        }
        ui.separator();
        out.extend(action_button(ui, Action::ExportChart, cx));
        picture_for_ui(ui, cx, out);
        out.extend(action_button(ui, Action::CopyChart, cx));
        out.extend(action_button(ui, Action::ExportPack, cx));
    });
    body_ui(ui, cx, data, out)
}

/// The chart's figure, one of [`CHART_METRICS`], as buttons after their label (the chart and
/// the trend).
pub fn metric_picker(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Vec<Command>) {
    let lang = cx.lang();
    // Labels whole, so that a narrow chart moves them to the next line rather than breaking
    // them over the buttons.
    ui.add(egui::Label::new(texts(lang).chart.metric).extend());
    let current = chart_metric(cx.state.metric);
    for m in CHART_METRICS {
        if ui.selectable_label(current == m, m.label(lang)).clicked() {
            out.push(Command::Choice(Choice::SetMetric(m)));
        }
    }
}

/// Where an exported picture goes (its size), after its label (the chart and the trend).
pub fn picture_for_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Vec<Command>) {
    let (lang, t) = (cx.lang(), texts(cx.lang()));
    let current = cx.state.chart_layout;
    {
        // The label before its control, the two kept together: on the next line when both
        // do not fit at the end of this one.
        let label_text = egui::WidgetText::from(t.export.picture_for).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        );
        let spacing = ui.spacing().item_spacing.x;
        let needed = label_text.size().x + spacing + ui.spacing().combo_width + 2.0 * spacing;
        if ui.available_size_before_wrap().x < needed {
            ui.end_row();
        }
        let label = ui.add(egui::Label::new(label_text));
        egui::ComboBox::from_id_salt("picture_for")
            .selected_text(current.label(lang))
            .show_ui(ui, |ui| {
                for layout in ChartLayout::ALL {
                    if ui
                        .selectable_label(current == layout, layout.label(lang))
                        .on_hover_text(layout.help(lang))
                        .clicked()
                    {
                        out.push(Command::Choice(Choice::SetChartLayout(layout)));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(current.help(lang));
    }
}

/// What is exported as on screen: title, summary, the selected prefecture, plot with legend,
/// and under it the filter, the period and the source with the report's date. Returns its area.
pub fn body_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    data: &ChartData,
    out: &mut Vec<Command>,
) -> egui::Rect {
    let (state, report, lang) = (cx.state, cx.report, cx.lang());
    let filtered = state.filter.is_active();
    egui::Frame::new()
        .inner_margin(6.0)
        .show(ui, |ui| {
            let summary = summary(data, lang);
            // Title, summary and the selected one side by side, each whole; a line each,
            // wrapped, where the chart is narrow.
            let narrow = ui.available_width() < 520.0;
            // Kept across passes: a keystroke in the search box brings the titles back.
            crate::ui::text_cache::with(&ui.ctx().clone(), |kept| {
                let wrap = Some(if narrow {
                    egui::TextWrapMode::Wrap
                } else {
                    egui::TextWrapMode::Extend
                });
                let lines = |ui: &mut egui::Ui| {
                    let title = RichText::new(title(data, filtered, lang))
                        .strong()
                        .size(15.0);
                    kept.label_wrapping(ui, title, wrap);
                    kept.label_wrapping(ui, RichText::new(&summary).weak(), wrap);
                    if let Some(bar) = data.bars.iter().find(|b| Some(b.code) == state.selected) {
                        let selected =
                            fill(texts(lang).export.figure_selected, &[("name", &bar.name)]);
                        let selected = RichText::new(selected).color(theme::BAR_SELECTED);
                        kept.label_wrapping(ui, selected, wrap);
                    }
                };
                if narrow {
                    ui.vertical(lines);
                } else {
                    ui.horizontal_wrapped(lines);
                }
            });
            let compared = data.earlier.as_ref().map(|e| e.line.as_str());
            let lines = footer(state, report, compared, data.scale);
            let footer = lines.join(texts(lang).window.list_separator);
            let source_height = 34.0;
            plot_ui(
                ui,
                (data, state.selected),
                lang,
                &summary,
                (ui.available_height() - source_height).max(120.0),
                out,
            );
            crate::ui::text_cache::with(&ui.ctx().clone(), |kept| {
                kept.label(ui, RichText::new(footer).small());
            });
        })
        .response
        .rect
}

#[expect(
    clippy::too_many_lines,
    reason = "one plot: axes, bars, then names and values painted beside them"
)]
fn plot_ui(
    ui: &mut egui::Ui,
    (data, selected): (&ChartData, Option<PrefectureCode>),
    lang: Lang,
    summary: &str,
    height: f32,
    out: &mut Vec<Command>,
) {
    let n = data.bars.len();
    // The names are painted by us, beside each bar, at a size that fits the bar spacing:
    // egui_plot's own tick labels vanish when a line is taller than the spacing.
    let spacing = height / (n.max(1) as f32 + 1.5);
    // Names and values at the body text's size, never smaller: where the bars stand closer
    // than a line, every other bar (or every third…) is named, the selected one always.
    let label_size = theme::CHART_LABEL_SIZE;
    let longest = data
        .bars
        .iter()
        .map(|b| b.name.chars().count())
        .max()
        .unwrap_or(3);
    let axis_width = longest as f32 * label_size + 10.0;
    let y_axis = AxisHints::new_y()
        .formatter(|_, _| String::new())
        .min_thickness(axis_width);
    // Counts are short ("1,200"): labels 30 px apart still read, so a narrow chart (the split
    // view) keeps its scale instead of showing only 0.
    let scale = data.scale;
    let x_axis = AxisHints::new_x().label_spacing(30.0..=60.0).formatter(
        move |m: GridMark, _: &std::ops::RangeInclusive<f64>| {
            if m.value < 0.0 || m.value.fract() != 0.0 {
                return String::new();
            }
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "checked above"
            )]
            scale.show_held(m.value as u32)
        },
    );
    let max = data
        .bars
        .iter()
        .map(|b| b.value.max(b.earlier.unwrap_or(0)))
        .max()
        .unwrap_or(0);
    let plot = Plot::new(("chart", data.metric))
        .height(height)
        .custom_y_axes(vec![y_axis])
        .custom_x_axes(vec![x_axis])
        .y_grid_spacer(move |_| {
            (0..n)
                .map(|i| GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .invert_y(true)
        .set_margin_fraction(egui::vec2(0.0, 0.0))
        .include_x(0.0)
        .include_x(f64::from(max.max(1)) * 1.18)
        .include_y(-0.75)
        .include_y(n as f64 - 0.25)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .allow_axis_zoom_drag(false)
        .show_grid([true, false])
        .legend(Legend::default().position(Corner::RightBottom));
    let (parts, rest) = bars(data, selected, lang);
    let earlier = earlier_bars(data, lang);
    let response = plot.show(ui, |p| {
        if let Some((name, earlier)) = earlier {
            p.bar_chart(
                BarChart::new(name, earlier)
                    .horizontal()
                    .color(theme::BAR_EARLIER)
                    .element_formatter(Box::new(|b, _| b.name.clone())),
            );
        }
        if let Some((name, parts)) = parts {
            p.bar_chart(
                BarChart::new(name, parts)
                    .horizontal()
                    .color(theme::BAR_PART)
                    .element_formatter(Box::new(|b, _| b.name.clone())),
            );
        }
        let (name, rest) = rest;
        p.bar_chart(
            BarChart::new(name, rest)
                .horizontal()
                .color(theme::BAR)
                .element_formatter(Box::new(|b, _| b.name.clone())),
        );
    });
    let plot_rect = response.response.rect;
    let painter = ui.painter();
    let font = egui::FontId::proportional(label_size);
    let color = ui.visuals().text_color();
    // Names only where they can be read (2,000 synthetic bars would be a smear).
    let legible = spacing >= 6.0;
    // Where names would touch (a short window), every other one (or every third…) and the
    // selected one (its neighbours then left out), rather than names on top of each other.
    let every = names_every(label_size * 1.05, spacing);
    let chosen = data.bars.iter().position(|b| selected == Some(b.code));
    let value_font = font.clone();
    // Names and values kept across passes: a keystroke in the search box brings them back.
    crate::ui::text_cache::with(ui.ctx(), |kept| {
        for (i, b) in data
            .bars
            .iter()
            .enumerate()
            .filter(|&(i, _)| legible && named(i, every, chosen))
        {
            // The value after the longer of the two bars when compared (a figure that fell has
            // the earlier bar longer), at the middle of the row.
            let reach = b.value.max(b.earlier.unwrap_or(0));
            let end = response
                .transform
                .position_from_point(&egui_plot::PlotPoint::new(f64::from(reach), i as f64));
            let y = end.y;
            let at = (
                egui::pos2(plot_rect.left() - 4.0, y),
                egui::Align2::RIGHT_CENTER,
            );
            kept.paint(painter, at, &b.name, font.clone(), color);
            let at = (egui::pos2(end.x + 3.0, y), egui::Align2::LEFT_CENTER);
            kept.paint(painter, at, &value_text(b, lang), value_font.clone(), color);
        }
    });
    let id = response.response.id;
    let label = format!("{} {summary}", title(data, false, lang));
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(egui::accesskit::Role::Figure);
        node.set_label(label);
    });
    bars::bar_nodes(ui, (data, selected), (&response, plot_rect), lang, out);
}

/// Whether bar `i` is named when every `every`-th is: the selected one always, and those too
/// near it to stand beside it left out.
fn named(i: usize, every: usize, selected: Option<usize>) -> bool {
    match selected {
        Some(s) if s == i => true,
        Some(s) if i.abs_diff(s) < every => false,
        _ => i.is_multiple_of(every),
    }
}

/// Draw every n-th name so that names `line` tall do not overlap at `spacing` between bars.
fn names_every(line: f32, spacing: f32) -> usize {
    crate::dashboard::bar_text::count_at_least_one((line / spacing.max(0.1)).ceil())
}

#[cfg(test)]
mod tests {
    use super::{named, names_every};

    #[test]
    fn the_selected_bar_is_named_and_its_close_neighbours_are_not() {
        let shown = |every, sel| (0..8).filter(|&i| named(i, every, sel)).collect::<Vec<_>>();
        assert_eq!(shown(1, Some(3)), [0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(shown(2, None), [0, 2, 4, 6]);
        assert_eq!(shown(2, Some(3)), [0, 3, 6]);
        assert_eq!(shown(3, Some(4)), [0, 4]);
    }

    #[test]
    fn names_skip_rather_than_overlap() {
        // 47 bars in a short chart: 7.5 points apart, names 9.45 points tall.
        assert_eq!(names_every(9.45, 7.5), 2);
        assert_eq!(names_every(9.45, 3.0), 4);
        assert_eq!(names_every(9.45, 20.0), 1, "room enough: every name");
        assert_eq!(names_every(9.45, 0.0), 95, "no spacing: no panic");
    }
}
