//! The one harness of the GUI tests: the app built at a size (light, as a screenshot for a
//! document), a fresh temporary folder, a file dropped on the window.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use staffing_dashboard::app::App;

/// The window's size in most tests: a common laptop's.
pub const SIZE: egui::Vec2 = egui::vec2(1366.0, 768.0);

/// The app made by `make`, in a light window of `size`, run until it settles.
pub fn app(
    size: egui::Vec2,
    make: impl FnOnce(&mut eframe::CreationContext<'_>) -> App + 'static,
) -> Harness<'static, App> {
    build(size, false, make)
}

/// The same drawn on a GPU device (for snapshots and offscreen renders).
pub fn app_wgpu(
    size: egui::Vec2,
    make: impl FnOnce(&mut eframe::CreationContext<'_>) -> App + 'static,
) -> Harness<'static, App> {
    build(size, true, make)
}

fn build(
    size: egui::Vec2,
    wgpu: bool,
    make: impl FnOnce(&mut eframe::CreationContext<'_>) -> App + 'static,
) -> Harness<'static, App> {
    let builder = Harness::builder()
        .with_max_steps(10)
        .with_theme(egui::Theme::Light)
        .with_size(size);
    let builder = if wgpu { builder.wgpu() } else { builder };
    let mut h = builder.build_eframe(make);
    h.run();
    h
}

/// A fresh, empty folder for one test, under the build's temporary folder.
pub fn temp_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("gui")
        .join(name);
    std::fs::remove_dir_all(&d).ok();
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Drops the file at `path` on the window, as from a file manager.
pub fn drop_file(h: &mut Harness<'_, App>, path: impl AsRef<Path>) {
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(crate::dropped::Dropped(
            path.as_ref().to_owned(),
        )));
    h.run();
}
