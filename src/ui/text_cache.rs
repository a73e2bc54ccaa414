//! Laid-out text kept across passes, for the texts a keystroke in the search box brings back.
//!
//! egui keeps a laid-out text (a galley) for one pass: a row, a bar's name or a tile's value
//! that comes back into view after a character is typed is shaped again, most of a keystroke's
//! cost in a table of thousands of rows. This cache keeps galleys for longer, one cache for each
//! egui context (the window's, and each offscreen one's own).
//!
//! A galley points into egui's glyph atlas, which egui empties when it fills up, or when its
//! text options or fonts change; egui then empties its own cache of galleys too, as they point
//! into the old atlas. So a *witness*, one small text laid out through egui's cache at the first
//! use in each pass, tells whether that happened: egui hands back the very galley of the pass
//! before (the same allocation) only when its cache was not emptied, and so neither was the
//! atlas. When it hands back another, every kept galley is dropped before one is drawn. A pass
//! that does not use this cache lets egui forget the witness: the next use starts afresh.
//!
//! The atlas can only be emptied at the start of a pass (`Fonts::begin_pass`), never inside one.
//! Nothing in this app swaps egui's glyph rasterizers, which empty its galleys in a pass.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use egui::text::{Galley, LayoutJob};
use egui::{Direction, FontSelection, TextWrapMode, WidgetText};

/// Galleys unused for this many passes that used the cache are dropped.
const KEEP_PASSES: u64 = 600;
/// Past this many galleys, those not used in this pass or the one before are dropped.
const MAX_KEPT: usize = 8192;

/// The kept galleys of one egui context.
#[derive(Default)]
pub struct TextCache {
    /// The witness as egui laid it out at the last check.
    witness: Option<Arc<Galley>>,
    /// The egui pass of the last check.
    checked_pass: Option<u64>,
    /// Passes that used the cache, counted.
    uses: u64,
    /// Galleys by their layout's hash.
    kept: HashMap<u64, Kept>,
}

struct Kept {
    /// The layout asked for (egui rounds a wrap width before laying out; this is as asked).
    job: LayoutJob,
    galley: Arc<Galley>,
    /// The count of passes when last used.
    used: u64,
}

/// The context's cache as it is shared in egui's memory.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<TextCache>>);

impl TextCache {
    /// Checks the witness once per pass, dropping every kept galley when egui's atlas may have
    /// been emptied, and forgets galleys long unused.
    fn begin(&mut self, ctx: &egui::Context) {
        let pass = ctx.cumulative_pass_nr();
        if self.checked_pass == Some(pass) {
            return;
        }
        self.checked_pass = Some(pass);
        self.uses = self.uses.saturating_add(1);
        let witness = ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                "0".to_owned(),
                egui::FontId::monospace(8.0),
                egui::Color32::PLACEHOLDER,
            )
        });
        let same = self
            .witness
            .as_ref()
            .is_some_and(|old| Arc::ptr_eq(old, &witness));
        if !same {
            self.kept.clear();
        }
        self.witness = Some(witness);
        let uses = self.uses;
        if uses.is_multiple_of(64) {
            self.kept
                .retain(|_, k| uses.saturating_sub(k.used) <= KEEP_PASSES);
        }
        if self.kept.len() > MAX_KEPT {
            self.kept.retain(|_, k| uses.saturating_sub(k.used) <= 1);
        }
    }

    /// The galley of `job`: the kept one, or laid out by egui and kept.
    fn galley(&mut self, ctx: &egui::Context, job: LayoutJob) -> Arc<Galley> {
        let hash = egui::util::hash(&job);
        let uses = self.uses;
        if let Some(k) = self.kept.get_mut(&hash)
            && k.job == job
        {
            k.used = uses;
            return Arc::clone(&k.galley);
        }
        let galley = ctx.fonts_mut(|f| f.layout_job(job.clone()));
        let kept = Kept {
            job,
            galley: Arc::clone(&galley),
            used: uses,
        };
        self.kept.insert(hash, kept);
        galley
    }

    /// How many galleys are kept (for tests).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.kept.len()
    }
}

/// Text laid out through the context's cache; without it (another use holds it), laid out
/// by egui as usual.
pub struct Texts<'a> {
    cache: Option<&'a mut TextCache>,
}

