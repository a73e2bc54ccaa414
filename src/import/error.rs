//! What can be wrong with a table file, and where: `table.csv:12:4` for text files (line and
//! column), `table.xlsx:Sheet1!D12` for spreadsheets; with the prefecture and the column where
//! there is one; in the user's language.

use crate::import::sheet::{MAX_COLUMNS, MAX_ROWS, Place};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::Metric;
use crate::texts::{fill, format_count, texts};

/// Whose row a finding is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// A prefecture.
    Prefecture(PrefectureCode),
    /// The 計 row.
    Total,
}

impl Who {
    /// The row's name in `lang` (the source's kanji in Japanese, Tokyo in English).
    pub fn name(&self, lang: Lang) -> String {
        match self {
            Self::Prefecture(code) => crate::prefecture::by_code(*code).map_or_else(
                || code.two_digits(),
                |p| lang.pick(&p.kanji, &p.english).to_owned(),
            ),
            Self::Total => texts(lang).csv.total.to_owned(),
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A text file neither in UTF-8 nor in `Shift_JIS`.
    Encoding,
    /// The file cannot be read as its kind (a broken CSV quote, a damaged spreadsheet).
    Unreadable {
        /// The line, for a text file, when known.
        line: Option<u64>,
        /// What the reader said.
        message: String,
    },
    /// The file name says no table (.csv, .tsv, .txt, .xlsx, .xls, .ods).
    NotATable,
    /// No row holds the header (the prefecture column and the figures' columns).
    NoHeader,
    /// A figure's column is not in the header.
    MissingColumn(Metric),
    /// A column stands twice in the header.
    DuplicateColumn(String),
    /// A header names no column we know (a warning: the column is left out).
    UnknownColumn(String),
    /// A row names no prefecture we know.
    UnknownPrefecture(String),
    /// The row's code and name are of different prefectures.
    CodeAndName {
        /// The code as written.
        code: String,
        /// The name as written.
        name: String,
    },
    /// A prefecture's row stands twice.
    DuplicatePrefecture,
    /// A prefecture has no row.
    MissingPrefecture,
    /// There is no 計 row.
    MissingTotal,
    /// A figure's cell is empty.
    EmptyCell,
    /// A figure's cell holds something that is no number.
    NotANumber(String),
    /// A figure's cell holds a negative number.
    Negative(String),
    /// A figure's cell holds a fraction.
    Fraction(String),
    /// A figure's cell holds a number too large to be a count.
    TooLarge(String),
    /// Phones were not in the table: they are the base report's (a note, not an error).
    PhonesFromBase,
    /// A prefecture's phone is empty in the table's phone column: the base report's is used
    /// (a note, not an error).
    EmptyPhone(String),
    /// A cell that holds something lies beyond the rows and columns an import reads.
    Beyond(Place),
    /// A spreadsheet's part unpacks to more than an import reads.
    Unpacked {
        /// The part's name in the archive (`xl/sharedStrings.xml`).
        part: String,
        /// The limit, in bytes, of all parts together.
        limit: u64,
    },
    /// The errors after the first [`MAX_SHOWN`], counted.
    MoreErrors(usize),
    /// Other visible sheets also hold a table (a note: the first was read).
    OtherTables(Vec<String>),
    /// Hidden sheets were not read (a note).
    HiddenSheets(Vec<String>),
    /// The user cancelled the import.
    Cancelled,
}

/// At most this many errors are listed; the rest are counted.
pub const MAX_SHOWN: usize = 100;

/// Names as a list of quoted names in `lang` (「A」、「B」 / "A", "B").
fn quoted(names: &[String], lang: Lang) -> String {
    let t = texts(lang);
    names
        .iter()
        .map(|n| fill(t.import.quoted, &[("name", n)]))
        .collect::<Vec<_>>()
        .join(t.window.list_separator)
}

impl Problem {
    /// Whether the table can still be imported with it.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Self::UnknownColumn(_)
                | Self::PhonesFromBase
                | Self::EmptyPhone(_)
                | Self::OtherTables(_)
                | Self::HiddenSheets(_)
        )
    }

