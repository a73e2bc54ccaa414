//! The tile map, without egui: the 47 prefectures as equal squares in the 7x7 layout of the
//! カラム地図 (tabularmaps, CC0), so that Tokyo, Osaka and Kagawa are as visible as Hokkaido;
//! each tile's figure for the chosen metric, its class on a sequential scale with stated
//! breaks, its rank; the neighbours the arrow keys move to; the title and the summary.

use serde::{Deserialize, Serialize};

use crate::dashboard::format::{format_count, format_derived};
use crate::dashboard::rows;
use crate::lang::Lang;
use crate::report::{Figures, Metric, PrefectureCode, Report};
use crate::texts::{fill, texts};

/// The layout, rows from the top, by JIS code; 0 is an empty cell.
pub const LAYOUT: [[u8; 7]; 7] = [
    [0, 0, 31, 17, 15, 2, 1],
    [35, 32, 33, 18, 16, 5, 3],
    [42, 40, 34, 25, 20, 6, 4],
    [41, 44, 28, 26, 19, 10, 7],
    [43, 45, 27, 29, 21, 11, 9],
    [46, 38, 37, 30, 22, 13, 8],
    [47, 39, 36, 24, 23, 14, 12],
];

/// Where a prefecture's tile stands: (row, column) from the top left.
pub fn position(code: PrefectureCode) -> Option<(usize, usize)> {
    LAYOUT.iter().enumerate().find_map(|(r, row)| {
        row.iter()
            .position(|&c| c == code.0 && c != 0)
            .map(|col| (r, col))
    })
}

/// A direction of the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// ↑
    Up,
    /// ↓
    Down,
    /// ←
    Left,
    /// →
    Right,
}

/// The next tile from `code` in `dir`, over empty cells; `None` at the map's edge.
pub fn neighbour(code: PrefectureCode, dir: Direction) -> Option<PrefectureCode> {
    let (mut r, mut c) = position(code)?;
    loop {
        (r, c) = match dir {
            Direction::Up => (r.checked_sub(1)?, c),
            Direction::Down => (r.checked_add(1).filter(|&r| r < 7)?, c),
            Direction::Left => (r, c.checked_sub(1)?),
            Direction::Right => (r, c.checked_add(1).filter(|&c| c < 7)?),
        };
        let at = *LAYOUT.get(r)?.get(c)?;
        if at != 0 {
            return Some(PrefectureCode(at));
        }
    }
}

/// What the map colours by: a figure of the source, or a derived column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapMetric {
    /// A figure.
    Figure(Metric),
    /// 求職者数÷求人数 (derived).
    SeekersPerOpening,
    /// うちワクチン接種業務÷求人数, percent (derived).
    VaccinationShare,
}

impl Default for MapMetric {
    fn default() -> Self {
        Self::Figure(Metric::JobSeekers)
    }
}

impl MapMetric {
    /// The map's choices: the chart's metrics, then the derived ones.
    pub fn all() -> Vec<Self> {
        let mut all: Vec<Self> = crate::dashboard::chart_data::CHART_METRICS
            .into_iter()
            .map(Self::Figure)
            .collect();
        all.push(Self::SeekersPerOpening);
        all.push(Self::VaccinationShare);
        all
    }

    /// Its name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Figure(m) => m.label(lang),
            Self::SeekersPerOpening => texts(lang).seekers_per_opening_derived,
            Self::VaccinationShare => texts(lang).vaccination_share_derived,
        }
    }

    /// Computed, not the source's.
    pub fn is_derived(self) -> bool {
        !matches!(self, Self::Figure(_))
    }

    /// A prefecture's value (a figure per 100,000 people with `per_capita`); `None` where it
    /// is not defined (a ratio with no openings).
    pub fn value(self, code: PrefectureCode, f: &Figures, per_capita: bool) -> Option<f64> {
        match self {
            Self::Figure(m) if per_capita => crate::dashboard::per_capita::value(code, f, m),
            Self::Figure(m) => Some(f64::from(f.get(m))),
            Self::SeekersPerOpening => rows::seekers_per_opening(f),
            Self::VaccinationShare => rows::vaccination_share(f),
        }
    }

    /// A value as the tile writes it: a count with separators, a ratio or a figure per
    /// 100,000 people to one decimal, a share with %; a dash where it is not defined.
    pub fn format(self, v: Option<f64>, per_capita: bool) -> String {
        match (self, v) {
            (Self::Figure(_), Some(v)) if !per_capita => format_count(whole(v)),
            (Self::VaccinationShare, v) => format_derived(v, "%"),
            (_, v) => format_derived(v, ""),
        }
    }
}

