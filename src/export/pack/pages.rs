//! The pack's pages drawn with egui's painter, in points that are typographic points: each
//! page's running head (the pack's title, the page's number) and foot (the filter, the period,
//! the source with the table's date, the census), and between them the headline figures with
//! the tile map (the window's own map drawing), the table as the window shows it, the bar chart
//! (the page picture's drawing) and the national contacts.

use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, UiBuilder, pos2, vec2};

use crate::dashboard::ViewContext;
use crate::dashboard::chart_data::{ChartData, chart_data};
use crate::dashboard::chart_layout::ChartLayout;
use crate::dashboard::columns::{Column as Col, FROZEN, scrolling};
use crate::dashboard::headline::{Headline, headline};
use crate::dashboard::map::{MapData, map_data};
use crate::dashboard::provenance::{note_line, notes_heading};
use crate::dashboard::table_text::{RowKind, TextRow, header_text, table_rows};
use crate::export::contact_sheet::font::Measure;
use crate::export::figure;
use crate::export::pack::LANDSCAPE;
use crate::export::page::broken;
use crate::texts::{fill, format_date, texts};
use crate::ui::theme::{PRINT_GRID, PRINT_INK as INK, PRINT_STRIPE};

/// The margin on every side, in points (7.8 mm: inside what office printers print).
pub const MARGIN: f32 = 22.0;
/// The running head's and foot's text, and the table's: the smallest text of the pack.
const SMALL: f32 = 8.0;
/// A line of small text.
const SMALL_LINE: f32 = SMALL * 1.3;
/// The running head's height, its rule included.
const HEAD: f32 = 16.0;
/// A row of the table.
const TABLE_ROW: f32 = 8.8;
/// The table page's lines above the rows: its heading and what it shows.
const TABLE_HEADING: f32 = 14.0;

/// What the pages show, worked out once: the running foot, the table's columns and rows and
/// how many pages it takes, the map's and the chart's data, the headline.
pub struct Plan {
    /// The running head's words.
    pub head: String,
    /// The running foot's lines.
    pub foot: Vec<String>,
    /// The table's columns.
    pub cols: Vec<Col>,
    /// The table's rows as text: 計, the filtered sum, the rows shown.
    pub rows: Vec<TextRow>,
    /// Under the table's heading: the filter with its count, the sort.
    pub under_table: Vec<String>,
    /// The table page's title.
    pub table_title: String,
    /// The table's column widths, in points.
    pub widths: Vec<f32>,
    /// The height of the table's header row (its longest header broken to its column).
    pub header_height: f32,
    /// How many rows a table page holds.
    pub rows_per_page: usize,
    /// The height of a table row: what the page's room gives the rows, between 8.8 and 11
    /// points.
    pub row: f32,
    /// The map.
    pub map: MapData,
    /// The chart.
    pub chart: ChartData,
    /// The headline figures.
    pub headline: Headline,
    /// With a comparison, the sentence of what changed.
    pub changes: Option<(String, String)>,
    /// The notes on the figures (dated under another table's figures).
    pub notes: Vec<String>,
}

/// The running head of every page: the table's short title and its date.
fn running_head(report: &crate::report::Report, lang: crate::lang::Lang) -> String {
    fill(
        texts(lang).pack.title,
        &[
            ("title", &report.meta.short_title.get(lang)),
            ("date", &format_date(&report.meta.compiled.date, lang)),
        ],
    )
}

