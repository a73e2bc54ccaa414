//! Findings: what is wrong (an error: the file is refused) or suspicious (a warning: the file
//! loads and the warning is shown) in a report, and where.

use crate::lang::Lang;
use crate::report::lex::Pos;
use crate::report::model::Metric;
use crate::texts::{fill, texts};

/// Whether a finding refuses the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The file is refused.
    Error,
    /// The file loads; the user is told.
    Warning,
}

/// One problem found in a report, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Line and column in the file, where the problem has one.
    pub pos: Option<Pos>,
    /// The prefecture (or 計) it concerns.
    pub prefecture: Option<String>,
    /// The field it concerns, as a path in the file (`figures.openings`).
    pub field: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read.
    Io(String),
    /// The path does not exist.
    NotFound,
    /// The path is a directory.
    IsDirectory,
    /// The path is not a regular file (a pipe, a socket, a device).
    NotAFile,
    /// The file is larger than the limit; it was not read.
    TooLarge {
        /// Size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bytes are not UTF-8.
    NotUtf8,
    /// A table file goes with a notice whose content we do not have.
    UnknownNotice(String),
    /// Not a report file of this app at all: it does not begin `Report(` or `Table(`.
    NotAReport,
    /// RON syntax, a wrong type, a missing or unknown field (RON's own message).
    Syntax(String),
    /// A figure written negative (`-830`).
    NegativeFigure,
    /// A figure written with a thousands separator (`1,830`).
    ThousandsSeparator,
    /// A figure written with a fraction (`830.5`).
    Fraction,
    /// A figure missing where one is needed (`job_seekers: ,`).
    ExpectedNumber,
    /// The text ends before every bracket is closed.
    UnexpectedEnd,
    /// A prefecture name that is none of the 47.
    UnknownPrefecture(String),
    /// A code outside 01-47.
    UnknownCode(u8),
    /// A prefecture listed twice.
    DuplicatePrefecture {
        /// Its name.
        name: String,
        /// Where it was first listed.
        first: Option<Pos>,
    },
    /// A prefecture not listed.
    MissingPrefecture {
        /// Its code.
        code: u8,
        /// Its name.
        name: String,
    },
    /// The code is not the prefecture's JIS X 0401 code.
    CodeMismatch {
        /// The code given.
        code: u8,
        /// The name given.
        name: String,
        /// The name that code belongs to.
        expected: String,
    },
    /// A phone or fax number not of the form 0AA-BBBB-CCCC.
    BadPhone(String),
    /// A date not of the form YYYY-MM-DD, or no such day.
    BadDate(String),
    /// A time not of the form HH:MM.
    BadTime(String),
    /// An e-mail address that is not one.
    BadEmail(String),
    /// A link that is not https.
    BadUrl(String),
    /// A postcode not of the form NNN-NNNN.
    BadPostcode(String),
    /// A required text is empty.
    Empty,
    /// An id used twice.
    DuplicateId(String),
    /// A reference to a contact or figure that does not exist.
    UnknownId(String),
    /// The rows' sum of a column does not fit in 32 bits.
    SumOverflow(Metric),
    /// The published total differs from the sum of the rows (a warning).
    TotalMismatch {
        /// The column.
        metric: Metric,
        /// The published 計.
        reported: u32,
        /// The sum of the rows.
        summed: u32,
    },
    /// An of-which figure is above the figure it is part of (a warning).
    PartExceedsWhole {
        /// The of-which column.
        part: Metric,
        /// Its value.
        part_value: u32,
        /// The column it is part of.
        whole: Metric,
        /// Its value.
        whole_value: u32,
    },
}

