//! The map's layout, neighbours, classes and tiles.

use super::*;

#[test]
fn the_layout_holds_each_prefecture_once_where_the_map_puts_it() {
    let mut codes: Vec<u8> = LAYOUT
        .iter()
        .flatten()
        .copied()
        .filter(|&c| c != 0)
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, (1..=47).collect::<Vec<u8>>());
    assert_eq!(
        position(PrefectureCode(1)),
        Some((0, 6)),
        "北海道 top right"
    );
    assert_eq!(
        position(PrefectureCode(47)),
        Some((6, 0)),
        "沖縄県 bottom left"
    );
    assert_eq!(position(PrefectureCode(13)), Some((5, 5)));
    assert_eq!(
        position(PrefectureCode(14)),
        Some((6, 5)),
        "神奈川県 under 東京都"
    );
    assert_eq!(position(PrefectureCode(0)), None);
}

#[test]
fn arrows_move_to_the_next_tile_over_empty_cells() {
    let p = PrefectureCode;
    assert_eq!(neighbour(p(13), Direction::Down), Some(p(14)));
    assert_eq!(neighbour(p(13), Direction::Right), Some(p(8)));
    assert_eq!(neighbour(p(1), Direction::Down), Some(p(3)));
    assert_eq!(neighbour(p(1), Direction::Up), None, "the edge");
    assert_eq!(
        neighbour(p(35), Direction::Up),
        None,
        "over the empty cell: the edge"
    );
    assert_eq!(neighbour(p(32), Direction::Up), None);
    assert_eq!(neighbour(p(31), Direction::Left), None);
    assert_eq!(neighbour(p(47), Direction::Right), Some(p(39)));
}

#[test]
fn classes_come_from_the_quantiles_and_zero_and_none_stand_apart() {
    let values: Vec<f64> = (1..=10).map(f64::from).collect();
    let b = breaks(&values);
    assert_eq!(b, [2.0, 4.0, 6.0, 8.0, 10.0]);
    assert_eq!(class_of(&b, Some(1.0)), Class::Step(0));
    assert_eq!(class_of(&b, Some(7.0)), Class::Step(3));
    assert_eq!(class_of(&b, Some(10.0)), Class::Step(4));
    assert_eq!(class_of(&b, Some(0.0)), Class::Zero);
    assert_eq!(class_of(&b, None), Class::NotCounted);
    // Repeated values: fewer classes, never an empty one.
    assert_eq!(breaks(&[5.0, 5.0, 5.0, 0.0]), [5.0]);
    assert!(breaks(&[]).is_empty());
}

#[test]
fn the_tiles_carry_the_reports_figures_ranks_and_the_filter() {
    let r = crate::report::bundled().unwrap().report;
    let kanto: Vec<usize> = (7..14).collect();
    let d = map_data(
        &r,
        &kanto,
        (MapMetric::Figure(Metric::JobSeekers), Scale::Counts),
        Lang::Ja,
    );
    assert_eq!(d.tiles.len(), 47);
    let tokyo = d
        .tiles
        .iter()
        .find(|t| t.code == PrefectureCode(13))
        .unwrap();
    assert_eq!((tokyo.short.as_str(), tokyo.text.as_str()), ("東京", "830"));
    assert!(tokyo.shown);
    assert_eq!(tokyo.rank.unwrap().position, 1);
    assert_eq!(
        tile_label(&d, tokyo, Lang::Ja),
        "東京都 求職者数 830（47中1位）"
    );
    let osaka = d
        .tiles
        .iter()
        .find(|t| t.code == PrefectureCode(27))
        .unwrap();
    assert!(!osaka.shown, "filtered out: greyed");
    assert_eq!(d.title, "求職者数（全国計 9,828）");
    assert!(
        d.summary.starts_with("求職者数: 最大 東京都 830"),
        "{}",
        d.summary
    );
    // Trained nurses: many zeros, a class of their own in the legend.
    let d = map_data(
        &r,
        &kanto,
        (MapMetric::Figure(Metric::VaccinationTrained), Scale::Counts),
        Lang::En,
    );
    assert!(d.legend.iter().any(|(c, s)| *c == Class::Zero && s == "0"));
    let hokkaido = &d.tiles[0];
    assert_eq!(
        (hokkaido.short.as_str(), hokkaido.class),
        ("Hokkaido", Class::Zero)
    );
    // A ratio: one decimal.
    let d = map_data(
        &r,
        &kanto,
        (MapMetric::SeekersPerOpening, Scale::Per100k),
        Lang::Ja,
    );
    let kyoto = d
        .tiles
        .iter()
        .find(|t| t.code == PrefectureCode(26))
        .unwrap();
    assert_eq!(
        kyoto.text, "4.6",
        "658 / 142: a ratio is not divided by the population"
    );
    assert_eq!(kyoto.rank.unwrap().position, 1);
    // Per 100,000 people: one decimal, the national figure on the national population.
    let d = map_data(
        &r,
        &kanto,
        (MapMetric::Figure(Metric::JobSeekers), Scale::Per100k),
        Lang::Ja,
    );
    let tokyo = d
        .tiles
        .iter()
        .find(|t| t.code == PrefectureCode(13))
        .unwrap();
    assert_eq!(tokyo.text, "5.9", "830 / 14,047,594 × 100,000");
    assert_eq!(d.title, "求職者数（人口10万人当たり、計算値）（全国 7.8）");
    // Ranked by what the tiles print: 北海道 519 / 5,224,614 = 9.93… and 香川県 94 / 950,244 =
    // 9.89… both read 9.9, and share the 14th place.
    let tile = |code: u8| {
        d.tiles
            .iter()
            .find(|t| t.code == PrefectureCode(code))
            .unwrap()
    };
    for code in [1, 37] {
        assert_eq!(tile(code).text, "9.9");
        assert_eq!(
            tile(code).rank,
            Some(crate::dashboard::rank::Rank {
                position: 14,
                of: 47,
                tied: true
            })
        );
    }
    assert_eq!(
        tile_label(&d, tile(37), Lang::Ja),
        "香川県 求職者数（人口10万人当たり、計算値） 9.9（47中14位（同順位））"
    );
    // Rounded once: 福井県 74 / 766,863 × 100,000 = 9.6497… is 9.6.
    assert_eq!(tile(18).text, "9.6");
}

