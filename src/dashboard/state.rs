//! What the user chose, saved between runs. Figures are never saved: they come from the report.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::compare::CompareWith;
use crate::dashboard::map::MapMetric;
use crate::dashboard::rows::{Filter, Sort};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::Metric;
use crate::report::scale::Scale;

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
    /// The tile map.
    Map,
    /// The trend over the tables known (推移).
    Trend,
}

/// What a file dialog is for: the folder last chosen is remembered for each apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogUse {
    /// Opening a report or a table.
    Open,
    /// Saving an export.
    Save,
}

/// The screen's colours. Exports are always light: they are pasted into documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// As the system is set.
    #[default]
    System,
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// How the chart's bars are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChartOrder {
    /// Largest first.
    #[default]
    ByValue,
    /// JIS code (the source's order).
    ByCode,
    /// Largest change from the earlier report first (by value when none is compared with).
    ByChange,
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
    /// What the map colours by.
    pub map_metric: MapMetric,
    /// The map picture's scale (1 or 2 pixels per point).
    pub map_scale: u8,
    /// Table, chart or both.
    pub view: View,
    /// The figures as counts or per 100,000 people (2020 census) in the table, the chart and
    /// the map. Saved settings from before the scale had a name say `per_capita: true`.
    #[serde(alias = "per_capita")]
    pub scale: Scale,
    /// Show the derived column 求職者数÷求人数.
    pub show_seekers_per_opening: bool,
    /// Show the derived column: vaccination share of openings.
    pub show_vaccination_share: bool,
    /// The first of the table's scrolling columns in view (after code and name). Not saved:
    /// the window's width decides what is in view.
    #[serde(skip)]
    pub first_column: usize,
    /// Ticked escalation steps, per prefecture code (0: the national view).
    pub ticks: BTreeMap<u8, BTreeSet<u8>>,
    /// Where exported chart pictures go (their size and layout).
    pub chart_layout: ChartLayout,
    /// The screen's colours.
    pub theme: ThemeChoice,
    /// The folder last chosen in a dialog that opened a file (none: the Documents folder).
    /// The library's own folder is never remembered: a file shown from it was not chosen there.
    pub open_dir: Option<PathBuf>,
    /// The folder last chosen in a dialog that saved a file, apart from opening's.
    pub save_dir: Option<PathBuf>,
    /// The last report opened from a file; opened again at the next start.
    pub last_report: Option<PathBuf>,
    /// The earlier report compared with (none: no comparison); the app keeps it earlier than
    /// the report shown, or none.
    pub compare_with: Option<CompareWith>,
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
            map_metric: MapMetric::default(),
            map_scale: 1,
            view: View::Table,
            scale: Scale::Counts,
            show_seekers_per_opening: false,
            show_vaccination_share: false,
            first_column: 0,
            ticks: BTreeMap::new(),
            chart_layout: ChartLayout::default(),
            theme: ThemeChoice::System,
            open_dir: None,
            save_dir: None,
            last_report: None,
            compare_with: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_saved_with_the_old_per_capita_switch_keep_it_and_everything_else() {
        let mut state = State {
            scale: Scale::Per100k,
            selected: Some(PrefectureCode(27)),
            ..State::default()
        };
        state.ticks.insert(27, BTreeSet::from([1, 3]));
        let saved = ron::to_string(&state).unwrap();
        assert!(saved.contains("scale:Per100k"), "{saved}");
        assert_eq!(ron::from_str::<State>(&saved).unwrap(), state);
        for (old, scale) in [
            ("per_capita:true", Scale::Per100k),
            ("per_capita:false", Scale::Counts),
        ] {
            let before = saved.replace("scale:Per100k", old);
            let read: State = ron::from_str(&before).unwrap();
            assert_eq!(read.scale, scale, "{before}");
            assert_eq!(read.ticks, state.ticks, "the ticked steps survive");
            assert_eq!(read.selected, state.selected);
        }
    }
}