impl Plan {
    /// The plan of what `cx` shows.
    pub fn of(cx: &ViewContext<'_>) -> Self {
        let (state, report, lang) = (cx.state, cx.report, cx.lang());
        let head = running_head(report, lang);
        let compared = cx
            .earlier
            .map(|e| crate::dashboard::compare::change_line(e, report, lang));
        let foot =
            crate::dashboard::source::footer(state, report, compared.as_deref(), state.scale);
        let cols: Vec<Col> = FROZEN.into_iter().chain(scrolling(state)).collect();
        let rows = table_rows(cx, &cols);
        let sheet = crate::export::workbook::table::TableSheet::of(cx);
        let under_table = sheet.under_title;
        let bundled = Measure::new(crate::assets::BIZ_UDP_GOTHIC);
        // The bundled font's own advances: what egui lays the page out by.
        let width_of = |text: &str, size: f32| {
            bundled.as_ref().map_or_else(
                || figure::estimate_width(text, size),
                |m| m.width(text, size),
            )
        };
        let lines = |text: &str, size: f32, width: f32| {
            bundled.as_ref().map_or_else(
                || {
                    crate::dashboard::bar_text::count_at_least_one(
                        (figure::estimate_width(text, size) / width).ceil(),
                    )
                },
                |m| m.wrap(text, size, width).len(),
            )
        };
        let page_width = LANDSCAPE.x - 2.0 * MARGIN;
        let foot_lines: usize = foot.iter().map(|l| lines(l, SMALL, page_width)).sum();
        let widths = column_widths(
            &|t| width_of(t, SMALL),
            (&cols, &rows),
            (state.scale, lang),
            page_width,
        );
        let header_lines = cols
            .iter()
            .zip(&widths)
            .map(|(&c, &w)| lines(header_text(c, state.scale, lang), SMALL, w - 4.0))
            .max()
            .unwrap_or(1);
        let header_height = header_lines as f32 * SMALL_LINE + 2.0;
        let table_title = table_title(cx);
        let title_height =
            (lines(&table_title, 10.0, page_width) as f32 * 10.0 * 1.3 + 4.0).max(TABLE_HEADING);
        let legend = usize::from(rows.iter().any(|r| r.cells.iter().any(|c| c.derived)));
        let room = LANDSCAPE.y
            - 2.0 * MARGIN
            - HEAD
            - foot_height(foot_lines)
            - title_height
            - SMALL_LINE * (under_table.len().saturating_add(legend)) as f32
            - header_height;
        let rows_per_page =
            crate::dashboard::bar_text::count_at_least_one((room / TABLE_ROW).floor());
        let row = (room / rows.len().min(rows_per_page).max(1) as f32).clamp(TABLE_ROW, 11.0);
        let map = map_data(report, cx.shown, (state.map_metric, state.scale), lang);
        let chart = chart_data(
            report,
            cx.earlier,
            cx.shown,
            (state.metric, state.scale),
            state.chart_order,
            lang,
        );
        let changes = cx.earlier.map(|e| {
            let since = format_date(&e.meta.compiled.date, lang);
            (
                fill(texts(lang).pack.changes, &[("date", &since)]),
                crate::dashboard::summary::summary(report, e, state.metric, lang),
            )
        });
        let mut notes = Vec::new();
        if !report.meta.notes.is_empty() && report.notes_are_another_tables() {
            notes.push(notes_heading(report, lang));
        }
        notes.extend(report.meta.notes.iter().map(|n| note_line(report, n, lang)));
        Self {
            head,
            foot,
            cols,
            rows,
            under_table,
            table_title,
            widths,
            header_height,
            rows_per_page,
            row,
            map,
            chart,
            headline: headline(cx),
            changes,
            notes,
        }
    }

    /// How many pages the table takes (one for a table of 47).
    pub fn table_parts(&self) -> usize {
        self.rows.len().div_ceil(self.rows_per_page.max(1)).max(1)
    }

    /// How many pages the pack has.
    pub fn pages(&self) -> usize {
        self.table_parts().saturating_add(3)
    }
}

/// The height of the running foot of `lines` lines.
fn foot_height(lines: usize) -> f32 {
    lines as f32 * SMALL_LINE + 4.0
}

/// Text laid out in lines no wider than `width`, as paper sets it ([`broken`]).
fn galley(ui: &egui::Ui, words: &str, size: f32, width: f32) -> std::sync::Arc<egui::Galley> {
    broken(ui.painter(), words, FontId::proportional(size), INK, width)
}

/// Paints `words` at `at` (its top left) no wider than `width`; gives its height.
fn paragraph(ui: &egui::Ui, words: &str, (at, size, width): (Pos2, f32, f32)) -> f32 {
    let g = galley(ui, words, size, width);
    let height = g.size().y;
    ui.painter().galley(at, g, INK);
    height
}

