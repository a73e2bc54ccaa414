//! The report shown beside an earlier one, without egui: which earlier report, each figure's
//! change (new minus old: derived; the tables are cumulative, so a change is what happened
//! between their dates), and how a change and the span of dates read. A figure that fell is
//! marked, never hidden: the notice says its totals may change when recounted.

use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::{Figures, Metric, Report};
use crate::texts::{fill, format_date, texts};

/// Which report to compare with: chosen by the user, saved between runs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CompareWith {
    /// The bundled report.
    Bundled,
    /// A report file (kept in the library).
    File(PathBuf),
}

/// The earlier report the one shown is compared with.
#[derive(Clone, Debug)]
pub struct Earlier {
    report: Report,
    path: Option<PathBuf>,
}

impl Earlier {
    /// `report`, from the file `path` (`None`: the bundled report).
    pub fn new(report: Report, path: Option<PathBuf>) -> Self {
        Self { report, path }
    }

    /// The earlier report.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Its file; `None` for the bundled report.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where it came from.
    pub fn source(&self) -> CompareWith {
        self.path
            .clone()
            .map_or(CompareWith::Bundled, CompareWith::File)
    }

    /// The date its figures stand at (ISO 8601).
    pub fn compiled(&self) -> &str {
        &self.report.meta.compiled.date
    }

    /// Whether it stands at an earlier date than `report` (only such a one is compared with).
    pub fn is_before(&self, report: &Report) -> bool {
        self.compiled() < report.meta.compiled.date.as_str()
    }
}

/// A figure's change from the earlier figures: new minus old.
pub fn change(new: &Figures, old: &Figures, m: Metric) -> i64 {
    i64::from(new.get(m)).saturating_sub(i64::from(old.get(m)))
}

/// A prefecture's change of one figure; `None` when the earlier report lacks it.
pub fn row_change(
    report: &Report,
    earlier: &Report,
    code: PrefectureCode,
    m: Metric,
) -> Option<i64> {
    let new = report.row(code)?;
    let old = earlier.row(code)?;
    Some(change(&new.figures, &old.figures, m))
}

/// The two dates: 「2021年5月19日→6月2日」 (the later year left out when it is the same) or
/// `2021-05-19 → 2021-06-02`.
pub fn span(earlier: &Report, report: &Report, lang: Lang) -> String {
    let from = &earlier.meta.compiled.date;
    let to = &report.meta.compiled.date;
    let same_year = from.get(..5).is_some_and(|y| to.starts_with(y));
    let to_text = match lang {
        Lang::Ja if same_year => {
            let full = format_date(to, lang);
            full.split_once('年')
                .map_or(full.clone(), |(_, rest)| rest.to_owned())
        }
        _ => format_date(to, lang),
    };
    fill(
        texts(lang).reports.compare_span,
        &[("from", &format_date(from, lang)), ("to", &to_text)],
    )
}

/// 「2021年5月19日→6月2日の増減」 / "change 2021-05-19 → 2021-06-02".
pub fn change_line(earlier: &Report, report: &Report, lang: Lang) -> String {
    fill(
        texts(lang).reports.compare_change_of,
        &[("span", &span(earlier, report, lang))],
    )
}

/// What a fall means, for its tooltip: the two figures and the notice's own caveat.
pub fn fall_help(old: u32, new: u32, lang: Lang) -> String {
    use crate::texts::format_count;
    fill(
        texts(lang).reports.compare_fell_help,
        &[("old", &format_count(old)), ("new", &format_count(new))],
    )
}

