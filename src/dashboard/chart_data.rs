//! What the chart draws, worked out from the report without egui: the bars for the rows shown,
//! sorted, with their of-which parts; the title with the national figure; the summary of largest
//! and smallest. Cached by its inputs.

use crate::dashboard::ChartOrder;
use crate::dashboard::format::format_count;
use crate::lang::Lang;
use crate::report::{Metric, PrefectureCode, Report};
use crate::texts::{fill, texts};

/// The metrics the chart offers, each with the of-which part it stacks inside.
pub const CHART_METRICS: [Metric; 5] = [
    Metric::JobSeekers,
    Metric::Openings,
    Metric::Referrals,
    Metric::Employed,
    Metric::VaccinationTrained,
];

/// One bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarDatum {
    /// The prefecture.
    pub code: PrefectureCode,
    /// Its name in the chart's language.
    pub name: String,
    /// The figure.
    pub value: u32,
    /// The of-which part, for stacked metrics.
    pub part: Option<u32>,
    /// The figure in the earlier report compared with (none: no comparison, or that report
    /// lacks the prefecture).
    pub earlier: Option<u32>,
}

impl BarDatum {
    /// The change from the earlier report (derived), when compared.
    pub fn change(&self) -> Option<i64> {
        self.earlier
            .map(|e| i64::from(self.value).saturating_sub(i64::from(e)))
    }
}

/// The earlier report a chart compares with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartEarlier {
    /// The date its figures stand at (ISO 8601).
    pub compiled: String,
    /// Its published national figure (計).
    pub national: u32,
    /// 「2021年5月19日→6月2日の増減」.
    pub line: String,
}

/// What the chart draws: computed from the report, without egui.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartData {
    /// The metric.
    pub metric: Metric,
    /// The of-which metric stacked inside, if any.
    pub part: Option<Metric>,
    /// Bars, top to bottom.
    pub bars: Vec<BarDatum>,
    /// The published national figure (計).
    pub national: u32,
    /// The sum of the bars (derived); `None` if it overflows.
    pub shown_sum: Option<u32>,
    /// The earlier report compared with, if any.
    pub earlier: Option<ChartEarlier>,
}

/// The chart's data for one report, recomputed only when the rows shown, the metric or the order
/// change. It belongs with its report and the one compared with: a new report or a new
/// comparison comes with a new cache.
#[derive(Default)]
pub struct ChartCache {
    key: Option<(Vec<usize>, Metric, ChartOrder, Lang)>,
    data: Option<std::sync::Arc<ChartData>>,
}

impl ChartCache {
    /// The data for these inputs.
    pub fn get(
        &mut self,
        report: &Report,
        earlier: Option<&Report>,
        shown: &[usize],
        metric: Metric,
        order: ChartOrder,
        lang: Lang,
    ) -> std::sync::Arc<ChartData> {
        let fresh = self.key.as_ref().is_some_and(|(s, m, o, l)| {
            s.as_slice() == shown && *m == metric && *o == order && *l == lang
        });
        if !fresh || self.data.is_none() {
            self.key = Some((shown.to_vec(), metric, order, lang));
            self.data = None;
        }
        let data = self
            .data
            .get_or_insert_with(|| chart_data(report, earlier, shown, metric, order, lang).into());
        std::sync::Arc::clone(data)
    }
}

/// The chart's metric for a chosen one: an of-which metric shows inside its parent.
pub fn chart_metric(m: Metric) -> Metric {
    m.parent().unwrap_or(m)
}

/// The of-which part stacked inside a metric's bars.
pub fn part_of(m: Metric) -> Option<Metric> {
    Metric::ALL.into_iter().find(|p| p.parent() == Some(m))
}

/// The bars for the shown rows, with the earlier report's figures when compared.
pub fn chart_data(
    report: &Report,
    earlier: Option<&Report>,
    shown: &[usize],
    metric: Metric,
    order: ChartOrder,
    lang: Lang,
) -> ChartData {
    let metric = chart_metric(metric);
    let part = part_of(metric);
    let mut bars: Vec<BarDatum> = shown
        .iter()
        .filter_map(|&i| report.rows.get(i))
        .map(|r| BarDatum {
            code: r.code,
            name: r.name_in(lang).to_owned(),
            value: r.figures.get(metric),
            part: part.map(|p| r.figures.get(p)),
            earlier: earlier
                .and_then(|e| e.row(r.code))
                .map(|o| o.figures.get(metric)),
        })
        .collect();
    let by_value = |a: &BarDatum, b: &BarDatum| b.value.cmp(&a.value).then(a.code.cmp(&b.code));
    match order {
        ChartOrder::ByChange if earlier.is_some() => {
            bars.sort_by(|a, b| b.change().cmp(&a.change()).then(by_value(a, b)));
        }
        ChartOrder::ByValue | ChartOrder::ByChange => bars.sort_by(by_value),
        ChartOrder::ByCode => bars.sort_by_key(|b| b.code),
    }
    let shown_sum = bars
        .iter()
        .try_fold(0_u32, |acc, b| acc.checked_add(b.value));
    ChartData {
        metric,
        part,
        national: report.total.get(metric),
        bars,
        shown_sum,
        earlier: earlier.map(|e| ChartEarlier {
            compiled: e.meta.compiled.date.clone(),
            national: e.total.get(metric),
            line: crate::dashboard::compare::change_line(e, report, lang),
        }),
    }
}

