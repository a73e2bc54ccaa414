//! A newer table as it arrives, as a report: CSV (UTF-8 or `Shift_JIS`), tab-separated text or a
//! spreadsheet, its columns found by their headers and its rows by prefecture; the rest of the
//! report (contacts, steps, flows, notes, caveats, the period's start) taken from a base
//! report. The command line's `import` and the app share [`import`]. Knows nothing of egui.
//!
//! Every error names the file, the cell, the prefecture and the column; all of them come at
//! once, and nothing is made when there is one.

pub mod book;
pub mod cells;
pub mod dates;
pub mod error;
pub mod grid;
pub mod header;
mod prescan;
pub mod progress;
mod rows;
pub mod sheet;
pub mod stated;
pub mod today;

pub use error::{Finding, MAX_SHOWN, Problem, Who};
pub use grid::Kind;
pub use prescan::MAX_UNPACKED_BYTES;
pub use progress::Progress;
pub use sheet::Place;

use crate::lang::Lang;
use crate::report::{self, Report};
use crate::texts::{fill, texts};

/// The dates a table does not carry: when it was compiled and the last day it counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dates {
    /// The date the figures stand at (ISO 8601), e.g. `2021-06-02`.
    pub compiled: String,
    /// The last day counted (ISO 8601).
    pub period_end: String,
    /// The latest date the figures can stand at: today ([`today::latest_date`]; a test fixes
    /// it). A later compiled date is refused.
    pub latest: String,
}

impl Dates {
    /// The dates as typed, each read as clerks write dates ([`dates::read_date`]: 2021/5/30,
    /// 令和3年5月30日, …) and kept as typed when it is none (a problem then names it), checked
    /// against today's date.
    pub fn new(compiled: &str, period_end: &str) -> Self {
        let read = |typed: &str| dates::read_date(typed).unwrap_or_else(|| typed.trim().to_owned());
        Self {
            compiled: read(compiled),
            period_end: read(period_end),
            latest: today::latest_date(),
        }
    }

    /// What is wrong with the dates, in `lang`, each date named by its command-line flag: each
    /// a real date, the compiled date not after today, the period ending on or after it starts
    /// (`base`'s start) and no later than the compiled date. Empty when they are right.
    pub fn problems(&self, base: &Report, lang: Lang) -> Vec<String> {
        dates_problems(self, base, ["--compiled", "--period-end"], lang)
    }

    /// The same, each date named as the window's form names it (「集計時点」).
    pub fn problems_in_form(&self, base: &Report, lang: Lang) -> Vec<String> {
        let t = texts(lang);
        let names = [t.import.compiled_label, t.import.period_end_label];
        dates_problems(self, base, names, lang)
    }
}

/// A table made a report.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The report: the table's figures, dates and phones, the rest from the base.
    pub report: Report,
    /// The table alone, as a table file keeps it.
    pub table: report::TableFile,
    /// The sheet read (a spreadsheet's; `None` for a text file).
    pub sheet: Option<String>,
    /// What was left out or taken from the base (unknown columns, phones), and the report's
    /// own warnings (a total that differs from the sum).
    pub warnings: Vec<String>,
}

/// Why a table could not be imported: every error, in the user's words, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failed {
    /// Each error (and warning) as `file:place: prefecture, column: message`.
    pub lines: Vec<String>,
}

/// Imports the table in `bytes`, named `file_name` (its extension says its kind), with `dates`,
/// on `base`. Messages are in `lang`.
pub fn import(
    file_name: &str,
    bytes: &[u8],
    dates: &Dates,
    base: &Report,
    lang: Lang,
) -> Result<Imported, Failed> {
    import_with(file_name, bytes, (dates, base), lang, &Progress::default())
}

