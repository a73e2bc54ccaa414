//! The texts of what a screen reader hears:
//! the keys ([`A11yTexts`]), and the texts in Japanese (`a11y/ja.rs`)
//! and English (`a11y/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of what a screen reader hears, in one language.
    A11yTexts;
    #[doc = "The table's name for a screen reader: {date}."]
    table,
    #[doc = "The table's header row for a screen reader."]
    header_row,
    #[doc = "A table row's name for a screen reader: {code} {name}."]
    row,
    #[doc = "The published total's row for a screen reader."]
    total_row,
    #[doc = "A phone link for a screen reader: {whose} {phone}."]
    phone,
    #[doc = "A copy button of a phone, for a screen reader: {whose}."]
    copy_phone,
    #[doc = "A copy button of an e-mail address, for a screen reader: {whose}."]
    copy_email,
}
