//! Figures per 100,000 people: each prefecture's figure divided by its 2020 census population
//! ([`crate::census`]) times 100,000, to one decimal, the national row on the national
//! population. Derived, and from two sources: every place that shows them says so.

use crate::census::{NATIONAL, per_100k, population};
use crate::dashboard::format::format_derived;
use crate::lang::Lang;
use crate::report::{Figures, Metric, PrefectureCode};
use crate::texts::texts;

/// A prefecture's figure per 100,000 people.
pub fn value(code: PrefectureCode, f: &Figures, m: Metric) -> Option<f64> {
    per_100k(f64::from(f.get(m)), population(code)?)
}

/// The national figure (計) per 100,000 people, on the national population.
pub fn national(total: &Figures, m: Metric) -> Option<f64> {
    per_100k(f64::from(total.get(m)), NATIONAL)
}

/// The sum of some prefectures' figures per 100,000 of their summed population.
pub fn of_sum(
    sum: &Figures,
    codes: impl IntoIterator<Item = PrefectureCode>,
    m: Metric,
) -> Option<f64> {
    let people = codes
        .into_iter()
        .try_fold(0_u32, |acc, c| acc.checked_add(population(c)?))?;
    per_100k(f64::from(sum.get(m)), people)
}

/// A value per 100,000 people as shown: one decimal, a dash where there is none.
pub fn format(v: Option<f64>) -> String {
    format_derived(v, "")
}

/// 「人口: 総務省統計局「令和2年国勢調査 人口等基本集計」（2020年10月1日現在）」: the line every
/// picture and table per 100,000 people carries.
pub fn source_line(lang: Lang) -> &'static str {
    texts(lang).census_source
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_100k_on_the_prefectures_and_the_national_population() {
        let r = crate::report::bundled().unwrap().report;
        let tokyo = r.row(PrefectureCode(13)).unwrap();
        let v = value(tokyo.code, &tokyo.figures, Metric::JobSeekers).unwrap();
        assert_eq!(format(Some(v)), "5.9", "830 / 14,047,594 × 100,000");
        let n = national(&r.total, Metric::JobSeekers).unwrap();
        assert_eq!(format(Some(n)), "7.8", "9,828 / 126,146,099 × 100,000");
        let kanto: Vec<PrefectureCode> = (8..=14).map(PrefectureCode).collect();
        let sum = r
            .rows
            .iter()
            .filter(|x| kanto.contains(&x.code))
            .fold(Figures::default(), |a, x| {
                a.checked_add(&x.figures).unwrap()
            });
        let k = of_sum(&sum, kanto, Metric::JobSeekers).unwrap();
        assert!(k > 0.0 && k.is_finite());
    }
}
