//! Everything the user can ask for, as data: panels, keyboard shortcuts and tests push
//! commands, and the state changes only through a [`Choice`] made by [`State::apply`]; an
//! [`Action`] (files, the clipboard, the report shown, the window) is the app's.

use std::path::PathBuf;

use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::compare::CompareWith;
use crate::dashboard::map::MapMetric;
use crate::dashboard::rows::{Filter, Sort};
use crate::dashboard::{ChartOrder, DialogUse, State, ThemeChoice, View};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::prefecture::Region;
use crate::report::Metric;

/// What the user asked for, run after the panels are drawn, in the order asked: a choice (what
/// the dashboard shows, kept in [`State`]) or an action (what touches files, the clipboard, the
/// report shown or the window, carried out by the app). Each is matched whole where it is
/// handled, with no catch-all arm: a new one that nothing handles does not build.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// A choice: [`State::apply`] makes it.
    Choice(Choice),
    /// An action: the app carries it out.
    Action(Action),
}

/// A choice of what the dashboard shows: it changes the [`State`] and nothing else. The app
/// makes the last three itself, as it opens, keeps and compares reports.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The report to open at the next start (none: the bundled one).
    RememberReport(Option<PathBuf>),
    /// The folder the user last chose a file in, to open or to save.
    RememberFolder(DialogUse, PathBuf),
    /// The report compared with (its choice; the app loads it).
    SetComparison(Option<CompareWith>),
    /// Select a prefecture (or none: the national view).
    Select(Option<PrefectureCode>),
    /// Show the dashboard in this language.
    SetLang(Lang),
    /// Sort the table.
    SetSort(Sort),
    /// Set the search text.
    SetQuery(String),
    /// Filter to a region (or all).
    SetRegion(Option<Region>),
    /// Clear the search text and the region.
    ClearFilter,
    /// Show the table, the chart or both.
    SetView(View),
    /// Chart this metric.
    SetMetric(Metric),
    /// Order the chart's bars.
    SetChartOrder(ChartOrder),
    /// Colour the map by this.
    SetMapMetric(MapMetric),
    /// The map picture's scale (1 or 2).
    SetMapScale(u8),
    /// The figures as published (counts) or per 100,000 people.
    SetScale(crate::report::scale::Scale),
    /// Show or hide the derived column 求職者数÷求人数.
    ShowSeekersPerOpening(bool),
    /// Show or hide the derived column of the vaccination share of openings.
    ShowVaccinationShare(bool),
    /// Scroll the table's figures this many columns right (left when negative).
    ScrollColumns(i32),
    /// Make this the first of the table's scrolling columns in view.
    SetFirstColumn(usize),
    /// Tick or untick an escalation step for the selected prefecture (or the national view).
    Tick {
        /// The step's number.
        step: u8,
        /// Ticked.
        on: bool,
    },
    /// Where exported chart pictures go (A4 text width, half, slide, as on screen).
    SetChartLayout(ChartLayout),
    /// Follow the system's colours, or use light or dark ones.
    SetTheme(ThemeChoice),
}

/// An action the app carries out: files, the clipboard, the report shown, dialogs.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Save the map as PNG (asks for a path).
    ExportMap,
    /// Copy the map to the clipboard as an image.
    CopyMap,
    /// Put text on the clipboard and say so.
    Copy(String),
    /// Save the chart as PNG (asks for a path).
    ExportChart,
    /// Copy the chart to the clipboard as an image.
    CopyChart,
    /// Save the trend's series as CSV (asks for a path).
    ExportSeries,
    /// Copy what changed over the trend, as a sentence.
    CopyTrendSummary,
    /// Save the table as CSV (asks for a path).
    ExportCsv {
        /// All rows, as `export-csv` writes them, rather than those shown.
        all_rows: bool,
    },
    /// Save the table shown, the contacts and the steps as an Excel workbook (asks for a path).
    ExportXlsx,
    /// Save the briefing pack (headline and map, table, chart, contacts) as PDF (asks for a
    /// path).
    ExportPack,
    /// Copy the rows shown as tab-separated text.
    CopyTable,
    /// Save the selected prefecture's one-page contact sheet as PDF (asks for a path).
    ExportSheet(PrefectureCode),
    /// Ask for a report file to open.
    OpenReport,
    /// Open this report file, or table (dropped on the window; a table asks its dates first).
    LoadReport(PathBuf),
    /// The dates typed in the form of a table being opened.
    EditImport {
        /// The date the figures stand at.
        compiled: String,
        /// The last day counted.
        period_end: String,
    },
    /// Import the table of the form with its dates.
    ImportTable,
    /// Close the form without importing.
    CancelImport,
    /// Ask whether to remove this kept report.
    AskRemoveReport(PathBuf),
    /// Remove this kept report from the library.
    RemoveReport(PathBuf),
    /// Keep the report after all.
    CancelRemove,
    /// Put the table just kept (`new`) in the place of the one kept earlier of the same date
    /// (`old`), as the user confirmed.
    ReplaceReport {
        /// The table just kept.
        new: PathBuf,
        /// The one of the same date kept before.
        old: PathBuf,
    },
    /// Keep both tables of the same date.
    KeepBoth,
    /// Compare the report shown with an earlier one (none: stop comparing).
    CompareWith(Option<CompareWith>),
    /// Go back to the bundled report.
    BundledReport,
    /// Open or close the 出典・注記 window.
    ShowSources(bool),
    /// Close the error dialog.
    DismissError,
    /// Close the notice at the bottom.
    DismissNotice,
}

