//! The dashboard's state and its frame: persisted user choices, the loaded report, and the
//! layout of the panels.

mod commands;
mod state;

use std::path::PathBuf;
use std::sync::Arc;

pub use state::{ChartOrder, STATE_VERSION, State, View};

use crate::lang::Lang;
use crate::report::{self, Loaded, PrefectureCode};
use crate::ui::dialogs::{FileDialogs, NativeDialogs, Pending};
use crate::ui::export::ScreenshotJob;
use crate::ui::rows::{Filter, RowCache};
use crate::ui::{self, Command};

/// A short message at the bottom of the window (copied, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The text.
    pub text: String,
}

/// An error to show in a dialog: a title and every line (e.g. each `FILE:LINE:COL: message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorDialog {
    /// What failed.
    pub title: String,
    /// Every error.
    pub lines: Vec<String>,
}

/// The dashboard.
pub struct App {
    /// What the user chose (saved).
    pub state: State,
    /// The report shown, with its warnings.
    pub loaded: Loaded,
    /// The report's file name, or the bundled one's.
    pub report_name: String,
    /// The file the report came from; `None` for the bundled report.
    pub report_path: Option<PathBuf>,
    /// Bumped whenever the report changes, to invalidate caches.
    generation: u64,
    rows: RowCache,
    chart: ui::chart::ChartCache,
    /// The 出典・注記 window is open.
    pub sources_open: bool,
    /// Focus the search box on the next frame (Ctrl+F).
    focus_search: bool,
    /// The last notice (e.g. "copied").
    pub notice: Option<Notice>,
    /// An error shown in a dialog until dismissed.
    pub error_dialog: Option<ErrorDialog>,
    /// The chart's export area in the last frame it was shown.
    pub chart_rect: Option<egui::Rect>,
    /// Where file dialogs come from (a seam for tests).
    pub dialogs: Arc<dyn FileDialogs>,
    pending_dialog: Option<Pending>,
    screenshot: Option<ScreenshotJob>,
    /// How long the last chart export took from the screenshot's arrival to the file written.
    pub last_export: Option<std::time::Duration>,
    /// The window's title as last sent to the window (it follows the report and the language).
    window_title: String,
}

