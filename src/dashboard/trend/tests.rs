use super::*;
use crate::dashboard::rows::Filter;
use crate::prefecture::Region;
use crate::report::series::in_time_order;

/// MADE-UP TEST DATA: the bundled table moved to `date`, imported from `file`, with 埼玉県's (11)
/// and 東京都's (13) job seekers and the nation's total set.
fn later(date: &str, file: &str, (saitama, tokyo, total): (u32, u32, u32)) -> Report {
    let mut r = crate::report::bundled().unwrap().report;
    r.meta.compiled.date = date.to_owned();
    r.meta.imported_from = Some(file.to_owned());
    for row in &mut r.rows {
        match row.code.0 {
            11 => row.figures.job_seekers = saitama,
            13 => row.figures.job_seekers = tokyo,
            _ => {}
        }
    }
    r.total.job_seekers = total;
    r
}

fn tables() -> Vec<Report> {
    vec![
        // Imported out of order: the trend goes by the dates.
        later("2021-06-16", "c.xlsx", (490, 870, 9_900)),
        crate::report::bundled().unwrap().report,
        later("2021-06-02", "b.csv", (500, 850, 9_950)),
        later("2021-07-14", "d.xlsx", (520, 860, 9_990)),
    ]
}

fn codes(report: &Report) -> Vec<PrefectureCode> {
    report.rows.iter().map(|r| r.code).collect()
}

#[test]
fn day_numbers_keep_uneven_gaps_and_refuse_other_text() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2021-05-19"), Some(18_766));
    assert_eq!(day_number("2021-06-02"), Some(18_780));
    assert_eq!(day_number("2000-03-01"), Some(11_017));
    assert_eq!(
        day_number("2024-02-29")
            .zip(day_number("2024-03-01"))
            .map(|(a, b)| b - a),
        Some(1)
    );
    for bad in [
        "",
        "2021-13-01",
        "2021-05",
        "令和3年",
        "2021-05-32",
        "0000-01-01",
    ] {
        assert_eq!(day_number(bad), None, "{bad}");
    }
}

#[test]
fn the_trend_has_a_point_per_table_by_date_and_marks_each_fall() {
    let owned = tables();
    let sorted = in_time_order(&owned);
    let state = State {
        selected: Some(PrefectureCode(11)),
        ..State::default()
    };
    let all = codes(sorted[0]);
    let data = trend_data(&sorted, &state, &all);
    let dates: Vec<&str> = data.tables.iter().map(|t| t.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2021-05-19", "2021-06-02", "2021-06-16", "2021-07-14"]
    );
    let days: Vec<i64> = data
        .tables
        .iter()
        .map(|t| t.day - data.tables[0].day)
        .collect();
    assert_eq!(days, [0, 14, 28, 56], "uneven gaps stay uneven");
    let count = |n| Some(Amount::Count(n));
    assert_eq!(
        data.nation.values,
        [count(9_828), count(9_950), count(9_900), count(9_990)]
    );
    assert_eq!(data.nation.falls(), [2]);
    // 埼玉県 selected: the first line; the bundled table's 埼玉県 is 479.
    assert_eq!(data.lines.len(), 1);
    let saitama = &data.lines[0];
    assert!(saitama.selected);
    assert_eq!(saitama.name, "埼玉県");
    assert_eq!(
        saitama.values,
        [count(479), count(500), count(490), count(520)]
    );
    assert_eq!(saitama.falls(), [2]);
    assert_eq!(saitama.last(), Some((3, Amount::Count(520))));
    assert_eq!(saitama.max_held(), 520);
    // Every prefecture shown (47, no filter): one small chart each, 埼玉県 marked.
    assert_eq!(data.multiples.len(), 47);
    assert!(
        data.multiples
            .iter()
            .filter(|l| l.selected)
            .map(|l| &l.name)
            .eq(["埼玉県"])
    );
    // Falls: the nation's, 埼玉県's twice (its line and its small chart), 東京都's (870 → 860).
    assert_eq!(data.fall_count(), 4);
    assert!(data.nation_apart());
    assert_eq!(
        data.title(Lang::Ja),
        "求職者数の推移（2021年5月19日〜2021年7月14日、表4件）"
    );
    assert_eq!(
        data.tables_line(Lang::Ja),
        "各点の表: 2021年5月19日（通知の別紙3）、2021年6月2日（取込: b.csv）、\
         2021年6月16日（取込: c.xlsx）、2021年7月14日（取込: d.xlsx）"
    );
}

