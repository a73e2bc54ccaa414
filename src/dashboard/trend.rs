//! The trend of one figure over the tables known (kept and bundled): its points by the date each
//! table stands at (a time axis: uneven gaps stay uneven), the nation's line, the selected
//! prefecture's and those the filter shows (up to [`MAX_LINES`]; more are small multiples, one
//! small chart each), and the falls between consecutive tables. What the trend view, its
//! pictures and its screen-reader table draw from; it knows nothing of egui.

use crate::dashboard::State;
use crate::dashboard::chart_data::chart_metric;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::scale::{Amount, Scale};
use crate::report::{Metric, Report};
use crate::texts::{fill, format_date, texts};

#[cfg(test)]
mod tests;

/// The most prefectures drawn as lines in one chart; beyond it, one small chart each.
pub const MAX_LINES: usize = 8;

/// The most tables the line under the trend names one by one.
pub const TABLES_NAMED: usize = 6;

/// A table the trend stands on: the date its figures stand at and where they come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableAt {
    /// The date (ISO 8601).
    pub date: String,
    /// The date as a day number (days since 1970-01-01): the time axis.
    pub day: i64,
    /// The file the table was imported from; none for the notice's own table.
    pub imported_from: Option<String>,
}

impl TableAt {
    /// 「2021年5月19日（通知の別紙3）」 or 「2021年6月2日（取込: table.xlsx）」.
    pub fn describe(&self, lang: Lang) -> String {
        let t = texts(lang);
        let date = format_date(&self.date, lang);
        match &self.imported_from {
            Some(file) => fill(t.trend.table_imported, &[("date", &date), ("file", file)]),
            None => fill(t.trend.table_notice, &[("date", &date)]),
        }
    }
}

/// One line: a place's figure in each table, in time order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The prefecture; none for the nation (計).
    pub code: Option<PrefectureCode>,
    /// Its name in the window's language.
    pub name: String,
    /// Its value in each table (none where the table lacks it or it is not defined).
    pub values: Vec<Option<Amount>>,
    /// Whether it is the selected prefecture.
    pub selected: bool,
}

impl Line {
    /// The points lower than the point before them (both there): falls between consecutive
    /// tables, by the later point's index.
    pub fn falls(&self) -> Vec<usize> {
        self.values
            .windows(2)
            .enumerate()
            .filter_map(|(i, pair)| match pair {
                [Some(a), Some(b)] if b < a => Some(i.saturating_add(1)),
                _ => None,
            })
            .collect()
    }

    /// The last point there: its index and value.
    pub fn last(&self) -> Option<(usize, Amount)> {
        self.values
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, v)| v.map(|v| (i, v)))
    }

    /// The largest value, as held (the scale's smallest step); 0 when none.
    pub fn max_held(&self) -> u32 {
        self.values
            .iter()
            .flatten()
            .map(|a| a.held())
            .max()
            .unwrap_or(0)
    }
}

/// What the trend draws: the tables, the nation's line, the lines of the main chart and the
/// small multiples.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendData {
    /// The figure.
    pub metric: Metric,
    /// Counts or per 100,000 people.
    pub scale: Scale,
    /// The tables, in time order.
    pub tables: Vec<TableAt>,
    /// The nation's line (計).
    pub nation: Line,
    /// The prefectures drawn as lines: the selected one first, then those the filter shows
    /// when they are [`MAX_LINES`] or fewer.
    pub lines: Vec<Line>,
    /// Every prefecture the filter shows, one small chart each, when they are more than
    /// [`MAX_LINES`].
    pub multiples: Vec<Line>,
    /// The sources of the tables, once each (the notice's; the imported files).
    pub sources: String,
}

impl TrendData {
    /// Whether the nation gets a panel of its own: counts are an order larger than any
    /// prefecture's; per 100,000 people it shares the prefectures' axis.
    pub fn nation_apart(&self) -> bool {
        self.scale.adds_up()
    }

    /// How many falls the chart marks, over every line it draws.
    pub fn fall_count(&self) -> usize {
        std::iter::once(&self.nation)
            .chain(&self.lines)
            .chain(&self.multiples)
            .map(|l| l.falls().len())
            .sum()
    }

    /// 「求職者数の推移（2021年5月19日〜2021年6月16日、表4件）」.
    pub fn title(&self, lang: Lang) -> String {
        let (from, to) = match (self.tables.first(), self.tables.last()) {
            (Some(a), Some(b)) => (format_date(&a.date, lang), format_date(&b.date, lang)),
            _ => (String::new(), String::new()),
        };
        fill(
            texts(lang).trend.title,
            &[
                ("metric", &self.scale.label(self.metric, lang)),
                ("from", &from),
                ("to", &to),
                ("count", &self.tables.len()),
            ],
        )
    }

    /// The line under the chart naming each point's table: 「各点の表: 2021年5月19日（通知の別紙3）、
    /// …」; past [`TABLES_NAMED`] tables the first two and the last two, with their count (each
    /// point names its own on hover, and the screen reader's table and the CSV every one).
    pub fn tables_line(&self, lang: Lang) -> String {
        let t = texts(lang);
        let named = |tables: &[TableAt]| {
            let names: Vec<String> = tables.iter().map(|x| x.describe(lang)).collect();
            names.join(t.window.list_separator)
        };
        match (self.tables.get(..2), self.tables.len().checked_sub(2)) {
            (Some(first), Some(from)) if self.tables.len() > TABLES_NAMED => fill(
                t.trend.tables_line_many,
                &[
                    ("count", &self.tables.len()),
                    ("first", &named(first)),
                    ("last", &named(self.tables.get(from..).unwrap_or_default())),
                ],
            ),
            _ => fill(t.trend.tables_line, &[("tables", &named(&self.tables))]),
        }
    }
}

