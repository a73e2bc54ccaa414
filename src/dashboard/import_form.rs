//! The small form that asks what a table does not say when it is opened in the window: the date
//! its figures stand at and the last day it counts. A date in the file's name is offered.

use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization as _;

use crate::import::Dates;
use crate::import::dates::read_date;
use crate::import::sheet::Place;
use crate::import::stated::{Stated, StatedDate, place_words};
use crate::lang::Lang;
use crate::texts::{fill, format_date, texts};

/// Where a date the form offers came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offered {
    /// A date in the file's name.
    FileName,
    /// A title row of the file: where (said 「2行目」, 「Sheet1!A2」) and its words.
    File {
        /// Where.
        at: Place,
        /// The cell's or line's words.
        text: String,
    },
}

/// A table being opened, and the dates typed for it so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportForm {
    /// The table file.
    pub path: PathBuf,
    /// The date the figures stand at, as typed (offered from the file or its name).
    pub compiled: String,
    /// The last day counted, as typed (offered from the file).
    pub period_end: String,
    /// Where the compiled date shown was offered from; none once typed by hand.
    pub compiled_from: Option<Offered>,
    /// Where the period's end shown was offered from; none once typed by hand.
    pub period_end_from: Option<Offered>,
}

/// One of the form's two dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    /// The date the figures stand at.
    Compiled,
    /// The last day counted.
    PeriodEnd,
}

impl ImportForm {
    /// The form for `path`, its compiled date offered from a date in the file's name.
    pub fn new(path: PathBuf) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let compiled = date_in_name(&name);
        Self {
            compiled_from: compiled.as_ref().map(|_| Offered::FileName),
            compiled: compiled.unwrap_or_default(),
            period_end: String::new(),
            period_end_from: None,
            path,
        }
    }

    /// Takes in the dates the file states: each offered where nothing was typed by hand (the
    /// file's own words before its name's date).
    pub fn offer(&mut self, stated: &Stated) {
        let offered = |d: &StatedDate| Offered::File {
            at: d.at.clone(),
            text: d.text.clone(),
        };
        let untouched =
            |value: &str, from: &Option<Offered>| value.trim().is_empty() || from.is_some();
        if let Some(d) = &stated.compiled
            && untouched(&self.compiled, &self.compiled_from)
        {
            self.compiled.clone_from(&d.iso);
            self.compiled_from = Some(offered(d));
        }
        if let Some(d) = &stated.period_end
            && untouched(&self.period_end, &self.period_end_from)
        {
            self.period_end.clone_from(&d.iso);
            self.period_end_from = Some(offered(d));
        }
    }

    /// The dates as typed: one changed by hand no longer says where it was offered from.
    pub fn edit(&mut self, compiled: String, period_end: String) {
        if compiled != self.compiled {
            self.compiled = compiled;
            self.compiled_from = None;
        }
        if period_end != self.period_end {
            self.period_end = period_end;
            self.period_end_from = None;
        }
    }

    /// What the form says under a date: the date read back as the app shows dates, with where
    /// it was offered from (「→ 2021年6月2日（ファイル名から）」), or that it cannot be read as
    /// a date; nothing while the field is empty.
    pub fn note(&self, field: DateField, lang: Lang) -> Option<String> {
        let t = texts(lang);
        let (typed, from) = match field {
            DateField::Compiled => (&self.compiled, &self.compiled_from),
            DateField::PeriodEnd => (&self.period_end, &self.period_end_from),
        };
        if typed.trim().is_empty() {
            return None;
        }
        let Some(iso) = read_date(typed) else {
            return Some(t.import.date_unreadable.to_owned());
        };
        let mut note = fill(t.import.date_read_as, &[("date", &format_date(&iso, lang))]);
        let from = match from {
            None => None,
            Some(Offered::FileName) => Some(t.import.date_from_name.to_owned()),
            Some(Offered::File { at, text }) => Some(fill(
                t.import.date_from_file,
                &[
                    ("place", &place_words(at, lang)),
                    ("text", &shortened(text, 24)),
                ],
            )),
        };
        if let Some(from) = from {
            note.push_str(&fill(t.import.date_offered_from, &[("from", &from)]));
        }
        Some(note)
    }

    /// The dates as the import takes them, read as clerks write them ([`Dates::new`]).
    pub fn dates(&self) -> Dates {
        Dates::new(&self.compiled, &self.period_end)
    }
}

/// `text` cut to `chars` characters, with … where it was cut.
fn shortened(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(chars.saturating_sub(1)).collect();
    short.push('…');
    short
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

    #[test]
    fn the_form_offers_the_files_dates_says_where_from_and_reads_dates_back() {
        let stated = Stated {
            compiled: Some(StatedDate {
                iso: "2021-06-02".to_owned(),
                at: Place::Text { line: 2, column: 0 },
                text: "(21/6/2時点の各都道府県ナースセンターからの報告をとりまとめたもの)"
                    .to_owned(),
            }),
            period_end: Some(StatedDate {
                iso: "2021-05-30".to_owned(),
                at: Place::Text { line: 1, column: 0 },
                text: "20年4月6日～21年5月30日分".to_owned(),
            }),
        };
        let mut form = ImportForm::new(PathBuf::from("表_2021-06-01.csv"));
        assert_eq!(
            form.note(DateField::Compiled, Lang::Ja).as_deref(),
            Some("→ 2021年6月1日（ファイル名から）")
        );
        assert_eq!(
            form.note(DateField::PeriodEnd, Lang::Ja),
            None,
            "nothing typed"
        );
        form.offer(&stated);
        assert_eq!(
            (form.compiled.as_str(), form.period_end.as_str()),
            ("2021-06-02", "2021-05-30")
        );
        assert_eq!(
            form.note(DateField::Compiled, Lang::Ja).as_deref(),
            Some(
                "→ 2021年6月2日（ファイルの 2行目「(21/6/2時点の各都道府県ナースセンターか…」から）"
            )
        );
        assert_eq!(
            form.note(DateField::PeriodEnd, Lang::En).as_deref(),
            Some("→ 2021-05-30 (from the file's line 1 \"20年4月6日～21年5月30日分\")")
        );
        // Typed by hand: read back, no longer said to come from the file, not offered over.
        form.edit("令和3年6月3日".to_owned(), form.period_end.clone());
        assert_eq!(
            form.note(DateField::Compiled, Lang::Ja).as_deref(),
            Some("→ 2021年6月3日")
        );
        assert_eq!(form.dates().compiled, "2021-06-03");
        form.offer(&stated);
        assert_eq!(form.compiled, "令和3年6月3日");
        assert!(
            form.period_end_from.is_some(),
            "the other date is still the file's"
        );
        form.edit(form.compiled.clone(), "5月30日".to_owned());
        assert_eq!(
            form.note(DateField::PeriodEnd, Lang::Ja).as_deref(),
            Some(texts(Lang::Ja).import.date_unreadable)
        );
        // A name without a date, a file that states none: nothing offered.
        let mut plain = ImportForm::new(PathBuf::from("table.csv"));
        plain.offer(&Stated::default());
        assert_eq!((plain.compiled.as_str(), plain.compiled_from), ("", None));
    }
}