#[test]
fn a_filter_of_eight_or_fewer_draws_lines_and_per_100000_the_nation_shares_the_axis() {
    let owned = tables();
    let sorted = in_time_order(&owned);
    let state = State {
        selected: Some(PrefectureCode(13)),
        filter: Filter {
            region: Some(Region::Kanto),
            ..Filter::default()
        },
        scale: Scale::Per100k,
        lang: Lang::En,
        ..State::default()
    };
    let kanto: Vec<PrefectureCode> = (8..=14).map(PrefectureCode).collect();
    let data = trend_data(&sorted, &state, &kanto);
    let names: Vec<&str> = data.lines.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Tokyo", "Ibaraki", "Tochigi", "Gunma", "Saitama", "Chiba", "Kanagawa"
        ],
        "the selected first, then the filter's in its order"
    );
    assert!(data.multiples.is_empty());
    assert!(!data.nation_apart());
    // 東京都 850 per 14,047,594 people: 6.05… → 6.1; the nation 9,828 per 126,146,099: 7.8.
    let tokyo = &data.lines[0];
    assert_eq!(
        tokyo.values[1].map(|a| a.to_string()).as_deref(),
        Some("6.1")
    );
    assert_eq!(
        data.nation.values[0].map(|a| a.to_string()).as_deref(),
        Some("7.8")
    );
    assert_eq!(data.nation.name, "Nationwide (total)");
    assert!(
        data.title(Lang::En)
            .starts_with("Job seekers (per 100,000 people, derived) over time"),
        "{}",
        data.title(Lang::En)
    );
    // Nine shown: small multiples instead.
    let nine: Vec<PrefectureCode> = (8..=16).map(PrefectureCode).collect();
    let data = trend_data(&sorted, &state, &nine);
    assert_eq!((data.lines.len(), data.multiples.len()), (1, 9));
}

#[test]
fn the_trend_summary_spans_the_first_and_last_table_and_counts_the_nations_falls() {
    let owned = tables();
    let sorted = in_time_order(&owned);
    let ja =
        crate::dashboard::summary::trend_summary(&sorted, Metric::JobSeekers, Lang::Ja).unwrap();
    // 9,828 → 9,990: +162, 162 / 9,828 × 100 = 1.648… → 1.6 %; 東京都 830 → 860 (+30), 埼玉県 479
    // → 520 (+41); no prefecture fell from the first table to the last.
    assert!(
        ja.starts_with(
            "2021年5月19日から2021年7月14日までに、求職者数は全国で 9,828 → 9,990（+162、+1.6%）。\
             増加が最も大きいのは埼玉県（+41）。"
        ),
        "{ja}"
    );
    assert!(
        ja.contains("比べた表は4件です。全国の数字は続く表の間で1回減っています（再集計による可能性）。増減と割合は計算値です。"),
        "{ja}"
    );
    // The notice's source once, the imported files named once each in one line.
    assert!(
        ja.ends_with(
            "出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3。\
             出典: 取り込んだ表（b.csv、c.xlsx、d.xlsx）、連絡先・手順は厚生労働省 事務連絡(2021年5月26日)"
        ),
        "{ja}"
    );
    assert_eq!(
        crate::dashboard::summary::trend_summary(&sorted[..1], Metric::JobSeekers, Lang::Ja),
        None
    );
}

#[test]
fn past_six_tables_the_line_under_the_trend_names_the_first_two_and_the_last_two() {
    let owned: Vec<Report> = (1..=8)
        .map(|d| later(&format!("2021-07-{d:02}"), "x.csv", (500, 850, 9_900)))
        .chain(std::iter::once(crate::report::bundled().unwrap().report))
        .collect();
    let sorted = in_time_order(&owned);
    let data = trend_data(&sorted, &State::default(), &[]);
    assert_eq!(
        data.tables_line(Lang::Ja),
        "各点の表（9件）: 2021年5月19日（通知の別紙3）、2021年7月1日（取込: x.csv）、…、\
         2021年7月7日（取込: x.csv）、2021年7月8日（取込: x.csv）。それぞれの点の表は点に重ねると表示"
    );
    let six = trend_data(&sorted[..6], &State::default(), &[]);
    assert_eq!(
        six.tables_line(Lang::En)
            .matches("(imported: x.csv)")
            .count(),
        5
    );
}

