//! Every word the program shows, by topic (the table, the chart, the map, the side panel, the
//! filter, sources and notes, exports, CSV, the contact sheet, reports, imports, the command
//! line, errors, a screen reader, the window): `texts(lang).map.legend_label`. Each topic
//! declares its keys, with what each text is for, once (`topics/<topic>.rs`), and gives them
//! in Japanese and English
//! (`topics/<topic>/ja.rs`, `en.rs`): a translator, or a later やさしい日本語 edition, edits those
//! files. Every text is a field, so a text missing in either language does not build, and a
//! test checks that none is empty and that both languages use the same `{placeholders}`.
//!
//! Here: the panels' and the app's texts, the column, region and actor names, the report's error
//! messages, the command line's messages, and the texts built around a value (templates filled
//! by [`fill`]). Not here: the report's own words (the notice's, marked `Quote`/`Ours` in the
//! report file), prefecture names (a table of data in `prefecture.rs`), and numbers
//! (`dashboard::format`, which writes 9,828). Dates are written here ([`format_date`]:
//! 2021年5月19日 / 2021-05-19), for the report's own texts too.

use crate::lang::Lang;

/// Declares a struct of texts of one topic and the list of its fields in one place
/// (`topics/<topic>.rs`); each language gives every field (`topics/<topic>/ja.rs`, `en.rs`),
/// so a text missing in either does not build.
macro_rules! texts {
    (
        $(#[$meta:meta])*
        $struct:ident;
        $($(#[doc = $doc:literal])* $name:ident,)*
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $struct {
            $($(#[doc = $doc])* #[doc = concat!("\n\nKey `", stringify!($name), "`.")] pub $name: &'static str,)*
        }

        impl $struct {
            /// Every text with its key, for checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

pub mod topics;

/// Every text the program shows, by topic: `texts(lang).map.legend_label`.
#[derive(Debug)]
pub struct Texts {
    /// What a screen reader hears.
    pub a11y: topics::a11y::A11yTexts,
    /// The chart.
    pub chart: topics::chart::ChartTexts,
    /// The command line.
    pub cli: topics::cli::CliTexts,
    /// CSV headers and the copied table.
    pub csv: topics::csv::CsvTexts,
    /// A report's errors.
    pub errors: topics::errors::ErrorsTexts,
    /// Saving and copying.
    pub export: topics::export::ExportTexts,
    /// The filter: the search box and the regions.
    pub filter: topics::filter::FilterTexts,
    /// Importing a newer table.
    pub import: topics::import::ImportTexts,
    /// The tile map.
    pub map: topics::map::MapTexts,
    /// Reports opened, kept and compared.
    pub reports: topics::reports::ReportsTexts,
    /// The contact sheet (PDF).
    pub sheet: topics::sheet::SheetTexts,
    /// The side panel: contacts and steps.
    pub side: topics::side::SideTexts,
    /// Sources, periods, notes and caveats.
    pub sources: topics::sources::SourcesTexts,
    /// The table.
    pub table: topics::table::TableTexts,
    /// The trend view.
    pub trend: topics::trend::TrendTexts,
    /// The window: the top bar, views, dialogs, notices.
    pub window: topics::window::WindowTexts,
    /// The briefing pack.
    pub pack: topics::pack::PackTexts,
    /// The Excel workbook.
    pub workbook: topics::workbook::WorkbookTexts,
}

impl Texts {
    /// Every text with its key, for checks.
    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
        let mut all = Vec::new();
        all.extend(self.a11y.entries());
        all.extend(self.chart.entries());
        all.extend(self.cli.entries());
        all.extend(self.csv.entries());
        all.extend(self.errors.entries());
        all.extend(self.export.entries());
        all.extend(self.filter.entries());
        all.extend(self.import.entries());
        all.extend(self.map.entries());
        all.extend(self.reports.entries());
        all.extend(self.sheet.entries());
        all.extend(self.side.entries());
        all.extend(self.sources.entries());
        all.extend(self.table.entries());
        all.extend(self.trend.entries());
        all.extend(self.window.entries());
        all.extend(self.pack.entries());
        all.extend(self.workbook.entries());
        all
    }
}

static JA: Texts = Texts {
    a11y: topics::a11y::JA,
    chart: topics::chart::JA,
    cli: topics::cli::JA,
    csv: topics::csv::JA,
    errors: topics::errors::JA,
    export: topics::export::JA,
    filter: topics::filter::JA,
    import: topics::import::JA,
    map: topics::map::JA,
    reports: topics::reports::JA,
    sheet: topics::sheet::JA,
    side: topics::side::JA,
    sources: topics::sources::JA,
    table: topics::table::JA,
    trend: topics::trend::JA,
    window: topics::window::JA,
    pack: topics::pack::JA,
    workbook: topics::workbook::JA,
};

static EN: Texts = Texts {
    a11y: topics::a11y::EN,
    chart: topics::chart::EN,
    cli: topics::cli::EN,
    csv: topics::csv::EN,
    errors: topics::errors::EN,
    export: topics::export::EN,
    filter: topics::filter::EN,
    import: topics::import::EN,
    map: topics::map::EN,
    reports: topics::reports::EN,
    sheet: topics::sheet::EN,
    side: topics::side::EN,
    sources: topics::sources::EN,
    table: topics::table::EN,
    trend: topics::trend::EN,
    window: topics::window::EN,
    pack: topics::pack::EN,
    workbook: topics::workbook::EN,
};

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// An ISO date in the reader's form: 2021年5月19日 / 2021-05-19.
pub fn format_date(iso: &str, lang: Lang) -> String {
    let mut parts = iso.split('-').map(str::parse::<u32>);
    match (lang, parts.next(), parts.next(), parts.next()) {
        (Lang::Ja, Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => format!("{y}年{m}月{d}日"),
        _ => iso.to_owned(),
    }
}

/// A count with thousands separators: 9828 → "9,828".
pub fn format_count(n: u32) -> String {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len.saturating_add(len / 3));
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len.saturating_sub(i)) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `template` with each `{name}` replaced by its value, in one pass: a value is data, never
/// read again as a template (a file named `{date}.csv` stays `{date}.csv`). A `{…}` that names no
/// value is left as it is.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let value = from_brace.find('}').and_then(|close| {
            let name = from_brace.get(1..close)?;
            let (_, v) = values.iter().find(|(n, _)| *n == name)?;
            Some((v, close))
        });
        if let Some((v, close)) = value {
            out.push_str(&v.to_string());
            rest = from_brace
                .get(close.saturating_add(1)..)
                .unwrap_or_default();
        } else {
            out.push('{');
            rest = from_brace.get(1..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    out
}

/// Text that came from a file or a name (a header cell, a file name) as it may be printed: every
/// control character (ESC, BEL, a newline) written as an escape, so that it can neither steer a
/// terminal nor end a line it is written into.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{placeholders}` of a text, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_text_is_there_in_both_languages_with_the_same_placeholders() {
        let (ja, en) = (texts(Lang::Ja).entries(), texts(Lang::En).entries());
        assert_eq!(ja.len(), en.len());
        for ((key, j), (_, e)) in ja.iter().zip(&en) {
            assert!(!j.trim().is_empty(), "{key} is empty in Japanese");
            assert!(!e.trim().is_empty(), "{key} is empty in English");
            assert_eq!(placeholders(j), placeholders(e), "{key}");
        }
    }

    #[test]
    fn values_are_data_substituted_once() {
        // A file named with placeholders keeps them: the value is not read as a template.
        assert_eq!(
            fill(
                "{date}: {file}",
                &[
                    ("date", &"2021年6月2日"),
                    ("file", &"{date}{file}{error}.csv")
                ]
            ),
            "2021年6月2日: {date}{file}{error}.csv"
        );
        assert_eq!(fill("{a}{b}", &[("a", &"{b}"), ("b", &"x")]), "{b}x");
        // A brace that names no value, or is never closed, stays.
        assert_eq!(fill("{x} {a} {", &[("a", &1)]), "{x} 1 {");
        assert_eq!(fill("（{n}件）", &[("n", &3)]), "（3件）");
    }

    #[test]
    fn control_characters_are_printed_as_escapes() {
        assert_eq!(
            printable("求職者数\u{1b}]0;x\u{7}"),
            "求職者数\\u{1b}]0;x\\u{7}"
        );
        assert_eq!(printable("a\nb.csv"), "a\\nb.csv");
        assert_eq!(printable("東京都 830"), "東京都 830");
    }

    #[test]
    fn placeholders_are_filled() {
        let t = texts(Lang::Ja);
        assert_eq!(
            fill(t.table.showing, &[("total", &47), ("shown", &1)]),
            "47 件中 1 件を表示"
        );
        assert_eq!(
            fill(
                texts(Lang::En).table.showing,
                &[("total", &47), ("shown", &1)]
            ),
            "Showing 1 of 47"
        );
    }
}
