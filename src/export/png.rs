//! Chart exports in flight: to PNG (as on screen: a screenshot of the chart's area; for a page
//! or a slide: the printed picture drawn offscreen at 300 dpi) or to the clipboard. Files are written
//! through a temporary file and a rename, so a failure leaves no partial file.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use egui::{ColorImage, Rect};

use crate::fsutil::write_atomic;
use crate::lang::Lang;

/// Where an exported chart goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartTarget {
    /// A PNG file.
    File(std::path::PathBuf),
    /// The clipboard.
    Clipboard,
}

/// An offscreen render on its way back from the GPU.
pub struct Render {
    /// The pixels, when the GPU is done.
    pub readback: super::offscreen::Readback,
    /// Where the picture goes.
    pub target: ChartTarget,
    /// When the export started.
    pub started: std::time::Instant,
    /// Its resolution, written into the PNG so that it pastes at its physical size.
    pub dpi: Option<f32>,
    /// What the picture says in words (title, values, source lines), written into the PNG.
    pub description: Option<String>,
}

/// A screenshot asked for, to crop to the chart when it arrives.
pub struct ScreenshotJob {
    /// Where the chart goes.
    pub target: ChartTarget,
    /// The chart's area, in points.
    pub rect: Rect,
    /// Pixels per point when asked.
    pub pixels_per_point: f32,
    /// The screenshot, when painted.
    pub image: Receiver<Arc<ColorImage>>,
}

impl ScreenshotJob {
    /// Asks egui for a screenshot of the next painted frame.
    pub fn request(ctx: &egui::Context, target: ChartTarget, rect: Rect) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            tx.send(image).ok();
            repaint.request_repaint();
        });
        ctx.request_repaint();
        Self {
            target,
            rect,
            pixels_per_point: ctx.pixels_per_point(),
            image: rx,
        }
    }
}

/// The part of `image` under `rect` (points), clipped to the image; `None` if nothing is left.
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> Option<ColorImage> {
    let [w, h] = image.size;
    let per_pixel = 1.0 / pixels_per_point.max(f32::EPSILON);
    let bounds = Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(w as f32 * per_pixel, h as f32 * per_pixel),
    );
    let clipped = rect.intersect(bounds);
    if !clipped.is_positive() {
        return None;
    }
    let cropped = image.region(&clipped, Some(pixels_per_point));
    (cropped.width() > 0 && cropped.height() > 0).then_some(cropped)
}

/// The keyword of the PNG text chunk that says in words what a page picture shows.
pub const DESCRIPTION: &str = "Description";

/// Encodes an image as an opaque RGB PNG (any transparency laid on white), with its
/// resolution (`pHYs`) when given, so that documents place it at its physical size, and what
/// it says in words (an iTXt `Description`: the title, every value with its name, the source
/// lines) when given, for whoever cannot see it and for checks.
pub fn encode_png(
    image: &ColorImage,
    dpi: Option<f32>,
    description: Option<&str>,
) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let (Ok(w), Ok(h)) = (u32::try_from(w), u32::try_from(h)) else {
        return Err("image too large".to_owned());
    };
    let rgb: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| {
            // Premultiplied: what shows through is white times what is left.
            let white = u8::MAX.saturating_sub(c.a());
            [
                c.r().saturating_add(white),
                c.g().saturating_add(white),
                c.b().saturating_add(white),
            ]
        })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    if let Some(dpi) = dpi {
        let per_metre = (dpi / 0.0254).round();
        // A resolution in dots per metre: a few thousand to a few tens of thousands.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a positive dpi well inside u32"
        )]
        let per_metre = per_metre.clamp(1.0, 1.0e6) as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: per_metre,
            yppu: per_metre,
            unit: png::Unit::Meter,
        }));
    }
    if let Some(text) = description {
        encoder
            .add_itxt_chunk(DESCRIPTION.to_owned(), text.to_owned())
            .map_err(|e| e.to_string())?;
    }
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// Encodes and writes a PNG through a temporary file.
pub fn write_png(
    path: &Path,
    image: &ColorImage,
    (dpi, description): (Option<f32>, Option<&str>),
    lang: Lang,
) -> Result<(), String> {
    let png = encode_png(image, dpi, description)?;
    write_atomic(path, &png).map_err(|e| e.render(lang))
}

/// A picture being encoded and written on a thread of its own: a page-sized PNG (1,890 x
/// 2,800 px at 300 dpi) takes longer to compress than a frame may last.
pub struct Writing {
    /// Where it goes.
    pub path: std::path::PathBuf,
    /// The outcome, once written.
    pub done: Receiver<Result<(), String>>,
    /// When the export started.
    pub started: std::time::Instant,
}

/// Starts encoding `image` and writing it to `path` (through a temporary file and a rename)
/// on a thread; the window is asked to draw again when it is done.
pub fn write_png_in_background(
    ctx: &egui::Context,
    path: &Path,
    image: ColorImage,
    (dpi, description): (Option<f32>, Option<String>),
    (started, lang): (std::time::Instant, Lang),
) -> Result<Writing, String> {
    let (tx, done) = std::sync::mpsc::channel();
    let (ctx, target) = (ctx.clone(), path.to_path_buf());
    std::thread::Builder::new()
        .name("png-writer".to_owned())
        .spawn(move || {
            tx.send(write_png(
                &target,
                &image,
                (dpi, description.as_deref()),
                lang,
            ))
            .ok();
            ctx.request_repaint();
        })
        .map_err(|e| e.to_string())?;
    Ok(Writing {
        path: path.to_path_buf(),
        done,
        started,
    })
}
