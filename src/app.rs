//! The dashboard's state and its frame: persisted user choices, the loaded report, and the
//! layout of the panels.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::report::{self, Loaded, Metric, PrefectureCode};
use crate::ui::rows::{Filter, RowCache, Sort};
use crate::ui::{self, Command};

/// The version of [`State`]'s layout; saved state of another version is dropped for defaults.
pub const STATE_VERSION: u32 = 1;

/// Which view the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// The table.
    #[default]
    Table,
    /// The bar chart.
    Chart,
    /// Table and chart side by side.
    Split,
}

/// How the chart's bars are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChartOrder {
    /// Largest first.
    #[default]
    ByValue,
    /// JIS code (the source's order).
    ByCode,
}

/// What the user chose; saved between runs. Figures are never saved: they come from the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// Layout version ([`STATE_VERSION`]).
    pub version: u32,
    /// Display language.
    pub lang: Lang,
    /// The selected ("my") prefecture; none is the national view.
    pub selected: Option<PrefectureCode>,
    /// The filter.
    pub filter: Filter,
    /// The table's sort.
    pub sort: Sort,
    /// The chart's metric.
    pub metric: Metric,
    /// The chart's order.
    pub chart_order: ChartOrder,
    /// Table, chart or both.
    pub view: View,
    /// Show the derived column 求職者数÷求人数.
    pub show_seekers_per_opening: bool,
    /// Show the derived column: vaccination share of openings.
    pub show_vaccination_share: bool,
    /// Ticked escalation steps, per prefecture code (0: the national view).
    pub ticks: BTreeMap<u8, BTreeSet<u8>>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            version: STATE_VERSION,
            lang: Lang::Ja,
            selected: None,
            filter: Filter::default(),
            sort: Sort::default(),
            metric: Metric::JobSeekers,
            chart_order: ChartOrder::ByValue,
            view: View::Table,
            show_seekers_per_opening: false,
            show_vaccination_share: false,
            ticks: BTreeMap::new(),
        }
    }
}

impl State {
    /// Restores saved state; anything unreadable or of another version gives the defaults.
    pub fn restore(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value::<Self>(s, eframe::APP_KEY))
            .filter(|s| s.version == STATE_VERSION)
            .unwrap_or_default()
    }
}

/// A short message at the bottom of the window (copied, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The text.
    pub text: String,
}

/// The dashboard.
pub struct App {
    /// What the user chose (saved).
    pub state: State,
    /// The report shown, with its warnings.
    pub loaded: Loaded,
    /// The report's file name, or the bundled one's.
    pub report_name: String,
    /// Bumped whenever the report changes, to invalidate caches.
    generation: u64,
    rows: RowCache,
    /// The 出典・注記 window is open.
    pub sources_open: bool,
    /// Focus the search box on the next frame (Ctrl+F).
    focus_search: bool,
    /// The last notice (e.g. "copied").
    pub notice: Option<Notice>,
}

impl App {
    /// Builds the app: fonts, saved state, and the report (`path`, else the bundled one).
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        path: Option<&std::path::Path>,
        lang: Option<Lang>,
    ) -> Self {
        ui::fonts::install(ctx);
        let mut state = State::restore(storage);
        if let Some(lang) = lang {
            state.lang = lang;
        }
        let mut notice = None;
        let (loaded, report_name) = match path.map(report::load_path) {
            Some(Ok(l)) => (l, path.map(file_name).unwrap_or_default()),
            other => {
                if let Some(Err(e)) = other {
                    notice = Some(Notice {
                        text: e.render(state.lang).join("\n"),
                    });
                }
                match report::bundled() {
                    Ok(l) => (l, report::BUNDLED_NAME.to_owned()),
                    // Cannot happen (a test loads it), but never panic: show an empty report.
                    Err(e) => (empty_report(), e.to_string()),
                }
            }
        };
        // A saved prefecture that this report does not have is forgotten.
        if let Some(code) = state.selected
            && loaded.report.row(code).is_none()
        {
            state.selected = None;
        }
        Self {
            state,
            loaded,
            report_name,
            generation: 0,
            rows: RowCache::default(),
            sources_open: false,
            focus_search: false,
            notice,
        }
    }

    /// The indices of the rows shown (filtered and sorted), cached.
    pub fn visible_rows(&mut self) -> Vec<usize> {
        self.rows
            .get(
                &self.loaded.report,
                self.generation,
                &self.state.filter,
                self.state.sort,
            )
            .to_vec()
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Select(code) => self.state.selected = code,
            Command::Copy(text) => {
                ctx.copy_text(text.clone());
                self.notice = Some(Notice {
                    text: match self.state.lang {
                        Lang::Ja => format!("コピーしました: {text}"),
                        Lang::En => format!("Copied: {text}"),
                    },
                });
            }
        }
    }

    /// Keyboard: Ctrl+F focuses search, Esc clears the filter, ↑/↓ move the selection.
    fn keys(&mut self, ctx: &egui::Context, shown: &[usize]) -> Option<Command> {
        let (find, escape, up, down) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::F),
                i.key_pressed(egui::Key::Escape),
                i.key_pressed(egui::Key::ArrowUp),
                i.key_pressed(egui::Key::ArrowDown),
            )
        });
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