    /// What it says, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Self::Encoding => t.import.encoding.to_owned(),
            Self::Unreadable { message, .. } => fill(t.import.unreadable, &[("error", message)]),
            Self::NotATable => t.import.not_a_table.to_owned(),
            Self::NoHeader => t.import.no_header.to_owned(),
            Self::MissingColumn(m) => fill(t.import.missing_column, &[("column", &m.label(lang))]),
            Self::DuplicateColumn(h) => fill(t.import.duplicate_column, &[("header", h)]),
            Self::UnknownColumn(h) => fill(t.import.unknown_column, &[("header", h)]),
            Self::UnknownPrefecture(n) => fill(t.import.unknown_prefecture, &[("name", n)]),
            Self::CodeAndName { code, name } => {
                fill(t.import.code_and_name, &[("code", code), ("name", name)])
            }
            Self::DuplicatePrefecture => t.import.duplicate_prefecture.to_owned(),
            Self::MissingPrefecture => t.import.missing_prefecture.to_owned(),
            Self::MissingTotal => t.import.missing_total.to_owned(),
            Self::EmptyCell => t.import.empty_cell.to_owned(),
            Self::NotANumber(v) => fill(t.import.not_a_number, &[("value", v)]),
            Self::Negative(v) => fill(t.import.negative, &[("value", v)]),
            Self::Fraction(v) => fill(t.import.fraction, &[("value", v)]),
            Self::TooLarge(v) => fill(t.import.too_large, &[("value", v)]),
            Self::PhonesFromBase => t.import.phones_from_base.to_owned(),
            Self::EmptyPhone(phone) => fill(t.import.empty_phone, &[("phone", phone)]),
            Self::Beyond(_) => fill(
                t.import.beyond,
                &[
                    ("rows", &format_count(MAX_ROWS)),
                    ("columns", &format_count(MAX_COLUMNS)),
                ],
            ),
            Self::Unpacked { part, limit } => fill(
                t.import.unpacked,
                &[("part", part), ("limit", &limit.div_euclid(1024 * 1024))],
            ),
            Self::MoreErrors(n) => fill(
                t.import.more_errors,
                &[
                    (
                        "count",
                        &format_count(u32::try_from(*n).unwrap_or(u32::MAX)),
                    ),
                    ("shown", &MAX_SHOWN),
                ],
            ),
            Self::OtherTables(names) => {
                fill(t.import.other_tables, &[("sheets", &quoted(names, lang))])
            }
            Self::Cancelled => t.import.cancelled.to_owned(),
            Self::HiddenSheets(names) => {
                fill(t.import.hidden_sheets, &[("sheets", &quoted(names, lang))])
            }
        }
    }
}

/// One problem with its place, prefecture and column, where it has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What is wrong.
    pub problem: Problem,
    /// The cell (or the row's first cell).
    pub place: Option<Place>,
    /// The row's prefecture, or 計.
    pub prefecture: Option<Who>,
    /// The figure's column.
    pub column: Option<Metric>,
}

impl Finding {
    /// A finding with nothing but its problem.
    pub fn new(problem: Problem) -> Self {
        Self {
            problem,
            place: None,
            prefecture: None,
            column: None,
        }
    }

    /// The same at a place.
    #[must_use]
    pub fn at(mut self, place: Place) -> Self {
        self.place = Some(place);
        self
    }

    /// `file:place: prefecture, column: message`, in `lang`; `warning:` before a warning.
    pub fn render(&self, file: &str, lang: Lang) -> String {
        let t = texts(lang);
        let place = match (&self.place, &self.problem) {
            (Some(p), _) => p.render(file),
            (None, Problem::Unreadable { line: Some(l), .. }) => format!("{file}:{l}"),
            (None, _) => file.to_owned(),
        };
        let mut about: Vec<String> = Vec::new();
        if let Some(p) = &self.prefecture {
            about.push(p.name(lang));
        }
        if let Some(m) = self.column {
            about.push(m.label(lang).to_owned());
        }
        let message = self.problem.message(lang);
        let text = if about.is_empty() {
            format!("{place}: {message}")
        } else {
            format!(
                "{place}: {}: {message}",
                about.join(t.window.list_separator)
            )
        };
        // Header cells and file names are data: their control characters are shown escaped.
        let text = crate::texts::printable(&text);
        if self.problem.is_warning() {
            fill(t.cli.warning, &[("message", &text)])
        } else {
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_names_its_cell_prefecture_and_column() {
        let f = Finding {
            problem: Problem::Negative("-3".into()),
            place: Some(Place::Text { line: 5, column: 2 }),
            prefecture: Some(Who::Prefecture(PrefectureCode(13))),
            column: Some(Metric::Openings),
        };
        assert_eq!(
            f.render("t.csv", Lang::Ja),
            "t.csv:5:3: 東京都、求人数: 負の数「-3」は数えた数になりません"
        );
        assert!(
            f.render("t.csv", Lang::En)
                .starts_with("t.csv:5:3: Tokyo, Openings: ")
        );
    }
}
