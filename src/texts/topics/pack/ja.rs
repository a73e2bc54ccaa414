//! 日本語: the texts of the briefing pack.

use super::PackTexts;

/// The texts in 日本語.
pub const JA: PackTexts = PackTexts {
    save: "資料PDF…",
    save_help: "会議資料を A4 の PDF で保存します: 要点と地図、表（A4横）、グラフ、連絡先。選んだ都道府県・絞り込み・比較・人口10万人当たりのまま。図は拡大しても粗くならないベクター、文字は選択・検索できます",
    save_title: "会議資料を PDF で保存",
    file: "会議資料",
    title: "会議資料　{title}（{date}時点）",
    page: "{page} / {pages} ページ",
    headline: "要点",
    figures_of: "{name}と全国の数値",
    figures_national: "全国の数値（計）",
    figures_filtered: "{filter}の合計と全国の数値",
    col_sum: "合計（派生値）",
    changes: "前回の表（{date}時点）からの変化",
    table_heading: "表",
    table_continued: "表（{page} / {pages}）",
    derived_legend: "斜体は当方が表から計算した値（派生値）で、公表値ではありません",
    contacts_heading: "連絡先（全国）",
    labelled: "{label}: {value}",
    err_font: "同梱のフォントを読めません",
    err_pdf: "PDF を作れません: {error}",
    err_sheet: "連絡シートを組めません: {error}",
};
