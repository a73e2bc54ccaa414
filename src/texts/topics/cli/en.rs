//! English: the texts of the command line.

use super::CliTexts;

/// The texts in English.
pub const EN: CliTexts = CliTexts {
    warning: "warning: {message}",
    ok: "ok",
    warnings: "{count} warning(s)",
    checked: "{file}: {status} ({count} prefectures)",
    cannot_write_stdout: "cannot write to standard output: {error}",
    cannot_write: "cannot write {file}: {error}",
    about: "The MHLW nurse-centre staffing figures (notice of 2021-05-26, attachment 3) with contacts \
        and escalation steps",
    examples: "Examples:\n  staffing-dashboard                                  open the dashboard on \
        the bundled report\n  staffing-dashboard --report newer.ron               open the dashboard on \
        another report\n  staffing-dashboard check newer.ron                  check a report; errors as \
        FILE:LINE:COL: message\n  staffing-dashboard export-csv --lang en -o table.csv   the table as CSV\n  \
        staffing-dashboard export-chart --size half --metric openings -o openings.png\n  staffing-dashboard \
        export-sheet --prefecture 13 -o tokyo.pdf   Tokyo's contact sheet (A4 PDF)",
    help_template: "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
    commands_heading: "Commands",
    command_value: "COMMAND",
    options_heading: "Options",
    arguments_heading: "Arguments",
    arg_help: "Print help",
    arg_version: "Print version",
    check_about: "Check report files: exit 0 when all are valid, 1 on any error",
    export_csv_about: "Write the table as CSV (UTF-8 with BOM, CRLF): 計 first as code 00, then 01-47",
    export_chart_about: "Draw the chart as a PNG for a page or a slide (300 dpi), without a window",
    export_sheet_about: "Write a prefecture's one-page contact sheet (A4 PDF)",
    import_about: "Make a report from a newer table (CSV, tab-separated text, .xlsx/.xls/.ods): columns \
        by their headers, rows by prefecture; contacts, steps and notes from a base report",
    arg_table: "The table: .csv (UTF-8 or Shift_JIS, as Excel saves it), .tsv or .txt (tab-separated), \
        .xlsx, .xls or .ods",
    series_about: "Write the figures of several tables over time as CSV, a row per table and place (the table's date, the period's end, code, prefecture, the figures), the tables by their dates",
    arg_reports: "A table's report file; give it several times (the bundled table is always one)",
    arg_library: "Also every table the window keeps (its data folder's reports)",
    arg_series_metric: "Only this figure (default: all seven)",
    arg_series_per_capita: "Figures per 100,000 people (2020 census; derived, one decimal) instead of the counts",
    arg_compiled: "The date the figures stand at (集計時点): 2021-06-02, 2021/6/2, 2021年6月2日, 令和3年6月2日, R3.6.2 (full-width digits too)",
    arg_period_end: "The last day the figures count (集計期間の終わり), written as --compiled",
    arg_base: "The report whose contacts, steps, notes and period start the new one keeps (default: the \
        bundled one)",
    cannot_read: "cannot read {file}: {error}",
    arg_report: "The report file to use instead of the bundled 2021-05-19 report",
    arg_lang: "Language (ja / en); without it the system's (English unless it is Japanese); the window: \
        the language chosen last time",
    arg_deny_warnings: "Treat warnings (totals that do not add up, an of-which above its parent) as errors",
    arg_files: "The report files (.ron)",
    arg_output: "The file to write (through a temporary file and a rename)",
    arg_metric: "The figure drawn (openings and employed with their vaccination part inside)",
    arg_size: "Where the picture goes: a4 (16 cm text width), half (8 cm), slide (16:9)",
    arg_order: "Order: size (largest first) or code",
    arg_select: "Highlight this prefecture (code 1-47)",
    arg_region: "Only this region: Hokkaido Tohoku Kanto Chubu Kinki Chugoku Shikoku Kyushu-Okinawa",
    arg_prefecture: "The prefecture's code: 01-47 or 1-47 (13 for Tokyo)",
    cannot_draw: "cannot draw the chart: {error}",
    arg_chart_reports: "The report to draw (default: the bundled one); with --trend, give it once per table (the bundled table is always one)",
    arg_trend: "The trend of the figure over the tables, by their dates, instead of the bars",
    one_report_without_trend: "several --report files only go with --trend (the trend over time)",
    no_gui: "this build cannot draw charts (built without the `gui` feature)",
    arg_compare: "An earlier report: append the seven figures' changes (the newer one's minus the older \
        one's) after the phone",
    fell: "{name}: {column} fell ({old} → {new}); past figures may be corrected",
    compare_later: "The report compared with (as of {old}) is not earlier than the one exported (as of \
        {new}), so it cannot be compared with; give --compare an earlier report",
    arg_per_capita: "append the population and the seven figures per 100,000 people (derived, one \
        decimal; population from the 2020 census, 計 on the national population) after the phone column",
};
