//! The table's rows: the header row found (title rows above it skipped; in a spreadsheet, the
//! first sheet that has one), then each row's prefecture (by code or by any name the search
//! box takes) and its seven figures. Blank rows, and rows with neither a prefecture nor a
//! figure (notes under the table), are skipped.

use unicode_normalization::UnicodeNormalization as _;

use crate::import::book::Book;
use crate::import::cells;
use crate::import::error::{Finding, Problem, Who};
use crate::import::header::{self, Columns};
use crate::import::sheet::{Cell, Row, Sheet};
use crate::prefecture;
use crate::prefecture::PrefectureCode;
use crate::report::{Figures, Metric, PrefectureRow, Report};

/// The header row is looked for in a sheet's first rows that hold something (a title and a
/// few notes stand above it; 別紙3 has two).
pub const HEADER_SEARCH_ROWS: usize = 50;

/// What the rows gave: the 47 rows (those read), the published 計, and every finding.
pub struct Read {
    /// The sheet read (a spreadsheet's; `None` for a text file).
    pub sheet: Option<String>,
    /// The prefectures' rows, in code order.
    pub rows: Vec<PrefectureRow>,
    /// The 計 row as published.
    pub total: Figures,
    /// Errors and warnings, in the table's order.
    pub findings: Vec<Finding>,
}

/// The header row among a sheet's first rows: its index and its columns.
fn header_row(sheet: &Sheet) -> Option<(usize, (Columns, Vec<Finding>))> {
    sheet
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .find_map(|(i, row)| header::columns(row).map(|c| (i, c)))
}

/// The sheet to read (the first visible one with a header row) with its header row's index
/// and columns, and the notes on the others (hidden sheets, other tables).
type Chosen<'a> = (
    Option<(&'a Sheet, usize, (Columns, Vec<Finding>))>,
    Vec<Finding>,
);

fn choose(book: &Book) -> Chosen<'_> {
    let mut with_header = book
        .sheets
        .iter()
        .filter_map(|sheet| header_row(sheet).map(|(at, h)| (sheet, at, h)));
    let found = with_header.next();
    let others: Vec<String> = with_header.filter_map(|(s, _, _)| s.name.clone()).collect();
    let mut notes = Vec::new();
    if !others.is_empty() {
        notes.push(Finding::new(Problem::OtherTables(others)));
    }
    if !book.hidden.is_empty() {
        notes.push(Finding::new(Problem::HiddenSheets(book.hidden.clone())));
    }
    (found, notes)
}

/// The sheet the import reads and the index of its header row.
pub(super) fn chosen_sheet(book: &Book) -> Option<(&Sheet, usize)> {
    choose(book).0.map(|(sheet, at, _)| (sheet, at))
}

/// Reads the figures of the first visible sheet with a header row; phones not in the table
/// are `base`'s. Hidden sheets skipped and other sheets with a table are said.
pub fn figures(book: &Book, base: &Report) -> Read {
    let (found, mut notes) = choose(book);
    let Some((sheet, at, (columns, mut findings))) = found else {
        notes.insert(0, Finding::new(Problem::NoHeader));
        return Read {
            sheet: None,
            rows: Vec::new(),
            total: Figures::default(),
            findings: notes,
        };
    };
    findings.extend(notes);
    let mut seen: Vec<(Who, Figures, Option<String>)> = Vec::new();
    for row in sheet.rows.iter().skip(at.saturating_add(1)) {
        if row.cells.iter().all(Cell::is_blank) {
            continue;
        }
        let who = match who(row, &columns) {
            Ok(Some(w)) => w,
            // Neither a prefecture nor a figure: a note under the table.
            Ok(None) if no_figures(row, &columns) => continue,
            Ok(None) => {
                findings
                    .push(Finding::new(Problem::UnknownPrefecture(String::new())).at(row.place(0)));
                continue;
            }
            Err(f) => {
                if !no_figures(row, &columns) {
                    findings.push(f);
                }
                continue;
            }
        };
        if seen.iter().any(|(w, _, _)| *w == who) {
            let mut f = Finding::new(Problem::DuplicatePrefecture).at(row.place(0));
            f.prefecture = Some(who);
            findings.push(f);
            continue;
        }
        let (figures, errors) = read_figures(row, &columns, &who);
        findings.extend(errors);
        let phone = columns
            .phone
            .and_then(|i| row.cells.get(i))
            .map(|c| c.text().trim().to_owned())
            .filter(|p| !p.is_empty());
        seen.push((who, figures, phone));
    }
    let total = seen
        .iter()
        .find(|(w, _, _)| *w == Who::Total)
        .map(|(_, f, _)| *f);
    if total.is_none() {
        findings.push(Finding::new(Problem::MissingTotal));
    }
    let mut rows = Vec::new();
    // Prefectures whose phone the table does not give (its column missing, or its cell empty).
    let mut empty_phones = Vec::new();
    for p in prefecture::all() {
        let Some((_, figures, phone)) = seen.iter().find(|(w, _, _)| *w == Who::Prefecture(p.code))
        else {
            let mut f = Finding::new(Problem::MissingPrefecture);
            f.prefecture = Some(Who::Prefecture(p.code));
            findings.push(f);
            continue;
        };
        let base_row = base.row(p.code);
        let phone = if let Some(phone) = phone {
            phone.clone()
        } else {
            let from_base = base_row.map(|r| r.phone.clone()).unwrap_or_default();
            empty_phones.push((p.code, from_base.clone()));
            from_base
        };
        rows.push(PrefectureRow {
            code: p.code,
            name: base_row.map_or_else(|| p.kanji.clone(), |r| r.name.clone()),
            figures: *figures,
            phone,
        });
    }
    if empty_phones.len() == rows.len() && !rows.is_empty() {
        // No phone at all (no column, or an empty one): said once.
        findings.push(Finding::new(Problem::PhonesFromBase));
    } else {
        // Some cells empty in a column that has phones: said for each of those prefectures.
        for (code, from_base) in empty_phones {
            let mut f = Finding::new(Problem::EmptyPhone(from_base));
            f.prefecture = Some(Who::Prefecture(code));
            findings.push(f);
        }
    }
    Read {
        sheet: sheet.name.clone(),
        rows,
        total: total.unwrap_or_default(),
        findings,
    }
}

