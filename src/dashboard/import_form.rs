//! The small form that asks what a table does not say when it is opened in the window: the date
//! its figures stand at and the last day it counts. A date in the file's name is offered.

use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization as _;

use crate::import::Dates;

/// A table being opened, and the dates typed for it so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportForm {
    /// The table file.
    pub path: PathBuf,
    /// The date the figures stand at, as typed (offered from the file's name).
    pub compiled: String,
    /// The last day counted, as typed.
    pub period_end: String,
}

impl ImportForm {
    /// The form for `path`, its compiled date offered from a date in the file's name.
    pub fn new(path: PathBuf) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self {
            compiled: date_in_name(&name).unwrap_or_default(),
            period_end: String::new(),
            path,
        }
    }

    /// The dates as the import takes them: trimmed, full-width digits as typed by a Japanese IME
    /// read as digits.
    pub fn dates(&self) -> Dates {
        let clean = |s: &str| s.nfkc().collect::<String>().trim().to_owned();
        Dates::new(clean(&self.compiled), clean(&self.period_end))
    }
}

/// A date in a file's name, as ISO 8601: `2021-06-02`, `2021_06_02`, `2021.6.2`, `20210602`.
pub fn date_in_name(name: &str) -> Option<String> {
    let name: String = name.nfkc().collect();
    let chars: Vec<char> = name.chars().collect();
    (0..chars.len()).find_map(|start| {
        let rest: String = chars.get(start..)?.iter().collect();
        date_at(&rest)
    })
}

/// A date at the start of `s`: a year of four digits, then month and day either apart by one
/// of `-_./` or as four digits.
fn date_at(s: &str) -> Option<String> {
    let year: String = s.chars().take(4).collect();
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = s.get(4..)?;
    let (month, day) = if let Some(sep) = rest.chars().next().filter(|c| "-_./".contains(*c)) {
        let mut parts = rest.get(1..)?.splitn(2, sep);
        let m = parts.next()?;
        let d: String = parts
            .next()?
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)
    } else {
        let digits: String = rest.chars().take(4).collect();
        if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        (
            digits.get(..2)?.parse().ok()?,
            digits.get(2..)?.parse().ok()?,
        )
    };
    let iso = format!("{year}-{month:02}-{day:02}");
    crate::report::formats::is_date(&iso).then_some(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_the_file_name_is_offered() {
        for (name, date) in [
            ("2021-06-02.xlsx", Some("2021-06-02")),
            ("潜在看護職_20210602.csv", Some("2021-06-02")),
            ("表 2021_6_2 中央ナースセンター.xls", Some("2021-06-02")),
            ("２０２１－０６－０２.csv", Some("2021-06-02")),
            ("2021.6.2時点.ods", Some("2021-06-02")),
            ("table.csv", None),
            ("2021-13-45.csv", None),
        ] {
            assert_eq!(date_in_name(name).as_deref(), date, "{name}");
        }
        let form = ImportForm::new(PathBuf::from("/tmp/2021-06-02.csv"));
        assert_eq!(form.compiled, "2021-06-02");
        let typed = ImportForm {
            period_end: " ２０２１-０５-３０ ".to_owned(),
            ..form
        };
        assert_eq!(typed.dates().period_end, "2021-05-30");
    }
}