#[test]
fn only_figures_divided_by_the_population_name_the_census() {
    let r = crate::report::bundled().unwrap().report;
    let all: Vec<usize> = (0..47).collect();
    let names = |metric, scale| map_data(&r, &all, (metric, scale), Lang::Ja).names_the_census();
    assert!(names(MapMetric::Figure(Metric::JobSeekers), Scale::Per100k));
    assert!(!names(MapMetric::Figure(Metric::JobSeekers), Scale::Counts));
    assert!(
        !names(MapMetric::SeekersPerOpening, Scale::Per100k),
        "a ratio is not divided"
    );
    assert!(!names(MapMetric::VaccinationShare, Scale::Counts));
    let d = map_data(
        &r,
        &all,
        (MapMetric::Figure(Metric::JobSeekers), Scale::Counts),
        Lang::Ja,
    );
    let words = description(&d, &["出典".to_owned()], Lang::Ja);
    let lines: Vec<&str> = words.lines().collect();
    assert_eq!(lines[0], "求職者数（全国計 9,828）");
    assert!(lines.contains(&"東京都 求職者数 830（47中1位）"));
    assert_eq!(lines.last().copied(), Some("出典"));
    assert_eq!(lines.len(), 2 + d.legend.len() + 47 + 1);
}

#[test]
fn the_vaccination_share_says_its_two_periods() {
    let r = crate::report::bundled().unwrap().report;
    let all: Vec<usize> = (0..47).collect();
    let d = map_data(
        &r,
        &all,
        (MapMetric::VaccinationShare, Scale::Counts),
        Lang::Ja,
    );
    assert_eq!(
        d.title,
        "ワクチン求人の割合（計算。2021年4月12日以降のワクチン求人 ÷ 2020年4月6日以降の求人）"
    );
    let osaka = d
        .tiles
        .iter()
        .find(|t| t.code == PrefectureCode(27))
        .unwrap();
    assert_eq!(osaka.text, "46.4%", "340 ÷ 733 × 100 = 46.38…");
    let d = map_data(
        &r,
        &all,
        (MapMetric::VaccinationShare, Scale::Counts),
        Lang::En,
    );
    assert_eq!(
        d.title,
        "Vaccination share (derived: vaccination openings from 2021-04-12 ÷ openings from 2020-04-06)"
    );
}

#[test]
fn the_legend_says_counts_as_whole_ranges_and_rates_as_decimal_bounds() {
    let r = crate::report::bundled().unwrap().report;
    let all: Vec<usize> = (0..r.rows.len()).collect();
    let legend = |scale| {
        map_data(
            &r,
            &all,
            (MapMetric::Figure(Metric::JobSeekers), scale),
            Lang::Ja,
        )
        .legend
        .into_iter()
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
    };
    let counts = legend(Scale::Counts);
    assert!(counts.first().unwrap().starts_with("1〜"), "{counts:?}");
    assert!(counts.last().unwrap().ends_with("以上"), "{counts:?}");
    let rates = legend(Scale::Per100k);
    assert!(rates.first().unwrap().starts_with('〜'), "{rates:?}");
    assert!(
        rates.iter().skip(1).all(|s| s.contains("超〜")),
        "{rates:?}"
    );
    assert!(
        rates.iter().all(|s| s.contains('.')),
        "one decimal: {rates:?}"
    );
    // A ratio is its own measure: decimal bounds, whatever the scale.
    let ratio = map_data(
        &r,
        &all,
        (MapMetric::SeekersPerOpening, Scale::Counts),
        Lang::Ja,
    )
    .legend;
    assert!(ratio.iter().all(|(_, s)| !s.contains("以上")), "{ratio:?}");
}

