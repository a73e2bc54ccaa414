//! The window itself: its title (the table's, with its date, also the accessible name screen
//! readers announce), its icon, its size, and running it.

use std::path::PathBuf;

use super::{App, Document};
use crate::lang::Lang;
use crate::report;

/// The app's name to the system: its window class, and the folder of its settings and kept
/// reports.
pub(super) use crate::library::APP_ID;

impl App {
    /// Names the window after the report shown, in the reader's language: the OS title bar and
    /// the accessibility tree's root (what a screen reader announces for the window).
    /// The title is worked out again only when the language or the report changes; the tree's
    /// root is rebuilt every frame, so its name is set every frame.
    pub(super) fn name_window(&mut self, ctx: &egui::Context) {
        if self.window_title_lang != Some(self.state.lang) {
            self.window_title = window_title(self.doc.report(), self.state.lang);
            self.window_title_lang = Some(self.state.lang);
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.window_title.clone()));
        }
        let title = self.window_title.as_str();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title);
        });
    }

    /// The window's title as last sent.
    pub fn window_title(&self) -> &str {
        &self.window_title
    }
}

/// The window's title: the table's short title and the date it stands at.
pub fn window_title(report: &report::Report, lang: Lang) -> String {
    let date = crate::texts::format_date(&report.meta.compiled.date, lang);
    let title = report.meta.short_title.get(lang);
    crate::texts::fill(
        crate::texts::texts(lang).window.window_title,
        &[("title", &title), ("date", &date)],
    )
}

/// The main window: title (the bundled report's until a report is shown), icon and sizes
/// (maximised at the first start; the size the user left at later ones).
pub fn viewport(lang: Lang) -> egui::ViewportBuilder {
    let builder = egui::ViewportBuilder::default()
        .with_title(window_title(Document::bundled().report(), lang))
        .with_app_id(APP_ID)
        // A 1366x768 laptop has less than that for a window (title bar, taskbar): the first
        // start fills the screen; later starts get the size the user left (eframe keeps it).
        .with_inner_size([1280.0, 700.0])
        .with_maximized(true)
        .with_min_inner_size([800.0, 560.0]);
    match eframe::icon_data::from_png_bytes(crate::assets::ICON_PNG) {
        Ok(icon) => builder.with_icon(icon),
        Err(_) => builder,
    }
}

/// Opens the window on `report` (or the bundled report) and runs until it is closed. `lang`,
/// when given, overrides the language saved from the last run.
pub fn run(report: Option<PathBuf>, lang: Option<Lang>) -> eframe::Result {
    // eframe reads its saved settings as they are: checked first, so that none stops the start.
    if let Some(dir) = eframe::storage_dir(APP_ID) {
        crate::saved_settings::check(&dir.join("app.ron"));
    }
    let options = eframe::NativeOptions {
        viewport: viewport(lang.unwrap_or_default()),
        // The bundled font draws everything; no lookup of whatever the OS has.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let app = App::new(&cc.egui_ctx, cc.storage, report.as_deref(), lang);
            // Reports opened or imported are kept beside the saved settings.
            let app = match eframe::storage_dir(APP_ID) {
                Some(dir) => app.with_library(crate::library::Library::new(dir.join("reports"))),
                None => app,
            };
            Ok(Box::new(app))
        }),
    )
}
