//! English: the texts of what a screen reader hears.

use super::A11yTexts;

/// The texts in English.
pub const EN: A11yTexts = A11yTexts {
    table: "Nurses seeking and sought by prefecture (as of {date})",
    header_row: "Headers",
    row: "{code} {name}",
    total_row: "Total (as published)",
    phone: "{whose} phone {phone}",
    copy_phone: "Copy the phone number of {whose}",
    copy_email: "Copy the e-mail address of {whose}",
};