/// The running head and foot of a page; gives the room between them.
fn frame(ui: &egui::Ui, plan: &Plan, page_no: &str) -> Rect {
    let page = ui.max_rect();
    let inner = page.shrink(MARGIN);
    let painter = ui.painter();
    painter.rect_filled(page, 0.0, Color32::WHITE);
    let font = FontId::proportional(SMALL);
    let number = painter.layout_no_wrap(page_no.to_owned(), font, INK);
    let number_width = number.size().x;
    painter.galley(pos2(inner.right() - number_width, inner.top()), number, INK);
    paragraph(
        ui,
        &plan.head,
        (inner.min, SMALL, inner.width() - number_width - 12.0),
    );
    let rule = inner.top() + HEAD - 4.0;
    painter.line_segment(
        [pos2(inner.left(), rule), pos2(inner.right(), rule)],
        Stroke::new(0.5, INK),
    );
    let lines: Vec<_> = plan
        .foot
        .iter()
        .map(|l| galley(ui, l, SMALL, inner.width()))
        .collect();
    let height: f32 = lines.iter().map(|g| g.size().y).sum();
    let mut y = inner.bottom() - height;
    painter.line_segment(
        [pos2(inner.left(), y - 3.0), pos2(inner.right(), y - 3.0)],
        Stroke::new(0.5, INK),
    );
    let top_of_foot = y - 4.0;
    for g in lines {
        let h = g.size().y;
        painter.galley(pos2(inner.left(), y), g, INK);
        y += h;
    }
    Rect::from_min_max(
        pos2(inner.left(), inner.top() + HEAD),
        pos2(inner.right(), top_of_foot),
    )
}

/// Page 1: the title, the headline figures (with ranks or the filtered sum), what changed when
/// compared, the notes, and the tile map of the chosen figure.
pub fn headline_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, plan: &Plan, page_no: &str) {
    let room = frame(ui, plan, page_no);
    let (report, lang) = (cx.report, cx.lang());
    let t = texts(lang);
    let width = room.width();
    let mut y = room.top();
    let date = format_date(&report.meta.compiled.date, lang);
    let title = fill(
        t.pack.title,
        &[("title", &report.meta.title.get(lang)), ("date", &date)],
    );
    y += paragraph(ui, &title, (pos2(room.left(), y), 14.0, width)) + 6.0;
    y += paragraph(
        ui,
        &plan.headline.heading,
        (pos2(room.left(), y), 11.0, width),
    ) + 3.0;
    y += grid(ui, &plan.headline, pos2(room.left(), y), width) + 3.0;
    if plan.headline.header.len() == 4 {
        let of = report.rows.len();
        let note = fill(t.sheet.derived, &[("of", &of)]);
        y += paragraph(ui, &note, (pos2(room.left(), y), SMALL, width)) + 4.0;
    }
    if let Some((heading, sentence)) = &plan.changes {
        y += paragraph(ui, heading, (pos2(room.left(), y), 11.0, width)) + 2.0;
        y += paragraph(ui, sentence, (pos2(room.left(), y), 9.0, width)) + 4.0;
    }
    for note in &plan.notes {
        y += paragraph(ui, note, (pos2(room.left(), y), SMALL, width));
    }
    y += 6.0;
    let map_rect = Rect::from_min_max(
        pos2(room.left() - 6.0, y),
        pos2(room.right() + 6.0, room.bottom()),
    );
    ui.scope_builder(UiBuilder::new().max_rect(map_rect), |ui| {
        // The tiles answer no click here: the commands go nowhere.
        let mut ignored = Vec::new();
        crate::ui::map::body_ui(ui, cx, &plan.map, &mut ignored, false);
    });
}

