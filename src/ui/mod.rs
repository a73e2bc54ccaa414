//! The window's panels, one module each, and what they share: number formatting, the
//! commands panels hand back to the app, small widgets.

pub mod chart;
pub mod chart_data;
pub mod contacts;
pub mod dialogs;
pub mod escalation;
pub mod export;
pub mod filter;
pub mod fonts;
pub mod rows;
pub mod side_panel;
pub mod sources;
pub mod table;
pub mod theme;
pub mod top_bar;

use crate::lang::Lang;
use crate::report::{PrefectureCode, Qualifier};

/// What a panel asks the app to do, run after the panels are drawn.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Select a prefecture (or none: the national view).
    Select(Option<PrefectureCode>),
    /// Put text on the clipboard and say so.
    Copy(String),
    /// Save the chart as PNG (asks for a path).
    ExportChart,
    /// Copy the chart to the clipboard as an image.
    CopyChart,
    /// Save the table as CSV (asks for a path).
    ExportCsv {
        /// All rows, as `export-csv` writes them, rather than those shown.
        all_rows: bool,
    },
    /// Copy the rows shown as tab-separated text.
    CopyTable,
    /// Ask for a report file to open.
    OpenReport,
    /// Open this report file (dropped on the window).
    LoadReport(std::path::PathBuf),
    /// Go back to the bundled report.
    BundledReport,
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

/// A derived value to one decimal, or a dash where it is undefined (division by zero).
pub fn format_derived(v: Option<f64>, unit: &str) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{v:.1}{unit}"),
        _ => "—".to_owned(),
    }
}

/// A national figure with its qualifier: 約4,200名 / about 4,200 nurses.
pub fn format_qualified(value: u32, q: Qualifier, unit: &str, lang: Lang) -> String {
    let n = format_count(value);
    match (q, lang) {
        (Qualifier::Exact, Lang::Ja) => format!("{n}{unit}"),
        (Qualifier::About, Lang::Ja) => format!("約{n}{unit}"),
        (Qualifier::AtLeast, Lang::Ja) => format!("{n}{unit}以上"),
        (Qualifier::Exact, Lang::En) => format!("{n} {unit}"),
        (Qualifier::About, Lang::En) => format!("about {n} {unit}"),
        (Qualifier::AtLeast, Lang::En) => format!("{n}+ {unit}"),
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

/// 「（2021年5月24日時点）」 / " (as of 2021-05-24)".
pub fn as_of(iso: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("（{}時点）", format_date(iso, lang)),
        Lang::En => format!(" (as of {iso})"),
    }
}

/// A button with its tooltip, in the reader's language; `command` when clicked.
/// `label` and `hover` are (Japanese, English) pairs.
pub fn command_button(
    ui: &mut egui::Ui,
    lang: Lang,
    label: (&str, &str),
    hover: (&str, &str),
    command: Command,
) -> Option<Command> {
    ui.button(lang.pick(label.0, label.1))
        .on_hover_text(lang.pick(hover.0, hover.1))
        .clicked()
        .then_some(command)
}

/// Paints a small "copy" button; returns the command when clicked.
pub fn copy_button(ui: &mut egui::Ui, text: &str, lang: Lang) -> Option<Command> {
    let label = lang.pick("コピー", "Copy");
    let hover = match lang {
        Lang::Ja => format!("{text} をコピー"),
        Lang::En => format!("Copy {text}"),
    };
    ui.small_button(label)
        .on_hover_text(hover)
        .clicked()
        .then(|| Command::Copy(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_thousands_separators() {
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(830), "830");
        assert_eq!(format_count(9828), "9,828");
        assert_eq!(format_count(1_234_567), "1,234,567");
        assert_eq!(format_count(u32::MAX), "4,294,967,295");
    }

    #[test]
    fn derived_and_dates() {
        assert_eq!(format_derived(Some(1.5543), ""), "1.6");
        assert_eq!(format_derived(None, "%"), "—");
        assert_eq!(format_derived(Some(f64::INFINITY), ""), "—");
        assert_eq!(format_date("2021-05-19", Lang::Ja), "2021年5月19日");
        assert_eq!(format_date("2021-05-19", Lang::En), "2021-05-19");
        assert_eq!(
            format_qualified(3400, Qualifier::AtLeast, "名", Lang::Ja),
            "3,400名以上"
        );
    }
}
