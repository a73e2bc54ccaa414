//! What exports are made of, without egui: default file names, and the rows shown as CSV or as
//! tab-separated text for the clipboard.

use crate::dashboard::figure::ChartLayout;
use crate::lang::Lang;
use crate::report::{Metric, PrefectureRow, Report};

/// The default file name of a chart: `openings_2021-05-19_a4.png`.
pub fn chart_file_name(metric: Metric, layout: ChartLayout, report: &Report) -> String {
    format!(
        "{}_{}_{}.png",
        metric.field(),
        report.meta.compiled.date,
        layout.key()
    )
}

/// The default file name of the table: `nurse-centres_2021-05-19.csv`.
pub fn table_file_name(report: &Report, all_rows: bool) -> String {
    let which = if all_rows { "all" } else { "shown" };
    format!("nurse-centres_{which}_{}.csv", report.meta.compiled.date)
}

/// The rows shown, as CSV: with the published 計 first when nothing is filtered out.
pub fn shown_csv(
    report: &Report,
    shown: &[usize],
    filtered: bool,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let rows: Vec<&PrefectureRow> = shown.iter().filter_map(|&i| report.rows.get(i)).collect();
    let total = (!filtered).then_some(&report.total);
    crate::report::csv::rows_csv(rows, total, lang).map_err(|e| e.to_string())
}

/// The rows shown as tab-separated text with the header, for pasting into Excel as cells.
pub fn shown_tsv(report: &Report, shown: &[usize], filtered: bool, lang: Lang) -> String {
    let rows: Vec<&PrefectureRow> = shown.iter().filter_map(|&i| report.rows.get(i)).collect();
    let total = (!filtered).then_some(&report.total);
    crate::report::csv::rows_tsv(rows, total, lang)
}