impl From<Choice> for Command {
    fn from(choice: Choice) -> Self {
        Self::Choice(choice)
    }
}

impl From<Action> for Command {
    fn from(action: Action) -> Self {
        Self::Action(action)
    }
}

impl State {
    /// Makes a choice.
    pub fn apply(&mut self, choice: Choice) {
        match choice {
            Choice::Select(code) => self.selected = code,
            Choice::SetLang(lang) => self.lang = lang,
            Choice::SetSort(sort) => self.sort = sort,
            Choice::SetQuery(query) => self.filter.query = query,
            Choice::SetRegion(region) => self.filter.region = region,
            Choice::ClearFilter => self.filter = Filter::default(),
            Choice::SetView(view) => self.view = view,
            Choice::SetMetric(metric) => self.metric = metric,
            Choice::SetChartOrder(order) => self.chart_order = order,
            Choice::SetMapMetric(metric) => self.map_metric = metric,
            Choice::SetMapScale(scale) => self.map_scale = scale.clamp(1, 2),
            Choice::SetScale(scale) => self.scale = scale,
            Choice::ShowSeekersPerOpening(on) => self.show_seekers_per_opening = on,
            Choice::ShowVaccinationShare(on) => self.show_vaccination_share = on,
            Choice::ScrollColumns(by) => {
                let cols = crate::dashboard::columns::scrolling(self);
                let by = isize::try_from(by).unwrap_or(0);
                self.first_column =
                    crate::dashboard::columns::scrolled(&cols, self.first_column, by);
            }
            Choice::SetFirstColumn(first) => self.first_column = first,
            Choice::Tick { step, on } => self.tick(step, on),
            Choice::SetChartLayout(layout) => self.chart_layout = layout,
            Choice::SetTheme(theme) => self.theme = theme,
            Choice::RememberReport(path) => self.last_report = path,
            Choice::RememberFolder(DialogUse::Open, dir) => self.open_dir = Some(dir),
            Choice::RememberFolder(DialogUse::Save, dir) => self.save_dir = Some(dir),
            Choice::SetComparison(choice) => self.compare_with = choice,
        }
    }

    /// The key of the ticks shown: the selected prefecture's code, 0 for the national view.
    pub fn ticks_key(&self) -> u8 {
        self.selected.map_or(0, |c| c.0)
    }

    /// Whether a step is ticked for the selected prefecture (or the national view).
    pub fn is_ticked(&self, step: u8) -> bool {
        self.ticks
            .get(&self.ticks_key())
            .is_some_and(|t| t.contains(&step))
    }

    fn tick(&mut self, step: u8, on: bool) {
        let key = self.ticks_key();
        let set = self.ticks.entry(key).or_default();
        if on {
            set.insert(step);
        } else {
            set.remove(&step);
        }
        if set.is_empty() {
            self.ticks.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::rows::SortKey;

    #[test]
    fn choices_change_the_state() {
        let mut s = State::default();
        s.apply(Choice::SetLang(Lang::En));
        assert_eq!(s.lang, Lang::En);
        let sort = Sort::default().clicked(SortKey::Metric(Metric::Openings));
        s.apply(Choice::SetSort(sort));
        assert_eq!(s.sort, sort);
        s.apply(Choice::SetQuery("大阪".to_owned()));
        s.apply(Choice::SetRegion(Some(Region::Kinki)));
        assert!(s.filter.is_active());
        s.apply(Choice::ClearFilter);
        assert_eq!(s.filter, Filter::default());
        s.apply(Choice::ScrollColumns(3));
        assert_eq!(s.first_column, 3);
        s.apply(Choice::ScrollColumns(-5));
        assert_eq!(s.first_column, 0, "not before the first");
        s.apply(Choice::ScrollColumns(50));
        assert_eq!(s.first_column, 7, "not past the phone");
        assert_eq!(
            Command::from(Action::CopyTable),
            Command::Action(Action::CopyTable)
        );
    }

    #[test]
    fn ticks_are_kept_per_prefecture_and_an_empty_set_goes() {
        let mut s = State::default();
        s.apply(Choice::Select(Some(PrefectureCode(36))));
        s.apply(Choice::Tick { step: 4, on: true });
        assert!(s.is_ticked(4));
        s.apply(Choice::Select(None));
        assert!(!s.is_ticked(4), "the national view has its own ticks");
        s.apply(Choice::Select(Some(PrefectureCode(36))));
        s.apply(Choice::Tick { step: 4, on: false });
        assert!(s.ticks.is_empty());
    }
}
