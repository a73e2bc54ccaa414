//! The texts of the briefing pack (資料PDF… and `export-pack`): the keys ([`PackTexts`]), and
//! the texts in Japanese (`pack/ja.rs`) and English (`pack/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the briefing pack, in one language.
    PackTexts;
    #[doc = "The button beside the chart's and the map's exports."]
    save,
    #[doc = "The button's tooltip."]
    save_help,
    #[doc = "The save dialog's title."]
    save_title,
    #[doc = "The first part of the file's name."]
    file,
    #[doc = "The document's title: {title} and its {date}."]
    title,
    #[doc = "Each page's number: {page} of {pages}."]
    page,
    #[doc = "The first page's heading."]
    headline,
    #[doc = "The figures' block with a prefecture selected: {name}."]
    figures_of,
    #[doc = "The figures' block with no prefecture selected."]
    figures_national,
    #[doc = "The figures' block with a filter on: {filter}."]
    figures_filtered,
    #[doc = "Column: the filtered sum (derived)."]
    col_sum,
    #[doc = "What changed since the earlier table: {date} of it."]
    changes,
    #[doc = "The table's page heading."]
    table_heading,
    #[doc = "A table too long for one page goes on: {page} of {pages} parts."]
    table_continued,
    #[doc = "Under the table's heading: what italics mean."]
    derived_legend,
    #[doc = "The last page's heading without a selected prefecture."]
    contacts_heading,
    #[doc = "A contact's line: {label} and its {value}."]
    labelled,
    #[doc = "The error: the bundled font cannot be read."]
    err_font,
    #[doc = "The error: the PDF writer failed ({error})."]
    err_pdf,
    #[doc = "The error: a contact sheet could not be laid out ({error})."]
    err_sheet,
}
