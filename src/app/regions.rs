//! F6 and Shift+F6 move the keyboard focus between the window's regions (the top bar, the
//! filter bar, the main view, the side panel), as Windows and GNOME applications do: to the
//! first widget that takes the focus in the next region (or the one before), in Tab's order.

use super::App;

impl App {
    /// Moves the focus to the next region (`forward`) or the one before, skipping a region
    /// with nothing to focus.
    pub(super) fn move_region(&mut self, ctx: &egui::Context, forward: bool) {
        let regions = self.regions;
        let count = regions.len();
        let focused = ctx.memory(egui::Memory::focused);
        let widgets: Vec<(egui::Id, egui::Rect)> = ctx.viewport(|v| {
            v.prev_pass
                .widgets
                .get_layer(egui::LayerId::background())
                .filter(|w| w.enabled && w.visible && w.sense.contains(egui::Sense::FOCUSABLE))
                .map(|w| (w.id, w.interact_rect))
                .collect()
        });
        let region_of = |r: egui::Rect| regions.iter().position(|g| g.contains(r.center()));
        let current = focused
            .and_then(|id| widgets.iter().find(|w| w.0 == id))
            .and_then(|w| region_of(w.1));
        for step in 1..=count {
            let next = region_after(current, step, count, forward);
            let first = widgets
                .iter()
                .find(|w| w.1.is_positive() && region_of(w.1) == Some(next));
            if let Some(&(id, _)) = first {
                ctx.memory_mut(|m| m.request_focus(id));
                self.keyboard_focus = true;
                return;
            }
        }
    }
}

/// The region `step` regions after `current` (before it, not `forward`), going round `count`
/// of them; from none, the first (the last).
fn region_after(current: Option<usize>, step: usize, count: usize, forward: bool) -> usize {
    let at = match (current, forward) {
        (Some(c), true) => c.saturating_add(step),
        (Some(c), false) => c
            .saturating_add(count.saturating_mul(2))
            .saturating_sub(step),
        (None, true) => step.saturating_sub(1),
        (None, false) => count.saturating_sub(step),
    };
    at.checked_rem(count).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::region_after;

    #[test]
    fn regions_go_round_both_ways() {
        let after = |c, s, f| region_after(c, s, 4, f);
        assert_eq!([1, 2, 3, 4].map(|s| after(Some(1), s, true)), [2, 3, 0, 1]);
        assert_eq!([1, 2, 3, 4].map(|s| after(Some(1), s, false)), [0, 3, 2, 1]);
        assert_eq!([1, 2].map(|s| after(None, s, true)), [0, 1]);
        assert_eq!([1, 2].map(|s| after(None, s, false)), [3, 2]);
        assert_eq!(region_after(Some(0), 1, 0, true), 0, "no regions: no panic");
    }
}
