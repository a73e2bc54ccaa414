//! The texts of CSV headers and the copied table:
//! the keys ([`CsvTexts`]), and the texts in Japanese (`csv/ja.rs`)
//! and English (`csv/en.rs`).

mod en;
mod ja;

pub use en::EN;
pub use ja::JA;

texts! {
    /// The texts of CSV headers and the copied table, in one language.
    CsvTexts;
    #[doc = "CSV header: the prefecture code."]
    #[doc = "A series' column: the date a table's figures stand at."]
    compiled_date,
    #[doc = "A series' column: the last day a table counts."]
    period_end,
    code,
    #[doc = "CSV header: the nurse centre's phone (the source's heading)."]
    phone,
    #[doc = "CSV: the 計 row's name."]
    total,
    #[doc = "CSV: the change of job seekers."]
    change_job_seekers,
    #[doc = "CSV: the change of openings."]
    change_openings,
    #[doc = "CSV: the change of openings for vaccination work."]
    change_vaccination_openings,
    #[doc = "CSV: the change of referrals."]
    change_referrals,
    #[doc = "CSV: the change of the employed."]
    change_employed,
    #[doc = "CSV: the change of the employed in vaccination work."]
    change_vaccination_employed,
    #[doc = "CSV: the change of vaccination-trained nurses."]
    change_vaccination_trained,
    #[doc = "CSV: the population column."]
    population,
    #[doc = "CSV: job seekers per 100,000."]
    per_capita_job_seekers,
    #[doc = "CSV: openings per 100,000."]
    per_capita_openings,
    #[doc = "CSV: vaccination openings per 100,000."]
    per_capita_vaccination_openings,
    #[doc = "CSV: referrals per 100,000."]
    per_capita_referrals,
    #[doc = "CSV: employed per 100,000."]
    per_capita_employed,
    #[doc = "CSV: vaccination employed per 100,000."]
    per_capita_vaccination_employed,
    #[doc = "CSV: trained nurses per 100,000."]
    per_capita_vaccination_trained,
}
