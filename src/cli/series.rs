//! `series`: the figures of several tables over time as CSV, in long form (a row per table and
//! place: the table's date, the period's end, code, prefecture, the figures), the tables by
//! their dates. The bundled table is always one; `--report` adds files, `--library` the tables
//! the window keeps (found without the window, so that the build without it can read them).

use std::path::PathBuf;
use std::process::ExitCode;

use super::chart::MetricArg;
use crate::lang::Lang;
use crate::report::scale::Scale;
use crate::report::{self, Metric};

/// The arguments of `series`.
#[derive(Debug, clap::Args)]
pub struct SeriesArgs {
    /// A table's report file; give it several times (the bundled table is always one)
    #[arg(long = "report", value_name = "FILE")]
    pub reports: Vec<PathBuf>,
    /// Also every table the window keeps (its data folder's reports)
    #[arg(long)]
    pub library: bool,
    /// Only this figure (default: all seven)
    #[arg(long = "metric", value_enum, value_name = "METRIC")]
    pub series_metric: Option<MetricArg>,
    /// Figures per 100,000 people (2020 census; derived, one decimal) instead of the counts
    #[arg(long = "per-capita")]
    pub series_per_capita: bool,
    /// Write here (through a temporary file and a rename) instead of to standard output
    #[arg(short = 'o', long, value_name = "OUT.csv")]
    pub output: Option<PathBuf>,
}

/// The bundled table, the `reports` and (`library`) the window's kept tables, loaded; none
/// when one cannot be read (each said; a kept file that cannot be listed is named and left).
pub fn gather(reports: &[PathBuf], library: bool, lang: Lang) -> Option<Vec<report::Report>> {
    let mut files: Vec<PathBuf> = reports.to_vec();
    if library && let Some(dir) = crate::library::default_dir() {
        let (entries, unreadable) = crate::library::Library::new(dir).list();
        files.extend(entries.into_iter().map(|e| e.path));
        if !unreadable.is_empty() {
            let names: Vec<String> = unreadable.iter().map(|p| p.display().to_string()).collect();
            let t = crate::texts::texts(lang);
            let files = names.join(t.window.list_separator);
            let message = crate::texts::fill(t.reports.library_skipped, &[("files", &files)]);
            eprintln!("staffing-dashboard: {message}");
        }
    }
    let mut tables = match report::bundled() {
        Ok(b) => vec![b.report],
        Err(_) => Vec::new(),
    };
    let mut failed = false;
    for file in &files {
        match super::load_or_say(Some(file), lang) {
            Some(r) => tables.push(r),
            None => failed = true,
        }
    }
    (!failed).then_some(tables)
}

/// Writes the series; 1 when a table cannot be read (each said) or the file not written.
pub fn series(args: &SeriesArgs, lang: Lang) -> ExitCode {
    let Some(tables) = gather(&args.reports, args.library, lang) else {
        return ExitCode::FAILURE;
    };
    let metrics: Vec<Metric> = args
        .series_metric
        .map_or_else(|| Metric::ALL.to_vec(), |m| vec![m.metric()]);
    let ordered = report::series::in_time_order(&tables);
    let scale = Scale::per_100k_if(args.series_per_capita);
    match report::series::series_csv(&ordered, &metrics, scale, lang) {
        Ok(bytes) => super::write_out(args.output.as_deref(), &bytes, lang),
        Err(e) => {
            eprintln!("staffing-dashboard: {e}");
            ExitCode::FAILURE
        }
    }
}
