//! The window: the eframe `App`, the document shown, the jobs in flight (file dialogs,
//! screenshots, exports) and the layout of the panels. The user's choices and what is derived
//! from them live in `dashboard`; the panels in `ui` only draw.

pub mod clipboard;
mod commands;
mod compare;
pub mod dialogs;
mod document;
mod folders;
mod importing;
mod layout;
mod library;
mod picture;
mod regions;
mod shortcuts;
mod trend;
mod window;

use std::path::PathBuf;
use std::sync::Arc;

pub use document::Document;
pub use window::{run, viewport, window_title};

use crate::dashboard::{Choice, Command, STATE_VERSION, State, ThemeChoice};
use crate::export::png::ScreenshotJob;
use crate::lang::Lang;
use crate::report;
use crate::texts::texts;
pub use crate::ui::top_bar::ErrorDialog;
use crate::ui::{self};
use dialogs::{FileDialogs, NativeDialogs, Pending};

/// How long a notice (「保存しました」, 「コピーしました」) stays, in seconds.
pub const NOTICE_SECONDS: f64 = 6.0;

/// The dashboard window.
pub struct App {
    state: State,
    doc: Document,
    /// What is open over the window: the sources, a dialog, a form, a question.
    overlays: Overlays,
    /// Focus the search box on the next frame (Ctrl+F).
    focus_search: bool,
    /// The last notice (e.g. "copied") and when it was first shown (egui's clock, seconds):
    /// it goes after [`NOTICE_SECONDS`] or at the next action.
    notice: Option<(String, Option<f64>)>,
    /// The chart's export area in the last frame it was shown.
    chart_rect: Option<egui::Rect>,
    /// Where file dialogs come from.
    dialogs: Arc<dyn FileDialogs>,
    /// The clipboard for tables (HTML and text).
    clipboard: Arc<dyn clipboard::Clipboard>,
    /// The jobs in flight: a file dialog, a screenshot, a render, a write, an import.
    jobs: Jobs,
    /// How long the last chart export took from the screenshot's arrival to the file written.
    last_export: Option<std::time::Duration>,
    /// The window's title as last sent to the window (it follows the report and the language).
    window_title: String,
    /// The language `window_title` was made in; `None` once a new report is shown.
    window_title_lang: Option<Lang>,
    /// Commands given from outside the panels (see [`App::queue`]), run at the next frame.
    queued: Vec<Command>,
    /// The colours last applied to the context (it starts on the system's).
    theme_applied: ThemeChoice,
    /// The window's GPU device and queue (wgpu), for drawing exports offscreen.
    gpu: Option<egui_wgpu::RenderState>,
    /// The offscreen egui that draws exports, made when first needed.
    offscreen: Option<crate::export::offscreen::Offscreen>,
    /// Where reports opened or imported are kept (none: nothing is kept).
    library: Option<crate::library::Library>,
    /// The reports kept, newest first.
    kept: Vec<crate::library::Entry>,
    /// The file given at start: shown rather than the newest kept.
    started_with: Option<PathBuf>,
    /// The trend's tables and drawing, made when the trend is first drawn.
    trend: trend::TrendCache,

    /// The side panel's width in the last frame, with its frame: the main view's room.
    side_width: Option<f32>,
    /// The keyboard moved the focus last (Tab, arrows), not the pointer: ring the focus.
    keyboard_focus: bool,
    /// The window's regions, as F6 and Shift+F6 move between them: the top bar, the filter
    /// bar, the main view and the side panel.
    regions: [egui::Rect; 4],
}

/// What is open over the window, each until closed.
#[derive(Default)]
struct Overlays {
    /// The 出典・注記 window.
    sources: bool,
    /// An error shown in a dialog until dismissed.
    error: Option<ErrorDialog>,
    /// A table being opened: the form that asks its dates.
    import_form: Option<crate::dashboard::import_form::ImportForm>,
    /// A kept report the user asked to remove: the question.
    confirm_remove: Option<PathBuf>,
    /// A table just kept beside one of the same date: whether to replace that one (the new
    /// file, the old one).
    confirm_replace: Option<(PathBuf, PathBuf)>,
}

/// The jobs in flight, each finished on a later frame.
#[derive(Default)]
struct Jobs {
    /// A file dialog waiting for the user's answer.
    dialog: Option<Pending>,
    /// A screenshot asked of the window (a chart as on screen).
    screenshot: Option<ScreenshotJob>,
    /// An offscreen render on its way back from the GPU.
    rendering: Option<crate::export::png::Render>,
    /// An exported picture being encoded and written on its thread.
    writing: Option<crate::export::png::Writing>,
    /// The form's table being imported on its thread.
    import: Option<importing::ImportJob>,
    /// The dates the form's table states, being read on a thread.
    peek: Option<importing::PeekJob>,
}

/// The screen's colours as chosen. The context starts on the system's (eframe's default), so
/// only a change is applied. Exports are drawn light apart from this.
fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
}

/// Restores saved choices; anything unreadable or of another version gives the defaults.
fn restore_state(storage: Option<&dyn eframe::Storage>) -> State {
    storage
        .and_then(|s| eframe::get_value::<State>(s, eframe::APP_KEY))
        .filter(|s| s.version == STATE_VERSION)
        .unwrap_or_default()
}

