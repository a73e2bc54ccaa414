//! The texts of the trend view (推移), its pictures and its screen-reader table:
//! the keys ([`TrendTexts`]), and the texts in Japanese (`trend/ja.rs`)
//! and English (`trend/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the trend view, in one language.
    TrendTexts;
    #[doc = "The view's button."]
    view,
    #[doc = "The menu of saving and copying in a narrow view."]
    tools,
    #[doc = "The view's button's tooltip."]
    view_help,
    #[doc = "The view's button's tooltip while fewer than two tables are known, and the view's text then."]
    needs_two,
    #[doc = "The title: {metric} {from} {to} {count}."]
    title,
    #[doc = "The nation's line and panel."]
    nation,
    #[doc = "The prefectures' panel."]
    prefectures,
    #[doc = "The small multiples' heading: {count}."]
    multiples,
    #[doc = "A point's table, the notice's own: {date}."]
    table_notice,
    #[doc = "A point's table, an imported one: {date} {file}."]
    table_imported,
    #[doc = "The line naming each point's table: {tables}."]
    tables_line,
    #[doc = "The same past six tables: {count} {first} {last}."]
    tables_line_many,
    #[doc = "The note on the falls marked: {count}."]
    falls_note,
    #[doc = "A point, on hover and to a screen reader: {name} {date} {value}."]
    point,
    #[doc = "A point's change from the table before (derived): {change}."]
    point_change,
    #[doc = "The screen reader's table: {title}."]
    a11y_table,
    #[doc = "The screen reader's table: the dates' column."]
    a11y_date,
    #[doc = "The series as CSV: the button."]
    save_csv,
    #[doc = "The series as CSV: its tooltip."]
    save_csv_help,
    #[doc = "The series as CSV: the dialog's title."]
    save_csv_title,
    #[doc = "The summary button's tooltip in the trend."]
    copy_summary_help,
}
