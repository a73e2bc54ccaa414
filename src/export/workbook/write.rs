//! The sheets written with `rust_xlsxwriter`: formats, widths that fit the text, the print
//! setup (A4 landscape, one page wide, the title and date in the page header, page numbers in
//! the footer, the header row on every page).

use rust_xlsxwriter::{
    Color, Format, FormatAlign, FormatBorder, Note, Workbook, Worksheet, XlsxError,
};

use super::lists::{Block, ListSheet};
use super::table::{Col, Row, RowKind, TableSheet, Value};
use crate::export::contact_sheet::font::Measure;
use crate::lang::Lang;
use crate::texts::{fill, format_count, texts};
use std::sync::OnceLock;

/// The font of every cell: the app's own, which Windows 10 and later have (BIZ UDPゴシック).
const FONT: &str = "BIZ UDPGothic";
/// The body text's size, in points.
const BODY: f64 = 11.0;
/// The title's size, in points.
const TITLE: f64 = 14.0;
/// A row of one line of body text, in points.
const LINE: f64 = 15.0;
/// The width printed on A4 landscape between margins of 0.4 inch, in pixels at 96 dpi: what
/// columns fill before the page is scaled down to fit.
const PAGE_PIXELS: f64 = 1045.0;
/// The smallest text a printed table should have, in points (fitted to one page wide).
const MIN_PRINT: f64 = 8.0;
/// 「#,##0」: counts with separators, as the window prints them (9,828).
const COUNT: &str = "#,##0";
/// One decimal with separators (a figure per 100,000 people, a quotient).
const TENTHS: &str = "#,##0.0";
/// A change with its sign, a fall in red (+12, -3, ±0), as the window prints it.
const CHANGE: &str = "+#,##0;[Red]-#,##0;\"±0\"";

fn base() -> Format {
    Format::new().set_font_name(FONT).set_font_size(BODY)
}

/// The width of `text` in ems of the body font: full-width characters one em, others about
/// six tenths (digits, Latin letters, separators).
fn ems(text: &str) -> f64 {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| if u32::from(c) >= 0x2E80 { 1.0 } else { 0.6 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

/// The bundled font's advances (the cells' font), read once.
fn font() -> Option<&'static Measure<'static>> {
    static FONT: OnceLock<Option<Measure<'static>>> = OnceLock::new();
    FONT.get_or_init(|| Measure::new(crate::assets::BIZ_UDP_GOTHIC))
        .as_ref()
}

/// The width of a text cell (a name, a phone) in ems: by the font's own advances, never less
/// than [`ems`] says. A text wider than its column is cut off at the next cell, unlike a
/// number, which Excel would show as ###.
fn text_ems(text: &str) -> f64 {
    let measured = font().map_or(0.0, |m| {
        text.lines()
            .map(|l| f64::from(m.width(l, 1.0)))
            .fold(0.0, f64::max)
    });
    ems(text).max(measured)
}

/// Excel's column units for `ems` of the body font (a unit is the width of a digit of the
/// workbook's default font, about 7 px; an em of 11 pt is 14.7 px), with the cell's padding.
fn units(ems: f64) -> f64 {
    ems * 2.1 + 1.2
}

/// The longest piece of `text` that a wrap cannot break: a word of Latin letters or digits
/// (Japanese breaks between any two characters).
fn unbreakable_ems(text: &str) -> f64 {
    text.split(|c: char| c.is_whitespace() || u32::from(c) >= 0x2E80)
        .map(ems)
        .fold(0.0, f64::max)
}

/// The longest number in `text` (100,000): a header never breaks one.
fn number_ems(text: &str) -> f64 {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(ems)
        .fold(0.0, f64::max)
}

/// A cell's value as the window prints it (for widths; the cell itself holds the number).
pub(super) fn shown(v: &Value) -> String {
    match v {
        Value::Empty => String::new(),
        Value::Text(s) => s.clone(),
        Value::Count(n) => format_count(*n),
        Value::Tenths(t) => t.to_string(),
        Value::Change(c) => crate::report::compare::format_change(*c),
    }
}

/// Lines that `text` takes in a cell `width_units` wide.
fn lines_in(text: &str, width_units: f64) -> f64 {
    let room = ((width_units - 1.5) / 2.1).max(1.0);
    text.lines()
        .map(|l| (ems(l) / room).ceil().max(1.0))
        .sum::<f64>()
        .max(1.0)
}

/// Counts a row or column index on (never past Excel's limits: the sheets are small).
fn next<T: TryFrom<usize> + Default>(i: usize) -> T {
    T::try_from(i).unwrap_or_default()
}

/// A line of text across all `cols` columns, wrapped, as tall as it needs.
fn wide_line(
    sheet: &mut Worksheet,
    (row, cols, width): (u32, u16, f64),
    text: &str,
    format: &Format,
    size: f64,
) -> Result<(), XlsxError> {
    let format = format.clone().set_text_wrap().set_align(FormatAlign::Top);
    let last = cols.saturating_sub(1);
    if last == 0 {
        sheet.write_string_with_format(row, 0, text, &format)?;
    } else {
        sheet.merge_range(row, 0, row, last, text, &format)?;
    }
    let lines = lines_in(text, width * BODY / size);
    sheet.set_row_height(row, lines * LINE * size / BODY + 2.0)?;
    Ok(())
}

/// A–4 landscape, one page wide, margins of a centimetre, the title and date at the top of
/// every page and its number at the bottom.
fn print_setup(sheet: &mut Worksheet, (left, right): (&str, &str), lang: Lang) {
    let escape = |s: &str| s.replace('&', "&&");
    let footer = fill(
        texts(lang).workbook.page_footer,
        &[("page", &"&P"), ("pages", &"&N")],
    );
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3)
        .set_header(format!("&L{}&R{}", escape(left), escape(right)))
        .set_footer(format!(
            "&C{}",
            escape(&footer).replace("&&P", "&P").replace("&&N", "&N")
        ));
}

/// The number format of a column's values.
fn number_format(col: Col) -> &'static str {
    match col {
        Col::Change(_) => CHANGE,
        Col::PerCapita(_) | Col::SeekersPerOpening | Col::VaccinationShare => TENTHS,
        Col::Code | Col::Name | Col::Phone | Col::Figure(_) | Col::Population => COUNT,
    }
}

