//! The sheets written with `rust_xlsxwriter`: formats, widths that fit the text, the print
//! setup (A4 landscape, one page wide, the title and date in the page header, page numbers in
//! the footer, the header row on every page).

use rust_xlsxwriter::{
    Color, Format, FormatAlign, FormatBorder, Note, Workbook, Worksheet, XlsxError,
};

use super::lists::{Block, ListSheet};
use super::table::{Col, Row, RowKind, TableSheet, Value};
use super::widths::{BODY, Header, LINE, SIDE_MARGIN, fits_one_line, lines_in, table_layout};
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// The font of every cell: the app's own, which Windows 10 and later have (BIZ UDPゴシック).
const FONT: &str = "BIZ UDPGothic";
/// The font of figures, codes and phones: the same family's half-width digits (BIZ UDゴシック,
/// also in Windows 10 and later), three tenths narrower than BIZ UDPゴシック's and of one width,
/// so that columns of numbers line up and a wide table prints larger.
const FIGURES: &str = "BIZ UDGothic";
/// The title's size, in points.
const TITLE: f64 = 14.0;
/// 「#,##0」: counts with separators, as the window prints them (9,828).
const COUNT: &str = "#,##0";
/// One decimal with separators (a figure per 100,000 people, a quotient).
const TENTHS: &str = "#,##0.0";
/// A change with its sign, a fall in red (+12, -3, ±0), as the window prints it.
const CHANGE: &str = "+#,##0;[Red]-#,##0;\"±0\"";

fn base() -> Format {
    Format::new().set_font_name(FONT).set_font_size(BODY)
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

/// A–4 landscape, one page wide, narrow side margins (a quarter inch), the title and date at
/// the top of every page and its number at the bottom.
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
        .set_margins(SIDE_MARGIN, SIDE_MARGIN, 0.6, 0.6, 0.3, 0.3)
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

/// A title too long for one line across the columns of `widths` whose name alone fits one:
/// its date (「（2021年5月19日時点）」, " (as of 2021-05-19)") on the next line, not broken
/// inside.
fn date_on_its_own_line(title: &str, widths: &[f64]) -> String {
    let Some(at) = title.rfind(['（', '(']).filter(|&at| at > 0) else {
        return title.to_owned();
    };
    let (name, date) = title.split_at(at);
    let name = name.trim_end();
    if !fits_one_line(title, TITLE, widths) && fits_one_line(name, TITLE, widths) {
        format!("{name}\n{date}")
    } else {
        title.to_owned()
    }
}

/// The first sheet.
pub(super) fn table_sheet(
    book: &mut Workbook,
    t: &TableSheet,
    lang: Lang,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(texts(lang).workbook.sheet_table)?;
    let layout = table_layout(t);
    let widths = &layout.widths;
    for (i, w) in widths.iter().enumerate() {
        sheet.set_column_width(next(i), *w)?;
    }
    let total_width: f64 = widths.iter().sum::<f64>();
    let cols: u16 = next(t.columns.len());
    let mut row: u32 = 0;
    let title = base().set_bold().set_font_size(TITLE);
    let title_text = date_on_its_own_line(&t.title, widths);
    wide_line(sheet, (row, cols, total_width), &title_text, &title, TITLE)?;
    for line in &t.under_title {
        row = row.saturating_add(1);
        wide_line(sheet, (row, cols, total_width), line, &base(), BODY)?;
    }
    row = row.saturating_add(2);
    let header_row = row;
    let header = base()
        .set_bold()
        .set_text_wrap()
        .set_border_bottom(FormatBorder::Thin)
        .set_background_color(Color::RGB(0x00F2_F2F2));
    // Across: centred; upright (a wide English table): reading upwards from the values.
    let header = match layout.header {
        Header::Across => header
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter),
        Header::Upright { .. } => header
            .set_rotation(90)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::Bottom),
    };
    for (i, text) in t.headers.iter().enumerate() {
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
    }
    // Calc keeps the heights an .xlsx gives (Excel would fit them): each row as tall as its
    // text needs in Excel's widths.
    sheet.set_row_height(row, layout.header_points(t))?;
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
        if col.in_figures_font() {
            format = format.set_font_name(FIGURES);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_puts_its_date_on_a_line_of_its_own_when_its_name_fits_one() {
        let title = "Return-to-work support for inactive nurses (as of 2021-06-30)";
        // 40 columns of 8 units: room for it all on one line.
        assert_eq!(date_on_its_own_line(title, &[8.0; 40]), title);
        // 10 columns: the name fits, the date goes under it, whole.
        assert_eq!(
            date_on_its_own_line(title, &[8.0; 10]),
            "Return-to-work support for inactive nurses\n(as of 2021-06-30)"
        );
        // A title that is all parenthesis has no name to put before it.
        let bare = "(as of 2021-06-30, a made-up long title in parentheses only)";
        assert_eq!(date_on_its_own_line(bare, &[8.0; 4]), bare);
        // 4 columns: not even the name fits; the cell wraps it as it can.
        assert_eq!(date_on_its_own_line(title, &[8.0; 4]), title);
        assert_eq!(
            date_on_its_own_line("累計（2021年5月19日時点）", &[4.0; 4]),
            "累計\n（2021年5月19日時点）"
        );
    }
}
