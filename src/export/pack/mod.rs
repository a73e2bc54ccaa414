//! The briefing pack (会議資料): a few A4 pages of PDF that a meeting reads without the app, in
//! the app's order of importance: the headline figures and the tile map, the table (A4
//! landscape), the bar chart, and whom to call (the selected prefecture's contact sheet, or the
//! national contacts). Every page carries the table's date, the period, the source line(s) and
//! its page number.
//!
//! One drawing, two outputs: the pages are drawn with egui's painter by the same functions as
//! the window's map and the chart's page pictures, in a context of the pack's own (no window,
//! no GPU), and what egui painted is written as PDF vector paths and text ([`vector`]), not
//! rasterised.

mod pages;
mod vector;

use egui::epaint::ClippedShape;
use egui::{Rect, Vec2, vec2};
use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::Font;

use crate::assets::BIZ_UDP_GOTHIC;
use crate::dashboard::ViewContext;
use crate::export::contact_sheet::font::Measure;
use crate::export::contact_sheet::layout::Op;
use crate::lang::Lang;
use crate::texts::{fill, format_date, texts};

/// A4 portrait, in points.
pub const PORTRAIT: Vec2 = vec2(595.28, 841.89);
/// A4 landscape, in points.
pub const LANDSCAPE: Vec2 = vec2(841.89, 595.28);
/// How finely egui lays the text out: glyphs placed to a quarter of a point.
const LAYOUT_PIXELS_PER_POINT: f32 = 4.0;

/// Why a pack could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// The bundled font could not be read.
    #[error("cannot read the bundled font")]
    Font,
    /// The selected prefecture's contact sheet could not be laid out.
    #[error("cannot lay out the contact sheet: {0}")]
    Sheet(String),
    /// The PDF writer failed.
    #[error("cannot make the PDF: {0}")]
    Pdf(String),
}

impl PackError {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let t = &texts(lang).pack;
        match self {
            Self::Font => t.err_font.to_owned(),
            Self::Sheet(e) => fill(t.err_sheet, &[("error", e)]),
            Self::Pdf(e) => fill(t.err_pdf, &[("error", e)]),
        }
    }
}

/// A page of the pack: what egui painted on it, or the contact sheet's drawing.
enum Page {
    /// Shapes egui painted on a page of this size.
    Drawn(Vec2, Vec<ClippedShape>),
    /// The contact sheet's drawing (A4 portrait), with the page number added.
    Sheet(Vec<Op>),
}

/// The pack's file name: 「会議資料」, the filter, the table's date.
pub fn file_name(cx: &ViewContext<'_>) -> String {
    let name = crate::export::table::table_file_name(cx, false);
    let t = texts(cx.lang());
    let rest = name
        .strip_prefix(t.export.file_table)
        .unwrap_or(&name)
        .trim_end_matches(".csv");
    format!("{}{rest}.pdf", t.pack.file)
}

/// The briefing pack of what `cx` shows (its filter, order, selection, comparison and scale),
/// as PDF.
pub fn pack_pdf(cx: &ViewContext<'_>) -> Result<Vec<u8>, PackError> {
    let lang = cx.lang();
    let measure = Measure::new(BIZ_UDP_GOTHIC).ok_or(PackError::Font)?;
    let font = Font::new(BIZ_UDP_GOTHIC.into(), 0).ok_or(PackError::Font)?;
    let ctx = egui::Context::default();
    crate::ui::fonts::install(&ctx);
    ctx.set_theme(egui::Theme::Light);
    let run = |size: Vec2, draw: &mut dyn FnMut(&mut egui::Ui)| run_page(&ctx, size, draw);
    let plan = pages::Plan::of(cx);
    let pages_total = plan.pages();
    let mut pages = Vec::with_capacity(pages_total);
    let mut number = 0_usize;
    let mut next = || {
        number = number.saturating_add(1);
        fill(
            texts(lang).pack.page,
            &[("page", &number), ("pages", &pages_total)],
        )
    };
    let page_no = next();
    pages.push(Page::Drawn(
        PORTRAIT,
        run(PORTRAIT, &mut |ui| {
            pages::headline_ui(ui, cx, &plan, &page_no);
        }),
    ));
    for part in 0..plan.table_parts() {
        let page_no = next();
        pages.push(Page::Drawn(
            LANDSCAPE,
            run(LANDSCAPE, &mut |ui| {
                pages::table_ui(ui, cx, &plan, (part, &page_no));
            }),
        ));
    }
    let page_no = next();
    pages.push(Page::Drawn(
        PORTRAIT,
        run(PORTRAIT, &mut |ui| pages::chart_ui(ui, cx, &plan, &page_no)),
    ));
    let page_no = next();
    if let Some(code) = cx.state.selected.filter(|&c| cx.report.row(c).is_some()) {
        let mut ops = crate::export::contact_sheet::sheet_ops(cx.report, code, lang, &measure)
            .map_err(|e| PackError::Sheet(e.render(lang)))?;
        // The page's number in the sheet's top margin, at the right.
        let size = 8.0;
        let width = measure.width(&page_no, size);
        let margin = crate::export::contact_sheet::MARGIN;
        ops.push(Op::Text {
            x: PORTRAIT.x - margin - width,
            y: margin - 10.0,
            size,
            bold: false,
            text: page_no,
        });
        pages.push(Page::Sheet(ops));
    } else {
        pages.push(Page::Drawn(
            PORTRAIT,
            run(PORTRAIT, &mut |ui| {
                pages::contacts_ui(ui, cx, &plan, &page_no);
            }),
        ));
    }
    write(&pages, &vector::Type { font, measure }, cx)
}

