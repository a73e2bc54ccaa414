//! The headline figures of a briefing: the seven figures of the nation (計) beside the selected
//! prefecture's with its rank among the 47 (derived), or beside the sum of the rows a filter
//! shows (derived); on the scale shown (counts or per 100,000 people), in the table's digits.
//! No drawing here.

use crate::dashboard::ViewContext;
use crate::dashboard::rank::{Rank, competition_rank};
use crate::dashboard::source::filter_line;
use crate::dashboard::table_text::metric_header;
use crate::prefecture::PrefectureCode;
use crate::report::scale::show;
use crate::report::{Figures, Metric};
use crate::texts::{fill, texts};

/// The headline block: its heading, its header row and a row per figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// What the block compares.
    pub heading: String,
    /// The header row.
    pub header: Vec<String>,
    /// A row per figure: its name, then a cell per header after the first.
    pub rows: Vec<Vec<String>>,
    /// The columns that hold derived values (ranks, sums, per 100,000 people).
    pub derived: Vec<bool>,
}

/// The rank of `code`'s figure `m` among the report's rows, on the scale shown.
pub fn rank_on_scale(cx: &ViewContext<'_>, code: PrefectureCode, m: Metric) -> Option<Rank> {
    let scale = cx.scale();
    let held = |r: &crate::report::PrefectureRow| scale.held(Some(r.code), r.figures.get(m));
    let values: Vec<u32> = cx.report.rows.iter().map(held).collect();
    let row = cx.report.row(code)?;
    competition_rank(&values, held(row))
}

/// A rank as the contact sheet words it: 「47中3位」, ties said.
pub fn rank_text(rank: Option<Rank>, lang: crate::lang::Lang) -> String {
    let t = texts(lang);
    rank.map_or_else(String::new, |r| {
        let template = if r.tied {
            t.sheet.rank_tied
        } else {
            t.sheet.rank
        };
        fill(template, &[("position", &r.position), ("of", &r.of)])
    })
}

