//! The trend view (推移): the chart's figure over every table known, by the dates the tables
//! stand at. The title, the legend, the main chart (the nation and the selected prefecture,
//! and those the filter shows when they are few; the nation apart as counts), the small
//! multiples (one per prefecture) when the filter shows more, and under them each point's
//! table, the falls' caveat and the census per 100,000 people. A point's value and table on
//! hover; the same figures as a table for a screen reader.

use egui::{RichText, vec2};

use crate::dashboard::trend::TrendData;
use crate::dashboard::{Action, Command, ViewContext};
use crate::texts::{fill, format_date, texts};
use crate::ui::action_button;
use crate::ui::chart::{metric_picker, picture_for_ui};

mod access;
pub mod draw;
pub mod panels;

use draw::{Point, Style, draw_panel};
use panels::{legend, main_panels, main_rects, multiple_panels};

/// The narrowest small multiple.
const TILE_WIDTH: f32 = 170.0;
/// A small multiple's height.
const TILE_HEIGHT: f32 = 118.0;

/// The screen's drawing style for `ui`'s colours.
pub fn screen_style(ui: &egui::Ui) -> Style {
    Style {
        text: crate::ui::theme::CHART_LABEL_SIZE,
        heading: crate::ui::theme::CHART_LABEL_SIZE,
        ink: ui.visuals().text_color(),
        grid: ui.visuals().widgets.noninteractive.bg_stroke.color,
        line: 2.0,
    }
}

/// The trend with its figure, its picture and CSV buttons and the summary; without two tables,
/// what it needs. Returns the area to export.
pub fn trend_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    data: Option<&TrendData>,
    out: &mut Vec<Command>,
) -> Option<egui::Rect> {
    let tools = |ui: &mut egui::Ui, out: &mut Vec<Command>| {
        out.extend(action_button(ui, Action::ExportChart, cx));
        picture_for_ui(ui, cx, out);
        out.extend(action_button(ui, Action::CopyChart, cx));
        ui.separator();
        out.extend(action_button(ui, Action::ExportSeries, cx));
        out.extend(action_button(ui, Action::CopyTrendSummary, cx));
    };
    // A narrow view (a small window) keeps the figures on one line and the saving and copying
    // in a menu, so that the chart keeps its room.
    if ui.available_width() < NARROW_TOOLBAR {
        ui.horizontal_wrapped(|ui| {
            metric_picker(ui, cx, out);
            ui.menu_button(texts(cx.lang()).trend.tools, |ui| tools(ui, out));
        });
    } else {
        ui.horizontal_wrapped(|ui| {
            metric_picker(ui, cx, out);
            ui.separator();
            tools(ui, out);
        });
    }
    let Some(data) = data else {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| ui.label(texts(cx.lang()).trend.needs_two));
        return None;
    };
    // Scrolled when the window is too short for the chart, a row of small charts and every
    // line under them: nothing is cut off. The area exported as on screen is what is in view.
    let mut rect = None;
    egui::ScrollArea::vertical()
        .id_salt("trend_body")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let clip = ui.clip_rect();
            rect = Some(body_ui(ui, cx, data).intersect(clip));
        });
    rect
}

/// Below this width the trend's saving and copying go into a menu.
const NARROW_TOOLBAR: f32 = 900.0;

/// What is exported as on screen: the title, the legend, the panels and the lines under them.
pub fn body_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, data: &TrendData) -> egui::Rect {
    let lang = cx.lang();
    egui::Frame::new()
        .inner_margin(6.0)
        .show(ui, |ui| {
            let title = data.title(lang);
            ui.add(egui::Label::new(RichText::new(&title).strong().size(15.0)).wrap());
            let style = screen_style(ui);
            let panels = main_panels(data, lang);
            let series: Vec<_> = panels
                .iter()
                .flat_map(|p| p.series.iter().copied())
                .collect();
            let at = ui.cursor().min;
            let width = ui.available_width();
            let height = legend(ui.painter(), at, width, &series, &style);
            ui.allocate_space(vec2(width, height));
            let footer = data.footer(cx.state, true);
            // The lines under the panels as they will wrap, so that the panels leave them room.
            let footer_height: f32 = footer
                .iter()
                .map(|line| {
                    egui::WidgetText::from(RichText::new(line).weak())
                        .into_galley(
                            ui,
                            Some(egui::TextWrapMode::Wrap),
                            width,
                            egui::TextStyle::Body,
                        )
                        .size()
                        .y
                        + ui.spacing().item_spacing.y
                })
                .sum::<f32>()
                + 4.0;
            let room = (ui.clip_rect().bottom() - ui.cursor().top() - footer_height).max(160.0);
            let main_height = if data.multiples.is_empty() {
                room
            } else {
                // The main chart keeps its room; in a short window the small multiples and the
                // lines under them are scrolled to.
                (room * 0.5).max(180.0)
            };
            let (rect, _) = ui.allocate_exact_size(vec2(width, main_height), egui::Sense::hover());
            let mut drawn: Vec<(Point, &crate::dashboard::trend::Line)> = Vec::new();
            for (panel, r) in panels.iter().zip(main_rects(rect, panels.len())) {
                for p in draw_panel(ui.painter(), r, panel, &style, lang) {
                    if let Some(s) = panel.series.get(p.series) {
                        drawn.push((p, s.line));
                    }
                }
            }
            let figure = ui.interact(rect, egui::Id::unique("trend_figure"), egui::Sense::hover());
            let summary = access::figure_label(data, &title, lang);
            // Through the widget's info, so that the node has the chart's bounds too.
            figure.widget_info(|| {
                egui::WidgetInfo::labeled(egui::accesskit::Role::Figure, true, &summary)
            });
            hover(&figure, &drawn, data, lang);
            if !data.multiples.is_empty() {
                multiples_ui(ui, data, &style, (room - main_height, lang));
            }
            access::table_tree(ui, data, &title, lang);
            for line in footer {
                ui.add(egui::Label::new(RichText::new(line).weak()).wrap());
            }
        })
        .response
        .rect
}

