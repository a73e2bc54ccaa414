//! Drawing the laid-out page with `krilla`: one A4 page, black on white, the font embedded as a
//! subset with each glyph mapped back to its character.

use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::assets::BIZ_UDP_GOTHIC;
use crate::export::contact_sheet::SheetError;
use crate::export::contact_sheet::content::PAGE;
use crate::export::contact_sheet::font::Measure;
use crate::export::contact_sheet::layout::Op;
use crate::lang::Lang;

/// The PDF of one page drawing `ops`.
pub fn pdf(
    ops: &[Op],
    measure: &Measure<'_>,
    title: &str,
    lang: Lang,
) -> Result<Vec<u8>, SheetError> {
    let font = Font::new(BIZ_UDP_GOTHIC.into(), 0).ok_or(SheetError::Font)?;
    let settings = PageSettings::from_wh(PAGE.0, PAGE.1)
        .ok_or_else(|| SheetError::Pdf("page size".to_owned()))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(lang.pick("ja", "en").to_owned()),
    );
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    for op in ops {
        draw(&mut surface, op, measure, &font);
    }
    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|e| SheetError::Pdf(format!("{e:?}")))
}

/// Draws one thing (also on a briefing pack's page).
pub(crate) fn draw(surface: &mut Surface<'_>, op: &Op, measure: &Measure<'_>, font: &Font) {
    match op {
        Op::Text {
            x,
            y,
            size,
            bold,
            text,
        } => {
            let glyphs: Vec<KrillaGlyph> = text
                .char_indices()
                .map(|(i, c)| {
                    let g = measure.glyph(c);
                    KrillaGlyph::new(
                        GlyphId::new(g.id),
                        g.advance,
                        0.0,
                        0.0,
                        0.0,
                        i..i.saturating_add(c.len_utf8()),
                        None,
                    )
                })
                .collect();
            surface.set_fill(Some(Fill::default()));
            // A heavier weight from the one font: the outline stroked as well as filled.
            surface.set_stroke(bold.then(|| Stroke {
                width: size * 0.035,
                ..Stroke::default()
            }));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &glyphs,
                font.clone(),
                text,
                *size,
                false,
            );
            surface.set_stroke(None);
        }
        Op::Rect { x, y, w, h, line } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                path.push_rect(rect);
            }
            stroke(surface, path, *line);
        }
        Op::Line { from, to, line } => {
            let mut path = PathBuilder::new();
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
            stroke(surface, path, *line);
        }
    }
}

/// Strokes a path in black, unfilled.
fn stroke(surface: &mut Surface<'_>, path: PathBuilder, width: f32) {
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            width,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}
