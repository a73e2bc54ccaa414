//! 日本語: the texts of the trend view.

use super::TrendTexts;

/// The texts in 日本語.
pub const JA: TrendTexts = TrendTexts {
    view: "推移",
    tools: "保存・コピー ▼",
    view_help: "表ごとの数字の推移（取り込んだ表と同梱の表を、数字の時点の順に）",
    needs_two: "推移には時点の異なる表が2つ以上必要です。新しい表を取り込むと使えます",
    title: "{metric}の推移（{from}〜{to}、表{count}件）",
    nation: "全国（計）",
    prefectures: "都道府県",
    multiples: "都道府県ごと（{count}、縦軸は図ごと）",
    table_notice: "{date}（通知の別紙3）",
    table_imported: "{date}（取込: {file}）",
    tables_line: "各点の表: {tables}",
    tables_line_many: "各点の表（{count}件）: {first}、…、{last}。それぞれの点の表は点に重ねると表示",
    falls_note: "▼ 前の表より減った点（{count}か所）。事務連絡は「集計値はその後の再集計等により変更する場合がある」としています",
    point: "{name} {date}: {value}",
    point_change: "前の表から {change}（計算値）",
    a11y_table: "{title}の表（行: 表の時点、列: 全国と都道府県）",
    a11y_date: "表の時点",
    save_csv: "推移をCSV保存…",
    save_csv_help: "表ごと・都道府県ごとの数字（時点順、1行に1つの表と場所）をCSVで保存",
    save_csv_title: "推移をCSVで保存",
    copy_summary_help: "グラフの数字について、最初の表から最後の表までの変化を文章にしてコピー（報告書に貼り付け可）",
};