#[test]
fn the_lines_under_the_trend_say_the_filter_the_tables_the_falls_the_sources_and_the_census() {
    let owned = tables();
    let sorted = in_time_order(&owned);
    let newest = sorted[3];
    let mut state = State::default();
    let all = codes(newest);
    let data = trend_data(&sorted, &state, &all);
    let lines = data.footer(&state, true);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], data.tables_line(Lang::Ja));
    assert_eq!(
        lines[1],
        "▼ 前の表より減った点（3か所）。事務連絡は「集計値はその後の再集計等により変更する場合がある」としています"
    );
    assert_eq!(lines[2], data.sources);
    // Filtered per 100,000 people: the filter first, the census last.
    state.filter.query = "埼玉".to_owned();
    state.scale = Scale::Per100k;
    let data = trend_data(&sorted, &state, &[PrefectureCode(11)]);
    let lines = data.footer(&state, true);
    assert_eq!(
        lines.first().map(String::as_str),
        Some("絞り込み: 検索: 埼玉")
    );
    assert!(
        lines.last().unwrap().starts_with("人口: 総務省統計局"),
        "{lines:?}"
    );
    // Nothing fell: no caveat.
    let flat = [
        crate::report::bundled().unwrap().report,
        later("2021-06-02", "b.csv", (479, 830, 9_828)),
    ];
    let flat = in_time_order(&flat);
    let data = trend_data(&flat, &State::default(), &[]);
    assert_eq!(data.fall_count(), 0);
    assert!(
        data.footer(&State::default(), true)
            .iter()
            .all(|l| !l.contains('▼'))
    );
}

#[test]
fn an_unchanged_figure_is_no_fall_and_many_files_are_counted() {
    // MADE-UP TEST DATA: the nation the same in two tables in a row (9,828), five files.
    let owned: Vec<Report> = std::iter::once(crate::report::bundled().unwrap().report)
        .chain((2..=6).map(|d| {
            later(
                &format!("2021-06-0{d}"),
                &format!("t{d}.csv"),
                (479, 830, 9_828 + d),
            )
        }))
        .collect();
    let sorted = in_time_order(&owned);
    let text =
        crate::dashboard::summary::trend_summary(&sorted, Metric::JobSeekers, Lang::Ja).unwrap();
    assert!(!text.contains("回減って"), "nothing fell: {text}");
    assert!(
        text.contains("比べた表は6件です。増減と割合は計算値です。"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3。出典: 取り込んだ表（t2.csv、t3.csv、t4.csvほか2件）、\
             連絡先・手順は厚生労働省 事務連絡(2021年5月26日)"
        ),
        "{text}"
    );
    // The same figure in consecutive tables is no fall.
    let same = [
        crate::report::bundled().unwrap().report,
        later("2021-06-02", "a.csv", (479, 830, 9_828)),
        later("2021-06-16", "b.csv", (479, 830, 9_828)),
    ];
    let same = in_time_order(&same);
    let text =
        crate::dashboard::summary::trend_summary(&same, Metric::JobSeekers, Lang::Ja).unwrap();
    assert!(!text.contains("回減って"), "{text}");
}

#[test]
fn a_picture_without_the_small_multiples_counts_the_falls_it_draws() {
    let owned = tables();
    let sorted = in_time_order(&owned);
    let state = State {
        selected: Some(PrefectureCode(11)),
        ..State::default()
    };
    let data = trend_data(&sorted, &state, &codes(sorted[0]));
    // The nation's and 埼玉県's line each fall once; the small multiples add 埼玉県's and
    // 東京都's.
    assert_eq!((data.main_falls(), data.fall_count()), (2, 4));
    let caveat = |multiples| {
        data.footer(&state, multiples)
            .into_iter()
            .find(|l| l.starts_with('▼'))
            .unwrap()
    };
    assert!(caveat(false).starts_with("▼ 前の表より減った点（2か所）"));
    assert!(caveat(true).starts_with("▼ 前の表より減った点（4か所）"));
}
