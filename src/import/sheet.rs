//! What a table file is read into, whatever its kind: sheets of rows of cells, each cell with
//! its place (`table.csv:12:4`, `table.xlsx:Sheet1!D12`), and the limits of what an import
//! reads.

/// An import reads at most this many rows of a sheet (counted from its top, blank rows not
/// counted in a text file): a table of 47 prefectures under a title takes about 60.
pub const MAX_ROWS: u32 = 10_000;
/// An import reads at most this many columns (A to IV): the table has ten.
pub const MAX_COLUMNS: u32 = 256;

/// One cell as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text (all a text file holds; a spreadsheet's text cells).
    Text(String),
    /// A spreadsheet's number.
    Number(f64),
    /// Anything else a spreadsheet holds (a date, a formula error, a boolean), as shown.
    Other(String),
}

impl Cell {
    /// Whether the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(t) => t.trim().is_empty(),
            Self::Number(_) | Self::Other(_) => false,
        }
    }

    /// The cell as text (a number as a spreadsheet shows it, without a thousands separator).
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(t) | Self::Other(t) => t.clone(),
            Self::Number(n) => n.to_string(),
        }
    }
}

/// A row of cells and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row's cells, left to right.
    pub cells: Vec<Cell>,
    /// The place of the row's first cell; a cell's place is [`Row::place`].
    pub at: Place,
}

impl Row {
    /// The place of the cell in column `index` (0-based).
    pub fn place(&self, index: usize) -> Place {
        self.at.column(index)
    }
}

/// One sheet (a text file is one sheet without a name).
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's name; `None` for a text file.
    pub name: Option<String>,
    /// Its rows that hold something, top to bottom, each with its place.
    pub rows: Vec<Row>,
}

/// Where a cell is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A text file: line (1-based) and column (0-based, shown 1-based).
    Text {
        /// The line.
        line: u64,
        /// The column, from 0.
        column: usize,
    },
    /// A spreadsheet: sheet, row and column (0-based, shown as `D12`).
    Sheet {
        /// The sheet's name.
        sheet: String,
        /// The row, from 0.
        row: u32,
        /// The column, from 0.
        column: u32,
    },
}

impl Place {
    /// The place `index` cells to the right.
    #[must_use]
    pub fn column(&self, index: usize) -> Self {
        match self {
            Self::Text { line, column } => Self::Text {
                line: *line,
                column: column.saturating_add(index),
            },
            Self::Sheet { sheet, row, column } => Self::Sheet {
                sheet: sheet.clone(),
                row: *row,
                column: column.saturating_add(u32::try_from(index).unwrap_or(u32::MAX)),
            },
        }
    }

    /// `file:LINE:COL` or `file:Sheet!A1`.
    pub fn render(&self, file: &str) -> String {
        match self {
            Self::Text { line, column } => format!("{file}:{line}:{}", column.saturating_add(1)),
            Self::Sheet { sheet, row, column } => {
                format!(
                    "{file}:{sheet}!{}{}",
                    column_letters(*column),
                    row.saturating_add(1)
                )
            }
        }
    }
}

/// A spreadsheet's column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(column: u32) -> String {
    let mut n = u64::from(column).saturating_add(1);
    let mut letters = Vec::new();
    while n > 0 {
        let m = n.saturating_sub(1);
        letters.push(char::from(
            b'A'.saturating_add(u8::try_from(m.rem_euclid(26)).unwrap_or(0)),
        ));
        n = m.div_euclid(26);
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_as_a_clerk_reads_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        let sheet = Place::Sheet {
            sheet: "Sheet1".into(),
            row: 11,
            column: 0,
        };
        assert_eq!(
            sheet.column(3).render("table.xlsx"),
            "table.xlsx:Sheet1!D12"
        );
        let text = Place::Text {
            line: 12,
            column: 0,
        };
        assert_eq!(text.column(3).render("table.csv"), "table.csv:12:4");
    }
}
