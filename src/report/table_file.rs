//! A newer table in a file of its own: its figures, phones and dates, and the notice it goes
//! with; the notice's content (contacts, steps, flows, notes, caveats, the period's start) is
//! not copied into it but taken from that notice's report when the file is read. So a report in
//! the library carries its table and nothing a clerk would have to keep in step.
//!
//! In a file: `Table(notice: "2021-05-26", compiled: "2021-06-02", period_end: "2021-05-30",
//! imported_from: "table.xlsx", total: (…), rows: [(code: 1, name: "北海道", figures: (…),
//! phone: "…"), …])`. A report file of the full form (the bundled one, files of earlier
//! versions) starts with `(` instead.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::report::model::{Figures, PrefectureRow, Report};
use crate::report::text::Text;
use crate::texts::{fill, format_date, texts};

/// The name a table file starts with.
pub const TABLE_FILE_TAG: &str = "Table";

/// A table without the notice's content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Table")]
pub struct TableFile {
    /// The date of the notice whose content the table goes with (ISO 8601): the report of
    /// that notice gives contacts, steps, flows, notes, caveats and the period's start.
    pub notice: String,
    /// The date the figures stand at (ISO 8601).
    pub compiled: String,
    /// The last day counted (ISO 8601).
    pub period_end: String,
    /// The file the table was imported from (its name only).
    pub imported_from: String,
    /// The national total row (計) as published.
    pub total: Figures,
    /// The 47 prefectures' rows.
    pub rows: Vec<PrefectureRow>,
}

impl TableFile {
    /// The table part of `report`, as a file that goes with `report`'s notice.
    pub fn of(report: &Report, imported_from: &str) -> Self {
        Self {
            notice: report.meta.source.date.clone(),
            compiled: report.meta.compiled.date.clone(),
            period_end: report.meta.period.to.clone(),
            imported_from: imported_from.to_owned(),
            total: report.total,
            rows: report.rows.clone(),
        }
    }

    /// The report: `notice`'s content with this table, its dates and texts of ours for its
    /// period and compilation (the notice's own describe its own table).
    pub fn report(&self, notice: &Report) -> Report {
        let mut r = notice.clone();
        r.rows.clone_from(&self.rows);
        r.total = self.total;
        r.meta.period.to.clone_from(&self.period_end);
        r.meta.compiled.date.clone_from(&self.compiled);
        let period = |lang: Lang| {
            fill(
                texts(lang).import.period_text,
                &[
                    ("from", &format_date(&r.meta.period.from, lang)),
                    ("to", &format_date(&self.period_end, lang)),
                    (
                        "vaccination_from",
                        &format_date(&r.meta.period.vaccination_from, lang),
                    ),
                    ("notes_date", &format_date(notice.notes_date(), lang)),
                ],
            )
        };
        r.meta.period.text = Text::ours(period(Lang::Ja), period(Lang::En));
        let compiled = |lang: Lang| {
            fill(
                texts(lang).import.compiled_text,
                &[
                    ("date", &format_date(&self.compiled, lang)),
                    ("file", &self.imported_from),
                ],
            )
        };
        r.meta.compiled.text = Text::ours(compiled(Lang::Ja), compiled(Lang::En));
        r.meta.imported_from = Some(self.imported_from.clone());
        r.meta.notes_of = Some(notice.notes_date().to_owned());
        r
    }

    /// The file's text: a comment saying what it is, then `Table(…)`.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .depth_limit(3)
            .indentor("    ".to_owned());
        let body = ron::ser::to_string_pretty(self, config)?;
        // The comment is one line whatever the names hold (a file name with a newline).
        Ok(format!(
            "// The table of {} (imported from {}), with the content of the notice of {}.\n{TABLE_FILE_TAG}{body}\n",
            crate::texts::printable(&self.compiled),
            crate::texts::printable(&self.imported_from),
            crate::texts::printable(&self.notice)
        ))
    }
}

impl Report {
    /// Whether `self` and `other` have the same notice's content (all but the table, its dates
    /// and the texts about them): a table of one can be kept as a table file of the other.
    pub fn same_notice(&self, other: &Self) -> bool {
        let (a, b) = (&self.meta, &other.meta);
        self.contacts == other.contacts
            && self.escalation == other.escalation
            && self.key_net_flow == other.key_net_flow
            && a.title == b.title
            && a.short_title == b.short_title
            && a.source == b.source
            && a.period.from == b.period.from
            && a.period.vaccination_from == b.period.vaccination_from
            && a.period.vaccination_employed_from == b.period.vaccination_employed_from
            && a.compiled.by == b.compiled.by
            && a.notes == b.notes
            && a.caveats == b.caveats
            && a.national_figures == b.national_figures
    }
}

/// Whether a report file's text is a table file: its first token, after comments, is `Table`.
pub fn is_table_file(text: &str) -> bool {
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    rest.strip_prefix(TABLE_FILE_TAG)
        .is_some_and(|r| r.trim_start().starts_with('('))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_with_a_newline_or_placeholders_writes_a_file_that_loads() {
        let notice = crate::report::bundled().unwrap().report;
        for name in ["nc\n)2021-06-02.xlsx", "{date}{file}{error}.csv"] {
            let mut later = notice.clone();
            later.meta.compiled.date = "2021-06-02".to_owned();
            later.meta.period.to = "2021-05-30".to_owned();
            let text = TableFile::of(&later, name).to_ron().unwrap();
            assert_eq!(
                text.lines()
                    .next()
                    .map(|l| l.starts_with("// The table of 2021-06-02")),
                Some(true)
            );
            let loaded = crate::report::load_str(&text).unwrap();
            assert_eq!(loaded.report.meta.imported_from.as_deref(), Some(name));
            // The name is data in every text made of it: substituted once.
            assert!(
                loaded
                    .report
                    .meta
                    .compiled
                    .text
                    .get(Lang::Ja)
                    .contains(name),
                "{name}"
            );
        }
    }

    #[test]
    fn a_table_file_is_told_by_its_first_token() {
        assert!(is_table_file(
            "// a comment\n/* another */ Table (notice: \"x\")"
        ));
        assert!(is_table_file("\u{feff}Table("));
        assert!(!is_table_file("(meta: ())"));
        assert!(!is_table_file("// Table(\n(meta: ())"));
        assert!(!is_table_file("Tables("));
    }
}
