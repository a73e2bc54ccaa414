//! What the chart draws, worked out from the report without egui: the bars for the rows shown,
//! sorted, with their of-which parts; the title with the national figure; the summary of largest
//! and smallest. Cached by its inputs.

use crate::dashboard::ChartOrder;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::scale::Scale;
use crate::report::{Metric, Report};
use crate::texts::format_count;
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
    /// Its name in the chart's language (shared: a chart of thousands of bars filtered
    /// anew at each keystroke does not copy them).
    pub name: std::sync::Arc<str>,
    /// The figure.
    pub value: u32,
    /// The of-which part, for stacked metrics.
    pub part: Option<u32>,
    /// The figure in the earlier report compared with (none: no comparison, or that report
    /// lacks the prefecture).
    pub earlier: Option<u32>,
    /// The scale the values are held on ([`Scale::held`]).
    pub scale: Scale,
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
    /// Bars, top to bottom (shared: a chart of every row shares its bars with the cache).
    pub bars: std::sync::Arc<[BarDatum]>,
    /// The published national figure (計).
    pub national: u32,
    /// The sum of the bars (derived); `None` if it overflows.
    pub shown_sum: Option<u32>,
    /// The earlier report compared with, if any.
    pub earlier: Option<ChartEarlier>,
    /// The scale the values are held on ([`Scale::held`]).
    pub scale: Scale,
}

/// What the chart's data is made from, besides its reports: the rows shown, the metric (and
/// its scale), the order, the language.
type ChartKey = (Vec<usize>, (Metric, Scale), ChartOrder, Lang);

/// The chart's data for one report, recomputed only when the rows shown, the metric or the order
/// change. It belongs with its report and the one compared with: a new report or a new
/// comparison comes with a new cache.
#[derive(Default)]
pub struct ChartCache {
    key: Option<ChartKey>,
    data: Option<std::sync::Arc<ChartData>>,
    /// Every row's bar in the chart's order, kept while the metric, the order and the language
    /// stand: a character typed in the search box picks the shown rows' bars out of it, without
    /// making and sorting them again (a table of thousands of rows).
    all: Option<(BarsKey, AllBars)>,
}

/// Every row's bar in the chart's order, and the row of each.
struct AllBars {
    rows: Vec<usize>,
    bars: std::sync::Arc<[BarDatum]>,
}

/// What a chart's bars of every row are made from, besides its reports.
type BarsKey = ((Metric, Scale), ChartOrder, Lang);