/// Every figure of `report` below the same figure of `earlier`, a line each (計 first, then by
/// code): 「東京都 求職者数: 830 → 820（-10）」.
pub fn fall_lines(report: &Report, earlier: &Report, lang: Lang) -> Vec<String> {
    use crate::texts::format_count;
    let t = texts(lang);
    crate::report::compare::falls(report, earlier)
        .into_iter()
        .map(|f| {
            let name = f
                .code
                .and_then(|c| report.row(c))
                .map_or_else(|| t.csv.total.to_owned(), |r| r.name_in(lang).to_owned());
            let change = i64::from(f.new).saturating_sub(i64::from(f.old));
            fill(
                t.reports.fall_line,
                &[
                    ("name", &name),
                    ("column", &f.metric.label(lang)),
                    ("old", &format_count(f.old)),
                    ("new", &format_count(f.new)),
                    ("change", &crate::report::compare::format_change(change)),
                ],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_fall_is_a_line_with_both_figures_and_the_change() {
        let old = crate::report::bundled().unwrap().report;
        let mut new = old.clone();
        // MADE-UP TEST DATA: 東京都's job seekers and the total ten lower.
        if let Some(r) = new.rows.iter_mut().find(|r| r.code == PrefectureCode(13)) {
            r.figures.job_seekers = 820;
        }
        new.total.job_seekers = 9_818;
        assert_eq!(
            fall_lines(&new, &old, Lang::Ja),
            [
                "計 求職者数: 9,828 → 9,818（-10）",
                "東京都 求職者数: 830 → 820（-10）"
            ]
        );
        assert_eq!(fall_lines(&old, &old, Lang::En), Vec::<String>::new());
        assert_eq!(
            fall_lines(&new, &old, Lang::En)[1],
            "Tokyo, Job seekers: 830 → 820 (-10)"
        );
    }

    #[test]
    fn an_earlier_report_keeps_its_report_and_its_file() {
        let r = crate::report::bundled().unwrap().report;
        let kept = Earlier::new(r.clone(), Some(PathBuf::from("kept/2021-05-19.ron")));
        assert_eq!(kept.report().total.job_seekers, 9828);
        assert_eq!(kept.path(), Some(Path::new("kept/2021-05-19.ron")));
        assert_eq!(
            kept.source(),
            CompareWith::File(PathBuf::from("kept/2021-05-19.ron"))
        );
        let bundled = Earlier::new(r.clone(), None);
        assert_eq!(bundled.path(), None);
        assert_eq!(bundled.source(), CompareWith::Bundled);
        assert_eq!(bundled.compiled(), "2021-05-19");
        let mut later = r;
        later.meta.compiled.date = "2021-06-02".to_owned();
        assert!(bundled.is_before(&later));
        assert!(
            !Earlier::new(later.clone(), None).is_before(&later),
            "the same date"
        );
    }

    #[test]
    fn a_fall_quotes_the_notice_on_every_compiled_figure() {
        // 集計値 is every compiled figure, not only the totals: in both places it is said.
        assert_eq!(
            fall_help(1234, 830, Lang::En),
            "Fell from 1,234 to 830. The notice says that the compiled figures may change after later \
                recounts (a fall is shown, not hidden)"
        );
        assert_eq!(
            fall_help(12, 8, Lang::Ja),
            "12 → 8: 以前の表より減っています。事務連絡は「集計値はその後の再集計等により変更する場合がある」としています（減った数も隠さず示します）"
        );
        let r = crate::report::bundled().unwrap().report;
        let last = r.meta.caveats.last().unwrap();
        assert_eq!(
            last.ja(),
            "集計値はその後の再集計等により変更する場合がある"
        );
        assert_eq!(
            last.en(),
            "The compiled figures may change after later recounts."
        );
    }

    #[test]
    fn changes_read_with_their_sign_and_the_span_with_both_dates() {
        let old = crate::report::bundled().unwrap().report;
        let mut new = old.clone();
        new.meta.compiled.date = "2021-06-02".to_owned();
        assert_eq!(
            change_line(&old, &new, Lang::Ja),
            "2021年5月19日→6月2日の増減"
        );
        assert_eq!(
            change_line(&old, &new, Lang::En),
            "change 2021-05-19 → 2021-06-02"
        );
        new.meta.compiled.date = "2022-01-05".to_owned();
        assert_eq!(span(&old, &new, Lang::Ja), "2021年5月19日→2022年1月5日");
        new.rows[12].figures.job_seekers = 800;
        let tokyo = PrefectureCode(13);
        assert_eq!(row_change(&new, &old, tokyo, Metric::JobSeekers), Some(-30));
        let earlier = Earlier::new(old, None);
        assert!(earlier.is_before(&new));
        assert!(!earlier.is_before(earlier.report()));
    }
}
