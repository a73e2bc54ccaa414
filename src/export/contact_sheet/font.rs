//! The sheet's one font, its glyphs and advances, and line breaking by measured width.
//!
//! One glyph per character, placed by its advance: Japanese needs no shaping in this font, and
//! the Latin text of the sheet needs no ligatures. Lines break at spaces, and between Japanese
//! characters except before closing punctuation and small kana and after opening brackets
//! (a short form of 禁則処理); a word longer than the line is cut where it must be.

use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider as _};

/// A glyph of the font: its id and its advance in ems.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// The character it draws.
    pub ch: char,
    /// The font's glyph id (0, the font's "missing" box, when it has none).
    pub id: u32,
    /// The advance, in ems.
    pub advance: f32,
}

/// The font's character map and advances.
pub struct Measure<'a> {
    charmap: Charmap<'a>,
    metrics: GlyphMetrics<'a>,
    units_per_em: f32,
}

impl<'a> Measure<'a> {
    /// Reads the font; `None` if it is not a font.
    pub fn new(data: &'a [u8]) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        if units_per_em <= 0.0 {
            return None;
        }
        Some(Self {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
        })
    }

    /// The glyph of a character; control characters are drawn as spaces.
    pub fn glyph(&self, ch: char) -> Glyph {
        let ch = if ch.is_control() { ' ' } else { ch };
        let id = self.charmap.map(ch).unwrap_or_default();
        let advance = self.metrics.advance_width(id).unwrap_or_default() / self.units_per_em;
        Glyph {
            ch,
            id: id.to_u32(),
            advance,
        }
    }

    /// The glyphs of a text.
    pub fn glyphs(&self, text: &str) -> Vec<Glyph> {
        text.chars().map(|c| self.glyph(c)).collect()
    }

    /// The width of a text at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).advance * size).sum()
    }

    /// `text` broken into lines no wider than `width` points at `size` points, by the rules of
    /// [`crate::export::line_break`]. A `\n` starts a new line. Never empty: an empty text is
    /// one empty line.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        crate::export::line_break::wrap(text, width, |c| self.glyph(c).advance * size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> Measure<'static> {
        Measure::new(crate::assets::BIZ_UDP_GOTHIC).unwrap()
    }

    #[test]
    fn japanese_and_latin_have_glyphs_and_advances() {
        let m = m();
        for c in "東京都ナースセンター電話03-5309-2065□※†〒Key-Net@hr-s.co.jp".chars()
        {
            let g = m.glyph(c);
            assert_ne!(g.id, 0, "{c} has no glyph");
            assert!(g.advance > 0.0, "{c}");
        }
        // Full-width kanji are one em wide in this font.
        assert!((m.glyph('東').advance - 1.0).abs() < 0.01);
        assert!(m.width("abc", 10.0) < m.width("東京都", 10.0));
    }

    #[test]
    fn lines_fit_and_keep_every_character() {
        let m = m();
        let text = "ワクチンの接種等を行う看護師等が不足している場合、都道府県ごとのナースセンター（別紙3の連絡先）に相談する。If nurses for vaccination are \
            short, ask the prefecture's nurse centre.";
        let lines = m.wrap(text, 9.0, 120.0);
        assert!(lines.len() > 3, "{lines:?}");
        for l in &lines {
            assert!(m.width(l, 9.0) <= 120.0, "{l}");
            assert!(
                !l.starts_with('、') && !l.starts_with('。') && !l.starts_with('）'),
                "{l}"
            );
            assert!(!l.ends_with('（'), "{l}");
        }
        let joined: String = lines.concat();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        // Latin text breaks between words.
        let en = m.wrap("ask the prefecture's nurse centre", 9.0, 80.0);
        assert!(en.iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')));
        assert!(
            en.iter()
                .any(|l| l.ends_with("prefecture's") || l.ends_with("the")),
            "{en:?}"
        );
    }

    #[test]
    fn odd_input_does_not_hang_or_panic() {
        let m = m();
        assert_eq!(m.wrap("", 9.0, 100.0), [""]);
        assert_eq!(m.wrap("a\nb", 9.0, 100.0), ["a", "b"]);
        // Narrower than one glyph: one glyph a line.
        assert_eq!(m.wrap("東京", 9.0, 1.0), ["東", "京"]);
        assert_eq!(m.wrap("abc", 9.0, 0.0).len(), 3);
        let long = "https://www.med-login.mhlw.go.jp/a/very/long/address";
        for l in m.wrap(long, 9.0, 60.0) {
            assert!(m.width(&l, 9.0) <= 60.0 || l.chars().count() == 1, "{l}");
        }
        assert_eq!(m.wrap("   ", 9.0, 100.0), [""]);
        let _ = m.wrap("\u{1F600}\t\u{0}", 9.0, 100.0);
    }
}
