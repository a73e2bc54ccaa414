//! What exports are made of, without egui: default file names, and the rows shown as CSV or as
//! tab-separated text for the clipboard.

use std::fmt::Write as _;

use crate::dashboard::ViewContext;
use crate::dashboard::chart_layout::ChartLayout;
use crate::prefecture::PrefectureCode;
use crate::report::csv::Extra;
use crate::report::{Figures, Metric, PrefectureRow, Report};
use crate::texts::format_count;

/// The default file name of a chart: `openings_2021-05-19_a4.png`.
pub fn chart_file_name(metric: Metric, layout: ChartLayout, report: &Report) -> String {
    format!(
        "{}_{}_{}.png",
        metric.field(),
        report.meta.compiled.date,
        layout.key()
    )
}

/// The default file name of the map: `map_job_seekers_2021-05-19_2x.png`.
pub fn map_file_name(
    metric: crate::dashboard::map::MapMetric,
    scale: u8,
    report: &Report,
) -> String {
    use crate::dashboard::map::MapMetric;
    let what = match metric {
        MapMetric::Figure(m) => m.field(),
        MapMetric::SeekersPerOpening => "seekers_per_opening",
        MapMetric::VaccinationShare => "vaccination_share",
    };
    format!("map_{what}_{}_{scale}x.png", report.meta.compiled.date)
}

/// The default file name of a prefecture's contact sheet: `contact-sheet_13_2021-05-19.pdf`.
pub fn sheet_file_name(code: PrefectureCode, report: &Report) -> String {
    format!("contact-sheet_{code}_{}.pdf", report.meta.compiled.date)
}

/// The default file name of the table: `nurse-centres_2021-05-19.csv`.
pub fn table_file_name(report: &Report, all_rows: bool) -> String {
    let which = if all_rows { "all" } else { "shown" };
    format!("nurse-centres_{which}_{}.csv", report.meta.compiled.date)
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
    let rows = cx
        .shown
        .iter()
        .filter_map(|&i| cx.report.rows.get(i))
        .collect();
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
    let text_cell = "<td style=\"mso-number-format:'\\@'\">";
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
    use crate::lang::Lang;
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
            assert!(html.contains("mso-number-format:'\\@'\">01<") || filtered);
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
}
