//! The texts of the tile map: the keys ([`MapTexts`]), and the texts in Japanese (`map/ja.rs`)
//! and English (`map/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the tile map, in one language.
    MapTexts;
    #[doc = "The map's legend: no value (a ratio with no openings)."]
    not_counted,
    #[doc = "The map's legend: a class of counts {lo} {hi}."]
    range,
    #[doc = "The map's legend: the top class of counts {lo}."]
    range_top,
    #[doc = "The map's legend: the first class of decimals {hi}."]
    range_up_to,
    #[doc = "The map's legend: a class of decimals {lo} {hi}."]
    range_over,
    #[doc = "The map's summary: `{metric} {max_name} {max} {min_name} {min} {n}`."]
    summary,
    #[doc = "A tile's rank in brackets: {rank}."]
    rank,
    #[doc = "A tile's name for a screen reader and its hover: {name} {metric} {value} {rank}."]
    tile,
    #[doc = "The map as a whole, for a screen reader: {title} {summary}."]
    label,
    #[doc = "How to use the map."]
    help,
    #[doc = "The legend's heading: {metric}."]
    legend_label,
    #[doc = "The map picture's scale: {scale}."]
    scale,
    #[doc = "The label of the map picture's scale."]
    scale_label,
    #[doc = "What the map picture's scale does."]
    scale_help,
    #[doc = "A tile the filter leaves out, on hover."]
    filtered_out,
}
