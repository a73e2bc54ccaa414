//! The chart export for an A4 page (16 cm at 300 dpi, drawn offscreen) from the click to the file written, in the real app on a GPU device of
//! a test harness (wgpu; Mesa's software renderer on CI machines): how long it takes, and the
//! longest frame while it is under way, against the floor of one frame at 60 Hz (16.7 ms).
//! Prints medians of 10 exports.
//!
//! `cargo bench --bench export`

#![expect(
    clippy::print_stdout,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a benchmark that prints its figures and stops when it cannot set up"
)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use staffing_dashboard::app::App;

#[path = "../tests/common/scripted.rs"]
mod scripted;

const RUNS: usize = 10;
/// A frame at 60 Hz: the floor every frame is measured against.
const FRAME_60HZ: Duration = Duration::from_micros(16_667);

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = std::env::temp_dir().join(format!("staffing-bench-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let outs: Vec<PathBuf> = (0..RUNS)
        .map(|i| dir.join(format!("chart_{i}.png")))
        .collect();
    let dialogs = Arc::new(scripted::ScriptedDialogs::new(
        outs.iter().cloned().map(Some),
    ));
    let mut h = Harness::builder()
        .with_theme(egui::Theme::Light)
        .with_size(egui::vec2(1366.0, 768.0))
        .wgpu()
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, None, None).with_dialogs(dialogs));
    h.run();
    h.get_by_label("グラフ").click();
    h.run();
    h.get_by_label("画像の大きさ").click();
    h.run();
    h.get_by_label("A4 本文幅").click();
    h.run();
    let (mut totals, mut longest) = (Vec::new(), Vec::new());
    for out in &outs {
        h.get_by_role_and_label(Role::Button, "PNG保存…").click();
        let start = Instant::now();
        let mut worst = Duration::ZERO;
        while !out.exists() {
            let frame = Instant::now();
            h.step();
            worst = worst.max(frame.elapsed());
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the export never came"
            );
            // The window idles between frames, as a real one does at 60 Hz.
            std::thread::sleep(Duration::from_millis(1));
        }
        totals.push(start.elapsed());
        longest.push(worst);
        h.run();
    }
    let (total, frame) = (median(totals), median(longest.clone()));
    let max = longest.iter().max().copied().unwrap_or_default();
    let ratio = |d: Duration| d.as_secs_f64() / FRAME_60HZ.as_secs_f64();
    println!(
        "A4 export, click to file:     median {total:?} ({:.2} frames at 60 Hz)",
        ratio(total)
    );
    println!(
        "longest frame during it:      median {frame:?} ({:.2}x a 60 Hz frame), max {max:?}",
        ratio(frame)
    );
    std::fs::remove_dir_all(&dir).ok();
}
