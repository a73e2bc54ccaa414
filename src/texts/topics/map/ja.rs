//! 日本語: the texts of the tile map.

use super::MapTexts;

/// The texts in 日本語.
pub const JA: MapTexts = MapTexts {
    not_counted: "値なし（求人数 0）",
    range: "{lo}〜{hi}",
    range_top: "{lo}以上",
    range_up_to: "〜{hi}",
    range_over: "{lo}超〜{hi}",
    summary: "{metric}: 最大 {max_name} {max}、最小 {min_name} {min}（{n} 都道府県）",
    rank: "（{rank}）",
    tile: "{name} {metric} {value}{rank}",
    label: "地図 {title} {summary}",
    help: "都道府県をクリックで選択。矢印キーで隣の都道府県へ移り、Enter で選択します。順位†は表から計算した値です",
    legend_label: "凡例（{metric}）",
    scale: "{scale}倍",
    scale_label: "画像の倍率",
    scale_help: "PNG の画素数: 1倍は画面と同じ、2倍は縦横2倍（印刷や高解像度の画面向け）",
    filtered_out: "（絞り込みで非表示）",
};