impl ChartCache {
    /// The data for these inputs.
    pub fn get(
        &mut self,
        report: &Report,
        earlier: Option<&Report>,
        shown: &[usize],
        metric: (Metric, Scale),
        order: ChartOrder,
        lang: Lang,
    ) -> std::sync::Arc<ChartData> {
        let fresh = self.key.as_ref().is_some_and(|(s, m, o, l)| {
            s.as_slice() == shown && *m == metric && *o == order && *l == lang
        });
        if fresh && let Some(data) = &self.data {
            return std::sync::Arc::clone(data);
        }
        let all = match &mut self.all {
            Some((key, all)) if *key == (metric, order, lang) => all,
            slot => {
                let rows = 0..report.rows.len();
                let (rows, bars) = ordered_bars(report, earlier, rows, metric, order, lang)
                    .into_iter()
                    .unzip::<_, _, Vec<_>, Vec<_>>();
                let all = AllBars {
                    rows,
                    bars: bars.into(),
                };
                &mut slot.insert(((metric, order, lang), all)).1
            }
        };
        let mut is_shown = vec![false; report.rows.len()];
        let mut count = 0_usize;
        for &i in shown {
            if let Some(s) = is_shown.get_mut(i)
                && !*s
            {
                *s = true;
                count = count.saturating_add(1);
            }
        }
        // Nothing filtered out: every bar, shared.
        let bars = if count == all.bars.len() {
            std::sync::Arc::clone(&all.bars)
        } else {
            all.rows
                .iter()
                .zip(all.bars.iter())
                .filter(|&(&i, _)| is_shown.get(i) == Some(&true))
                .map(|(_, b)| b.clone())
                .collect()
        };
        let data = std::sync::Arc::new(assemble(report, earlier, bars, metric, lang));
        self.key = Some((shown.to_vec(), metric, order, lang));
        self.data = Some(std::sync::Arc::clone(&data));
        data
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

/// The bars for the shown rows, with the earlier report's figures when compared, on `scale`.
pub fn chart_data(
    report: &Report,
    earlier: Option<&Report>,
    shown: &[usize],
    (metric, scale): (Metric, Scale),
    order: ChartOrder,
    lang: Lang,
) -> ChartData {
    let rows = shown.iter().copied();
    let bars = ordered_bars(report, earlier, rows, (metric, scale), order, lang)
        .into_iter()
        .map(|(_, b)| b)
        .collect();
    assemble(report, earlier, bars, (metric, scale), lang)
}

/// The bars of `rows` (indices into `report.rows`) in the chart's order, each with its row.
/// Bars that tie on everything the order looks at stand in the rows' order in the report, so
/// that the bars of some rows stand as they do among the bars of all.
fn ordered_bars(
    report: &Report,
    earlier: Option<&Report>,
    rows: impl Iterator<Item = usize>,
    (metric, scale): (Metric, Scale),
    order: ChartOrder,
    lang: Lang,
) -> Vec<(usize, BarDatum)> {
    let metric = chart_metric(metric);
    let hold = |code: Option<PrefectureCode>, n: u32| scale.held(code, n);
    let part = part_of(metric);
    let mut bars: Vec<(usize, BarDatum)> = rows
        .filter_map(|i| Some((i, report.rows.get(i)?)))
        .map(|(i, r)| {
            let bar = BarDatum {
                code: r.code,
                name: r.name_in(lang).into(),
                value: hold(Some(r.code), r.figures.get(metric)),
                part: part.map(|p| hold(Some(r.code), r.figures.get(p))),
                earlier: earlier
                    .and_then(|e| e.row(r.code))
                    .map(|o| hold(Some(r.code), o.figures.get(metric))),
                scale,
            };
            (i, bar)
        })
        .collect();
    let by_value = |a: &BarDatum, b: &BarDatum| b.value.cmp(&a.value).then(a.code.cmp(&b.code));
    match order {
        ChartOrder::ByChange if earlier.is_some() => bars.sort_by(|(i, a), (j, b)| {
            b.change()
                .cmp(&a.change())
                .then(by_value(a, b))
                .then(i.cmp(j))
        }),
        ChartOrder::ByValue | ChartOrder::ByChange => {
            bars.sort_by(|(i, a), (j, b)| by_value(a, b).then(i.cmp(j)));
        }
        ChartOrder::ByCode => bars.sort_by_key(|(i, b)| (b.code, *i)),
    }
    bars
}

/// The chart's data of its bars, in their order.
fn assemble(
    report: &Report,
    earlier: Option<&Report>,
    bars: std::sync::Arc<[BarDatum]>,
    (metric, scale): (Metric, Scale),
    lang: Lang,
) -> ChartData {
    let metric = chart_metric(metric);
    let hold = |n: u32| scale.held(None, n);
    // Figures per 100,000 people do not add up: no sum.
    let shown_sum = scale
        .adds_up()
        .then(|| {
            bars.iter()
                .try_fold(0_u32, |acc, b| acc.checked_add(b.value))
        })
        .flatten();
    ChartData {
        metric,
        part: part_of(metric),
        national: hold(report.total.get(metric)),
        bars,
        shown_sum,
        scale,
        earlier: earlier.map(|e| ChartEarlier {
            compiled: e.meta.compiled.date.clone(),
            national: hold(e.total.get(metric)),
            line: crate::dashboard::compare::change_line(e, report, lang),
        }),
    }
}

/// The chart's title: the metric and the national figure (and the shown sum when filtered).
pub fn title(data: &ChartData, filtered: bool, lang: Lang) -> String {
    let t = texts(lang);
    let mut title = fill(
        data.scale.title_template(lang),
        &[
            ("metric", &data.scale.label(data.metric, lang)),
            ("national", &data.scale.show_held(data.national)),
        ],
    );
    if filtered && let Some(s) = data.shown_sum {
        title.push_str(&fill(
            t.chart.chart_title_shown,
            &[("sum", &format_count(s))],
        ));
    }
    if let Some(e) = &data.earlier {
        let change = i64::from(data.national).saturating_sub(i64::from(e.national));
        title.push_str(&fill(
            t.chart.chart_title_change,
            &[
                ("line", &e.line),
                ("change", &data.scale.show_held_change(change)),
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
        return t.chart.chart_empty.to_owned();
    };
    let names = |value: u32| {
        let mut tied: Vec<&BarDatum> = data.bars.iter().filter(|b| b.value == value).collect();
        tied.sort_by_key(|b| b.code);
        let shown: Vec<&str> = tied.iter().take(3).map(|b| &*b.name).collect();
        let names = shown.join(t.table.tie_separator);
        match tied.len().saturating_sub(3) {
            0 => names,
            more => fill(t.table.tie_more, &[("names", &names), ("more", &more)]),
        }
    };
    fill(
        t.chart.chart_summary,
        &[
            ("max_name", &names(max)),
            ("max", &data.scale.show_held(max)),
            ("min_name", &names(min)),
            ("min", &data.scale.show_held(min)),
            ("n", &data.bars.len()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report;

    /// By change, the largest rise first (compared); without an earlier report, by value.
    #[test]
    fn by_change_the_largest_rise_stands_first() {
        let r = report::bundled().unwrap().report;
        let mut earlier = r.clone();
        // Made up: 鳥取県 had no job seekers before, everyone else as now.
        let tottori = earlier.rows.iter_mut().find(|x| x.code.0 == 31).unwrap();
        tottori.figures.job_seekers = 0;
        let all: Vec<usize> = (0..47).collect();
        let seekers = (Metric::JobSeekers, Scale::Counts);
        let first = |earlier: Option<&Report>, order| {
            chart_data(&r, earlier, &all, seekers, order, Lang::Ja).bars[0]
                .code
                .0
        };
        assert_eq!(first(Some(&earlier), ChartOrder::ByChange), 31);
        assert_eq!(first(Some(&earlier), ChartOrder::ByValue), 13);
        assert_eq!(
            first(None, ChartOrder::ByChange),
            13,
            "nothing to change from: by value"
        );
    }

    /// A keystroke does not make every row's bar again: the bars of two filters share their
    /// names while the metric, the order and the language stand, and a change of one of them
    /// makes them anew.
    #[test]
    fn the_cache_keeps_every_rows_bars_while_the_choices_stand() {
        let r = report::bundled().unwrap().report;
        let mut cache = ChartCache::default();
        let all: Vec<usize> = (0..47).collect();
        let kanto: Vec<usize> = (7..14).collect();
        let tokyo = |d: &ChartData| {
            let bar = d.bars.iter().find(|b| b.code.0 == 13).unwrap();
            std::sync::Arc::clone(&bar.name)
        };
        let seekers = (Metric::JobSeekers, Scale::Counts);
        let first = cache.get(&r, None, &all, seekers, ChartOrder::ByValue, Lang::Ja);
        let second = cache.get(&r, None, &kanto, seekers, ChartOrder::ByValue, Lang::Ja);
        assert!(std::sync::Arc::ptr_eq(&tokyo(&first), &tokyo(&second)));
        // Every row again (in another order, as a sort gives them): the very bars shared.
        let backwards: Vec<usize> = (0..47).rev().collect();
        let third = cache.get(&r, None, &backwards, seekers, ChartOrder::ByValue, Lang::Ja);
        assert!(std::sync::Arc::ptr_eq(&first.bars, &third.bars));
        assert!(!std::sync::Arc::ptr_eq(&first.bars, &second.bars));
        for (metric, order, lang) in [
            (
                (Metric::Openings, Scale::Counts),
                ChartOrder::ByValue,
                Lang::Ja,
            ),
            (seekers, ChartOrder::ByCode, Lang::Ja),
            (seekers, ChartOrder::ByValue, Lang::En),
        ] {
            let other = cache.get(&r, None, &kanto, metric, order, lang);
            assert!(!std::sync::Arc::ptr_eq(&tokyo(&first), &tokyo(&other)));
            let again = cache.get(&r, None, &all, metric, order, lang);
            assert!(std::sync::Arc::ptr_eq(&tokyo(&other), &tokyo(&again)));
        }
    }

    /// The cache picks the shown rows' bars out of every row's, in order: the same data as the
    /// shown rows' bars made and sorted alone, whatever the order the rows come in, for every
    /// metric, scale, order and language, with rows that tie whole (the same prefecture twice,
    /// as in a synthetic table), and after each change of any of them.
    #[test]
    fn the_cache_gives_the_data_of_the_shown_rows_alone() {
        let base = report::bundled().unwrap().report;
        let r = report::bundled_twice();
        let n = r.rows.len();
        let all: Vec<usize> = (0..n).collect();
        let backwards: Vec<usize> = (0..n).rev().collect();
        let some: Vec<usize> = (0..n).filter(|i| i % 3 != 1).rev().collect();
        let kanto: Vec<usize> = (0..n)
            .filter(|&i| {
                crate::prefecture::Region::of(r.rows[i].code)
                    == Some(crate::prefecture::Region::Kanto)
            })
            .collect();
        let mut cache = ChartCache::default();
        for earlier in [None, Some(&base)] {
            let mut cache_here = ChartCache::default();
            for lang in [Lang::Ja, Lang::En] {
                for order in [
                    ChartOrder::ByValue,
                    ChartOrder::ByCode,
                    ChartOrder::ByChange,
                ] {
                    for metric in [
                        Metric::JobSeekers,
                        Metric::Openings,
                        Metric::VaccinationOpenings,
                    ] {
                        for scale in [Scale::Counts, Scale::Per100k] {
                            for shown in [&all, &some, &backwards, &kanto, &Vec::new()] {
                                let want =
                                    chart_data(&r, earlier, shown, (metric, scale), order, lang);
                                let got = cache_here.get(
                                    &r,
                                    earlier,
                                    shown,
                                    (metric, scale),
                                    order,
                                    lang,
                                );
                                assert_eq!(
                                    *got, want,
                                    "{earlier:?} {lang:?} {order:?} {metric:?} {scale:?}"
                                );
                                if earlier.is_none() {
                                    let got =
                                        cache.get(&r, None, shown, (metric, scale), order, lang);
                                    assert_eq!(*got, want);
                                }
                            }
                        }
                    }
                }
            }
        }
        // Ties whole stand in the report's order, whatever the order the rows came in.
        let d = chart_data(
            &r,
            None,
            &backwards,
            (Metric::JobSeekers, Scale::Counts),
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(&*d.bars[0].name, "東京都12");
        assert_eq!(&*d.bars[1].name, "東京都59");
    }

    #[test]
    fn data_sorted_by_value_with_parts() {
        let r = report::bundled().unwrap().report;
        let all: Vec<usize> = (0..r.rows.len()).collect();
        let d = chart_data(
            &r,
            None,
            &all,
            (Metric::Openings, Scale::Counts),
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(d.part, Some(Metric::VaccinationOpenings));
        assert_eq!(d.national, 8322);
        assert_eq!(d.bars.len(), 47);
        assert_eq!(
            (&*d.bars[0].name, d.bars[0].value, d.bars[0].part),
            ("大阪府", 733, Some(340))
        );
        assert_eq!(d.shown_sum, Some(8322));
        let d = chart_data(
            &r,
            None,
            &all,
            (Metric::VaccinationTrained, Scale::Counts),
            ChartOrder::ByCode,
            Lang::Ja,
        );
        assert_eq!(&*d.bars[0].name, "北海道");
        assert_eq!(d.part, None);
        let zeros = d.bars.iter().filter(|b| b.value == 0).count();
        assert_eq!(
            summary(&d, Lang::Ja),
            format!(
                "最大 東京都 931、最小 北海道・青森県・岩手県 ほか {} 都道府県 0（47\u{a0}都道府県）",
                zeros - 3
            )
        );
        // 茨城県, 栃木県 and 群馬県 all have 0 trained nurses: a three-way tie, all named.
        let three: Vec<usize> = (7..10).collect();
        let d = chart_data(
            &r,
            None,
            &three,
            (Metric::VaccinationTrained, Scale::Counts),
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(
            summary(&d, Lang::Ja),
            "最大 茨城県・栃木県・群馬県 0、最小 茨城県・栃木県・群馬県 0（3\u{a0}都道府県）"
        );
        let d = chart_data(
            &r,
            None,
            &three,
            (Metric::Openings, Scale::Counts),
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(
            summary(&d, Lang::En),
            "Largest 栃木県 109, smallest 茨城県 70 (3\u{a0}prefectures)"
        );
        assert_eq!(chart_metric(Metric::VaccinationEmployed), Metric::Employed);
        // Per 100,000 people: 東京都 is not the largest; one decimal; no sum.
        let d = chart_data(
            &r,
            None,
            &all,
            (Metric::JobSeekers, Scale::Per100k),
            ChartOrder::ByValue,
            Lang::Ja,
        );
        assert_eq!(&*d.bars[0].name, "京都府");
        assert_eq!(Scale::Per100k.show_held(d.bars[0].value), "25.5");
        let tokyo = d.bars.iter().find(|b| &*b.name == "東京都").unwrap();
        assert_eq!(Scale::Per100k.show_held(tokyo.value), "5.9");
        // Rounded once: 福井県 74 / 766,863 × 100,000 = 9.6497… is 9.6 (not 9.7).
        let fukui = d.bars.iter().find(|b| &*b.name == "福井県").unwrap();
        assert_eq!(Scale::Per100k.show_held(fukui.value), "9.6");
        assert_eq!(d.shown_sum, None);
        assert_eq!(
            title(&d, false, Lang::Ja),
            "求職者数（人口10万人当たり、計算値）（全国 7.8）"
        );
        assert_eq!(
            title(&d, false, Lang::En),
            "Job seekers (per 100,000 people, derived) (national 7.8)"
        );
        assert_eq!(Scale::Per100k.show_held_change(3), "+0.3");
        assert_eq!(Scale::Per100k.show_held_change(-12), "-1.2");
        assert_eq!(Scale::Per100k.show_held_change(0), "±0.0");
        assert_eq!(Scale::Counts.show_held_change(-12), "-12");
    }
}