/// [`import`], telling `progress` how far it has come; cancelled through it, it fails with
/// [`Problem::Cancelled`].
pub fn import_with(
    file_name: &str,
    bytes: &[u8],
    (dates, base): (&Dates, &Report),
    lang: Lang,
    progress: &Progress,
) -> Result<Imported, Failed> {
    let render = |findings: &[Finding]| -> Vec<String> {
        findings.iter().map(|f| f.render(file_name, lang)).collect()
    };
    let book = Kind::of(file_name)
        .ok_or(Problem::NotATable)
        .and_then(|kind| grid::read(kind, bytes, progress))
        .map_err(|p| {
            // A cell beyond the limits is named by its place.
            let f = match &p {
                Problem::Beyond(place) => Finding::new(p.clone()).at(place.clone()),
                _ => Finding::new(p),
            };
            Failed {
                lines: render(&[f]),
            }
        })?;
    let read = rows::figures(&book, base);
    let (mut errors, warnings): (Vec<Finding>, Vec<Finding>) = read
        .findings
        .into_iter()
        .partition(|f| !f.problem.is_warning());
    // The first errors listed, the rest counted: a file of a million bad rows is said in a
    // screenful.
    if errors.len() > MAX_SHOWN {
        let more = errors.len().saturating_sub(MAX_SHOWN);
        errors.truncate(MAX_SHOWN);
        errors.push(Finding::new(Problem::MoreErrors(more)));
    }
    let mut lines = render(&errors);
    lines.extend(dates.problems(base, lang));
    if !lines.is_empty() {
        lines.extend(render(&warnings));
        return Err(Failed { lines });
    }
    let table = report::TableFile {
        notice: base.meta.source.date.clone(),
        compiled: dates.compiled.clone(),
        period_end: dates.period_end.clone(),
        imported_from: short_name(file_name),
        total: read.total,
        rows: read.rows,
    };
    let report = table.report(base);
    // The report's own checks, as `check` runs them: a total that differs from the sum is a
    // warning (kept as published), anything else an error.
    let (errs, checks): (Vec<_>, Vec<_>) = report::validate::validate(&report, None)
        .into_iter()
        .partition(|f| f.severity == report::Severity::Error);
    let mut warnings = render(&warnings);
    warnings.extend(checks.iter().map(|f| {
        fill(
            texts(lang).cli.warning,
            &[("message", &f.render(file_name, lang))],
        )
    }));
    if !errs.is_empty() {
        let mut lines: Vec<String> = errs.iter().map(|f| f.render(file_name, lang)).collect();
        lines.extend(warnings);
        return Err(Failed { lines });
    }
    Ok(Imported {
        report,
        table,
        sheet: read.sheet,
        warnings,
    })
}

impl Imported {
    /// The file's name as messages say it: with the sheet read, for a spreadsheet.
    pub fn source(&self, file: &str, lang: Lang) -> String {
        self.sheet.as_ref().map_or_else(
            || file.to_owned(),
            |sheet| {
                fill(
                    texts(lang).import.imported_sheet,
                    &[("path", &file), ("sheet", sheet)],
                )
            },
        )
    }
}

/// A file's name without its folders.
fn short_name(file: &str) -> String {
    std::path::Path::new(file)
        .file_name()
        .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// What is wrong with the dates: each a real date, the period ending on or after it starts and
/// no later than the compiled date.
fn dates_problems(dates: &Dates, base: &Report, names: [&str; 2], lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let mut lines = Vec::new();
    let [compiled_name, end_name] = names;
    for (value, what) in [
        (&dates.compiled, compiled_name),
        (&dates.period_end, end_name),
    ] {
        if !report::formats::is_date(value) {
            lines.push(fill(
                t.import.bad_date,
                &[("option", &what), ("value", value)],
            ));
        }
    }
    if lines.is_empty() {
        let date = |iso: &str| crate::texts::format_date(iso, lang);
        // ISO dates compare as text.
        if dates.period_end < base.meta.period.from {
            lines.push(fill(
                t.import.period_before_start,
                &[
                    ("end", &date(&dates.period_end)),
                    ("start", &date(&base.meta.period.from)),
                ],
            ));
        }
        if dates.compiled > dates.latest {
            lines.push(fill(
                t.import.compiled_future,
                &[("compiled", &date(&dates.compiled))],
            ));
        }
        if dates.period_end > dates.compiled {
            lines.push(fill(
                t.import.period_after_compiled,
                &[
                    ("end", &date(&dates.period_end)),
                    ("compiled", &date(&dates.compiled)),
                ],
            ));
        }
    }
    lines
}

/// The report file to write: a table file when the base's notice content is the bundled
/// report's (it is taken from there when read), else the whole report.
pub fn to_ron(imported: &Imported) -> Result<String, ron::Error> {
    if report::bundled_notice().is_some_and(|b| b.same_notice(&imported.report)) {
        return imported.table.to_ron();
    }
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .indentor("    ".to_owned());
    ron::ser::to_string_pretty(&imported.report, config)
}
