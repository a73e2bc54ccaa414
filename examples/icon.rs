//! Draws the window icon, `assets/icon-256.png`: a blue rounded square with a white cross and
//! four bars, the selected one in vermillion (the dashboard's Okabe-Ito colours).
//!
//! `cargo run --example icon -- assets/icon-256.png`

#![expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::print_stderr,
    reason = "a drawing script over a fixed 256x256 canvas"
)]

use std::process::ExitCode;

const SIZE: u32 = 256;
/// Samples per pixel side, for smooth edges.
const SUB: u32 = 4;

const BLUE: [f32; 3] = [0.0, 114.0, 178.0];
const VERMILLION: [f32; 3] = [213.0, 94.0, 0.0];
const WHITE: [f32; 3] = [255.0, 255.0, 255.0];

/// A shape: a colour where `inside(x, y)` holds, in 0..256 coordinates.
type Shape = (fn(f32, f32) -> bool, [f32; 3]);

fn rounded_square(x: f32, y: f32) -> bool {
    let (lo, hi, r) = (8.0, 248.0, 52.0);
    if !(lo..hi).contains(&x) || !(lo..hi).contains(&y) {
        return false;
    }
    let cx = x.clamp(lo + r, hi - r);
    let cy = y.clamp(lo + r, hi - r);
    (x - cx).powi(2) + (y - cy).powi(2) <= r * r
}

fn cross(x: f32, y: f32) -> bool {
    let (cx, cy, arm, half) = (72.0, 72.0, 30.0, 10.0);
    ((x - cx).abs() <= half && (y - cy).abs() <= arm)
        || ((y - cy).abs() <= half && (x - cx).abs() <= arm)
}

fn bar(x: f32, y: f32, left: f32, top: f32) -> bool {
    (left..left + 30.0).contains(&x) && (top..212.0).contains(&y)
}

fn white_bars(x: f32, y: f32) -> bool {
    bar(x, y, 44.0, 150.0) || bar(x, y, 88.0, 124.0) || bar(x, y, 176.0, 104.0)
}

fn selected_bar(x: f32, y: f32) -> bool {
    bar(x, y, 132.0, 60.0)
}

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: cargo run --example icon -- OUT.png");
        return ExitCode::from(2);
    };
    let shapes: [Shape; 4] = [
        (rounded_square, BLUE),
        (cross, WHITE),
        (white_bars, WHITE),
        (selected_bar, VERMILLION),
    ];
    let image = image::RgbaImage::from_fn(SIZE, SIZE, |px, py| {
        let mut rgb = [0.0_f32; 3];
        let mut alpha = 0.0_f32;
        for sy in 0..SUB {
            for sx in 0..SUB {
                let x = px as f32 + (sx as f32 + 0.5) / SUB as f32;
                let y = py as f32 + (sy as f32 + 0.5) / SUB as f32;
                // The topmost shape that covers the sample gives its colour.
                if let Some((_, colour)) = shapes.iter().rev().find(|(inside, _)| inside(x, y)) {
                    for (c, v) in rgb.iter_mut().zip(colour) {
                        *c += v;
                    }
                    alpha += 1.0;
                }
            }
        }
        if alpha == 0.0 {
            return image::Rgba([0, 0, 0, 0]);
        }
        let samples = (SUB * SUB) as f32;
        let [r, g, b] = rgb.map(|c| (c / alpha).round() as u8);
        image::Rgba([r, g, b, (255.0 * alpha / samples).round() as u8])
    });
    match image.save(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {}: {e}", out.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}
