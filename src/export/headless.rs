//! Chart pictures without a window, for `export-chart`: the same drawing as the window's page
//! and slide exports, on a GPU device of the command's own (no display needed; on Linux Mesa's
//! lavapipe serves when there is no GPU).

use crate::dashboard::ViewContext;
use crate::dashboard::chart_data::chart_data;
use crate::dashboard::chart_layout::ChartLayout;
use crate::export::figure;
use crate::export::offscreen::Offscreen;

/// The PNG of the chart the context describes (metric, order, rows shown, selection,
/// language), drawn for `layout` (a page or a slide) at 300 dpi; compared with its earlier
/// report when it has one.
pub fn chart_png(cx: &ViewContext<'_>, layout: ChartLayout) -> Result<Vec<u8>, String> {
    let gpu = headless_gpu()?;
    let (state, report) = (cx.state, cx.report);
    let data = chart_data(
        report,
        cx.earlier,
        cx.shown,
        (state.metric, state.scale),
        state.chart_order,
        state.lang,
    );
    let plan = figure::plan(layout, &data, state, report);
    let mut offscreen = Offscreen::new(&gpu);
    let size = egui::vec2(plan.width, plan.height.min(figure::MAX_HEIGHT));
    let mut readback = offscreen.render(&gpu, size, figure::PIXELS_PER_POINT, |ui| {
        crate::export::page::figure_ui(ui, &plan, &data, state.selected)
    })?;
    let image = readback.wait()?;
    super::png::encode_png(&image, Some(figure::DPI), Some(&plan.description(&data)))
}

/// The PNG of the trend `data` (of `state`'s choices), drawn for `layout` at 300 dpi.
pub fn trend_png(
    data: &crate::dashboard::trend::TrendData,
    state: &crate::dashboard::State,
    layout: ChartLayout,
) -> Result<Vec<u8>, String> {
    use crate::export::trend_page;
    let gpu = headless_gpu()?;
    let footer = data.footer(state, trend_page::with_multiples(layout));
    let plan = trend_page::plan(layout, data, footer, state.lang);
    let mut offscreen = Offscreen::new(&gpu);
    let size = egui::vec2(plan.width, plan.height.min(figure::MAX_HEIGHT));
    let mut readback = offscreen.render(&gpu, size, figure::PIXELS_PER_POINT, |ui| {
        trend_page::trend_page_ui(ui, &plan, data, state.lang)
    })?;
    let image = readback.wait()?;
    let description = plan.description(data, state.lang);
    super::png::encode_png(&image, Some(figure::DPI), Some(&description))
}

/// A GPU device with no window.
fn headless_gpu() -> Result<egui_wgpu::RenderState, String> {
    let setup = egui_wgpu::WgpuSetup::without_display_handle();
    let instance = pollster::block_on(setup.new_instance());
    let config = egui_wgpu::WgpuConfiguration {
        wgpu_setup: setup,
        ..Default::default()
    };
    pollster::block_on(egui_wgpu::RenderState::create(
        &config,
        &instance,
        None,
        egui_wgpu::RendererOptions::default(),
    ))
    .map_err(|e| e.to_string())
}
