//! On what scale the figures are shown ([`Scale`]: the counts of the notice, or per 100,000
//! people) and a value that knows its unit and how it is printed ([`Amount`]). A new measure
//! is a new variant here, not a flag carried through the tree: every surface asks the scale
//! for its values, their names, their printed form and the sources they need.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::census::{NATIONAL, per_100k, population};
use crate::derived::Tenths;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::model::{Figures, Metric};
use crate::texts::{format_count, texts};

/// How the figures of the notice are shown in the table, the chart, the map and exports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum Scale {
    /// As the notice prints them: whole counts.
    #[default]
    Counts,
    /// Divided by the place's 2020 census population ([`crate::census`]), times 100,000, to one
    /// decimal; the national row (計) on the national population, a sum of prefectures on
    /// their summed population. Derived, and from two sources: every place that shows them
    /// says so ([`Scale::source_line`]).
    Per100k,
}

impl Scale {
    /// The scale a "per 100,000 people" switch (the checkbox, `--per-capita`) stands for.
    pub const fn per_100k_if(on: bool) -> Self {
        if on { Self::Per100k } else { Self::Counts }
    }

    /// Whether the figures are divided by the population (the switch's state).
    pub const fn is_per_100k(self) -> bool {
        matches!(self, Self::Per100k)
    }

    /// Whether its values are computed, not the source's.
    pub const fn is_derived(self) -> bool {
        self.is_per_100k()
    }

    /// Figure `m` of a prefecture (`None`: the nation, 計) on this scale; `None` where it is
    /// not defined (a place without a census population).
    pub fn amount(self, code: Option<PrefectureCode>, f: &Figures, m: Metric) -> Option<Amount> {
        match self {
            Self::Counts => Some(Amount::Count(f.get(m))),
            Self::Per100k => {
                let people = code.map_or(Some(NATIONAL), population)?;
                per_100k(f.get(m), people).map(Amount::Per100k)
            }
        }
    }

    /// Figure `m` of the sum `sum` of some prefectures (`codes`) on this scale: per 100,000
    /// of their summed population.
    pub fn amount_of_sum(
        self,
        sum: &Figures,
        codes: impl IntoIterator<Item = PrefectureCode>,
        m: Metric,
    ) -> Option<Amount> {
        match self {
            Self::Counts => Some(Amount::Count(sum.get(m))),
            Self::Per100k => {
                let people = codes
                    .into_iter()
                    .try_fold(0_u32, |acc, c| acc.checked_add(population(c)?))?;
                per_100k(sum.get(m), people).map(Amount::Per100k)
            }
        }
    }

    /// Whether values on this scale add up to a sum of their own (counts do; figures per
    /// 100,000 people do not).
    pub const fn adds_up(self) -> bool {
        matches!(self, Self::Counts)
    }

    /// A value as the chart holds it, a whole number of the scale's smallest printed step:
    /// the count, or tenths per 100,000 people (0 where it is not defined).
    pub fn held(self, code: Option<PrefectureCode>, count: u32) -> u32 {
        match self {
            Self::Counts => count,
            Self::Per100k => code
                .map_or(Some(NATIONAL), population)
                .and_then(|people| per_100k(count, people))
                .map_or(0, |t| Amount::Per100k(t).held()),
        }
    }

    /// A held value ([`Self::held`]) as printed: `9,828`, or `7.8` per 100,000 people.
    pub fn show_held(self, v: u32) -> String {
        match self {
            Self::Counts => Amount::Count(v),
            Self::Per100k => Amount::Per100k(Tenths::from_tenths(u64::from(v))),
        }
        .to_string()
    }

    /// A change of held values as printed: `+12`, or `+0.3` per 100,000 people.
    pub fn show_held_change(self, c: i64) -> String {
        match self {
            Self::Counts => crate::report::compare::format_change(c),
            Self::Per100k => crate::derived::format_change_tenths(c),
        }
    }

