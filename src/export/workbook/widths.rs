//! How wide the table's columns are and how its header row is set, so that the sheet prints one
//! A4 landscape page wide with its text at 8 pt or more: every value measured in the cells'
//! font (a number that does not fit would show as ###), the headers wrapped inside their
//! columns, and, when words of the headers would have to break to fit (a wide English table),
//! the header row turned upright so that the columns are as wide as their values.

use super::table::{Col, TableSheet, Value};
use crate::export::contact_sheet::font::Measure;
use std::sync::OnceLock;

/// The body text's size, in points.
pub(super) const BODY: f64 = 11.0;
/// A row of one line of body text, in points.
pub(super) const LINE: f64 = 15.0;
/// The width printed on A4 landscape (11.69 in) between margins of a quarter inch (Excel's
/// "narrow"), in pixels at 96 dpi: what columns fill before the page is scaled down to fit.
pub(super) const PAGE_PIXELS: f64 = 1074.0;
/// The left and right margins, in inches.
pub(super) const SIDE_MARGIN: f64 = 0.25;
/// The smallest text a printed table should have, in points (fitted to one page wide).
const MIN_PRINT: f64 = 8.0;
/// Excel's column units in an em of the body font: a unit is the width of a digit of the
/// workbook's default font (Calibri 11, 7 px); an em of 11 pt is 14.67 px.
const UNITS_PER_EM: f64 = 14.667 / 7.0;
/// Room beside a value inside its cell, in units, on top of the 5 px Excel gives every column.
const PAD: f64 = 0.5;
/// A figure is measured this much wider than the font says: Excel draws on the screen's pixel
/// grid (a half-width digit of 11 pt, 7.5 px, may take 8), and a number a pixel too wide
/// prints as ###.
const SAFETY: f64 = 1.07;
/// The phone's indent (a space after the figures before it), in ems: Excel indents a level
/// by about the width of three of its default font's spaces.
const INDENT: f64 = 1.0;
/// Calc lays an .xlsx's columns out wider than Excel: its unit is the default font's digit
/// unrounded (Carlito's, 7.4 px), Excel's 7 px.
const CALC: f64 = 1.06;

/// The width of `text` in ems of the body font: full-width characters one em, others about
/// six tenths (digits, Latin letters, separators).
pub(super) fn ems(text: &str) -> f64 {
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

/// The width of a text in ems: by the font's own advances (its widest line), never less than
/// [`ems`] says.
fn text_ems(text: &str) -> f64 {
    let measured = font().map_or(0.0, |m| {
        text.lines()
            .map(|l| f64::from(m.width(l, 1.0)))
            .fold(0.0, f64::max)
    });
    ems(text).max(measured)
}

/// The width of a figure, a code or a phone in ems of the figures' font (BIZ UDゴシック: every
/// half-width character half an em, others one).
pub(super) fn figure_ems(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum()
}

/// Excel's column units for `ems` of the body font, with the cell's padding.
pub(super) fn units(ems: f64) -> f64 {
    ems * UNITS_PER_EM + PAD
}

/// The pixels a column of `units` takes at 96 dpi (Excel's `7w + 5`).
fn pixels(units: &[f64]) -> f64 {
    units.iter().map(|u| 7.0 * u + 5.0).sum()
}

/// The longest piece of `text` that a wrap cannot break: a word of Latin letters or digits
/// (Japanese breaks between any two characters).
fn unbreakable_ems(text: &str) -> f64 {
    text.split(|c: char| c.is_whitespace() || u32::from(c) >= 0x2E80)
        .map(text_ems)
        .fold(0.0, f64::max)
}

/// Whether `text` has a word that no wrap may break narrower than `ems` (a Latin word).
fn breaks_a_word(text: &str, ems: f64) -> bool {
    unbreakable_ems(text) > ems
}

/// Lines that `text` takes in a cell `width_units` wide.
pub(super) fn lines_in(text: &str, width_units: f64) -> f64 {
    let room = ((width_units - PAD) / UNITS_PER_EM).max(1.0);
    text.lines()
        .map(|l| (ems(l) / room).ceil().max(1.0))
        .sum::<f64>()
        .max(1.0)
}

/// Whether `text` in bold at `size` points fits one line across columns of `widths` units
/// (by the font's advances, a twentieth added for the bold).
pub(super) fn fits_one_line(text: &str, size: f64, widths: &[f64]) -> bool {
    text_ems(text) * size * 96.0 / 72.0 * 1.05 <= pixels(widths) - 2.0 * PAD * 7.0
}

/// Lines that `text` takes wrapped at its spaces (and between wide characters) in `width_ems`.
fn wrapped_lines(text: &str, width_ems: f64) -> usize {
    #[expect(clippy::cast_possible_truncation, reason = "a header's width in ems")]
    let width = width_ems as f32;
    font().map_or_else(
        || text.lines().count().max(1),
        |m| m.wrap(text, 1.0, width).len(),
    )
}

/// The header row: across, as many lines as its longest header needs; or turned to read
/// upwards (90°), as tall as `height` ems of text, each header wrapped in that height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Header {
    /// Across its columns.
    Across,
    /// Upright, `height` ems tall.
    Upright {
        /// The height of the row's text, in ems of the body font.
        height: f64,
    },
}

