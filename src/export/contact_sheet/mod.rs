//! The one-page contact sheet of a prefecture, as PDF: what a municipality hands to a venue
//! operator that cannot expand (the notices' step 5). Knows nothing of egui.
//!
//! [`contact_sheet_pdf`] lays the page out with the bundled font, measured glyph by glyph; when
//! it does not fit on one A4 page it tries again with less room between blocks, then with
//! smaller body text (never below 8 pt), and fails rather than spill onto a second page. The
//! font is embedded as a subset with a `ToUnicode` map, so the text can be selected and searched.

mod content;
pub mod font;
pub(crate) mod layout;
pub(crate) mod render;

use crate::assets::BIZ_UDP_GOTHIC;
use crate::lang::Lang;
use crate::prefecture::PrefectureCode;
use crate::report::Report;
use crate::texts::{fill, texts};

pub use content::{MARGIN, PAGE};

/// Why a sheet could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The report has no row for the prefecture.
    #[error("the report has no row for prefecture code {0}")]
    NoPrefecture(PrefectureCode),
    /// Even with the least spacing and 8 pt text, the content is longer than one page.
    #[error("the contact sheet does not fit on one A4 page")]
    DoesNotFit,
    /// The bundled font could not be read.
    #[error("cannot read the bundled font")]
    Font,
    /// The PDF writer failed.
    #[error("cannot make the PDF: {0}")]
    Pdf(String),
}

impl SheetError {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Self::NoPrefecture(code) => fill(t.sheet.err_no_prefecture, &[("code", code)]),
            Self::DoesNotFit => t.sheet.err_does_not_fit.to_owned(),
            Self::Font => t.sheet.err_font.to_owned(),
            Self::Pdf(e) => fill(t.sheet.err_pdf, &[("error", e)]),
        }
    }
}

/// Body text size and spacing tried in turn: full spacing first, then less, then smaller body
/// text (never below 8 pt).
const ATTEMPTS: [(f32, f32); 13] = [
    (9.0, 1.0),
    (9.0, 0.875),
    (9.0, 0.75),
    (9.0, 0.625),
    (9.0, 0.5),
    (9.0, 0.375),
    (9.0, 0.25),
    (9.0, 0.125),
    (9.0, 0.0),
    (8.5, 0.5),
    (8.5, 0.25),
    (8.5, 0.0),
    (8.0, 0.0),
];

/// The styles tried in turn in `lang`.
fn styles(lang: Lang) -> impl Iterator<Item = layout::Style> {
    ATTEMPTS
        .into_iter()
        .map(move |(body, spacing)| layout::Style {
            body,
            small: 8.0,
            spacing,
            // Japanese needs more room between lines than Latin text.
            leading: match lang {
                Lang::Ja => 1.22,
                Lang::En => 1.12,
            },
        })
}

/// The contact sheet of the prefecture `code`, in `lang`: one A4 portrait page of PDF.
///
/// It holds the title, the prefecture nurse centre's phone, the seven figures beside the
/// national total with the prefecture's rank among the 47 (derived, marked so), whom to call
/// when short of nurses and of doctors (phone, fax, e-mail and hours only as the report gives
/// them), Key-Net's usage steps, the escalation steps as a checklist with empty tick boxes,
/// and at the bottom the period, the compilation, the source and notes 1-3.
pub fn contact_sheet_pdf(
    report: &Report,
    code: PrefectureCode,
    lang: Lang,
) -> Result<Vec<u8>, SheetError> {
    let row = report.row(code).ok_or(SheetError::NoPrefecture(code))?;
    let measure = font::Measure::new(BIZ_UDP_GOTHIC).ok_or(SheetError::Font)?;
    let ops = sheet_ops(report, code, lang, &measure)?;
    let name = match (lang, crate::prefecture::by_code(code)) {
        (Lang::En, Some(p)) => p.english.clone(),
        _ => row.name.clone(),
    };
    let title = fill(texts(lang).sheet.title, &[("name", &name)]);
    render::pdf(&ops, &measure, &title, lang)
}

