//! Renders every chart metric of the bundled report, in Japanese and English, to PNG files the
//! way the app's 2x export does (the same drawing code, offscreen): for looking at the exports
//! and for the README. `cargo run --example chart_png -- OUT_DIR`

#![expect(clippy::print_stdout, reason = "lists the files it writes")]

#[path = "../benches/common/render.rs"]
mod render;

use staffing_dashboard::dashboard::State;
use staffing_dashboard::dashboard::chart_data::CHART_METRICS;
use staffing_dashboard::export::png as export;
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report;

fn main() -> Result<(), String> {
    let out = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".to_owned()));
    let loaded = report::bundled().map_err(|e| e.to_string())?;
    let shown: Vec<usize> = (0..loaded.report.rows.len()).collect();
    for lang in Lang::ALL {
        for metric in CHART_METRICS {
            let state = State {
                lang,
                metric,
                selected: Some(staffing_dashboard::prefecture::PrefectureCode(13)),
                ..State::default()
            };
            let size = egui::vec2(1000.0, 620.0);
            let image = render::render_chart(&state, &loaded.report, &shown, size, 1.0)?;
            let lang_tag = match lang {
                Lang::Ja => "ja",
                Lang::En => "en",
            };
            let name = format!("{}_{lang_tag}.png", metric.field());
            export::write_png(&out.join(&name), &image, (None, None), lang)?;
            println!("{name}");
        }
    }
    Ok(())
}
