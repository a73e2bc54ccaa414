//! What is written at a bar's end (the figure, its of-which part, its change), the same on
//! screen and in every picture; and a whole count of rows or bars from a measured room.

use crate::lang::Lang;
use crate::texts::{fill, texts};

/// A whole count from a float already rounded, at least 1 (1 for NaN, infinities and less).
pub fn count_at_least_one(value: f32) -> usize {
    if value.is_finite() && value >= 1.0 {
        // Finite and at least 1; counts of rows and bars are far below usize::MAX.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked above"
        )]
        let n = value as usize;
        n
    } else {
        1
    }
}

/// The value written at a bar's end: the figure, with the of-which part in brackets, and its
/// change when compared (`830 +12`).
pub fn value_text(bar: &crate::dashboard::chart_data::BarDatum, lang: Lang) -> String {
    let value = value_alone(bar, lang);
    match bar.change() {
        Some(change) => fill(
            texts(lang).chart.value_with_change,
            &[
                ("value", &value),
                ("change", &bar.scale.show_held_change(change)),
            ],
        ),
        None => value,
    }
}

fn value_alone(bar: &crate::dashboard::chart_data::BarDatum, lang: Lang) -> String {
    let shown = |v: u32| bar.scale.show_held(v);
    match bar.part {
        Some(part) => fill(
            texts(lang).chart.value_with_part,
            &[("value", &shown(bar.value)), ("part", &shown(part))],
        ),
        None => shown(bar.value),
    }
}
