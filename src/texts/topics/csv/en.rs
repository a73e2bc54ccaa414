//! English: the texts of CSV headers and the copied table.

use super::CsvTexts;

/// The texts in English.
pub const EN: CsvTexts = CsvTexts {
    compiled_date: "As of",
    period_end: "Period end",
    code: "Code",
    phone: "Nurse centre phone",
    total: "Total",
    change_job_seekers: "change (job seekers)",
    change_openings: "change (openings)",
    change_vaccination_openings: "change (openings: vaccination work)",
    change_referrals: "change (referrals)",
    change_employed: "change (employed)",
    change_vaccination_employed: "change (employed: vaccination work)",
    change_vaccination_trained: "change (vaccination-trained nurses)",
    population: "population (2020 census)",
    per_capita_job_seekers: "job seekers per 100,000",
    per_capita_openings: "openings per 100,000",
    per_capita_vaccination_openings: "openings: vaccination work per 100,000",
    per_capita_referrals: "referrals per 100,000",
    per_capita_employed: "employed per 100,000",
    per_capita_vaccination_employed: "employed: vaccination work per 100,000",
    per_capita_vaccination_trained: "vaccination-trained nurses per 100,000",
};
