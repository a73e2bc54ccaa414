//! A newer table as it arrives, as a report: CSV (UTF-8 or `Shift_JIS`), tab-separated text or a
//! spreadsheet, its columns found by their headers and its rows by prefecture; the rest of the
//! report (contacts, steps, flows, notes, caveats, the period's start) taken from a base
//! report. The command line's `import` and the app share [`import`]. Knows nothing of egui.
//!
//! Every error names the file, the cell, the prefecture and the column; all of them come at
//! once, and nothing is made when there is one.

pub mod cells;
pub mod error;
pub mod grid;
pub mod header;
mod rows;

pub use error::{Finding, Place, Problem, Who};
pub use grid::Kind;

use crate::dashboard::format::format_date;
use crate::lang::Lang;
use crate::report::{self, Report, Text};
use crate::texts::{fill, texts};

/// The dates a table does not carry: when it was compiled and the last day it counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dates {
    /// The date the figures stand at (ISO 8601), e.g. `2021-06-02`.
    pub compiled: String,
    /// The last day counted (ISO 8601).
    pub period_end: String,
}

/// A table made a report.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The report: the table's figures, dates and phones, the rest from the base.
    pub report: Report,
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
    let render = |findings: &[Finding]| -> Vec<String> {
        findings.iter().map(|f| f.render(file_name, lang)).collect()
    };
    let table = Kind::of(file_name)
        .ok_or(Problem::NotATable)
        .and_then(|kind| grid::read(kind, bytes))
        .map_err(|p| Failed {
            lines: render(&[Finding::new(p)]),
        })?;
    let read = rows::figures(&table, base);
    let (errors, warnings): (Vec<Finding>, Vec<Finding>) = read
        .findings
        .into_iter()
        .partition(|f| !f.problem.is_warning());
    let mut lines = render(&errors);
    lines.extend(dates_problems(dates, base, lang));
    if !lines.is_empty() {
        lines.extend(render(&warnings));
        return Err(Failed { lines });
    }
    let report = with_table(base, read.rows, read.total, dates, file_name);
    // The report's own checks, as `check` runs them: a total that differs from the sum is a
    // warning (kept as published), anything else an error.
    let (errs, checks): (Vec<_>, Vec<_>) = report::validate::validate(&report, None)
        .into_iter()
        .partition(|f| f.severity == report::Severity::Error);
    let mut warnings = render(&warnings);
    warnings.extend(checks.iter().map(|f| {
        fill(
            texts(lang).cli_warning,
            &[("message", &f.render(file_name, lang))],
        )
    }));
    if !errs.is_empty() {
        let mut lines: Vec<String> = errs.iter().map(|f| f.render(file_name, lang)).collect();
        lines.extend(warnings);
        return Err(Failed { lines });
    }
    Ok(Imported { report, warnings })
}

/// What is wrong with the dates: each a real date, the period ending on or after it starts and
/// no later than the compiled date.
fn dates_problems(dates: &Dates, base: &Report, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let mut lines = Vec::new();
    for (value, what) in [
        (&dates.compiled, "--compiled"),
        (&dates.period_end, "--period-end"),
    ] {
        if !report::formats::is_date(value) {
            lines.push(fill(
                t.import_bad_date,
                &[("option", &what), ("value", value)],
            ));
        }
    }
    if lines.is_empty() {
        // ISO dates compare as text.
        if dates.period_end < base.meta.period.from {
            lines.push(fill(
                t.import_period_before_start,
                &[
                    ("end", &dates.period_end),
                    ("start", &base.meta.period.from),
                ],
            ));
        }
        if dates.period_end > dates.compiled {
            lines.push(fill(
                t.import_period_after_compiled,
                &[("end", &dates.period_end), ("compiled", &dates.compiled)],
            ));
        }
    }
    lines
}

/// `base` with the table's rows, total and dates; the period's and the compilation's texts in
/// our words (the notice's describe its own table).
fn with_table(
    base: &Report,
    rows: Vec<report::PrefectureRow>,
    total: report::Figures,
    dates: &Dates,
    file_name: &str,
) -> Report {
    let mut r = base.clone();
    r.rows = rows;
    r.total = total;
    r.meta.period.to.clone_from(&dates.period_end);
    r.meta.compiled.date.clone_from(&dates.compiled);
    let period = |lang: Lang| {
        fill(
            texts(lang).import_period_text,
            &[
                ("from", &format_date(&r.meta.period.from, lang)),
                ("to", &format_date(&dates.period_end, lang)),
                (
                    "vaccination_from",
                    &format_date(&r.meta.period.vaccination_from, lang),
                ),
            ],
        )
    };
    r.meta.period.text = Text::ours(period(Lang::Ja), period(Lang::En));
    let compiled = |lang: Lang| {
        fill(
            texts(lang).import_compiled_text,
            &[
                ("date", &format_date(&dates.compiled, lang)),
                ("file", &file_name),
            ],
        )
    };
    r.meta.compiled.text = Text::ours(compiled(Lang::Ja), compiled(Lang::En));
    r
}

/// The report as a report file (RON), as `check` and `--report` read it.
pub fn to_ron(report: &Report) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .indentor("    ".to_owned());
    ron::ser::to_string_pretty(report, config)
}
