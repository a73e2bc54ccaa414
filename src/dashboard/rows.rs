//! Which rows are shown, in what order: the filter (name, reading, romaji, code, region) and
//! the sort. Pure functions, no drawing; the result is cached and recomputed only when the
//! report, the filter or the sort changes.

use serde::{Deserialize, Serialize};

use crate::dashboard::search::{Names, Query};
use crate::derived::Tenths;
use crate::lang::Lang;
use crate::prefecture::{self, Region};
use crate::report::scale::{Amount, Scale};
use crate::report::{Figures, Metric, PrefectureRow, Report};
use crate::texts::{fill, format_date, texts};

/// What the user filters by.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// The search box: kanji, kana, romaji or a JIS code. Not saved: a window that opens on
    /// "1 of 47" with an old search nobody remembers typing hides the rest.
    #[serde(skip)]
    pub query: String,
    /// One of the 8 regions, or all.
    pub region: Option<Region>,
}

impl Filter {
    /// Whether anything is filtered out.
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty() || self.region.is_some()
    }

    /// Whether a row passes.
    pub fn matches(&self, row: &PrefectureRow) -> bool {
        self.matcher()(row)
    }

    /// A test for rows, with the query read once (its folded and kana forms) for all rows.
    pub fn matcher(&self) -> impl Fn(&PrefectureRow) -> bool + '_ {
        let test = self.name_matcher();
        move |row| test(&row.name, row.code)
    }

    /// [`Self::matcher`] for a row's name and code.
    fn name_matcher(&self) -> impl Fn(&str, prefecture::PrefectureCode) -> bool + '_ {
        let query = Query::new(&self.query);
        move |name, code| self.in_region(code) && query.matches_named(name, code)
    }

    fn in_region(&self, code: prefecture::PrefectureCode) -> bool {
        self.region
            .is_none_or(|r| prefecture::Region::of(code) == Some(r))
    }

    /// Which rows of `names` pass, by their index.
    fn found(&self, names: &Names) -> Vec<bool> {
        let mut found = Query::new(&self.query).found(names);
        if self.region.is_some() {
            for (f, code) in found.iter_mut().zip(names.codes()) {
                *f = *f && self.in_region(code);
            }
        }
        found
    }
}

/// The sortable columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SortKey {
    /// JIS code: the source's order.
    #[default]
    Code,
    /// Name: also the source's order (the source lists by code).
    Name,
    /// A figure.
    Metric(Metric),
    /// 求職者数÷求人数 (derived).
    SeekersPerOpening,
    /// うちワクチン接種業務÷求人数 (derived).
    VaccinationShare,
    /// A figure's change from the earlier report compared with (derived).
    Change(Metric),
}

/// A sort column and direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Largest first.
    pub descending: bool,
}

impl Sort {
    /// The sort after clicking `key`'s header: a new figure column sorts largest first, the
    /// same column flips, code and name start in the source's order.
    #[must_use]
    pub fn clicked(self, key: SortKey) -> Self {
        if self.key == key {
            Self {
                key,
                descending: !self.descending,
            }
        } else {
            Self {
                key,
                descending: !matches!(key, SortKey::Code | SortKey::Name),
            }
        }
    }
}

/// Job seekers per opening (求職者数÷求人数); `None` when there are no openings.
pub fn seekers_per_opening(f: &Figures) -> Option<Tenths> {
    Tenths::quotient(u64::from(f.job_seekers), u64::from(f.openings), 1)
}

/// Share of openings for vaccination work, in percent; `None` when there are no openings.
pub fn vaccination_share(f: &Figures) -> Option<Tenths> {
    Tenths::quotient(
        u64::from(f.vaccination_openings),
        u64::from(f.openings),
        100,
    )
}

/// The share's formula with the two periods it divides (vaccination openings from note 1's
/// date, all openings from the period's start), for the header's tooltip and description.
pub fn vaccination_share_help(report: &Report, lang: Lang) -> String {
    share_text(texts(lang).window.vaccination_share_help, report, lang)
}

