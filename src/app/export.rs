//! Chart exports in flight: to PNG (1x: a screenshot of the chart's area on screen; 2x: the same
//! drawing code rendered offscreen at twice the pixels) or to the clipboard. Files are written
//! through a temporary file and a rename, so a failure leaves no partial file.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use egui::{ColorImage, Rect};

use crate::fsutil::write_atomic;

/// Where an exported chart goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartTarget {
    /// A PNG file.
    File(std::path::PathBuf),
    /// The clipboard.
    Clipboard,
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

/// Encodes an image as PNG.
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let (Ok(w), Ok(h)) = (u32::try_from(w), u32::try_from(h)) else {
        return Err("image too large".to_owned());
    };
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    let rgba = image::RgbaImage::from_raw(w, h, bytes).ok_or("image size mismatch")?;
    let mut out = std::io::Cursor::new(Vec::new());
    rgba.write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// Encodes and writes a PNG through a temporary file.
pub fn write_png(path: &Path, image: &ColorImage) -> Result<(), String> {
    let png = encode_png(image)?;
    write_atomic(path, &png).map_err(|e| e.to_string())
}