/// The headline's grid: the figures' names, then their values right-aligned; gives its height.
fn grid(ui: &egui::Ui, h: &Headline, at: Pos2, width: f32) -> f32 {
    let size = 9.5;
    let line = 14.0;
    let painter = ui.painter();
    let measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), FontId::proportional(size), INK)
            .size()
            .x
    };
    let first = h
        .rows
        .iter()
        .map(|r| r.first().map_or(0.0, |s| measure(s)))
        .chain(h.header.first().map(|s| measure(s)))
        .fold(0.0, f32::max)
        + 12.0;
    let others = h.header.len().saturating_sub(1).max(1) as f32;
    let column = ((width - first) / others).min(130.0);
    let mut y = at.y;
    let all = std::iter::once(&h.header).chain(&h.rows);
    for (i, cells) in all.enumerate() {
        if i % 2 == 1 {
            painter.rect_filled(
                Rect::from_min_size(pos2(at.x, y), vec2(first + column * others, line)),
                0.0,
                PRINT_STRIPE,
            );
        }
        for (c, text) in cells.iter().enumerate() {
            let derived = i > 0 && h.derived.get(c).copied().unwrap_or(false);
            let g = italic_galley(ui, text, FontId::proportional(size), derived);
            let middle = y + line / 2.0;
            if c == 0 {
                painter.galley(
                    Align2::LEFT_CENTER
                        .anchor_size(pos2(at.x + 2.0, middle), g.size())
                        .min,
                    g,
                    INK,
                );
            } else {
                let right = at.x + first + column * c as f32 - 4.0;
                painter.galley(
                    Align2::RIGHT_CENTER
                        .anchor_size(pos2(right, middle), g.size())
                        .min,
                    g,
                    INK,
                );
            }
        }
        if i == 0 {
            painter.line_segment(
                [
                    pos2(at.x, y + line),
                    pos2(at.x + first + column * others, y + line),
                ],
                Stroke::new(0.5, INK),
            );
        }
        y += line;
    }
    y - at.y
}

/// One line of text, in italics when derived.
fn italic_galley(
    ui: &egui::Ui,
    text: &str,
    font: FontId,
    italics: bool,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::default();
    job.append(
        text,
        0.0,
        egui::TextFormat {
            font_id: font,
            color: INK,
            italics,
            ..Default::default()
        },
    );
    ui.painter().layout_job(job)
}

/// A table page (landscape): its heading and what it shows, the header row, the rows of this
/// part with 計 (and the filtered sum) first, derived cells in italics.
pub fn table_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    plan: &Plan,
    (part, page_no): (usize, &str),
) {
    let room = frame(ui, plan, page_no);
    let lang = cx.lang();
    let t = texts(lang);
    let width = room.width();
    let parts = plan.table_parts();
    let title = if parts > 1 {
        let part_words = fill(
            t.pack.table_continued,
            &[("page", &part.saturating_add(1)), ("pages", &parts)],
        );
        plan.table_title
            .replacen(t.pack.table_heading, &part_words, 1)
    } else {
        plan.table_title.clone()
    };
    let mut y = room.top();
    // The title's last line 4 pt clear of what follows, as a one-line title is.
    y += (paragraph(ui, &title, (pos2(room.left(), y), 10.0, width)) + 4.0).max(TABLE_HEADING);
    for line in &plan.under_table {
        y += paragraph(ui, line, (pos2(room.left(), y), SMALL, width));
    }
    if plan.rows.iter().any(|r| r.cells.iter().any(|c| c.derived)) {
        y += paragraph(
            ui,
            t.pack.derived_legend,
            (pos2(room.left(), y), SMALL, width),
        );
    }
    let rows: Vec<&TextRow> = plan
        .rows
        .iter()
        .skip(part.saturating_mul(plan.rows_per_page))
        .take(plan.rows_per_page)
        .collect();
    let widths = plan.widths.clone();
    let lefts: Vec<f32> = widths
        .iter()
        .scan(room.left(), |x, w| {
            let left = *x;
            *x += w;
            Some(left)
        })
        .collect();
    let columns = Columns {
        cols: &plan.cols,
        lefts: &lefts,
        widths: &widths,
    };
    let header_bottom = y + plan.header_height;
    header_ui(ui, &columns, header_bottom, (cx.scale(), lang));
    body_ui(ui, cx, (plan, &columns), &rows, header_bottom);
}

/// Where the table's columns stand.
struct Columns<'a> {
    cols: &'a [Col],
    lefts: &'a [f32],
    widths: &'a [f32],
}

impl Columns<'_> {
    fn left(&self) -> f32 {
        self.lefts.first().copied().unwrap_or(0.0)
    }

    fn right(&self) -> f32 {
        self.left() + self.widths.iter().sum::<f32>()
    }
}

