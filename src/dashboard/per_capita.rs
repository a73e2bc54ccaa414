//! Figures per 100,000 people: each prefecture's figure divided by its 2020 census population
//! ([`crate::census`]) times 100,000, to one decimal, the national row on the national
//! population. Derived, and from two sources: every place that shows them says so.

use crate::census::{NATIONAL, per_100k, population};
use crate::dashboard::format::format_derived;
use crate::derived::Tenths;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::{Figures, Metric};
use crate::texts::texts;

/// A prefecture's figure per 100,000 people.
pub fn value(code: PrefectureCode, f: &Figures, m: Metric) -> Option<Tenths> {
    per_100k(f.get(m), population(code)?)
}

/// The national figure (計) per 100,000 people, on the national population.
pub fn national(total: &Figures, m: Metric) -> Option<Tenths> {
    per_100k(total.get(m), NATIONAL)
}

/// The sum of some prefectures' figures per 100,000 of their summed population.
pub fn of_sum(
    sum: &Figures,
    codes: impl IntoIterator<Item = PrefectureCode>,
    m: Metric,
) -> Option<Tenths> {
    let people = codes
        .into_iter()
        .try_fold(0_u32, |acc, c| acc.checked_add(population(c)?))?;
    per_100k(sum.get(m), people)
}

/// A value per 100,000 people as shown: one decimal, a dash where there is none.
pub fn format(v: Option<Tenths>) -> String {
    format_derived(v, "")
}

/// 「人口: 総務省統計局「令和2年国勢調査 人口等基本集計」（2020年10月1日現在）」: the line every
/// picture and table per 100,000 people carries.
pub fn source_line(lang: Lang) -> &'static str {
    texts(lang).sources.census_source
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
        // 関東 (茨城県 to 神奈川県): 2,591 job seekers on 43,653,441 people.
        assert_eq!(sum.job_seekers, 2591);
        let k = of_sum(&sum, kanto.clone(), Metric::JobSeekers);
        assert_eq!(format(k), "5.9");
        assert_eq!(k.map(Tenths::tenths), Some(59));
        // A code without a population makes the sum undefined, not a smaller population.
        assert_eq!(
            of_sum(
                &sum,
                [PrefectureCode(13), PrefectureCode(48)],
                Metric::JobSeekers
            ),
            None
        );
        assert_eq!(format(None), "—");
        // 福井県 74 / 766,863 and 三重県 185 / 1,770,254: rounded once (9.6, 10.5).
        let fukui = r.row(PrefectureCode(18)).unwrap();
        assert_eq!(
            format(value(fukui.code, &fukui.figures, Metric::JobSeekers)),
            "9.6"
        );
        let mie = r.row(PrefectureCode(24)).unwrap();
        assert_eq!(
            format(value(mie.code, &mie.figures, Metric::Openings)),
            "10.5"
        );
        assert_eq!(
            value(PrefectureCode(48), &mie.figures, Metric::Openings),
            None
        );
        assert!(source_line(Lang::Ja).contains("令和2年国勢調査"));
        assert!(source_line(Lang::En).contains("2020 Census"));
    }
}
