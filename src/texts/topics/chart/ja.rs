//! 日本語: the texts of the chart.

use super::ChartTexts;

/// The texts in 日本語.
pub const JA: ChartTexts = ChartTexts {
    metric: "指標",
    order_by_value: "多い順",
    order_by_code: "コード順",
    chart_title: "{metric}（全国計 {national}）",
    chart_title_shown: "　表示中の合計\u{a0}{sum}（計算値）",
    chart_summary: "最大 {max_name} {max}、最小 {min_name} {min}（{n}\u{a0}都道府県）",
    chart_empty: "表示する都道府県がありません",
    metric_job_seekers: "求職者数",
    metric_openings: "求人数",
    metric_vaccination_openings: "求人数(うちワクチン接種業務)",
    metric_referrals: "紹介人数",
    metric_employed: "就業者数",
    metric_vaccination_employed: "就業者数(うちワクチン接種業務)",
    metric_vaccination_trained: "ワクチン接種業務対応研修修了者数",
    bar_hover: "{name}: {value}",
    bar_hover_part: "{name}: {label} {value}（うちワクチン接種業務 {part}）",
    value_with_part: "{value}（{part}）",
    per_capita: "人口10万人当たり",
    per_capita_help: "表・グラフ・地図の数字を、各都道府県の人口で割って10万を掛けた値（計算値、小数1桁）で示します。計は全国の人口 126,146,099 人で割ります。人口: \
        総務省統計局「令和2年国勢調査 人口等基本集計」（2020年10月1日現在）",
    per_capita_cell_help: "{figure} ÷ 人口 {population} × 100,000（計算値。人口は令和2年国勢調査）",
    per_capita_title: "（人口10万人当たり、計算値）",
    chart_title_per_capita: "{metric}（全国 {national}）",
    bar_node: "{name} {value}",
    chart_earlier_legend: "{date}時点（比較、薄い色）",
    value_with_change: "{value} {change}",
    chart_title_change: "　{line} {change}",
    order_by_change: "増えた順",
    order_by_change_help: "以前の表からの増減の大きい順（計算値）",
};