/// What the sheet of `code` draws, laid out on one A4 portrait page (for the sheet itself and
/// the briefing pack's last page).
pub(crate) fn sheet_ops(
    report: &Report,
    code: PrefectureCode,
    lang: Lang,
    measure: &font::Measure<'_>,
) -> Result<Vec<layout::Op>, SheetError> {
    let row = report.row(code).ok_or(SheetError::NoPrefecture(code))?;
    styles(lang)
        .map(|style| content::lay_out(report, row, lang, measure, style))
        .find(|laid| laid.bottom <= PAGE.1 - MARGIN)
        .map(|laid| laid.ops)
        .ok_or(SheetError::DoesNotFit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::bundled;
    use layout::Op;

    /// The ink box of a text op: left, top, right, bottom.
    fn ink(op: &Op, m: &font::Measure<'_>) -> Option<(f32, f32, f32, f32)> {
        match op {
            Op::Text {
                x, y, size, text, ..
            } => Some((
                *x,
                y - size * 0.88,
                x + m.width(text, *size),
                y + size * 0.12,
            )),
            _ => None,
        }
    }

    #[test]
    fn every_prefecture_fits_one_page_in_both_languages_without_overlaps() {
        let report = bundled().unwrap().report;
        let m = font::Measure::new(BIZ_UDP_GOTHIC).unwrap();
        for lang in Lang::ALL {
            for row in &report.rows {
                let laid = styles(lang)
                    .map(|s| content::lay_out(&report, row, lang, &m, s))
                    .find(|l| l.bottom <= PAGE.1 - MARGIN)
                    .unwrap_or_else(|| panic!("{} {lang:?} does not fit", row.name));
                let boxes: Vec<_> = laid.ops.iter().filter_map(|op| ink(op, &m)).collect();
                // Every rule clear of the text above it by half a point beyond its own half
                // width (descenders), and of the em box of the text below it.
                for op in &laid.ops {
                    let Op::Line { from, to, line } = op else {
                        continue;
                    };
                    let (top, bottom) = (from.1.min(to.1), from.1.max(to.1));
                    for (k, b) in boxes.iter().enumerate() {
                        let beside = b.2 <= from.0.min(to.0) || b.0 >= from.0.max(to.0);
                        let clear = b.3 + 0.5 + line / 2.0 <= top || b.1 - line / 2.0 >= bottom;
                        assert!(
                            beside || clear,
                            "{} {lang:?}: the rule {op:?} touches {:?}",
                            row.name,
                            laid.ops
                                .iter()
                                .filter(|o| matches!(o, Op::Text { .. }))
                                .nth(k)
                        );
                    }
                }
                for (i, a) in boxes.iter().enumerate() {
                    assert!(
                        a.0 >= MARGIN - 0.01 && a.2 <= PAGE.0 - MARGIN + 0.01,
                        "{} {lang:?}: {:?} leaves the page",
                        row.name,
                        laid.ops.get(i)
                    );
                    for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                        let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                        assert!(
                            apart,
                            "{} {lang:?}: {:?} overlaps {:?}",
                            row.name,
                            laid.ops.get(i),
                            laid.ops.get(j)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_bundled_report_fits_with_9_pt_body_text_in_japanese_and_8_5_in_english() {
        let report = bundled().unwrap().report;
        let m = font::Measure::new(BIZ_UDP_GOTHIC).unwrap();
        for code in [1, 13] {
            let row = report.row(PrefectureCode(code)).unwrap();
            for lang in Lang::ALL {
                let fits = styles(lang)
                    .filter(|s| s.body >= if lang == Lang::Ja { 9.0 } else { 8.5 })
                    .map(|s| content::lay_out(&report, row, lang, &m, s))
                    .any(|l| l.bottom <= PAGE.1 - MARGIN);
                assert!(fits, "{code} {lang:?}");
            }
        }
    }

    #[test]
    fn a_pdf_of_one_a4_page() {
        let report = bundled().unwrap().report;
        let pdf = contact_sheet_pdf(&report, PrefectureCode(13), Lang::Ja).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/MediaBox[0 0 595.28 841.89]"), "A4 portrait");
        assert!(text.contains("/Count 1"));
        // The page tree and its one page.
        assert_eq!(text.matches("/Type/Page").count(), 2);
    }

    #[test]
    fn errors_not_panics() {
        let report = bundled().unwrap().report;
        assert!(matches!(
            contact_sheet_pdf(&report, PrefectureCode(48), Lang::Ja),
            Err(SheetError::NoPrefecture(PrefectureCode(48)))
        ));
        // A report whose steps would fill pages: refused, not spilled onto a second page.
        let mut long = report.clone();
        for step in &mut long.escalation {
            step.action =
                crate::report::Text::ours(step.action.ja().repeat(8), step.action.en().repeat(8));
        }
        let e = contact_sheet_pdf(&long, PrefectureCode(13), Lang::En).unwrap_err();
        assert!(matches!(e, SheetError::DoesNotFit));
        assert!(e.render(Lang::Ja).contains("A4"));
        // An empty report part leaves its section out.
        let mut bare = report.clone();
        bare.contacts.clear();
        bare.escalation.clear();
        bare.key_net_flow.clear();
        bare.meta.notes.clear();
        assert!(contact_sheet_pdf(&bare, PrefectureCode(47), Lang::En).is_ok());
    }
}