/// Whether none of the row's figure cells holds anything.
fn no_figures(row: &Row, columns: &Columns) -> bool {
    columns
        .figures
        .iter()
        .flatten()
        .all(|&i| row.cells.get(i).is_none_or(Cell::is_blank))
}

/// The row's prefecture or 計, by its code and its name; `Ok(None)` when it has neither, an
/// error when either names none or the two disagree.
fn who(row: &Row, columns: &Columns) -> Result<Option<Who>, Finding> {
    let text = |i: Option<usize>| {
        i.and_then(|i| {
            row.cells
                .get(i)
                .map(|c| (i, c.text().nfkc().collect::<String>()))
        })
        .map(|(i, t)| (i, t.trim().to_owned()))
        .filter(|(_, t)| !t.is_empty())
    };
    let by_code = text(columns.code)
        .map(|(i, c)| code(&c).ok_or_else(|| unknown(row, i, &c)))
        .transpose()?;
    let by_name = text(columns.name)
        .map(|(i, n)| name(&n).ok_or_else(|| unknown(row, i, &n)))
        .transpose()?;
    match (by_code, by_name) {
        (Some(c), Some(n)) if c != n => {
            let written = |i: Option<usize>| text(i).map(|(_, t)| t).unwrap_or_default();
            Err(Finding::new(Problem::CodeAndName {
                code: written(columns.code),
                name: written(columns.name),
            })
            .at(row.place(columns.code.unwrap_or(0))))
        }
        (Some(w), _) | (None, Some(w)) => Ok(Some(w)),
        (None, None) => Ok(None),
    }
}

fn unknown(row: &Row, column: usize, written: &str) -> Finding {
    Finding::new(Problem::UnknownPrefecture(written.to_owned())).at(row.place(column))
}

/// 00 (or 0) is 計; 1-47 with or without a leading zero a prefecture.
fn code(text: &str) -> Option<Who> {
    let n: u8 = text.strip_suffix(".0").unwrap_or(text).parse().ok()?;
    match n {
        0 => Some(Who::Total),
        1..=47 => Some(Who::Prefecture(PrefectureCode(n))),
        _ => None,
    }
}

/// 計 (合計, 全国, Total) or a prefecture by any of its names: kanji with or without 都府県
/// (東京都, 東京), kana (とうきょう), or its English name (Tokyo).
fn name(text: &str) -> Option<Who> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = t.to_lowercase();
    if ["計", "合計", "総計", "全国", "全国計", "total"].contains(&lower.as_str()) {
        return Some(Who::Total);
    }
    let hiragana = wana_kana::ConvertJapanese::to_hiragana(t.as_str());
    prefecture::all()
        .iter()
        .find(|p| {
            p.kanji == t
                || p.kanji_short == t
                || p.hiragana == hiragana
                || p.hiragana_short == hiragana
                || p.english.to_lowercase() == lower
        })
        .map(|p| Who::Prefecture(p.code))
}

/// The seven figures of a row; each bad cell an error with its place, prefecture and column.
fn read_figures(row: &Row, columns: &Columns, who: &Who) -> (Figures, Vec<Finding>) {
    let mut figures = Figures::default();
    let mut errors = Vec::new();
    for (m, at) in Metric::ALL.iter().zip(columns.figures) {
        let Some(at) = at else { continue };
        let cell = row.cells.get(at).unwrap_or(&Cell::Empty);
        match cells::count(cell) {
            Ok(n) => set(&mut figures, *m, n),
            Err(problem) => errors.push(Finding {
                problem,
                place: Some(row.place(at)),
                prefecture: Some(who.clone()),
                column: Some(*m),
            }),
        }
    }
    (figures, errors)
}

fn set(f: &mut Figures, m: Metric, n: u32) {
    let slot = match m {
        Metric::JobSeekers => &mut f.job_seekers,
        Metric::Openings => &mut f.openings,
        Metric::VaccinationOpenings => &mut f.vaccination_openings,
        Metric::Referrals => &mut f.referrals,
        Metric::Employed => &mut f.employed,
        Metric::VaccinationEmployed => &mut f.vaccination_employed,
        Metric::VaccinationTrained => &mut f.vaccination_trained,
    };
    *slot = n;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_by_code_or_any_name() {
        assert_eq!(code("13"), Some(Who::Prefecture(PrefectureCode(13))));
        assert_eq!(code("01"), Some(Who::Prefecture(PrefectureCode(1))));
        assert_eq!(code("00"), Some(Who::Total));
        assert_eq!(code("48"), None);
        for n in [
            "東京都",
            "東京",
            "とうきょう",
            "トウキョウ",
            "Tokyo",
            "TOKYO",
            "東 京 都",
        ] {
            assert_eq!(name(n), Some(Who::Prefecture(PrefectureCode(13))), "{n}");
        }
        for n in ["計", "合計", "全国", "Total"] {
            assert_eq!(name(n), Some(Who::Total), "{n}");
        }
        assert_eq!(name("京都"), Some(Who::Prefecture(PrefectureCode(26))));
        assert_eq!(name("東京府"), None);
    }
}
