//! Where a prefecture stands among the 47 for one column: a derived number, computed from the
//! table, never published by the source.
//!
//! Largest first, with competition ranking ("1, 2, 2, 4"): equal figures share the best rank
//! among them, and the next figure's rank skips as many places as shared it.

use crate::report::{Metric, Report};

use crate::prefecture::PrefectureCode;

/// A prefecture's place for one column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rank {
    /// 1 for the largest figure; equal figures share a rank.
    pub position: usize,
    /// How many prefectures were ranked (47 for a complete report).
    pub of: usize,
    /// Whether another prefecture has the same figure (and so the same rank).
    pub tied: bool,
}

/// The competition rank of `value` among `values`, largest first: one more than the number of
/// values above it. `tied` when `value` occurs more than once. `None` when `value` is not among
/// `values`.
pub fn competition_rank(values: &[u32], value: u32) -> Option<Rank> {
    let equal = values.iter().filter(|&&v| v == value).count();
    if equal == 0 {
        return None;
    }
    let above = values.iter().filter(|&&v| v > value).count();
    Some(Rank {
        position: above.saturating_add(1),
        of: values.len(),
        tied: equal > 1,
    })
}

/// The rank of the prefecture `code` among the report's rows for `metric`; `None` when the
/// report has no row for it.
pub fn rank(report: &Report, code: PrefectureCode, metric: Metric) -> Option<Rank> {
    let row = report.row(code)?;
    let values: Vec<u32> = report.rows.iter().map(|r| r.figures.get(metric)).collect();
    competition_rank(&values, row.figures.get(metric))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(position: usize, of: usize, tied: bool) -> Rank {
        Rank { position, of, tied }
    }

    #[test]
    fn largest_first_and_ties_share_the_rank() {
        let v = [5, 9, 7, 7, 1];
        assert_eq!(competition_rank(&v, 9), Some(r(1, 5, false)));
        assert_eq!(competition_rank(&v, 7), Some(r(2, 5, true)));
        // 1, 2, 2, 4: the place after a tie is skipped.
        assert_eq!(competition_rank(&v, 5), Some(r(4, 5, false)));
        assert_eq!(competition_rank(&v, 1), Some(r(5, 5, false)));
        assert_eq!(competition_rank(&v, 3), None);
        assert_eq!(competition_rank(&[], 0), None);
    }

    #[test]
    fn all_equal_are_all_first_and_tied() {
        assert_eq!(competition_rank(&[0, 0, 0], 0), Some(r(1, 3, true)));
        assert_eq!(competition_rank(&[4], 4), Some(r(1, 1, false)));
        assert_eq!(
            competition_rank(&[u32::MAX, u32::MAX, 0], u32::MAX),
            Some(r(1, 3, true))
        );
    }

    #[test]
    fn bundled_report_ranks() {
        let report = crate::report::bundled().unwrap().report;
        let tokyo = PrefectureCode(13);
        // 東京都 has the most job seekers (830) and trained nurses (931).
        assert_eq!(
            rank(&report, tokyo, Metric::JobSeekers),
            Some(r(1, 47, false))
        );
        assert_eq!(
            rank(&report, tokyo, Metric::VaccinationTrained),
            Some(r(1, 47, false))
        );
        // Many prefectures have no trained nurses: they share the rank after the others.
        let hokkaido = PrefectureCode(1);
        let trained = rank(&report, hokkaido, Metric::VaccinationTrained).unwrap();
        assert!(trained.tied);
        let above = report
            .rows
            .iter()
            .filter(|row| row.figures.vaccination_trained > 0)
            .count();
        assert_eq!(trained.position, above + 1);
        assert_eq!(rank(&report, PrefectureCode(48), Metric::Openings), None);
    }
}
