//! egui's shapes as PDF drawing: what a pass of egui painted (rectangles, lines, paths,
//! circles and laid-out text) drawn again with `krilla` as vector paths and real text, so that
//! the briefing pack prints the very drawing the window's pictures rasterise, sharp at any size.
//!
//! Text keeps egui's layout glyph by glyph (each at the place egui gave it) in the bundled
//! font, embedded as a subset with each glyph mapped back to its character: selectable and
//! searchable. Italics (derived values) are slanted. Shapes the pack never paints (meshes,
//! callbacks, curves) are left out.

use egui::epaint::{ClippedShape, ColorMode, Galley, Shape, TextShape};
use egui::{Color32, Pos2, Rect, StrokeKind, pos2};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::export::contact_sheet::font::Measure;

/// The font, and its glyphs, that every text is set in.
pub struct Type<'a> {
    /// The PDF's font.
    pub font: Font,
    /// Its character map and advances.
    pub measure: Measure<'a>,
}

/// How far italics lean: the slant of a right-leaning oblique, x per y.
const SLANT: f32 = 0.2;

/// Draws `shapes` in their order, each inside its clip rectangle where that cuts the page.
pub fn draw(surface: &mut Surface<'_>, shapes: &[ClippedShape], page: Rect, face: &Type<'_>) {
    for clipped in shapes {
        let clips = !clipped.clip_rect.contains_rect(page);
        if clips {
            let Some(path) = rect_path(clipped.clip_rect, 0.0) else {
                continue;
            };
            surface.push_clip_path(&path, &FillRule::NonZero);
        }
        shape(surface, &clipped.shape, face);
        if clips {
            surface.pop();
        }
    }
}

/// One shape.
fn shape(surface: &mut Surface<'_>, shape: &Shape, face: &Type<'_>) {
    match shape {
        Shape::Vec(shapes) => {
            for s in shapes {
                self::shape(surface, s, face);
            }
        }
        Shape::Rect(r) => {
            if let Some(path) = rect_path(r.rect, f32::from(r.corner_radius.nw)) {
                fill(surface, &path, r.fill);
            }
            // Where egui strokes it: inside, across or outside the edge.
            let half = r.stroke.width / 2.0;
            let edge = match r.stroke_kind {
                StrokeKind::Inside => r.rect.shrink(half),
                StrokeKind::Middle => r.rect,
                StrokeKind::Outside => r.rect.expand(half),
            };
            if let Some(path) = rect_path(edge, f32::from(r.corner_radius.nw)) {
                stroke(surface, &path, r.stroke.width, r.stroke.color);
            }
        }
        Shape::LineSegment { points, stroke: s } => {
            if let Some(path) = polyline(points, false) {
                stroke(surface, &path, s.width, s.color);
            }
        }
        Shape::Path(p) => {
            if let Some(path) = polyline(&p.points, p.closed) {
                if p.closed {
                    fill(surface, &path, p.fill);
                }
                if let ColorMode::Solid(colour) = p.stroke.color {
                    stroke(surface, &path, p.stroke.width, colour);
                }
            }
        }
        Shape::Circle(c) => {
            if let Some(path) = circle(c.center, c.radius) {
                fill(surface, &path, c.fill);
                stroke(surface, &path, c.stroke.width, c.stroke.color);
            }
        }
        Shape::Text(t) => text(surface, t, face),
        _ => {}
    }
}

/// A colour as the PDF's paint and opacity; `None` when it is fully transparent.
fn paint(colour: Color32) -> Option<(rgb::Color, NormalizedF32)> {
    let [r, g, b, a] = colour.to_srgba_unmultiplied();
    (a > 0).then(|| {
        let opacity = NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE);
        (rgb::Color::new(r, g, b), opacity)
    })
}

