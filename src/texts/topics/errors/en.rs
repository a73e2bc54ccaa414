//! English: the texts of a report's errors.

use super::ErrorsTexts;

/// The texts in English.
pub const EN: ErrorsTexts = ErrorsTexts {
    io: "cannot be read: {error}",
    not_found: "no such file",
    is_directory: "is a directory, not a report file",
    not_a_file: "not a regular file (pipes and devices are not read)",
    too_large: "file too large ({size} bytes, the limit is {limit} bytes)",
    not_utf8: "not UTF-8 text (a file saved as Shift_JIS or another encoding: save it again as UTF-8)",
    unknown_notice: "This table goes with the notice of {date}, whose contacts and steps we do not have \
        (the bundled notice is of 2021-05-26)",
    syntax: "not written as a report file here: {message}",
    not_a_report: "not a report file of this app (report files begin with Report( or Table()",
    negative: "a figure is negative (write a whole number, 0 or more)",
    thousands_separator: "figures take no thousands separator (write 1830, not 1,830)",
    fraction: "a figure cannot have a fraction (write a whole number)",
    expected_number: "a figure is needed here",
    unexpected_end: "the file ends too early (a closing ) or ] is missing, or the file is cut short)",
    unknown_prefecture: "\"{name}\" is not one of the 47 prefectures",
    unknown_code: "prefecture code {code} is outside 01-47",
    duplicate_prefecture: "{name} is listed twice (first{at})",
    missing_prefecture: "the row of {name} ({code}) is missing",
    code_mismatch: "code {code} belongs to {expected}, not {name}",
    bad_phone: "malformed phone number \"{value}\" (expected e.g. 03-5309-2065)",
    bad_date: "invalid date \"{value}\" (expected YYYY-MM-DD)",
    bad_time: "invalid time \"{value}\" (expected HH:MM)",
    bad_email: "malformed e-mail address \"{value}\"",
    bad_url: "link \"{value}\" must start with https://",
    bad_postcode: "malformed postcode \"{value}\" (expected NNN-NNNN)",
    empty: "must not be empty",
    duplicate_id: "id \"{id}\" is used twice",
    unknown_id: "no contact or figure has the id \"{id}\"",
    sum_overflow: "the sum of {column} overflows 32 bits",
    total_mismatch: "{column}: the published total {reported} differs from the sum of the rows {summed} \
        (difference {difference})",
    part_exceeds_whole: "{part} {part_value} is above {whole} {whole_value}",
};
