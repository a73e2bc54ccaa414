//! The floor in a window: a plain frame of the dashboard's shape (side panel of labels, a table
//! of N rows x 10 columns, a bar chart of N bars) with the bundled font, no logic.
//! `cargo run --release --example floor [-- N]`

#[path = "../benches/common/floor.rs"]
mod floor;

use floor::Floor;

fn main() -> eframe::Result {
    let n = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(47);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("floor")
            .with_inner_size([1366.0, 768.0]),
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "floor",
        options,
        Box::new(move |cc| {
            staffing_dashboard::ui::fonts::install(&cc.egui_ctx);
            Ok(Box::new(FloorApp(Floor::new(n))))
        }),
    )
}

struct FloorApp(Floor);

impl eframe::App for FloorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.0.ui(ui);
    }
}
