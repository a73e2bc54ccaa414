//! The chart's export area drawn offscreen by a test harness with its own GPU device: for the
//! example that renders every chart and for the benchmarks (the app itself draws on the
//! window's device).

use staffing_dashboard::dashboard::State;
use staffing_dashboard::report::Report;

/// The chart of `shown` as the app's export draws it, `size` points at `scale` pixels each.
pub fn render_chart(
    state: &State,
    report: &Report,
    shown: &[usize],
    size: egui::Vec2,
    scale: f32,
) -> Result<egui::ColorImage, String> {
    let state = state.clone();
    let report = report.clone();
    let shown = shown.to_vec();
    let data = staffing_dashboard::dashboard::chart_data::chart_data(
        &report,
        None,
        &shown,
        (state.metric, state.scale),
        state.chart_order,
        state.lang,
    );
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        .with_context_setup(staffing_dashboard::ui::fonts::install)
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui(move |ui| {
            egui::Frame::central_panel(ui.style()).show(ui, |ui| {
                // A picture: the bars' clicks go nowhere.
                let mut ignored = Vec::new();
                let cx = staffing_dashboard::dashboard::ViewContext {
                    state: &state,
                    report: &report,
                    earlier: None,
                    shown: &shown,
                };
                staffing_dashboard::ui::chart::body_ui(ui, &cx, &data, &mut ignored);
            });
        });
    harness.try_run().map_err(|e| e.to_string())?;
    let rgba = harness.render()?;
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}