    /// What a name or a title takes after it on this scale: nothing, or
    /// 「（人口10万人当たり、計算値）」.
    pub fn suffix(self, lang: Lang) -> &'static str {
        match self {
            Self::Counts => "",
            Self::Per100k => texts(lang).chart.per_capita_title,
        }
    }

    /// A figure's name on this scale: 「求職者数」, 「求職者数（人口10万人当たり、計算値）」.
    pub fn label(self, m: Metric, lang: Lang) -> String {
        format!("{}{}", m.label(lang), self.suffix(lang))
    }

    /// The title of a chart or map of one figure: 「{metric}（全国計 {national}）」, or
    /// 「{metric}（全国 {national}）」 for a national value that is not a total.
    pub fn title_template(self, lang: Lang) -> &'static str {
        match self {
            Self::Counts => texts(lang).chart.chart_title,
            Self::Per100k => texts(lang).chart.chart_title_per_capita,
        }
    }

    /// What a header or a cell's tooltip says about the values (how they are computed).
    pub fn help(self, lang: Lang) -> Option<&'static str> {
        match self {
            Self::Counts => None,
            Self::Per100k => Some(texts(lang).chart.per_capita_help),
        }
    }

    /// Whether the values are divided by the census populations, so that the census is named
    /// beside them.
    pub const fn uses_census(self) -> bool {
        matches!(self, Self::Per100k)
    }

    /// A value on this scale back from [`Amount::to_f64`] (the map holds its values as
    /// numbers); `None` for a number that is not one of the scale's values.
    pub fn amount_from_f64(self, v: f64) -> Option<Amount> {
        match self {
            Self::Counts => {
                let whole = v.round();
                (whole.is_finite() && (0.0..=f64::from(u32::MAX)).contains(&whole)).then(|| {
                    #[expect(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "checked above: a whole number within u32"
                    )]
                    let n = whole as u32;
                    Amount::Count(n)
                })
            }
            Self::Per100k => Tenths::from_shown(v).map(Amount::Per100k),
        }
    }

    /// The line naming the other source the values need (the census), if any.
    pub fn source_line(self, lang: Lang) -> Option<&'static str> {
        match self {
            Self::Counts => None,
            Self::Per100k => Some(texts(lang).sources.census_source),
        }
    }
}

/// Saved settings from before the scale was a type hold `per_capita: true` or `false`; both
/// forms are read.
impl<'de> Deserialize<'de> for Scale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        enum Named {
            Counts,
            Per100k,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Saved {
            Named(Named),
            Switch(bool),
        }
        Ok(match Saved::deserialize(d)? {
            Saved::Named(Named::Counts) | Saved::Switch(false) => Self::Counts,
            Saved::Named(Named::Per100k) | Saved::Switch(true) => Self::Per100k,
        })
    }
}

/// A value with its unit, printed one way everywhere (the table, chart, map, exports and the
/// screen reader).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Amount {
    /// A count of the notice: `9,828`.
    Count(u32),
    /// A value per 100,000 people, to one decimal: `7.8`.
    Per100k(Tenths),
}

impl Amount {
    /// The value as a number (bar lengths, colour classes, sorting).
    pub fn to_f64(self) -> f64 {
        match self {
            Self::Count(n) => f64::from(n),
            Self::Per100k(t) => t.to_f64(),
        }
    }

    /// The value in its scale's smallest printed step ([`Scale::held`]), saturated at
    /// `u32::MAX` (never reached by figures of a report).
    pub fn held(self) -> u32 {
        match self {
            Self::Count(n) => n,
            Self::Per100k(t) => u32::try_from(t.tenths()).unwrap_or(u32::MAX),
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Count(n) => f.write_str(&format_count(*n)),
            Self::Per100k(t) => t.fmt(f),
        }
    }
}