#[test]
fn the_map_cache_is_reused_for_the_same_inputs_and_made_anew_when_one_changes() {
    let r = crate::report::bundled().unwrap().report;
    let all: Vec<usize> = (0..47).collect();
    let kanto: Vec<usize> = (7..14).collect();
    let mut cache = MapCache::default();
    let seekers = MapMetric::Figure(Metric::JobSeekers);
    let first = cache.get(&r, &all, (seekers, Scale::Counts), Lang::Ja);
    let again = cache.get(&r, &all, (seekers, Scale::Counts), Lang::Ja);
    assert!(
        std::sync::Arc::ptr_eq(&first, &again),
        "the same inputs: the same map"
    );
    // Each input alone makes it anew, and what it makes follows that input.
    let shown = cache.get(&r, &kanto, (seekers, Scale::Counts), Lang::Ja);
    assert_eq!(shown.tiles.iter().filter(|t| t.shown).count(), 7);
    let openings = MapMetric::Figure(Metric::Openings);
    let by_openings = cache.get(&r, &kanto, (openings, Scale::Counts), Lang::Ja);
    assert_eq!(by_openings.metric, openings);
    let per = cache.get(&r, &kanto, (openings, Scale::Per100k), Lang::Ja);
    assert_eq!(per.scale, Scale::Per100k);
    let en = cache.get(&r, &kanto, (openings, Scale::Per100k), Lang::En);
    assert!(en.tiles.iter().any(|t| t.name == "Tokyo"), "in English");
    let back = cache.get(&r, &all, (seekers, Scale::Counts), Lang::Ja);
    assert_eq!(*back, *first);
    assert!(
        !std::sync::Arc::ptr_eq(&first, &back),
        "made anew after a change"
    );
}

#[test]
fn a_table_of_thousands_of_rows_has_one_tile_per_prefecture_shown_by_its_first_row() {
    let mut r = crate::report::bundled().unwrap().report;
    let copies: Vec<_> = r.rows.iter().cycle().take(2 * 47).cloned().collect();
    r.rows = copies;
    // The filter shows the second 東京都 only (row 47 + 12): its tile is shown.
    let data = map_data(
        &r,
        &[59],
        (MapMetric::Figure(Metric::JobSeekers), Scale::Counts),
        Lang::Ja,
    );
    assert_eq!(data.tiles.len(), 47);
    let shown: Vec<&str> = data
        .tiles
        .iter()
        .filter(|t| t.shown)
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(shown, ["東京都"]);
    let data = map_data(
        &r,
        &[12, 13],
        (MapMetric::Figure(Metric::JobSeekers), Scale::Counts),
        Lang::Ja,
    );
    let shown: Vec<&str> = data
        .tiles
        .iter()
        .filter(|t| t.shown)
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(shown, ["東京都", "神奈川県"]);
    assert_eq!(
        data.tiles
            .iter()
            .find(|t| t.name == "東京都")
            .and_then(|t| t.rank)
            .map(|r| (r.position, r.of)),
        Some((1, 47))
    );
}

/// The cache colours its map of every prefecture for the rows shown: the same data as the map
/// made for them alone, after each change of the rows, the metric, the scale or the language.
#[test]
fn the_map_cache_gives_the_map_of_the_shown_rows_alone() {
    let r = crate::report::bundled().unwrap().report;
    let all: Vec<usize> = (0..47).collect();
    let kanto: Vec<usize> = (7..14).collect();
    let few: Vec<usize> = vec![46, 0, 26];
    let mut cache = MapCache::default();
    for lang in [Lang::Ja, Lang::En] {
        for metric in MapMetric::all() {
            for scale in [Scale::Counts, Scale::Per100k] {
                for shown in [&all, &kanto, &few, &Vec::new()] {
                    let want = map_data(&r, shown, (metric, scale), lang);
                    let got = cache.get(&r, shown, (metric, scale), lang);
                    assert_eq!(*got, want, "{lang:?} {metric:?} {scale:?}");
                    assert_eq!(got.tiles.iter().filter(|t| t.shown).count(), shown.len());
                }
            }
        }
    }
    // The summary follows the rows shown: the largest of Kanto is 東京都, of the three the
    // one of most job seekers.
    let seekers = (MapMetric::Figure(Metric::JobSeekers), Scale::Counts);
    assert!(
        cache
            .get(&r, &kanto, seekers, Lang::Ja)
            .summary
            .contains("最大 東京都")
    );
    let most = few
        .iter()
        .map(|&i| &r.rows[i])
        .max_by_key(|row| row.figures.job_seekers)
        .unwrap();
    let summary = &cache.get(&r, &few, seekers, Lang::Ja).summary;
    assert!(
        summary.contains(&format!("最大 {}", most.name)),
        "{summary}"
    );
    assert!(!summary.contains("東京都"));
}