fn fill(surface: &mut Surface<'_>, path: &krilla::geom::Path, colour: Color32) {
    let Some((colour, opacity)) = paint(colour) else {
        return;
    };
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: colour.into(),
        opacity,
        rule: FillRule::NonZero,
    }));
    surface.draw_path(path);
}

fn stroke(surface: &mut Surface<'_>, path: &krilla::geom::Path, width: f32, colour: Color32) {
    let Some((colour, opacity)) = paint(colour) else {
        return;
    };
    if width <= 0.0 {
        return;
    }
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: colour.into(),
        width,
        opacity,
        ..Stroke::default()
    }));
    surface.draw_path(path);
    surface.set_stroke(None);
}

/// A rectangle, its corners rounded by `radius` (as egui draws it).
fn rect_path(rect: Rect, radius: f32) -> Option<krilla::geom::Path> {
    if !(rect.is_finite() && rect.is_positive()) {
        return None;
    }
    let r = radius
        .min(rect.width() / 2.0)
        .min(rect.height() / 2.0)
        .max(0.0);
    let (l, t, rt, b) = (rect.left(), rect.top(), rect.right(), rect.bottom());
    let mut path = PathBuilder::new();
    if r <= 0.0 {
        path.push_rect(krilla::geom::Rect::from_ltrb(l, t, rt, b)?);
        return path.finish();
    }
    path.move_to(l + r, t);
    path.line_to(rt - r, t);
    path.quad_to(rt, t, rt, t + r);
    path.line_to(rt, b - r);
    path.quad_to(rt, b, rt - r, b);
    path.line_to(l + r, b);
    path.quad_to(l, b, l, b - r);
    path.line_to(l, t + r);
    path.quad_to(l, t, l + r, t);
    path.close();
    path.finish()
}

fn polyline(points: &[Pos2], closed: bool) -> Option<krilla::geom::Path> {
    let (first, rest) = points.split_first()?;
    let mut path = PathBuilder::new();
    path.move_to(first.x, first.y);
    for p in rest {
        path.line_to(p.x, p.y);
    }
    if closed {
        path.close();
    }
    path.finish()
}

/// A circle as four cubic arcs.
fn circle(centre: Pos2, radius: f32) -> Option<krilla::geom::Path> {
    if radius <= 0.0 || !radius.is_finite() {
        return None;
    }
    // The control points' distance for a quarter circle.
    let k = radius * 0.552_284_8;
    let (x, y, r) = (centre.x, centre.y, radius);
    let mut path = PathBuilder::new();
    path.move_to(x + r, y);
    path.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    path.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    path.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    path.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    path.close();
    path.finish()
}

/// How one glyph is set: its size, colour and slant.
#[derive(Clone, Copy, PartialEq)]
struct Look {
    size: f32,
    colour: Color32,
    italics: bool,
}

/// The look of each glyph of a galley, row by row: found by walking the laid-out text beside
/// the glyphs (a glyph's section is where its character stands in the text).
fn looks(galley: &Galley, t: &TextShape) -> Vec<Vec<Look>> {
    let chars: Vec<(usize, char)> = galley.job.text.char_indices().collect();
    let sections = &galley.job.sections;
    let mut at = 0_usize;
    let look_of = |byte: Option<usize>| {
        let section = byte
            .and_then(|b| {
                sections
                    .iter()
                    .find(|s| s.byte_range.contains(&egui::epaint::text::ByteIndex(b)))
            })
            .or_else(|| sections.last());
        section.map_or(
            Look {
                size: 10.0,
                colour: t.fallback_color,
                italics: false,
            },
            |s| {
                let mut colour = t.override_text_color.unwrap_or(s.format.color);
                if colour == Color32::PLACEHOLDER {
                    colour = t.fallback_color;
                }
                Look {
                    size: s.format.font_id.size,
                    colour: colour.gamma_multiply(t.opacity_factor),
                    italics: s.format.italics,
                }
            },
        )
    };
    galley
        .rows
        .iter()
        .map(|row| {
            row.row
                .glyphs
                .iter()
                .map(|g| {
                    let found = chars
                        .get(at..)
                        .and_then(|rest| rest.iter().position(|&(_, c)| c == g.chr));
                    let byte = found.map(|k| {
                        at = at.saturating_add(k).saturating_add(1);
                        chars.get(at.saturating_sub(1)).map_or(0, |&(b, _)| b)
                    });
                    look_of(byte)
                })
                .collect()
        })
        .collect()
}