/// An amount as printed, a dash where it is not defined.
pub fn show(a: Option<Amount>) -> String {
    a.map_or_else(|| "—".to_owned(), |a| a.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_scale_gives_the_amounts_names_and_sources_of_its_unit() {
        let r = crate::report::bundled().unwrap().report;
        let tokyo = r.row(PrefectureCode(13)).unwrap();
        let m = Metric::JobSeekers;
        let counts = Scale::Counts.amount(Some(tokyo.code), &tokyo.figures, m);
        assert_eq!(counts, Some(Amount::Count(830)));
        assert_eq!(show(counts), "830");
        let per = Scale::Per100k.amount(Some(tokyo.code), &tokyo.figures, m);
        assert_eq!(show(per), "5.9", "830 / 14,047,594 × 100,000");
        assert_eq!(show(Scale::Per100k.amount(None, &r.total, m)), "7.8");
        assert_eq!(show(Scale::Counts.amount(None, &r.total, m)), "9,828");
        assert_eq!(
            show(Scale::Per100k.amount(Some(PrefectureCode(48)), &r.total, m)),
            "—"
        );
        assert_eq!(Scale::Counts.held(Some(PrefectureCode(13)), 830), 830);
        assert_eq!(Scale::Per100k.held(Some(PrefectureCode(13)), 830), 59);
        assert_eq!(Scale::Per100k.held(None, 9_828), 78);
        assert_eq!(Scale::Per100k.held(Some(PrefectureCode(48)), 9_828), 0);
        assert_eq!(Scale::Per100k.show_held(59), "5.9");
        assert_eq!(Scale::Counts.show_held(9_828), "9,828");
        assert_eq!(Scale::Per100k.show_held_change(-3), "-0.3");
        assert_eq!(Scale::Counts.show_held_change(12), "+12");
    }

    #[test]
    fn each_scale_names_its_values_and_their_sources() {
        let m = Metric::JobSeekers;
        assert_eq!(Scale::Counts.label(m, Lang::Ja), "求職者数");
        assert_eq!(
            Scale::Per100k.label(m, Lang::Ja),
            "求職者数（人口10万人当たり、計算値）"
        );
        assert_eq!(Scale::Counts.source_line(Lang::Ja), None);
        assert!(
            Scale::Per100k
                .source_line(Lang::En)
                .unwrap()
                .contains("2020 Census")
        );
        assert!(Scale::Per100k.is_derived() && !Scale::Counts.is_derived());
        assert_eq!(Scale::per_100k_if(true), Scale::Per100k);
        assert_eq!(Scale::per_100k_if(false), Scale::Counts);
        assert!(
            Scale::Per100k
                .help(Lang::Ja)
                .unwrap()
                .contains("126,146,099")
        );
        assert_eq!(Scale::Counts.help(Lang::Ja), None);
        assert!(Scale::Per100k.uses_census() && !Scale::Counts.uses_census());
        assert!(Scale::Counts.adds_up() && !Scale::Per100k.adds_up());
    }

    #[test]
    fn sums_on_each_scale_and_values_read_back_from_numbers() {
        let r = crate::report::bundled().unwrap().report;
        let m = Metric::JobSeekers;
        let kanto = (8..=14).map(PrefectureCode);
        let sum = r
            .rows
            .iter()
            .filter(|x| (8..=14).contains(&x.code.0))
            .fold(Figures::default(), |a, x| {
                a.checked_add(&x.figures).unwrap()
            });
        assert_eq!(
            show(Scale::Per100k.amount_of_sum(&sum, kanto.clone(), m)),
            "5.9"
        );
        assert_eq!(show(Scale::Counts.amount_of_sum(&sum, kanto, m)), "2,591");
        assert_eq!(
            Amount::Per100k(Tenths::from_tenths(u64::MAX)).held(),
            u32::MAX
        );
        assert_eq!(
            Amount::Per100k(Tenths::from_tenths(59))
                .to_f64()
                .to_string(),
            "5.9"
        );
        assert_eq!(Amount::Count(830).to_f64().to_string(), "830");
        assert_eq!(
            Scale::Counts.amount_from_f64(830.4),
            Some(Amount::Count(830))
        );
        assert_eq!(Scale::Counts.amount_from_f64(-1.0), None);
        assert_eq!(Scale::Counts.amount_from_f64(f64::NAN), None);
        assert_eq!(Scale::Counts.amount_from_f64(5e9), None);
        assert_eq!(show(Scale::Per100k.amount_from_f64(5.9)), "5.9");
        assert_eq!(
            Scale::Counts.title_template(Lang::Ja),
            "{metric}（全国計 {national}）"
        );
        assert_eq!(
            Scale::Per100k.title_template(Lang::Ja),
            "{metric}（全国 {national}）"
        );
        // A code without a population makes the sum undefined, not a smaller population.
        let codes = [PrefectureCode(13), PrefectureCode(48)];
        assert_eq!(Scale::Per100k.amount_of_sum(&sum, codes, m), None);
        // 福井県 74 / 766,863 and 三重県 185 / 1,770,254: rounded once (9.6, 10.5).
        let fukui = r.row(PrefectureCode(18)).unwrap();
        let at = |code: u8, f: &Figures, m| {
            show(Scale::Per100k.amount(Some(PrefectureCode(code)), f, m))
        };
        assert_eq!(at(18, &fukui.figures, m), "9.6");
        let mie = r.row(PrefectureCode(24)).unwrap();
        assert_eq!(at(24, &mie.figures, Metric::Openings), "10.5");
        assert_eq!(at(48, &mie.figures, Metric::Openings), "—");
        assert!(
            Scale::Per100k
                .source_line(Lang::Ja)
                .unwrap()
                .contains("令和2年国勢調査")
        );
    }

    #[test]
    fn a_scale_is_saved_by_name_and_read_from_the_old_switch() {
        for s in [Scale::Counts, Scale::Per100k] {
            let saved = ron::to_string(&s).unwrap();
            assert_eq!(ron::from_str::<Scale>(&saved).unwrap(), s, "{saved}");
        }
        assert_eq!(ron::from_str::<Scale>("Per100k").unwrap(), Scale::Per100k);
        assert_eq!(ron::from_str::<Scale>("true").unwrap(), Scale::Per100k);
        assert_eq!(ron::from_str::<Scale>("false").unwrap(), Scale::Counts);
        assert!(ron::from_str::<Scale>("Per1000").is_err());
    }
}
