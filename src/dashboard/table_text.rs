//! The table as text, cell by cell, as the screen shows it: the headers, each cell's digits
//! (counts grouped, per 100,000 people to one decimal, changes signed with ▼ on a fall), and
//! the rows the window pins and shows (計, the filtered sum when a filter is on, the rows
//! shown). One formatting path for the screen reader's tree and the briefing pack's printed
//! table; no drawing here.

use crate::dashboard::columns::Column as Col;
use crate::dashboard::format::format_derived;
use crate::dashboard::{ViewContext, compare, rows};
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::scale::{Scale, show};
use crate::report::{Figures, Metric};
use crate::texts::texts;

/// The header text of a figure column, with its note mark.
pub fn metric_header(m: Metric, lang: Lang) -> &'static str {
    let t = texts(lang);
    match m {
        Metric::VaccinationOpenings => t.table.header_vaccination_openings,
        Metric::VaccinationEmployed => t.table.header_vaccination_employed,
        Metric::VaccinationTrained => t.table.header_vaccination_trained,
        m => m.label(lang),
    }
}

/// A column's header as the table shows it on `scale`.
pub fn header_text(col: Col, scale: Scale, lang: Lang) -> &'static str {
    match col {
        Col::Code => texts(lang).table.code,
        Col::Name => texts(lang).table.prefecture,
        Col::Figure(m) => metric_header(m, lang),
        Col::SeekersPerOpening => texts(lang).window.seekers_per_opening_derived,
        Col::VaccinationShare => texts(lang).window.vaccination_share_derived,
        // The figure before it says which; the tooltip says it whole. Beside figures per
        // 100,000 people it says that it is of the counts (増減数), not of those figures.
        Col::Change(_) if scale.is_derived() => texts(lang).reports.change_header_counts,
        Col::Change(_) => texts(lang).reports.change_header,
        Col::Phone => texts(lang).side.nurse_centre_phone_header,
    }
}

/// The text of a cell as the screen shows it (the name column aside: its row's name).
pub fn cell_text(
    col: Col,
    (code, figures, phone): (Option<PrefectureCode>, &Figures, &str),
    earlier: Option<&Figures>,
    scale: Scale,
) -> String {
    match col {
        Col::Code => code.map_or_else(|| "00".to_owned(), PrefectureCode::two_digits),
        Col::Name => String::new(),
        Col::Phone => phone.to_owned(),
        Col::Figure(m) => show(scale.amount(code, figures, m)),
        Col::SeekersPerOpening => format_derived(rows::seekers_per_opening(figures), ""),
        Col::VaccinationShare => format_derived(rows::vaccination_share(figures), "%"),
        Col::Change(m) => change_text(figures, earlier, m),
    }
}

/// A change from the earlier figures: signed, ▼ before a fall, — where there are none.
fn change_text(figures: &Figures, earlier: Option<&Figures>, m: Metric) -> String {
    earlier.map_or_else(
        || "—".to_owned(),
        |old| {
            let v = compare::change(figures, old, m);
            let text = crate::report::compare::format_change(v);
            if v < 0 { format!("▼{text}") } else { text }
        },
    )
}

/// What a row of the table stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// The published 計.
    Total,
    /// The sum of the rows shown (derived), when a filter is on.
    FilteredSum,
    /// A prefecture.
    Prefecture(PrefectureCode),
}

/// A cell's text and how it is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The digits or words.
    pub text: String,
    /// Derived (computed, not the source's): set in italics.
    pub derived: bool,
}

/// A row of the table as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRow {
    /// What it stands for.
    pub kind: RowKind,
    /// A cell per column.
    pub cells: Vec<Cell>,
}

/// Whether a column's cells are derived on `scale` (per 100,000 people makes every figure so).
pub fn is_derived(col: Col, scale: Scale) -> bool {
    col.is_derived() || (matches!(col, Col::Figure(_)) && scale.is_derived())
}

