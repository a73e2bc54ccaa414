//! The header row: which column is which, by its header, in any order. The source's Japanese
//! names (as `export-csv` writes them, and as 別紙3 prints them: `(うちワクチン接種業務)` with or
//! without its parent's name before it, note marks and line breaks or not), or the English names
//! of `export-csv --lang en`.

use unicode_normalization::UnicodeNormalization as _;

use crate::import::error::{Finding, Problem};
use crate::import::sheet::Row;
use crate::lang::Lang;
use crate::report::Metric;
use crate::texts::texts;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The JIS code.
    Code,
    /// The prefecture's name.
    Name,
    /// A figure.
    Figure(Metric),
    /// The nurse centre's phone.
    Phone,
}

/// The columns found in a header row: where each field is (0-based).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// The code's column, when there is one.
    pub code: Option<usize>,
    /// The name's column, when there is one.
    pub name: Option<usize>,
    /// Each figure's column, in `Metric::ALL`'s order.
    pub figures: [Option<usize>; 7],
    /// The phone's column, when there is one.
    pub phone: Option<usize>,
}

/// A header as compared: NFKC, no spaces or line breaks, no note marks (※1, *1, a trailing
/// 1-3 or `<sup>1</sup>`), lower case.
pub fn normalise(header: &str) -> String {
    let mut s: String = header
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace("<sup>", "")
        .replace("</sup>", "")
        .to_lowercase();
    loop {
        let trimmed = s
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .trim_end_matches(['※', '*']);
        if trimmed.len() == s.len() {
            break;
        }
        s = trimmed.to_owned();
    }
    s
}

/// The `(うちワクチン接種業務)` header alone: the of-which column of the figure to its left
/// (written as [`normalise`] leaves it).
const OF_WHICH: [&str; 2] = ["(うちワクチン接種業務)", "うちワクチン接種業務"];

/// Every header we know, normalised once: the export's and the source's names in both
/// languages, then other ways a clerk's sheet names them; the first match wins.
static KNOWN: std::sync::LazyLock<Vec<(String, Field)>> = std::sync::LazyLock::new(|| {
    let mut known = Vec::new();
    for lang in Lang::ALL {
        let t = texts(lang);
        for (names, f) in [
            (vec![t.csv.code, t.table.code], Field::Code),
            (vec![t.table.prefecture], Field::Name),
            (
                vec![t.csv.phone, t.side.nurse_centre_phone_header],
                Field::Phone,
            ),
        ] {
            known.extend(names.into_iter().map(|n| (normalise(n), f)));
        }
        known.extend(
            Metric::ALL
                .into_iter()
                .map(|m| (normalise(m.label(lang)), Field::Figure(m))),
        );
    }
    for (names, f) in [
        (&["コード", "都道府県番号", "jiscode"][..], Field::Code),
        (&["都道府県名", "prefecture", "name"][..], Field::Name),
        (&["電話", "電話番号", "連絡先", "phone"][..], Field::Phone),
    ] {
        known.extend(names.iter().map(|n| ((*n).to_owned(), f)));
    }
    known
});

/// The field a header names; `None` for a header we do not know. A bare `(うちワクチン接種業務)`
/// is the of-which part of the figure before it (`previous`).
fn field(header: &str, previous: Option<Field>) -> Option<Field> {
    let h = normalise(header);
    if OF_WHICH.contains(&h.as_str()) {
        return match previous {
            Some(Field::Figure(Metric::Openings)) => {
                Some(Field::Figure(Metric::VaccinationOpenings))
            }
            Some(Field::Figure(Metric::Employed)) => {
                Some(Field::Figure(Metric::VaccinationEmployed))
            }
            _ => None,
        };
    }
    KNOWN.iter().find(|(k, _)| *k == h).map(|(_, f)| *f)
}

