//! 日本語: the texts of the contact sheet (PDF).

use super::SheetTexts;

/// The texts in 日本語.
pub const JA: SheetTexts = SheetTexts {
    title: "{name} 看護師・医師の確保 連絡シート",
    subtitle: "出典の表: {title}（{date}時点）",
    nurse_centre_box: "看護師が不足している場合の相談先: {centre}（別紙{attachment}の連絡先）",
    phone: "電話 {phone}",
    fax: "FAX {fax}",
    email: "メール {email}",
    hours: "受付 {hours}",
    postal_address: "〒{postcode} {address}",
    col_item: "ナースセンターの実績（累計）",
    col_rank: "順位†",
    rank: "{of}中{position}位",
    rank_tied: "{of}中{position}位（同順位）",
    note_mark: "※{number}",
    flow_step: "{number}. {text}",
    roles_attachment: "{roles}（{attachment}）",
    attachment: "別紙{attachment}",
    footer_join: "　／　",
    flow_stage: "［{stage}］{steps}",
    flow_then: "　→ ",
    step: "{number}. {role}",
    step_action: "【{actor}】{action}",
    period: "集計期間: {period}",
    compiled: "集計: {compiled}（{date}）",
    derived: "† 順位は当方が表から算出した派生値で、公表値ではありません（{of}都道府県中、大きい順。同じ値は同順位）。",
    ours: "チェックリストの手順は通知本文を当方が要約したものです（通知の原文ではありません）。",
    err_no_prefecture: "都道府県コード {code} の行がこのレポートにありません",
    err_does_not_fit: "連絡シートが A4 1 ページに収まりません（本文 8 ポイントでも）",
    err_font: "同梱のフォントを読み込めません",
    err_pdf: "PDF を作成できません: {error}",
    cli_bad_code: "都道府県コード「{value}」は正しくありません: 01〜47（または 1〜47）で指定してください",
    table_imported: "表: {date}時点（取り込んだ表）",
    source_imported: "連絡先・手順: 厚生労働省 {document}({date})",
};