/// A text shape: each row's glyphs in runs of one look, each glyph where egui placed it.
fn text(surface: &mut Surface<'_>, t: &TextShape, face: &Type<'_>) {
    let galley = &t.galley;
    let looks = looks(galley, t);
    for (row, row_looks) in galley.rows.iter().zip(&looks) {
        let glyphs = &row.row.glyphs;
        let mut start = 0_usize;
        while start < glyphs.len() {
            let Some(&look) = row_looks.get(start) else {
                break;
            };
            let end = (start..glyphs.len())
                .find(|&i| row_looks.get(i) != Some(&look))
                .unwrap_or(glyphs.len());
            let run = glyphs.get(start..end).unwrap_or_default();
            let origin = pos2(t.pos.x + row.pos.x, t.pos.y + row.pos.y);
            run_glyphs(surface, run, (origin, look), face);
            start = end;
        }
    }
}

/// The letters a ligature of the font sets as one glyph (egui lays them out as the first
/// letter's glyph followed by letters of no width).
const LIGATURES: [(&str, char); 5] = [
    ("ffi", '\u{FB03}'),
    ("ffl", '\u{FB04}'),
    ("ff", '\u{FB00}'),
    ("fi", '\u{FB01}'),
    ("fl", '\u{FB02}'),
];

/// A run's glyphs as clusters: the letters each glyph stands for, where egui set it, and the
/// font's glyph for them (`None` for a ligature the font has no glyph of).
fn clusters(run: &[egui::epaint::text::Glyph], face: &Type<'_>) -> Vec<(String, f32, Option<u32>)> {
    let mut out: Vec<(String, f32)> = Vec::with_capacity(run.len());
    for g in run {
        match out.last_mut() {
            Some((chars, _)) if g.advance_width == 0.0 && !g.chr.is_whitespace() => {
                chars.push(g.chr);
            }
            _ => out.push((g.chr.to_string(), g.pos.x)),
        }
    }
    out.into_iter()
        .map(|(chars, x)| {
            let mut letters = chars.chars();
            let id = match (letters.next(), letters.next()) {
                (Some(c), None) => Some(face.measure.glyph(c).id),
                _ => LIGATURES
                    .iter()
                    .find(|(l, _)| *l == chars)
                    .map(|&(_, c)| face.measure.glyph(c).id)
                    .filter(|&id| id != 0),
            };
            (chars, x, id)
        })
        .collect()
}

