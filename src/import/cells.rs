//! A figure's cell: a whole number, also as Japanese Excel shows it (`9,828`, full-width
//! digits); an empty cell, text, a negative or a fraction is an error.

use unicode_normalization::UnicodeNormalization as _;

use crate::import::error::Problem;
use crate::import::sheet::Cell;

/// The count in a cell.
pub fn count(cell: &Cell) -> Result<u32, Problem> {
    match cell {
        Cell::Empty => Err(Problem::EmptyCell),
        Cell::Number(n) => number(*n, &cell.text()),
        Cell::Text(t) => text(t),
        Cell::Other(t) => Err(Problem::NotANumber(t.clone())),
    }
}

fn number(n: f64, shown: &str) -> Result<u32, Problem> {
    if !n.is_finite() {
        return Err(Problem::NotANumber(shown.to_owned()));
    }
    if n < 0.0 {
        return Err(Problem::Negative(shown.to_owned()));
    }
    if n.fract() != 0.0 {
        return Err(Problem::Fraction(shown.to_owned()));
    }
    if n > f64::from(u32::MAX) {
        return Err(Problem::TooLarge(shown.to_owned()));
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole, not negative, at most u32::MAX"
    )]
    Ok(n as u32)
}

/// A count written as text: digits (half- or full-width), thousands separated by commas in
/// groups of three or not at all.
fn text(raw: &str) -> Result<u32, Problem> {
    let shown = raw.trim().to_owned();
    let t: String = raw.nfkc().collect::<String>().trim().to_owned();
    if t.is_empty() {
        return Err(Problem::EmptyCell);
    }
    let (negative, digits) = match t.strip_prefix(['-', '−', '▲', '△']) {
        Some(rest) => (true, rest.trim()),
        None => (false, t.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let whole = ungroup(whole).ok_or_else(|| Problem::NotANumber(shown.clone()))?;
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::NotANumber(shown));
    }
    if negative && (whole.bytes().any(|b| b != b'0') || fraction.bytes().any(|b| b != b'0')) {
        return Err(Problem::Negative(shown));
    }
    if fraction.bytes().any(|b| b != b'0') {
        return Err(Problem::Fraction(shown));
    }
    whole
        .parse::<u32>()
        .map_err(|_too_large| Problem::TooLarge(shown))
}

/// Digits with their thousands separators taken out; `None` unless every group after the first
/// has three digits (`9,828`, `12,345,678`) or there are none (`9828`).
fn ungroup(s: &str) -> Option<String> {
    let groups: Vec<&str> = s.split(',').collect();
    let (first, rest) = groups.split_first()?;
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) || (!rest.is_empty() && first.len() > 3) {
        return None;
    }
    if !rest.iter().all(|g| g.len() == 3 && digits(g)) {
        return None;
    }
    Some(groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Result<u32, Problem> {
        count(&Cell::Text(s.to_owned()))
    }

    #[test]
    fn whole_numbers_as_excel_shows_them() {
        assert_eq!(t("9828"), Ok(9828));
        assert_eq!(t("9,828"), Ok(9828));
        assert_eq!(t(" 1,234,567 "), Ok(1_234_567));
        assert_eq!(t("９，８２８"), Ok(9828), "full-width");
        assert_eq!(t("０"), Ok(0));
        assert_eq!(t("12.0"), Ok(12), "a whole number written with .0");
        assert_eq!(count(&Cell::Number(830.0)), Ok(830));
        // The largest count there is, and one past it.
        assert_eq!(count(&Cell::Number(4_294_967_295.0)), Ok(u32::MAX));
        assert_eq!(
            count(&Cell::Number(4_294_967_296.0)),
            Err(Problem::TooLarge("4294967296".into()))
        );
        assert_eq!(
            count(&Cell::Number(1.0e12)),
            Err(Problem::TooLarge("1000000000000".into()))
        );
        // A first group of three, or of four before a separator (not a grouping).
        assert_eq!(t("123,456"), Ok(123_456));
        assert_eq!(t("1234,567"), Err(Problem::NotANumber("1234,567".into())));
        // A minus before nothing but zeros is no negative figure.
        assert_eq!(t("-0"), Ok(0));
        assert_eq!(t("-0.0"), Ok(0));
        assert_eq!(t("-0.5"), Err(Problem::Negative("-0.5".into())));
    }

    #[test]
    fn empty_text_negative_and_fractions_are_errors() {
        assert_eq!(count(&Cell::Empty), Err(Problem::EmptyCell));
        assert_eq!(t("  "), Err(Problem::EmptyCell));
        assert_eq!(t("-3"), Err(Problem::Negative("-3".into())));
        assert_eq!(t("▲3"), Err(Problem::Negative("▲3".into())));
        assert_eq!(t("1.5"), Err(Problem::Fraction("1.5".into())));
        assert_eq!(t("abc"), Err(Problem::NotANumber("abc".into())));
        assert_eq!(
            t("－"),
            Err(Problem::NotANumber("－".into())),
            "a dash for none"
        );
        assert_eq!(t("98,28"), Err(Problem::NotANumber("98,28".into())));
        assert_eq!(t("1,2345"), Err(Problem::NotANumber("1,2345".into())));
        assert_eq!(
            t("99999999999"),
            Err(Problem::TooLarge("99999999999".into()))
        );
        assert_eq!(
            count(&Cell::Number(-1.0)),
            Err(Problem::Negative("-1".into()))
        );
        assert_eq!(
            count(&Cell::Number(2.5)),
            Err(Problem::Fraction("2.5".into()))
        );
        assert_eq!(
            count(&Cell::Other("#DIV/0!".into())),
            Err(Problem::NotANumber("#DIV/0!".into()))
        );
    }
}
