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
    #[doc = "Opens your phone app"]
    opens_your_phone_app,
    #[doc = ";"]
    roles_separator,
    #[doc = "E-mail"]
    e_mail,
    #[doc = "If you are short of nurses"]
    short_of_nurses,
    #[doc = "If you are short of doctors"]
    short_of_doctors,
    #[doc = "What to do next (checklist)"]
    what_to_do_next_checklist,
    #[doc = "The side panel's section of the prefecture's figures."]
    figures_and_ranks,
    #[doc = "A contact card's fold."]
    card_details,
    #[doc = "The fold of a card with a registration for job seekers."]
    card_registration,
    #[doc = "Nationwide"]
    nationwide,
    #[doc = "Select a prefecture in the table or chart to see its nurse centre and figures"]
    select_a_prefecture_hint,
    #[doc = "the prefecture's nurse centre"]
    the_prefectures_nurse_centre,
    #[doc = "How to use Key-Net"]
    how_to_use_key_net,
    #[doc = "Who acts: the health departments the first notice addresses."]
    actor_health_department,
    #[doc = "A group of the checklist: who acts, and the notice's numbers of its steps: {actor} {numbers}."]
    steps_of,
    #[doc = "Who acts: who runs a venue (健診機関等, the associations' medical institutions)."]
    actor_operator,
    #[doc = "Where a finding is: its prefecture."]
    in_prefecture,
    #[doc = "Where a finding is: its field."]
    in_field,
}