/// The widths of the table's columns: each as wide as its widest value and its header's
/// longest word, then the room left on a page given, a unit at a time, to the header that
/// wraps on the most lines, until none takes more than two.
fn table_widths(t: &TableSheet) -> Vec<f64> {
    let data: Vec<f64> = (0..t.columns.len())
        .map(|i| {
            t.rows
                .iter()
                .filter_map(|r| r.cells.get(i))
                .map(|v| match v {
                    Value::Text(text) => text_ems(text),
                    v => ems(&shown(v)),
                })
                .fold(0.0, f64::max)
        })
        .collect();
    let header = |i: usize| t.headers.get(i).map_or("", String::as_str);
    // Each column as wide as its values, its header's longest word (up to five em) and any
    // number in its header (100,000 is never broken).
    let least: Vec<f64> = data
        .iter()
        .enumerate()
        .map(|(i, d)| units(d.max(number_ems(header(i))).max(2.0)))
        .collect();
    let mut widths: Vec<f64> = data
        .iter()
        .enumerate()
        .map(|(i, d)| units(d.max(unbreakable_ems(header(i)).min(5.0))))
        .zip(&least)
        .map(|(w, l)| w.max(*l))
        .collect();
    // Excel's column of `w` units is `7w + 5` pixels (the workbook's default font, Calibri 11).
    let pixels = |w: &[f64]| w.iter().map(|u| 7.0 * u + 5.0).sum::<f64>();
    // A table that would print under 8 pt fitted to one page wide (a wide one in English)
    // narrows the columns its header's words widen most, half a unit at a time, down to
    // three em of words: those words wrap inside, shorter ones stay whole. Calc lays a table
    // out up to a tenth wider than these units say (measured): the budget keeps that margin.
    let legible = PAGE_PIXELS * BODY / MIN_PRINT / 1.1;
    let floor: Vec<f64> = least.iter().map(|l| l.max(units(3.0))).collect();
    while pixels(&widths) > legible {
        let widest = (0..widths.len())
            .filter(|&i| widths.get(i) > floor.get(i))
            .max_by(|&a, &b| {
                let slack = |i: usize| widths.get(i).unwrap_or(&0.0) - least.get(i).unwrap_or(&0.0);
                slack(a).total_cmp(&slack(b))
            });
        let Some(i) = widest else { break };
        if let (Some(w), Some(f)) = (widths.get_mut(i), floor.get(i)) {
            *w = (*w - 0.5).max(*f);
        }
    }
    let lines = |w: &[f64], i: usize| {
        lines_in(
            t.headers.get(i).map_or("", String::as_str),
            w.get(i).copied().unwrap_or(1.0),
        )
    };
    // Excel's column of `w` units is `7w + 5` pixels (the workbook's default font, Calibri 11).
    let room = (PAGE_PIXELS - 5.0 * widths.len() as f64) / 7.0 * 0.97;
    while widths.iter().sum::<f64>() + 1.0 <= room {
        let most =
            (0..widths.len()).max_by(|&a, &b| lines(&widths, a).total_cmp(&lines(&widths, b)));
        match most {
            Some(i) if lines(&widths, i) > 2.0 => {
                if let Some(w) = widths.get_mut(i) {
                    *w += 1.0;
                }
            }
            _ => break,
        }
    }
    widths
}