fn file_name(p: &std::path::Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A report with nothing in it, only for the impossible case of a broken bundled report.
fn empty_report() -> Loaded {
    let text = report::model::Text::default;
    Loaded {
        report: report::Report {
            meta: report::Meta {
                title: text(),
                source: report::Source {
                    document: text(),
                    date: String::new(),
                    date_text: String::new(),
                    issuers: Vec::new(),
                    notice_title: text(),
                    attachment: String::new(),
                },
                period: report::Period {
                    from: String::new(),
                    to: String::new(),
                    vaccination_from: String::new(),
                    vaccination_employed_from: String::new(),
                    text: text(),
                },
                compiled: report::Compiled {
                    date: String::new(),
                    by: text(),
                    text: text(),
                },
                notes: Vec::new(),
                caveats: Vec::new(),
                national_figures: Vec::new(),
            },
            total: report::Figures::default(),
            rows: Vec::new(),
            contacts: Vec::new(),
            escalation: Vec::new(),
            key_net_flow: Vec::new(),
        },
        warnings: Vec::new(),
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let shown = self.visible_rows();
        let mut commands: Vec<Command> = Vec::new();
        commands.extend(self.keys(&ctx, &shown));
        let lang = self.state.lang;

        egui::Panel::top("top_bar").show(ui, |ui| {
            ui::top_bar::ui(
                ui,
                &mut self.state,
                &self.loaded.report,
                &self.report_name,
                &mut self.sources_open,
            );
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
        for c in commands {
            self.run(&ctx, c);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}

impl App {
    fn central_ui(&mut self, ui: &mut egui::Ui, shown: &[usize]) -> Option<Command> {
        let report = &self.loaded.report;
        match self.state.view {
            View::Table => ui::table::ui(ui, &mut self.state, report, shown),
            View::Chart => ui::chart::ui(ui, &mut self.state, report, shown),
            View::Split => {
                let mut cmd = None;
                egui::Panel::left("split_table")
                    .resizable(true)
                    .default_size(ui.available_width() * 0.55)
                    .size_range(200.0..=(ui.available_width() - 200.0).max(201.0))
                    .show(ui, |ui| {
                        cmd = ui::table::ui(ui, &mut self.state, report, shown);
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    cmd = cmd
                        .take()
                        .or(ui::chart::ui(ui, &mut self.state, report, shown));
                });
                cmd
            }
        }
    }
}

/// Opens the window on `report` (or the bundled report) and runs until it is closed.
pub fn run(report: Option<PathBuf>, lang: Lang) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("看護職の求職・求人ダッシュボード / Nurse staffing dashboard")
            .with_app_id("staffing-dashboard")
            .with_inner_size([1366.0, 768.0])
            .with_min_inner_size([800.0, 560.0]),
        // The bundled font draws everything; no lookup of whatever the OS has.
        system_font_fallback: false,
        ..Default::default()
    };
    let lang = (lang != Lang::Ja).then_some(lang);
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
