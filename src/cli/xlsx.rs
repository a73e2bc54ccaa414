//! `export-xlsx`: the table as an Excel workbook, every row in code order as `export-csv`
//! writes it (with the changes from `--compare` and the figures per 100,000 people when asked),
//! the contacts and the steps, ready to print.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::dashboard::{State, ViewContext};
use crate::export::workbook::{file_name, table::all_rows, workbook_xlsx};
use crate::lang::Lang;
use crate::report::scale::Scale;

/// The arguments of `export-xlsx`.
#[derive(Debug, clap::Args)]
pub struct XlsxArgs {
    /// The report to export (default: the bundled one)
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// An earlier report: add the seven figures' changes (the newer one's minus the older
    /// one's) after the phone
    #[arg(long, value_name = "OLD")]
    pub compare: Option<PathBuf>,
    /// Add the population (2020 census) and the seven figures per 100,000 people (derived, one
    /// decimal; 計 on the national population) after the phone
    #[arg(long)]
    pub per_capita: bool,
    /// Write here (through a temporary file and a rename) [default: the table's file name, as
    /// the window offers it, in the current folder]
    #[arg(short = 'o', long, value_name = "OUT.xlsx")]
    pub output: Option<PathBuf>,
}

/// Writes the workbook; says where.
pub fn export_xlsx(args: &XlsxArgs, global: Option<&PathBuf>, lang: Lang) -> ExitCode {
    let (report, old) =
        match super::load_compared(args.report.as_ref().or(global), args.compare.as_ref(), lang) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let state = State {
        lang,
        scale: Scale::per_100k_if(args.per_capita),
        ..State::default()
    };
    let shown = all_rows(&report);
    let cx = ViewContext {
        state: &state,
        report: &report,
        earlier: old.as_ref(),
        shown: &shown,
    };
    let bytes = match workbook_xlsx(&cx) {
        Ok(b) => b,
        Err(e) => {
            super::say_error(&e.render(lang));
            return ExitCode::FAILURE;
        }
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(file_name(&cx)));
    super::write_and_say(&path, &bytes, lang)
}