/// The first sheet.
pub(super) fn table_sheet(
    book: &mut Workbook,
    t: &TableSheet,
    lang: Lang,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(texts(lang).workbook.sheet_table)?;
    let widths = table_widths(t);
    for (i, w) in widths.iter().enumerate() {
        sheet.set_column_width(next(i), *w)?;
    }
    let total_width: f64 = widths.iter().sum::<f64>();
    let cols: u16 = next(t.columns.len());
    let mut row: u32 = 0;
    let title = base().set_bold().set_font_size(TITLE);
    wide_line(sheet, (row, cols, total_width), &t.title, &title, TITLE)?;
    for line in &t.under_title {
        row = row.saturating_add(1);
        wide_line(sheet, (row, cols, total_width), line, &base(), BODY)?;
    }
    row = row.saturating_add(2);
    let header_row = row;
    let header = base()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border_bottom(FormatBorder::Thin)
        .set_background_color(Color::RGB(0x00F2_F2F2));
    let mut header_lines: f64 = 1.0;
    for (i, (text, w)) in t.headers.iter().zip(&widths).enumerate() {
        let col = t.columns.get(i).copied().unwrap_or(Col::Code);
        let format = if col.is_derived() {
            header.clone().set_italic()
        } else {
            header.clone()
        };
        sheet.write_string_with_format(row, next(i), text, &format)?;
        if let Some(Some(comment)) = t.comments.get(i) {
            sheet.insert_note(
                row,
                next(i),
                &Note::new(comment)
                    .add_author_prefix(false)
                    .set_width(360)
                    .set_height(140),
            )?;
        }
        header_lines = header_lines.max(lines_in(text, *w));
    }
    // Calc keeps the heights an .xlsx gives (Excel would fit them): each row as tall as its
    // text needs in Excel's widths.
    sheet.set_row_height(row, header_lines * LINE + 4.0)?;
    for r in &t.rows {
        row = row.saturating_add(1);
        data_row(sheet, row, r, &t.columns)?;
    }
    sheet.set_freeze_panes(header_row.saturating_add(1), 2)?;
    sheet.set_repeat_rows(header_row, header_row)?;
    row = row.saturating_add(1);
    let small = base();
    for line in &t.lines {
        row = row.saturating_add(1);
        wide_line(sheet, (row, cols, total_width), line, &small, BODY)?;
    }
    sheet.set_print_area(0, 0, row, cols.saturating_sub(1))?;
    print_setup(sheet, (&t.short_title, &t.date), lang);
    Ok(())
}

