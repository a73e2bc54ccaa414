//! The shapes a report's strings must have: phones, dates, times, e-mail addresses, postcodes
//! and https links.

/// Digit groups of `s` split at `sep`, if `s` is only digits and `sep`.
fn digit_groups(s: &str, sep: char) -> Option<Vec<usize>> {
    s.split(sep)
        .map(|g| (!g.is_empty() && g.bytes().all(|b| b.is_ascii_digit())).then_some(g.len()))
        .collect()
}

/// A Japanese phone number: three groups of digits joined by hyphens, starting with 0,
/// 10 or 11 digits in all (011-863-6794, 0570-783-872, 03-5309-2065).
pub fn is_phone(s: &str) -> bool {
    let Some(groups) = digit_groups(s, '-') else {
        return false;
    };
    let digits: usize = groups.iter().sum();
    s.starts_with('0')
        && groups.len() == 3
        && (10..=11).contains(&digits)
        && groups.iter().all(|g| (1..=5).contains(g))
}

/// `YYYY-MM-DD`, a real day.
pub fn is_date(s: &str) -> bool {
    let Some([y, m, d]) = digit_groups(s, '-').and_then(|g| <[usize; 3]>::try_from(g).ok()) else {
        return false;
    };
    if (y, m, d) != (4, 2, 2) {
        return false;
    }
    let mut parts = s.split('-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `HH:MM`, 00:00 to 24:00.
pub fn is_time(s: &str) -> bool {
    let Some(groups) = digit_groups(s, ':') else {
        return false;
    };
    let mut parts = s.split(':').map(str::parse::<u32>);
    matches!(
        (groups.as_slice(), parts.next(), parts.next()),
        ([2, 2], Some(Ok(h)), Some(Ok(m))) if (h < 24 && m < 60) || (h, m) == (24, 0)
    )
}

/// One `@`, a non-empty local part, a dotted domain, no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
        && s.chars().all(|c| c.is_ascii_graphic())
}

/// `NNN-NNNN`.
pub fn is_postcode(s: &str) -> bool {
    digit_groups(s, '-').as_deref() == Some(&[3, 4])
}

/// An https address with a host and no spaces.
pub fn is_https(s: &str) -> bool {
    s.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && s.chars().all(|c| c.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        for ok in [
            "011-863-6794",
            "0570-783-872",
            "03-5309-2065",
            "0776-52-1857",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "",
            "03-5309",
            "3-5309-2065",
            "03-5309-20655-1",
            "03 5309 2065",
            "03-5309-2O65",
            "03--5309",
            "0-1-2",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert!(is_date("2021-05-19") && is_date("2020-02-29"));
        assert!(!is_date("2021-02-29") && !is_date("2021-13-01") && !is_date("21-05-19"));
        assert!(is_time("09:30") && is_time("24:00") && !is_time("9:30") && !is_time("24:01"));
        assert!(is_email("Key-Net@hr-s.co.jp") && !is_email("a@b") && !is_email("a b@c.jp"));
        assert!(is_postcode("113-0021") && !is_postcode("1130021"));
        assert!(is_https("https://www.med-login.mhlw.go.jp") && !is_https("http://x.jp"));
        assert!(!is_https("javascript:alert(1)") && !is_https("https://"));
    }
}