/// The table as the window shows it, for `cols`: the published 計 (marked ！ where it differs
/// from the sum of the rows, as on screen), the filtered sum (derived) when a filter is on,
/// then every row shown in the table's order.
pub fn table_rows(cx: &ViewContext<'_>, cols: &[Col]) -> Vec<TextRow> {
    let (report, earlier, scale, lang) = (cx.report, cx.earlier, cx.scale(), cx.lang());
    let t = texts(lang);
    let shown: Vec<&crate::report::PrefectureRow> = cx.shown_rows().collect();
    let cell = |col: Col, text: String, derived: bool| Cell {
        text,
        derived: derived || is_derived(col, scale),
    };
    let summed_all = report.summed();
    let total = cols
        .iter()
        .map(|&c| match c {
            Col::Name => cell(c, t.table.total.to_owned(), false),
            Col::Phone => cell(c, String::new(), false),
            Col::Figure(m)
                if !scale.is_derived()
                    && summed_all.map(|s| s.get(m)) != Some(report.total.get(m)) =>
            {
                cell(
                    c,
                    format!("！{}", crate::texts::format_count(report.total.get(m))),
                    false,
                )
            }
            c => cell(
                c,
                cell_text(
                    c,
                    (None, &report.total, ""),
                    earlier.map(|e| &e.total),
                    scale,
                ),
                false,
            ),
        })
        .collect();
    let mut out = vec![TextRow {
        kind: RowKind::Total,
        cells: total,
    }];
    if cx.filtered() {
        out.push(TextRow {
            kind: RowKind::FilteredSum,
            cells: filtered_sum(cx, cols, &shown),
        });
    }
    for r in shown {
        let old = earlier.and_then(|e| e.row(r.code)).map(|o| &o.figures);
        let cells = cols
            .iter()
            .map(|&c| match c {
                Col::Name => cell(c, r.name_in(lang).to_owned(), false),
                c => cell(
                    c,
                    cell_text(c, (Some(r.code), &r.figures, &r.phone), old, scale),
                    false,
                ),
            })
            .collect();
        out.push(TextRow {
            kind: RowKind::Prefecture(r.code),
            cells,
        });
    }
    out
}

/// The sum of the rows shown, and the earlier table's sum of the same prefectures when it has
/// them all: the filtered sum and what its change is from (the window's, the workbook's and
/// the pack's). `None` where a sum overflows.
pub fn shown_sums(
    shown: &[&crate::report::PrefectureRow],
    earlier: Option<&crate::report::Report>,
) -> (Option<Figures>, Option<Figures>) {
    let sum = shown
        .iter()
        .try_fold(Figures::default(), |acc, r| acc.checked_add(&r.figures));
    let earlier_sum = earlier.and_then(|e| {
        shown
            .iter()
            .map(|r| e.row(r.code).map(|o| o.figures))
            .try_fold(Figures::default(), |acc, f| acc.checked_add(&f?))
    });
    (sum, earlier_sum)
}