/// One run of glyphs of one look, the first at its place and each next one at its own.
fn run_glyphs(
    surface: &mut Surface<'_>,
    run: &[egui::epaint::text::Glyph],
    (origin, look): (Pos2, Look),
    face: &Type<'_>,
) {
    let Some(first) = run.first() else { return };
    let Some((colour, opacity)) = paint(look.colour) else {
        return;
    };
    if look.size <= 0.0 || run.iter().all(|g| g.chr.is_whitespace()) {
        return;
    }
    let mut text = String::new();
    let mut glyphs = Vec::with_capacity(run.len());
    let clusters = clusters(run, face);
    for (i, (chars, x, id)) in clusters.iter().enumerate() {
        let next_x = clusters.get(i.saturating_add(1)).map(|c| c.1);
        // A ligature the font lacks as one glyph: its letters one by one, as the font sets them.
        let parts: Vec<(String, u32)> = match id {
            Some(id) => vec![(chars.clone(), *id)],
            None => chars
                .chars()
                .map(|c| (c.to_string(), face.measure.glyph(c).id))
                .collect(),
        };
        let count = parts.len();
        for (k, (part, glyph)) in parts.into_iter().enumerate() {
            let from = text.len();
            text.push_str(&part);
            let own = part
                .chars()
                .map(|c| face.measure.glyph(c).advance)
                .sum::<f32>();
            // The last glyph of a cluster reaches where egui set the next one.
            let advance = match next_x {
                Some(next) if k.saturating_add(1) == count => {
                    let before: f32 = chars
                        .chars()
                        .take(k)
                        .map(|c| face.measure.glyph(c).advance)
                        .sum();
                    (next - x) / look.size - before
                }
                _ => own,
            };
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(glyph),
                advance,
                0.0,
                0.0,
                0.0,
                from..text.len(),
                None,
            ));
        }
    }
    let at = pos2(origin.x + first.pos.x, origin.y + first.pos.y);
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: colour.into(),
        opacity,
        rule: FillRule::NonZero,
    }));
    // Slanted about the baseline's start: what stands above it leans right.
    let slant = if look.italics { -SLANT } else { 0.0 };
    surface.push_transform(&Transform::from_row(1.0, 0.0, slant, 1.0, at.x, at.y));
    surface.draw_glyphs(
        Point::from_xy(0.0, 0.0),
        &glyphs,
        face.font.clone(),
        &text,
        look.size,
        false,
    );
    surface.pop();
}

#[cfg(test)]
mod tests_support {
    use super::*;
    use egui::vec2;
    use krilla::{Document, SerializeSettings, page::PageSettings};

