//! What changed from an earlier table to a later one: each figure's change, new minus old
//! (derived figures: the tables are cumulative, so a change is what happened between them),
//! and the figures that fell (the notice warns that past figures may be corrected: a fall is
//! shown, never hidden).

use crate::report::model::{Figures, Metric, Report};

use crate::prefecture::PrefectureCode;

/// The seven figures' changes, new minus old, in `Metric::ALL`'s order.
pub fn change(new: &Figures, old: &Figures) -> [i64; 7] {
    Metric::ALL.map(|m| i64::from(new.get(m)).saturating_sub(i64::from(old.get(m))))
}

/// One figure that fell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fall {
    /// The prefecture; `None` for 計.
    pub code: Option<PrefectureCode>,
    /// The figure.
    pub metric: Metric,
    /// Its value in the earlier table.
    pub old: u32,
    /// Its value in the later table.
    pub new: u32,
}

/// Every figure of `new` below the same figure of `old`: 計 first, then by code.
pub fn falls(new: &Report, old: &Report) -> Vec<Fall> {
    let mut found = Vec::new();
    let mut check = |code: Option<PrefectureCode>, n: &Figures, o: &Figures| {
        for m in Metric::ALL {
            if n.get(m) < o.get(m) {
                found.push(Fall {
                    code,
                    metric: m,
                    old: o.get(m),
                    new: n.get(m),
                });
            }
        }
    };
    check(None, &new.total, &old.total);
    let mut rows: Vec<_> = new.rows.iter().collect();
    rows.sort_by_key(|r| r.code);
    for r in rows {
        if let Some(o) = old.row(r.code) {
            check(Some(r.code), &r.figures, &o.figures);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_new_minus_old_and_falls_are_found() {
        let old = crate::report::bundled().unwrap().report;
        let mut new = old.clone();
        new.rows[12].figures.job_seekers += 10; // 東京都
        new.rows[0].figures.openings -= 5; // 北海道: a figure corrected down
        new.total.job_seekers += 10;
        new.total.openings -= 5;
        let tokyo = change(&new.rows[12].figures, &old.rows[12].figures);
        assert_eq!(tokyo, [10, 0, 0, 0, 0, 0, 0]);
        let falls = falls(&new, &old);
        assert_eq!(
            falls,
            [
                Fall {
                    code: None,
                    metric: Metric::Openings,
                    old: 8322,
                    new: 8317
                },
                Fall {
                    code: Some(PrefectureCode(1)),
                    metric: Metric::Openings,
                    old: 355,
                    new: 350
                },
            ]
        );
    }
}

/// A change as read: `+12`, `-5`, `±0`, with thousands separators. The minus is the ASCII one
/// (as the CSV and Excel write it): the minus sign U+2212 vanishes at 13 points in egui's
/// rasteriser with the bundled font.
pub fn format_change(v: i64) -> String {
    let size = crate::texts::format_count(u32::try_from(v.unsigned_abs()).unwrap_or(u32::MAX));
    match v.signum() {
        1 => format!("+{size}"),
        -1 => format!("-{size}"),
        _ => "±0".to_owned(),
    }
}

#[cfg(test)]
mod format_tests {
    use super::format_change;

    #[test]
    fn changes_read_with_their_sign_and_separators() {
        assert_eq!(format_change(12), "+12");
        assert_eq!(format_change(-1234), "-1,234");
        assert_eq!(format_change(0), "±0");
        assert_eq!(format_change(i64::MIN), "-4,294,967,295", "no panic");
    }
}
