//! The trend's tables: every table known (the bundled notice's, the kept ones and the one
//! shown), loaded when the trend is first drawn and kept until the library or the report shown
//! changes; what the trend draws from them, kept until a choice changes it; its CSV and its
//! summary.

use std::path::Path;
use std::sync::Arc;

use super::App;
use super::dialogs::Purpose;
use crate::dashboard::trend::{TrendData, trend_data};
use crate::prefecture::PrefectureCode;
use crate::report::series::in_time_order;
use crate::report::{self, Metric, Report};
use crate::texts::texts;

/// What the trend's drawing was made for: the choices it follows.
type Key = (
    Metric,
    crate::report::scale::Scale,
    crate::lang::Lang,
    Option<PrefectureCode>,
    Vec<PrefectureCode>,
);

/// The trend's tables and its drawing, each made when first needed.
#[derive(Default)]
pub(super) struct TrendCache {
    tables: Option<Vec<Report>>,
    data: Option<(Key, Arc<TrendData>)>,
    /// How many tables of different dates are known, counted when the library or the report
    /// shown changes (not every frame).
    known: Option<usize>,
}

impl App {
    /// How many tables of different dates are known (the bundled one, the kept ones, the one
    /// shown), from the library's list alone: the trend needs two.
    pub(super) fn known_dates(&mut self) -> usize {
        if let Some(known) = self.trend.known {
            return known;
        }
        let mut dates: Vec<&str> = self.kept.iter().map(|e| e.compiled.as_str()).collect();
        dates.push(Self::bundled_date());
        dates.push(self.doc.report().meta.compiled.date.as_str());
        dates.sort_unstable();
        dates.dedup();
        let known = dates.len();
        self.trend.known = Some(known);
        known
    }

    /// Forgets the trend's tables (the library or the report shown changed).
    pub(super) fn forget_trend(&mut self) {
        self.trend = TrendCache::default();
    }

    /// Every table known, loaded once: the bundled notice's, each kept one that loads (one that
    /// does not is left out, as the library's list leaves it), and the one shown.
    fn trend_reports(&mut self) -> &[Report] {
        let shown = self.doc.report();
        let kept = &self.kept;
        self.trend.tables.get_or_insert_with(|| {
            let mut all: Vec<Report> = report::bundled_notice().into_iter().cloned().collect();
            all.extend(
                kept.iter()
                    .filter_map(|e| report::load_path(&e.path).ok())
                    .map(|l| l.report),
            );
            all.push(shown.clone());
            all
        })
    }

    /// The tables in time order, each once.
    pub(super) fn trend_tables(&mut self) -> Vec<&Report> {
        in_time_order(self.trend_reports())
    }

    /// What the trend draws for the rows `shown` (indices into the report shown); none with
    /// fewer than two tables.
    pub(super) fn trend(&mut self, shown: &[usize]) -> Option<Arc<TrendData>> {
        let report = self.doc.report();
        let codes: Vec<PrefectureCode> = shown
            .iter()
            .filter_map(|&i| report.rows.get(i).map(|r| r.code))
            .collect();
        let state = &self.state;
        let key: Key = (state.metric, state.scale, state.lang, state.selected, codes);
        if let Some((k, data)) = &self.trend.data
            && *k == key
        {
            return Some(Arc::clone(data));
        }
        let state = self.state.clone();
        let data = {
            let tables = self.trend_tables();
            if tables.len() < 2 {
                return None;
            }
            Arc::new(trend_data(&tables, &state, &key.4))
        };
        self.trend.data = Some((key, Arc::clone(&data)));
        Some(data)
    }

    /// The default name of the trend's picture for `layout`, when the trend is shown.
    pub(super) fn trend_picture_name(
        &mut self,
        layout: crate::dashboard::chart_layout::ChartLayout,
    ) -> Option<String> {
        if self.state.view != crate::dashboard::View::Trend {
            return None;
        }
        let shown = self.doc.shown(&self.state);
        let data = self.trend(&shown)?;
        let (from, to) = (&data.tables.first()?.date, &data.tables.last()?.date);
        let cx = self.doc.context(&self.state, &shown);
        Some(crate::export::table::trend_file_name(
            &cx,
            (from, to),
            Some(layout),
        ))
    }

    /// Asks where the trend's series goes as CSV.
    pub(super) fn ask_series(&mut self, ctx: &egui::Context) {
        let shown = self.doc.shown(&self.state);
        let Some(data) = self.trend(&shown) else {
            return;
        };
        let (from, to) = match (data.tables.first(), data.tables.last()) {
            (Some(a), Some(b)) => (a.date.clone(), b.date.clone()),
            _ => return,
        };
        let cx = self.doc.context(&self.state, &shown);
        let name = crate::export::table::trend_file_name(&cx, (&from, &to), None);
        let title = texts(self.state.lang).trend.save_csv_title;
        self.ask(ctx, Purpose::SeriesCsv, title, name);
    }

    /// Writes the series of every table known, every figure on the scale shown, as `series`
    /// writes it.
    pub(super) fn write_series(&mut self, path: &Path) {
        let (scale, lang) = (self.state.scale, self.state.lang);
        let tables = self.trend_tables();
        let written = report::series::series_csv(&tables, &Metric::ALL, scale, lang)
            .map_err(|e| e.to_string())
            .and_then(|b| crate::fsutil::write_atomic(path, &b).map_err(|e| e.render(lang)));
        self.report_write(path, written);
    }

    /// Copies what changed in the chart's figure from the first table to the last.
    pub(super) fn copy_trend_summary(&mut self, ctx: &egui::Context) {
        let (metric, lang) = (
            crate::dashboard::chart_data::chart_metric(self.state.metric),
            self.state.lang,
        );
        let tables = self.trend_tables();
        if let Some(text) = crate::dashboard::summary::trend_summary(&tables, metric, lang) {
            ctx.copy_text(text.clone());
            self.say(crate::texts::fill(
                texts(lang).export.copied_text,
                &[("text", &text)],
            ));
        }
    }
}
