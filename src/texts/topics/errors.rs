//! The texts of a report's errors:
//! the keys ([`ErrorsTexts`]), and the texts in Japanese (`errors/ja.rs`)
//! and English (`errors/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of a report's errors, in one language.
    ErrorsTexts;
    #[doc = "Report error: the file cannot be read."]
    io,
    #[doc = "Report errors (the messages that follow have no comment of their own)."]
    not_found,
    is_directory,
    not_a_file,
    too_large,
    not_utf8,
    #[doc = "A table file goes with a notice of {date} whose content we do not have."]
    unknown_notice,
    #[doc = "Report error: the RON parser's message (English, from the parser)."]
    syntax,
    #[doc = "A file that is no report of this app (it does not begin `Report(` or `Table(`)."]
    not_a_report,
    #[doc = "Report error: a negative figure."]
    negative,
    #[doc = "Report error: 1,830."]
    thousands_separator,
    #[doc = "Report error: 830.5."]
    fraction,
    #[doc = "Report error: a figure is missing."]
    expected_number,
    #[doc = "Report error: the file ends too early."]
    unexpected_end,
    unknown_prefecture,
    unknown_code,
    #[doc = "Report error; {at} is the first row's place or nothing."]
    duplicate_prefecture,
    missing_prefecture,
    code_mismatch,
    bad_phone,
    bad_date,
    bad_time,
    bad_email,
    bad_url,
    bad_postcode,
    empty,
    duplicate_id,
    unknown_id,
    sum_overflow,
    #[doc = "Report warning."]
    total_mismatch,
    #[doc = "Report warning."]
    part_exceeds_whole,
}
