//! The Excel workbook officials hand on (Excel保存… and `export-xlsx`): the table as the
//! window shows it with its sources under it ([`table`]), the contacts and the steps
//! ([`lists`]), written by `rust_xlsxwriter` with a print setup ([`write`]). No egui.

pub mod lists;
pub mod table;
mod widths;
mod write;

use crate::dashboard::ViewContext;
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// The workbook could not be made (a limit of the format; not expected of a report's text).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct WorkbookError(#[from] rust_xlsxwriter::XlsxError);

impl WorkbookError {
    /// The error in the user's language.
    pub fn render(&self, lang: Lang) -> String {
        fill(texts(lang).workbook.failed, &[("error", &self.0)])
    }
}

/// The workbook of what `cx` shows: the table (its rows as shown, 計 and the filtered sum, the
/// derived columns on screen), the contacts and the steps.
pub fn workbook_xlsx(cx: &ViewContext<'_>) -> Result<Vec<u8>, WorkbookError> {
    let (report, lang) = (cx.report, cx.lang());
    let table = table::TableSheet::of(cx);
    let mut book = rust_xlsxwriter::Workbook::new();
    write::table_sheet(&mut book, &table, lang)?;
    let header = (table.short_title.as_str(), table.date.as_str());
    write::list_sheet(&mut book, &lists::contacts(report, lang), header, lang)?;
    write::list_sheet(&mut book, &lists::steps(report, lang), header, lang)?;
    Ok(book.save_to_buffer()?)
}

/// The default file name: the CSV's with `.xlsx` (`ナースセンター_関東_2021-05-19.xlsx`).
pub fn file_name(cx: &ViewContext<'_>) -> String {
    let csv = crate::export::table::table_file_name(cx, false);
    let stem = csv.strip_suffix(".csv").unwrap_or(&csv);
    format!("{stem}.xlsx")
}
