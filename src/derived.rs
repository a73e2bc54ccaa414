//! A derived value as it is shown: the quotient of two whole numbers (a figure per 100,000
//! people, job seekers per opening, the vaccination share of openings in percent), rounded
//! once to one decimal, half up (四捨五入), in exact integer arithmetic.
//!
//! Every surface (the table, the chart, the map, CSV, the copied table, pictures, the PDF and
//! the screen reader's names) prints a derived value through [`Tenths`]'s `Display`, and sorts,
//! ranks and compares the same [`Tenths`]: what is shown is what is ranked, and equal printed
//! values are ties.

use std::fmt;

/// A non-negative derived value in tenths: `Tenths(96)` is 9.6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Tenths(u64);

impl Tenths {
    /// `num / den × scale`, rounded half up to one decimal; `None` when `den` is 0 or the
    /// value does not fit (never for figures of a report: they are `u32`).
    pub fn quotient(num: u64, den: u64, scale: u64) -> Option<Self> {
        if den == 0 {
            return None;
        }
        // round(n / d) half up = floor((2n + d) / 2d), all in u128: no overflow for u64 inputs.
        let n = u128::from(num)
            .checked_mul(u128::from(scale))?
            .checked_mul(10)?;
        let d = u128::from(den);
        let twice = n.checked_mul(2)?.checked_add(d)?;
        let q = twice.checked_div(d.checked_mul(2)?)?;
        u64::try_from(q).ok().map(Self)
    }

    /// The value `tenths / 10`.
    pub const fn from_tenths(tenths: u64) -> Self {
        Self(tenths)
    }

    /// The value in tenths: 96 for 9.6.
    pub const fn tenths(self) -> u64 {
        self.0
    }

    /// The shown value as a number (for bar lengths, colour classes and sorting; exact for any
    /// value below 2^52 tenths).
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / 10.0
    }

    /// A shown value back from [`Self::to_f64`] (the map holds its values as numbers); `None`
    /// for a negative or non-finite number.
    pub fn from_shown(v: f64) -> Option<Self> {
        let t = (v * 10.0).round();
        if (0.0..=9_007_199_254_740_992.0).contains(&t) {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "checked above: a whole, non-negative number below 2^53"
            )]
            let n = t as u64;
            Some(Self(n))
        } else {
            None
        }
    }

    /// The difference `self − earlier` in tenths (a change between two shown values).
    pub fn change_from(self, earlier: Self) -> i64 {
        let d = i128::from(self.0)
            .saturating_sub(i128::from(earlier.0))
            .clamp(i128::from(i64::MIN), i128::from(i64::MAX));
        i64::try_from(d).unwrap_or_default()
    }
}

impl fmt::Display for Tenths {
    /// `9.6`, `10.5`, `0.0`: always one decimal, no grouping.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// A change in tenths as read: `+0.3`, `-1.2`, `±0.0`.
pub fn format_change_tenths(change: i64) -> String {
    let text = Tenths(change.unsigned_abs()).to_string();
    match change.signum() {
        1 => format!("+{text}"),
        -1 => format!("-{text}"),
        _ => "±0.0".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_once_half_up_from_the_exact_quotient() {
        // 福井県 求職者数 74 / 766,863 × 100,000 = 9.6497…: 9.6, not 9.7 (rounded twice).
        assert_eq!(
            Tenths::quotient(74, 766_863, 100_000).unwrap().to_string(),
            "9.6"
        );
        // 三重県 求人数 185 / 1,770,254 × 100,000 = 10.4505…: 10.5, not 10.4.
        assert_eq!(
            Tenths::quotient(185, 1_770_254, 100_000)
                .unwrap()
                .to_string(),
            "10.5"
        );
        // An exact half rounds up (四捨五入): 46.25 → 46.3, 0.05 → 0.1.
        assert_eq!(Tenths::quotient(185, 400, 100).unwrap().to_string(), "46.3");
        assert_eq!(Tenths::quotient(1, 20, 1).unwrap().to_string(), "0.1");
        assert_eq!(Tenths::quotient(1, 21, 1).unwrap().to_string(), "0.0");
        assert_eq!(Tenths::quotient(0, 5, 1).unwrap().to_string(), "0.0");
        assert_eq!(Tenths::quotient(1, 0, 1), None);
        assert_eq!(Tenths::quotient(u64::MAX, 1, u64::MAX), None);
        assert_eq!(
            Tenths::quotient(u64::from(u32::MAX), 1, 100_000)
                .unwrap()
                .tenths(),
            u64::from(u32::MAX) * 1_000_000
        );
    }

    #[test]
    fn shown_as_numbers_and_back() {
        let t = Tenths::from_tenths(96);
        assert_eq!(t.tenths(), 96);
        assert!((t.to_f64() - 9.6).abs() < 1e-12);
        assert_eq!(Tenths::from_shown(t.to_f64()), Some(t));
        assert_eq!(
            Tenths::from_shown(12_345.6),
            Some(Tenths::from_tenths(123_456))
        );
        assert_eq!(Tenths::from_shown(-0.5), None);
        assert_eq!(Tenths::from_shown(f64::NAN), None);
        assert_eq!(Tenths::from_shown(f64::INFINITY), None);
        assert_eq!(Tenths::from_tenths(1234).to_string(), "123.4");
        assert_eq!(Tenths::from_tenths(7).to_string(), "0.7");
    }

    #[test]
    fn changes_between_shown_values() {
        let a = Tenths::from_tenths(99);
        let b = Tenths::from_tenths(96);
        assert_eq!(a.change_from(b), 3);
        assert_eq!(b.change_from(a), -3);
        assert_eq!(format_change_tenths(3), "+0.3");
        assert_eq!(format_change_tenths(-12), "-1.2");
        assert_eq!(format_change_tenths(0), "±0.0");
        assert_eq!(
            Tenths::from_tenths(u64::MAX).change_from(Tenths::from_tenths(0)),
            i64::MAX
        );
        assert_eq!(
            Tenths::from_tenths(0).change_from(Tenths::from_tenths(u64::MAX)),
            i64::MIN
        );
    }
}
