//! The texts of the side panel: contacts and steps:
//! the keys ([`SideTexts`]), and the texts in Japanese (`side/ja.rs`)
//! and English (`side/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the side panel: contacts and steps, in one language.
    SideTexts;
    #[doc = "Hours:"]
    hours,
    #[doc = "Hours: not stated in the source"]
    hours_not_stated,
    #[doc = "Prefecture nurse centre: select a prefecture in the table to see its phone"]
    nurse_centre_select_hint,
    #[doc = "Ticks for the national view"]
    ticks_for_the_national_view,
    #[doc = "Nurse centre phone"]
    nurse_centre_phone,
    #[doc = "Contact:"]
    contact,
    #[doc = "Nurse centre phone"]
    nurse_centre_phone_header,
    #[doc = "Each prefecture nurse centre's phone"]
    phone_header_help,
    #[doc = "A prefecture's nurse centre."]
    nurse_centre_of,
    #[doc = "Whose ticks the checklist shows."]
    ticks_for,
    #[doc = "A prefecture's nurse centre with its phone."]
    nurse_centre_with_phone,
    #[doc = "Hours built from their parts (English; Japanese shows the source's own words)."]
    hours_range,
    #[doc = "The prefecture's vaccination-trained nurses."]
    trained_nurses,
    #[doc = "Why a 0 trained nurses: what the column counts."]
    trained_none,
    #[doc = "What the trained-nurse count counts."]
    trained_some,
    #[doc = "Key-Net flow: what to do now (the notice's 今回のご対応)."]
    flow_now,
    #[doc = "Key-Net flow: what to do later (今後のご対応)."]
    flow_later,
    #[doc = "Key-Net flow: one step."]
    flow_step,
    #[doc = "The doctor path, first: post on Key-Net through G-MIS: {number}."]
    route_doctors_post,
    #[doc = "The doctor path, then: matching by 国際事業総合研究所 in parallel: {number}."]
    route_doctors_match,
    #[doc = "The doctor path, also: the JMA Women Doctors Bank: {number}."]
    route_doctors_bank,
    #[doc = "A contact with what the notice names it for: {name} {roles}."]
    contact_for,
    #[doc = "The side panel's changes: {span}."]
    side_changes_heading,
    #[doc = "A change in the side panel: {label} {change} {old} {new}."]
    side_change_line,
}
