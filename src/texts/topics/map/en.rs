//! English: the texts of the tile map.

use super::MapTexts;

/// The texts in English.
pub const EN: MapTexts = MapTexts {
    not_counted: "no value (no openings)",
    range: "{lo}–{hi}",
    range_top: "{lo} or more",
    range_up_to: "up to {hi}",
    range_over: "over {lo} to {hi}",
    summary: "{metric}: largest {max_name} {max}, smallest {min_name} {min} ({n} prefectures)",
    rank: " ({rank})",
    tile: "{name} {metric} {value}{rank}",
    label: "Map: {title}. {summary}",
    help: "Click a prefecture to select it. The arrow keys move to the next prefecture and Enter \
        selects it. Ranks† are worked out from the table",
    legend_label: "Legend ({metric})",
    scale: "{scale}x",
    scale_label: "Picture scale",
    scale_help: "Pixels of the PNG: 1x as on screen, 2x twice as many each way (for print and \
        high-resolution screens)",
    filtered_out: " (filtered out)",
};
