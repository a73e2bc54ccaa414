//! `export-chart`: the chart as a PNG for a page or a slide, without a window.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::{ChartOrder, State};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::prefecture::Region;
use crate::report::Metric;
use crate::report::scale::Scale;

/// The arguments of `export-chart`.
#[derive(Debug, clap::Args)]
pub struct ChartArgs {
    /// The report to draw (default: the bundled one); with --trend, a table over time: give it
    /// several times (the bundled table is always one)
    #[arg(long = "report", id = "chart_reports", value_name = "FILE")]
    pub reports: Vec<PathBuf>,
    /// The trend of the figure over the tables (by their dates) instead of the bars
    #[arg(long, conflicts_with_all = ["compare", "order"])]
    pub trend: bool,
    /// With --trend, also every table the window keeps (its data folder's reports)
    #[arg(long, requires = "trend")]
    pub library: bool,
    /// The figure drawn (openings and employed with their vaccination part stacked inside)
    #[arg(long, value_enum, default_value_t = MetricArg::JobSeekers)]
    pub metric: MetricArg,
    /// Where the picture goes: the A4 text width (16 cm), half of it (8 cm) or a 16:9 slide
    #[arg(long, value_enum, default_value_t = SizeArg::A4)]
    pub size: SizeArg,
    /// Largest first, or by prefecture code (the source's order)
    #[arg(long, value_enum, default_value_t = OrderArg::Size)]
    pub order: OrderArg,
    /// Highlight this prefecture (JIS code, 1-47 or 01-47)
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    pub select: Option<PrefectureCode>,
    /// Only this region: 北海道 東北 関東 中部 近畿 中国 四国 九州・沖縄 (or their English names)
    #[arg(long, value_name = "NAME", value_parser = parse_region)]
    pub region: Option<Region>,
    /// An earlier report to compare with: its bars beside each bar, lighter, and the changes
    /// (derived) at the bars, in the title and in the source line with both dates
    #[arg(long, value_name = "OLD")]
    pub compare: Option<PathBuf>,
    /// Figures per 100,000 people (2020 census; derived, one decimal), the census under the
    /// chart
    #[arg(long)]
    pub per_capita: bool,
    /// The PNG file to write (through a temporary file and a rename)
    #[arg(short = 'o', long, value_name = "OUT.png")]
    pub output: PathBuf,
}

/// The chart's metrics, as the report file names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MetricArg {
    /// 求職者数
    #[value(name = "job_seekers")]
    JobSeekers,
    /// 求人数 (with the vaccination part)
    #[value(name = "openings")]
    Openings,
    /// 紹介人数
    #[value(name = "referrals")]
    Referrals,
    /// 就業者数 (with the vaccination part)
    #[value(name = "employed")]
    Employed,
    /// ワクチン接種業務対応研修修了者数
    #[value(name = "vaccination_trained")]
    VaccinationTrained,
}

impl MetricArg {
    /// The figure it names.
    pub const fn metric(self) -> Metric {
        match self {
            Self::JobSeekers => Metric::JobSeekers,
            Self::Openings => Metric::Openings,
            Self::Referrals => Metric::Referrals,
            Self::Employed => Metric::Employed,
            Self::VaccinationTrained => Metric::VaccinationTrained,
        }
    }
}

/// Where the picture goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SizeArg {
    /// A4 本文幅: 16 cm wide, as tall as the bars need
    A4,
    /// A4 半幅: 8 cm wide
    Half,
    /// スライド 16:9: 25.4 x 14.3 cm
    Slide,
}

/// The bars' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OrderArg {
    /// Largest first
    Size,
    /// By JIS code
    Code,
    /// Largest change from the report of --compare first
    Change,
}

#[cfg_attr(
    not(feature = "gui"),
    expect(dead_code, reason = "only the window's crates draw")
)]
impl ChartArgs {
    /// The choices as the window would hold them.
    fn state(&self, lang: Lang) -> State {
        let mut state = State {
            lang,
            metric: self.metric.metric(),
            chart_order: match self.order {
                OrderArg::Size => ChartOrder::ByValue,
                OrderArg::Code => ChartOrder::ByCode,
                OrderArg::Change => ChartOrder::ByChange,
            },
            selected: self.select,
            scale: Scale::per_100k_if(self.per_capita),
            ..State::default()
        };
        state.filter.region = self.region;
        state
    }

    fn layout(&self) -> ChartLayout {
        match self.size {
            SizeArg::A4 => ChartLayout::A4,
            SizeArg::Half => ChartLayout::Half,
            SizeArg::Slide => ChartLayout::Slide,
        }
    }
}

/// A prefecture code, 1-47 or 01-47.
pub fn parse_code(s: &str) -> Result<PrefectureCode, String> {
    s.trim()
        .parse::<u8>()
        .ok()
        .filter(|c| (1..=47).contains(c))
        .map(PrefectureCode)
        .ok_or_else(|| {
            format!("「{s}」は都道府県コード（1〜47）ではありません / not a prefecture code (1-47)")
        })
}

