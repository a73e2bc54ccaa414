//! Today's date, to refuse a table said to stand at a date that has not come yet. From the
//! system clock in UTC without a time-zone database: a date is refused only when it is after
//! tomorrow in UTC, which is the future in every time zone (Japan is UTC+9, so its today is at
//! most UTC's tomorrow).

/// The civil date (proleptic Gregorian) of `days` after 1970-01-01, as ISO 8601.
pub fn iso_of_days(days: i64) -> String {
    // Howard Hinnant's days-to-civil, in eras of 400 years (146,097 days).
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = day_of_era
        .saturating_sub(day_of_era / 1460)
        .saturating_add(day_of_era / 36_524)
        .saturating_sub(day_of_era / 146_096)
        / 365;
    let day_of_year = day_of_era.saturating_sub(
        year_of_era
            .saturating_mul(365)
            .saturating_add(year_of_era / 4)
            .saturating_sub(year_of_era / 100),
    );
    let mp = day_of_year.saturating_mul(5).saturating_add(2) / 153;
    let day = day_of_year
        .saturating_sub(mp.saturating_mul(153).saturating_add(2) / 5)
        .saturating_add(1);
    let month = if mp < 10 {
        mp.saturating_add(3)
    } else {
        mp.saturating_sub(9)
    };
    let year = year_of_era
        .saturating_add(era.saturating_mul(400))
        .saturating_add(i64::from(month <= 2));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The latest date a table can stand at now: tomorrow in UTC (today somewhere on Earth).
pub fn latest_date() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    latest_date_at(seconds)
}

/// The latest date a table can stand at, `seconds` after 1970-01-01 00:00 UTC.
fn latest_date_at(seconds: u64) -> String {
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    iso_of_days(days.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_as_dates() {
        assert_eq!(iso_of_days(0), "1970-01-01");
        assert_eq!(iso_of_days(31), "1970-02-01");
        assert_eq!(iso_of_days(59), "1970-03-01");
        assert_eq!(iso_of_days(365), "1971-01-01");
        // Leap days: 2000 is a leap year (divisible by 400), 2100 is not.
        assert_eq!(iso_of_days(11_016), "2000-02-29");
        assert_eq!(iso_of_days(11_017), "2000-03-01");
        assert_eq!(iso_of_days(18_780), "2021-06-02");
        assert_eq!(iso_of_days(20_793), "2026-12-06");
        assert_eq!(iso_of_days(47_540), "2100-02-28");
        assert_eq!(iso_of_days(47_541), "2100-03-01");
        assert_eq!(iso_of_days(-1), "1969-12-31");
    }

    #[test]
    fn the_latest_date_is_tomorrow_in_utc() {
        // 2026-12-06 00:00:00 and 23:59:59 UTC; 2026-12-06 09:00 in Japan is 00:00 UTC.
        assert_eq!(latest_date_at(1_796_515_200), "2026-12-07");
        assert_eq!(latest_date_at(1_796_601_599), "2026-12-07");
        assert_eq!(latest_date_at(1_796_601_600), "2026-12-08");
    }

    #[test]
    fn the_latest_date_is_a_date_after_this_code_was_written() {
        let latest = latest_date();
        assert!(crate::report::formats::is_date(&latest), "{latest}");
        assert!(latest.as_str() > "2026-12-06", "{latest}");
    }
}
