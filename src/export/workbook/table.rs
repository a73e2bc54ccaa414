//! The workbook's first sheet as values, without the writer: its title and what the filter and
//! sort show, its columns in the CSV's order (the counts, the phone, the population and the
//! figures per 100,000 people, the changes) and the window's derived columns, 計 and the
//! filtered sum, the rows shown, and the lines under the table. Cells hold values (counts,
//! tenths, changes), not text: the sheet's number formats print them as the window does.

use crate::census;
use crate::dashboard::ViewContext;
use crate::dashboard::provenance::{note_line, notes_heading, period_line};
use crate::dashboard::rows::{SortKey, seekers_per_opening, vaccination_share};
use crate::derived::Tenths;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::csv::{change_header, header, per_capita_header};
use crate::report::scale::{Amount, Scale};
use crate::report::{Figures, Metric, Report};
use crate::texts::{fill, format_count, format_date, texts};

/// A cell's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Nothing (a figure that is not defined, a prefecture the earlier table lacks).
    Empty,
    /// Text (codes and phones stay text: 01, not 1).
    Text(String),
    /// A count.
    Count(u32),
    /// A derived value to one decimal.
    Tenths(Tenths),
    /// A change from the earlier table (derived).
    Change(i64),
}

/// One column of the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    /// The JIS code, as text.
    Code,
    /// The prefecture.
    Name,
    /// A figure of the table.
    Figure(Metric),
    /// The nurse centre's phone.
    Phone,
    /// The population (2020 census; another source).
    Population,
    /// A figure per 100,000 people (derived).
    PerCapita(Metric),
    /// A figure's change from the earlier table (derived).
    Change(Metric),
    /// 求職者数÷求人数 (derived).
    SeekersPerOpening,
    /// The vaccination share of openings, in percent (derived).
    VaccinationShare,
}

impl Value {
    /// The value as the window prints it (for widths; the cell itself holds the number).
    pub fn shown(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(s) => s.clone(),
            Self::Count(n) => format_count(*n),
            Self::Tenths(t) => t.to_string(),
            Self::Change(c) => crate::report::compare::format_change(*c),
        }
    }
}

impl Col {
    /// A computed column, not the source's.
    pub const fn is_derived(self) -> bool {
        matches!(
            self,
            Self::PerCapita(_) | Self::Change(_) | Self::SeekersPerOpening | Self::VaccinationShare
        )
    }

    /// Printed in the figures' font (half-width digits): every column but the prefecture's
    /// name.
    pub const fn in_figures_font(self) -> bool {
        !matches!(self, Self::Name)
    }
}

/// What a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// The published 計.
    Total,
    /// The sum of the rows shown (derived), when a filter is on.
    FilteredSum,
    /// A prefecture.
    Prefecture,
}

/// A row of the sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// What it stands for.
    pub kind: RowKind,
    /// A cell per column.
    pub cells: Vec<Value>,
}

/// The first sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableSheet {
    /// The title with the table's date.
    pub title: String,
    /// The page header's left part: the short title.
    pub short_title: String,
    /// The page header's right part: the table's date.
    pub date: String,
    /// Under the title: what the filter shows and the sort, when not the source's order.
    pub under_title: Vec<String>,
    /// The columns.
    pub columns: Vec<Col>,
    /// Their headers, as the CSV's.
    pub headers: Vec<String>,
    /// What a header's comment says (a derived column's formula, a figure's notes).
    pub comments: Vec<Option<String>>,
    /// 計, the filtered sum when filtered, then the rows shown in their order.
    pub rows: Vec<Row>,
    /// Under the table: what italics mean, the period, the source(s), the census, the notes.
    pub lines: Vec<String>,
}

/// The columns for what is on: the CSV's (counts, phone; population and per 100,000 people;
/// changes), then the window's derived columns.
fn columns(cx: &ViewContext<'_>) -> Vec<Col> {
    let mut cols = vec![Col::Code, Col::Name];
    cols.extend(Metric::ALL.map(Col::Figure));
    cols.push(Col::Phone);
    if cx.scale().is_derived() {
        cols.push(Col::Population);
        cols.extend(Metric::ALL.map(Col::PerCapita));
    }
    if cx.earlier.is_some() {
        cols.extend(Metric::ALL.map(Col::Change));
    }
    if cx.state.show_seekers_per_opening {
        cols.push(Col::SeekersPerOpening);
    }
    if cx.state.show_vaccination_share {
        cols.push(Col::VaccinationShare);
    }
    cols
}