/// A count held as `f64` back as `u32` (counts are whole and far below `u32::MAX`).
fn whole(v: f64) -> u32 {
    let rounded = v.round();
    if rounded.is_finite() && rounded >= 0.0 && rounded <= f64::from(u32::MAX) {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked above"
        )]
        let n = rounded as u32;
        n
    } else {
        0
    }
}

/// A tile's class on the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// No value (a ratio with no openings): drawn apart, not as small.
    NotCounted,
    /// Exactly 0: drawn apart from small values.
    Zero,
    /// One of the classes of positive values, 0 the lightest.
    Step(usize),
}

/// How many classes of positive values at most.
pub const STEPS: usize = 5;

/// The class breaks: a value belongs to the first class whose upper bound is at least it.
/// From the quantiles of the 47 positive values (not only those shown, so that a filter does
/// not recolour the map); fewer classes where values repeat.
pub fn breaks(values: &[f64]) -> Vec<f64> {
    let mut positive: Vec<f64> = values.iter().copied().filter(|v| *v > 0.0).collect();
    positive.sort_by(f64::total_cmp);
    let n = positive.len();
    let mut uppers: Vec<f64> = Vec::new();
    for k in 1..=STEPS {
        // The value at the k-th fifth (the largest for the last class).
        let at = (n.saturating_mul(k)).div_ceil(STEPS).saturating_sub(1);
        if let Some(&v) = positive.get(at)
            && uppers.last().is_none_or(|&last| v > last)
        {
            uppers.push(v);
        }
    }
    uppers
}

/// The class of a value.
pub fn class_of(uppers: &[f64], v: Option<f64>) -> Class {
    match v {
        None => Class::NotCounted,
        Some(v) if v <= 0.0 => Class::Zero,
        Some(v) => Class::Step(
            uppers
                .iter()
                .position(|&u| v <= u)
                .unwrap_or(uppers.len().saturating_sub(1)),
        ),
    }
}

/// A tile.
#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    /// The prefecture.
    pub code: PrefectureCode,
    /// Its row and column in [`LAYOUT`].
    pub at: (usize, usize),
    /// Its short name (東京, 神奈川; Tokyo, Kanagawa).
    pub short: String,
    /// Its full name in the map's language (東京都, Tokyo).
    pub name: String,
    /// Its value.
    pub value: Option<f64>,
    /// The value as written on the tile.
    pub text: String,
    /// Its class.
    pub class: Class,
    /// Whether the filter lets it through (else it is greyed).
    pub shown: bool,
    /// Its place among the 47, largest first (derived); `None` where it has no value.
    pub rank: Option<crate::dashboard::rank::Rank>,
}

/// What the map draws.
#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    /// What it colours by.
    pub metric: MapMetric,
    /// Figures per 100,000 people.
    pub per_capita: bool,
    /// The tiles, in the report's order.
    pub tiles: Vec<Tile>,
    /// The upper bounds of the classes of positive values.
    pub breaks: Vec<f64>,
    /// The legend: each class (zero and not counted where they occur) with its range.
    pub legend: Vec<(Class, String)>,
    /// The title: the metric, and the national figure for a figure of the source.
    pub title: String,
    /// Largest and smallest among the tiles shown, for a screen reader and as a line.
    pub summary: String,
}

