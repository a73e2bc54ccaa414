//! What belongs to one action, kept in one place: the words of its button, its keyboard
//! shortcut and when it can be carried out. The panels draw buttons from it, the keyboard
//! handler reads the shortcuts from it, and the app refuses an action that is not enabled.

use crate::dashboard::{Action, View, ViewContext};
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// The words of an action's button: its label and what its tooltip says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionText {
    /// The button's label.
    pub label: &'static str,
    /// The tooltip: what it does.
    pub help: &'static str,
    /// The key that does the same, if any.
    pub shortcut: Option<Shortcut>,
}

/// A key (with Ctrl, ⌘ on a Mac) that carries out an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl+C: the platform's copy (egui reports it as a copy, not as a key).
    Copy,
}

impl Shortcut {
    /// As a tooltip and a screen reader say it (the officials' laptops run Windows).
    pub const fn keys(self) -> &'static str {
        match self {
            Self::Copy => "Ctrl+C",
        }
    }
}

impl Action {
    /// The words of its button, in `lang`; `None` for an action no button names (a dialog's
    /// answer, a dropped file, a kept report picked from a list).
    pub fn text(&self, lang: Lang) -> Option<ActionText> {
        let t = texts(lang);
        let (label, help) = match self {
            Self::ExportMap | Self::ExportChart => (t.export.save_png, t.export.save_png_help),
            Self::CopyMap | Self::CopyChart => (t.export.copy_image, t.export.copy_image_help),
            Self::ExportCsv { all_rows: false } => {
                (t.export.save_csv_shown, t.export.save_csv_shown_help)
            }
            Self::ExportCsv { all_rows: true } => {
                (t.export.save_csv_all, t.export.save_csv_all_help)
            }
            Self::ExportXlsx => (t.workbook.save, t.workbook.save_help),
            Self::ExportPack => (t.pack.save, t.pack.save_help),
            Self::CopyTable => {
                let (label, help) = (t.export.copy_table, t.export.copy_table_help);
                return Some(ActionText {
                    label,
                    help,
                    shortcut: Some(Shortcut::Copy),
                });
            }
            Self::ExportSheet(_) => (t.export.save_sheet, t.export.save_sheet_help),
            Self::ExportSeries => (t.trend.save_csv, t.trend.save_csv_help),
            Self::CopyTrendSummary => (t.reports.copy_summary, t.trend.copy_summary_help),
            Self::OpenReport => (t.reports.open_report, t.reports.open_report_help),
            Self::ShowSources(_) => (t.sources.sources, t.sources.sources_help),
            Self::Copy(_)
            | Self::LoadReport(_)
            | Self::EditImport { .. }
            | Self::ImportTable
            | Self::CancelImport
            | Self::AskRemoveReport(_)
            | Self::RemoveReport(_)
            | Self::CancelRemove
            | Self::ReplaceReport { .. }
            | Self::KeepBoth
            | Self::CompareWith(_)
            | Self::BundledReport
            | Self::DismissError
            | Self::DismissNotice => return None,
        };
        Some(ActionText {
            label,
            help,
            shortcut: None,
        })
    }

    /// Its tooltip: what it does, and the key that does the same (「…。Ctrl+C でも可」).
    pub fn tooltip(&self, lang: Lang) -> Option<String> {
        let text = self.text(lang)?;
        Some(match self.shortcut() {
            Some(key) => fill(
                texts(lang).window.also_by_key,
                &[("help", &text.help), ("keys", &key.keys())],
            ),
            None => text.help.to_owned(),
        })
    }

    /// The key that carries it out, if any.
    pub fn shortcut(&self) -> Option<Shortcut> {
        // Keys do not change with the language.
        self.text(Lang::Ja)?.shortcut
    }

    /// The actions that have a shortcut, for the keyboard handler.
    pub const WITH_SHORTCUTS: [Self; 1] = [Self::CopyTable];

