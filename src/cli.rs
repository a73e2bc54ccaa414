//! The command line: no subcommand opens the dashboard; `check` validates report files;
//! `export-csv` writes the table as CSV; `export-sheet` writes a prefecture's one-page contact
//! sheet as PDF; `import` makes a report of a newer table. The only module that prints.
//!
//! Exit codes: 0 success, 1 an invalid report or a failed write, 2 a usage error.

#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the command line's output is its purpose"
)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};

use crate::fsutil::write_atomic;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::scale::Scale;
use crate::report::{self, Loaded};
use crate::texts::{fill, texts};

mod chart;
mod help;
mod import;
mod pack;
mod series;
mod xlsx;

/// The MHLW nurse-centre staffing figures (notice of 2021-05-26, attachment 3) with contacts
/// and escalation steps.
#[derive(Debug, Parser)]
#[command(name = "staffing-dashboard", version)]
pub struct Cli {
    /// Open this report file instead of the bundled 2021-05-19 report
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Language of messages, help and CSV headers [default: the system's, English unless it is
    /// Japanese; the window: the language chosen last time]
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,

    /// What to do; none opens the dashboard
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check report files: exit 0 when all are valid, 1 on any error
    ///
    /// Errors are printed as `FILE:LINE:COL: message`, warnings prefixed with `warning:`.
    #[command(after_help = "Example:\n  staffing-dashboard check --deny-warnings newer.ron")]
    Check {
        /// Treat warnings (totals that do not add up, an of-which above its parent) as errors
        #[arg(long)]
        deny_warnings: bool,
        /// The report files (.ron)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Draw the chart as a PNG for a page or a slide (300 dpi), without a window
    ///
    /// Needs a GPU device, not a display: on Linux without a GPU, Mesa's Vulkan driver
    /// (Debian: mesa-vulkan-drivers) draws on the CPU.
    #[command(
        after_help = "Examples:\n  staffing-dashboard export-chart --metric openings -o openings.png\n  \
            staffing-dashboard export-chart --size slide --region 関東 --select 11 -o kanto.png"
    )]
    ExportChart(chart::ChartArgs),
    /// Make a report from a newer table (CSV, tab-separated text, .xlsx/.xls/.ods): columns by
    /// their headers, rows by prefecture; contacts, steps and notes from a base report
    #[command(
        after_help = "Examples:\n  staffing-dashboard import table.xlsx --compiled 2021-06-02 --period-end \
            2021-05-30 -o 2021-06-02.ron\n  staffing-dashboard import table.csv --compiled 2021-06-02 \
            --period-end 2021-05-30 > newer.ron"
    )]
    Import(import::ImportArgs),
    /// Write the figures of several tables over time as CSV, a row per table and place (the
    /// table's date, the period's end, code, prefecture, the figures), the tables by their dates
    Series(series::SeriesArgs),
    /// Write the table as CSV (UTF-8 with BOM, CRLF): 計 first as code 00, then 01-47
    #[command(
        after_help = "Examples:\n  staffing-dashboard export-csv -o table.csv\n  staffing-dashboard \
            export-csv --lang en --report newer.ron > table.csv"
    )]
    ExportCsv {
        /// The report to export (default: the bundled one)
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// An earlier report: append the seven figures' changes (the newer one's minus the
        /// older one's) after the phone
        #[arg(long, value_name = "OLD")]
        compare: Option<PathBuf>,
        /// Append the population (2020 census) and the seven figures per 100,000 people
        /// (derived, one decimal; 計 on the national population) after the phone
        #[arg(long)]
        per_capita: bool,
        /// Write here (through a temporary file and a rename) instead of to standard output
        #[arg(short = 'o', long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Write the table as an Excel workbook (.xlsx) that prints on A4 landscape, one page wide:
    /// the table with its sources, the contacts and the steps
    #[command(
        after_help = "Examples:\n  staffing-dashboard export-xlsx -o table.xlsx\n  staffing-dashboard \
            export-xlsx --per-capita --compare older.ron --report newer.ron -o change.xlsx"
    )]
    ExportXlsx(xlsx::XlsxArgs),
    /// Write a briefing pack (会議資料) as an A4 PDF: the headline figures and the tile map, the
    /// table on a landscape page, the bar chart, and whom to call; vector drawings and
    /// selectable text
    #[command(
        after_help = "Examples:\n  staffing-dashboard export-pack -o briefing.pdf\n  staffing-dashboard \
            export-pack --region 関東 --select 11 --compare older.ron --report newer.ron -o kanto.pdf"
    )]
    ExportPack(pack::PackArgs),
    /// Write a prefecture's one-page contact sheet (A4 PDF): its nurse centre's phone, its
    /// figures and ranks, whom to call for nurses and doctors, Key-Net's steps, the checklist
    #[command(
        after_help = "Examples:\n  staffing-dashboard export-sheet --prefecture 13 -o tokyo.pdf\n  \
            staffing-dashboard export-sheet --prefecture 01 --lang en -o hokkaido.pdf"
    )]
    ExportSheet {
        /// The prefecture's code: 01-47 (or 1-47), e.g. 13 for 東京都
        #[arg(long, value_name = "CODE")]
        prefecture: String,
        /// The report to take the figures from (default: the bundled one)
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Write here (through a temporary file and a rename)
        #[arg(short = 'o', long, value_name = "OUT.pdf")]
        output: PathBuf,
    },
}

