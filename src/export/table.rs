//! What exports are made of, without egui: default file names, and the rows shown as CSV or as
//! tab-separated text for the clipboard.

use std::fmt::Write as _;

use crate::dashboard::ViewContext;
use crate::dashboard::chart_layout::ChartLayout;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::csv::Extra;
use crate::report::{Figures, Metric, PrefectureRow, Report};
use crate::texts::{format_count, texts};

/// The default file name of a chart, in the window's language, with what the filter shows
/// and the table's date: `求人数_関東_2021-05-19_A4本文幅.png`.
pub fn chart_file_name(cx: &ViewContext<'_>, layout: ChartLayout) -> String {
    let lang = cx.lang();
    let metric = crate::dashboard::chart_data::chart_metric(cx.state.metric);
    let mut parts = vec![metric.label(lang).to_owned()];
    parts.extend(scale_part(cx));
    parts.extend(filter_parts(cx));
    parts.push(cx.report.meta.compiled.date.clone());
    parts.push(layout.label(lang).to_owned());
    file_name(&parts, "png")
}

/// The default file name of the trend's picture (`layout`) or its series' CSV (none):
/// `推移_求職者数_関東_2021-05-19-2021-07-14_A4.png`.
pub fn trend_file_name(
    cx: &ViewContext<'_>,
    (from, to): (&str, &str),
    layout: Option<ChartLayout>,
) -> String {
    let lang = cx.lang();
    let metric = crate::dashboard::chart_data::chart_metric(cx.state.metric);
    let mut parts = vec![
        texts(lang).trend.view.to_owned(),
        metric.label(lang).to_owned(),
    ];
    parts.extend(scale_part(cx));
    parts.extend(filter_parts(cx));
    parts.push(format!("{from}-{to}"));
    match layout {
        Some(layout) => {
            parts.push(layout.label(lang).to_owned());
            file_name(&parts, "png")
        }
        None => file_name(&parts, "csv"),
    }
}

/// The default file name of the map: `地図_求職者数_関東_2021-05-19_2x.png`.
pub fn map_file_name(cx: &ViewContext<'_>, pixels: u8) -> String {
    let lang = cx.lang();
    let metric = cx.state.map_metric;
    let mut parts = vec![
        texts(lang).export.file_map.to_owned(),
        metric.label(lang).to_owned(),
    ];
    if !metric.is_derived() {
        parts.extend(scale_part(cx));
    }
    parts.extend(filter_parts(cx));
    parts.push(cx.report.meta.compiled.date.clone());
    parts.push(format!("{pixels}x"));
    file_name(&parts, "png")
}

/// The default file name of a prefecture's contact sheet: `連絡先シート_東京都_2021-05-19.pdf`.
pub fn sheet_file_name(code: PrefectureCode, report: &Report, lang: Lang) -> String {
    let name = report
        .row(code)
        .map_or_else(|| code.two_digits(), |r| r.name_in(lang).to_owned());
    let parts = [
        texts(lang).export.file_sheet.to_owned(),
        name,
        report.meta.compiled.date.clone(),
    ];
    file_name(&parts, "pdf")
}

/// The default file name of the table: the rows shown (`ナースセンター_関東_2021-05-19.csv`) or
/// all of them (`ナースセンター_全都道府県_2021-05-19.csv`).
pub fn table_file_name(cx: &ViewContext<'_>, all_rows: bool) -> String {
    let t = texts(cx.lang());
    let mut parts = vec![t.export.file_table.to_owned()];
    if all_rows {
        parts.push(t.export.file_all.to_owned());
    } else {
        parts.extend(filter_parts(cx));
    }
    parts.push(cx.report.meta.compiled.date.clone());
    file_name(&parts, "csv")
}

/// 「人口10万人当たり」 when the figures are per 100,000 people.
fn scale_part(cx: &ViewContext<'_>) -> Option<String> {
    cx.scale()
        .is_derived()
        .then(|| texts(cx.lang()).export.file_per_100k.to_owned())
}

/// What the filter shows: the region's name and the search typed.
fn filter_parts(cx: &ViewContext<'_>) -> Vec<String> {
    let filter = &cx.state.filter;
    let mut parts: Vec<String> = filter
        .region
        .map(|r| r.name(cx.lang()).to_owned())
        .into_iter()
        .collect();
    let query = filter.query.trim();
    if !query.is_empty() {
        parts.push(query.to_owned());
    }
    parts
}

/// The parts joined by `_`, each made a safe piece of a file name on Windows and Linux (no
/// `<>:"/\|?*`, no control characters, spaces dropped, at most 40 characters), and the
/// extension.
fn file_name(parts: &[String], extension: &str) -> String {
    let pieces: Vec<String> = parts
        .iter()
        .map(|p| {
            p.chars()
                .filter(|c| !c.is_control() && !c.is_whitespace() && !"<>:\"/\\|?*".contains(*c))
                .take(40)
                .collect::<String>()
                .trim_matches('.')
                .to_owned()
        })
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{extension}", pieces.join("_"))
}

