//! What every panel draws from, in one value ([`ViewContext`]): the user's choices, the report
//! shown, the earlier one it is compared with, and the rows the filter shows. The app builds
//! it once a frame; the command line builds one to draw a picture. Panels take it instead of
//! the same four arguments each.

use crate::dashboard::State;
use crate::lang::Lang;
use crate::report::scale::Scale;
use crate::report::{PrefectureRow, Report};

/// The state, the report, the earlier report and the rows shown, as a panel reads them.
#[derive(Clone, Copy)]
pub struct ViewContext<'a> {
    /// What the user chose.
    pub state: &'a State,
    /// The report shown.
    pub report: &'a Report,
    /// The earlier report it is compared with, if any.
    pub earlier: Option<&'a Report>,
    /// Indices into `report.rows` of the rows the filter shows, in the table's order.
    pub shown: &'a [usize],
}

impl<'a> ViewContext<'a> {
    /// The rows the filter shows, in the table's order.
    pub fn shown_rows(&self) -> impl Iterator<Item = &'a PrefectureRow> + Clone + use<'a> {
        let rows = &self.report.rows;
        self.shown.iter().filter_map(|&i| rows.get(i))
    }

    /// The language of the window.
    pub const fn lang(&self) -> Lang {
        self.state.lang
    }

    /// The scale of the figures (counts or per 100,000 people).
    pub const fn scale(&self) -> Scale {
        self.state.scale
    }

    /// Whether a filter hides some rows (so that a filtered sum is shown beside 計).
    pub fn filtered(&self) -> bool {
        self.state.filter.is_active()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_context_says_the_states_language_scale_and_whether_a_filter_hides_rows() {
        let report = crate::report::bundled().unwrap().report;
        let mut state = State {
            lang: Lang::En,
            scale: Scale::Per100k,
            ..State::default()
        };
        let cx = |state: &State| {
            let cx = ViewContext {
                state,
                report: &report,
                earlier: None,
                shown: &[],
            };
            (cx.lang(), cx.scale(), cx.filtered())
        };
        assert_eq!(cx(&state), (Lang::En, Scale::Per100k, false));
        state.filter.query = "osaka".to_owned();
        assert_eq!(cx(&state), (Lang::En, Scale::Per100k, true));
    }

    #[test]
    fn the_rows_shown_are_the_reports_rows_at_the_shown_indices_in_their_order() {
        let report = crate::report::bundled().unwrap().report;
        let state = State::default();
        // 東京都 (index 12), then 北海道 (0); an index past the 47 is no row.
        let cx = ViewContext {
            state: &state,
            report: &report,
            earlier: None,
            shown: &[12, 0, 47],
        };
        let names: Vec<&str> = cx.shown_rows().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["東京都", "北海道"]);
    }
}