impl App {
    /// Builds the app: fonts, saved state, and the report: `path`, else the last one opened,
    /// else the bundled one. A report that cannot be opened leaves the bundled one, and says why.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        path: Option<&std::path::Path>,
        lang: Option<Lang>,
    ) -> Self {
        ui::fonts::install(ctx);
        // Light: charts and tables are pasted into documents and printed.
        ctx.set_theme(egui::Theme::Light);
        let mut state = State::restore(storage);
        if let Some(lang) = lang {
            state.lang = lang;
        }
        let mut app = Self {
            loaded: bundled_or_empty(),
            state,
            report_name: report::BUNDLED_NAME.to_owned(),
            report_path: None,
            generation: 0,
            rows: RowCache::default(),
            chart: ui::chart::ChartCache::default(),
            sources_open: false,
            focus_search: false,
            notice: None,
            error_dialog: None,
            chart_rect: None,
            dialogs: Arc::new(NativeDialogs),
            pending_dialog: None,
            screenshot: None,
            last_export: None,
            window_title: String::new(),
        };
        let explicit = path.is_some();
        if let Some(p) = path
            .map(std::path::Path::to_path_buf)
            .or(app.state.last_report.clone())
        {
            match report::load_path(&p) {
                Ok(loaded) => app.show_report(loaded, Some(p)),
                Err(e) => {
                    let lang = app.state.lang;
                    let why = if explicit {
                        lang.pick("レポートを開けませんでした", "Could not open the report")
                    } else {
                        lang.pick(
                            "前回開いたレポートを開けませんでした。同梱のレポートを表示しています",
                            "Could not open the report opened last time; showing the bundled report",
                        )
                    };
                    app.state.last_report = None;
                    app.notice = Some(Notice {
                        text: format!("{why}: {}", e.render(lang).join(" / ")),
                    });
                }
            }
        }
        // A saved prefecture that this report does not have is forgotten.
        app.forget_missing_selection();
        app
    }

    /// The same app with other file dialogs (tests give paths without a window).
    #[must_use]
    pub fn with_dialogs(mut self, dialogs: Arc<dyn FileDialogs>) -> Self {
        self.dialogs = dialogs;
        self
    }

    fn forget_missing_selection(&mut self) {
        if let Some(code) = self.state.selected
            && self.loaded.report.row(code).is_none()
        {
            self.state.selected = None;
        }
    }

    /// Shows a loaded report (from `path`, or the bundled one).
    pub fn show_report(&mut self, loaded: Loaded, path: Option<PathBuf>) {
        self.loaded = loaded;
        self.report_name = path
            .as_deref()
            .map_or_else(|| report::BUNDLED_NAME.to_owned(), file_name);
        self.state.last_report.clone_from(&path);
        if let Some(dir) = path.as_deref().and_then(std::path::Path::parent) {
            self.state.last_dir = Some(dir.to_owned());
        }
        self.report_path = path;
        self.generation = self.generation.wrapping_add(1);
        self.forget_missing_selection();
    }

    /// The indices of the rows shown (filtered and sorted), cached.
    pub fn visible_rows(&mut self) -> std::sync::Arc<[usize]> {
        self.rows.get(
            &self.loaded.report,
            self.generation,
            &self.state.filter,
            self.state.sort,
        )
    }

    /// Keyboard: Ctrl+F focuses search, Esc clears the filter, ↑/↓ move the selection.
    fn keys(&mut self, ctx: &egui::Context, shown: &[usize]) -> Option<Command> {
        let (find, escape, up, down, copy) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::F),
                i.key_pressed(egui::Key::Escape),
                i.key_pressed(egui::Key::ArrowUp),
                i.key_pressed(egui::Key::ArrowDown),
                i.events.iter().any(|e| matches!(e, egui::Event::Copy)),
            )
        });
        // Ctrl+C copies the table, unless text is being edited or a label's text is selected
        // (then egui copies that text).
        let label_selected = ctx
            .plugin_opt::<egui::text_selection::LabelSelectionState>()
            .is_some_and(|p| p.lock().has_selection());
        if copy && !ctx.text_edit_focused() && !label_selected {
            return Some(Command::CopyTable);
        }
        if find {
            self.focus_search = true;
        }
        if escape && (self.state.filter.is_active()) && !self.sources_open {
            self.state.filter = Filter::default();
        }
        if ctx.text_edit_focused() || !(up || down) {
            return None;
        }
        let codes: Vec<PrefectureCode> = shown
            .iter()
            .filter_map(|&i| self.loaded.report.rows.get(i).map(|r| r.code))
            .collect();
        let at = self
            .state
            .selected
            .and_then(|c| codes.iter().position(|&x| x == c));
        let next = match (at, down) {
            (None, true) => codes.first(),
            (None, false) => codes.last(),
            (Some(i), true) => codes.get(i.saturating_add(1)).or(codes.last()),
            (Some(i), false) => codes.get(i.saturating_sub(1)),
        };
        next.map(|&c| Command::Select(Some(c)))
    }
}

impl App {
    /// Names the window after the report shown, in the reader's language: the OS title bar and
    /// the accessibility tree's root (what a screen reader announces for the window).
    fn name_window(&mut self, ctx: &egui::Context) {
        let title = window_title(&self.loaded.report, self.state.lang);
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title.as_str());
        });
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The window's title as last sent.
    pub fn window_title(&self) -> &str {
        &self.window_title
    }
}

/// The window's title: the table's short title and the date it stands at.
pub fn window_title(report: &report::Report, lang: Lang) -> String {
    let date = crate::ui::format_date(&report.meta.compiled.date, lang);
    match lang {
        Lang::Ja => format!("{}（{date}時点）", report.meta.short_title.ja()),
        Lang::En => format!("{} (as of {date})", report.meta.short_title.en()),
    }
}

