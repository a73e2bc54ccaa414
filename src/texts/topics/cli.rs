//! The texts of the command line: the keys ([`CliTexts`]), and the texts in Japanese (`cli/ja.rs`)
//! and English (`cli/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the command line, in one language.
    CliTexts;
    #[doc = "Command line: a warning's prefix."]
    warning,
    #[doc = "Command line: a report with no warnings."]
    ok,
    #[doc = "Command line: a report with warnings."]
    warnings,
    #[doc = "Command line: what `check` prints per file."]
    checked,
    #[doc = "Command line: standard output failed."]
    cannot_write_stdout,
    #[doc = "Command line: a file could not be written."]
    cannot_write,
    #[doc = "Command line: what the program is."]
    about,
    #[doc = "Command line: examples under the help."]
    examples,
    #[doc = "Command line: the help's layout (clap's placeholders)."]
    help_template,
    #[doc = "Command line: the heading of the commands."]
    commands_heading,
    #[doc = "Command line: the command's place in the usage line."]
    command_value,
    #[doc = "Command line: the heading of the options."]
    options_heading,
    #[doc = "Command line: the heading of the arguments."]
    arguments_heading,
    #[doc = "Command line: --help."]
    arg_help,
    #[doc = "Command line: --version."]
    arg_version,
    #[doc = "Command line: check."]
    check_about,
    #[doc = "Command line: export-csv."]
    export_csv_about,
    #[doc = "Command line: export-chart."]
    export_chart_about,
    #[doc = "Command line: export-sheet."]
    export_sheet_about,
    #[doc = "Command line: import."]
    import_about,
    #[doc = "The series subcommand's help."]
    series_about,
    #[doc = "series --report: a table's report file, given several times."]
    arg_reports,
    #[doc = "series --library: the tables the window keeps."]
    arg_library,
    #[doc = "series --metric: only this figure."]
    arg_series_metric,
    #[doc = "series --per-capita: the figures per 100,000 people instead of the counts."]
    arg_series_per_capita,
    #[doc = "Command line: import's table."]
    arg_table,
    #[doc = "Command line: --compiled."]
    arg_compiled,
    #[doc = "Command line: --period-end."]
    arg_period_end,
    #[doc = "Command line: --base."]
    arg_base,
    #[doc = "Command line: a file could not be read: {file} {error}."]
    cannot_read,
    #[doc = "Command line: --report."]
    arg_report,
    #[doc = "Command line: --lang."]
    arg_lang,
    #[doc = "Command line: --deny-warnings."]
    arg_deny_warnings,
    #[doc = "Command line: the files of check."]
    arg_files,
    #[doc = "Command line: -o."]
    arg_output,
    #[doc = "Command line: --metric."]
    arg_metric,
    #[doc = "Command line: --size."]
    arg_size,
    #[doc = "Command line: --order."]
    arg_order,
    #[doc = "Command line: --select."]
    arg_select,
    #[doc = "Command line: --region."]
    arg_region,
    #[doc = "Command line: --prefecture."]
    arg_prefecture,
    #[doc = "Command line: the chart could not be drawn."]
    cannot_draw,
    #[doc = "export-chart: several --report without --trend."]
    one_report_without_trend,
    #[doc = "export-chart's --report (several with --trend)."]
    arg_chart_reports,
    #[doc = "export-chart's --trend."]
    arg_trend,
    #[doc = "Command line: a build without the window's crates cannot draw."]
    no_gui,
    #[doc = "Command line: --compare."]
    arg_compare,
    #[doc = "Command line: a figure that fell: {name} {column} {old} {new}."]
    fell,
    #[doc = "Command line: the report compared with is the later one: {old} {new}."]
    compare_later,
    #[doc = "Command line: --per-capita."]
    arg_per_capita,
}
