//! The tile map, without egui: the 47 prefectures as equal squares in the 7x7 layout of the
//! カラム地図 (tabularmaps, CC0), so that Tokyo, Osaka and Kagawa are as visible as Hokkaido;
//! each tile's figure for the chosen metric, its class on a sequential scale with stated
//! breaks, its rank; the neighbours the arrow keys move to; the title and the summary.

use serde::{Deserialize, Serialize};

use crate::dashboard::format::format_derived;

use crate::dashboard::rows;
use crate::derived::Tenths;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::scale::{Amount, Scale, show};
use crate::report::{Figures, Metric, Report};
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
            Self::SeekersPerOpening => texts(lang).window.seekers_per_opening_derived,
            Self::VaccinationShare => texts(lang).window.vaccination_share_derived,
        }
    }

    /// Its name as the values are: 「求職者数（人口10万人当たり、計算値）」 per 100,000 people.
    pub fn label_as(self, scale: Scale, lang: Lang) -> String {
        match self {
            Self::Figure(m) => scale.label(m, lang),
            other => other.label(lang).to_owned(),
        }
    }

    /// Computed, not the source's.
    pub fn is_derived(self) -> bool {
        !matches!(self, Self::Figure(_))
    }

    /// A prefecture's value as shown (a figure on `scale`, a
    /// derived value rounded to one decimal), so that classes and ranks are those of what the
    /// tile prints; `None` where it is not defined (a ratio with no openings).
    pub fn value(self, code: PrefectureCode, f: &Figures, scale: Scale) -> Option<f64> {
        let shown = match self {
            Self::Figure(m) => return scale.amount(Some(code), f, m).map(Amount::to_f64),
            Self::SeekersPerOpening => rows::seekers_per_opening(f),
            Self::VaccinationShare => rows::vaccination_share(f),
        };
        shown.map(Tenths::to_f64)
    }

    /// A value as the tile writes it: a count with separators, a ratio or a figure per
    /// 100,000 people to one decimal, a share with %; a dash where it is not defined.
    pub fn format(self, v: Option<f64>, scale: Scale) -> String {
        match (self, v) {
            (Self::Figure(_), v) => show(v.and_then(|v| scale.amount_from_f64(v))),
            (Self::VaccinationShare, v) => format_derived(v.and_then(Tenths::from_shown), "%"),
            (_, v) => format_derived(v.and_then(Tenths::from_shown), ""),
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
    /// The scale of its figures (counts for the derived ratios, whatever was chosen).
    pub scale: Scale,
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

impl MapData {
    /// Whether its values are divided by the census populations (a figure per 100,000 people;
    /// the ratios are not), so that the census is named under it.
    pub fn names_the_census(&self) -> bool {
        self.scale.uses_census()
    }
}

/// The map for the report, with the rows shown (`shown`: indices into its rows) in colour;
/// figures on `scale` (the ratios are their own measure: counts).
pub fn map_data(
    report: &Report,
    shown: &[usize],
    (metric, scale): (MapMetric, Scale),
    lang: Lang,
) -> MapData {
    with_shown(
        map_of_all(report, (metric, scale), lang),
        report,
        shown,
        lang,
    )
}

/// `data` with the prefectures of the rows `shown` in colour, and its summary of them.
fn with_shown(mut data: MapData, report: &Report, shown: &[usize], lang: Lang) -> MapData {
    // A prefecture is shown when the filter shows any of its rows.
    let mut is_shown = [false; 48];
    for r in shown.iter().filter_map(|&i| report.rows.get(i)) {
        if let Some(s) = is_shown.get_mut(usize::from(r.code.0)) {
            *s = true;
        }
    }
    for tile in &mut data.tiles {
        tile.shown = is_shown
            .get(usize::from(tile.code.0))
            .copied()
            .unwrap_or(false);
    }
    data.summary = summary((data.metric, data.scale), &data.tiles, lang);
    data
}

/// The map with no prefecture shown yet (see [`with_shown`]): what does not change with the
/// filter.
fn map_of_all(report: &Report, (metric, scale): (MapMetric, Scale), lang: Lang) -> MapData {
    let scale = if metric.is_derived() {
        Scale::Counts
    } else {
        scale
    };
    // A tile per prefecture: the first row of each code (a report has one; a synthetic table
    // of thousands repeats them), and whether the filter shows it, each looked up once.
    let mut seen = [false; 48];
    let rows: Vec<&crate::report::PrefectureRow> = report
        .rows
        .iter()
        .filter(|r| {
            seen.get_mut(usize::from(r.code.0))
                .is_some_and(|s| !std::mem::replace(s, true))
        })
        .collect();
    let values: Vec<Option<f64>> = rows
        .iter()
        .map(|r| metric.value(r.code, &r.figures, scale))
        .collect();
    let all: Vec<f64> = values.iter().flatten().copied().collect();
    let uppers = breaks(&all);
    let tiles: Vec<Tile> = rows
        .iter()
        .enumerate()
        .filter_map(|(k, &r)| {
            let info = crate::prefecture::by_code(r.code)?;
            let value = values.get(k).copied().flatten();
            Some(Tile {
                code: r.code,
                at: position(r.code)?,
                short: match lang {
                    Lang::Ja => info.kanji_short.clone(),
                    Lang::En => info.english.clone(),
                },
                name: r.name_in(lang).to_owned(),
                value,
                text: metric.format(value, scale),
                class: class_of(&uppers, value),
                shown: false,
                rank: value.map(|v| rank_of(&all, v)),
            })
        })
        .collect();
    let legend = legend((metric, scale), &uppers, &tiles, lang);
    let title = match metric {
        MapMetric::Figure(m) => fill(
            scale.title_template(lang),
            &[
                ("metric", &scale.label(m, lang)),
                ("national", &show(scale.amount(None, &report.total, m))),
            ],
        ),
        MapMetric::VaccinationShare => rows::vaccination_share_title(report, lang),
        MapMetric::SeekersPerOpening => MapMetric::SeekersPerOpening.label(lang).to_owned(),
    };
    MapData {
        metric,
        scale,
        tiles,
        breaks: uppers,
        legend,
        title,
        summary: String::new(),
    }
}

/// The competition rank of `v` among `all`, largest first.
/// The map's data for the rows shown, made again only when they or the choices change (a new
/// report comes with a new cache).
#[derive(Default)]
pub struct MapCache {
    key: Option<(Vec<usize>, MapMetric, Scale, Lang)>,
    data: Option<std::sync::Arc<MapData>>,
    /// The map before the filter ([`map_of_all`]), kept while the choices stand: a keystroke
    /// in the search box only colours its tiles and says its summary again.
    all: Option<((MapMetric, Scale, Lang), MapData)>,
}

impl MapCache {
    /// The data for these inputs.
    pub fn get(
        &mut self,
        report: &Report,
        shown: &[usize],
        (metric, scale): (MapMetric, Scale),
        lang: Lang,
    ) -> std::sync::Arc<MapData> {
        let fresh = self.key.as_ref().is_some_and(|(s, m, sc, l)| {
            s.as_slice() == shown && *m == metric && *sc == scale && *l == lang
        });
        if fresh && let Some(data) = &self.data {
            return std::sync::Arc::clone(data);
        }
        let all = match &mut self.all {
            Some((key, all)) if *key == (metric, scale, lang) => all,
            slot => {
                let all = map_of_all(report, (metric, scale), lang);
                &mut slot.insert(((metric, scale, lang), all)).1
            }
        };
        let data = std::sync::Arc::new(with_shown(all.clone(), report, shown, lang));
        self.key = Some((shown.to_vec(), metric, scale, lang));
        self.data = Some(std::sync::Arc::clone(&data));
        data
    }
}

fn rank_of(all: &[f64], v: f64) -> crate::dashboard::rank::Rank {
    let above = all.iter().filter(|&&x| x > v).count();
    let equal = all.iter().filter(|&&x| x.total_cmp(&v).is_eq()).count();
    crate::dashboard::rank::Rank {
        position: above.saturating_add(1),
        of: all.len(),
        tied: equal > 1,
    }
}

mod words;
pub use words::{description, tile_label};
use words::{legend, summary};

#[cfg(test)]
mod tests;