impl App {
    /// Builds the app: fonts, saved state, and the report: `path`, else the last one opened,
    /// else the bundled one. A report that cannot be opened leaves the bundled one, and says why.
    /// `lang`, when given, overrides the saved language.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        path: Option<&std::path::Path>,
        lang: Option<Lang>,
    ) -> Self {
        ui::fonts::install(ctx);
        // Where the system says nothing, light: what is on screen is pasted into documents.
        ctx.options_mut(|o| o.fallback_theme = egui::Theme::Light);
        let mut state = restore_state(storage);
        if let Some(lang) = lang {
            state.lang = lang;
        }
        let mut app = Self {
            doc: Document::bundled(),
            state,
            overlays: Overlays::default(),
            focus_search: false,
            notice: None,
            chart_rect: None,
            dialogs: Arc::new(NativeDialogs),
            clipboard: Arc::new(clipboard::SystemClipboard::default()),
            jobs: Jobs::default(),
            last_export: None,
            window_title: String::new(),
            window_title_lang: None,
            queued: Vec::new(),
            theme_applied: ThemeChoice::System,
            gpu: None,
            offscreen: None,
            library: None,
            kept: Vec::new(),
            started_with: path.map(std::path::Path::to_path_buf),
            trend: trend::TrendCache::default(),

            side_width: None,
            keyboard_focus: false,
            regions: [egui::Rect::NOTHING; 4],
        };
        let explicit = path.is_some();
        if let Some(table) = path.filter(|p| importing::is_table(p)) {
            app.ask_dates(table);
        } else if let Some(p) = path
            .map(std::path::Path::to_path_buf)
            .or(app.state.last_report.clone())
        {
            match report::load_path(&p) {
                Ok(loaded) => app.show(Document::new(loaded, Some(p))),
                Err(e) => {
                    let lang = app.state.lang;
                    let why = if explicit {
                        texts(lang).reports.could_not_open_the_report
                    } else {
                        texts(lang).reports.last_report_not_opened
                    };
                    let date = crate::texts::format_date(Self::bundled_date(), lang);
                    let why = crate::texts::fill(why, &[("date", &date)]);
                    app.state.apply(Choice::RememberReport(None));
                    // Every error, in the scrollable dialog (47 errors do not fit a line).
                    app.overlays.error = Some(ErrorDialog {
                        title: why,
                        lines: e.render(lang),
                    });
                }
            }
        }
        // A saved prefecture that this report does not have is forgotten; a saved comparison
        // goes on if its report is still earlier than the one shown.
        app.forget_missing_selection();
        app.keep_comparing(None);
        app
    }

    /// The same app with other file dialogs (tests give paths without a window).
    #[must_use]
    pub fn with_dialogs(mut self, dialogs: Arc<dyn FileDialogs>) -> Self {
        self.dialogs = dialogs;
        self
    }

    /// The same app with another clipboard for tables (tests read what is put there).
    #[must_use]
    pub fn with_clipboard(mut self, clipboard: Arc<dyn clipboard::Clipboard>) -> Self {
        self.clipboard = clipboard;
        self
    }

    /// Runs `command` at the start of the next frame, as if a panel had asked for it.
    pub fn queue(&mut self, command: Command) {
        self.queued.push(command);
    }

    /// What the user chose.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The report shown, where it came from, and its caches.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The notice at the bottom of the window, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|(text, _)| text.as_str())
    }

    /// The error dialog, if one is open.
    pub fn error_dialog(&self) -> Option<&ErrorDialog> {
        self.overlays.error.as_ref()
    }

    /// The chart's export area in the last frame it was shown.
    pub fn chart_rect(&self) -> Option<egui::Rect> {
        self.chart_rect
    }

    /// How long the last 1x chart export took from the screenshot's arrival to the file.
    pub fn last_export(&self) -> Option<std::time::Duration> {
        self.last_export
    }

    /// Whether a table is being imported on its thread.
    pub fn is_importing(&self) -> bool {
        self.jobs.import.is_some()
    }

    /// Whether the 出典・注記 window is open.
    pub fn sources_open(&self) -> bool {
        self.overlays.sources
    }

    fn forget_missing_selection(&mut self) {
        if let Some(code) = self.state.selected
            && self.doc.report().row(code).is_none()
        {
            self.state.apply(Choice::Select(None));
        }
    }

    /// Shows a report already loaded (from `path`, or made by other means for `None`).
    pub fn show_loaded(&mut self, loaded: report::Loaded, path: Option<PathBuf>) {
        self.show(Document::new(loaded, path));
    }

    /// Shows a new document (a report opened, or the bundled one), replacing the old whole.
    fn show(&mut self, doc: Document) {
        self.state.apply(Choice::RememberReport(
            doc.path().map(std::path::Path::to_path_buf),
        ));
        let previous = self.doc.take_earlier();
        self.doc = doc;
        self.forget_trend();
        self.keep_comparing(previous);
        self.window_title_lang = None;
        self.forget_missing_selection();
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.gpu.is_none() {
            self.gpu = frame.wgpu_render_state().cloned();
        }
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
        for command in std::mem::take(&mut self.queued) {
            self.run(&ctx, command);
        }
        if self.state.theme != self.theme_applied {
            apply_theme(&ctx, self.state.theme);
            self.theme_applied = self.state.theme;
        }
        // A report dropped or opened is taken in first, so that this frame's rows are its own.
        self.poll(&ctx);
        let shown = self.doc.shown(&self.state);
        self.name_window(&ctx);
        let mut out: Vec<Command> = Vec::new();
        self.shortcuts(&ctx, &shown, &mut out);
        self.panels_ui(ui, &shown, &mut out);
        // Every command of the frame, in the order asked.
        for command in out {
            self.run(&ctx, command);
        }
    }
}