/// The widths of the table's columns (Excel's units) and how its header row is set.
pub(super) struct Layout {
    /// A column's width.
    pub widths: Vec<f64>,
    /// The header row.
    pub header: Header,
}

impl Layout {
    /// The header row's height in points, for `header_lines` lines across.
    pub fn header_points(&self, t: &TableSheet) -> f64 {
        match self.header {
            Header::Across => {
                let lines = t
                    .headers
                    .iter()
                    .zip(&self.widths)
                    .map(|(h, w)| lines_in(h, *w))
                    .fold(1.0, f64::max);
                lines * LINE + 4.0
            }
            Header::Upright { height } => height * BODY + 8.0,
        }
    }
}

/// The widest value of each column, in ems.
fn value_ems(t: &TableSheet) -> Vec<f64> {
    (0..t.columns.len())
        .map(|i| {
            t.rows
                .iter()
                .filter_map(|r| r.cells.get(i))
                .map(|v| match (v, t.columns.get(i)) {
                    (Value::Empty, _) => 0.0,
                    (Value::Text(text), Some(col)) if !col.in_figures_font() => text_ems(text),
                    (v, Some(Col::Phone)) => figure_ems(&v.shown()) * SAFETY + INDENT,
                    (v, _) => figure_ems(&v.shown()) * SAFETY,
                })
                .fold(0.0, f64::max)
        })
        .collect()
}

/// The longest number in `text` (100,000): a header never breaks one.
fn number_ems(text: &str) -> f64 {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(text_ems)
        .fold(0.0, f64::max)
}

/// The layout of the table `t`: each column as wide as its widest value and its header's
/// longest word; then, if that would print under 8 pt one page wide and the headers' words
/// are what makes it so wide, the header row upright (its words whole, the columns as wide as
/// their values); else the room left on the page given, a unit at a time, to the header that
/// wraps on the most lines, until none takes more than two.
pub(super) fn table_layout(t: &TableSheet) -> Layout {
    let values = value_ems(t);
    let header = |i: usize| t.headers.get(i).map_or("", String::as_str);
    // At least two ems: a Japanese header wraps two characters a line at the narrowest.
    let least: Vec<f64> = values
        .iter()
        .enumerate()
        .map(|(i, v)| v.max(number_ems(header(i))).max(2.0))
        .collect();
    let across: Vec<f64> = least
        .iter()
        .enumerate()
        .map(|(i, l)| units(l.max(unbreakable_ems(header(i)))))
        .collect();
    let legible = PAGE_PIXELS * BODY / MIN_PRINT / CALC;
    let words_too_wide = (0..least.len()).any(|i| {
        let room = least.get(i).copied().unwrap_or(0.0);
        breaks_a_word(header(i), room)
    });
    if pixels(&across) > legible && words_too_wide {
        return upright(t, &values, legible);
    }
    let mut widths = across;
    let lines = |w: &[f64], i: usize| lines_in(header(i), w.get(i).copied().unwrap_or(1.0));
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
    Layout {
        widths,
        header: Header::Across,
    }
}