/// Each column as wide as its widest cell, its header's longest Latin word (not broken) and
/// its header up to four em, measured by `measure`; what is left of `width` shared out.
fn column_widths(
    measure: &dyn Fn(&str) -> f32,
    (cols, rows): (&[Col], &[TextRow]),
    (scale, lang): (crate::report::scale::Scale, crate::lang::Lang),
    width: f32,
) -> Vec<f32> {
    let mut widths: Vec<f32> = cols
        .iter()
        .enumerate()
        .map(|(c, &col)| {
            let cells = rows
                .iter()
                .filter_map(|r| r.cells.get(c))
                .map(|cell| measure(&cell.text))
                .fold(0.0, f32::max);
            let header = header_text(col, scale, lang);
            let word = header
                .split_whitespace()
                .filter(|w| w.is_ascii())
                .map(measure)
                .fold(0.0, f32::max);
            cells.max(word).max(measure(header).min(4.0 * SMALL)) + 6.0
        })
        .collect();
    let natural: f32 = widths.iter().sum();
    if natural < width {
        let extra = (width - natural) / widths.len().max(1) as f32;
        for w in &mut widths {
            *w += extra;
        }
    }
    widths
}

/// The table page's title: 「表　{title}（{date}時点）」.
fn table_title(cx: &ViewContext<'_>) -> String {
    let (report, lang) = (cx.report, cx.lang());
    let t = texts(lang);
    let date = format_date(&report.meta.compiled.date, lang);
    // Per 100,000 people the title says so: the table's figures are not the source's.
    let scale = cx.scale().suffix(lang);
    format!(
        "{}　{}{scale}",
        t.pack.table_heading,
        fill(
            t.workbook.title,
            &[("title", &report.meta.title.get(lang)), ("date", &date)]
        )
    )
}

/// The header row: each header's words broken to its column's width, set at the row's foot
/// (figures at the right, as their digits).
fn header_ui(
    ui: &egui::Ui,
    columns: &Columns<'_>,
    bottom: f32,
    (scale, lang): (crate::report::scale::Scale, crate::lang::Lang),
) {
    let painter = ui.painter();
    let font = FontId::proportional(SMALL);
    for ((&col, &left), &w) in columns.cols.iter().zip(columns.lefts).zip(columns.widths) {
        let g = broken(
            painter,
            header_text(col, scale, lang),
            font.clone(),
            INK,
            w - 4.0,
        );
        let x = if col.is_numeric() {
            left + w - 3.0 - g.size().x
        } else {
            left + 2.0
        };
        painter.galley(pos2(x, bottom - 1.0 - g.size().y), g, INK);
    }
    painter.line_segment(
        [pos2(columns.left(), bottom), pos2(columns.right(), bottom)],
        Stroke::new(0.6, INK),
    );
}