/// Parses the process arguments in the user's language (`--help` and usage errors too) and
/// runs.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::language(&args);
    let parsed = help::localized(Cli::command(), lang)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => run(cli),
        Err(e) => {
            // Help and version go to standard output and succeed; usage errors exit with 2.
            e.print().ok();
            if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let lang = cli.lang.unwrap_or_else(help::system_lang);
    // `--report` before the command counts as after it (never dropped in silence).
    let global = cli.report;
    match cli.command {
        Some(Command::Check {
            deny_warnings,
            files,
        }) => check(&files, deny_warnings, lang),
        Some(Command::ExportCsv {
            report,
            compare,
            per_capita,
            output,
        }) => export_csv(
            report.as_ref().or(global.as_ref()),
            (compare.as_ref(), Scale::per_100k_if(per_capita)),
            output.as_ref(),
            lang,
        ),
        Some(Command::ExportChart(mut args)) => {
            args.reports
                .extend(global.filter(|_| args.reports.is_empty()));
            chart::export_chart(&args, lang)
        }
        Some(Command::ExportXlsx(args)) => xlsx::export_xlsx(&args, global.as_ref(), lang),
        Some(Command::ExportPack(args)) => pack::export_pack(&args, global.as_ref(), lang),
        Some(Command::Import(args)) => import::import(&args, lang),
        Some(Command::Series(args)) => series::series(&args, lang),
        Some(Command::ExportSheet {
            prefecture,
            report,
            output,
        }) => export_sheet(
            &prefecture,
            report.as_ref().or(global.as_ref()),
            &output,
            lang,
        ),
        None => open_window(global, cli.lang),
    }
}

