//! The bundled `BIZ UDPGothic` (SIL OFL 1.1, licence beside it in assets/fonts/), installed as
//! the first proportional font, so Japanese renders the same on every machine and in tests.

use std::sync::Arc;

/// The bundled font (one copy in the binary, shared with the PDF sheet).
use crate::assets::BIZ_UDP_GOTHIC;

/// Installs the font: first for proportional text, fallback for monospace.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "biz_udp_gothic".to_owned(),
        Arc::new(egui::FontData::from_static(BIZ_UDP_GOTHIC)),
    );
    fonts
        .families
        .entry(egui::FontFamily::Proportional)
        .or_default()
        .insert(0, "biz_udp_gothic".to_owned());
    fonts
        .families
        .entry(egui::FontFamily::Monospace)
        .or_default()
        .push("biz_udp_gothic".to_owned());
    ctx.set_fonts(fonts);
}