/// The columns of `row` if it is the header (it names the prefecture or the code, and at
/// least one figure); `None` if it is not. Findings: unknown headers (warnings), a column
/// named twice, a figure's column missing.
pub fn columns(row: &Row) -> Option<(Columns, Vec<Finding>)> {
    let mut found = Columns::default();
    let mut findings = Vec::new();
    let mut previous = None;
    let mut any_figure = false;
    for (i, cell) in row.cells.iter().enumerate() {
        let text = cell.text();
        if text.trim().is_empty() {
            continue;
        }
        let Some(f) = field(&text, previous) else {
            findings.push(
                Finding::new(Problem::UnknownColumn(text.trim().to_owned())).at(row.place(i)),
            );
            previous = None;
            continue;
        };
        previous = Some(f);
        let slot = match f {
            Field::Code => &mut found.code,
            Field::Name => &mut found.name,
            Field::Phone => &mut found.phone,
            Field::Figure(m) => {
                any_figure = true;
                let at = Metric::ALL.iter().position(|x| *x == m).unwrap_or(0);
                match found.figures.get_mut(at) {
                    Some(slot) => slot,
                    None => continue,
                }
            }
        };
        if slot.is_some() {
            findings.push(
                Finding::new(Problem::DuplicateColumn(text.trim().to_owned())).at(row.place(i)),
            );
        } else {
            *slot = Some(i);
        }
    }
    if !(any_figure && (found.name.is_some() || found.code.is_some())) {
        return None;
    }
    for (m, at) in Metric::ALL.iter().zip(found.figures) {
        if at.is_none() {
            findings.push(Finding::new(Problem::MissingColumn(*m)).at(row.place(0)));
        }
    }
    Some((found, findings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::sheet::{Cell, Place};

    fn row(headers: &[&str]) -> Row {
        Row {
            cells: headers
                .iter()
                .map(|h| Cell::Text((*h).to_owned()))
                .collect(),
            at: Place::Text { line: 1, column: 0 },
        }
    }

    #[test]
    fn the_of_which_headers_are_written_normalised() {
        for o in OF_WHICH {
            assert_eq!(normalise(o), o);
        }
        assert_eq!(
            field(
                "（うちワクチン\n接種業務）※1",
                Some(Field::Figure(Metric::Openings))
            ),
            Some(Field::Figure(Metric::VaccinationOpenings))
        );
    }

    #[test]
    fn the_export_csv_headers_in_both_languages() {
        for lang in Lang::ALL {
            let headers = crate::report::csv::header(lang);
            let (c, findings) = columns(&row(&headers)).unwrap();
            assert!(findings.is_empty(), "{lang:?}: {findings:?}");
            assert_eq!(c.code, Some(0));
            assert_eq!(c.name, Some(1));
            assert_eq!(c.figures, [2, 3, 4, 5, 6, 7, 8].map(Some));
            assert_eq!(c.phone, Some(9));
        }
    }

    #[test]
    fn the_headers_as_the_notice_prints_them_in_any_order() {
        // As 別紙3 prints them (line breaks and note marks in the headers), phone first.
        let printed = [
            "各都道府県ナース\nセンターの連絡先",
            "都道府県",
            "求職者数",
            "求人数",
            "(うちワクチン\n接種業務) 1",
            "紹介人数",
            "就業者数",
            "（うちワクチン接種業務）※2",
            "ワクチン接種\n業務対応研修\n修了者数 3",
            "備考",
        ];
        let (c, findings) = columns(&row(&printed)).unwrap();
        assert_eq!(c.phone, Some(0));
        assert_eq!(c.name, Some(1));
        assert_eq!(c.code, None);
        assert_eq!(c.figures, [2, 3, 4, 5, 6, 7, 8].map(Some));
        assert_eq!(
            findings.iter().map(|f| &f.problem).collect::<Vec<_>>(),
            [&Problem::UnknownColumn("備考".into())]
        );
    }

    #[test]
    fn a_title_row_is_no_header_and_a_missing_figure_is_named() {
        assert!(columns(&row(&["都道府県ナースセンターの…復職支援状況 累計"])).is_none());
        let (_, findings) = columns(&row(&["都道府県", "求職者数", "求人数"])).unwrap();
        assert!(
            findings.contains(
                &Finding::new(Problem::MissingColumn(Metric::Referrals))
                    .at(Place::Text { line: 1, column: 0 })
            )
        );
        let (_, findings) = columns(&row(&["都道府県", "求職者数", "求職者数"])).unwrap();
        assert!(
            findings
                .iter()
                .any(|f| f.problem == Problem::DuplicateColumn("求職者数".into()))
        );
    }
}
