//! English: the texts of the table.

use super::TableTexts;

/// The texts in English.
pub const EN: TableTexts = TableTexts {
    showing: "Showing {shown} of {total}",
    columns_back: "◀ Previous",
    columns_forward: "Next ▶",
    columns_in_view: "Showing columns {from} to {to} of the {total} after code and name. Shift+wheel or the \
        ←/→ keys move them too",
    derived_seekers_per_opening: "Seekers ÷ openings",
    derived_vaccination_share: "Vacc. share",
    derived_help: "Derived column (not a published figure)",
    rank_help: "† Rank among the 47 prefectures (largest first; equal values share a rank). Derived from \
        the table, not published",
    code: "Code",
    prefecture: "Prefecture",
    total: "Total",
    total_help: "The national total as published in attachment {attachment}",
    total_differs: "The rows sum to {sum}, not the published total",
    header_vaccination_openings: "(of which vacc.)*1",
    header_vaccination_employed: "(of which vacc.)*2",
    header_vaccination_trained: "Vacc. trained*3",
    tie_separator: "/",
    tie_more: "{names} and {more} more",
    total_help_imported: "The national total of the imported table (as of {date})",
};