/// A row of the table: codes and phones as text, figures as numbers in their formats, derived
/// columns and the filtered sum in italics, 計 in bold.
fn data_row(sheet: &mut Worksheet, row: u32, r: &Row, cols: &[Col]) -> Result<(), XlsxError> {
    for (i, (v, &col)) in r.cells.iter().zip(cols).enumerate() {
        let mut format = base();
        if col.is_derived() || r.kind == RowKind::FilteredSum {
            format = format.set_italic();
        }
        if r.kind != RowKind::Prefecture {
            format = format.set_bold();
        }
        let c: u16 = next(i);
        match v {
            Value::Empty => sheet.write_blank(row, c, &format)?,
            Value::Text(s) if col == Col::Code => {
                let format = format.set_num_format("@").set_align(FormatAlign::Center);
                sheet.write_string_with_format(row, c, s, &format)?
            }
            Value::Text(s) => {
                let format = format.set_num_format("@");
                // The phone after a column of figures: a space between them.
                let format = if col == Col::Phone {
                    format.set_indent(1)
                } else {
                    format
                };
                sheet.write_string_with_format(row, c, s, &format)?
            }
            Value::Count(n) => sheet.write_number_with_format(
                row,
                c,
                f64::from(*n),
                &format.set_num_format(COUNT),
            )?,
            Value::Tenths(t) => sheet.write_number_with_format(
                row,
                c,
                t.to_f64(),
                &format.set_num_format(number_format(col)),
            )?,
            Value::Change(n) => {
                #[expect(clippy::cast_precision_loss, reason = "changes of u32 counts: exact")]
                let n = *n as f64;
                sheet.write_number_with_format(row, c, n, &format.set_num_format(CHANGE))?
            }
        };
    }
    Ok(())
}

/// A list sheet: each block's title, its header and its rows (wrapped, as tall as they need),
/// the source under it.
pub(super) fn list_sheet(
    book: &mut Workbook,
    list: &ListSheet,
    (title, date): (&str, &str),
    lang: Lang,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(&list.name)?;
    let cols = list
        .blocks
        .iter()
        .map(|b| b.widths.len())
        .max()
        .unwrap_or(1);
    let mut widths = vec![0.0_f64; cols];
    for b in &list.blocks {
        for (w, bw) in widths.iter_mut().zip(&b.widths) {
            *w = w.max(*bw);
        }
    }
    for (i, w) in widths.iter().enumerate() {
        sheet.set_column_width(next(i), *w)?;
    }
    let total: f64 = widths.iter().sum();
    let cols16: u16 = next(cols);
    let mut row: u32 = 0;
    for (n, b) in list.blocks.iter().enumerate() {
        if n > 0 {
            row = row.saturating_add(2);
        }
        row = block(sheet, row, b, (&widths, cols16, total))?;
    }
    sheet.set_print_area(0, 0, row, cols16.saturating_sub(1))?;
    print_setup(sheet, (title, date), lang);
    Ok(())
}

/// One block from `row`; returns its last row.
fn block(
    sheet: &mut Worksheet,
    mut row: u32,
    b: &Block,
    (widths, cols, total): (&[f64], u16, f64),
) -> Result<u32, XlsxError> {
    let title = base().set_bold().set_font_size(13.0);
    wide_line(sheet, (row, cols, total), &b.title, &title, 13.0)?;
    row = row.saturating_add(1);
    let header = base()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
        .set_border_bottom(FormatBorder::Thin)
        .set_background_color(Color::RGB(0x00F2_F2F2));
    for (i, h) in b.header.iter().enumerate() {
        sheet.write_string_with_format(row, next(i), h, &header)?;
    }
    let cell = base().set_text_wrap().set_align(FormatAlign::Top);
    for r in &b.rows {
        row = row.saturating_add(1);
        let mut lines: f64 = 1.0;
        for (i, text) in r.iter().enumerate() {
            let format = if b.text_columns.contains(&i) {
                cell.clone().set_num_format("@")
            } else {
                cell.clone()
            };
            sheet.write_string_with_format(row, next(i), text, &format)?;
            lines = lines.max(lines_in(text, widths.get(i).copied().unwrap_or(10.0)));
        }
        // Calc keeps the heights an .xlsx gives: as tall as the text needs in Excel's widths.
        sheet.set_row_height(row, lines * LINE + 3.0)?;
    }
    if let Some(source) = &b.source {
        row = row.saturating_add(1);
        wide_line(sheet, (row, cols, total), source, &base(), BODY)?;
    }
    Ok(row)
}
