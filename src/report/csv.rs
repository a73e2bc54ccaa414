//! The table as CSV: UTF-8 with a BOM (so Excel in Japan reads it), CRLF, a header row, figures
//! as plain integers. The same columns as the on-screen table.

use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::model::{Figures, Metric, PrefectureRow, Report};
use crate::report::scale::Scale;
use crate::texts::texts;

/// The UTF-8 byte-order mark Excel needs to read UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writing CSV failed (only possible for a failing writer, never for memory).
#[derive(Debug, thiserror::Error)]
#[error("cannot write CSV: {0}")]
pub struct CsvError(#[from] csv::Error);

/// The header row.
pub fn header(lang: Lang) -> Vec<&'static str> {
    let mut h = vec![texts(lang).csv.code, texts(lang).table.prefecture];
    h.extend(Metric::ALL.iter().map(|m| m.label(lang)));
    h.push(texts(lang).csv.phone);
    h
}

fn figure_fields(f: &Figures) -> impl Iterator<Item = String> + '_ {
    Metric::ALL.iter().map(|m| f.get(*m).to_string())
}

/// The columns a table export adds after the phone: the population and the seven figures
/// per 100,000 people (2020 census, derived), then the seven changes from an earlier report
/// (new minus old, derived).
#[derive(Clone, Copy, Debug, Default)]
pub struct Extra<'a> {
    /// The earlier report compared with, if any.
    pub earlier: Option<&'a Report>,
    /// The scale shown: per 100,000 people adds the population and the figures per 100,000
    /// people after the counts (which stay, as published).
    pub scale: Scale,
}

/// The population column and the seven per-100,000 headers.
pub fn per_capita_header(lang: Lang) -> [&'static str; 8] {
    let t = texts(lang);
    [
        t.csv.population,
        t.csv.per_capita_job_seekers,
        t.csv.per_capita_openings,
        t.csv.per_capita_vaccination_openings,
        t.csv.per_capita_referrals,
        t.csv.per_capita_employed,
        t.csv.per_capita_vaccination_employed,
        t.csv.per_capita_vaccination_trained,
    ]
}

/// The columns `scale` adds for a place (`None`: the nation): for per 100,000 people its
/// population and the seven figures per 100,000 of it, one decimal, empty where there is no
/// population.
fn scale_fields(scale: Scale, code: Option<PrefectureCode>, f: &Figures) -> Vec<String> {
    match scale {
        Scale::Counts => Vec::new(),
        Scale::Per100k => {
            let population = code.map_or(Some(crate::census::NATIONAL), crate::census::population);
            let mut out = vec![population.map_or_else(String::new, |p| p.to_string())];
            out.extend(Metric::ALL.iter().map(|&m| {
                scale
                    .amount(code, f, m)
                    .map_or_else(String::new, |v| v.to_string())
            }));
            out
        }
    }
}

/// The headers of the columns `scale` adds.
fn scale_header(scale: Scale, lang: Lang) -> Vec<String> {
    match scale {
        Scale::Counts => Vec::new(),
        Scale::Per100k => per_capita_header(lang).map(str::to_owned).to_vec(),
    }
}

/// The cells of the given rows as the CSV writes them, the header first (for the clipboard's
/// HTML table).
pub fn table_records<'a>(
    rows: impl IntoIterator<Item = &'a PrefectureRow>,
    total: Option<&Figures>,
    extra: Extra<'_>,
    lang: Lang,
) -> Vec<Vec<String>> {
    records(rows, total, extra, lang, str::to_owned)
}

