//! The table's columns and which of them are in view: code and name stay, the columns after
//! them (the figures, the derived columns, the phone) scroll by whole columns when the table is
//! narrower than all of them, and share out the room left when it is wider. No drawing here:
//! the widths come from the panel, the choice of columns from [`State`].

use crate::dashboard::State;
use crate::dashboard::rows::SortKey;
use crate::report::Metric;

/// A column of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// JIS code (stays in view).
    Code,
    /// Prefecture name (stays in view).
    Name,
    /// A figure of the source.
    Figure(Metric),
    /// 求職者数÷求人数 (derived).
    SeekersPerOpening,
    /// うちワクチン接種業務÷求人数 (derived).
    VaccinationShare,
    /// A figure's change from the earlier report compared with (derived).
    Change(Metric),
    /// The nurse centre's phone.
    Phone,
}

impl Column {
    /// The sort a click on the header asks for; `None` for the phone.
    pub fn sort_key(self) -> Option<SortKey> {
        match self {
            Self::Code => Some(SortKey::Code),
            Self::Name => Some(SortKey::Name),
            Self::Figure(m) => Some(SortKey::Metric(m)),
            Self::SeekersPerOpening => Some(SortKey::SeekersPerOpening),
            Self::VaccinationShare => Some(SortKey::VaccinationShare),
            Self::Change(m) => Some(SortKey::Change(m)),
            Self::Phone => None,
        }
    }

    /// A column of figures (printed right-aligned, its header too).
    pub fn is_numeric(self) -> bool {
        !matches!(self, Self::Code | Self::Name | Self::Phone)
    }

    /// A computed column, not the source's.
    pub fn is_derived(self) -> bool {
        matches!(
            self,
            Self::SeekersPerOpening | Self::VaccinationShare | Self::Change(_)
        )
    }
}

/// The columns that stay in view.
pub const FROZEN: [Column; 2] = [Column::Code, Column::Name];

/// The columns after code and name, in order, for the user's choices: each figure followed by
/// its change when an earlier report is compared with.
pub fn scrolling(state: &State) -> Vec<Column> {
    let comparing = state.compare_with.is_some();
    let mut cols: Vec<Column> = Vec::with_capacity(17);
    for m in Metric::ALL {
        cols.push(Column::Figure(m));
        if comparing {
            cols.push(Column::Change(m));
        }
    }
    if state.show_seekers_per_opening {
        cols.push(Column::SeekersPerOpening);
    }
    if state.show_vaccination_share {
        cols.push(Column::VaccinationShare);
    }
    cols.push(Column::Phone);
    cols
}

/// Where scrolling `by` columns from `first` lands among `cols`: a change stays with its figure,
/// so a step that would start the view at a change goes on to the next figure (right) or back
/// to the change's own figure (left).
pub fn scrolled(cols: &[Column], first: usize, by: isize) -> usize {
    let last = cols.len().saturating_sub(1);
    let at = first.saturating_add_signed(by).min(last);
    match cols.get(at) {
        Some(Column::Change(_)) if by > 0 => at.saturating_add(1).min(last),
        Some(Column::Change(_)) => at.saturating_sub(1),
        _ => at,
    }
}

/// A first column in view that is a change moves back to its figure, so that no change is on
/// screen without the figure it is the change of.
pub fn with_its_figure(cols: &[Column], first: usize) -> usize {
    match cols.get(first) {
        Some(Column::Change(_)) => first.saturating_sub(1),
        _ => first,
    }
}

/// Which scrolling columns are in view and how wide each is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct InView {
    /// The first scrolling column in view.
    pub first: usize,
    /// The widths of the columns in view, from `first` on.
    pub widths: Vec<f32>,
    /// The extra width given to each frozen column (when everything fits).
    pub frozen_extra: f32,
    /// How many scrolling columns there are.
    pub total: usize,
}

impl InView {
    /// The last scrolling column in view, plus one.
    pub fn end(&self) -> usize {
        self.first.saturating_add(self.widths.len())
    }

