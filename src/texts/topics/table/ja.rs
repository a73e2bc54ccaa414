//! 日本語: the texts of the table.

use super::TableTexts;

/// The texts in 日本語.
pub const JA: TableTexts = TableTexts {
    showing: "{total} 件中 {shown} 件を表示",
    columns_back: "◀ 前の列",
    columns_forward: "次の列 ▶",
    columns_in_view: "コードと都道府県のあとの列 {total} 列のうち {from}〜{to} 列目を表示中。Shift+ホイールか ←/→ キーでも動かせます",
    derived_seekers_per_opening: "求職者数÷求人数",
    derived_vaccination_share: "ワクチン求人の割合",
    derived_help: "計算列（公表値ではありません）",
    rank_help: "† 47 都道府県の中の順位（大きい順。同じ値は同順位）。表から計算した値で、公表値ではありません",
    code: "コード",
    prefecture: "都道府県",
    total: "計（公表）",
    total_help: "別紙{attachment} に公表された全国の計",
    total_differs: "各都道府県の合計は {sum} で、公表の計と異なります",
    header_vaccination_openings: "(うちワクチン接種業務)※1",
    header_vaccination_employed: "(うちワクチン接種業務)※2",
    header_vaccination_trained: "ワクチン接種業務対応研修修了者数※3",
    tie_separator: "・",
    tie_more: "{names} ほか {more} 都道府県",
    total_help_imported: "取り込んだ表（{date}時点）の全国の計",
};