/// A column's header: the CSV's for its columns, the window's for the derived ones.
fn header_of(col: Col, lang: Lang) -> String {
    let at = |list: &[&str], m: Metric| {
        let i = Metric::ALL.iter().position(|&x| x == m).unwrap_or(0);
        list.get(i).copied().unwrap_or_default().to_owned()
    };
    let csv = header(lang);
    let per_capita = per_capita_header(lang);
    match col {
        Col::Code => csv.first().copied().unwrap_or_default().to_owned(),
        Col::Name => csv.get(1).copied().unwrap_or_default().to_owned(),
        Col::Figure(m) => m.label(lang).to_owned(),
        Col::Phone => csv.last().copied().unwrap_or_default().to_owned(),
        Col::Population => per_capita.first().copied().unwrap_or_default().to_owned(),
        Col::PerCapita(m) => at(per_capita.get(1..).unwrap_or_default(), m),
        Col::Change(m) => at(&change_header(lang), m),
        Col::SeekersPerOpening => texts(lang).table.derived_seekers_per_opening.to_owned(),
        Col::VaccinationShare => texts(lang).table.derived_vaccination_share.to_owned(),
    }
}

/// A header's comment: a derived column's formula, the population's source, a figure's notes.
fn comment_of(col: Col, cx: &ViewContext<'_>) -> Option<String> {
    let (report, lang) = (cx.report, cx.lang());
    let t = texts(lang);
    match col {
        Col::Code | Col::Name | Col::Phone => None,
        Col::Figure(m) => {
            let notes: Vec<String> = report
                .meta
                .notes
                .iter()
                .filter(|n| n.column == m)
                .map(|n| note_line(report, n, lang))
                .collect();
            (!notes.is_empty()).then(|| notes.join("\n"))
        }
        Col::Population => Some(t.sources.census_source.to_owned()),
        Col::PerCapita(m) => Some(fill(
            t.workbook.per_capita_formula,
            &[
                ("metric", &m.label(lang)),
                ("national", &format_count(census::NATIONAL)),
            ],
        )),
        Col::Change(m) => cx.earlier.map(|e| {
            fill(
                t.workbook.change_formula,
                &[
                    ("metric", &m.label(lang)),
                    ("new", &format_date(&report.meta.compiled.date, lang)),
                    ("old", &format_date(&e.meta.compiled.date, lang)),
                ],
            )
        }),
        Col::SeekersPerOpening => Some(texts(lang).window.seekers_per_opening_help.to_owned()),
        Col::VaccinationShare => Some(crate::dashboard::rows::vaccination_share_help(report, lang)),
    }
}

/// Where a row's figures come from: a prefecture, the nation (計), or the sum of some.
#[derive(Clone, Copy)]
enum Place<'a> {
    Prefecture(PrefectureCode),
    Nation,
    Sum(&'a [PrefectureCode]),
}

