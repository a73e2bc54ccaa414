//! English: the texts of the chart.

use super::ChartTexts;

/// The texts in English.
pub const EN: ChartTexts = ChartTexts {
    metric: "Metric",
    order_by_value: "Largest first",
    order_by_code: "By code",
    chart_title: "{metric} (national total {national})",
    chart_title_shown: "; shown: {sum} (derived)",
    chart_summary: "Largest {max_name} {max}, smallest {min_name} {min} ({n}\u{a0}prefectures)",
    chart_empty: "No prefecture to show",
    metric_job_seekers: "Job seekers",
    metric_openings: "Openings",
    metric_vaccination_openings: "Openings: vaccination work",
    metric_referrals: "Referrals",
    metric_employed: "Employed",
    metric_vaccination_employed: "Employed: vaccination work",
    metric_vaccination_trained: "Vaccination-trained nurses",
    bar_hover: "{name}: {value}",
    bar_hover_part: "{name}: {label} {value} (of which vaccination work {part})",
    value_with_part: "{value} ({part})",
    per_capita: "Per 100,000",
    per_capita_help: "Shows the table's, chart's and map's figures divided by each prefecture's population \
        times 100,000 (derived, one decimal); 計 on the national population, 126,146,099. Population: \
        Statistics Bureau of Japan, 2020 Census (as of 2020-10-01)",
    per_capita_cell_help: "{figure} ÷ population {population} × 100,000 (derived; population from the 2020 census)",
    per_capita_title: " (per 100,000 people, derived)",
    chart_title_per_capita: "{metric} (national {national})",
    bar_node: "{name} {value}",
    chart_earlier_legend: "As of {date} (compared, lighter)",
    value_with_change: "{value} {change}",
    chart_title_change: "; {line}: {change}",
    order_by_change: "By change",
    order_by_change_help: "Largest change from the earlier report first (derived)",
};
