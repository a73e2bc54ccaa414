//! The texts of importing a newer table:
//! the keys ([`ImportTexts`]), and the texts in Japanese (`import/ja.rs`)
//! and English (`import/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of importing a newer table, in one language.
    ImportTexts;
    #[doc = "Import: a text file neither UTF-8 nor `Shift_JIS`."]
    encoding,
    #[doc = "Import: the file cannot be read as its kind: {error}."]
    unreadable,
    #[doc = "Import: the file name is no table's."]
    not_a_table,
    #[doc = "Import: no row holds the header."]
    no_header,
    #[doc = "Import: a figure's column {column} is missing."]
    missing_column,
    #[doc = "Import: a column {header} stands twice."]
    duplicate_column,
    #[doc = "Import: a column {header} we do not know (left out)."]
    unknown_column,
    #[doc = "Import: a row names no prefecture: {name}."]
    unknown_prefecture,
    #[doc = "Import: the code {code} and the name {name} are of different prefectures."]
    code_and_name,
    #[doc = "Import: a prefecture's row stands twice."]
    duplicate_prefecture,
    #[doc = "Import: a prefecture has no row."]
    missing_prefecture,
    #[doc = "Import: no 計 row."]
    missing_total,
    #[doc = "Import: an empty figure."]
    empty_cell,
    #[doc = "Import: a figure that is no number: {value}."]
    not_a_number,
    #[doc = "Import: a negative figure: {value}."]
    negative,
    #[doc = "Import: a fraction: {value}."]
    fraction,
    #[doc = "Import: a number too large: {value}."]
    too_large,
    #[doc = "Import: the phones are the base report's."]
    phones_from_base,
    #[doc = "Import: a date option {option} that is no date {value}."]
    bad_date,
    #[doc = "Import: the period's end {end} before its start {start}."]
    period_before_start,
    #[doc = "Import: the period's end {end} after the compiled date {compiled}."]
    period_after_compiled,
    #[doc = "Import: the period of an imported table, our words: {from} {to} {`vaccination_from`}."]
    period_text,
    #[doc = "Import: how an imported table was compiled, our words: {date} {file}."]
    compiled_text,
    #[doc = "The import form's heading."]
    heading,
    #[doc = "The import form: the table's file {file}."]
    file_line,
    #[doc = "The import form: the compiled date's label."]
    compiled_label,
    #[doc = "The import form: the period end's label."]
    period_end_label,
    #[doc = "The import form: what the compiled date looks like."]
    compiled_hint,
    #[doc = "A date typed in the form, read back as the app shows dates: {date}."]
    date_read_as,
    #[doc = "A date typed in the form that cannot be read as one."]
    date_unreadable,
    #[doc = "A line of a text file, as the form names a place: {line}."]
    line_place,
    #[doc = "Where an offered date came from, after it: {from}."]
    date_offered_from,
    #[doc = "Where an offered date came from: the file's name."]
    date_from_name,
    #[doc = "Where an offered date came from: a title row of the file, {place} and its {text}."]
    date_from_file,
    #[doc = "The import form: what the period's end looks like."]
    period_end_hint,
    #[doc = "The import form: where the rest of the report comes from."]
    form_help,
    #[doc = "The import form's button."]
    button,
    #[doc = "The error dialog's title when a table could not be imported."]
    table_not_imported,
    #[doc = "The notice after an import: {path}."]
    imported,
    #[doc = "The notice after an import with {count} notes: {path}."]
    imported_with_notes,
    #[doc = "The title of the dialog that lists an import's notes."]
    imported_notes_title,
    #[doc = "Import: a prefecture's empty phone, the base's used: {phone}."]
    empty_phone,
    #[doc = "The import was cancelled."]
    cancelled,
    #[doc = "The import form while the table is read: {count} rows or cells so far."]
    reading,
    #[doc = "A compiled date after today: {compiled}."]
    compiled_future,
    #[doc = "A name quoted in a list: {name}."]
    quoted,
    #[doc = "A used cell beyond the import's limits (named by its place): {rows} {columns}."]
    beyond,
    #[doc = "A spreadsheet that unpacks too large: {part} {limit}."]
    unpacked,
    #[doc = "The errors not listed: {count} {shown}."]
    more_errors,
    #[doc = "Other visible sheets with a table: {sheets}."]
    other_tables,
    #[doc = "Hidden sheets not read: {sheets}."]
    hidden_sheets,
    #[doc = "A spreadsheet imported, with the sheet read: {path} {sheet}."]
    imported_sheet,
}
