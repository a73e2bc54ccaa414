//! English: the texts of the filter: the search box and the regions.

use super::FilterTexts;

/// The texts in English.
pub const EN: FilterTexts = FilterTexts {
    search: "Search",
    search_hint: "name, reading, romaji, code",
    search_help: "e.g. 大阪 / おおさか / osaka / 27. A region's name (関東 / kanto, 近畿 / 関西 / kansai) shows that \
        region; terms apart by spaces or commas show several (osaka kyoto, saitama,tokyo) (Ctrl+F to focus, \
        Esc to clear)",
    region: "Region",
    region_all: "All",
    clear_filter: "Clear",
    clear_filter_help: "Clears the search and the region (Esc does too)",
    table_tools: "Save, copy, derived columns ▼",
    no_match: "No match",
    no_match_query: "No prefecture matches \"{query}\".",
    no_match_query_region: "No prefecture in {region} matches \"{query}\".",
    no_match_how_to_clear: "Press Esc or \"Clear filter\" to show all 47 prefectures again.",
    filtered_sum: "Filtered sum",
    filtered_sum_help: "Sum of the prefectures shown (derived, not published)",
    region_hokkaido: "Hokkaido",
    region_tohoku: "Tohoku",
    region_kanto: "Kanto",
    region_chubu: "Chubu",
    region_kinki: "Kinki",
    region_chugoku: "Chugoku",
    region_shikoku: "Shikoku",
    region_kyushu_okinawa: "Kyushu-Okinawa",
    region_convention: "Regions are the usual eight (八地方区分: Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, \
        Shikoku, Kyushu-Okinawa): Mie is in Kinki, Niigata in Chubu, Okinawa with Kyushu. Not a division of \
        the notice",
};