/// The map for the report, with the rows shown (`shown`: indices into its rows) in colour;
/// figures per 100,000 people with `per_capita`.
pub fn map_data(
    report: &Report,
    shown: &[usize],
    (metric, per_capita): (MapMetric, bool),
    lang: Lang,
) -> MapData {
    let per_capita = per_capita && !metric.is_derived();
    let values: Vec<Option<f64>> = report
        .rows
        .iter()
        .map(|r| metric.value(r.code, &r.figures, per_capita))
        .collect();
    let all: Vec<f64> = values.iter().flatten().copied().collect();
    let uppers = breaks(&all);
    let tiles: Vec<Tile> = report
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let info = crate::prefecture::by_code(r.code)?;
            let value = values.get(i).copied().flatten();
            Some(Tile {
                code: r.code,
                at: position(r.code)?,
                short: match lang {
                    Lang::Ja => info.kanji_short.clone(),
                    Lang::En => info.english.clone(),
                },
                name: r.name_in(lang).to_owned(),
                value,
                text: metric.format(value, per_capita),
                class: class_of(&uppers, value),
                shown: shown.contains(&i),
                rank: value.map(|v| rank_of(&all, v)),
            })
        })
        .collect();
    let legend = legend((metric, per_capita), &uppers, &tiles, lang);
    let title = match metric {
        MapMetric::Figure(m) if per_capita => {
            let national = crate::dashboard::per_capita::format(
                crate::dashboard::per_capita::national(&report.total, m),
            );
            fill(
                texts(lang).chart_title,
                &[
                    (
                        "metric",
                        &format!("{}{}", m.label(lang), texts(lang).per_capita_title),
                    ),
                    ("national", &national),
                ],
            )
        }
        MapMetric::Figure(m) => fill(
            texts(lang).chart_title,
            &[
                ("metric", &m.label(lang)),
                ("national", &format_count(report.total.get(m))),
            ],
        ),
        derived => derived.label(lang).to_owned(),
    };
    let summary = summary((metric, per_capita), &tiles, lang);
    MapData {
        metric,
        per_capita,
        tiles,
        breaks: uppers,
        legend,
        title,
        summary,
    }
}

/// The competition rank of `v` among `all`, largest first.
fn rank_of(all: &[f64], v: f64) -> crate::dashboard::rank::Rank {
    let above = all.iter().filter(|&&x| x > v).count();
    let equal = all.iter().filter(|&&x| x.total_cmp(&v).is_eq()).count();
    crate::dashboard::rank::Rank {
        position: above.saturating_add(1),
        of: all.len(),
        tied: equal > 1,
    }
}

/// Each class with its range: counts as 「1〜45」 and 「300以上」, decimals as 「〜1.2」 and
/// 「1.2超〜2.0」; zero and not counted where a tile has them.
fn legend(
    (metric, per_capita): (MapMetric, bool),
    uppers: &[f64],
    tiles: &[Tile],
    lang: Lang,
) -> Vec<(Class, String)> {
    let t = texts(lang);
    let mut legend = Vec::new();
    if tiles.iter().any(|x| x.class == Class::NotCounted) {
        legend.push((Class::NotCounted, t.map_not_counted.to_owned()));
    }
    if tiles.iter().any(|x| x.class == Class::Zero) {
        legend.push((Class::Zero, "0".to_owned()));
    }
    let counts = matches!(metric, MapMetric::Figure(_)) && !per_capita;
    let format = |v: f64| metric.format(Some(v), per_capita);
    let mut lower: Option<f64> = None;
    for (k, &upper) in uppers.iter().enumerate() {
        let hi = format(upper);
        let text = match (counts, lower) {
            (true, None) => fill(t.map_range, &[("lo", &"1"), ("hi", &hi)]),
            (true, Some(lo)) => {
                let lo = format_count(whole(lo).saturating_add(1));
                if k.saturating_add(1) == uppers.len() {
                    fill(t.map_range_top, &[("lo", &lo)])
                } else {
                    fill(t.map_range, &[("lo", &lo), ("hi", &hi)])
                }
            }
            (false, None) => fill(t.map_range_up_to, &[("hi", &hi)]),
            (false, Some(lo)) => fill(t.map_range_over, &[("lo", &format(lo)), ("hi", &hi)]),
        };
        legend.push((Class::Step(k), text));
        lower = Some(upper);
    }
    legend
}

