//! `import`: a newer table (CSV, tab-separated text, a spreadsheet) made a report file that
//! `check` accepts, its other parts taken from a base report; and what `export-csv --compare`
//! says of figures that fell.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::import::{self, Dates};
use crate::lang::Lang;
use crate::report;
use crate::texts::{fill, format_date, texts};

/// The arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The table: .csv (UTF-8 or `Shift_JIS`, as Excel saves it), .tsv or .txt (tab-separated),
    /// .xlsx, .xls or .ods
    #[arg(value_name = "TABLE")]
    pub table: PathBuf,
    /// The date the figures stand at (集計時点): 2021-06-02, 2021/6/2, 2021年6月2日, 令和3年6月2日,
    /// R3.6.2 (full-width digits too)
    #[arg(long, value_name = "DATE")]
    pub compiled: String,
    /// The last day the figures count (集計期間の終わり), written as --compiled
    #[arg(long = "period-end", value_name = "DATE")]
    pub period_end: String,
    /// The report whose contacts, steps, notes and period start the new one keeps (default: the
    /// bundled one)
    #[arg(long, value_name = "REPORT")]
    pub base: Option<PathBuf>,
    /// Write here (through a temporary file and a rename) instead of to standard output
    #[arg(short = 'o', long, value_name = "OUT.ron")]
    pub output: Option<PathBuf>,
}

/// Imports; 0 on success, 1 on a table or base with errors or a failed write, 2 on a wrong
/// date.
pub fn import(args: &ImportArgs, lang: Lang) -> ExitCode {
    let t = texts(lang);
    let Some(base) = super::load_or_say(args.base.as_ref(), lang) else {
        return ExitCode::FAILURE;
    };
    // Dates are arguments: a wrong one is a usage error (exit 2), said before the table is read.
    let dates = Dates::new(&args.compiled, &args.period_end);
    let problems = dates.problems(&base, lang);
    if !problems.is_empty() {
        for line in problems {
            eprintln!("staffing-dashboard: {line}");
        }
        return ExitCode::from(2);
    }
    let file = args.table.display().to_string();
    // A regular file within the import's limit: a FIFO or /dev/zero is refused, not read.
    let bytes = match report::read_file(&args.table, report::MAX_TABLE_BYTES) {
        Ok(b) => b,
        Err(problem) => {
            let error = problem.message(lang);
            let message = fill(t.cli.cannot_read, &[("file", &file), ("error", &error)]);
            eprintln!("staffing-dashboard: {message}");
            return ExitCode::FAILURE;
        }
    };
    let imported = match import::import(&file, &bytes, &dates, &base, lang) {
        Ok(i) => i,
        Err(failed) => {
            for line in failed.lines {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
    };
    if imported.sheet.is_some() {
        // Which sheet was read: said, since a workbook may hold several.
        eprintln!(
            "{}",
            fill(
                t.import.imported,
                &[("path", &imported.source(&file, lang))]
            )
        );
    }
    for w in &imported.warnings {
        eprintln!("{w}");
    }
    let ron = match import::to_ron(&imported) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("staffing-dashboard: {e}");
            return ExitCode::FAILURE;
        }
    };
    super::write_out(args.output.as_deref(), ron.as_bytes(), lang)
}

/// Checks a comparison of `new` with `old` as the window does: an `old` that is not earlier is
/// refused (said on standard error; exit 2, a wrong argument), else each figure that fell is
/// said as a warning.
pub(crate) fn check_comparison(
    new: &report::Report,
    old: &report::Report,
    lang: Lang,
) -> Result<(), ExitCode> {
    let t = texts(lang);
    if old.meta.compiled.date >= new.meta.compiled.date {
        eprintln!(
            "staffing-dashboard: {}",
            fill(
                t.cli.compare_later,
                &[
                    ("old", &format_date(&old.meta.compiled.date, lang)),
                    ("new", &format_date(&new.meta.compiled.date, lang)),
                ],
            )
        );
        return Err(ExitCode::from(2));
    }
    say_falls(new, old, lang);
    Ok(())
}

/// Each figure that fell from `old` to `new` as a warning.
fn say_falls(new: &report::Report, old: &report::Report, lang: Lang) {
    let t = texts(lang);
    let warn = |message: &str| eprintln!("{}", fill(t.cli.warning, &[("message", &message)]));
    for f in report::compare::falls(new, old) {
        let name = f
            .code
            .and_then(|c| new.row(c))
            .map_or_else(|| t.csv.total.to_owned(), |r| r.name_in(lang).to_owned());
        warn(&fill(
            t.cli.fell,
            &[
                ("name", &name),
                ("column", &f.metric.label(lang)),
                ("old", &f.old),
                ("new", &f.new),
            ],
        ));
    }
}