#[cfg(feature = "gui")]
fn open_window(report: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    match crate::app::run(report, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say_error(&e.to_string());
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_report: Option<PathBuf>, _lang: Option<Lang>) -> ExitCode {
    eprintln!(
        "staffing-dashboard: this build has no window (built without the `gui` feature); \
         use `check` or `export-csv`, or see --help"
    );
    ExitCode::from(2)
}

fn check(files: &[PathBuf], deny_warnings: bool, lang: Lang) -> ExitCode {
    let mut failed = false;
    for path in files {
        match report::load_path(path) {
            Ok(Loaded { report, warnings }) => {
                let file = path.display().to_string();
                let t = texts(lang);
                for w in &warnings {
                    let message = w.render(&file, lang);
                    eprintln!("{}", fill(t.cli.warning, &[("message", &message)]));
                }
                failed |= deny_warnings && !warnings.is_empty();
                let status = if warnings.is_empty() {
                    t.cli.ok.to_owned()
                } else {
                    fill(t.cli.warnings, &[("count", &warnings.len())])
                };
                println!(
                    "{}",
                    fill(
                        t.cli.checked,
                        &[
                            ("file", &file),
                            ("status", &status),
                            ("count", &report.rows.len())
                        ]
                    )
                );
            }
            Err(e) => {
                failed = true;
                for line in e.render(lang) {
                    eprintln!("{line}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Loads a report file (or the bundled report), printing its warnings; `None`, with every error
/// printed, when it cannot be loaded.
fn load_or_say(path: Option<&PathBuf>, lang: Lang) -> Option<report::Report> {
    let loaded = match path {
        Some(p) => report::load_path(p),
        None => report::bundled(),
    };
    let loaded = match loaded {
        Ok(l) => l,
        Err(e) => {
            for line in e.render(lang) {
                eprintln!("{line}");
            }
            return None;
        }
    };
    let file = path.map_or_else(
        || report::BUNDLED_NAME.to_owned(),
        |p| p.display().to_string(),
    );
    for w in &loaded.warnings {
        let message = w.render(&file, lang);
        eprintln!(
            "{}",
            fill(texts(lang).cli.warning, &[("message", &message)])
        );
    }
    Some(loaded.report)
}

/// An error of the program's own, on standard error.
fn say_error(message: &str) {
    eprintln!("staffing-dashboard: {message}");
}

/// A prefecture code as typed: 1-47, with or without a leading zero.
pub fn parse_prefecture_code(text: &str) -> Option<PrefectureCode> {
    let text = text.trim();
    if text.is_empty() || text.len() > 2 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u8 = text.parse().ok()?;
    (1..=47).contains(&n).then_some(PrefectureCode(n))
}

fn export_sheet(code: &str, report: Option<&PathBuf>, output: &Path, lang: Lang) -> ExitCode {
    let t = texts(lang);
    let Some(code) = parse_prefecture_code(code) else {
        eprintln!(
            "staffing-dashboard: {}",
            fill(t.sheet.cli_bad_code, &[("value", &code)])
        );
        return ExitCode::from(2);
    };
    let Some(report) = load_or_say(report, lang) else {
        return ExitCode::FAILURE;
    };
    let bytes = match crate::export::contact_sheet::contact_sheet_pdf(&report, code, lang) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("staffing-dashboard: {}", e.render(lang));
            return ExitCode::FAILURE;
        }
    };
    match write_atomic(output, &bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("staffing-dashboard: {}", e.render(lang));
            ExitCode::FAILURE
        }
    }
}

fn export_csv(
    report: Option<&PathBuf>,
    (compare, scale): (Option<&PathBuf>, Scale),
    output: Option<&PathBuf>,
    lang: Lang,
) -> ExitCode {
    let (report, old) = match load_compared(report, compare, lang) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let extra = report::csv::Extra {
        earlier: old.as_ref(),
        scale,
    };
    let bytes = match report::csv::report_csv_with(&report, extra, lang) {
        Ok(b) => b,
        Err(e) => {
            say_error(&e.to_string());
            return ExitCode::FAILURE;
        }
    };
    write_out(output.map(PathBuf::as_path), &bytes, lang)
}

/// The report (or the bundled one) and the earlier one to compare it with, each loaded and the
/// pair checked (`export-csv --compare`, `export-xlsx --compare`); the exit code when one
/// cannot be used, with why said.
pub(crate) fn load_compared(
    report: Option<&PathBuf>,
    compare: Option<&PathBuf>,
    lang: Lang,
) -> Result<(report::Report, Option<report::Report>), ExitCode> {
    let report = load_or_say(report, lang).ok_or(ExitCode::FAILURE)?;
    let Some(old) = compare else {
        return Ok((report, None));
    };
    let old = load_or_say(Some(old), lang).ok_or(ExitCode::FAILURE)?;
    import::check_comparison(&report, &old, lang)?;
    Ok((report, Some(old)))
}

/// Writes `bytes` to `path` (through a temporary file and a rename) and says where on standard
/// error (`export-xlsx`, `export-pack`, whose default names are the window's).
pub(crate) fn write_and_say(path: &Path, bytes: &[u8], lang: Lang) -> ExitCode {
    let code = write_out(Some(path), bytes, lang);
    if code == ExitCode::SUCCESS {
        eprintln!(
            "{}",
            fill(texts(lang).export.saved_path, &[("path", &path.display())])
        );
    }
    code
}

/// Writes `bytes` to `output` (through a temporary file and a rename) or to standard output;
/// 0 when written, 1 (said on standard error) when not.
pub(crate) fn write_out(output: Option<&Path>, bytes: &[u8], lang: Lang) -> ExitCode {
    let t = texts(lang);
    let written = if let Some(out) = output {
        write_atomic(out, bytes).map_err(|e| e.render(lang))
    } else {
        let mut stdout = std::io::stdout().lock();
        match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Ok(()) => Ok(()),
            // A closed pipe (`| head`) is the reader's choice, not a failure.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(fill(t.cli.cannot_write_stdout, &[("error", &e)])),
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say_error(&e);
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefecture_codes_with_or_without_a_leading_zero() {
        assert_eq!(parse_prefecture_code("13"), Some(PrefectureCode(13)));
        assert_eq!(parse_prefecture_code("01"), Some(PrefectureCode(1)));
        assert_eq!(parse_prefecture_code("1"), Some(PrefectureCode(1)));
        assert_eq!(parse_prefecture_code(" 47 "), Some(PrefectureCode(47)));
        for bad in [
            "0", "00", "48", "99", "001", "", "-1", "+1", "東京", "1.0", "١",
        ] {
            assert_eq!(parse_prefecture_code(bad), None, "{bad}");
        }
    }
}