    /// What `paint` draws on an A4 page, as the PDF's uncompressed content: its drawing
    /// operators as text.
    pub(super) fn content_of(paint: impl FnMut(&egui::Painter)) -> String {
        let mut paint = paint;
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let page = Rect::from_min_size(Pos2::ZERO, vec2(595.0, 842.0));
        let mut shapes = Vec::new();
        for _ in 0..2 {
            let input = egui::RawInput {
                screen_rect: Some(page),
                ..Default::default()
            };
            let mut output = ctx.run_ui(input, |ui| paint(ui.painter()));
            output.textures_delta.clear();
            shapes = output.shapes;
        }
        let face = Type {
            font: Font::new(crate::assets::BIZ_UDP_GOTHIC.into(), 0).unwrap(),
            measure: Measure::new(crate::assets::BIZ_UDP_GOTHIC).unwrap(),
        };
        let mut document = Document::new_with(SerializeSettings {
            compress_content_streams: false,
            ..SerializeSettings::default()
        });
        let mut pdf_page = document.start_page_with(PageSettings::from_wh(595.0, 842.0).unwrap());
        let mut surface = pdf_page.surface();
        draw(&mut surface, &shapes, page, &face);
        surface.finish();
        pdf_page.finish();
        String::from_utf8_lossy(&document.finish().unwrap()).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::content_of;
    use super::*;
    use egui::{Stroke as EguiStroke, pos2, vec2};

    #[test]
    fn each_kind_of_shape_becomes_its_pdf_drawing() {
        let blue = crate::ui::theme::BAR;
        let red = crate::ui::theme::BAR_SELECTED;
        let pdf = content_of(|p| {
            p.rect_filled(
                Rect::from_min_size(pos2(10.0, 20.0), vec2(100.0, 50.0)),
                0.0,
                blue,
            );
            p.rect_stroke(
                Rect::from_min_size(pos2(10.0, 100.0), vec2(40.0, 40.0)),
                0.0,
                EguiStroke::new(3.0, red),
                egui::StrokeKind::Inside,
            );
            p.line_segment(
                [pos2(0.0, 300.0), pos2(200.0, 300.0)],
                EguiStroke::new(0.5, red),
            );
            p.circle_filled(pos2(300.0, 300.0), 10.0, blue);
            p.add(egui::Shape::convex_polygon(
                vec![pos2(400.0, 400.0), pos2(450.0, 400.0), pos2(425.0, 450.0)],
                red,
                EguiStroke::NONE,
            ));
            // Transparent: nothing drawn.
            p.rect_filled(
                Rect::from_min_size(pos2(0.0, 0.0), vec2(5.0, 5.0)),
                0.0,
                Color32::TRANSPARENT,
            );
            // Clipped to a rectangle that cuts the page.
            p.with_clip_rect(Rect::from_min_size(pos2(500.0, 500.0), vec2(20.0, 20.0)))
                .rect_filled(
                    Rect::from_min_size(pos2(490.0, 490.0), vec2(50.0, 50.0)),
                    0.0,
                    blue,
                );
        });
        // The fill's colour (0x00/255, 0x72/255, 0xB2/255) and the stroke's.
        assert!(pdf.contains("0 0.44705883 0.69803923 rg"), "{pdf}");
        assert!(pdf.contains("0.8352941 0.36862746 0 RG"), "{pdf}");
        // The filled rectangle from (10, 20), 100 by 50, in the page's coordinates (the content
        // is flipped once: y down, as egui's).
        assert!(pdf.contains("1 0 0 -1 0 842 cm"), "{pdf}");
        assert!(
            pdf.contains("rg 10 20 m 110 20 l 110 70 l 10 70 l\nh\nf"),
            "{pdf}"
        );
        // The outline drawn inside: its middle 1.5 in from the edge, 3 wide.
        assert!(pdf.contains("3 w"), "{pdf}");
        assert!(
            pdf.contains("3 w 11.5 101.5 m 48.5 101.5 l 48.5 138.5 l"),
            "{pdf}"
        );
        // The line, half a point wide.
        assert!(pdf.contains("0.5 w"), "{pdf}");
        assert!(
            pdf.contains("0 300 m") && pdf.contains("200 300 l"),
            "{pdf}"
        );
        // The circle as four curves (a control point 0.5523 of the radius out); the triangle
        // closed and filled.
        assert!(
            pdf.contains(
                "310 300 m 310 305.52286 305.52286 310 300 310 c 294.47714 310 290 305.52286 290 \
                 300 c 290 294.47714 294.47714 290 300 290 c 305.52286 290 310 294.47714 310 300 c"
            ),
            "{pdf}"
        );
        assert!(pdf.contains("400 400 m 450 400 l 425 450 l\nh\nf"), "{pdf}");
        // One clip, the rectangle that cuts the page (in the page's own coordinates: y up).
        assert_eq!(pdf.matches("W\nn").count(), 1, "{pdf}");
        assert!(
            pdf.contains("q 500 342 m 520 342 l 520 322 l 500 322 l\nh\nW"),
            "{pdf}"
        );
        // Nothing transparent drawn: six shapes filled or stroked.
        assert_eq!(
            pdf.matches("\nf\n").count() + pdf.matches("\nS\n").count(),
            6,
            "{pdf}"
        );
    }
}

#[cfg(test)]
mod more_tests {
    use super::tests_support::content_of;
    use egui::{Color32, Rect, Stroke as EguiStroke, pos2, vec2};

