//! The plans of printed charts: sizes, columns, values and the lines under them.

use super::*;
use crate::dashboard::ChartOrder;
use crate::dashboard::chart_data::chart_data;
use crate::prefecture::Region;
use crate::report::scale::Scale;
use crate::report::{self, Metric};
use crate::texts::format_count;

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
                (Metric::Openings, Scale::Counts),
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
        (Metric::Openings, Scale::Counts),
        ChartOrder::ByValue,
        Lang::Ja,
    );
    let p = plan(ChartLayout::A4, &d, &state, &r);
    // The value at each bar is the report's figure (with the of-which part).
    assert_eq!((d.bars.len(), p.values.len()), (7, 7));
    for (bar, value) in d.bars.iter().zip(&p.values) {
        let row = r.rows.iter().find(|row| row.code == bar.code).unwrap();
        let expected = format!(
            "{}（{}）",
            format_count(row.figures.openings),
            format_count(row.figures.vaccination_openings)
        );
        assert_eq!(value, &expected, "{}", bar.name);
    }
    assert_eq!(
        p.title, "求人数（全国計 8,322）　表示中の合計\u{a0}1,637（計算値）",
        "the filtered sum (関東's 1,637 openings) is marked derived"
    );
    assert!(
        p.legend
            .contains(&(Swatch::Selected, "選択中: 埼玉県".to_owned())),
        "{:?}",
        p.legend
    );
    assert!(p.legend.iter().any(|(s, _)| *s == Swatch::Part));
    assert_eq!(
        p.footer.len(),
        3,
        "no census line for counts: {:?}",
        p.footer
    );
    assert_eq!(p.footer[0], "絞り込み: 関東地方");
    assert!(p.footer[1].starts_with("集計期間 2020年4月6日〜2021年5月16日"));
    assert!(p.footer[2].contains("別紙3") && p.footer[2].contains("2021年5月19日時点"));
    state.filter.region = None;
    state.filter.query = "大阪".to_owned();
    assert_eq!(
        footer(&state, &r, None, Scale::Counts)[0],
        "絞り込み: 検索: 大阪"
    );
    // A zero is written as 0, not left empty.
    let d = chart_data(
        &r,
        None,
        &kanto,
        (Metric::VaccinationTrained, Scale::Counts),
        ChartOrder::ByValue,
        Lang::Ja,
    );
    let p = plan(ChartLayout::Half, &d, &state, &r);
    assert!(p.values.iter().any(|v| v == "0"));
}

#[test]
fn a_picture_per_100000_people_prints_the_shown_values_and_names_the_census() {
    let r = report::bundled().unwrap().report;
    let mut state = State {
        scale: Scale::Per100k,
        ..State::default()
    };
    state.filter.region = Some(Region::Kanto);
    let kanto: Vec<usize> = (7..14).collect();
    let d = chart_data(
        &r,
        None,
        &kanto,
        (Metric::Openings, Scale::Per100k),
        ChartOrder::ByValue,
        Lang::Ja,
    );
    for layout in PRINTED {
        let p = plan(layout, &d, &state, &r);
        // Each openings ÷ population × 100,000 rounded once, the vaccination part beside it;
        // 栃木県 and 神奈川県 both print 5.6 and stand in the order of their codes.
        assert_eq!(
            p.values,
            [
                "5.6（0.5）",
                "5.6（0.0）",
                "3.8（0.1）",
                "3.7（0.0）",
                "3.5（0.3）",
                "2.4（0.7）",
                "1.6（0.5）"
            ],
            "{layout:?}"
        );
        let names: Vec<&str> = d.bars.iter().map(|b| &*b.name).collect();
        assert_eq!(
            names,
            [
                "栃木県",
                "神奈川県",
                "東京都",
                "群馬県",
                "千葉県",
                "茨城県",
                "埼玉県"
            ]
        );
        // 8,322 ÷ 126,146,099 × 100,000 = 6.597…: the national rate, not a total.
        assert_eq!(p.title, "求人数（人口10万人当たり、計算値）（全国 6.6）");
        assert_eq!(
            p.footer.last().map(String::as_str),
            Scale::Per100k.source_line(Lang::Ja),
            "{layout:?}: the census under figures divided by its populations"
        );
        assert_eq!(p.footer.len(), 4, "{:?}", p.footer);
        // What the PNG says in words: title, summary, legend, each bar with its value, footer.
        let words = p.description(&d);
        let lines: Vec<&str> = words.lines().collect();
        assert_eq!(lines[0], p.title);
        assert_eq!(lines[1], p.summary);
        assert!(lines.contains(&"栃木県 5.6（0.5）"), "{words}");
        assert!(lines.contains(&"埼玉県 1.6（0.5）"), "{words}");
        assert_eq!(lines.last().copied(), Scale::Per100k.source_line(Lang::Ja));
        assert_eq!(lines.len(), 2 + p.legend.len() + 7 + 4);
    }
}