/// The columns the table's exports add as on screen: the changes when compared, the figures
/// per 100,000 people on that scale.
pub fn extra<'a>(cx: &ViewContext<'a>) -> Extra<'a> {
    Extra {
        earlier: cx.earlier,
        scale: cx.scale(),
    }
}

/// The rows shown, and the published 計 when nothing is filtered out.
fn shown_rows<'a>(cx: &ViewContext<'a>) -> (Vec<&'a PrefectureRow>, Option<&'a Figures>) {
    let rows = cx.shown_rows().collect();
    (rows, (!cx.filtered()).then_some(&cx.report.total))
}

/// The rows shown, as CSV: with the published 計 first when nothing is filtered out, and the
/// columns the screen adds ([`extra`]).
pub fn shown_csv(cx: &ViewContext<'_>) -> Result<Vec<u8>, String> {
    let (rows, total) = shown_rows(cx);
    crate::report::csv::rows_csv(rows, total, extra(cx), cx.lang()).map_err(|e| e.to_string())
}

/// The rows shown as an HTML table, for the clipboard beside the text: Word pastes a table and
/// Excel cells whose codes and phones stay text (`01`, not `1`). The same cells as the text
/// (the header, the published 計 when nothing is filtered out, `extra`'s columns), counts
/// grouped (9,828); under the table the source with the date (the span of the change when
/// compared, the census when per 100,000 people).
pub fn shown_html(cx: &ViewContext<'_>) -> String {
    let (report, lang, extra) = (cx.report, cx.lang(), extra(cx));
    let (rows, total) = shown_rows(cx);
    let records = crate::report::csv::table_records(rows, total, extra, lang);
    // Codes and phones stay text (01, not 1): Excel reads `mso-number-format`, LibreOffice Calc
    // `sdnum` (its own HTML's format attribute, `@` the text format).
    let text_cell = "<td style=\"mso-number-format:'\\@'\" sdnum=\"1041;0;@\">";
    let mut html = String::from(
        "<html><head><meta charset=\"utf-8\"></head><body>\n<table border=\"1\" \
         style=\"border-collapse:collapse\">\n<thead><tr>",
    );
    let mut records = records.into_iter();
    for name in records.next().unwrap_or_default() {
        write!(html, "<th>{}</th>", escape(&name)).ok();
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    // Code, name, seven counts, phone, then the derived columns (as the CSV writes them).
    let phone_at = 2_usize.saturating_add(Metric::ALL.len());
    for rec in records {
        html.push_str("<tr>");
        for (i, cell) in rec.iter().enumerate() {
            let cell = escape(cell);
            if i == 0 || i == phone_at {
                write!(html, "{text_cell}{cell}</td>").ok();
            } else if i == 1 {
                write!(html, "<td>{cell}</td>").ok();
            } else if i < phone_at {
                let grouped = cell.parse::<u32>().map_or(cell, format_count);
                write!(html, "<td align=\"right\">{grouped}</td>").ok();
            } else {
                write!(html, "<td align=\"right\">{cell}</td>").ok();
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>\n<p>");
    let line = extra
        .earlier
        .map(|e| crate::dashboard::compare::change_line(e, report, lang));
    html.push_str(&escape(&crate::dashboard::source::source_compared(
        report,
        line.as_deref(),
        lang,
    )));
    if let Some(line) = extra.scale.source_line(lang) {
        html.push_str("<br>");
        html.push_str(&escape(line));
    }
    html.push_str("</p>\n</body></html>\n");
    html
}

/// Text for HTML: `&`, `<`, `>` and quotes escaped.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The rows shown as tab-separated text with the header (and the changes from `earlier` when
/// compared), for pasting into Excel as cells.
pub fn shown_tsv(cx: &ViewContext<'_>) -> String {
    let (rows, total) = shown_rows(cx);
    crate::report::csv::rows_tsv(rows, total, extra(cx), cx.lang())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::State;
    use crate::prefecture::Region;
    use crate::report;

    fn cx<'a>(state: &'a State, r: &'a Report, shown: &'a [usize]) -> ViewContext<'a> {
        ViewContext {
            state,
            report: r,
            earlier: None,
            shown,
        }
    }

    /// The cells of each row of the HTML table, as text.
    fn html_rows(html: &str) -> Vec<Vec<String>> {
        html.split("<tr>")
            .skip(1)
            .map(|row| {
                let row = row.split("</tr>").next().unwrap_or_default();
                row.split("<t")
                    .filter(|cell| cell.starts_with('d') || cell.starts_with('h'))
                    .map(|cell| {
                        let text = cell.split_once('>').map_or("", |(_, rest)| rest);
                        text.split('<').next().unwrap_or_default().to_owned()
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_html_table_holds_the_same_rows_as_the_text_with_codes_as_text() {
        let r = report::bundled().unwrap().report;
        let kanto: Vec<usize> = (7..14).collect();
        let mut filtered_state = State::default();
        filtered_state.filter.region = Some(Region::Kanto);
        let all: Vec<usize> = (0..47).collect();
        for (shown, filtered) in [(&kanto, true), (&all, false)] {
            let state = if filtered {
                filtered_state.clone()
            } else {
                State::default()
            };
            let html = shown_html(&cx(&state, &r, shown));
            let tsv = shown_tsv(&cx(&state, &r, shown));
            let lines: Vec<&str> = tsv.trim_end().split("\r\n").collect();
            let rows = html_rows(&html);
            assert_eq!(rows.len(), lines.len(), "header and rows");
            for (cells, line) in rows.iter().zip(&lines) {
                let text: Vec<&str> = line.split('\t').collect();
                assert_eq!(cells.len(), text.len(), "{line}");
                for (h, t) in cells.iter().zip(&text) {
                    // Figures are grouped in the table (9,828), plain in the text (9828).
                    assert_eq!(h.replace(',', ""), t.replace(',', ""), "{line}");
                }
            }
            assert_eq!(rows[1][0], if filtered { "08" } else { "00" });
            assert!(html.contains("mso-number-format:'\\@'\" sdnum=\"1041;0;@\">01<") || filtered);
            assert!(html.contains("2021年5月19日時点</p>"));
        }
        // English names in English (the source's kanji are in the Japanese table).
        let mut en = State {
            lang: Lang::En,
            ..State::default()
        };
        en.filter.query = "tokyo".to_owned();
        let tsv = shown_tsv(&cx(&en, &r, &[12]));
        assert!(tsv.contains("\r\n13\tTokyo\t830\t"), "{tsv}");
        let html = shown_html(&cx(&en, &r, &[12]));
        assert!(html.contains("<td>Tokyo</td>"));
        assert!(
            html.contains("<td align=\"right\">830</td>"),
            "東京都 830 job seekers"
        );
        assert!(html.contains("as of 2021-05-19</p>"));
    }

    #[test]
    fn file_names_are_safe_on_windows_and_say_what_they_hold() {
        let r = report::bundled().unwrap().report;
        let mut state = State::default();
        state.filter.query = " a/b: c?*<>|\"x\" ".to_owned();
        state.filter.region = Some(Region::Kinki);
        state.map_metric = crate::dashboard::map::MapMetric::SeekersPerOpening;
        state.scale = crate::report::scale::Scale::Per100k;
        let cx = cx(&state, &r, &[]);
        assert_eq!(
            table_file_name(&cx, false),
            "ナースセンター_近畿_ab c x_2021-05-19.csv".replace(' ', "")
        );
        // A ratio is no figure per 100,000 people: the scale is not named.
        assert!(
            map_file_name(&cx, 2).starts_with("地図_求職者数÷求人数（計算）_近畿_"),
            "{}",
            map_file_name(&cx, 2)
        );
        assert!(map_file_name(&cx, 2).ends_with("_2021-05-19_2x.png"));
        assert_eq!(
            sheet_file_name(crate::prefecture::PrefectureCode(13), &r, Lang::En),
            "contact-sheet_Tokyo_2021-05-19.pdf"
        );
        assert_eq!(
            file_name(&["..".to_owned(), "a".repeat(50)], "csv"),
            format!("{}.csv", "a".repeat(40))
        );
    }

    #[test]
    fn a_charts_file_name_says_its_metric_scale_filter_date_and_layout() {
        let r = report::bundled().unwrap().report;
        let mut state = State::default();
        let layout = ChartLayout::Half;
        assert_eq!(
            chart_file_name(&cx(&state, &r, &[]), layout),
            "求職者数_2021-05-19_A4半幅.png"
        );
        state.scale = crate::report::scale::Scale::Per100k;
        state.filter.region = Some(Region::Kanto);
        state.metric = Metric::VaccinationOpenings;
        assert_eq!(
            chart_file_name(&cx(&state, &r, &[]), layout),
            "求人数_人口10万人当たり_関東_2021-05-19_A4半幅.png",
            "an of-which figure is drawn inside its parent's chart"
        );
        state.lang = Lang::En;
        assert_eq!(
            chart_file_name(&cx(&state, &r, &[]), ChartLayout::Slide),
            "Openings_per-100000_Kanto_2021-05-19_Slide16:9.png".replace(':', "")
        );
    }

    #[test]
    fn a_trends_file_name_says_its_metric_scale_filter_span_and_layout() {
        let r = report::bundled().unwrap().report;
        let mut state = State::default();
        let span = ("2021-05-19", "2021-07-14");
        assert_eq!(
            trend_file_name(&cx(&state, &r, &[]), span, Some(ChartLayout::A4)),
            "推移_求職者数_2021-05-19-2021-07-14_A4本文幅.png"
        );
        assert_eq!(
            trend_file_name(&cx(&state, &r, &[]), span, None),
            "推移_求職者数_2021-05-19-2021-07-14.csv"
        );
        state.scale = crate::report::scale::Scale::Per100k;
        state.filter.region = Some(Region::Kanto);
        state.lang = Lang::En;
        assert_eq!(
            trend_file_name(&cx(&state, &r, &[]), span, Some(ChartLayout::Half)),
            "Trend_Job seekers_per-100000_Kanto_2021-05-19-2021-07-14_Half A4 width.png"
                .replace(' ', "")
        );
    }
}