    #[test]
    fn opacity_rounded_corners_and_empty_shapes() {
        let blue = crate::ui::theme::BAR;
        let pdf = content_of(|p| {
            // Half transparent, filled and outlined, in a list of shapes.
            p.add(egui::Shape::Vec(vec![
                egui::Shape::rect_filled(
                    Rect::from_min_size(pos2(200.0, 600.0), vec2(30.0, 30.0)),
                    0.0,
                    Color32::from_black_alpha(128),
                ),
                egui::Shape::line_segment(
                    [pos2(200.0, 650.0), pos2(230.0, 650.0)],
                    EguiStroke::new(1.0, Color32::from_black_alpha(64)),
                ),
            ]));
            // Rounded corners (a map tile's).
            p.rect_filled(
                Rect::from_min_size(pos2(300.0, 500.0), vec2(40.0, 20.0)),
                5.0,
                blue,
            );
            // Of no width or height: nothing drawn.
            p.rect_filled(
                Rect::from_min_size(pos2(50.0, 50.0), vec2(0.0, 20.0)),
                0.0,
                blue,
            );
            p.rect_filled(
                Rect::from_min_size(pos2(50.0, 50.0), vec2(20.0, 0.0)),
                0.0,
                blue,
            );
        });
        // The list's two shapes at their opacity (128/255 and 64/255) through graphics states.
        assert!(pdf.contains("/ca 0.5019608"), "{pdf}");
        assert!(pdf.contains("/CA 0.2509804"), "{pdf}");
        assert!(
            pdf.contains("200 600 m 230 600 l 230 630 l 200 630 l"),
            "{pdf}"
        );
        // The rounded rectangle: its straight edges between the corners' curves, 5 from each
        // corner, the curves reaching the edges' ends.
        let rounded = pdf
            .split("rg ")
            .find(|d| d.starts_with("305 500 m"))
            .unwrap_or_else(|| panic!("{pdf}"));
        for edge in [
            "305 500 m 335 500 l",
            "340 505",
            "340 515 l",
            "335 520",
            "305 520 l",
            "300 515",
            "300 505 l",
        ] {
            assert!(rounded.contains(edge), "{edge}: {rounded}");
        }
        // Three shapes drawn: the half-transparent fill and line, the rounded rectangle.
        assert_eq!(
            pdf.matches("\nf\n").count() + pdf.matches("\nS\n").count(),
            3,
            "{pdf}"
        );
    }
}

#[cfg(test)]
mod text_tests {
    use super::tests_support::content_of;
    use egui::{Align2, Color32, FontId, pos2};

    #[test]
    fn text_is_set_where_egui_laid_it_out_in_its_size_and_slant() {
        let pdf = content_of(|p| {
            p.text(
                pos2(50.0, 700.0),
                Align2::LEFT_TOP,
                "Briefing 東京",
                FontId::proportional(10.0),
                Color32::BLACK,
            );
            let mut job = egui::text::LayoutJob::default();
            job.append(
                "1,234.5",
                0.0,
                egui::TextFormat {
                    font_id: FontId::proportional(8.0),
                    color: Color32::BLACK,
                    italics: true,
                    ..Default::default()
                },
            );
            let galley = p.layout_job(job);
            p.galley(pos2(100.0, 100.0), galley, Color32::BLACK);
            // Two sizes in one line (each run in its own); laid out without a colour and
            // painted in the tile's, as the map does.
            let mut job = egui::text::LayoutJob::default();
            for (words, size) in [("東京", 12.0), ("830", 7.0)] {
                job.append(
                    words,
                    0.0,
                    egui::TextFormat {
                        font_id: FontId::proportional(size),
                        color: Color32::PLACEHOLDER,
                        ..Default::default()
                    },
                );
            }
            let galley = p.layout_job(job);
            p.galley(pos2(300.0, 300.0), galley, crate::ui::theme::BAR_SELECTED);
        });
        assert!(pdf.contains("/f0 12 Tf"), "{pdf}");
        assert!(pdf.contains("/f0 7 Tf"), "{pdf}");
        // 東京 at 12 pt from x = 300, two em wide: the 7 pt figure starts at 324.
        assert!(pdf.contains("q 1 0 0 -1 300 "), "{pdf}");
        assert!(pdf.contains("q 1 0 0 -1 324 "), "{pdf}");
        assert_eq!(pdf.matches("0.8352941 0.36862746 0 rg").count(), 2, "{pdf}");
        // Each text at its place, in its size: the upright one from x = 50, the italic one
        // slanted (x leaning by 0.2 of y) from x = 100.
        assert!(pdf.contains("q 1 0 0 -1 50 "), "{pdf}");
        assert!(pdf.contains("/f0 10 Tf"), "{pdf}");
        assert!(pdf.contains("q 1 0 -0.2 -1 100 "), "{pdf}");
        assert!(pdf.contains("/f0 8 Tf"), "{pdf}");
        // Every glyph mapped back to its text: the fi ligature to f and i, 東 and 京.
        for mapped in ["<00660069>", "<6771>", "<4EAC>", "<002C>"] {
            assert!(pdf.contains(mapped), "{mapped}: {pdf}");
        }
    }

