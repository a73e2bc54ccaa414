//! What changed between two tables, in a sentence an official pastes into a report: the
//! nation's figure from the earlier table to the later one, its change and its share (derived),
//! the prefecture that rose most and the one that fell most (a fall with the notice's caveat),
//! the derived numbers said as derived and the sources named once at the end. Built from the
//! same numbers as the table.

use crate::dashboard::compare::change;
use crate::dashboard::source::source_line;
use crate::derived::Tenths;
use crate::lang::Lang;
use crate::report::compare::format_change;
use crate::report::{Metric, Report};
use crate::texts::{fill, format_count, format_date, texts};

/// The change's share of the earlier figure, to one decimal, with its sign: `+5.2`, `-0.4`;
/// none when the earlier figure is 0.
fn share(old: u32, new: u32) -> Option<String> {
    let diff = i64::from(new).saturating_sub(i64::from(old));
    let size = Tenths::quotient(diff.unsigned_abs(), u64::from(old), 100)?;
    Some(match diff.signum() {
        1 => format!("+{size}"),
        -1 => format!("-{size}"),
        _ => format!("±{size}"),
    })
}

/// The prefectures with the largest change of `m` in one direction (`rise`: the largest rise,
/// else the largest fall): their names and the change; none when none moved that way.
fn extreme(report: &Report, earlier: &Report, m: Metric, rise: bool, lang: Lang) -> Option<String> {
    let changes: Vec<(&str, i64)> = report
        .rows
        .iter()
        .filter_map(|r| {
            let old = earlier.row(r.code)?;
            Some((r.name_in(lang), change(&r.figures, &old.figures, m)))
        })
        .filter(|&(_, c)| if rise { c > 0 } else { c < 0 })
        .collect();
    let best = if rise {
        changes.iter().map(|c| c.1).max()?
    } else {
        changes.iter().map(|c| c.1).min()?
    };
    let names: Vec<&str> = changes
        .iter()
        .filter(|c| c.1 == best)
        .map(|c| c.0)
        .collect();
    let t = texts(lang);
    let template = if rise {
        t.reports.summary_place
    } else {
        t.reports.summary_fall_place
    };
    Some(fill(
        template,
        &[
            ("names", &names.join(t.window.list_separator)),
            ("change", &format_change(best)),
        ],
    ))
}

/// A figure's name inside an English sentence starts small (「job seekers」); Japanese as is.
fn in_sentence(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => label.to_owned(),
        Lang::En => {
            let mut chars = label.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// The sentence for figure `m` between `earlier` and `report` (the later one), in `lang`.
pub fn summary(report: &Report, earlier: &Report, m: Metric, lang: Lang) -> String {
    let t = texts(lang);
    let (old, new) = (earlier.total.get(m), report.total.get(m));
    let diff = i64::from(new).saturating_sub(i64::from(old));
    let mut s = fill(
        t.reports.summary_national,
        &[
            ("from", &format_date(&earlier.meta.compiled.date, lang)),
            ("to", &format_date(&report.meta.compiled.date, lang)),
            ("metric", &in_sentence(m.label(lang), lang)),
            ("old", &format_count(old)),
            ("new", &format_count(new)),
            ("change", &format_change(diff)),
            ("share", &share(old, new).unwrap_or_else(|| "—".to_owned())),
        ],
    );
    s.push_str(&match (
        extreme(report, earlier, m, true, lang),
        extreme(report, earlier, m, false, lang),
    ) {
        (Some(up), Some(down)) => {
            fill(t.reports.summary_rise_fall, &[("up", &up), ("down", &down)])
        }
        (Some(up), None) => fill(t.reports.summary_rise_only, &[("up", &up)]),
        (None, Some(down)) => fill(t.reports.summary_fall_only, &[("down", &down)]),
        (None, None) => t.reports.summary_no_change.to_owned(),
    });
    s.push_str(t.reports.summary_derived);
    let sources = [source_line(earlier, lang), source_line(report, lang)];
    let sources = if sources[0] == sources[1] {
        sources[0].clone()
    } else {
        sources.join(t.window.list_separator)
    };
    s.push_str(&sources);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefecture::PrefectureCode;

    #[test]
    fn the_sentence_says_the_nations_change_the_largest_rise_and_fall_and_its_sources() {
        let old = crate::report::bundled().unwrap().report;
        // MADE-UP TEST DATA: a later table, 東京都 +80 and 静岡県 -2 job seekers, 計 +78.
        let mut new = old.clone();
        new.meta.compiled.date = "2021-06-02".to_owned();
        for (code, by) in [(13_u8, 80_i64), (22, -2)] {
            if let Some(r) = new.rows.iter_mut().find(|r| r.code == PrefectureCode(code)) {
                r.figures.job_seekers =
                    u32::try_from(i64::from(r.figures.job_seekers) + by).unwrap();
            }
        }
        new.total.job_seekers += 78;
        let ja = summary(&new, &old, Metric::JobSeekers, Lang::Ja);
        // 9,828 → 9,906: +78, 78 / 9,828 × 100 = 0.79… → 0.8 %.
        assert_eq!(
            ja,
            "2021年5月19日から2021年6月2日までに、求職者数は全国で 9,828 → 9,906（+78、+0.8%）。\
             増加が最も大きいのは東京都（+80）、減少は静岡県（-2、再集計による可能性）。\
             増減と割合は計算値です。出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3"
        );
        let en = summary(&new, &old, Metric::JobSeekers, Lang::En);
        assert!(en.starts_with("From 2021-05-19 to 2021-06-02, job seekers nationwide went 9,828 → 9,906 (+78, +0.8%)."), "{en}");
        assert!(
            en.contains("Tokyo (+80)") && en.contains("Shizuoka (-2"),
            "{en}"
        );
        // Nothing moved: said so.
        let same = summary(&old, &old, Metric::Openings, Lang::Ja);
        assert!(
            same.contains("（±0、±0.0%）")
                && same.contains(texts(Lang::Ja).reports.summary_no_change),
            "{same}"
        );
        assert_eq!(share(0, 5), None);
        assert_eq!(share(200, 199).as_deref(), Some("-0.5"));
    }
}
