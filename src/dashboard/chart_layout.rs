//! Where a chart picture goes, as the user chooses it: the text width of an A4 page, half of
//! it, a 16:9 slide, or as on screen. The picture's plan for each is `export::figure`'s.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::texts::texts;

/// Where the picture goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChartLayout {
    /// The text width of an A4 portrait page (16 cm), as tall as the bars need.
    #[default]
    A4,
    /// Half the A4 text width (8 cm), as tall as the bars need.
    Half,
    /// A whole 16:9 slide (25.4 x 14.3 cm).
    Slide,
    /// As shown on screen (a screenshot of the chart's area).
    Screen,
}

impl ChartLayout {
    /// Every layout, in the order offered.
    pub const ALL: [Self; 4] = [Self::A4, Self::Half, Self::Slide, Self::Screen];

    /// Its name.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Self::A4 => t.export.layout_a4,
            Self::Half => t.export.layout_half,
            Self::Slide => t.export.layout_slide,
            Self::Screen => t.export.layout_screen,
        }
    }

    /// What it is for.
    pub fn help(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Self::A4 => t.export.layout_a4_help,
            Self::Half => t.export.layout_half_help,
            Self::Slide => t.export.layout_slide_help,
            Self::Screen => t.export.layout_screen_help,
        }
    }

    /// Its name on the command line and in file names.
    pub fn key(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::Half => "half",
            Self::Slide => "slide",
            Self::Screen => "screen",
        }
    }

    /// The printed size in centimetres: width and, for a fixed page, height. `None` as on screen.
    pub fn size_cm(self) -> Option<(f32, Option<f32>)> {
        match self {
            Self::A4 => Some((16.0, None)),
            Self::Half => Some((8.0, None)),
            Self::Slide => Some((25.4, Some(14.3))),
            Self::Screen => None,
        }
    }
}
