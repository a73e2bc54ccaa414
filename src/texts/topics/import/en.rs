//! English: the texts of importing a newer table.

use super::ImportTexts;

/// The texts in English.
pub const EN: ImportTexts = ImportTexts {
    encoding: "The text is neither UTF-8 nor Shift_JIS. Save it again from Excel as \"CSV UTF-8 \
        (Comma delimited)\" or \"CSV (Comma delimited)\"",
    unreadable: "Cannot be read as a table: {error}",
    not_a_table: "Not a table file (.csv, .tsv, .txt, .xlsx, .xls and .ods can be imported)",
    no_header: "No header row: a row with the prefecture column and the seven figures' columns (job \
        seekers, openings, …) is needed",
    missing_column: "The column \"{column}\" is missing",
    duplicate_column: "The column \"{header}\" stands twice",
    unknown_column: "The column \"{header}\" is not imported (a header we do not know)",
    unknown_prefecture: "\"{name}\" is no prefecture",
    code_and_name: "The code \"{code}\" and the name \"{name}\" are of different prefectures",
    duplicate_prefecture: "This prefecture's row stands twice",
    missing_prefecture: "This prefecture has no row",
    missing_total: "There is no 計 (total) row (the total is imported as published and checked against the sum)",
    empty_cell: "Empty: write the figure (0 for none)",
    not_a_number: "\"{value}\" is not a number",
    negative: "A negative number \"{value}\" cannot be a count",
    fraction: "\"{value}\" is not a whole number",
    too_large: "\"{value}\" is too large",
    phones_from_base: "The table gives no phones (no phone column, or an empty one): the nurse \
        centres' phones are the base report's",
    bad_date: "{option} \"{value}\" is not a date: write it as 2021-06-02, 2021/6/2 or 2021年6月2日",
    period_before_start: "The period's end {end} is before its start {start}",
    period_after_compiled: "The period's end {end} is after the compiled date {compiled}",
    period_text: "To {to} (the start {from} and vaccination items from {vaccination_from} as stated \
        for the table as of {notes_date})",
    compiled_text: "The table as of {date} (imported from {file})",
    heading: "Import a table",
    file_line: "File: {file}",
    compiled_label: "Figures as of",
    period_end_label: "Last day counted",
    compiled_hint: "e.g. 2021-06-02",
    period_end_hint: "e.g. 2021-05-30",
    date_read_as: "→ {date}",
    date_unreadable: "Not a date (e.g. 2021-06-02, 2021/6/2, 2021年6月2日, R3.6.2)",
    line_place: "line {line}",
    date_offered_from: " ({from})",
    date_from_name: "from the file's name",
    date_from_file: "from the file's {place} \"{text}\"",
    form_help: "The contacts, steps, notes and the period's start are the bundled report's (the \
        notice of 2021-05-26).",
    button: "Import",
    table_not_imported: "The table could not be imported. Put it right and import it again",
    imported: "Imported: {path}",
    imported_with_notes: "Imported: {path} ({count} things to check)",
    imported_notes_title: "Imported. Please check the following",
    empty_phone: "the phone is empty: the base report's {phone} is used",
    cancelled: "The import was cancelled",
    reading: "Reading… ({count} rows or cells)",
    compiled_future: "The compiled date {compiled} has not come yet: give the date the table stands at",
    quoted: "\"{name}\"",
    beyond: "Something is written here, outside the table, and an import reads {rows} rows × \
        {columns} columns at most (a table of 47 prefectures takes about 60 rows): delete what lies outside \
        the table, or copy the table into a new sheet",
    unpacked: "Unpacked, it makes more than {limit} MB (at \"{part}\"): a table of 47 prefectures is \
        far smaller. Save the sheet you need alone in a new file",
    more_errors: "and {count} more errors (the first {shown} are listed)",
    other_tables: "The sheets {sheets} also hold a table; only the first sheet with a table was read",
    hidden_sheets: "The hidden sheets {sheets} were not read",
    imported_sheet: "{path} (sheet \"{sheet}\")",
};