/// The filtered sum's cells: the rows' sum (per 100,000 people on their population), its
/// change from the same prefectures' sum in the earlier table; — where it cannot be summed.
fn filtered_sum(
    cx: &ViewContext<'_>,
    cols: &[Col],
    shown: &[&crate::report::PrefectureRow],
) -> Vec<Cell> {
    let (scale, lang) = (cx.scale(), cx.lang());
    let (sum, earlier_sum) = shown_sums(shown, cx.earlier);
    let codes = || shown.iter().map(|r| r.code);
    cols.iter()
        .map(|&c| {
            let text = match (c, sum.as_ref()) {
                (Col::Code | Col::Phone, _) => String::new(),
                (Col::Name, _) => texts(lang).filter.filtered_sum.to_owned(),
                (_, None) => "—".to_owned(),
                (Col::Figure(m), Some(s)) => show(scale.amount_of_sum(s, codes(), m)),
                (Col::Change(m), Some(s)) => change_text(s, earlier_sum.as_ref(), m),
                (c, Some(s)) => cell_text(c, (None, s, ""), None, scale),
            };
            Cell {
                text,
                derived: !matches!(c, Col::Code | Col::Phone),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::State;
    use crate::dashboard::compare::CompareWith;
    use crate::prefecture::Region;

    #[test]
    fn the_headers_as_the_table_shows_them() {
        let ja: Vec<&str> = [
            Col::Code,
            Col::Name,
            Col::Figure(Metric::JobSeekers),
            Col::Figure(Metric::VaccinationOpenings),
            Col::Change(Metric::JobSeekers),
            Col::Phone,
        ]
        .into_iter()
        .map(|c| header_text(c, Scale::Counts, Lang::Ja))
        .collect();
        assert_eq!(
            ja,
            [
                "コード",
                "都道府県",
                "求職者数",
                "(うちワクチン接種業務)※1",
                "増減",
                "ナースセンター電話"
            ]
        );
        assert_eq!(
            header_text(Col::Phone, Scale::Counts, Lang::En),
            "Nurse centre phone"
        );
        // Beside figures per 100,000 people a change says it is of the counts.
        let change = Col::Change(Metric::JobSeekers);
        assert_eq!(header_text(change, Scale::Per100k, Lang::Ja), "増減数");
        assert_eq!(
            header_text(change, Scale::Per100k, Lang::En),
            "change (count)"
        );
        assert_eq!(header_text(change, Scale::Counts, Lang::En), "change");
    }

    #[test]
    fn the_totals_and_a_fall_as_the_window_shows_them() {
        let earlier = crate::report::bundled().unwrap().report;
        let mut report = earlier.clone();
        // Made up: 埼玉県's job seekers fall by 9, the published 計 stays (so it differs from
        // the sum of the rows).
        let saitama = report
            .rows
            .iter_mut()
            .find(|r| r.code == PrefectureCode(11))
            .unwrap();
        saitama.figures.job_seekers = 470;
        let mut state = State {
            compare_with: Some(CompareWith::Bundled),
            ..State::default()
        };
        state.filter.region = Some(Region::Kanto);
        let cols: Vec<Col> = crate::dashboard::columns::FROZEN
            .into_iter()
            .chain(crate::dashboard::columns::scrolling(&state))
            .collect();
        assert_eq!(cols[2], Col::Figure(Metric::JobSeekers));
        assert_eq!(cols[3], Col::Change(Metric::JobSeekers));
        let shown: Vec<usize> = (7..14).collect();
        let cx = ViewContext {
            state: &state,
            report: &report,
            earlier: Some(&earlier),
            shown: &shown,
        };
        let rows = table_rows(&cx, &cols);
        let text = |r: usize, c: usize| rows[r].cells[c].text.as_str();
        assert_eq!(rows.len(), 9, "計, the filtered sum, the seven of 関東");
        assert_eq!(rows[0].kind, RowKind::Total);
        assert_eq!(text(0, 0), "00");
        assert_eq!(text(0, 1), "計（公表）");
        assert_eq!(text(0, 2), "！9,828", "the published 計, not the rows' sum");
        assert_eq!(text(0, 3), "±0");
        assert_eq!(rows[1].kind, RowKind::FilteredSum);
        assert_eq!(text(1, 1), "絞込の合計");
        // 2,591 less the 9 of 埼玉県.
        assert_eq!(text(1, 2), "2,582");
        assert_eq!(text(1, 3), "▼-9");
        assert!(rows[1].cells[2].derived && rows[1].cells[3].derived);
        assert!(!rows[1].cells[0].derived);
        let saitama = rows
            .iter()
            .position(|r| r.kind == RowKind::Prefecture(PrefectureCode(11)))
            .unwrap();
        assert_eq!(text(saitama, 1), "埼玉県");
        assert_eq!(text(saitama, 2), "470");
        assert_eq!(text(saitama, 3), "▼-9");
        assert!(!rows[saitama].cells[2].derived, "a count of the source");
        assert!(rows[saitama].cells[3].derived, "a change is derived");
        assert_eq!(rows[saitama].cells.last().unwrap().text, "048-620-7337");
        // Per 100,000 people every figure is derived, the filtered sum on the seven's people.
        let per = State {
            scale: crate::report::scale::Scale::Per100k,
            ..state.clone()
        };
        let cx = ViewContext { state: &per, ..cx };
        let rows = table_rows(&cx, &cols);
        assert!(rows[2].cells[2].derived);
        assert!(
            rows[0].cells[2].text.contains('.'),
            "{}",
            rows[0].cells[2].text
        );
        assert!(!rows[0].cells[2].text.starts_with('！'));
    }
}