    /// Whether every scrolling column is in view.
    pub fn all(&self) -> bool {
        self.widths.len() == self.total
    }

    /// The largest first column at which the rest still fill the view.
    pub fn last_first(&self) -> usize {
        self.total.saturating_sub(self.widths.len().max(1))
    }
}

/// The most a column grows past its natural width when the window has room to spare.
pub const MAX_EXTRA: f32 = 64.0;

/// The columns in view from `first` (or the nearest first that fills the view) when the
/// scrolling columns want `natural` widths and `room` is left after the frozen ones. At least
/// one column is shown, however narrow. Room left over goes to the columns in view, shared out
/// evenly, at most [`MAX_EXTRA`] each: a wide window's table gets readable spacing, not gaps
/// that stand a figure far from its header; the rest stays free at the right.
pub fn in_view(natural: &[f32], room: f32, first: usize) -> InView {
    let total = natural.len();
    let fits = |from: usize| -> usize {
        let mut used = 0.0;
        let mut count: usize = 0;
        for w in natural.iter().skip(from) {
            if count > 0 && used + w > room {
                break;
            }
            used += w;
            count = count.saturating_add(1);
        }
        count
    };
    let all: f32 = natural.iter().sum();
    if all <= room {
        // Everything fits: the room left is shared, figures first, a little to the frozen.
        let extra = room - all;
        let per = (extra / (total as f32 + 1.0)).min(MAX_EXTRA);
        return InView {
            first: 0,
            widths: natural.iter().map(|w| w + per).collect(),
            frozen_extra: per / 2.0,
            total,
        };
    }
    // The largest first from which the columns to the end fill the room.
    let mut last_first = total.saturating_sub(1);
    let mut tail = 0.0;
    for (i, w) in natural.iter().enumerate().rev() {
        tail += w;
        if tail > room {
            break;
        }
        last_first = i;
    }
    let first = first.min(last_first);
    let count = fits(first);
    let shown: f32 = natural.iter().skip(first).take(count).sum();
    let per = if count > 0 {
        ((room - shown) / count as f32).clamp(0.0, MAX_EXTRA)
    } else {
        0.0
    };
    InView {
        first,
        widths: natural
            .iter()
            .skip(first)
            .take(count)
            .map(|w| w + per)
            .collect(),
        frozen_extra: 0.0,
        total,
    }
}

