//! English: the texts of the side panel: contacts and steps.

use super::SideTexts;

/// The texts in English.
pub const EN: SideTexts = SideTexts {
    hours: "Hours: ",
    hours_not_stated: "Hours: not stated in the source",
    nurse_centre_select_hint: "Prefecture nurse centre: select a prefecture in the table to see its phone",
    ticks_for_the_national_view: "Ticks for the national view",
    nurse_centre_phone: "Nurse centre phone",
    contact: "Contact: ",
    nurse_centre_phone_header: "Nurse centre phone",
    phone_header_help: "Each prefecture nurse centre's phone",
    nurse_centre_of: "{name} nurse centre",
    ticks_for: "Ticks for {name} (kept per prefecture)",
    nurse_centre_with_phone: "{name} nurse centre {phone}",
    hours_range: "{days} {from} to {to}{holidays}",
    trained_nurses: "Vaccination-trained nurses: {count} ({why})",
    trained_none: "counted from {from}; nurses trained before then are not included{note}",
    trained_some: "from {from}{note}",
    flow_now: "Now",
    flow_later: "Then",
    flow_step: "{number}. [{stage}] {text}",
    route_doctors_post: "{number}. Post the opening on Key-Net (through G-MIS)",
    route_doctors_match: "{number}. In parallel, 国際事業総合研究所 matches doctors from that information",
    route_doctors_bank: "{number}. Or ask the JMA Women Doctors Bank",
    contact_for: "{name} ({roles})",
    side_changes_heading: "Change {span} (derived)",
    side_change_line: "{label}: {change} ({old} → {new})",
};