/// The records of the given rows in the given order: the header, the published 計 first (code
/// `00`, no phone) when `total` is given, and `extra`'s columns after the phone (計 per
/// 100,000 of the national population); a prefecture `earlier` lacks has empty changes.
fn records<'a>(
    rows: impl IntoIterator<Item = &'a PrefectureRow>,
    total: Option<&Figures>,
    extra: Extra<'_>,
    lang: Lang,
    cell: fn(&str) -> String,
) -> Vec<Vec<String>> {
    let mut head: Vec<String> = header(lang).into_iter().map(str::to_owned).collect();
    head.extend(scale_header(extra.scale, lang));
    if extra.earlier.is_some() {
        head.extend(change_header(lang).map(str::to_owned));
    }
    let changes = |new: &Figures, was: Option<&Figures>| -> Vec<String> {
        was.map_or_else(
            || vec![String::new(); 7],
            |o| {
                crate::report::compare::change(new, o)
                    .iter()
                    .map(i64::to_string)
                    .collect()
            },
        )
    };
    let mut out = vec![head];
    if let Some(t) = total {
        let mut rec = vec!["00".to_owned(), texts(lang).csv.total.to_owned()];
        rec.extend(figure_fields(t));
        rec.push(String::new());
        rec.extend(scale_fields(extra.scale, None, t));
        if let Some(e) = extra.earlier {
            rec.extend(changes(t, Some(&e.total)));
        }
        out.push(rec);
    }
    for r in rows {
        let mut rec = vec![r.code.two_digits(), cell(r.name_in(lang))];
        rec.extend(figure_fields(&r.figures));
        rec.push(cell(&r.phone));
        rec.extend(scale_fields(extra.scale, Some(r.code), &r.figures));
        if let Some(e) = extra.earlier {
            rec.extend(changes(&r.figures, e.row(r.code).map(|o| &o.figures)));
        }
        out.push(rec);
    }
    out
}

/// CSV of the given rows in the given order, with the published 計 first (code `00`, no
/// phone) when `total` is given, and the changes from `earlier` when given.
pub fn rows_csv<'a>(
    rows: impl IntoIterator<Item = &'a PrefectureRow>,
    total: Option<&Figures>,
    extra: Extra<'_>,
    lang: Lang,
) -> Result<Vec<u8>, CsvError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    for rec in records(rows, total, extra, lang, str::to_owned) {
        w.write_record(&rec)?;
    }
    w.into_inner().map_err(|e| CsvError(e.into_error().into()))
}

/// The given rows as tab-separated text with the header and CRLF line ends, for the
/// clipboard (Excel pastes it as cells). Same columns and order as [`rows_csv`].
pub fn rows_tsv<'a>(
    rows: impl IntoIterator<Item = &'a PrefectureRow>,
    total: Option<&Figures>,
    extra: Extra<'_>,
    lang: Lang,
) -> String {
    let lines: Vec<String> = records(rows, total, extra, lang, clean_cell)
        .iter()
        .map(|rec| rec.join("\t"))
        .collect();
    let mut out = lines.join("\r\n");
    out.push_str("\r\n");
    out
}

/// A cell for tab-separated text: tabs and line breaks become spaces.
fn clean_cell(s: &str) -> String {
    s.replace(['\t', '\r', '\n'], " ")
}

/// The header of the change columns `export-csv --compare` appends: 増減(求職者数) … /
/// change (job seekers) ….
pub fn change_header(lang: Lang) -> [&'static str; 7] {
    let t = texts(lang);
    Metric::ALL.map(|m| match m {
        Metric::JobSeekers => t.csv.change_job_seekers,
        Metric::Openings => t.csv.change_openings,
        Metric::VaccinationOpenings => t.csv.change_vaccination_openings,
        Metric::Referrals => t.csv.change_referrals,
        Metric::Employed => t.csv.change_employed,
        Metric::VaccinationEmployed => t.csv.change_vaccination_employed,
        Metric::VaccinationTrained => t.csv.change_vaccination_trained,
    })
}

/// The whole table in the source's order with `extra`'s columns after the phone.
pub fn report_csv_with(report: &Report, extra: Extra<'_>, lang: Lang) -> Result<Vec<u8>, CsvError> {
    let mut rows: Vec<&PrefectureRow> = report.rows.iter().collect();
    rows.sort_by_key(|r| r.code);
    rows_csv(rows, Some(&report.total), extra, lang)
}

/// The whole table in the source's order: 計 first, then codes 01-47.
pub fn report_csv(report: &Report, lang: Lang) -> Result<Vec<u8>, CsvError> {
    report_csv_with(report, Extra::default(), lang)
}