/// A region by its Japanese or English name (case and a trailing 地方 aside).
pub fn parse_region(s: &str) -> Result<Region, String> {
    let wanted = s.trim().trim_end_matches("地方").to_lowercase();
    Region::ALL
        .into_iter()
        .find(|r| {
            Lang::ALL
                .into_iter()
                .any(|l| r.name(l).to_lowercase() == wanted)
        })
        .ok_or_else(|| {
            let names: Vec<&str> = Region::ALL.iter().map(|r| r.name(Lang::Ja)).collect();
            format!(
                "「{s}」は地方の名前ではありません / not a region: {}",
                names.join(" ")
            )
        })
}

/// Writes the chart; 0 on success, 1 on a report that cannot be read or a failed drawing or
/// write.
#[cfg(feature = "gui")]
pub fn export_chart(args: &ChartArgs, lang: Lang) -> ExitCode {
    use crate::texts::texts;
    if args.trend {
        return export_trend(args, lang);
    }
    if args.reports.len() > 1 {
        super::say_error(texts(lang).cli.one_report_without_trend);
        return ExitCode::FAILURE;
    }
    let Some(report) = super::load_or_say(args.reports.first(), lang) else {
        return ExitCode::FAILURE;
    };
    let earlier = match &args.compare {
        None => None,
        Some(old) => {
            let Some(old) = super::load_or_say(Some(old), lang) else {
                return ExitCode::FAILURE;
            };
            if let Err(code) = super::import::check_comparison(&report, &old, lang) {
                return code;
            }
            Some(old)
        }
    };
    let state = args.state(lang);
    let earlier = earlier.as_ref();
    let shown = crate::dashboard::rows::visible_rows(
        &report,
        (earlier, state.scale),
        &state.filter,
        state.sort,
    );
    let cx = crate::dashboard::ViewContext {
        state: &state,
        report: &report,
        earlier,
        shown: &shown,
    };
    written(
        crate::export::headless::chart_png(&cx, args.layout()),
        args,
        lang,
    )
}

/// Writes the trend's picture: the figure over the bundled table, the `--report` files and
/// (`--library`) the window's kept tables, by their dates; 1 with fewer than two tables.
#[cfg(feature = "gui")]
fn export_trend(args: &ChartArgs, lang: Lang) -> ExitCode {
    use crate::texts::texts;
    let Some(tables) = super::series::gather(&args.reports, args.library, lang) else {
        return ExitCode::FAILURE;
    };
    let ordered = crate::report::series::in_time_order(&tables);
    let Some(newest) = ordered.last().copied().filter(|_| ordered.len() >= 2) else {
        super::say_error(texts(lang).trend.needs_two);
        return ExitCode::FAILURE;
    };
    let state = args.state(lang);
    let shown = crate::dashboard::rows::visible_rows(
        newest,
        (None, state.scale),
        &state.filter,
        state.sort,
    );
    let codes: Vec<PrefectureCode> = shown
        .iter()
        .filter_map(|&i| newest.rows.get(i).map(|r| r.code))
        .collect();
    let data = crate::dashboard::trend::trend_data(&ordered, &state, &codes);
    let png = crate::export::headless::trend_png(&data, &state, args.layout());
    written(png, args, lang)
}

/// Writes a drawn picture to `-o` (through a temporary file and a rename); 1 with what went
/// wrong said when it could not be drawn or written.
#[cfg(feature = "gui")]
fn written(png: Result<Vec<u8>, String>, args: &ChartArgs, lang: Lang) -> ExitCode {
    use crate::texts::{fill, texts};
    let written = png
        .map_err(|e| fill(texts(lang).cli.cannot_draw, &[("error", &e)]))
        .and_then(|png| {
            crate::fsutil::write_atomic(&args.output, &png).map_err(|e| e.render(lang))
        });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::say_error(&e);
            ExitCode::FAILURE
        }
    }
}

/// Without the window's crates there is nothing to draw with.
#[cfg(not(feature = "gui"))]
pub fn export_chart(_args: &ChartArgs, lang: Lang) -> ExitCode {
    super::say_error(crate::texts::texts(lang).cli.no_gui);
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_regions_as_a_clerk_writes_them() {
        assert_eq!(parse_code("13"), Ok(PrefectureCode(13)));
        assert_eq!(parse_code("01"), Ok(PrefectureCode(1)));
        assert!(parse_code("48").is_err());
        assert!(parse_code("0").is_err());
        assert!(parse_code("tokyo").is_err());
        for name in ["関東", "関東地方", "Kanto", "kanto"] {
            assert_eq!(parse_region(name), Ok(Region::Kanto), "{name}");
        }
        assert_eq!(parse_region("九州・沖縄"), Ok(Region::KyushuOkinawa));
        let e = parse_region("東海").unwrap_err();
        assert!(e.contains("関東") && e.contains("九州・沖縄"), "{e}");
    }
}
