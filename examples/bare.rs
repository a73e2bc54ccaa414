//! The smallest eframe window (one label), built with the same eframe features and renderer as
//! the dashboard: the floor for start-up time, idle CPU and memory. `--font` also installs the
//! bundled Japanese font, as the dashboard does. `cargo run --release --example bare [-- --font]`

fn main() -> eframe::Result {
    let with_font = std::env::args().any(|a| a == "--font");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1366.0, 768.0]),
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "bare",
        options,
        Box::new(move |cc| {
            if with_font {
                staffing_dashboard::ui::fonts::install(&cc.egui_ctx);
            }
            Ok(Box::new(Bare))
        }),
    )
}

struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("看護職 nurse");
        });
    }
}
