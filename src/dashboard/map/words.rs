//! What the map says in words: the legend's ranges, the summary of largest and smallest, and a
//! tile's accessible name.

use super::{Class, MapData, MapMetric, Tile, whole};
use crate::lang::Lang;
use crate::report::scale::Scale;
use crate::texts::format_count;
use crate::texts::{fill, texts};

/// Each class with its range: counts as 「1〜45」 and 「300以上」, decimals as 「〜1.2」 and
/// 「1.2超〜2.0」; zero and not counted where a tile has them.
pub(super) fn legend(
    (metric, scale): (MapMetric, Scale),
    uppers: &[f64],
    tiles: &[Tile],
    lang: Lang,
) -> Vec<(Class, String)> {
    let t = texts(lang);
    let mut legend = Vec::new();
    if tiles.iter().any(|x| x.class == Class::NotCounted) {
        legend.push((Class::NotCounted, t.map.not_counted.to_owned()));
    }
    if tiles.iter().any(|x| x.class == Class::Zero) {
        legend.push((Class::Zero, "0".to_owned()));
    }
    let counts = matches!(metric, MapMetric::Figure(_)) && scale == Scale::Counts;
    let format = |v: f64| metric.format(Some(v), scale);
    let mut lower: Option<f64> = None;
    for (k, &upper) in uppers.iter().enumerate() {
        let hi = format(upper);
        let text = match (counts, lower) {
            (true, None) => fill(t.map.range, &[("lo", &"1"), ("hi", &hi)]),
            (true, Some(lo)) => {
                let lo = format_count(whole(lo).saturating_add(1));
                if k.saturating_add(1) == uppers.len() {
                    fill(t.map.range_top, &[("lo", &lo)])
                } else {
                    fill(t.map.range, &[("lo", &lo), ("hi", &hi)])
                }
            }
            (false, None) => fill(t.map.range_up_to, &[("hi", &hi)]),
            (false, Some(lo)) => fill(t.map.range_over, &[("lo", &format(lo)), ("hi", &hi)]),
        };
        legend.push((Class::Step(k), text));
        lower = Some(upper);
    }
    legend
}

/// 「求職者数: 最大 東京都 830、最小 鳥取県 8（47 都道府県）」 among the tiles shown, every
/// prefecture that ties named (up to three, then how many more), as the chart's summary.
pub(super) fn summary((metric, scale): (MapMetric, Scale), tiles: &[Tile], lang: Lang) -> String {
    let t = texts(lang);
    let shown: Vec<(&Tile, f64)> = tiles
        .iter()
        .filter(|x| x.shown)
        .filter_map(|x| x.value.map(|v| (x, v)))
        .collect();
    let max = shown.iter().map(|(_, v)| *v).reduce(f64::max);
    let min = shown.iter().map(|(_, v)| *v).reduce(f64::min);
    let (Some(max), Some(min)) = (max, min) else {
        return t.chart.chart_empty.to_owned();
    };
    let names = |value: f64| {
        let mut tied: Vec<&Tile> = shown
            .iter()
            .filter(|(_, v)| v.total_cmp(&value).is_eq())
            .map(|(x, _)| *x)
            .collect();
        tied.sort_by_key(|x| x.code);
        let first: Vec<&str> = tied.iter().take(3).map(|x| x.name.as_str()).collect();
        let names = first.join(t.table.tie_separator);
        match tied.len().saturating_sub(3) {
            0 => names,
            more => fill(t.table.tie_more, &[("names", &names), ("more", &more)]),
        }
    };
    fill(
        t.map.summary,
        &[
            ("metric", &metric.label_as(scale, lang)),
            ("max_name", &names(max)),
            ("max", &metric.format(Some(max), scale)),
            ("min_name", &names(min)),
            ("min", &metric.format(Some(min), scale)),
            ("n", &shown.len()),
        ],
    )
}

/// What the map's picture says, in words: the title, the summary, the legend, each tile's name
/// (its figure and rank) in the order of the codes, and the lines under it (`footer`). Written
/// into the PNG (its `Description`), as the chart's page pictures are.
pub fn description(data: &MapData, footer: &[String], lang: Lang) -> String {
    let mut lines = vec![data.title.clone(), data.summary.clone()];
    lines.extend(data.legend.iter().map(|(_, s)| s.clone()));
    lines.extend(data.tiles.iter().map(|t| tile_label(data, t, lang)));
    lines.extend(footer.iter().cloned());
    lines.join("\n")
}

/// A tile's accessible name and hover line: 「東京都 求職者数 830（47中1位）」.
pub fn tile_label(data: &MapData, tile: &Tile, lang: Lang) -> String {
    let t = texts(lang);
    let rank = tile.rank.map_or_else(String::new, |k| {
        let template = if k.tied {
            t.sheet.rank_tied
        } else {
            t.sheet.rank
        };
        fill(
            t.map.rank,
            &[(
                "rank",
                &fill(template, &[("of", &k.of), ("position", &k.position)]),
            )],
        )
    });
    fill(
        t.map.tile,
        &[
            ("name", &tile.name),
            ("metric", &data.metric.label_as(data.scale, lang)),
            ("value", &tile.text),
            ("rank", &rank),
        ],
    )
}
