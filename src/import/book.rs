//! A spreadsheet (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`) read as the cells it uses, never as
//! the rectangle around them: an .xlsx's cells one at a time as calamine's cell reader gives
//! them, an .xls's or .ods's (which calamine reads whole) after `prescan` has found their used
//! cells within the limits. Hidden sheets are skipped, and named.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader as _, SheetType, SheetVisible, Sheets};

use crate::import::error::Problem;
use crate::import::prescan;
use crate::import::progress::{EVERY, Progress};
use crate::import::sheet::{Cell, MAX_COLUMNS, MAX_ROWS, Place, Row, Sheet};

/// The sheets read, and those skipped because they are hidden.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    /// The visible worksheets, in the workbook's order.
    pub sheets: Vec<Sheet>,
    /// The hidden sheets' names (not read).
    pub hidden: Vec<String>,
}

fn unreadable(e: &dyn std::fmt::Display) -> Problem {
    Problem::Unreadable {
        line: None,
        message: e.to_string(),
    }
}

/// The visible worksheets of the spreadsheet in `bytes`; `progress` counts the cells read and
/// stops the reading when cancelled.
pub fn read(bytes: &[u8], progress: &Progress) -> Result<Book, Problem> {
    prescan::check(bytes, progress)?;
    let mut book =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut read = Book::default();
    for meta in book.sheets_metadata().to_vec() {
        if meta.visible != SheetVisible::Visible {
            read.hidden.push(meta.name);
            continue;
        }
        if meta.typ != SheetType::WorkSheet {
            continue;
        }
        let name = meta.name;
        let cells = match &mut book {
            Sheets::Xlsx(x) => {
                let mut reader = x
                    .worksheet_cells_reader(&name)
                    .map_err(|e| unreadable(&e))?;
                used_cells(&name, progress, || {
                    reader
                        .next_cell()
                        .map(|c| c.map(|c| (c.get_position(), cell(c.get_value()))))
                        .map_err(|e| unreadable(&e))
                })?
            }
            Sheets::Xlsb(x) => {
                let mut reader = x
                    .worksheet_cells_reader(&name)
                    .map_err(|e| unreadable(&e))?;
                used_cells(&name, progress, || {
                    reader
                        .next_cell()
                        .map(|c| c.map(|c| (c.get_position(), cell(c.get_value()))))
                        .map_err(|e| unreadable(&e))
                })?
            }
            // Read whole by calamine, within the limits that `prescan` made sure of.
            Sheets::Xls(_) | Sheets::Ods(_) => {
                let range = book.worksheet_range(&name).map_err(|e| unreadable(&e))?;
                let mut cells = range.used_cells();
                used_cells(&name, progress, || {
                    Ok(cells
                        .next()
                        .map(|(r, c, d)| range_cell(range.start(), r, c, d)))
                })?
            }
        };
        read.sheets.push(Sheet {
            rows: rows(&name, cells),
            name: Some(name),
        });
    }
    Ok(read)
}

/// A used cell of a range at its place in the sheet.
fn range_cell(
    start: Option<(u32, u32)>,
    row: usize,
    column: usize,
    data: &Data,
) -> ((u32, u32), Cell) {
    let (top, left) = start.unwrap_or((0, 0));
    let at =
        |base: u32, offset: usize| base.saturating_add(u32::try_from(offset).unwrap_or(u32::MAX));
    let cell = match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        #[expect(clippy::cast_precision_loss, reason = "figures are far below 2^52")]
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        other => Cell::Other(other.to_string()),
    };
    ((at(top, row), at(left, column)), cell)
}

/// The cells that hold something, each checked against the limits as it comes: the first one
/// beyond them is the error, named by its cell.
fn used_cells(
    sheet: &str,
    progress: &Progress,
    mut next: impl FnMut() -> Result<Option<((u32, u32), Cell)>, Problem>,
) -> Result<Vec<(u32, u32, Cell)>, Problem> {
    let mut cells = Vec::new();
    let mut seen = 0_u64;
    while let Some(((row, column), cell)) = next()? {
        seen = seen.saturating_add(1);
        if seen.is_multiple_of(EVERY) {
            progress.reached(0, seen)?;
        }
        // A formatted cell that holds nothing does not count, wherever it is.
        if cell == Cell::Empty {
            continue;
        }
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            return Err(Problem::Beyond(Place::Sheet {
                sheet: sheet.to_owned(),
                row,
                column,
            }));
        }
        cells.push((row, column, cell));
    }
    Ok(cells)
}

/// The used cells as rows: each row from the sheet's first used column to its own last cell,
/// the empty cells between filled in; rows without a used cell left out (every row keeps its
/// place).
fn rows(sheet: &str, mut cells: Vec<(u32, u32, Cell)>) -> Vec<Row> {
    cells.sort_by_key(|(r, c, _)| (*r, *c));
    let left = cells.iter().map(|(_, c, _)| *c).min().unwrap_or(0);
    let mut rows: Vec<Row> = Vec::new();
    for (row, column, cell) in cells {
        let at = usize::try_from(column.saturating_sub(left)).unwrap_or(usize::MAX);
        let same_row = rows
            .last()
            .is_some_and(|r| matches!(r.at, Place::Sheet { row: last, .. } if last == row));
        if !same_row {
            rows.push(Row {
                cells: Vec::new(),
                at: Place::Sheet {
                    sheet: sheet.to_owned(),
                    row,
                    column: left,
                },
            });
        }
        if let Some(r) = rows.last_mut() {
            if r.cells.len() <= at {
                r.cells.resize(at.saturating_add(1), Cell::Empty);
            }
            if let Some(slot) = r.cells.get_mut(at) {
                *slot = cell;
            }
        }
    }
    rows
}

/// An .xlsx's or .xlsb's cell as the file holds it.
fn cell(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_owned()),
        #[expect(clippy::cast_precision_loss, reason = "figures are far below 2^52")]
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        other => Cell::Other(Data::from(other.clone()).to_string()),
    }
}

#[cfg(test)]
#[path = "book/tests.rs"]
mod tests;
