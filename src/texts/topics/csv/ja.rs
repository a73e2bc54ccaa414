//! 日本語: the texts of CSV headers and the copied table.

use super::CsvTexts;

/// The texts in 日本語.
pub const JA: CsvTexts = CsvTexts {
    compiled_date: "集計時点",
    period_end: "集計期間の終わり",
    code: "都道府県コード",
    phone: "各都道府県ナースセンターの連絡先",
    total: "計",
    change_job_seekers: "増減(求職者数)",
    change_openings: "増減(求人数)",
    change_vaccination_openings: "増減(求人数(うちワクチン接種業務))",
    change_referrals: "増減(紹介人数)",
    change_employed: "増減(就業者数)",
    change_vaccination_employed: "増減(就業者数(うちワクチン接種業務))",
    change_vaccination_trained: "増減(ワクチン接種業務対応研修修了者数)",
    population: "人口(令和2年国勢調査)",
    per_capita_job_seekers: "求職者数(人口10万人当たり)",
    per_capita_openings: "求人数(人口10万人当たり)",
    per_capita_vaccination_openings: "求人数(うちワクチン接種業務)(人口10万人当たり)",
    per_capita_referrals: "紹介人数(人口10万人当たり)",
    per_capita_employed: "就業者数(人口10万人当たり)",
    per_capita_vaccination_employed: "就業者数(うちワクチン接種業務)(人口10万人当たり)",
    per_capita_vaccination_trained: "ワクチン接種業務対応研修修了者数(人口10万人当たり)",
};