/// The headline of what `cx` shows: with a prefecture selected, its figures and ranks beside
/// the nation's; else, with a filter on, the rows' sum beside them; else the nation's alone.
pub fn headline(cx: &ViewContext<'_>) -> Headline {
    let (report, lang, scale) = (cx.report, cx.lang(), cx.scale());
    let t = texts(lang);
    let derived_figures = scale.is_derived();
    let nation = |m: Metric| show(scale.amount(None, &report.total, m));
    let item = t.sheet.col_item.to_owned();
    // Per 100,000 people the heading says so: the figures under it are not the table's.
    let scaled = |heading: String| heading + scale.suffix(lang);
    let national = t.sources.national.to_owned();
    let selected = cx.state.selected.and_then(|c| report.row(c));
    if let Some(row) = selected {
        let name = row.name_in(lang).to_owned();
        return Headline {
            heading: scaled(fill(t.pack.figures_of, &[("name", &name)])),
            header: vec![item, name, t.sheet.col_rank.to_owned(), national],
            rows: Metric::ALL
                .iter()
                .map(|&m| {
                    vec![
                        metric_header(m, lang).to_owned(),
                        show(scale.amount(Some(row.code), &row.figures, m)),
                        rank_text(rank_on_scale(cx, row.code, m), lang),
                        nation(m),
                    ]
                })
                .collect(),
            derived: vec![false, derived_figures, true, derived_figures],
        };
    }
    if let Some(filter) = filter_line(cx.state).filter(|_| cx.filtered()) {
        let shown: Vec<&crate::report::PrefectureRow> = cx.shown_rows().collect();
        let sum = shown
            .iter()
            .try_fold(Figures::default(), |acc, r| acc.checked_add(&r.figures));
        let codes = || shown.iter().map(|r| r.code);
        return Headline {
            heading: scaled(fill(t.pack.figures_filtered, &[("filter", &filter)])),
            header: vec![item, t.pack.col_sum.to_owned(), national],
            rows: Metric::ALL
                .iter()
                .map(|&m| {
                    let summed = sum.as_ref().map_or_else(
                        || "—".to_owned(),
                        |s| show(scale.amount_of_sum(s, codes(), m)),
                    );
                    vec![metric_header(m, lang).to_owned(), summed, nation(m)]
                })
                .collect(),
            derived: vec![false, true, derived_figures],
        };
    }
    Headline {
        heading: scaled(t.pack.figures_national.to_owned()),
        header: vec![item, national],
        rows: Metric::ALL
            .iter()
            .map(|&m| vec![metric_header(m, lang).to_owned(), nation(m)])
            .collect(),
        derived: vec![false, derived_figures],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::State;
    use crate::prefecture::Region;
    use crate::report::scale::Scale;

    fn of(state: &State, shown: &[usize]) -> Headline {
        let report = crate::report::bundled().unwrap().report;
        headline(&ViewContext {
            state,
            report: &report,
            earlier: None,
            shown,
        })
    }

    #[test]
    fn a_selected_prefecture_beside_the_nation_with_its_ranks() {
        let all: Vec<usize> = (0..47).collect();
        let state = State {
            selected: Some(PrefectureCode(13)),
            ..State::default()
        };
        let h = of(&state, &all);
        assert_eq!(h.heading, "東京都と全国の数値");
        assert_eq!(
            h.header,
            ["ナースセンターの実績（累計）", "東京都", "順位†", "全国計"]
        );
        // 830 job seekers and 931 trained nurses: the most of the 47.
        assert_eq!(h.rows[0], ["求職者数", "830", "47中1位", "9,828"]);
        assert_eq!(h.derived, [false, false, true, false]);
        let trained = h.rows.last().unwrap();
        assert_eq!(trained[1], "931");
        assert_eq!(trained[2], "47中1位");
    }

    #[test]
    fn per_100000_people_the_rank_is_among_the_values_shown() {
        let report = crate::report::bundled().unwrap().report;
        let all: Vec<usize> = (0..47).collect();
        let state = State {
            selected: Some(PrefectureCode(13)),
            scale: Scale::Per100k,
            ..State::default()
        };
        let h = of(&state, &all);
        assert_eq!(h.heading, "東京都と全国の数値（人口10万人当たり、計算値）");
        // Worked out here: job seekers per 100,000 people, rounded to tenths, and how many of
        // the 47 are larger.
        let per = |r: &crate::report::PrefectureRow| {
            let people = f64::from(crate::census::population(r.code).unwrap());
            (f64::from(r.figures.job_seekers) * 1_000_000.0 / people).round()
        };
        let tokyo = per(report.row(PrefectureCode(13)).unwrap());
        let above = report.rows.iter().filter(|r| per(r) > tokyo).count();
        let equal = report
            .rows
            .iter()
            .filter(|r| (per(r) - tokyo).abs() < 0.5)
            .count();
        let expected = if equal > 1 {
            format!("47中{}位（同順位）", above + 1)
        } else {
            format!("47中{}位", above + 1)
        };
        assert_eq!(h.rows[0][1], format!("{:.1}", tokyo / 10.0));
        assert_eq!(h.rows[0][2], expected);
        assert_eq!(
            h.derived,
            [false, true, true, true],
            "per 100,000 people is derived"
        );
    }

    #[test]
    fn a_filter_gives_its_sum_and_nothing_gives_the_nation_alone() {
        let kanto: Vec<usize> = (7..14).collect();
        let mut state = State::default();
        state.filter.region = Some(Region::Kanto);
        let h = of(&state, &kanto);
        assert_eq!(h.heading, "絞り込み: 関東地方の合計と全国の数値");
        // 124+103+107+479+199+830+749.
        assert_eq!(h.rows[0], ["求職者数", "2,591", "9,828"]);
        assert_eq!(h.derived, [false, true, false]);
        let h = of(&State::default(), &(0..47).collect::<Vec<_>>());
        assert_eq!(h.heading, "全国の数値（計）");
        assert_eq!(h.rows[0], ["求職者数", "9,828"]);
        assert_eq!(h.rows.len(), 7);
    }
}