/// A cell of `col` for a row of `figures` at `place`, with `earlier`'s figures for a change.
fn value(col: Col, (place, figures): (Place<'_>, &Figures), earlier: Option<&Figures>) -> Value {
    let per_100k = |m: Metric| {
        let amount = match place {
            Place::Prefecture(code) => Scale::Per100k.amount(Some(code), figures, m),
            Place::Nation => Scale::Per100k.amount(None, figures, m),
            Place::Sum(codes) => Scale::Per100k.amount_of_sum(figures, codes.iter().copied(), m),
        };
        match amount {
            Some(Amount::Per100k(t)) => Value::Tenths(t),
            Some(Amount::Count(n)) => Value::Count(n),
            None => Value::Empty,
        }
    };
    let tenths = |t: Option<Tenths>| t.map_or(Value::Empty, Value::Tenths);
    match col {
        // Code, name and phone are the row's own (see `prefecture_row`).
        Col::Code | Col::Name | Col::Phone => Value::Empty,
        Col::Figure(m) => Value::Count(figures.get(m)),
        Col::Population => {
            let people = match place {
                Place::Prefecture(code) => census::population(code),
                Place::Nation => Some(census::NATIONAL),
                Place::Sum(codes) => codes
                    .iter()
                    .try_fold(0_u32, |a, &c| a.checked_add(census::population(c)?)),
            };
            people.map_or(Value::Empty, Value::Count)
        }
        Col::PerCapita(m) => per_100k(m),
        Col::Change(m) => earlier.map_or(Value::Empty, |old| {
            Value::Change(crate::dashboard::compare::change(figures, old, m))
        }),
        Col::SeekersPerOpening => tenths(seekers_per_opening(figures)),
        Col::VaccinationShare => tenths(vaccination_share(figures)),
    }
}

/// The rows: 計 first (code 00, as the CSV), the filtered sum when a filter is on, then the
/// rows shown.
fn rows(cx: &ViewContext<'_>, cols: &[Col]) -> Vec<Row> {
    let (report, lang) = (cx.report, cx.lang());
    let t = texts(lang);
    let shown: Vec<&crate::report::PrefectureRow> = cx.shown_rows().collect();
    let mut out = Vec::with_capacity(shown.len().saturating_add(2));
    let fixed = |col: Col, code: &str, name: &str| match col {
        Col::Code if !code.is_empty() => Some(Value::Text(code.to_owned())),
        Col::Name => Some(Value::Text(name.to_owned())),
        Col::Code | Col::Phone => Some(Value::Empty),
        _ => None,
    };
    let total_cells = cols
        .iter()
        .map(|&c| {
            fixed(c, "00", t.csv.total).unwrap_or_else(|| {
                value(
                    c,
                    (Place::Nation, &report.total),
                    cx.earlier.map(|e| &e.total),
                )
            })
        })
        .collect();
    out.push(Row {
        kind: RowKind::Total,
        cells: total_cells,
    });
    if cx.filtered() {
        let codes: Vec<PrefectureCode> = shown.iter().map(|r| r.code).collect();
        let (sum, earlier_sum) = crate::dashboard::table_text::shown_sums(&shown, cx.earlier);
        let cells = cols
            .iter()
            .map(|&c| {
                fixed(c, "", t.filter.filtered_sum).unwrap_or_else(|| {
                    sum.as_ref().map_or(Value::Empty, |s| {
                        value(c, (Place::Sum(&codes), s), earlier_sum.as_ref())
                    })
                })
            })
            .collect();
        out.push(Row {
            kind: RowKind::FilteredSum,
            cells,
        });
    }
    for r in shown {
        let old = cx.earlier.and_then(|e| e.row(r.code)).map(|o| &o.figures);
        let cells = cols
            .iter()
            .map(|&c| match c {
                Col::Code => Value::Text(r.code.two_digits()),
                Col::Name => Value::Text(r.name_in(lang).to_owned()),
                Col::Phone => Value::Text(r.phone.clone()),
                _ => value(c, (Place::Prefecture(r.code), &r.figures), old),
            })
            .collect();
        out.push(Row {
            kind: RowKind::Prefecture,
            cells,
        });
    }
    out
}

/// 「並び順: 求職者数（降順）」 when the rows are not in the source's order.
fn sort_line(cx: &ViewContext<'_>) -> Option<String> {
    let (sort, lang) = (cx.state.sort, cx.lang());
    let t = texts(lang);
    let column = match sort.key {
        SortKey::Code if !sort.descending => return None,
        SortKey::Code => header_of(Col::Code, lang),
        SortKey::Name => header_of(Col::Name, lang),
        SortKey::Metric(m) => match cx.scale() {
            Scale::Counts => header_of(Col::Figure(m), lang),
            Scale::Per100k => header_of(Col::PerCapita(m), lang),
        },
        SortKey::SeekersPerOpening => header_of(Col::SeekersPerOpening, lang),
        SortKey::VaccinationShare => header_of(Col::VaccinationShare, lang),
        SortKey::Change(m) => header_of(Col::Change(m), lang),
    };
    let order = if sort.descending {
        t.workbook.descending
    } else {
        t.workbook.ascending
    };
    Some(fill(
        t.workbook.sorted,
        &[("column", &column), ("order", &order)],
    ))
}

/// The lines under the table.
fn lines_under(cx: &ViewContext<'_>, cols: &[Col]) -> Vec<String> {
    let (report, lang) = (cx.report, cx.lang());
    let t = texts(lang);
    let mut lines = Vec::new();
    if cols.iter().any(|c| c.is_derived()) || cx.filtered() {
        lines.push(t.workbook.derived_legend.to_owned());
    }
    lines.push(period_line(report, lang));
    let change = cx
        .earlier
        .map(|e| crate::dashboard::compare::change_line(e, report, lang));
    lines.push(crate::dashboard::source::source_compared(
        report,
        change.as_deref(),
        lang,
    ));
    if let Some(census) = cx.scale().source_line(lang) {
        lines.push(census.to_owned());
    }
    if !report.meta.notes.is_empty() && report.notes_are_another_tables() {
        lines.push(notes_heading(report, lang));
    }
    lines.extend(report.meta.notes.iter().map(|n| note_line(report, n, lang)));
    lines
}

impl TableSheet {
    /// The sheet of what `cx` shows.
    pub fn of(cx: &ViewContext<'_>) -> Self {
        let (report, lang) = (cx.report, cx.lang());
        let t = texts(lang);
        let columns = columns(cx);
        let date = format_date(&report.meta.compiled.date, lang);
        let mut under_title: Vec<String> = Vec::new();
        if let Some(filter) = crate::dashboard::source::filter_line(cx.state) {
            let count = fill(
                t.table.showing,
                &[("total", &report.rows.len()), ("shown", &cx.shown.len())],
            );
            under_title.push(format!("{filter}{}{count}", t.window.list_separator));
        }
        under_title.extend(sort_line(cx));
        Self {
            title: fill(
                t.workbook.title,
                &[("title", &report.meta.title.get(lang)), ("date", &date)],
            ),
            short_title: report.meta.short_title.get(lang).to_owned(),
            date,
            under_title,
            headers: columns.iter().map(|&c| header_of(c, lang)).collect(),
            comments: columns.iter().map(|&c| comment_of(c, cx)).collect(),
            rows: rows(cx, &columns),
            lines: lines_under(cx, &columns),
            columns,
        }
    }
}

/// The whole table of `report` as `export-csv` writes it: every row in code order.
pub fn all_rows(report: &Report) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..report.rows.len()).collect();
    rows.sort_by_key(|&i| report.rows.get(i).map(|r| r.code));
    rows
}
