//! The figures of several tables over time, in long form (a row per table and place): what the
//! trend is drawn from and what `series` writes as CSV. Tables stand in the order of the dates
//! their figures stand at, not of their import; the same table twice counts once.

use crate::lang::Lang;
use crate::report::csv::{BOM, CsvError};
use crate::report::model::{Metric, Report};
use crate::report::scale::{Amount, Scale};
use crate::texts::texts;

/// The tables by the date their figures stand at (then by the last day they count); a table
/// given twice (the same date and the same figures) once.
pub fn in_time_order<'a>(reports: impl IntoIterator<Item = &'a Report>) -> Vec<&'a Report> {
    let mut tables: Vec<&Report> = reports.into_iter().collect();
    tables.sort_by(|a, b| {
        let key = |r: &Report| (r.meta.compiled.date.clone(), r.meta.period.to.clone());
        key(a).cmp(&key(b))
    });
    tables.dedup_by(|a, b| {
        a.meta.compiled.date == b.meta.compiled.date && a.rows == b.rows && a.total == b.total
    });
    tables
}

/// The header: the table's date, the period's end, code, prefecture, then each figure on
/// `scale` (「求職者数（人口10万人当たり、計算値）」 per 100,000 people).
pub fn header(metrics: &[Metric], scale: Scale, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let mut head = vec![
        t.csv.compiled_date.to_owned(),
        t.csv.period_end.to_owned(),
        t.csv.code.to_owned(),
        t.table.prefecture.to_owned(),
    ];
    head.extend(metrics.iter().map(|&m| scale.label(m, lang)));
    head
}

/// A figure as a CSV cell: a count as a plain integer, a value per 100,000 people to one
/// decimal, empty where it is not defined.
fn cell(amount: Option<Amount>) -> String {
    match amount {
        Some(Amount::Count(n)) => n.to_string(),
        Some(Amount::Per100k(t)) => t.to_string(),
        None => String::new(),
    }
}

/// The rows: for each table in time order, its published 計 (code 00) and then its prefectures
/// by code, each with the table's date and period's end and the figures on `scale`.
pub fn records(
    tables: &[&Report],
    metrics: &[Metric],
    scale: Scale,
    lang: Lang,
) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for r in tables {
        let dates = [r.meta.compiled.date.clone(), r.meta.period.to.clone()];
        let mut total = dates.to_vec();
        total.push("00".to_owned());
        total.push(texts(lang).csv.total.to_owned());
        total.extend(
            metrics
                .iter()
                .map(|&m| cell(scale.amount(None, &r.total, m))),
        );
        out.push(total);
        let mut rows: Vec<_> = r.rows.iter().collect();
        rows.sort_by_key(|row| row.code);
        for row in rows {
            let mut rec = dates.to_vec();
            rec.push(row.code.two_digits());
            rec.push(row.name_in(lang).to_owned());
            rec.extend(
                metrics
                    .iter()
                    .map(|&m| cell(scale.amount(Some(row.code), &row.figures, m))),
            );
            out.push(rec);
        }
    }
    out
}

/// The series as CSV (UTF-8 with a BOM, CRLF), the header first.
pub fn series_csv(
    tables: &[&Report],
    metrics: &[Metric],
    scale: Scale,
    lang: Lang,
) -> Result<Vec<u8>, CsvError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    w.write_record(header(metrics, scale, lang))?;
    for rec in records(tables, metrics, scale, lang) {
        w.write_record(&rec)?;
    }
    w.into_inner()
        .map_err(|e| CsvError::from(csv::Error::from(e.into_error())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MADE-UP TEST DATA: the bundled table moved to `date` with 東京都's job seekers at `tokyo`.
    fn later(date: &str, tokyo: u32) -> Report {
        let mut r = crate::report::bundled().unwrap().report;
        r.meta.compiled.date = date.to_owned();
        if let Some(row) = r.rows.iter_mut().find(|x| x.code.0 == 13) {
            row.figures.job_seekers = tokyo;
        }
        r
    }

    #[test]
    fn tables_stand_by_their_dates_once_each_in_long_form() {
        let bundled = crate::report::bundled().unwrap().report;
        let (b, c) = (later("2021-06-16", 900), later("2021-06-02", 840));
        // Imported in another order, and the bundled one twice.
        let tables = in_time_order([&b, &bundled, &c, &bundled]);
        let dates: Vec<&str> = tables
            .iter()
            .map(|r| r.meta.compiled.date.as_str())
            .collect();
        assert_eq!(dates, ["2021-05-19", "2021-06-02", "2021-06-16"]);
        // Of one date, a table whose figures differ anywhere (here only its 計) is another table.
        let mut other_total = bundled.clone();
        other_total.total.job_seekers = 9_829;
        let mut other_row = bundled.clone();
        other_row.rows[0].figures.openings = 1;
        assert_eq!(in_time_order([&bundled, &other_total, &other_row]).len(), 3);
        let recs = records(&tables, &[Metric::JobSeekers], Scale::Counts, Lang::Ja);
        assert_eq!(recs.len(), 3 * 48);
        assert_eq!(recs[0], ["2021-05-19", "2021-05-16", "00", "計", "9828"]);
        assert_eq!(
            recs[13],
            ["2021-05-19", "2021-05-16", "13", "東京都", "830"]
        );
        assert_eq!(
            recs[48 + 13],
            ["2021-06-02", "2021-05-16", "13", "東京都", "840"]
        );
        assert_eq!(recs[96 + 13][4], "900");
        let per = records(&tables, &[Metric::JobSeekers], Scale::Per100k, Lang::En);
        assert_eq!(per[13], ["2021-05-19", "2021-05-16", "13", "Tokyo", "5.9"]);
        assert_eq!(per[0][4], "7.8");
        assert_eq!(
            header(&[Metric::JobSeekers], Scale::Per100k, Lang::Ja)[4],
            "求職者数（人口10万人当たり、計算値）"
        );
        let csv = series_csv(&tables, &Metric::ALL, Scale::Counts, Lang::Ja).unwrap();
        assert!(csv.starts_with(BOM));
        let text = String::from_utf8(csv).unwrap();
        assert_eq!(text.lines().count(), 1 + 3 * 48);
        assert!(
            text.contains("\r\n2021-06-16,2021-05-16,13,東京都,900,"),
            "{text}"
        );
    }
}
