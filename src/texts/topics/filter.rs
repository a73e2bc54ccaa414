//! The texts of the filter: the search box and the regions:
//! the keys ([`FilterTexts`]), and the texts in Japanese (`filter/ja.rs`)
//! and English (`filter/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the filter: the search box and the regions, in one language.
    FilterTexts;
    #[doc = "The search box's label."]
    search,
    #[doc = "What the search box takes."]
    search_hint,
    #[doc = "The search box's tooltip."]
    search_help,
    #[doc = "The region selector's label."]
    region,
    #[doc = "No region: every prefecture."]
    region_all,
    #[doc = "The button that clears the search and the region."]
    clear_filter,
    clear_filter_help,
    #[doc = "The menu of the table's buttons and switches, when the table is narrow."]
    table_tools,
    #[doc = "The heading shown instead of the table or chart when the filter finds nothing."]
    no_match,
    #[doc = "What found nothing: 「「{query}」に当てはまる都道府県はありません」."]
    no_match_query,
    #[doc = "What found nothing, with a region chosen too: the search {query} within {region}."]
    no_match_query_region,
    #[doc = "How to get every prefecture back."]
    no_match_how_to_clear,
    #[doc = "Filtered sum"]
    filtered_sum,
    #[doc = "Sum of the prefectures shown (derived, not published)"]
    filtered_sum_help,
    #[doc = "Region names."]
    region_hokkaido,
    region_tohoku,
    region_kanto,
    region_chubu,
    region_kinki,
    region_chugoku,
    region_shikoku,
    region_kyushu_okinawa,
    #[doc = "The regions' convention, on the region selector."]
    region_convention,
}