/// 「求職者数: 最大 東京都 830、最小 鳥取県 8（47 都道府県）」 among the tiles shown, every
/// prefecture that ties named (up to three, then how many more), as the chart's summary.
fn summary((metric, per_capita): (MapMetric, bool), tiles: &[Tile], lang: Lang) -> String {
    let t = texts(lang);
    let shown: Vec<(&Tile, f64)> = tiles
        .iter()
        .filter(|x| x.shown)
        .filter_map(|x| x.value.map(|v| (x, v)))
        .collect();
    let max = shown.iter().map(|(_, v)| *v).reduce(f64::max);
    let min = shown.iter().map(|(_, v)| *v).reduce(f64::min);
    let (Some(max), Some(min)) = (max, min) else {
        return t.chart_empty.to_owned();
    };
    let names = |value: f64| {
        let mut tied: Vec<&Tile> = shown
            .iter()
            .filter(|(_, v)| v.total_cmp(&value).is_eq())
            .map(|(x, _)| *x)
            .collect();
        tied.sort_by_key(|x| x.code);
        let first: Vec<&str> = tied.iter().take(3).map(|x| x.name.as_str()).collect();
        let names = first.join(t.tie_separator);
        match tied.len().saturating_sub(3) {
            0 => names,
            more => fill(t.tie_more, &[("names", &names), ("more", &more)]),
        }
    };
    fill(
        t.map_summary,
        &[
            ("metric", &metric.label(lang)),
            ("max_name", &names(max)),
            ("max", &metric.format(Some(max), per_capita)),
            ("min_name", &names(min)),
            ("min", &metric.format(Some(min), per_capita)),
            ("n", &shown.len()),
        ],
    )
}

/// A tile's accessible name and hover line: 「東京都 求職者数 830（47中1位）」.
pub fn tile_label(data: &MapData, tile: &Tile, lang: Lang) -> String {
    let t = texts(lang);
    let rank = tile.rank.map_or_else(String::new, |k| {
        let template = if k.tied {
            t.sheet_rank_tied
        } else {
            t.sheet_rank
        };
        fill(
            t.map_rank,
            &[(
                "rank",
                &fill(template, &[("of", &k.of), ("position", &k.position)]),
            )],
        )
    });
    fill(
        t.map_tile,
        &[
            ("name", &tile.name),
            ("metric", &data.metric.label(lang)),
            ("value", &tile.text),
            ("rank", &rank),
        ],
    )
}

#[cfg(test)]
mod tests {
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
            (MapMetric::Figure(Metric::JobSeekers), false),
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
            (MapMetric::Figure(Metric::VaccinationTrained), false),
            Lang::En,
        );
        assert!(d.legend.iter().any(|(c, s)| *c == Class::Zero && s == "0"));
        let hokkaido = &d.tiles[0];
        assert_eq!(
            (hokkaido.short.as_str(), hokkaido.class),
            ("Hokkaido", Class::Zero)
        );
        // A ratio: one decimal.
        let d = map_data(&r, &kanto, (MapMetric::SeekersPerOpening, true), Lang::Ja);
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
            (MapMetric::Figure(Metric::JobSeekers), true),
            Lang::Ja,
        );
        let tokyo = d
            .tiles
            .iter()
            .find(|t| t.code == PrefectureCode(13))
            .unwrap();
        assert_eq!(tokyo.text, "5.9", "830 / 14,047,594 × 100,000");
        assert_eq!(
            d.title,
            "求職者数（人口10万人当たり、計算値）（全国計 7.8）"
        );
    }
}