impl TrendData {
    /// The falls marked on the main chart's lines (the nation's and the prefectures').
    pub fn main_falls(&self) -> usize {
        std::iter::once(&self.nation)
            .chain(&self.lines)
            .map(|l| l.falls().len())
            .sum()
    }

    /// The lines under the trend: the filter (if any), each point's table, the falls' caveat
    /// when a fall is marked (counted over the small multiples too when `multiples` are
    /// drawn), the sources, the census per 100,000 people.
    pub fn footer(&self, state: &State, multiples: bool) -> Vec<String> {
        let lang = state.lang;
        let t = texts(lang);
        let mut lines: Vec<String> = crate::dashboard::source::filter_line(state)
            .into_iter()
            .collect();
        lines.push(self.tables_line(lang));
        let falls = if multiples {
            self.fall_count()
        } else {
            self.main_falls()
        };
        if falls > 0 {
            lines.push(fill(t.trend.falls_note, &[("count", &falls)]));
        }
        lines.push(self.sources.clone());
        lines.extend(self.scale.source_line(lang).map(str::to_owned));
        lines
    }
}

/// The day number (days since 1970-01-01) of an ISO 8601 date; none for another text.
pub fn day_number(iso: &str) -> Option<i64> {
    let mut parts = iso.splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    // Howard Hinnant's days-from-civil, in eras of 400 years (146,097 days), March first.
    // The year is from 1 on: no negative era.
    let y = if month <= 2 {
        year.saturating_sub(1)
    } else {
        year
    };
    let era = y / 400;
    let year_of_era = y.saturating_sub(era.saturating_mul(400));
    let shifted_month = month.saturating_add(9) % 12;
    let day_of_year = (shifted_month.saturating_mul(153).saturating_add(2) / 5)
        .saturating_add(day)
        .saturating_sub(1);
    let day_of_era = year_of_era
        .saturating_mul(365)
        .saturating_add(year_of_era / 4)
        .saturating_sub(year_of_era / 100)
        .saturating_add(day_of_year);
    Some(
        era.saturating_mul(146_097)
            .saturating_add(day_of_era)
            .saturating_sub(719_468),
    )
}

/// The tables in time order as the trend's points: their dates on the time axis (a date that
/// cannot be read stands a day after the one before) and their origin.
fn tables_at(tables: &[&Report]) -> Vec<TableAt> {
    let mut out: Vec<TableAt> = Vec::with_capacity(tables.len());
    for r in tables {
        let before = out.last().map(|t| t.day.saturating_add(1));
        let day = day_number(&r.meta.compiled.date)
            .or(before)
            .unwrap_or_default();
        out.push(TableAt {
            date: r.meta.compiled.date.clone(),
            day,
            imported_from: r.meta.imported_from.clone(),
        });
    }
    out
}

/// A prefecture's line over `tables`: its name from the newest table that has it.
fn line_of(
    tables: &[&Report],
    code: PrefectureCode,
    (metric, scale, lang): (Metric, Scale, Lang),
    selected: bool,
) -> Line {
    let name = tables
        .iter()
        .rev()
        .find_map(|r| r.row(code))
        .map_or_else(|| code.two_digits(), |row| row.name_in(lang).to_owned());
    Line {
        code: Some(code),
        name,
        values: tables
            .iter()
            .map(|r| {
                r.row(code)
                    .and_then(|row| scale.amount(Some(code), &row.figures, metric))
            })
            .collect(),
        selected,
    }
}

/// The trend of the chart's figure (`state.metric`, on `state.scale`) over `tables` (in time
/// order, [`crate::report::series::in_time_order`]), for the prefectures `shown` by the filter
/// (in the table's order) and the selected one.
pub fn trend_data(tables: &[&Report], state: &State, shown: &[PrefectureCode]) -> TrendData {
    let (metric, scale, lang) = (chart_metric(state.metric), state.scale, state.lang);
    let how = (metric, scale, lang);
    let nation = Line {
        code: None,
        name: texts(lang).trend.nation.to_owned(),
        values: tables
            .iter()
            .map(|r| scale.amount(None, &r.total, metric))
            .collect(),
        selected: false,
    };
    let mut lines: Vec<Line> = state
        .selected
        .map(|code| line_of(tables, code, how, true))
        .into_iter()
        .collect();
    let mut multiples = Vec::new();
    if shown.len() <= MAX_LINES {
        lines.extend(
            shown
                .iter()
                .filter(|&&c| Some(c) != state.selected)
                .map(|&c| line_of(tables, c, how, false)),
        );
    } else {
        multiples = shown
            .iter()
            .map(|&c| line_of(tables, c, how, Some(c) == state.selected))
            .collect();
    }
    TrendData {
        metric,
        scale,
        tables: tables_at(tables),
        nation,
        lines,
        multiples,
        sources: crate::dashboard::summary::sources(tables, lang),
    }
}
