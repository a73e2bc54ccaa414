//! 日本語: the texts of the side panel: contacts and steps.

use super::SideTexts;

/// The texts in 日本語.
pub const JA: SideTexts = SideTexts {
    hours: "受付: ",
    hours_not_stated: "受付時間: 出典に記載なし",
    nurse_centre_select_hint: "都道府県ナースセンター: 表で都道府県を選ぶと電話番号を表示します",
    ticks_for_the_national_view: "全国表示のチェック",
    nurse_centre_phone: "ナースセンターの電話",
    contact: "連絡先: ",
    nurse_centre_phone_header: "ナースセンター電話",
    phone_header_help: "各都道府県ナースセンターの連絡先",
    nurse_centre_of: "{name}ナースセンター",
    ticks_for: "{name}のチェック（都道府県ごとに保存）",
    nurse_centre_with_phone: "{name}ナースセンター {phone}",
    hours_range: "{days} {from}〜{to}{holidays}",
    trained_nurses: "ワクチン接種業務対応研修修了者 {count}人（{why}）",
    trained_none: "{from}以降の集計。それ以前の研修修了者は含まれません{note}",
    trained_some: "{from}以降{note}",
    flow_now: "今回のご対応",
    flow_later: "今後のご対応",
    flow_step: "{number}. [{stage}] {text}",
    route_doctors_post: "{number}. 「医療のお仕事 Key-Net」に募集情報を掲載する（G-MIS から申請）",
    route_doctors_match: "{number}. 並行して、頂いた情報を元に国際事業総合研究所が医師をマッチング",
    route_doctors_bank: "{number}. 日本医師会女性医師バンクにも相談できる",
    contact_for: "{name}（{roles}）",
    side_changes_heading: "{span}の増減（計算値）",
    side_change_line: "{label}: {change}（{old} → {new}）",
};
