//! The plans of printed charts: sizes, columns, values and the lines under them.

use super::*;
use crate::dashboard::ChartOrder;
use crate::dashboard::chart_data::chart_data;
use crate::dashboard::format::format_count;
use crate::prefecture::Region;
use crate::report::{self, Metric};

const PRINTED: [ChartLayout; 3] = [ChartLayout::A4, ChartLayout::Half, ChartLayout::Slide];

fn plans(rows: &[usize], state: &State) -> Vec<(ChartLayout, FigurePlan, ChartData)> {
    let r = report::bundled().unwrap().report;
    PRINTED
        .into_iter()
        .map(|layout| {
            let d = chart_data(
                &r,
                None,
                rows,
                (Metric::Openings, false),
                ChartOrder::ByValue,
                Lang::Ja,
            );
            (layout, plan(layout, &d, state, &r), d)
        })
        .collect()
}

#[test]
fn every_text_is_at_least_8_pt_with_47_bars_and_with_7() {
    let all: Vec<usize> = (0..47).collect();
    let kanto: Vec<usize> = (7..14).collect();
    for rows in [&all[..], &kanto[..]] {
        for (layout, p, d) in plans(rows, &State::default()) {
            let s = p.sizes;
            for size in [s.title, s.name, s.value, s.small] {
                assert!(size >= MIN_TEXT, "{layout:?}: {size}");
            }
            // A row holds its name and value: never shorter than the text.
            assert!(
                p.row >= s.name.max(s.value) * 1.2,
                "{layout:?}: row {}",
                p.row
            );
            let drawn: usize = p.columns.iter().map(ExactSizeIterator::len).sum();
            assert_eq!(drawn, d.bars.len(), "{layout:?}: every bar has a place");
            assert!(p.height <= MAX_HEIGHT, "{layout:?}");
        }
    }
}

#[test]
fn sizes_are_those_of_the_page() {
    let all: Vec<usize> = (0..47).collect();
    let kanto: Vec<usize> = (7..14).collect();
    let big = plans(&all, &State::default());
    let small = plans(&kanto, &State::default());
    for ((layout, p, _), (_, q, _)) in big.iter().zip(&small) {
        let (w, h) = layout.size_cm().unwrap();
        assert!((p.width - w * POINTS_PER_CM).abs() < 0.01, "{layout:?}");
        if let Some(h) = h {
            assert!((p.height - h * POINTS_PER_CM).abs() < 0.01);
            assert!((p.height - q.height).abs() < 0.01, "a slide is a slide");
        } else {
            // Seven bars make a shorter picture, not bigger bars.
            assert!(q.height < p.height * 0.5, "{layout:?}");
            assert!((p.row - q.row).abs() < 0.01, "{layout:?}");
        }
    }
    let slide = &big[2].1;
    assert_eq!(
        slide.columns,
        vec![0..24, 24..47],
        "47 bars on a slide: two columns"
    );
    assert_eq!(small[2].1.columns, vec![0..7]);
}

#[test]
fn values_legend_and_footer_say_what_the_reader_needs() {
    let r = report::bundled().unwrap().report;
    let mut state = State {
        selected: r
            .rows
            .iter()
            .find(|row| row.name == "埼玉県")
            .map(|row| row.code),
        ..State::default()
    };
    state.filter.region = Some(Region::Kanto);
    let kanto: Vec<usize> = (7..14).collect();
    let d = chart_data(
        &r,
        None,
        &kanto,
        (Metric::Openings, false),
        ChartOrder::ByValue,
        Lang::Ja,
    );
    let p = plan(ChartLayout::A4, &d, &state, &r);
    // The value at each bar is the report's figure (with the of-which part).
    for (bar, value) in d.bars.iter().zip(&p.values) {
        let row = r.rows.iter().find(|row| row.code == bar.code).unwrap();
        let expected = format!(
            "{}（{}）",
            format_count(row.figures.openings),
            format_count(row.figures.vaccination_openings)
        );
        assert_eq!(value, &expected, "{}", bar.name);
    }
    assert!(p.title.contains("全国計 8,322"), "{}", p.title);
    assert!(
        p.title.contains("計算値"),
        "a filtered sum is marked derived"
    );
    assert!(
        p.legend
            .contains(&(Swatch::Selected, "選択中: 埼玉県".to_owned())),
        "{:?}",
        p.legend
    );
    assert!(p.legend.iter().any(|(s, _)| *s == Swatch::Part));
    assert_eq!(p.footer[0], "絞り込み: 関東地方");
    assert!(p.footer[1].starts_with("集計期間 2020年4月6日〜2021年5月16日"));
    assert!(p.footer[2].contains("別紙3") && p.footer[2].contains("2021年5月19日時点"));
    state.filter.region = None;
    state.filter.query = "大阪".to_owned();
    assert_eq!(footer(&state, &r, None)[0], "絞り込み: 検索: 大阪");
    // A zero is written as 0, not left empty.
    let d = chart_data(
        &r,
        None,
        &kanto,
        (Metric::VaccinationTrained, false),
        ChartOrder::ByValue,
        Lang::Ja,
    );
    let p = plan(ChartLayout::Half, &d, &state, &r);
    assert!(p.values.iter().any(|v| v == "0"));
}
