//! The dates a table states in its title rows, above its header (as 別紙3 does:
//! 「20年4月6日～21年5月16日分」, 「(21/5/19時点の…)」), so that the window can offer them with
//! where they were read.

use super::Problem;
use super::book::Book;
use super::grid::{self, Kind};
use super::progress::Progress;
use super::sheet::Place;
use crate::lang::Lang;
use crate::texts::fill;

/// A date a table states: the date (ISO 8601), where it stands and the words it stands in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatedDate {
    /// The date, ISO 8601.
    pub iso: String,
    /// Where it is written.
    pub at: Place,
    /// The cell's or line's words.
    pub text: String,
}

/// A place as a form says it: 「2行目」, 「Sheet1!A2」.
pub fn place_words(at: &Place, lang: Lang) -> String {
    match at {
        Place::Text { line, .. } => fill(
            crate::texts::texts(lang).import.line_place,
            &[("line", line)],
        ),
        Place::Sheet { .. } => at.render("").trim_start_matches(':').to_owned(),
    }
}

/// The compiled date and the period's end a table states, each where found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stated {
    /// The date its figures stand at (「…時点」).
    pub compiled: Option<StatedDate>,
    /// The last day it counts (「～…分」).
    pub period_end: Option<StatedDate>,
}

/// Reads the table in `bytes` (named `file_name`) and the dates its title rows state: the
/// rows above the header row of the sheet the import would read (the first rows of the first
/// sheet when it has none).
pub fn stated_dates(file_name: &str, bytes: &[u8], progress: &Progress) -> Result<Stated, Problem> {
    let kind = Kind::of(file_name).ok_or(Problem::NotATable)?;
    let book = grid::read(kind, bytes, progress)?;
    Ok(in_book(&book))
}

fn in_book(book: &Book) -> Stated {
    let (sheet, above) = match super::rows::chosen_sheet(book) {
        Some((sheet, header)) => (Some(sheet), header),
        None => (book.sheets.first(), super::rows::HEADER_SEARCH_ROWS),
    };
    let mut found = Stated::default();
    for row in sheet.into_iter().flat_map(|s| s.rows.iter().take(above)) {
        for (i, cell) in row.cells.iter().enumerate() {
            let text = cell.text();
            let (compiled, end) = crate::import::dates::stated(&text);
            let at = || row.place(i);
            if found.compiled.is_none()
                && let Some(iso) = compiled
            {
                found.compiled = Some(StatedDate {
                    iso,
                    at: at(),
                    text: text.trim().to_owned(),
                });
            }
            if found.period_end.is_none()
                && let Some(iso) = end
            {
                found.period_end = Some(StatedDate {
                    iso,
                    at: at(),
                    text: text.trim().to_owned(),
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up table (a test fixture, not data) with 別紙3's title rows above its header.
    fn titled(title: &str) -> String {
        let mut t = format!(
            "{title}\n(21/6/2時点の各都道府県ナースセンターからの報告をとりまとめたもの)\n"
        );
        t.push_str("都道府県,求職者数\n北海道,1\n");
        t
    }

    #[test]
    fn the_title_rows_state_the_compiled_date_and_the_periods_end_with_their_places() {
        let csv = titled("20年4月6日～21年5月30日分(ワクチン関連については21/4/12以降)");
        let s = stated_dates("t.csv", csv.as_bytes(), &Progress::default()).unwrap();
        let compiled = s.compiled.unwrap();
        assert_eq!(compiled.iso, "2021-06-02");
        assert_eq!(place_words(&compiled.at, Lang::Ja), "2行目");
        assert_eq!(place_words(&compiled.at, Lang::En), "line 2");
        assert!(compiled.text.starts_with("(21/6/2時点の"));
        let end = s.period_end.unwrap();
        assert_eq!(end.iso, "2021-05-30");
        assert_eq!(place_words(&end.at, Lang::Ja), "1行目");
        // Below the header, a date is a figure's business, not the table's.
        let below = "都道府県,求職者数\n北海道,1\n(21/6/2時点)\n";
        let s = stated_dates("t.csv", below.as_bytes(), &Progress::default()).unwrap();
        assert_eq!(s, Stated::default());
        assert_eq!(
            stated_dates("t.doc", b"", &Progress::default()),
            Err(Problem::NotATable)
        );
        let place = StatedDate {
            iso: "2021-06-02".to_owned(),
            at: Place::Sheet {
                sheet: "5月".to_owned(),
                row: 1,
                column: 0,
            },
            text: String::new(),
        };
        assert_eq!(place_words(&place.at, Lang::Ja), "5月!A2");
    }
}