/// The small multiples in a grid, scrolled when they do not fit.
fn multiples_ui(
    ui: &mut egui::Ui,
    data: &TrendData,
    style: &Style,
    (height, lang): (f32, crate::lang::Lang),
) {
    let heading = fill(
        texts(lang).trend.multiples,
        &[("count", &data.multiples.len())],
    );
    ui.label(RichText::new(heading).strong());
    let panels = multiple_panels(data);
    let width = ui.available_width();
    let columns = crate::dashboard::bar_text::count_at_least_one((width / TILE_WIDTH).floor());
    let tile = vec2(width / columns as f32, TILE_HEIGHT);
    egui::ScrollArea::vertical()
        .id_salt("trend_multiples")
        .max_height((height - 24.0).max(TILE_HEIGHT))
        .show(ui, |ui| {
            for row in panels.chunks(columns) {
                let (rect, response) =
                    ui.allocate_exact_size(vec2(width, tile.y), egui::Sense::hover());
                // Only the rows scrolled into view are drawn.
                if !ui.is_rect_visible(rect) {
                    continue;
                }
                let mut drawn = Vec::new();
                for (i, panel) in row.iter().enumerate() {
                    let min = draw::off(rect.min, tile.x * i as f32, 0.0);
                    let r = egui::Rect::from_min_size(min, tile).shrink2(vec2(6.0, 4.0));
                    for p in draw_panel(ui.painter(), r, panel, style, lang) {
                        if let Some(s) = panel.series.get(p.series) {
                            drawn.push((p, s.line));
                        }
                    }
                }
                hover(&response, &drawn, data, lang);
            }
        });
}

/// The nearest point to the pointer within reach: its value, its change from the table before
/// (derived) and its table, in a tooltip.
fn hover(
    response: &egui::Response,
    drawn: &[(Point, &crate::dashboard::trend::Line)],
    data: &TrendData,
    lang: crate::lang::Lang,
) {
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let nearest = drawn
        .iter()
        .map(|(p, line)| (p.at.distance(pointer), p, line))
        .filter(|(d, _, _)| *d <= 12.0)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, p, line)) = nearest {
        let text = point_text(data, line, p.table, lang);
        response.clone().on_hover_text_at_pointer(text);
    }
}

/// 「埼玉県 2021年6月2日: 500、前の表から +21（計算値）」 and the point's table on a line of its
/// own.
pub fn point_text(
    data: &TrendData,
    line: &crate::dashboard::trend::Line,
    table: usize,
    lang: crate::lang::Lang,
) -> String {
    let t = texts(lang);
    let Some((at, Some(value))) = data.tables.get(table).zip(line.values.get(table).copied())
    else {
        return String::new();
    };
    let mut text = fill(
        t.trend.point,
        &[
            ("name", &line.name),
            ("date", &format_date(&at.date, lang)),
            ("value", &value),
        ],
    );
    let before = table
        .checked_sub(1)
        .and_then(|i| line.values.get(i).copied().flatten());
    if let Some(before) = before {
        let change = i64::from(value.held()).saturating_sub(i64::from(before.held()));
        text.push_str(t.window.list_separator);
        text.push_str(&fill(
            t.trend.point_change,
            &[("change", &data.scale.show_held_change(change))],
        ));
    }
    text.push('\n');
    text.push_str(&at.describe(lang));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::trend::{Line, TableAt};
    use crate::lang::Lang;
    use crate::prefecture::PrefectureCode;
    use crate::report::Metric;
    use crate::report::scale::{Amount, Scale};

    #[test]
    fn a_point_says_its_value_its_change_and_its_table() {
        let table = |date: &str, file: Option<&str>| TableAt {
            date: date.to_owned(),
            day: crate::dashboard::trend::day_number(date).unwrap(),
            imported_from: file.map(str::to_owned),
        };
        // MADE-UP TEST DATA: 埼玉県 479, 500, none, 490.
        let count = |n| Some(Amount::Count(n));
        let line = Line {
            code: Some(PrefectureCode(11)),
            name: "埼玉県".to_owned(),
            values: vec![count(479), count(500), None, count(490)],
            selected: true,
        };
        let data = TrendData {
            metric: Metric::JobSeekers,
            scale: Scale::Counts,
            tables: vec![
                table("2021-05-19", None),
                table("2021-06-02", Some("b.csv")),
                table("2021-06-16", Some("c.csv")),
                table("2021-07-14", Some("d.csv")),
            ],
            nation: line.clone(),
            lines: Vec::new(),
            multiples: Vec::new(),
            sources: String::new(),
        };
        assert_eq!(
            point_text(&data, &line, 0, Lang::Ja),
            "埼玉県 2021年5月19日: 479\n2021年5月19日（通知の別紙3）"
        );
        assert_eq!(
            point_text(&data, &line, 1, Lang::Ja),
            "埼玉県 2021年6月2日: 500、前の表から +21（計算値）\n2021年6月2日（取込: b.csv）"
        );
        assert_eq!(point_text(&data, &line, 2, Lang::Ja), "", "no point");
        assert_eq!(
            point_text(&data, &line, 3, Lang::En),
            "埼玉県, 2021-07-14: 490\n2021-07-14 (imported: d.csv)",
            "no change after a table without the figure"
        );
        assert_eq!(point_text(&data, &line, 9, Lang::Ja), "", "no table");
    }
}
