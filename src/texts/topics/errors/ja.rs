//! 日本語: the texts of a report's errors.

use super::ErrorsTexts;

/// The texts in 日本語.
pub const JA: ErrorsTexts = ErrorsTexts {
    io: "読み込めません: {error}",
    not_found: "ファイルがありません",
    is_directory: "フォルダーです（レポートファイルを指定してください）",
    not_a_file: "通常のファイルではありません（パイプやデバイスは開けません）",
    too_large: "ファイルが大きすぎます（{size} バイト、上限 {limit} バイト）",
    not_utf8: "UTF-8 ではありません（Shift_JIS などで保存されたファイルは UTF-8 で保存し直してください）",
    unknown_notice: "この表は {date} の通知の連絡先・手順を使いますが、その通知の内容がありません（同梱は 2021-05-26 の通知です）",
    syntax: "この位置の書き方がレポートファイルとして正しくありません（読み取りの詳細: {message}）",
    not_a_report: "このアプリのレポートファイルではありません（レポートファイルは「Report(」か「Table(」で始まります）",
    negative: "人数が負の数になっています（0 以上の整数で書いてください）",
    thousands_separator: "数字に桁区切りのカンマは使えません（1,830 ではなく 1830 と書いてください）",
    fraction: "人数に小数は使えません（整数で書いてください）",
    expected_number: "ここには数字が必要です",
    unexpected_end: "ファイルが途中で終わっています（閉じ括弧 ) や ] が足りないか、ファイルが切れています）",
    unknown_prefecture: "都道府県名「{name}」は 47 都道府県のいずれでもありません",
    unknown_code: "都道府県コード {code} は 01〜47 の範囲外です",
    duplicate_prefecture: "{name} が重複しています（最初の行{at}）",
    missing_prefecture: "{name}（{code}）の行がありません",
    code_mismatch: "コード {code} は {expected} のもので、{name} ではありません",
    bad_phone: "電話番号「{value}」の形式が正しくありません（例: 03-5309-2065）",
    bad_date: "日付「{value}」が正しくありません（YYYY-MM-DD）",
    bad_time: "時刻「{value}」が正しくありません（HH:MM）",
    bad_email: "メールアドレス「{value}」が正しくありません",
    bad_url: "リンク「{value}」は https:// で始まる必要があります",
    bad_postcode: "郵便番号「{value}」が正しくありません（NNN-NNNN）",
    empty: "空欄です",
    duplicate_id: "id「{id}」が重複しています",
    unknown_id: "id「{id}」は定義されていません",
    sum_overflow: "{column} の合計が大きすぎます（32 ビットを超えます）",
    total_mismatch: "{column}: 公表の計 {reported} と各都道府県の合計 {summed} が一致しません（差 {difference}）",
    part_exceeds_whole: "{part} {part_value} が {whole} {whole_value} を上回っています",
};