/// Runs `f` with the cache of `ui`'s context, checked for this pass.
pub fn with<R>(ctx: &egui::Context, f: impl FnOnce(&mut Texts<'_>) -> R) -> R {
    let id = egui::Id::unique("staffing_dashboard::text_cache");
    let shared = ctx.data_mut(|d| d.get_temp_mut_or_default::<Shared>(id).clone());
    // A cache already in use further up (or left poisoned by a panic) is not waited for.
    let guard = shared.0.try_lock();
    match guard {
        Ok(mut cache) => {
            cache.begin(ctx);
            f(&mut Texts {
                cache: Some(&mut cache),
            })
        }
        Err(_) => f(&mut Texts { cache: None }),
    }
}

impl Texts<'_> {
    /// The galley of `job`, kept across passes.
    pub fn galley(&mut self, ctx: &egui::Context, job: LayoutJob) -> Arc<Galley> {
        match self.cache.as_deref_mut() {
            Some(cache) => cache.galley(ctx, job),
            None => ctx.fonts_mut(|f| f.layout_job(job)),
        }
    }

    /// One line of text as [`egui::Painter::layout_no_wrap`] lays it out, kept.
    pub fn no_wrap(
        &mut self,
        ctx: &egui::Context,
        text: &str,
        font: egui::FontId,
        color: egui::Color32,
    ) -> Arc<Galley> {
        self.galley(
            ctx,
            LayoutJob::simple_singleline(text.to_owned(), font, color),
        )
    }

    /// Paints one line of text anchored at `pos`, as [`egui::Painter::text`] does, kept.
    pub fn paint(
        &mut self,
        painter: &egui::Painter,
        (pos, anchor): (egui::Pos2, egui::Align2),
        text: &str,
        font: egui::FontId,
        color: egui::Color32,
    ) -> egui::Rect {
        let galley = self.no_wrap(painter.ctx(), text, font, color);
        let rect = anchor.anchor_size(pos, galley.size());
        painter.galley(rect.min, galley, color);
        rect
    }

    /// A label, laid out as [`egui::Label`] lays it out in `ui` and kept. Not for a grid.
    pub fn label(&mut self, ui: &mut egui::Ui, text: impl Into<WidgetText>) -> egui::Response {
        self.label_wrapping(ui, text, None)
    }

    /// A label as [`Self::label`], wrapped as `wrap` says (as [`egui::Label::wrap_mode`]; none:
    /// as `ui`'s style says).
    pub fn label_wrapping(
        &mut self,
        ui: &mut egui::Ui,
        text: impl Into<WidgetText>,
        wrap: Option<TextWrapMode>,
    ) -> egui::Response {
        let text = text.into();
        if self.cache.is_none() {
            let label = egui::Label::new(text);
            return ui.add(match wrap {
                Some(mode) => label.wrap_mode(mode),
                None => label,
            });
        }
        match label_job(ui, &text, wrap) {
            LabelJob::Own(job) => {
                let galley = self.galley(ui.ctx(), job);
                ui.add(egui::Label::new(galley))
            }
            LabelJob::InRow(job) => {
                let galley = self.galley(ui.ctx(), job);
                row_label(ui, galley)
            }
        }
    }
}

/// How [`egui::Label`] lays out a text: on its own (a galley egui places as given), or on in a
/// wrapping row after what stands before it (placed row by row).
enum LabelJob {
    Own(LayoutJob),
    InRow(LayoutJob),
}

/// The layout [`egui::Label`] makes of `text` in `ui` (egui 0.37's `Label::layout_in_ui`).
fn label_job(ui: &egui::Ui, text: &WidgetText, wrap: Option<TextWrapMode>) -> LabelJob {
    let wrap_mode = wrap.unwrap_or_else(|| ui.wrap_mode());
    let layout = ui.layout();
    let available_width = ui.available_width();
    let mut job = Arc::unwrap_or_clone(text.clone().into_layout_job(
        ui.style(),
        FontSelection::Default,
        ui.text_valign(),
    ));
    if wrap_mode == TextWrapMode::Wrap
        && layout.main_dir() == Direction::LeftToRight
        && layout.main_wrap()
        && available_width.is_finite()
    {
        // The first row starts after what stands before it in the row, the next ones at the
        // row's left.
        job.wrap.max_width = available_width;
        job.first_row_min_height = ui.cursor().height();
        job.halign = egui::Align::Min;
        job.justify = false;
        if let Some(first) = job.sections.first_mut() {
            first.leading_space = available_width - ui.available_size_before_wrap().x;
        }
        return LabelJob::InRow(job);
    }
    match wrap_mode {
        TextWrapMode::Extend => job.wrap.max_width = f32::INFINITY,
        TextWrapMode::Wrap => job.wrap.max_width = available_width,
        TextWrapMode::Truncate => {
            job.wrap.max_width = available_width;
            job.wrap.max_rows = 1;
            job.wrap.break_anywhere = true;
        }
    }
    job.halign = layout.horizontal_placement();
    job.justify = layout.horizontal_justify();
    LabelJob::Own(job)
}

/// A label laid out on in a wrapping row, placed and painted as [`egui::Label`] places and
/// paints one there: its rows allocated one by one, the text selectable as the style says.
fn row_label(ui: &mut egui::Ui, galley: Arc<Galley>) -> egui::Response {
    let selectable = ui.style().interaction.selectable_labels;
    let mut sense = if ui.memory(|m| m.options.screen_reader) {
        egui::Sense::focusable_noninteractive()
    } else {
        egui::Sense::hover()
    };
    if selectable {
        let mut select = if ui.input(egui::InputState::has_touch_screen) {
            egui::Sense::click()
        } else {
            egui::Sense::click_and_drag()
        };
        select.remove(egui::Sense::FOCUSABLE);
        sense |= select;
    }
    let pos = egui::pos2(ui.max_rect().left(), ui.cursor().top());
    let mut rows = galley.rows.iter();
    let first = rows
        .next()
        .map_or(egui::Rect::from_min_size(pos, egui::Vec2::ZERO), |row| {
            row.rect_without_leading_space().translate(pos.to_vec2())
        });
    let mut response = ui.allocate_rect(first, sense);
    response.set_intrinsic_size(galley.intrinsic_size());
    for row in rows {
        response |= ui.allocate_rect(row.rect().translate(pos.to_vec2()), sense);
    }
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), galley.text())
    });
    if ui.is_rect_visible(response.rect) {
        if galley.elided {
            let whole = LayoutJob {
                sections: galley.job.sections.clone(),
                text: galley.job.text.clone(),
                ..LayoutJob::default()
            };
            response = response.on_hover_text(whole);
        }
        let color = ui.style().visuals.text_color();
        let underline = if response.has_focus() || response.highlighted() {
            egui::Stroke::new(1.0, color)
        } else {
            egui::Stroke::NONE
        };
        if selectable {
            egui::text_selection::LabelSelectionState::label_text_selection(
                ui, &response, pos, galley, color, underline,
            );
        } else {
            ui.painter()
                .add(egui::epaint::TextShape::new(pos, galley, color).with_underline(underline));
        }
    }
    response
}

#[cfg(test)]
mod tests;
