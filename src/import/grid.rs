//! A table file read into rows of cells, each with its place: CSV (UTF-8 with or without a BOM,
//! or `Shift_JIS`/CP932 as Japanese Excel writes it, told apart without asking), tab-separated
//! text, and spreadsheets (`.xlsx`, `.xls`, `.ods`: every sheet, for the caller to pick the one
//! with the header row). A cell that holds something beyond [`MAX_ROWS`] or [`MAX_COLUMNS`] is
//! an error that names it: nothing past the limits is read.

use crate::import::book::{self, Book};
use crate::import::error::Problem;
use crate::import::progress::{EVERY, Progress};
use crate::import::sheet::{Cell, MAX_COLUMNS, MAX_ROWS, Place, Row, Sheet};

/// The kinds of table file, by the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `.csv`: comma-separated.
    Csv,
    /// `.tsv`, `.txt`: tab-separated (cells pasted from Excel into a text file).
    Tsv,
    /// `.xlsx`, `.xlsm`, `.xls`, `.ods`.
    Spreadsheet,
}

impl Kind {
    /// The kind of a file name; `None` for a name that is no table.
    pub fn of(file_name: &str) -> Option<Self> {
        let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Self::Csv),
            "tsv" | "txt" => Some(Self::Tsv),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(Self::Spreadsheet),
            _ => None,
        }
    }
}

/// The text of a text file: UTF-8 (a BOM dropped), else `Shift_JIS` (CP932, what Japanese Excel
/// writes for 「CSV（カンマ区切り）」); an error when it is neither.
pub fn decode(bytes: &[u8]) -> Result<String, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    let (text, had_errors) = encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(Problem::Encoding);
    }
    Ok(text.into_owned())
}

/// The sheets of a table file of `kind` (a spreadsheet's visible ones, its hidden ones named).
/// `progress` is told how far it has come, and stops it when cancelled.
pub fn read(kind: Kind, bytes: &[u8], progress: &Progress) -> Result<Book, Problem> {
    match kind {
        Kind::Csv => read_text(bytes, b',', progress),
        Kind::Tsv => read_text(bytes, b'\t', progress),
        Kind::Spreadsheet => book::read(bytes, progress),
    }
}

fn read_text(bytes: &[u8], delimiter: u8, progress: &Progress) -> Result<Book, Problem> {
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .quoting(delimiter == b',')
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Lines counted here: the csv crate's own count lags a line behind after a CRLF.
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0_usize, 1_u64);
    progress.set_total(u64::try_from(bytes.len()).unwrap_or(u64::MAX));
    for (n, record) in (1_u64..).zip(reader.records()) {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            Problem::Unreadable {
                line: Some(line),
                message: e.to_string(),
            }
        })?;
        if n.is_multiple_of(EVERY) {
            progress.reached(record.position().map_or(0, csv::Position::byte), n)?;
        }
        let mut start = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start = start.saturating_add(1);
        }
        #[expect(clippy::naive_bytecount, reason = "a table of a few kilobytes")]
        let newlines = bytes
            .get(counted_to..start)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
        line = line.saturating_add(u64::try_from(newlines).unwrap_or(0));
        counted_to = counted_to.max(start);
        // A line of nothing but separators and spaces is not kept (nor counted).
        let Some(last) = record
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.trim().is_empty())
            .map(|(i, _)| i)
            .last()
        else {
            continue;
        };
        let beyond = |column: usize| Problem::Beyond(Place::Text { line, column });
        if rows.len() >= usize::try_from(MAX_ROWS).unwrap_or(usize::MAX) {
            return Err(beyond(0));
        }
        if last >= usize::try_from(MAX_COLUMNS).unwrap_or(usize::MAX) {
            return Err(beyond(last));
        }
        let cells = record
            .iter()
            .take(last.saturating_add(1))
            .map(|c| {
                if c.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(c.to_owned())
                }
            })
            .collect();
        rows.push(Row {
            cells,
            at: Place::Text { line, column: 0 },
        });
    }
    Ok(Book {
        sheets: vec![Sheet { name: None, rows }],
        hidden: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_bom_and_shift_jis_are_told_apart() {
        assert_eq!(decode("北海道,519".as_bytes()).unwrap(), "北海道,519");
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xE8\xA8\x88,9828").unwrap(),
            "計,9828",
            "BOM dropped"
        );
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("都道府県,求職者数\r\n北海道,\"9,828\"");
        assert!(std::str::from_utf8(&sjis).is_err());
        assert_eq!(
            decode(&sjis).unwrap(),
            "都道府県,求職者数\r\n北海道,\"9,828\""
        );
        assert_eq!(decode(b"\xFF\xFF\x80"), Err(Problem::Encoding));
    }

    #[test]
    fn text_rows_keep_their_lines() {
        let sheets = read(
            Kind::Csv,
            "title\n\nA,B\n\"x,y\",2\n".as_bytes(),
            &Progress::default(),
        )
        .unwrap()
        .sheets;
        let rows = &sheets[0].rows;
        assert_eq!(rows.len(), 3, "csv skips a wholly empty line");
        assert_eq!(
            rows[2].cells,
            [Cell::Text("x,y".into()), Cell::Text("2".into())]
        );
        assert_eq!(rows[2].place(1).render("t.csv"), "t.csv:4:2");
        let sheets = read(
            Kind::Csv,
            "\u{feff}A,B\r\n1,2\r\n3,4".as_bytes(),
            &Progress::default(),
        )
        .unwrap()
        .sheets;
        let lines: Vec<String> = sheets[0]
            .rows
            .iter()
            .map(|r| r.place(0).render("t"))
            .collect();
        assert_eq!(lines, ["t:1:1", "t:2:1", "t:3:1"], "CRLF, a BOM");
        let sheets = read(
            Kind::Tsv,
            "A\tB\n\"1\"\t2\n".as_bytes(),
            &Progress::default(),
        )
        .unwrap()
        .sheets;
        assert_eq!(sheets[0].rows[1].cells[0], Cell::Text("\"1\"".into()));
    }

    #[test]
    fn kinds_by_extension() {
        assert_eq!(Kind::of("表.CSV"), Some(Kind::Csv));
        assert_eq!(Kind::of("a.txt"), Some(Kind::Tsv));
        assert_eq!(Kind::of("a.xlsx"), Some(Kind::Spreadsheet));
        assert_eq!(Kind::of("a.ods"), Some(Kind::Spreadsheet));
        assert_eq!(Kind::of("a.ron"), None);
        assert_eq!(Kind::of("csv"), None);
    }
}
