//! `export-pack`: the briefing pack (会議資料) as an A4 PDF, without a window: the headline
//! figures and the tile map, the table, the bar chart and whom to call, for the figure, the
//! region, the selected prefecture, the comparison and the scale asked for.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::chart::{MetricArg, parse_code, parse_region};
use crate::dashboard::State;
use crate::dashboard::map::MapMetric;
use crate::lang::Lang;
use crate::prefecture::{PrefectureCode, Region};
use crate::report::scale::Scale;

/// The arguments of `export-pack`.
#[derive(Debug, clap::Args)]
pub struct PackArgs {
    /// The report (default: the bundled one)
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// The figure of the map and the chart
    #[arg(long, value_enum, default_value_t = MetricArg::JobSeekers)]
    pub metric: MetricArg,
    /// Only this region: 北海道 東北 関東 中部 近畿 中国 四国 九州・沖縄 (or their English names)
    #[arg(long, value_name = "NAME", value_parser = parse_region)]
    pub region: Option<Region>,
    /// The prefecture the pack is about (JIS code, 1-47 or 01-47): its figures and ranks first,
    /// its contact sheet last
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    pub select: Option<PrefectureCode>,
    /// An earlier report to compare with: the changes in the table, the chart and a sentence
    #[arg(long, value_name = "OLD")]
    pub compare: Option<PathBuf>,
    /// Figures per 100,000 people (2020 census; derived, one decimal)
    #[arg(long)]
    pub per_capita: bool,
    /// Write here (through a temporary file and a rename) [default: the pack's file name, as
    /// the window offers it, in the current folder]
    #[arg(short = 'o', long, value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
}

impl PackArgs {
    /// The choices as the window would hold them.
    #[cfg_attr(
        not(feature = "gui"),
        expect(dead_code, reason = "only the window's crates draw")
    )]
    fn state(&self, lang: Lang) -> State {
        let metric = self.metric.metric();
        let mut state = State {
            lang,
            metric,
            map_metric: MapMetric::Figure(metric),
            selected: self.select,
            scale: Scale::per_100k_if(self.per_capita),
            ..State::default()
        };
        state.compare_with = self
            .compare
            .clone()
            .map(crate::dashboard::compare::CompareWith::File);
        state.filter.region = self.region;
        state
    }
}

/// Without the window's crates there is nothing to draw the pack with.
#[cfg(not(feature = "gui"))]
pub fn export_pack(_args: &PackArgs, _global: Option<&PathBuf>, lang: Lang) -> ExitCode {
    super::say_error(crate::texts::texts(lang).cli.no_gui);
    ExitCode::FAILURE
}

/// Writes the pack; says where.
#[cfg(feature = "gui")]
pub fn export_pack(args: &PackArgs, global: Option<&PathBuf>, lang: Lang) -> ExitCode {
    let (report, old) =
        match super::load_compared(args.report.as_ref().or(global), args.compare.as_ref(), lang) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let state = args.state(lang);
    let shown = crate::dashboard::rows::visible_rows(
        &report,
        (old.as_ref(), state.scale),
        &state.filter,
        state.sort,
    );
    let cx = crate::dashboard::ViewContext {
        state: &state,
        report: &report,
        earlier: old.as_ref(),
        shown: &shown,
    };
    let bytes = match crate::export::pack::pack_pdf(&cx) {
        Ok(b) => b,
        Err(e) => {
            super::say_error(&e.render(lang));
            return ExitCode::FAILURE;
        }
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(crate::export::pack::file_name(&cx)));
    super::write_and_say(&path, &bytes, lang)
}