    /// Whether it can be carried out with what is on screen: a picture of the chart or the
    /// map while it is drawn, a table's rows while some are shown, a contact sheet for a
    /// prefecture of the report.
    pub fn enabled(&self, cx: &ViewContext<'_>) -> bool {
        let rows = !cx.shown.is_empty();
        match self {
            Self::ExportChart | Self::CopyChart => {
                rows && matches!(cx.state.view, View::Chart | View::Split | View::Trend)
            }
            Self::ExportSeries | Self::CopyTrendSummary => cx.state.view == View::Trend,
            Self::ExportMap | Self::CopyMap => rows && cx.state.view == View::Map,
            Self::ExportCsv { all_rows: false }
            | Self::ExportXlsx
            | Self::ExportPack
            | Self::CopyTable => rows,
            Self::ExportSheet(code) => cx.report.row(*code).is_some(),
            Self::Copy(text) => !text.is_empty(),
            Self::ExportCsv { all_rows: true }
            | Self::OpenReport
            | Self::LoadReport(_)
            | Self::EditImport { .. }
            | Self::ImportTable
            | Self::CancelImport
            | Self::AskRemoveReport(_)
            | Self::RemoveReport(_)
            | Self::CancelRemove
            | Self::ReplaceReport { .. }
            | Self::KeepBoth
            | Self::CompareWith(_)
            | Self::BundledReport
            | Self::ShowSources(_)
            | Self::DismissError
            | Self::DismissNotice => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::State;
    use crate::prefecture::PrefectureCode;

    #[test]
    fn each_action_says_its_words_its_key_and_when_it_can_run() {
        let report = crate::report::bundled().unwrap().report;
        let all: Vec<usize> = (0..report.rows.len()).collect();
        let mut state = State::default();
        let cx = |state: &State, shown: &[usize]| -> Vec<bool> {
            let cx = ViewContext {
                state,
                report: &report,
                earlier: None,
                shown,
            };
            [
                Action::ExportChart,
                Action::CopyChart,
                Action::ExportMap,
                Action::CopyMap,
                Action::CopyTable,
                Action::ExportCsv { all_rows: false },
                Action::ExportCsv { all_rows: true },
                Action::ExportSheet(PrefectureCode(27)),
                Action::ExportSheet(PrefectureCode(48)),
                Action::Copy(String::new()),
                Action::Copy("06-6941-9111".to_owned()),
            ]
            .iter()
            .map(|a| a.enabled(&cx))
            .collect()
        };
        let (t, f) = (true, false);
        assert_eq!(
            cx(&state, &all),
            [f, f, f, f, t, t, t, t, f, f, t],
            "the table"
        );
        state.view = View::Chart;
        assert_eq!(
            cx(&state, &all),
            [t, t, f, f, t, t, t, t, f, f, t],
            "the chart"
        );
        state.view = View::Split;
        assert_eq!(cx(&state, &all), [t, t, f, f, t, t, t, t, f, f, t], "both");
        state.view = View::Map;
        assert_eq!(
            cx(&state, &all),
            [f, f, t, t, t, t, t, t, f, f, t],
            "the map"
        );
        assert_eq!(
            cx(&state, &[]),
            [f, f, f, f, f, f, t, t, f, f, t],
            "no row matches"
        );

        let ja = Action::CopyTable.text(Lang::Ja).unwrap();
        assert_eq!(ja.label, "表をコピー");
        assert_eq!(
            Action::CopyTable.shortcut().map(Shortcut::keys),
            Some("Ctrl+C")
        );
        assert_eq!(Action::ExportChart.shortcut(), None);
        assert_eq!(
            Action::WITH_SHORTCUTS.map(|a| a.shortcut()),
            [Some(Shortcut::Copy)]
        );
        let en = Action::ExportCsv { all_rows: true }.text(Lang::En).unwrap();
        assert_eq!(en.label, texts(Lang::En).export.save_csv_all);
        assert_eq!(
            Action::ExportMap.text(Lang::Ja),
            Action::ExportChart.text(Lang::Ja)
        );
        assert_eq!(Action::DismissError.text(Lang::Ja), None);
        assert_eq!(Action::DismissError.tooltip(Lang::Ja), None);
        assert_eq!(
            Action::CopyTable.tooltip(Lang::Ja).unwrap(),
            "表示中の行をタブ区切りでコピー（Excel に貼り付け可）。Ctrl+C でも可"
        );
        assert_eq!(
            Action::CopyTable.tooltip(Lang::En).unwrap(),
            "Copies the rows shown as tab-separated text for Excel (also Ctrl+C)"
        );
        assert_eq!(
            Action::ExportChart.tooltip(Lang::Ja).unwrap(),
            texts(Lang::Ja).export.save_png_help
        );
        assert_eq!(
            Action::ShowSources(true).text(Lang::Ja).map(|x| x.label),
            Some(texts(Lang::Ja).sources.sources)
        );
    }
}