/// The upright header: the lowest row whose headers, wrapped in it on two lines at most, make
/// columns that fit `legible` pixels (else the lowest that fits, else each header on one
/// line); each column as wide as its value or its header's lines side by side.
fn upright(t: &TableSheet, values: &[f64], legible: f64) -> Layout {
    let line_ems = LINE / BODY;
    let lines_at = |height: f64| -> Vec<usize> {
        t.headers.iter().map(|h| wrapped_lines(h, height)).collect()
    };
    let widths_at = |height: f64| -> Vec<f64> {
        values
            .iter()
            .zip(lines_at(height))
            .map(|(v, lines)| {
                #[expect(clippy::cast_precision_loss, reason = "a few lines")]
                let lines = lines as f64;
                units(v.max(lines * line_ems))
            })
            .collect()
    };
    let widest = |ems: fn(&str) -> f64| t.headers.iter().map(|h| ems(h)).fold(1.0, f64::max).ceil();
    let (longest_word, longest) = (widest(unbreakable_ems), widest(text_ems));
    // The heights to try, half an em apart, lowest first.
    let heights: Vec<f64> =
        std::iter::successors(Some(longest_word), |h| (*h < longest).then_some(h + 0.5)).collect();
    let fits = |h: &&f64| pixels(&widths_at(**h)) <= legible;
    let height = heights
        .iter()
        .filter(fits)
        .find(|h| lines_at(**h).iter().all(|&n| n <= 2))
        .or_else(|| heights.iter().find(fits))
        .copied()
        .unwrap_or(longest);
    Layout {
        widths: widths_at(height),
        header: Header::Upright { height },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::{State, ViewContext};
    use crate::lang::Lang;
    use crate::report::scale::Scale;

    /// The bundled table's sheet in `lang`, per 100,000 people and compared (with itself: the
    /// changes are ±0) as asked.
    fn sheet(lang: Lang, (per_capita, compared): (bool, bool)) -> TableSheet {
        let report = crate::report::bundled().unwrap().report;
        let state = State {
            lang,
            scale: Scale::per_100k_if(per_capita),
            ..State::default()
        };
        let shown = super::super::table::all_rows(&report);
        TableSheet::of(&ViewContext {
            state: &state,
            report: &report,
            earlier: compared.then_some(&report),
            shown: &shown,
        })
    }

    fn column(t: &TableSheet, header: &str) -> usize {
        t.headers.iter().position(|h| h == header).unwrap()
    }

    #[test]
    fn a_figure_takes_half_an_em_a_half_width_character_and_one_em_a_wide_one() {
        assert!((figure_ems("126,146,099") - 5.5).abs() < 1e-9);
        assert!((figure_ems("±0") - 1.5).abs() < 1e-9);
        assert!((figure_ems("−12") - 2.0).abs() < 1e-9);
        assert!((units(2.0) - (2.0 * 14.667 / 7.0 + 0.5)).abs() < 1e-9);
    }

    #[test]
    fn a_column_of_w_units_is_7w_plus_5_pixels_and_a_title_fits_by_its_advances() {
        assert!((pixels(&[10.0, 2.0]) - 94.0).abs() < 1e-9);
        // 累計 in bold at 14 pt: two ems of 18.67 px, a twentieth more, 39.2 px; a column
        // keeps half a unit of room each side.
        assert!(fits_one_line("累計", 14.0, &[5.9]));
        assert!(!fits_one_line("累計", 14.0, &[5.8]));
        assert!(fits_one_line("累計", 7.0, &[3.2]));
        assert!(!fits_one_line("累計", 7.0, &[3.0]));
    }

    #[test]
    fn a_header_takes_as_many_lines_as_its_column_holds_its_ems() {
        // Three ems in a column of 2.8 (its padding aside): two lines; of 3: one.
        assert!((lines_in("求職者", units(2.8)) - 2.0).abs() < 1e-9);
        assert!((lines_in("求職者", units(3.0)) - 1.0).abs() < 1e-9);
        // Each of its own lines counted.
        assert!((lines_in("求職者\n数", units(3.0)) - 2.0).abs() < 1e-9);
    }

    #[test]
    fn a_number_in_a_header_is_measured_whole() {
        let ems = number_ems("job seekers per 100,000");
        assert!(
            (ems - text_ems("100,000")).abs() < 1e-9 && ems > 3.0,
            "{ems}"
        );
        assert!((number_ems("人口(令和2年国勢調査)") - text_ems("2")).abs() < 1e-9);
        assert!((number_ems("1.5 or 12") - text_ems("1.5")).abs() < 1e-9);
    }

    #[test]
    fn only_a_latin_word_wider_than_its_room_breaks() {
        assert!(breaks_a_word("Openings: vaccination work", 3.0));
        assert!(!breaks_a_word("Openings: vaccination work", 7.0));
        // Japanese breaks between any two characters; 10 is narrower than two ems.
        assert!(!breaks_a_word(
            "求人数(うちワクチン接種業務)(人口10万人当たり)",
            2.0
        ));
        assert!(!breaks_a_word("Code", text_ems("Code")));
    }

    #[test]
    fn a_japanese_table_keeps_its_header_across_with_columns_as_wide_as_their_figures() {
        let t = sheet(Lang::Ja, (true, true));
        let layout = table_layout(&t);
        assert_eq!(layout.header, Header::Across);
        // The nation's population, 126,146,099, in the figures' font, with its margin.
        let population = layout.widths[column(&t, "人口(令和2年国勢調査)")];
        assert!(
            (population - units(5.5 * SAFETY)).abs() < 1e-9,
            "{population}"
        );
        // The phone 0776-52-1857, twelve half-width characters, after its indent.
        let phone = layout.widths[column(&t, "各都道府県ナースセンターの連絡先")];
        assert!(
            (phone - units(6.0 * SAFETY + INDENT)).abs() < 1e-9,
            "{phone}"
        );
        // The longest names (鹿児島県, 神奈川県, 和歌山県) in the text's font: four ems.
        let name = layout.widths[column(&t, "都道府県")];
        assert!((name - units(4.0)).abs() < 1e-9, "{name}");
        // 25 columns that print at 8 pt or more one page wide (Calc's wider unit counted).
        assert_eq!(layout.widths.len(), 25);
        let printed = PAGE_PIXELS / (pixels(&layout.widths) * CALC) * BODY;
        assert!(printed >= 8.0, "{printed:.2} pt");
    }

    #[test]
    fn a_wide_english_table_turns_its_header_upright_on_two_lines_with_words_whole() {
        let t = sheet(Lang::En, (true, true));
        let layout = table_layout(&t);
        let Header::Upright { height } = layout.header else {
            panic!("{:?}", layout.header);
        };
        for h in &t.headers {
            assert!(
                unbreakable_ems(h) <= height,
                "{h}: a word longer than the row"
            );
            let lines = wrapped_lines(h, height);
            assert!(lines <= 2, "{h}: {lines} lines");
            // Each column holds its header's lines side by side.
            let i = column(&t, h);
            #[expect(clippy::cast_precision_loss, reason = "two lines")]
            let side_by_side = units(lines as f64 * LINE / BODY);
            assert!(layout.widths[i] >= side_by_side - 1e-9, "{h}");
        }
        // The code column as wide as its header's one line (01 is narrower); the row as tall
        // as its text and 8 pt of room.
        let code = layout.widths[column(&t, "Code")];
        assert!((code - units(LINE / BODY)).abs() < 1e-9, "{code}");
        assert!((layout.header_points(&t) - (height * BODY + 8.0)).abs() < 1e-9);
        // The row as low as two lines allow: some header takes both.
        assert!(t.headers.iter().any(|h| wrapped_lines(h, height) == 2));
        // Half an em lower and some header would need a third line or the page would print
        // under 8 pt.
        let lower = height - 0.5;
        let third = t.headers.iter().any(|h| wrapped_lines(h, lower) > 2);
        let too_wide = {
            let widths: Vec<f64> = t
                .headers
                .iter()
                .zip(value_ems(&t))
                .map(|(h, v)| {
                    #[expect(clippy::cast_precision_loss, reason = "a few lines")]
                    let lines = wrapped_lines(h, lower) as f64;
                    units(v.max(lines * LINE / BODY))
                })
                .collect();
            pixels(&widths) * CALC > PAGE_PIXELS * BODY / MIN_PRINT
        };
        assert!(third || too_wide || unbreakable_ems_of_all(&t) > lower);
        let printed = PAGE_PIXELS / (pixels(&layout.widths) * CALC) * BODY;
        assert!(printed >= 8.0, "{printed:.2} pt");
        // Compared (17 columns) and per 100,000 people (18) as well: across, their words
        // whole, they would print under 8 pt.
        for choice in [(false, true), (true, false)] {
            let t = sheet(Lang::En, choice);
            assert!(
                matches!(table_layout(&t).header, Header::Upright { .. }),
                "{choice:?}"
            );
        }
        // Per 100,000 people in Japanese (18 columns) the headers across take the page's
        // room, no more: printed at 11 pt.
        let t = sheet(Lang::Ja, (true, false));
        let widths = table_layout(&t).widths;
        let used = pixels(&widths);
        assert!((PAGE_PIXELS * 0.9..=PAGE_PIXELS).contains(&used), "{used}");
        // The plain tables (10 columns) keep their headers across, on two lines at most
        // (都道府県/コード, 求職者/数): two lines of 15 pt and 4 pt of room.
        for lang in Lang::ALL {
            let t = sheet(lang, (false, false));
            let layout = table_layout(&t);
            assert_eq!(layout.header, Header::Across);
            assert!((layout.header_points(&t) - 34.0).abs() < 1e-9, "{lang:?}");
            // No wider than two lines ask (in Japanese the rest of the page stays blank).
            let used = pixels(&layout.widths);
            assert!(used <= PAGE_PIXELS, "{lang:?}: {used}");
            if lang == Lang::Ja {
                assert!(used < PAGE_PIXELS * 0.9, "{used}");
            }
        }
    }

    fn unbreakable_ems_of_all(t: &TableSheet) -> f64 {
        t.headers
            .iter()
            .map(|h| unbreakable_ems(h))
            .fold(0.0, f64::max)
    }
}