    /// The glyphs' advances of the one `[…]TJ` of `pdf`, in text space units (thousandths of
    /// the size): each glyph's count of bytes (two a glyph) and the adjustment after it.
    fn tj_adjustments(pdf: &str) -> Vec<f32> {
        let array = pdf
            .split("Tm[")
            .nth(1)
            .and_then(|rest| rest.split("]TJ").next())
            .unwrap();
        let mut out = Vec::new();
        let mut bytes = array.bytes().peekable();
        while let Some(b) = bytes.next() {
            if b == b'(' {
                // A string of glyph ids, two bytes each, with the PDF's escapes.
                let mut count = 0_usize;
                while let Some(c) = bytes.next() {
                    match c {
                        b')' => break,
                        b'\\' => {
                            if bytes.peek().is_some_and(u8::is_ascii_digit) {
                                for _ in 0..3 {
                                    if bytes.peek().is_some_and(u8::is_ascii_digit) {
                                        bytes.next();
                                    }
                                }
                            } else {
                                bytes.next();
                            }
                            count = count.saturating_add(1);
                        }
                        _ => count = count.saturating_add(1),
                    }
                }
                out.extend(std::iter::repeat_n(0.0, count / 2));
            } else if b == b'-' || b.is_ascii_digit() {
                let mut number = String::from(b as char);
                while let Some(&c) = bytes.peek() {
                    if c == b'.' || c.is_ascii_digit() {
                        number.push(c as char);
                        bytes.next();
                    } else {
                        break;
                    }
                }
                *out.last_mut().unwrap() = number.parse().unwrap();
            }
        }
        out
    }

    #[test]
    fn each_glyph_of_a_run_stands_where_egui_set_it() {
        let text = "Tokyo 10,234 東京都";
        let size = 10.0;
        let mut placed = Vec::new();
        let mut baseline = 0.0;
        let pdf = content_of(|p| {
            let galley = p.layout_no_wrap(text.into(), FontId::proportional(size), Color32::BLACK);
            placed = galley.rows[0].row.glyphs.iter().map(|g| g.pos.x).collect();
            baseline = galley.rows[0].row.glyphs[0].pos.y;
            p.galley(pos2(50.0, 700.0), galley, Color32::BLACK);
        });
        // The run starts at the galley's place plus its first glyph's, on its baseline: y up
        // from the foot of the 842 pt page.
        let start = format!("q 1 0 0 -1 50 {} cm", 842.0 - (700.0 + baseline));
        assert!(pdf.contains(&start), "{start}: {pdf}");
        let adjustments = tj_adjustments(&pdf);
        assert_eq!(adjustments.len(), text.chars().count(), "{pdf}");
        // Where each glyph of the PDF starts: the one before's start, plus its advance in the
        // font, less its adjustment (in thousandths of the size).
        let measure =
            crate::export::contact_sheet::font::Measure::new(crate::assets::BIZ_UDP_GOTHIC)
                .unwrap();
        let mut x = 0.0_f32;
        for ((c, adjustment), egui_x) in text.chars().zip(&adjustments).zip(&placed) {
            assert!(
                (x - (egui_x - placed[0])).abs() < 0.01,
                "{c}: at {x}, egui at {}",
                egui_x - placed[0]
            );
            x += size * (measure.glyph(c).advance - adjustment / 1000.0);
        }
    }
}