/// The rows from `top`: striped, the selected prefecture outlined, a rule under the totals.
fn body_ui(
    ui: &egui::Ui,
    cx: &ViewContext<'_>,
    (plan, columns): (&Plan, &Columns<'_>),
    rows: &[&TextRow],
    top: f32,
) {
    let painter = ui.painter();
    let font = FontId::proportional(SMALL);
    let (left, right) = (columns.left(), columns.right());
    let rule = |y: f32, width: f32| {
        painter.line_segment([pos2(left, y), pos2(right, y)], Stroke::new(width, INK));
    };
    let mut y = top;
    for (i, row) in rows.iter().enumerate() {
        let band = Rect::from_min_max(pos2(left, y), pos2(right, y + plan.row));
        if i % 2 == 1 {
            painter.rect_filled(band, 0.0, PRINT_STRIPE);
        }
        if matches!(row.kind, RowKind::Prefecture(c) if Some(c) == cx.state.selected) {
            painter.rect_stroke(band, 0.0, Stroke::new(0.8, INK), egui::StrokeKind::Inside);
        }
        let middle = y + plan.row / 2.0;
        let cells = row.cells.iter().zip(columns.cols);
        for ((cell, &col), (&x, &w)) in cells.zip(columns.lefts.iter().zip(columns.widths)) {
            let g = italic_galley(ui, &cell.text, font.clone(), cell.derived);
            let at = if col.is_numeric() {
                Align2::RIGHT_CENTER.anchor_size(pos2(x + w - 3.0, middle), g.size())
            } else {
                Align2::LEFT_CENTER.anchor_size(pos2(x + 2.0, middle), g.size())
            };
            painter.galley(at.min, g, INK);
        }
        y += plan.row;
        let next = rows.get(i.saturating_add(1)).map(|r| r.kind);
        if !matches!(row.kind, RowKind::Prefecture(_)) && next != Some(RowKind::FilteredSum) {
            rule(y, 0.5);
        }
    }
    rule(y, 0.6);
    // The rules between the columns, light.
    for &x in columns.lefts.iter().skip(1) {
        painter.line_segment([pos2(x, top), pos2(x, y)], Stroke::new(0.3, PRINT_GRID));
    }
}

/// The bar chart page: the printed chart for the A4 text width (its lines under it left to the
/// page's foot), centred.
pub fn chart_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, plan: &Plan, page_no: &str) {
    let room = frame(ui, plan, page_no);
    let mut figure_plan = figure::plan(ChartLayout::A4, &plan.chart, cx.state, cx.report);
    figure_plan.footer.clear();
    let left = room.left() + ((room.width() - figure_plan.width) / 2.0).max(0.0);
    let at = Rect::from_min_max(
        pos2(left, room.top()),
        pos2(left + figure_plan.width, room.bottom()),
    );
    ui.scope_builder(UiBuilder::new().max_rect(at), |ui| {
        crate::export::page::figure_ui(ui, &figure_plan, &plan.chart, cx.state.selected);
    });
}

/// The last page without a selected prefecture: the notice's contacts, each with what it is
/// for, how to reach it and when, then every prefecture's nurse centre in three columns.
pub fn contacts_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, plan: &Plan, page_no: &str) {
    let room = frame(ui, plan, page_no);
    let lang = cx.lang();
    let t = texts(lang);
    let sheet = crate::export::workbook::lists::contacts(cx.report, lang);
    let width = room.width();
    let mut y = room.top();
    y += paragraph(
        ui,
        t.pack.contacts_heading,
        (pos2(room.left(), y), 14.0, width),
    ) + 4.0;
    let mut blocks = sheet.blocks.iter();
    if let Some(contacts) = blocks.next() {
        y += paragraph(ui, &contacts.title, (pos2(room.left(), y), 10.0, width)) + 3.0;
        for row in &contacts.rows {
            let name: Vec<&str> = row
                .iter()
                .take(3)
                .map(String::as_str)
                .filter(|s| !s.is_empty())
                .collect();
            y += paragraph(ui, &name.join("　"), (pos2(room.left(), y), 9.5, width)) + 1.0;
            for (label, value) in contacts.header.iter().zip(row).skip(3) {
                if value.trim().is_empty() {
                    continue;
                }
                let line = fill(
                    t.pack.labelled,
                    &[("label", label), ("value", &value.replace('\n', "　"))],
                );
                y += paragraph(ui, &line, (pos2(room.left() + 10.0, y), 8.5, width - 10.0));
            }
            y += 4.0;
        }
        if let Some(source) = &contacts.source {
            y += paragraph(ui, source, (pos2(room.left(), y), SMALL, width)) + 4.0;
        }
    }
    if let Some(centres) = blocks.next() {
        y += paragraph(ui, &centres.title, (pos2(room.left(), y), 10.0, width)) + 3.0;
        let per_column = centres.rows.len().div_ceil(3).max(1);
        let column = width / 3.0;
        let line = 11.0;
        for (i, row) in centres.rows.iter().enumerate() {
            let (c, r) = (
                i.checked_div(per_column).unwrap_or(0),
                i.checked_rem(per_column).unwrap_or(0),
            );
            let at = pos2(room.left() + c as f32 * column, y + r as f32 * line);
            paragraph(ui, &row.join(" "), (at, 8.5, column - 6.0));
        }
        y += per_column as f32 * line + 3.0;
        if let Some(source) = &centres.source {
            paragraph(ui, source, (pos2(room.left(), y), SMALL, width));
        }
    }
}
