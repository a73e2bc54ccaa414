//! Every colour and size the dashboard uses (design tokens), in one place.
//!
//! The chart palette is Okabe-Ito, safe for the common forms of colour blindness.

#![expect(
    clippy::disallowed_methods,
    reason = "this module is where colours are defined"
)]

use egui::Color32;

/// Text of printed charts (near black).
pub const PRINT_INK: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
/// Grid lines of printed charts.
pub const PRINT_GRID: Color32 = Color32::from_rgb(0xD0, 0xD0, 0xD0);
/// Every other row of a printed table (the briefing pack's), to lead the eye along it.
pub const PRINT_STRIPE: Color32 = Color32::from_rgb(0xF0, 0xF0, 0xF0);
/// Okabe-Ito blue: the bars.
pub const BAR: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
/// Okabe-Ito sky blue: the of-which (vaccination) part of a bar.
pub const BAR_PART: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
/// The earlier report's bar beside each bar when compared: lighter, and grey so that it is not
/// taken for the of-which part.
pub const BAR_EARLIER: Color32 = Color32::from_rgb(0xA6, 0xA6, 0xA6);
/// Okabe-Ito vermillion: the selected prefecture's bar.
pub const BAR_SELECTED: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
/// Okabe-Ito orange: the selected prefecture's of-which part.
pub const BAR_SELECTED_PART: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
/// The map's sequential scale, lightest first: `ColorBrewer` `YlGnBu`, five classes (colour-blind
/// safe, and in order when printed in grey).
pub const MAP_SCALE: [Color32; 5] = [
    Color32::from_rgb(0xFF, 0xFF, 0xCC),
    Color32::from_rgb(0xA1, 0xDA, 0xB4),
    Color32::from_rgb(0x41, 0xB6, 0xC4),
    Color32::from_rgb(0x2C, 0x7F, 0xB8),
    Color32::from_rgb(0x25, 0x34, 0x94),
];
/// The outline of a zero tile and the hatching of a tile with no value.
pub const MAP_EMPTY_LINE: Color32 = Color32::from_rgb(0x76, 0x76, 0x76);
/// A tile the filter leaves out.
pub const MAP_FILTERED_OUT: Color32 = Color32::from_rgb(0xE4, 0xE4, 0xE4);
/// The colours of the prefectures' lines after the selected one's (colour-blind-safe, each
/// with a marker of its own as well).
pub const TREND_LINES: [Color32; 8] = [
    BAR,
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
    Color32::from_rgb(0x56, 0xB4, 0xE9),
    Color32::from_rgb(0x88, 0x22, 0x55),
    Color32::from_rgb(0x8C, 0x6D, 0x00),
    Color32::from_rgb(0x66, 0x66, 0x66),
];

/// The text on a tile the filter leaves out.
pub const MAP_FILTERED_OUT_TEXT: Color32 = Color32::from_rgb(0x8C, 0x8C, 0x8C);
/// The colours that differ between a light and a dark screen (the bars read on both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Background of the warning banner.
    pub warning_bg: Color32,
    /// Text of the warning banner.
    pub warning_text: Color32,
    /// Derived (computed, not published) figures.
    pub derived: Color32,
    /// A mark where a total differs from the sum.
    pub mismatch: Color32,
}

/// On a light background (and in every export).
pub const LIGHT: Palette = Palette {
    warning_bg: Color32::from_rgb(0xFF, 0xF1, 0xC2),
    warning_text: Color32::from_rgb(0x6B, 0x3A, 0x00),
    derived: Color32::from_rgb(0x5A, 0x4A, 0x8A),
    mismatch: Color32::from_rgb(0xB0, 0x30, 0x00),
};

/// On a dark background: the same meanings, lighter (each above 4.5:1 on egui's dark panel).
pub const DARK: Palette = Palette {
    warning_bg: Color32::from_rgb(0x4A, 0x3B, 0x10),
    warning_text: Color32::from_rgb(0xFF, 0xE0, 0x9A),
    derived: Color32::from_rgb(0xC4, 0xB5, 0xF0),
    mismatch: Color32::from_rgb(0xFF, 0x9E, 0x6B),
};

/// The palette for the `ui`'s background.
pub fn palette(ui: &egui::Ui) -> Palette {
    if ui.visuals().dark_mode { DARK } else { LIGHT }
}

/// Height of one table row.
pub const ROW_HEIGHT: f32 = 20.0;
/// Height of the table header (three lines of wrapped column names).
pub const HEADER_HEIGHT: f32 = 52.0;
/// Size of the nurse centre's phone in the side panel.
pub const PHONE_SIZE: f32 = 24.0;
/// Size of the chart's prefecture names.
pub const CHART_LABEL_SIZE: f32 = 13.0;
/// Default width of the side panel.
pub const SIDE_PANEL_WIDTH: f32 = 350.0;
