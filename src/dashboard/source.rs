//! The lines under a chart and a table: the filter, the period, and the source with the
//! report's date (and the span of the change when compared).

use crate::dashboard::State;
use crate::lang::Lang;
use crate::report::Report;
use crate::report::scale::Scale;
use crate::texts::format_date;
use crate::texts::{fill, texts};

/// The lines under a chart: the filter (if any), the period, the source with the report's date
/// (and the span of the change, `compared`, when compared with an earlier report), and the
/// line of any other source the scale's values need (the census, per 100,000 people).
pub fn footer(state: &State, report: &Report, compared: Option<&str>, scale: Scale) -> Vec<String> {
    let lang = state.lang;
    let mut lines: Vec<String> = filter_line(state).into_iter().collect();
    lines.push(crate::dashboard::provenance::period_line(report, lang));
    lines.push(source_compared(report, compared, lang));
    lines.extend(scale.source_line(lang).map(str::to_owned));
    lines
}

/// 「絞り込み: 地方: 関東、検索: 東」: what the filter shows, when a filter is on.
pub fn filter_line(state: &State) -> Option<String> {
    let lang = state.lang;
    let t = texts(lang);
    let mut filter = Vec::new();
    if let Some(region) = state.filter.region {
        filter.push(fill(
            t.export.figure_region,
            &[("region", &region.name(lang))],
        ));
    }
    let query = state.filter.query.trim();
    if !query.is_empty() {
        filter.push(fill(t.export.figure_search, &[("query", &query)]));
    }
    (!filter.is_empty()).then(|| {
        let filter = filter.join(t.window.list_separator);
        fill(t.export.figure_filter, &[("filter", &filter)])
    })
}

/// 「出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3」 or its English form.
pub fn source_line(report: &Report, lang: Lang) -> String {
    source_line_of(report, report.meta.imported_from.as_deref(), lang)
}

/// The source line of `report`'s notice with the figures from `imported` (a file, or several
/// named in one text), or the notice's own when none.
pub fn source_line_of(report: &Report, imported: Option<&str>, lang: Lang) -> String {
    let s = &report.meta.source;
    let values: [(&str, &dyn std::fmt::Display); 3] = [
        ("document", &s.document.get(lang)),
        ("date", &format_date(&s.date, lang)),
        ("attachment", &s.attachment_number()),
    ];
    match imported {
        // An imported table's figures are its own; the notice gives the contacts and steps.
        Some(file) => {
            let mut values = values.to_vec();
            values.push(("file", &file));
            fill(texts(lang).sources.source_line_imported, &values)
        }
        None => fill(texts(lang).sources.source_line, &values),
    }
}

/// The source line with the report's date: 「…別紙3、2021年5月19日時点」.
pub fn source_with_date(report: &Report, lang: Lang) -> String {
    let date = format_date(&report.meta.compiled.date, lang);
    fill(
        texts(lang).sources.source_as_of,
        &[("source", &source_line(report, lang)), ("date", &date)],
    )
}

/// The source line with the report's date and, when compared, the span of the change:
/// 「…2021年6月2日時点。2021年5月19日→6月2日の増減は計算値」.
pub fn source_compared(report: &Report, compared: Option<&str>, lang: Lang) -> String {
    let Some(line) = compared else {
        return source_with_date(report, lang);
    };
    let date = format_date(&report.meta.compiled.date, lang);
    fill(
        texts(lang).sources.source_compared,
        &[
            ("source", &source_line(report, lang)),
            ("date", &date),
            ("line", &line),
        ],
    )
}