/// The chart's title: the metric and the national figure (and the shown sum when filtered).
pub fn title(data: &ChartData, filtered: bool, lang: Lang) -> String {
    let t = texts(lang);
    let mut title = fill(
        t.chart_title,
        &[
            ("metric", &data.metric.label(lang)),
            ("national", &format_count(data.national)),
        ],
    );
    if filtered && let Some(s) = data.shown_sum {
        title.push_str(&fill(t.chart_title_shown, &[("sum", &format_count(s))]));
    }
    if let Some(e) = &data.earlier {
        let change = i64::from(data.national).saturating_sub(i64::from(e.national));
        title.push_str(&fill(
            t.chart_title_change,
            &[
                ("line", &e.line),
                ("change", &crate::dashboard::compare::format_change(change)),
            ],
        ));
    }
    title
}

/// What the picture says, for a screen reader and as a visible line: largest and smallest,
/// every prefecture that ties named (up to three, then how many more).
pub fn summary(data: &ChartData, lang: Lang) -> String {
    let t = texts(lang);
    let (Some(max), Some(min)) = (
        data.bars.iter().map(|b| b.value).max(),
        data.bars.iter().map(|b| b.value).min(),
    ) else {
        return t.chart_empty.to_owned();
    };
    let names = |value: u32| {
        let mut tied: Vec<&BarDatum> = data.bars.iter().filter(|b| b.value == value).collect();
        tied.sort_by_key(|b| b.code);
        let shown: Vec<&str> = tied.iter().take(3).map(|b| b.name.as_str()).collect();
        let names = shown.join(t.tie_separator);
        match tied.len().saturating_sub(3) {
            0 => names,
            more => fill(t.tie_more, &[("names", &names), ("more", &more)]),
        }
    };
    fill(
        t.chart_summary,
        &[
            ("max_name", &names(max)),
            ("max", &format_count(max)),
            ("min_name", &names(min)),
            ("min", &format_count(min)),
            ("n", &data.bars.len()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report;

    #[test]
    fn data_sorted_by_value_with_parts() {
        let r = report::bundled().unwrap().report;
        let all: Vec<usize> = (0..r.rows.len()).collect();
        let d = chart_data(
            &r,
            None,
            &all,
            Metric::Openings,
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(d.part, Some(Metric::VaccinationOpenings));
        assert_eq!(d.national, 8322);
        assert_eq!(d.bars.len(), 47);
        assert_eq!(
            (d.bars[0].name.as_str(), d.bars[0].value, d.bars[0].part),
            ("大阪府", 733, Some(340))
        );
        assert_eq!(d.shown_sum, Some(8322));
        let d = chart_data(
            &r,
            None,
            &all,
            Metric::VaccinationTrained,
            ChartOrder::ByCode,
            Lang::Ja,
        );
        assert_eq!(d.bars[0].name, "北海道");
        assert_eq!(d.part, None);
        let zeros = d.bars.iter().filter(|b| b.value == 0).count();
        assert_eq!(
            summary(&d, Lang::Ja),
            format!(
                "最大 東京都 931、最小 北海道・青森県・岩手県 ほか {} 都道府県 0（47 都道府県）",
                zeros - 3
            )
        );
        // 茨城県, 栃木県 and 群馬県 all have 0 trained nurses: a three-way tie, all named.
        let three: Vec<usize> = (7..10).collect();
        let d = chart_data(
            &r,
            None,
            &three,
            Metric::VaccinationTrained,
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(
            summary(&d, Lang::Ja),
            "最大 茨城県・栃木県・群馬県 0、最小 茨城県・栃木県・群馬県 0（3 都道府県）"
        );
        let d = chart_data(
            &r,
            None,
            &three,
            Metric::Openings,
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(
            summary(&d, Lang::En),
            "Largest 栃木県 109, smallest 茨城県 70 (3 prefectures)"
        );
        assert_eq!(chart_metric(Metric::VaccinationEmployed), Metric::Employed);
    }
}
