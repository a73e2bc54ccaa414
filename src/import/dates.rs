//! Dates as clerks write them, read as ISO 8601: `2021-05-30`, `2021/5/30`, `2021.5.30`,
//! `20210530`, `2021年5月30日`, `令和3年5月30日`, `R3.5.30` (and full-width digits), and the
//! dates a 別紙3-style table states in its title rows: 「（21/6/2時点）」 is the date its figures
//! stand at, 「～21年5月30日分」 the last day it counts.

use unicode_normalization::UnicodeNormalization as _;

/// A date typed or written in a file, as ISO 8601; `None` when it is not one whole date.
pub fn read_date(text: &str) -> Option<String> {
    let text: String = text.nfkc().collect();
    let text = text.trim();
    let (iso, used) = date_at(text, false)?;
    text.get(used..)
        .is_some_and(|rest| rest.trim().is_empty())
        .then_some(iso)
}

/// The dates one title line of a table states: the compiled date (a date before 「時点」) and
/// the period's end (a date after 「～」 and before 「分」). Years may be written with two
/// digits there (「21/6/2」 is 2021-06-02).
pub fn stated(text: &str) -> (Option<String>, Option<String>) {
    let text: String = text.nfkc().collect();
    let (mut compiled, mut end) = (None, None);
    for (at, c) in text.char_indices() {
        let Some(rest) = text.get(at..) else { continue };
        let after_digit = text
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .is_some_and(|p| p.is_ascii_digit());
        if compiled.is_none()
            && !after_digit
            && let Some((iso, used)) = date_at(rest, true)
            && rest
                .get(used..)
                .is_some_and(|r| r.trim_start().starts_with("時点"))
        {
            compiled = Some(iso);
        }
        if end.is_none()
            && matches!(c, '～' | '〜' | '~')
            && let Some(rest) = rest.get(c.len_utf8()..)
            && let Some((iso, used)) = date_at(rest.trim_start(), true)
            && rest
                .trim_start()
                .get(used..)
                .is_some_and(|r| r.trim_start().starts_with('分'))
        {
            end = Some(iso);
        }
    }
    (compiled, end)
}