/// The share's name with its two periods, for a title (the map's, a picture's).
pub fn vaccination_share_title(report: &Report, lang: Lang) -> String {
    share_text(texts(lang).sources.vaccination_share_periods, report, lang)
}

fn share_text(template: &str, report: &Report, lang: Lang) -> String {
    let p = &report.meta.period;
    fill(
        template,
        &[
            ("vaccination_from", &format_date(&p.vaccination_from, lang)),
            ("from", &format_date(&p.from, lang)),
        ],
    )
}

fn sort_value(
    report: &Report,
    (earlier, scale): (Option<&Report>, Scale),
    i: usize,
    key: SortKey,
) -> Option<f64> {
    let row = report.rows.get(i)?;
    let f = &row.figures;
    match key {
        SortKey::Metric(m) => scale.amount(Some(row.code), f, m).map(Amount::to_f64),
        SortKey::Change(m) => {
            let old = earlier?.row(row.code)?;
            // Changes of u32 figures are exact in f64.
            Some(crate::dashboard::compare::change(f, &old.figures, m) as f64)
        }
        SortKey::Code | SortKey::Name => None,
        SortKey::SeekersPerOpening => seekers_per_opening(f).map(Tenths::to_f64),
        SortKey::VaccinationShare => vaccination_share(f).map(Tenths::to_f64),
    }
}

/// Indices into `report.rows` of the rows that pass `filter`, in `sort`'s order (a change
/// from `earlier`, when sorted by one; a figure on `scale`). Ties,
/// and undefined derived values (placed last), keep the source's order.
pub fn visible_rows(
    report: &Report,
    (earlier, scale): (Option<&Report>, Scale),
    filter: &Filter,
    sort: Sort,
) -> Vec<usize> {
    let names = Names::of(&report.rows);
    passing(&names, &sorted_rows(report, (earlier, scale), sort), filter)
}

