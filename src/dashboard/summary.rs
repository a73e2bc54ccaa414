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
    sentence(report, earlier, m, lang, &[earlier, report], "")
}

/// The sentence for figure `m` over `tables` (in time order, two or more): from the first to
/// the last, with how many tables it spans and how many times the nation's figure fell
/// between consecutive ones, the sources of every table once; none for fewer than two.
pub fn trend_summary(tables: &[&Report], m: Metric, lang: Lang) -> Option<String> {
    let (first, last) = match tables {
        [first, .., last] => (*first, *last),
        _ => return None,
    };
    let t = texts(lang);
    let falls = tables
        .windows(2)
        .filter(|pair| match pair {
            [a, b] => b.total.get(m) < a.total.get(m),
            _ => false,
        })
        .count();
    let count = |n: usize| crate::texts::format_count(u32::try_from(n).unwrap_or(u32::MAX));
    let mut between = fill(t.reports.summary_tables, &[("count", &count(tables.len()))]);
    if falls > 0 {
        between.push_str(&fill(
            t.reports.summary_national_falls,
            &[("count", &count(falls))],
        ));
    }
    Some(sentence(last, first, m, lang, tables, &between))
}

/// The sentence between `earlier` and `report`, `between` before the derived numbers are said
/// so, and the sources of `tables` once each at the end.
fn sentence(
    report: &Report,
    earlier: &Report,
    m: Metric,
    lang: Lang,
    tables: &[&Report],
    between: &str,
) -> String {
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
    s.push_str(between);
    s.push_str(t.reports.summary_derived);
    s.push_str(&sources(tables, lang));
    s
}

/// The imported files named in a summary's sources; more are counted.
const FILES_NAMED: usize = 3;

/// The sources of `tables` once: the notice's (when one of them is its table) and one line
/// naming the imported files (the first [`FILES_NAMED`], the rest counted).
pub fn sources(tables: &[&Report], lang: Lang) -> String {
    let t = texts(lang);
    let mut lines = Vec::new();
    if let Some(notice) = tables.iter().find(|r| r.meta.imported_from.is_none()) {
        lines.push(source_line(notice, lang));
    }
    let mut files: Vec<&str> = Vec::new();
    for file in tables
        .iter()
        .filter_map(|r| r.meta.imported_from.as_deref())
    {
        if !files.contains(&file) {
            files.push(file);
        }
    }
    if let Some(first) = tables.iter().find(|r| r.meta.imported_from.is_some()) {
        let mut named = files
            .iter()
            .take(FILES_NAMED)
            .copied()
            .collect::<Vec<_>>()
            .join(t.window.list_separator);
        if files.len() > FILES_NAMED {
            let more = files.len().saturating_sub(FILES_NAMED);
            let more = crate::texts::format_count(u32::try_from(more).unwrap_or(u32::MAX));
            named.push_str(&fill(t.reports.summary_more_files, &[("count", &more)]));
        }
        lines.push(crate::dashboard::source::source_line_of(
            first,
            Some(&named),
            lang,
        ));
    }
    lines.join(t.reports.summary_sources_separator)
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
