//! English: the texts of the trend view.

use super::TrendTexts;

/// The texts in English.
pub const EN: TrendTexts = TrendTexts {
    view: "Trend",
    tools: "Save, copy ▼",
    view_help: "The figures of each table over time (the kept and the bundled tables, by the dates they stand at)",
    needs_two: "A trend needs two tables of different dates or more: import a newer table to use it",
    title: "{metric} over time ({from} to {to}, {count} tables)",
    nation: "Nationwide (total)",
    prefectures: "Prefectures",
    multiples: "By prefecture ({count}; each chart has its own scale)",
    table_notice: "{date} (the notice's attachment 3)",
    table_imported: "{date} (imported: {file})",
    tables_line: "Each point's table: {tables}",
    tables_line_many: "Each point's table ({count}): {first}, …, {last}; hover over a point for its own",
    falls_note: "▼ A point lower than the table before ({count}). The notice says compiled figures may change with later recounts",
    point: "{name}, {date}: {value}",
    point_change: "{change} since the table before (derived)",
    a11y_table: "Table of {title} (rows: table dates; columns: the nation and prefectures)",
    a11y_date: "Table date",
    save_csv: "Save trend as CSV…",
    save_csv_help: "Saves the figures of every table and prefecture (by date, one table and place a line) as CSV",
    save_csv_title: "Save the trend as CSV",
    copy_summary_help: "Copies what changed in the chart's figure from the first table to the last as a sentence (paste it into a report)",
};
