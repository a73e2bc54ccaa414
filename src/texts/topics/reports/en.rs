//! English: the texts of reports opened, kept and compared.

use super::ReportsTexts;

/// The texts in English.
pub const EN: ReportsTexts = ReportsTexts {
    open_report: "Open report…",
    open_report_help: "Opens a newer table's .ron file (or drop it on the window)",
    report_name: "Table as of {date}",
    falls_button: "{count} figures fell",
    falls_none: "No figure fell",
    falls_caveat: "Figures below the earlier table's (derived). The notice says compiled figures may change with later re-compilation",
    fall_line: "{name}, {column}: {old} → {new} ({change})",
    report_file: "File: {name}",
    back_to_bundled: "Back to bundled report",
    back_to_national_view: "Back to national view",
    open_a_report: "Open a report",
    back_to_bundled_done: "Back to the bundled report",
    report_not_opened: "The report could not be opened; the report on screen is unchanged",
    could_not_draw_the_chart: "Could not draw the chart",
    could_not_open_the_report: "Could not open the report; showing the bundled table as of {date}",
    last_report_not_opened: "Could not open the report opened last time; showing the bundled table as of {date}",
    report_warnings: "！ This report has {n} warning(s)",
    library_label: "Kept reports",
    library_bundled: "As of {date} (bundled)",
    library_entry: "As of {date} ({file})",
    library_skipped: "Kept reports that could not be read were skipped: {files}",
    library_skipped_many: "{count} kept files could not be read and were skipped: {files}, and {more} more",
    library_not_kept: "The report could not be kept (it is shown)",
    report_removed: "Removed: {file}",
    report_not_removed: "The report could not be removed",
    compare_label: "Compare",
    compare_off: "No comparison",
    compare_help: "Pick an earlier report: the table, the chart and the side panel show the change \
        (derived: this table minus the earlier one)",
    compare_none_earlier: "No earlier report to compare with (open a newer table to compare)",
    compare_span: "{from} → {to}",
    compare_change_of: "change {span}",
    compare_fell_help: "Fell from {old} to {new}. The notice says that the compiled figures may change \
        after later recounts (a fall is shown, not hidden)",
    compare_change_help: "{line} (derived: {label} in this table minus {label} as of {date})",
    compare_started: "Comparing with the report as of {date}",
    compare_stopped: "No longer comparing",
    compare_not_opened: "The report to compare with could not be opened",
    compare_not_earlier: "The report as of {date} is not earlier than the one shown, so it cannot be compared with",
    change_header: "change",
};