fn file_name(p: &std::path::Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The bundled report; an empty one only in the impossible case that it does not load (a test
/// loads it), so that nothing can panic.
fn bundled_or_empty() -> Loaded {
    report::bundled().unwrap_or_else(|_| Loaded {
        report: report::Report::default(),
        warnings: Vec::new(),
    })
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_pass(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}

impl App {
    /// One frame of the whole dashboard (what `eframe` runs; benchmarks run it headless).
    pub fn ui_pass(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // A report dropped or opened is taken in first, so that this frame's rows are its own.
        self.poll(&ctx);
        let shown = self.visible_rows();
        self.name_window(&ctx);
        let mut commands: Vec<Command> = Vec::new();
        commands.extend(self.keys(&ctx, &shown));
        let lang = self.state.lang;

        egui::Panel::top("top_bar").show(ui, |ui| {
            commands.extend(ui::top_bar::ui(
                ui,
                &mut self.state,
                &self.loaded.report,
                (&self.report_name, self.report_path.is_none()),
                &mut self.sources_open,
            ));
        });
        if !self.loaded.warnings.is_empty() {
            egui::Panel::top("warnings")
                .frame(
                    egui::Frame::new()
                        .fill(ui::theme::WARNING_BG)
                        .inner_margin(6.0),
                )
                .show(ui, |ui| {
                    ui::top_bar::warnings_ui(ui, &self.loaded.warnings, &self.report_name, lang);
                });
        }
        egui::Panel::top("filter_bar").show(ui, |ui| {
            let focus = std::mem::take(&mut self.focus_search);
            ui::filter::ui(
                ui,
                &mut self.state,
                shown.len(),
                self.loaded.report.rows.len(),
                focus,
            );
        });
        if let Some(notice) = &self.notice {
            let mut close = false;
            egui::Panel::bottom("notice").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(&notice.text);
                    close = ui.small_button(lang.pick("閉じる", "Dismiss")).clicked();
                });
            });
            if close {
                self.notice = None;
            }
        }
        egui::Panel::right("side_panel")
            .resizable(true)
            .default_size(ui::theme::SIDE_PANEL_WIDTH)
            .size_range(260.0..=700.0)
            .show(ui, |ui| {
                commands.extend(ui::side_panel::ui(ui, &mut self.state, &self.loaded.report));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(self.central_ui(ui, &shown));
        });
        if self.sources_open {
            ui::sources::window(&ctx, &self.loaded.report, lang, &mut self.sources_open);
        }
        if let Some(dialog) = &self.error_dialog
            && ui::top_bar::error_dialog_ui(&ctx, dialog, lang)
        {
            self.error_dialog = None;
        }
        for c in commands {
            self.run(&ctx, c, &shown);
        }
    }
}

impl App {
    fn central_ui(&mut self, ui: &mut egui::Ui, shown: &[usize]) -> Option<Command> {
        let report = &self.loaded.report;
        let view = self.state.view;
        let (with_table, with_chart) = (view != View::Chart, view != View::Table);
        let data = with_chart.then(|| {
            self.chart.get(
                report,
                self.generation,
                shown,
                self.state.metric,
                self.state.chart_order,
            )
        });
        let mut command = None;
        let mut chart_rect = None;
        if with_table && with_chart {
            egui::Panel::left("split_table")
                .resizable(true)
                .default_size(ui.available_width() * 0.55)
                .size_range(200.0..=(ui.available_width() - 200.0).max(201.0))
                .show(ui, |ui| {
                    command = ui::table::ui(ui, &mut self.state, report, shown);
                });
        } else if with_table {
            command = ui::table::ui(ui, &mut self.state, report, shown);
        }
        if let Some(data) = data {
            let mut chart = |ui: &mut egui::Ui| {
                let out = ui::chart::ui(ui, &mut self.state, report, data);
                chart_rect = Some(out.rect);
                command = command.take().or(out.command);
            };
            if with_table {
                egui::CentralPanel::default().show(ui, |ui| chart(ui));
            } else {
                chart(ui);
            }
        }
        self.chart_rect = chart_rect;
        command
    }
}

/// The bundled window icon (drawn for this app by `examples/icon.rs`), 256x256 PNG.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon-256.png");

/// The main window: title (the bundled report's until a report is shown), icon and sizes.
pub fn viewport(lang: Lang) -> egui::ViewportBuilder {
    let builder = egui::ViewportBuilder::default()
        .with_title(window_title(&bundled_or_empty().report, lang))
        .with_app_id("staffing-dashboard")
        .with_inner_size([1366.0, 768.0])
        .with_min_inner_size([800.0, 560.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => builder.with_icon(icon),
        Err(_) => builder,
    }
}

/// Opens the window on `report` (or the bundled report) and runs until it is closed. `lang`,
/// when given, overrides the language saved from the last run.
pub fn run(report: Option<PathBuf>, lang: Option<Lang>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: viewport(lang.unwrap_or_default()),
        // The bundled font draws everything; no lookup of whatever the OS has.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "staffing-dashboard",
        options,
        Box::new(move |cc| {
            Ok(Box::new(App::new(
                &cc.egui_ctx,
                cc.storage,
                report.as_deref(),
                lang,
            )))
        }),
    )
}
