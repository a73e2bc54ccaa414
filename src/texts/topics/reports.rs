//! The texts of reports opened, kept and compared:
//! the keys ([`ReportsTexts`]), and the texts in Japanese (`reports/ja.rs`)
//! and English (`reports/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of reports opened, kept and compared, in one language.
    ReportsTexts;
    #[doc = "The open report button."]
    open_report,
    open_report_help,
    #[doc = "What changed, in a sentence: the nation's figure, {from} {to} {metric} {old} {new} {change} {share}."]
    summary_national,
    #[doc = "The prefectures that rose most: {names} {change}."]
    summary_place,
    #[doc = "The prefectures that fell most, with the notice's caveat: {names} {change}."]
    summary_fall_place,
    #[doc = "The largest rise and fall: {up} {down}."]
    summary_rise_fall,
    #[doc = "Only rises: {up}."]
    summary_rise_only,
    #[doc = "Only falls: {down}."]
    summary_fall_only,
    #[doc = "No prefecture's figure changed."]
    summary_no_change,
    #[doc = "The derived numbers said as derived."]
    summary_derived,
    #[doc = "Between the source lines at a summary's end (the notice's, the imported files'): each its own sentence."]
    summary_sources_separator,
    #[doc = "The trend's summary: how many tables: {count}."]
    summary_tables,
    #[doc = "The trend's summary: how often the nation's figure fell: {count}."]
    summary_national_falls,
    #[doc = "After the imported files named in a summary's sources: {count}."]
    summary_more_files,
    #[doc = "The button that copies the sentence."]
    copy_summary,
    #[doc = "Its tooltip."]
    copy_summary_help,
    #[doc = "A kept table put in the place of another of the same date: {date}."]
    replaced,
    #[doc = "The question when a table is kept beside one of the same date: the title."]
    replace_title,
    #[doc = "The question's words: {date}, the {old} and {new} tables' sources."]
    replace_body,
    #[doc = "Replace the earlier table of that date."]
    replace_button,
    #[doc = "Keep both tables."]
    keep_both,
    #[doc = "How many figures fell since the earlier table, a button that lists them: {count}."]
    falls_button,
    #[doc = "No figure fell since the earlier table."]
    falls_none,
    #[doc = "The notice's caveat over the list of falls."]
    falls_caveat,
    #[doc = "One fall: {name} {column} {old} {new} {change}."]
    fall_line,
    #[doc = "The table shown, by its date: 「{date}時点の表」."]
    report_name,
    #[doc = "The file of the table shown, on hover: 「ファイル: {name}」."]
    report_file,
    #[doc = "The button back to the bundled report."]
    back_to_bundled,
    #[doc = "Back to national view"]
    back_to_national_view,
    #[doc = "Open a report"]
    open_a_report,
    #[doc = "Back to the bundled report"]
    back_to_bundled_done,
    #[doc = "The report could not be opened; the report on screen is unchanged"]
    report_not_opened,
    #[doc = "Could not draw the chart"]
    could_not_draw_the_chart,
    #[doc = "Could not open the report; the bundled table of {date} is shown"]
    could_not_open_the_report,
    #[doc = "Could not open the report opened last time; the bundled table of {date} is shown"]
    last_report_not_opened,
    #[doc = "The warning banner's heading."]
    report_warnings,
    #[doc = "The list of kept reports' label."]
    library_label,
    #[doc = "The bundled report in the list: {date}."]
    library_bundled,
    #[doc = "A kept report in the list: {date} {file}."]
    library_entry,
    #[doc = "Kept reports that could not be read at start: {files}."]
    library_skipped,
    #[doc = "Kept files not read, the first few named: {count} {files} {more}."]
    library_skipped_many,
    #[doc = "The error dialog's title when a report could not be kept."]
    library_not_kept,
    #[doc = "The notice after a report was removed: {file}."]
    report_removed,
    #[doc = "The error dialog's title when a report could not be removed."]
    report_not_removed,
    #[doc = "The compare list's label."]
    compare_label,
    #[doc = "The compare list: no comparison."]
    compare_off,
    #[doc = "What comparing does."]
    compare_help,
    #[doc = "The compare list when no report is earlier than the one shown."]
    compare_none_earlier,
    #[doc = "Two dates: {from} {to}."]
    compare_span,
    #[doc = "The change over a span: {span}."]
    compare_change_of,
    #[doc = "A figure that fell: {old} {new}."]
    compare_fell_help,
    #[doc = "A change column's tooltip: {line} {label} {date}."]
    compare_change_help,
    #[doc = "The notice when a comparison starts: {date}."]
    compare_started,
    #[doc = "The notice when a comparison ends."]
    compare_stopped,
    #[doc = "The error dialog's title when the report to compare with could not be opened."]
    compare_not_opened,
    #[doc = "The report picked to compare with is not earlier: {date}."]
    compare_not_earlier,
    #[doc = "The header of a change column in the table (after its figure)."]
    change_header,
    #[doc = "The same beside figures per 100,000 people: the change is of the counts."]
    change_header_counts,
}
