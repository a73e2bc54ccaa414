//! The layout of the window's panels: top bar, warnings, filter bar and notice across the top
//! and bottom, the main view (table, chart or both) and the side panel; windows over them. The
//! main view is laid out before the side panel so that Tab follows the screen; a widget reached
//! by Tab is scrolled into view and ringed.

use super::{App, NOTICE_SECONDS};
use crate::dashboard::{Action, Command, View, ViewContext};
use crate::texts::texts;
use crate::ui;

impl App {
    pub(super) fn panels_ui(&mut self, ui: &mut egui::Ui, shown: &[usize], out: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let lang = self.state.lang;
        let trend_known = self.known_dates() >= 2;
        let state = &self.state;
        let cx = self.doc.context(state, shown);
        let top = egui::Panel::top("top_bar").show(ui, |ui| {
            let origin = ui::top_bar::Origin {
                name: self.doc.name(),
                bundled: self.doc.path().is_none(),
                kept: &self.kept,
                current: self.doc.path().filter(|p| self.is_kept(p)),
                bundled_date: Self::bundled_date(),
            };
            ui::top_bar::top_bar_ui(ui, &cx, &origin, self.overlays.sources, out);
        });
        if !self.doc.warnings().is_empty() {
            egui::Panel::top("warnings")
                .frame(
                    egui::Frame::new()
                        .fill(ui::theme::palette(ui).warning_bg)
                        .inner_margin(6.0),
                )
                .show(ui, |ui| {
                    ui::top_bar::warnings_ui(ui, self.doc.warnings(), self.doc.name(), lang);
                });
        }
        let focus = std::mem::take(&mut self.focus_search);
        let filter = egui::Panel::top("filter_bar").show(ui, |ui| {
            ui::filter::filter_ui(ui, &cx, (focus, trend_known), out);
        });
        if let Some((notice, since)) = &mut self.notice {
            let now = ui.input(|i| i.time);
            let left = NOTICE_SECONDS - (now - *since.get_or_insert(now));
            if left > 0.0 {
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(left));
            } else {
                out.push(Command::Action(Action::DismissNotice));
            }
            egui::Panel::bottom("notice").show(ui, |ui| {
                ui.horizontal(|ui| {
                    let said = ui.label(notice.as_str());
                    ui::as_live(&said);
                    if ui.small_button(texts(lang).window.dismiss).clicked() {
                        out.push(Command::Action(Action::DismissNotice));
                    }
                });
            });
        }
        // The main view is drawn before the side panel, so that Tab reaches it first, in the
        // order of the screen (top bar, filter, main view, side panel); its room is what the
        // side panel left in the last frame (or its default width in the first).
        let room = ui.available_rect_before_wrap();
        let side_width = self
            .side_width
            .unwrap_or(ui::theme::SIDE_PANEL_WIDTH + 16.0);
        let mut central_rect = room;
        central_rect.max.x = (room.max.x - side_width).max(room.min.x);
        let data = self.view_data(shown);
        let cx = self.doc.context(&self.state, shown);
        let mut chart_rect = None;
        let mut central = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(central_rect)
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        central.set_clip_rect(central_rect.intersect(ui.clip_rect()));
        egui::CentralPanel::default().show(&mut central, |ui| {
            chart_rect = central_ui(ui, &cx, &data, out);
        });
        self.chart_rect = chart_rect;
        let side = egui::Panel::right("side_panel")
            .resizable(true)
            .default_size(ui::theme::SIDE_PANEL_WIDTH)
            .size_range(260.0..=700.0)
            .show(ui, |ui| {
                ui::side_panel::side_panel_ui(ui, &cx, out);
            });
        // Where F6 moves the focus, in the order of the screen.
        self.regions = [
            top.response.rect,
            filter.response.rect,
            central_rect,
            side.response.rect,
        ];
        let width = room.max.x - side.response.rect.min.x;
        if (width - side_width).abs() > 0.5 {
            self.side_width = Some(width);
            // Drawn again at once with the right room; while the edge is dragged, next frame.
            if ctx.input(|i| i.pointer.any_down()) {
                ctx.request_repaint();
            } else {
                ctx.request_discard("the side panel's width changed");
            }
        }
        self.windows_ui(&ctx, out);
    }
}

/// What the main view draws this frame, for the view shown (from the caches).
struct ViewData {
    chart: Option<std::sync::Arc<crate::dashboard::chart_data::ChartData>>,
    trend: Option<std::sync::Arc<crate::dashboard::trend::TrendData>>,
    map: Option<std::sync::Arc<crate::dashboard::map::MapData>>,
}

