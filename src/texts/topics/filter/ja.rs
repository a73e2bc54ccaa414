//! 日本語: the texts of the filter: the search box and the regions.

use super::FilterTexts;

/// The texts in 日本語.
pub const JA: FilterTexts = FilterTexts {
    search: "検索",
    search_hint: "名前・よみ・ローマ字・コード",
    search_help: "例: 大阪 / おおさか / osaka / 27。地方名（関東 / かんとう / kanto、近畿 / 関西 / kansai）でその地方を、空白やカンマで区切ると複数（大阪 \
        京都、埼玉,東京）を表示（Ctrl+F で移動、Esc で解除）",
    region: "地方",
    region_all: "すべて",
    clear_filter: "絞り込み解除",
    clear_filter_help: "Esc キーでも解除できます",
    table_tools: "保存・コピー・計算列 ▼",
    no_match: "該当なし",
    no_match_query: "「{query}」に当てはまる都道府県はありません。",
    no_match_query_region: "{region}地方に「{query}」に当てはまる都道府県はありません。",
    no_match_how_to_clear: "Esc キーか「絞り込み解除」で 47 都道府県すべてに戻ります。",
    filtered_sum: "絞込の合計",
    filtered_sum_help: "表示中の都道府県の合計（計算値、公表値ではありません）",
    region_hokkaido: "北海道",
    region_tohoku: "東北",
    region_kanto: "関東",
    region_chubu: "中部",
    region_kinki: "近畿",
    region_chugoku: "中国",
    region_shikoku: "四国",
    region_kyushu_okinawa: "九州・沖縄",
    region_convention: "地方は八地方区分（北海道、東北、関東、中部、近畿、中国、四国、九州・沖縄）。三重県は近畿、新潟県は中部、沖縄県は九州に含めます。通知の区分ではありません",
};
