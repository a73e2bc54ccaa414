//! 日本語: the texts of what a screen reader hears.

use super::A11yTexts;

/// The texts in 日本語.
pub const JA: A11yTexts = A11yTexts {
    table: "都道府県別の看護職の求職・求人（{date}時点）",
    header_row: "見出し",
    row: "{code} {name}",
    total_row: "計（公表値）",
    phone: "{whose} 電話 {phone}",
    copy_phone: "{whose}の電話番号をコピー",
    copy_email: "{whose}のメールアドレスをコピー",
};