/// The first column that brings `column` into view with the least move, given the view now.
pub fn reveal(natural: &[f32], room: f32, now: &InView, column: usize) -> usize {
    if column < now.first {
        return column;
    }
    if column < now.end() {
        return now.first;
    }
    // Move right until `column` is the last in view.
    let mut first = now.first;
    while first < column && in_view(natural, room, first).end() <= column {
        first = first.saturating_add(1);
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    const NATURAL: [f32; 8] = [80.0, 80.0, 80.0, 80.0, 80.0, 80.0, 80.0, 116.0];

    #[test]
    fn a_wide_table_shows_every_column_with_readable_spacing_not_gaps() {
        // Room to spare: each column a little wider than it needs.
        let v = in_view(&NATURAL, 800.0, 3);
        assert!(v.all());
        assert_eq!(v.first, 0, "nothing to scroll");
        let used: f32 = v.widths.iter().sum::<f32>() + 2.0 * v.frozen_extra;
        assert!((used - 800.0).abs() < 0.5, "{used}");
        assert!(v.widths.iter().zip(NATURAL).all(|(w, n)| *w > n));
        // A very wide window: no column grows by more than MAX_EXTRA; the rest stays free.
        let v = in_view(&NATURAL, 2000.0, 0);
        assert!(
            v.widths
                .iter()
                .zip(NATURAL)
                .all(|(w, n)| *w - n <= MAX_EXTRA + 0.01)
        );
        let used: f32 = v.widths.iter().sum::<f32>() + 2.0 * v.frozen_extra;
        assert!(used < 2000.0 - 400.0, "{used}");
        // Scrolled, the columns in view grow as little.
        let v = in_view(&NATURAL, 330.0, 0);
        assert!(v.widths.iter().all(|w| *w <= 116.0 + MAX_EXTRA));
    }

    #[test]
    fn a_narrow_table_scrolls_by_whole_columns_and_stops_at_the_end() {
        let v = in_view(&NATURAL, 330.0, 0);
        assert_eq!((v.first, v.widths.len()), (0, 4));
        let used: f32 = v.widths.iter().sum();
        assert!((used - 330.0).abs() < 0.5, "the columns in view fill it");
        let v = in_view(&NATURAL, 330.0, 2);
        assert_eq!((v.first, v.end()), (2, 6));
        // Past the end: the last columns fill the view; the phone is the last.
        let v = in_view(&NATURAL, 330.0, 7);
        assert_eq!((v.first, v.end()), (5, 8));
        assert_eq!(v.last_first(), 5);
        // Too narrow for one: one still shows.
        let v = in_view(&NATURAL, 40.0, 7);
        assert_eq!((v.first, v.end()), (7, 8));
    }

    #[test]
    fn sorting_brings_the_column_into_view_with_the_least_move() {
        let now = in_view(&NATURAL, 330.0, 0);
        assert_eq!(reveal(&NATURAL, 330.0, &now, 2), 0, "in view: stays");
        assert_eq!(
            reveal(&NATURAL, 330.0, &now, 5),
            2,
            "5 becomes the last in view"
        );
        let later = in_view(&NATURAL, 330.0, 4);
        assert_eq!(reveal(&NATURAL, 330.0, &later, 1), 1);
        assert_eq!(reveal(&NATURAL, 330.0, &now, 7), 5);
    }

    #[test]
    fn the_scrolling_columns_follow_the_choices() {
        let mut s = State::default();
        assert_eq!(scrolling(&s).len(), 8);
        assert_eq!(scrolling(&s).last(), Some(&Column::Phone));
        s.show_vaccination_share = true;
        let cols = scrolling(&s);
        assert_eq!(cols.len(), 9);
        assert!(cols[7].is_derived());
        assert_eq!(cols[7].sort_key(), Some(SortKey::VaccinationShare));
        s.compare_with = Some(crate::dashboard::compare::CompareWith::Bundled);
        let cols = scrolling(&s);
        assert_eq!(cols.len(), 16);
        assert_eq!(cols[0], Column::Figure(Metric::JobSeekers));
        assert_eq!(cols[1], Column::Change(Metric::JobSeekers));
        assert!(cols[1].is_derived());
        assert_eq!(
            cols[1].sort_key(),
            Some(SortKey::Change(Metric::JobSeekers))
        );
        assert_eq!(cols[13], Column::Change(Metric::VaccinationTrained));
    }

    #[test]
    fn a_change_scrolls_with_its_figure() {
        let s = State {
            compare_with: Some(crate::dashboard::compare::CompareWith::Bundled),
            ..State::default()
        };
        let cols = scrolling(&s);
        // 0 figure, 1 its change, 2 the next figure…
        assert_eq!(
            scrolled(&cols, 0, 1),
            2,
            "right: past the change to the next figure"
        );
        assert_eq!(
            scrolled(&cols, 2, -1),
            0,
            "left: back to the change's own figure"
        );
        assert_eq!(scrolled(&cols, 2, 2), 4);
        assert_eq!(scrolled(&cols, 0, -3), 0);
        assert_eq!(
            scrolled(&cols, 1, 0),
            0,
            "no step from a change: back to its figure"
        );
        assert_eq!(
            scrolled(&cols, 0, 100),
            cols.len() - 1,
            "the phone, the last"
        );
        assert_eq!(with_its_figure(&cols, 3), 2);
        assert_eq!(with_its_figure(&cols, 2), 2);
        // Without a comparison, every column is a step.
        let plain = scrolling(&State::default());
        assert_eq!(scrolled(&plain, 0, 1), 1);
        assert_eq!(with_its_figure(&plain, 1), 1);
    }
}
