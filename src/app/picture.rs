//! Pictures of the chart and the map: as on screen (a screenshot of their area on a light
//! screen; on a dark one the same drawing again, light, offscreen), for a page or a slide (the
//! printed chart drawn offscreen at 300 dpi), the map at 1x or 2x; to a file or the clipboard.

use std::time::Instant;

use super::App;
use super::dialogs::Purpose;
use crate::dashboard::chart_layout::ChartLayout;
use crate::export::figure;
use crate::export::png::{self as export, ChartTarget, ScreenshotJob};
use crate::export::table::map_file_name;
use crate::texts::texts;

impl App {
    pub(super) fn copy_chart(&mut self, ctx: &egui::Context) {
        self.export_chart(ctx, self.state.chart_layout, ChartTarget::Clipboard);
    }

    /// The chart as a picture for `layout`: as on screen, what is shown on a light screen (on
    /// a dark one the same drawing again, light, for the document it goes into); for a page or
    /// a slide, the printed picture drawn offscreen at 300 dpi.
    pub(super) fn export_chart(
        &mut self,
        ctx: &egui::Context,
        layout: ChartLayout,
        target: ChartTarget,
    ) {
        let Some(rect) = self.chart_rect else { return };
        let shown = self.doc.shown(&self.state);
        let trend = if self.state.view == crate::dashboard::View::Trend {
            match self.trend(&shown) {
                Some(trend) => Some(trend),
                None => return,
            }
        } else {
            None
        };
        let data = self.doc.chart(&self.state, &shown);
        let cx = self.doc.context(&self.state, &shown);
        let (state, report) = (cx.state, cx.report);
        let started = Instant::now();
        let lang = state.lang;
        let Some(gpu) = self.gpu.as_ref() else {
            self.fail(texts(lang).export.no_offscreen_render, Vec::new());
            return;
        };
        let offscreen = self
            .offscreen
            .get_or_insert_with(|| crate::export::offscreen::Offscreen::new(gpu));
        let mut description = None;
        let render = if layout == ChartLayout::Screen {
            if ctx.theme() == egui::Theme::Light {
                self.jobs.screenshot = Some(ScreenshotJob::request(ctx, target, rect));
                return;
            }
            offscreen.render(gpu, rect.size(), 1.0, |ui| {
                egui::Frame::central_panel(ui.style()).show(ui, |ui| {
                    if let Some(trend) = &trend {
                        crate::ui::trend::body_ui(ui, &cx, trend)
                    } else {
                        // The bars answer no click here: the commands go nowhere.
                        let mut ignored = Vec::new();
                        crate::ui::chart::body_ui(ui, &cx, &data, &mut ignored)
                    }
                });
                rect.height()
            })
        } else if let Some(trend) = &trend {
            use crate::export::trend_page;
            let footer = trend.footer(state, trend_page::with_multiples(layout));
            let plan = trend_page::plan(layout, trend, footer, lang);
            description = Some(plan.description(trend, lang));
            let size = egui::vec2(plan.width, plan.height.min(figure::MAX_HEIGHT));
            offscreen.render(gpu, size, figure::PIXELS_PER_POINT, |ui| {
                trend_page::trend_page_ui(ui, &plan, trend, lang)
            })
        } else {
            let plan = figure::plan(layout, &data, state, report);
            description = Some(plan.description(&data));
            let size = egui::vec2(plan.width, plan.height.min(figure::MAX_HEIGHT));
            offscreen.render(gpu, size, figure::PIXELS_PER_POINT, |ui| {
                crate::export::page::figure_ui(ui, &plan, &data, state.selected)
            })
        };
        let dpi = (layout != ChartLayout::Screen).then_some(figure::DPI);
        self.rendering_started(ctx, render, (target, started, dpi), description);
    }

    /// Asks where the map's picture goes.
    pub(super) fn ask_map(&mut self, ctx: &egui::Context) {
        if self.chart_rect.is_none() {
            return;
        }
        let shown = self.doc.shown(&self.state);
        let name = map_file_name(&self.doc.context(&self.state, &shown), self.state.map_scale);
        let title = texts(self.state.lang).export.save_the_map_as_png;
        self.ask(ctx, Purpose::MapPng, title, name);
    }

    /// The map as a picture: drawn again offscreen, light, at its scale (1x or 2x).
    pub(super) fn export_map(&mut self, ctx: &egui::Context, target: ChartTarget) {
        let Some(rect) = self.chart_rect else { return };
        let shown = self.doc.shown(&self.state);
        let cx = self.doc.context(&self.state, &shown);
        let (state, report, lang) = (cx.state, cx.report, cx.lang());
        let data =
            crate::dashboard::map::map_data(report, &shown, (state.map_metric, state.scale), lang);
        let started = Instant::now();
        let Some(gpu) = self.gpu.as_ref() else {
            self.fail(texts(lang).export.no_offscreen_render, Vec::new());
            return;
        };
        let offscreen = self
            .offscreen
            .get_or_insert_with(|| crate::export::offscreen::Offscreen::new(gpu));
        let scale = f32::from(state.map_scale.clamp(1, 2));
        let footer = crate::dashboard::source::footer(state, report, None, data.scale);
        let description = crate::dashboard::map::description(&data, &footer, lang);
        let render = offscreen.render(gpu, rect.size(), scale, |ui| {
            // The tiles answer no click here: the commands go nowhere.
            let mut ignored = Vec::new();
            egui::Frame::central_panel(ui.style()).show(ui, |ui| {
                crate::ui::map::body_ui(ui, &cx, &data, &mut ignored, true)
            });
            rect.height()
        });
        self.rendering_started(ctx, render, (target, started, None), Some(description));
    }

    /// An offscreen render asked of the GPU: followed until its pixels are back (then written
    /// or copied at `dpi`), or its failure said.
    fn rendering_started(
        &mut self,
        ctx: &egui::Context,
        render: Result<crate::export::offscreen::Readback, String>,
        (target, started, dpi): (ChartTarget, Instant, Option<f32>),
        description: Option<String>,
    ) {
        match render {
            Ok(readback) => {
                self.jobs.rendering = Some(export::Render {
                    readback,
                    target,
                    started,
                    dpi,
                    description,
                });
                ctx.request_repaint();
            }
            Err(e) => self.fail(
                texts(self.state.lang).reports.could_not_draw_the_chart,
                vec![e],
            ),
        }
    }
}