impl Problem {
    /// The message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let one = |template: &str, name: &str, value: &dyn std::fmt::Display| {
            fill(template, &[(name, value)])
        };
        match self {
            Self::Io(e) => one(t.errors.io, "error", e),
            Self::NotFound => t.errors.not_found.to_owned(),
            Self::IsDirectory => t.errors.is_directory.to_owned(),
            Self::NotAFile => t.errors.not_a_file.to_owned(),
            Self::TooLarge { size, limit } => {
                fill(t.errors.too_large, &[("size", size), ("limit", limit)])
            }
            Self::NotUtf8 => t.errors.not_utf8.to_owned(),
            Self::UnknownNotice(date) => one(t.errors.unknown_notice, "date", date),
            Self::NotAReport => t.errors.not_a_report.to_owned(),
            Self::Syntax(m) => one(t.errors.syntax, "message", m),
            Self::NegativeFigure => t.errors.negative.to_owned(),
            Self::ThousandsSeparator => t.errors.thousands_separator.to_owned(),
            Self::Fraction => t.errors.fraction.to_owned(),
            Self::ExpectedNumber => t.errors.expected_number.to_owned(),
            Self::UnexpectedEnd => t.errors.unexpected_end.to_owned(),
            Self::UnknownPrefecture(n) => one(t.errors.unknown_prefecture, "name", n),
            Self::UnknownCode(c) => one(t.errors.unknown_code, "code", c),
            Self::DuplicatePrefecture { name, first } => {
                let at = first.map(|p| format!(" ({p})")).unwrap_or_default();
                fill(
                    t.errors.duplicate_prefecture,
                    &[("name", name), ("at", &at)],
                )
            }
            Self::MissingPrefecture { code, name } => fill(
                t.errors.missing_prefecture,
                &[("name", name), ("code", &format!("{code:02}"))],
            ),
            Self::CodeMismatch {
                code,
                name,
                expected,
            } => fill(
                t.errors.code_mismatch,
                &[
                    ("code", &format!("{code:02}")),
                    ("expected", expected),
                    ("name", name),
                ],
            ),
            Self::BadPhone(v) => one(t.errors.bad_phone, "value", v),
            Self::BadDate(v) => one(t.errors.bad_date, "value", v),
            Self::BadTime(v) => one(t.errors.bad_time, "value", v),
            Self::BadEmail(v) => one(t.errors.bad_email, "value", v),
            Self::BadUrl(v) => one(t.errors.bad_url, "value", v),
            Self::BadPostcode(v) => one(t.errors.bad_postcode, "value", v),
            Self::Empty => t.errors.empty.to_owned(),
            Self::DuplicateId(id) => one(t.errors.duplicate_id, "id", id),
            Self::UnknownId(id) => one(t.errors.unknown_id, "id", id),
            Self::SumOverflow(m) => one(t.errors.sum_overflow, "column", &m.label(lang)),
            Self::TotalMismatch {
                metric,
                reported,
                summed,
            } => {
                let diff = i64::from(*reported).saturating_sub(i64::from(*summed));
                fill(
                    t.errors.total_mismatch,
                    &[
                        ("column", &metric.label(lang)),
                        ("reported", reported),
                        ("summed", summed),
                        ("difference", &format!("{diff:+}")),
                    ],
                )
            }
            Self::PartExceedsWhole {
                part,
                part_value,
                whole,
                whole_value,
            } => fill(
                t.errors.part_exceeds_whole,
                &[
                    ("part", &part.label(lang)),
                    ("part_value", part_value),
                    ("whole", &whole.label(lang)),
                    ("whole_value", whole_value),
                ],
            ),
        }
    }
}

impl Finding {
    /// An error with no place in the text.
    pub fn error(problem: Problem) -> Self {
        Self {
            severity: Severity::Error,
            pos: None,
            prefecture: None,
            field: None,
            problem,
        }
    }

    /// The message with its prefecture and field, without the place.
    pub fn message(&self, lang: Lang) -> String {
        let mut s = self.problem.message(lang);
        let mut context = Vec::new();
        if let Some(p) = &self.prefecture {
            context.push(fill(texts(lang).side.in_prefecture, &[("name", p)]));
        }
        if let Some(f) = &self.field {
            context.push(fill(texts(lang).side.in_field, &[("name", f)]));
        }
        if !context.is_empty() {
            s = format!("{s} [{}]", context.join(", "));
        }
        s
    }

    /// `FILE:LINE:COL: message` (or `FILE: message` where there is no place).
    pub fn render(&self, file: &str, lang: Lang) -> String {
        // What the file says is data: its control characters are shown escaped.
        crate::texts::printable(&match self.pos {
            Some(p) => format!("{file}:{p}: {}", self.message(lang)),
            None => format!("{file}: {}", self.message(lang)),
        })
    }
}

/// A report that could not be loaded: every error found, in file order.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} ({file})", self.summary())]
pub struct LoadError {
    /// The file, as the user named it.
    pub file: String,
    /// The errors (never empty).
    pub findings: Vec<Finding>,
}

impl LoadError {
    fn summary(&self) -> String {
        match self.findings.as_slice() {
            [one] => one.message(Lang::En),
            many => format!("{} errors", many.len()),
        }
    }

    /// Every error as `FILE:LINE:COL: message`, one a line.
    pub fn render(&self, lang: Lang) -> Vec<String> {
        self.findings
            .iter()
            .map(|f| f.render(&self.file, lang))
            .collect()
    }
}