/// An era of the Japanese calendar: its name's forms, the western year before its first, and
/// its first and last days.
struct Era {
    names: [&'static str; 3],
    offset: u32,
    from: &'static str,
    to: &'static str,
}

const ERAS: [Era; 2] = [
    Era {
        names: ["令和", "R", "r"],
        offset: 2018,
        from: "2019-05-01",
        to: "9999-12-31",
    },
    Era {
        names: ["平成", "H", "h"],
        offset: 1988,
        from: "1989-01-08",
        to: "2019-04-30",
    },
];

/// A date at the start of `s` and the bytes it takes: an era's year (令和3, R3, 令和元), a
/// western year of four digits (or two, with `short_years`), then month and day apart by
/// 年/月(/日) or by one of `-/._`, or eight digits in a row.
fn date_at(s: &str, short_years: bool) -> Option<(String, usize)> {
    if let Some((iso, used)) = era_date(s) {
        return Some((iso, used));
    }
    let digits = leading_digits(s);
    if digits == 8 && !short_years {
        let (y, m, d) = (s.get(..4)?, s.get(4..6)?, s.get(6..8)?);
        let iso = format!("{y}-{m}-{d}");
        return crate::report::formats::is_date(&iso).then_some((iso, 8));
    }
    let year: u32 = match digits {
        4 => s.get(..4)?.parse().ok()?,
        2 if short_years => s.get(..2)?.parse::<u32>().ok()?.checked_add(2000)?,
        _ => return None,
    };
    let (month, day, used) = month_day(s.get(digits..)?)?;
    let iso = format!("{year:04}-{month:02}-{day:02}");
    crate::report::formats::is_date(&iso).then_some((iso, digits.checked_add(used)?))
}

/// 令和3年5月30日, R3.5.30, 令和元年5月1日: the date and the bytes it takes, within its era.
fn era_date(s: &str) -> Option<(String, usize)> {
    ERAS.iter().find_map(|era| {
        let name = era.names.iter().find(|n| s.starts_with(**n))?;
        let rest = s.get(name.len()..)?;
        let (year, used) = if rest.starts_with('元') {
            (1, '元'.len_utf8())
        } else {
            let n = leading_digits(rest);
            if n == 0 || n > 2 {
                return None;
            }
            (rest.get(..n)?.parse::<u32>().ok()?, n)
        };
        let (month, day, md) = month_day(rest.get(used..)?)?;
        let iso = format!("{:04}-{month:02}-{day:02}", era.offset.checked_add(year)?);
        let within = iso.as_str() >= era.from && iso.as_str() <= era.to;
        (within && crate::report::formats::is_date(&iso))
            .then(|| Some((iso, name.len().checked_add(used)?.checked_add(md)?)))
            .flatten()
    })
}

/// After the year: 「年5月30日」 or 「.5.30」 (one separator of `-/._`, the same twice): the
/// month, the day and the bytes they take.
fn month_day(s: &str) -> Option<(u32, u32, usize)> {
    let (sep_month, sep_day, end): (&str, &str, &str) = if s.starts_with('年') {
        ("年", "月", "日")
    } else {
        let c = s.chars().next().filter(|c| "-/._".contains(*c))?;
        let sep = s.get(..c.len_utf8())?;
        (sep, sep, "")
    };
    let rest = s.get(sep_month.len()..)?;
    let m = leading_digits(rest);
    if m == 0 || m > 2 {
        return None;
    }
    let month: u32 = rest.get(..m)?.parse().ok()?;
    let rest = rest.get(m..)?.strip_prefix(sep_day)?;
    let d = leading_digits(rest);
    if d == 0 || d > 2 {
        return None;
    }
    let day: u32 = rest.get(..d)?.parse().ok()?;
    let mut used = sep_month
        .len()
        .checked_add(m)?
        .checked_add(sep_day.len())?
        .checked_add(d)?;
    if !end.is_empty() && rest.get(d..)?.starts_with(end) {
        used = used.checked_add(end.len())?;
    }
    Some((month, day, used))
}

/// How many ASCII digits `s` starts with.
fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_clerks_write_them() {
        for typed in [
            "2021-05-30",
            "2021/5/30",
            "2021.5.30",
            "2021_05_30",
            "20210530",
            "2021年5月30日",
            "2021年05月30日",
            "令和3年5月30日",
            "令和3年5月30",
            "R3.5.30",
            "r3/5/30",
            "R03.05.30",
            "２０２１／５／３０",
            "令和３年５月３０日",
            " 2021/5/30 ",
        ] {
            assert_eq!(read_date(typed).as_deref(), Some("2021-05-30"), "{typed}");
        }
        assert_eq!(read_date("令和元年5月1日").as_deref(), Some("2019-05-01"));
        assert_eq!(read_date("平成31年4月30日").as_deref(), Some("2019-04-30"));
        assert_eq!(read_date("H31.4.30").as_deref(), Some("2019-04-30"));
        for not in [
            "",
            "2021/5",
            "2021/13/1",
            "2021/2/30",
            "2021-5/30",
            "21/5/30",
            "2021/5/30 12:00",
            "令和元年4月30日",
            "平成32年1月1日",
            "R3.5.30日本",
            "202105300",
            "令和100年1月1日",
            "五月三十日",
        ] {
            assert_eq!(read_date(not), None, "{not}");
        }
    }

    #[test]
    fn a_title_row_states_the_compiled_date_and_the_periods_end() {
        assert_eq!(
            stated("20年4月6日～21年5月16日分(ワクチン関連については21/4/12以降)"),
            (None, Some("2021-05-16".to_owned()))
        );
        assert_eq!(
            stated(
                "(21/5/19時点の各都道府県ナースセンターからの報告を中央ナースセンターにおいてとりまとめたもの)"
            ),
            (Some("2021-05-19".to_owned()), None)
        );
        assert_eq!(stated("（21/6/2時点）").0.as_deref(), Some("2021-06-02"));
        assert_eq!(stated("～21年5月30日分").1.as_deref(), Some("2021-05-30"));
        assert_eq!(
            stated("令和3年6月2日時点 〜 2021/5/30 分"),
            (Some("2021-06-02".to_owned()), Some("2021-05-30".to_owned()))
        );
        assert_eq!(stated("求職者数"), (None, None));
        assert_eq!(
            stated("121/5/19時点"),
            (None, None),
            "not a date inside a number"
        );
        assert_eq!(stated("21/5/19"), (None, None), "a date alone says neither");
    }
}
