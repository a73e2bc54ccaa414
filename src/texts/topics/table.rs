//! The texts of the table: the keys ([`TableTexts`]), and the texts in Japanese (`table/ja.rs`)
//! and English (`table/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the table, in one language.
    TableTexts;
    #[doc = "「{total} 件中 {shown} 件を表示」."]
    showing,
    #[doc = "Scrolls the table's figures a column left."]
    columns_back,
    #[doc = "Scrolls the table's figures a column right."]
    columns_forward,
    #[doc = "Which of the table's scrolling columns are in view: {from} to {to} of {total}."]
    columns_in_view,
    #[doc = "The derived column 求職者数÷求人数."]
    derived_seekers_per_opening,
    #[doc = "The derived column of the vaccination share of openings."]
    derived_vaccination_share,
    #[doc = "The derived columns' tooltip."]
    derived_help,
    #[doc = "What the rank is."]
    rank_help,
    #[doc = "Code"]
    code,
    #[doc = "Prefecture"]
    prefecture,
    #[doc = "Total"]
    total,
    #[doc = "The national total as published in attachment 3"]
    total_help,
    #[doc = "Where the published total differs from the sum."]
    total_differs,
    #[doc = "Table header of 求人数(うちワクチン接種業務), with its note mark."]
    header_vaccination_openings,
    #[doc = "Table header of 就業者数(うちワクチン接種業務), with its note mark."]
    header_vaccination_employed,
    #[doc = "Table header of the trained nurses, with its note mark."]
    header_vaccination_trained,
    #[doc = "Between the names of prefectures that tie."]
    tie_separator,
    #[doc = "More than three prefectures tie."]
    tie_more,
    #[doc = "The published total of an imported table, on hover: {date}."]
    total_help_imported,
}