/// Every row of `report` in `sort`'s order, as [`visible_rows`] with nothing filtered.
fn sorted_rows(
    report: &Report,
    (earlier, scale): (Option<&Report>, Scale),
    sort: Sort,
) -> Vec<usize> {
    // Each row's sort value worked out once (not at every comparison): a table of thousands
    // of rows sorts in a fraction of a frame.
    let mut keyed: Vec<(usize, Option<f64>, prefecture::PrefectureCode)> = report
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| (i, sort_value(report, (earlier, scale), i, sort.key), r.code))
        .collect();
    // A stable sort: rows that tie keep the source's order, so that the rows a filter keeps
    // stand in the order a sort of those rows alone would give.
    keyed.sort_by(|&(_, va, ca), &(_, vb, cb)| {
        let by_value = match (va, vb) {
            (Some(x), Some(y)) => {
                let o = x.total_cmp(&y);
                if sort.descending { o.reverse() } else { o }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        let by_code = ca.cmp(&cb);
        let by_code = if sort.descending && matches!(sort.key, SortKey::Code | SortKey::Name) {
            by_code.reverse()
        } else {
            by_code
        };
        by_value.then(by_code)
    });
    keyed.into_iter().map(|(i, _, _)| i).collect()
}

/// The rows of `order` that pass `filter`, in that order (`names`: the report's rows').
fn passing(names: &Names, order: &[usize], filter: &Filter) -> Vec<usize> {
    if !filter.is_active() {
        return order.to_vec();
    }
    let found = filter.found(names);
    order
        .iter()
        .copied()
        .filter(|&i| found.get(i) == Some(&true))
        .collect()
}

/// The shown rows of one report, recomputed only when the filter or the sort changes. It
/// belongs with its report and the earlier one compared with: a new report or a new
/// comparison comes with a new cache.
#[derive(Default)]
pub struct RowCache {
    key: Option<(Filter, Sort, Scale)>,
    rows: std::sync::Arc<[usize]>,
    /// Every row in the order of a sort on a scale, kept while they stand: a character typed
    /// in the search box filters it again without sorting (a table of thousands of rows).
    order: Option<((Sort, Scale), Vec<usize>)>,
    /// The report's rows' names and codes, side by side for the search.
    names: Option<Names>,
}

impl RowCache {
    /// The shown rows for this filter and sort.
    pub fn get(
        &mut self,
        report: &Report,
        (earlier, scale): (Option<&Report>, Scale),
        filter: &Filter,
        sort: Sort,
    ) -> std::sync::Arc<[usize]> {
        let fresh = self
            .key
            .as_ref()
            .is_some_and(|(f, s, p)| f == filter && *s == sort && *p == scale);
        if !fresh {
            let order = match &mut self.order {
                Some((key, order)) if *key == (sort, scale) => order,
                slot => {
                    let order = sorted_rows(report, (earlier, scale), sort);
                    &mut slot.insert(((sort, scale), order)).1
                }
            };
            let names = self.names.get_or_insert_with(|| Names::of(&report.rows));
            self.rows = passing(names, order, filter).into();
            self.key = Some((filter.clone(), sort, scale));
        }
        std::sync::Arc::clone(&self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_cache_is_reused_for_the_same_inputs_and_made_anew_when_one_changes() {
        let r = crate::report::bundled().unwrap().report;
        let mut cache = RowCache::default();
        let by_seekers = Sort {
            key: SortKey::Metric(Metric::JobSeekers),
            descending: true,
        };
        let all = Filter::default();
        let first = cache.get(&r, (None, Scale::Counts), &all, by_seekers);
        assert_eq!(first.first(), Some(&12), "東京都 has the most job seekers");
        let again = cache.get(&r, (None, Scale::Counts), &all, by_seekers);
        assert!(
            std::sync::Arc::ptr_eq(&first, &again),
            "the same inputs: the same rows"
        );
        // Per 100,000 people 京都府 leads.
        let per = cache.get(&r, (None, Scale::Per100k), &all, by_seekers);
        assert_eq!(per.first(), Some(&25));
        let by_code = cache.get(&r, (None, Scale::Per100k), &all, Sort::default());
        assert_eq!(by_code.first(), Some(&0));
        let kanto = Filter {
            region: Some(Region::Kanto),
            ..Filter::default()
        };
        let shown = cache.get(&r, (None, Scale::Per100k), &kanto, Sort::default());
        assert_eq!(shown.len(), 7);
        let back = cache.get(&r, (None, Scale::Counts), &all, by_seekers);
        assert_eq!(*back, *first);
        assert!(
            !std::sync::Arc::ptr_eq(&first, &back),
            "made anew after a change"
        );
    }
    /// A filter applied to every row in a sort's order keeps the order a sort of the passing
    /// rows alone gives, for every sort, also where rows tie whole (the same code and figures
    /// twice, as in a synthetic table of thousands), and the cache follows each change.
    #[test]
    fn filtering_the_sorted_rows_equals_sorting_the_filtered_rows() {
        let base = crate::report::bundled().unwrap().report;
        let doubled = crate::report::bundled_twice();
        let filters = [
            Filter::default(),
            Filter {
                query: "大".to_owned(),
                region: None,
            },
            Filter {
                query: String::new(),
                region: Some(Region::Kanto),
            },
            Filter {
                query: "ka".to_owned(),
                region: Some(Region::Chubu),
            },
        ];
        let keys = [
            SortKey::Code,
            SortKey::Name,
            SortKey::Metric(Metric::JobSeekers),
            SortKey::Metric(Metric::VaccinationOpenings),
            SortKey::SeekersPerOpening,
            SortKey::VaccinationShare,
            SortKey::Change(Metric::Openings),
        ];
        for r in [&base, &doubled] {
            let mut cache = RowCache::default();
            for scale in [Scale::Counts, Scale::Per100k] {
                for key in keys {
                    for descending in [false, true] {
                        let sort = Sort { key, descending };
                        for f in &filters {
                            // The passing rows alone, sorted: a report of only them.
                            let kept: Vec<usize> = (0..r.rows.len())
                                .filter(|&i| f.matches(&r.rows[i]))
                                .collect();
                            let alone = Report {
                                rows: kept.iter().map(|&i| r.rows[i].clone()).collect(),
                                ..r.clone()
                            };
                            let expected: Vec<usize> =
                                sorted_rows(&alone, (Some(&base), scale), sort)
                                    .into_iter()
                                    .map(|j| kept[j])
                                    .collect();
                            let got = cache.get(r, (Some(&base), scale), f, sort);
                            assert_eq!(*got, *expected, "{sort:?} {scale:?} {f:?}");
                            assert_eq!(visible_rows(r, (Some(&base), scale), f, sort), expected);
                        }
                    }
                }
            }
        }
    }

    use crate::report;

    fn names(r: &Report, f: &Filter, s: Sort) -> Vec<String> {
        visible_rows(r, (None, Scale::Counts), f, s)
            .into_iter()
            .map(|i| r.rows[i].name.clone())
            .collect()
    }

    #[test]
    fn region_filter() {
        let r = report::bundled().unwrap().report;
        let f = Filter {
            query: String::new(),
            region: Some(Region::KyushuOkinawa),
        };
        assert_eq!(
            visible_rows(&r, (None, Scale::Counts), &f, Sort::default()).len(),
            8
        );
        let f = Filter {
            query: String::new(),
            region: Some(Region::Kanto),
        };
        let codes: Vec<u8> = visible_rows(&r, (None, Scale::Counts), &f, Sort::default())
            .into_iter()
            .map(|i| r.rows[i].code.0)
            .collect();
        assert_eq!(codes, [8, 9, 10, 11, 12, 13, 14]);
        // The region selector narrows what the search box finds.
        let f = Filter {
            query: "四国 岡山".to_owned(),
            region: Some(Region::Shikoku),
        };
        assert_eq!(
            visible_rows(&r, (None, Scale::Counts), &f, Sort::default()).len(),
            4
        );
    }

    #[test]
    fn sorting() {
        let r = report::bundled().unwrap().report;
        let all = Filter::default();
        let s = Sort::default().clicked(SortKey::Metric(Metric::JobSeekers));
        assert!(s.descending);
        assert_eq!(names(&r, &all, s)[0], "東京都");
        let s = s.clicked(SortKey::Metric(Metric::JobSeekers));
        assert_eq!(names(&r, &all, s)[0], "静岡県");
        let s = s.clicked(SortKey::Name);
        assert_eq!(
            names(&r, &all, s)[0],
            "北海道",
            "name restores the source's order"
        );
        assert_eq!(names(&r, &all, s)[46], "沖縄県");
        let s = Sort::default().clicked(SortKey::SeekersPerOpening);
        assert_eq!(names(&r, &all, s)[0], "京都府", "658/142");
        // Per 100,000 people the order is another: 東京都 (830 of 14 million) is not first.
        let s = Sort::default().clicked(SortKey::Metric(Metric::JobSeekers));
        let per = visible_rows(&r, (None, Scale::Per100k), &all, s);
        // 京都府: 658 / 2,578,087 × 100,000 = 25.5, then 愛媛県 23.4.
        assert_eq!(r.rows[per[0]].name, "京都府");
        assert_eq!(r.rows[per[1]].name, "愛媛県");
    }

    #[test]
    fn derived_values() {
        let f = Figures {
            job_seekers: 830,
            openings: 534,
            vaccination_openings: 9,
            ..Figures::default()
        };
        // 830 ÷ 534 = 1.554…; 9 ÷ 534 × 100 = 1.685…
        assert_eq!(seekers_per_opening(&f), Some(Tenths::from_tenths(16)));
        assert_eq!(vaccination_share(&f), Some(Tenths::from_tenths(17)));
        assert_eq!(seekers_per_opening(&Figures::default()), None);
        let r = crate::report::bundled().unwrap().report;
        assert_eq!(
            vaccination_share_help(&r, Lang::Ja),
            "計算値: (うちワクチン接種業務)※1 ÷ 求人数 × 100（%、小数第1位まで）。分子は2021年4月12日以降、分母は2020年4月6日以降の累計で、数える期間が違います。公表値ではありません"
        );
    }
}
