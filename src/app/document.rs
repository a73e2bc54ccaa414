//! The document: the report shown, where it came from, and what is derived from it. A new
//! report replaces the document whole, caches and all, so nothing derived from the old one can
//! be applied to the new one.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::dashboard::chart_data::{ChartCache, ChartData};
use crate::dashboard::compare::Earlier;
use crate::dashboard::rows::RowCache;
use crate::dashboard::{State, ViewContext};
use crate::report::{self, Finding, Loaded, Report};

/// The report shown, with its warnings, its origin and its caches.
pub struct Document {
    loaded: Loaded,
    name: String,
    path: Option<PathBuf>,
    rows: RowCache,
    chart: ChartCache,
    map: crate::dashboard::map::MapCache,
    earlier: Option<Earlier>,
}

impl Document {
    /// The bundled report; an empty one only in the impossible case that it does not load (a
    /// test loads it), so that nothing can panic.
    pub fn bundled() -> Self {
        let loaded = report::bundled().unwrap_or_else(|_| Loaded {
            report: Report::default(),
            warnings: Vec::new(),
        });
        Self::new(loaded, None)
    }

    /// A report loaded from `path` (or the bundled one, for `None`).
    pub fn new(loaded: Loaded, path: Option<PathBuf>) -> Self {
        let name = path
            .as_deref()
            .map_or_else(|| report::BUNDLED_NAME.to_owned(), file_name);
        Self {
            loaded,
            name,
            path,
            rows: RowCache::default(),
            chart: ChartCache::default(),
            map: crate::dashboard::map::MapCache::default(),
            earlier: None,
        }
    }

    /// The report.
    pub fn report(&self) -> &Report {
        &self.loaded.report
    }

    /// What the checks found that does not stop the report from loading.
    pub fn warnings(&self) -> &[Finding] {
        &self.loaded.warnings
    }

    /// The file name, or the bundled report's.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file it came from; `None` for the bundled report.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The earlier report compared with, if any.
    pub fn earlier(&self) -> Option<&Earlier> {
        self.earlier.as_ref()
    }

    /// The earlier report's figures, if one is compared with.
    pub fn earlier_report(&self) -> Option<&Report> {
        self.earlier.as_ref().map(Earlier::report)
    }

    /// What the panels and exports draw from: `state`, this report, the one compared with, and
    /// the rows `shown` ([`Self::shown`]).
    pub fn context<'a>(&'a self, state: &'a State, shown: &'a [usize]) -> ViewContext<'a> {
        ViewContext {
            state,
            report: self.report(),
            earlier: self.earlier_report(),
            shown,
        }
    }

    /// The file it is shown from moved (a kept table put in the place of another).
    pub fn moved_to(&mut self, path: PathBuf) {
        self.name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        self.path = Some(path);
    }

    /// Compares with `earlier` (or stops comparing); what was derived is worked out again.
    pub fn set_earlier(&mut self, earlier: Option<Earlier>) {
        self.earlier = earlier;
        self.rows = RowCache::default();
        self.chart = ChartCache::default();
    }

    /// Takes the earlier report away (to give it to the next document).
    pub fn take_earlier(&mut self) -> Option<Earlier> {
        let earlier = self.earlier.take();
        self.set_earlier(None);
        earlier
    }

    /// The indices of the rows shown (filtered and sorted), cached.
    pub fn shown(&mut self, state: &State) -> Arc<[usize]> {
        let earlier = self.earlier.as_ref().map(Earlier::report);
        self.rows.get(
            &self.loaded.report,
            (earlier, state.scale),
            &state.filter,
            state.sort,
        )
    }

    /// What the map draws for the rows shown, cached.
    pub fn map(&mut self, state: &State, shown: &[usize]) -> Arc<crate::dashboard::map::MapData> {
        self.map.get(
            &self.loaded.report,
            shown,
            (state.map_metric, state.scale),
            state.lang,
        )
    }

    /// What the chart draws for the rows shown, cached.
    pub fn chart(&mut self, state: &State, shown: &[usize]) -> Arc<ChartData> {
        self.chart.get(
            &self.loaded.report,
            self.earlier.as_ref().map(Earlier::report),
            shown,
            (state.metric, state.scale),
            state.chart_order,
            state.lang,
        )
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
