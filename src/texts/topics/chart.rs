//! The texts of the chart: the keys ([`ChartTexts`]), and the texts in Japanese (`chart/ja.rs`)
//! and English (`chart/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of the chart, in one language.
    ChartTexts;
    #[doc = "The chart's metric selector."]
    metric,
    #[doc = "Bars largest first."]
    order_by_value,
    #[doc = "Bars in code order."]
    order_by_code,
    #[doc = "The chart's title: the metric and the published national figure."]
    chart_title,
    #[doc = "Added to the title when filtered: the sum of the bars shown."]
    chart_title_shown,
    #[doc = "What the chart shows, for a screen reader and under the title."]
    chart_summary,
    #[doc = "The summary of a chart with no bars."]
    chart_empty,
    #[doc = "Column: 求職者数 (the source's name)."]
    metric_job_seekers,
    #[doc = "Column: 求人数."]
    metric_openings,
    #[doc = "Column: 求人数(うちワクチン接種業務)."]
    metric_vaccination_openings,
    #[doc = "Column: 紹介人数."]
    metric_referrals,
    #[doc = "Column: 就業者数."]
    metric_employed,
    #[doc = "Column: 就業者数(うちワクチン接種業務)."]
    metric_vaccination_employed,
    #[doc = "Column: ワクチン接種業務対応研修修了者数."]
    metric_vaccination_trained,
    #[doc = "A bar's hover text."]
    bar_hover,
    #[doc = "A stacked bar's hover text."]
    bar_hover_part,
    #[doc = "A bar's value with its of-which part."]
    value_with_part,
    #[doc = "The per-capita switch."]
    per_capita,
    #[doc = "What the per-capita switch does: the formula and the source."]
    per_capita_help,
    #[doc = "A figure per 100,000 people, on hover: {figure} {population}."]
    per_capita_cell_help,
    #[doc = "The title's mark when per 100,000 people."]
    per_capita_title,
    #[doc = "The chart's title per 100,000 people: the metric and the national rate {metric} {national}."]
    chart_title_per_capita,
    #[doc = "A bar of the chart for a screen reader: {name} {value}."]
    bar_node,
    #[doc = "The chart's legend: the earlier bars, {date}."]
    chart_earlier_legend,
    #[doc = "A value with its change: {value} {change}."]
    value_with_change,
    #[doc = "The chart's title when comparing: {line} {change}."]
    chart_title_change,
    #[doc = "The chart's order by change (when comparing)."]
    order_by_change,
    #[doc = "What ordering by change does."]
    order_by_change_help,
}