impl App {
    /// The chart's, the trend's or the map's data when its view is shown.
    fn view_data(&mut self, shown: &[usize]) -> ViewData {
        let view = self.state.view;
        ViewData {
            chart: matches!(view, View::Chart | View::Split)
                .then(|| self.doc.chart(&self.state, shown)),
            trend: if view == View::Trend {
                self.trend(shown)
            } else {
                None
            },
            map: (view == View::Map).then(|| self.doc.map(&self.state, shown)),
        }
    }

    /// What stands over the panels: the sources window, the questions and forms, the error
    /// dialog (last, over the rest), and the focus ring.
    fn windows_ui(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let lang = self.state.lang;
        let report = self.doc.report();
        if self.overlays.sources {
            let mut open = true;
            ui::sources::window(ctx, report, lang, &mut open);
            if !open {
                out.push(Command::Action(Action::ShowSources(false)));
            }
        }

        if let Some(path) = &self.overlays.confirm_remove {
            out.extend(ui::library::confirm_remove_ui(ctx, path, lang));
        }
        if let Some((new, old)) = &self.overlays.confirm_replace {
            out.extend(ui::library::confirm_replace_ui(
                ctx,
                (new, old),
                &self.kept,
                lang,
            ));
        }
        if let Some(form) = &self.overlays.import_form {
            let running = self.import_progress();
            out.extend(ui::import_form::import_form_ui(ctx, form, running, lang));
        }
        if let Some(dialog) = &self.overlays.error
            && ui::top_bar::error_dialog_ui(ctx, dialog, lang)
        {
            out.push(Command::Action(Action::DismissError));
        }
        self.ring_focus(ctx);
    }

    /// Rings the focused widget while the keyboard moves the focus (Tab, Shift+Tab); a click
    /// puts the ring away until the next Tab.
    fn ring_focus(&mut self, ctx: &egui::Context) {
        let (tab, pointer) = ctx.input(|i| {
            (
                i.events.iter().any(|e| {
                    matches!(
                        e,
                        egui::Event::Key {
                            key: egui::Key::Tab,
                            pressed: true,
                            ..
                        }
                    )
                }),
                i.pointer.any_pressed(),
            )
        });
        if tab {
            self.keyboard_focus = true;
        } else if pointer {
            self.keyboard_focus = false;
        }
        if self.keyboard_focus {
            ui::focus_ring(ctx);
        }
    }
}

/// The narrowest chart the split view puts beside the table.
const SPLIT_CHART_MIN_WIDTH: f32 = 300.0;

/// The central area: the table, the chart, both side by side, the map or the trend. Returns the chart's
/// (or the map's) export area when it is shown.
fn central_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    data: &ViewData,
    out: &mut Vec<Command>,
) -> Option<egui::Rect> {
    let (state, shown) = (cx.state, cx.shown);
    if shown.is_empty() && state.filter.is_active() {
        ui::filter::no_match_ui(ui, state);
        return None;
    }
    if state.view == View::Trend {
        return ui::trend::trend_ui(ui, cx, data.trend.as_deref(), out);
    }
    let (chart, map) = (data.chart.as_deref(), data.map.as_deref());
    if let Some(data) = map.filter(|_| state.view == View::Map) {
        return Some(ui::map::map_ui(ui, cx, data, out));
    }
    let Some(data) = chart else {
        ui::table::table_ui(ui, cx, out);
        return None;
    };
    if state.view == View::Chart {
        return Some(ui::chart::chart_ui(ui, cx, data, out));
    }
    // Side by side where both have room (the table at least code, name and one figure wide,
    // the chart wide enough for names); else the table above the chart.
    let width = ui.available_width();
    if width >= ui::table::MIN_WIDTH + SPLIT_CHART_MIN_WIDTH {
        egui::Panel::left("split_table")
            .resizable(true)
            .default_size((width * 0.55).max(ui::table::MIN_WIDTH))
            .size_range(ui::table::MIN_WIDTH..=width - SPLIT_CHART_MIN_WIDTH)
            .show(ui, |ui| {
                ui::table::table_ui(ui, cx, out);
            });
    } else {
        let height = ui.available_height();
        egui::Panel::top("split_table_above")
            .resizable(true)
            .default_size((height * 0.5).max(ui::table::MIN_HEIGHT))
            .size_range(ui::table::MIN_HEIGHT..=(height * 0.75).max(ui::table::MIN_HEIGHT))
            .show(ui, |ui| {
                ui::table::table_ui(ui, cx, out);
            });
    }
    let mut rect = None;
    egui::CentralPanel::default().show(ui, |ui| {
        rect = Some(ui::chart::chart_ui(ui, cx, data, out));
    });
    rect
}