/// Runs a pass of egui on a page of `size` points and gives what it painted. Twice: the first
/// pass lets egui learn the sizes that its second lays out by.
fn run_page(
    ctx: &egui::Context,
    size: Vec2,
    draw: &mut dyn FnMut(&mut egui::Ui),
) -> Vec<ClippedShape> {
    let mut shapes = Vec::new();
    for _ in 0..2 {
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, size)),
            ..Default::default()
        };
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(LAYOUT_PIXELS_PER_POINT);
        let mut output = ctx.run_ui(input, |ui| draw(ui));
        // The font atlas has no renderer to go to: nothing here draws pixels.
        output.textures_delta.clear();
        shapes = output.shapes;
    }
    shapes
}

/// The document: its pages drawn as vectors, its title and language.
fn write(
    pages: &[Page],
    face: &vector::Type<'_>,
    cx: &ViewContext<'_>,
) -> Result<Vec<u8>, PackError> {
    let (report, lang) = (cx.report, cx.lang());
    let date = format_date(&report.meta.compiled.date, lang);
    let title = fill(
        texts(lang).pack.title,
        &[("title", &report.meta.title.get(lang)), ("date", &date)],
    );
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title)
            .language(lang.pick("ja", "en").to_owned()),
    );
    for page in pages {
        let size = match page {
            Page::Drawn(size, _) => *size,
            Page::Sheet(_) => PORTRAIT,
        };
        let settings = PageSettings::from_wh(size.x, size.y)
            .ok_or_else(|| PackError::Pdf("page size".to_owned()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        match page {
            Page::Drawn(size, shapes) => {
                vector::draw(
                    &mut surface,
                    shapes,
                    Rect::from_min_size(egui::Pos2::ZERO, *size),
                    face,
                );
            }
            Page::Sheet(ops) => {
                for op in ops {
                    crate::export::contact_sheet::render::draw(
                        &mut surface,
                        op,
                        &face.measure,
                        &face.font,
                    );
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|e| PackError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::State;
    use crate::prefecture::PrefectureCode;

    fn pack(state: &State, report: &crate::report::Report, shown: &[usize]) -> Vec<u8> {
        pack_pdf(&ViewContext {
            state,
            report,
            earlier: None,
            shown,
        })
        .unwrap()
    }

    /// The number of pages of a PDF krilla wrote (its page tree's count).
    fn pages(pdf: &[u8]) -> usize {
        let text = String::from_utf8_lossy(pdf);
        text.split("/Count ")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap()
    }

    #[test]
    fn odd_choices_make_a_pack_not_a_panic() {
        let report = crate::report::bundled().unwrap().report;
        let all: Vec<usize> = (0..47).collect();
        // A search that shows nothing; a selection the filter hides.
        let mut state = State {
            selected: Some(PrefectureCode(1)),
            ..State::default()
        };
        state.filter.query = "存在しない".to_owned();
        assert!(pack(&state, &report, &[]).starts_with(b"%PDF-"));
        // Notes so long that the map has no room left on the first page.
        let mut long = report.clone();
        for note in &mut long.meta.notes {
            note.text =
                crate::report::Text::ours(note.text.ja().repeat(30), note.text.en().repeat(30));
        }
        assert_eq!(pages(&pack(&State::default(), &long, &all)), 4);
        // A table of three times the rows goes on over more table pages.
        let mut many = report.clone();
        let rows = many.rows.clone();
        many.rows.extend(rows.iter().cloned());
        many.rows.extend(rows);
        let shown: Vec<usize> = (0..many.rows.len()).collect();
        assert!(pages(&pack(&State::default(), &many, &shown)) >= 6);
    }
}
