//! Keyboard shortcuts, as commands: Ctrl+F focuses the search box (Enter there selects the first
//! match, ↑/↓ move in the results), F6 and Shift+F6 move between the window's regions, Esc
//! closes the sources window or clears the filter, ↑/↓, PageUp/PageDown, Home/End move the
//! selection, ←/→ scroll the table's figures; the actions' own shortcuts ([`Action::shortcut`]: Ctrl+C copies the rows
//! shown).

use super::App;
use crate::dashboard::actions::Shortcut;
use crate::dashboard::{Action, Choice, Command, View};
use crate::prefecture::PrefectureCode;

impl App {
    /// The commands of this frame's shortcuts.
    pub(super) fn shortcuts(
        &mut self,
        ctx: &egui::Context,
        shown: &[usize],
        out: &mut Vec<Command>,
    ) {
        let (forward, back) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::F6),
                i.consume_key(egui::Modifiers::SHIFT, egui::Key::F6),
            )
        });
        if forward || back {
            self.move_region(ctx, forward);
        }
        let (find, escape, copy, (right, left), mut moves) = ctx.input_mut(|i| {
            let find = i.consume_key(egui::Modifiers::COMMAND, egui::Key::F);
            let presses = |key| i.num_presses(key);
            (
                find,
                i.key_pressed(egui::Key::Escape),
                i.events.iter().any(|e| matches!(e, egui::Event::Copy)),
                (
                    i.num_presses(egui::Key::ArrowRight),
                    i.num_presses(egui::Key::ArrowLeft),
                ),
                Moves {
                    down: presses(egui::Key::ArrowDown),
                    up: presses(egui::Key::ArrowUp),
                    page_down: presses(egui::Key::PageDown),
                    page_up: presses(egui::Key::PageUp),
                    home: i.key_pressed(egui::Key::Home),
                    end: i.key_pressed(egui::Key::End),
                },
            )
        });
        let editing = ctx.text_edit_focused();
        // Ctrl+C copies the table, unless text is being edited or a label's text is selected
        // (then egui copies that text).
        let label_selected = || {
            ctx.plugin_opt::<egui::text_selection::LabelSelectionState>()
                .is_some_and(|p| p.lock().has_selection())
        };
        let pressed = |key: Shortcut| match key {
            Shortcut::Copy => copy && !editing && !label_selected(),
        };
        for action in Action::WITH_SHORTCUTS {
            if action.shortcut().is_some_and(pressed) {
                out.push(Command::Action(action));
            }
        }
        if find {
            self.focus_search = true;
        }
        // Esc closes the sources window first; else it clears the filter. A dialog or the
        // import form over the window takes its own Esc.
        let over = self.overlays.import_form.is_some()
            || self.overlays.error.is_some()
            || self.overlays.confirm_remove.is_some()
            || self.overlays.confirm_replace.is_some();
        if escape && self.overlays.sources {
            out.push(Command::Action(Action::ShowSources(false)));
        } else if escape && !over && self.state.filter.is_active() {
            out.push(Command::Choice(Choice::ClearFilter));
        }
        // In the search box ↑/↓ (and the page keys) move the selection in the results; ←/→,
        // Home and End stay the box's own. Any other text box keeps every key.
        let in_search = ctx.memory(|m| m.has_focus(crate::ui::filter::search_id()));
        if editing && !in_search {
            return;
        }
        let view = self.state.view;
        if in_search {
            moves.home = false;
            moves.end = false;
        } else {
            // ←/→ scroll the table's figures a column at a time.
            let sideways = i32::try_from(right)
                .unwrap_or(0)
                .saturating_sub(i32::try_from(left).unwrap_or(0));
            if sideways != 0 && matches!(view, View::Table | View::Split) {
                out.push(Command::Choice(Choice::ScrollColumns(sideways)));
            }
        }
        // The map's arrows move between its tiles (the map handles them), unless typed in the
        // search box.
        if moves.is_none() || (view == View::Map && !in_search) {
            return;
        }
        let report = self.doc.report();
        let codes: Vec<PrefectureCode> = shown
            .iter()
            .filter_map(|&i| report.rows.get(i).map(|r| r.code))
            .collect();
        let at = self
            .state
            .selected
            .and_then(|c| codes.iter().position(|&x| x == c));
        let next = moves.apply(at, codes.len());
        out.extend(
            next.and_then(|i| codes.get(i))
                .map(|&c| Command::Choice(Choice::Select(Some(c)))),
        );
    }
}

/// Rows to move this frame: every press counts, also several in one frame.
struct Moves {
    down: usize,
    up: usize,
    page_down: usize,
    page_up: usize,
    home: bool,
    end: bool,
}

/// Rows a page key moves.
const PAGE: usize = 10;

impl Moves {
    fn is_none(&self) -> bool {
        self.down == 0
            && self.up == 0
            && self.page_down == 0
            && self.page_up == 0
            && !self.home
            && !self.end
    }

    /// The row selected after the moves, from `at` (none selected: down starts at the first,
    /// up at the last), among `len` rows.
    fn apply(&self, at: Option<usize>, len: usize) -> Option<usize> {
        let last = len.checked_sub(1)?;
        if self.home {
            return Some(0);
        }
        if self.end {
            return Some(last);
        }
        let forward = self
            .down
            .saturating_add(self.page_down.saturating_mul(PAGE));
        let back = self.up.saturating_add(self.page_up.saturating_mul(PAGE));
        let from = match at {
            Some(i) => i,
            // Nothing selected: the first step lands on the first (or last) row.
            None if forward >= back => {
                return Some(forward.saturating_sub(back).saturating_sub(1).min(last));
            }
            None => {
                return Some(last.saturating_sub(back.saturating_sub(forward).saturating_sub(1)));
            }
        };
        Some(from.saturating_add(forward).saturating_sub(back).min(last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moves(down: usize, up: usize) -> Moves {
        Moves {
            down,
            up,
            page_down: 0,
            page_up: 0,
            home: false,
            end: false,
        }
    }

    #[test]
    fn every_press_moves_and_pages_home_and_end_stay_in_the_rows() {
        assert_eq!(
            moves(10, 0).apply(Some(0), 47),
            Some(10),
            "ten quick presses, ten rows"
        );
        assert_eq!(moves(1, 0).apply(None, 47), Some(0));
        assert_eq!(moves(0, 1).apply(None, 47), Some(46));
        assert_eq!(moves(0, 3).apply(Some(1), 47), Some(0));
        assert_eq!(moves(5, 0).apply(Some(45), 47), Some(46));
        let page = Moves {
            page_down: 1,
            ..moves(0, 0)
        };
        assert_eq!(page.apply(Some(3), 47), Some(13));
        let home = Moves {
            home: true,
            ..moves(0, 0)
        };
        assert_eq!(home.apply(Some(30), 47), Some(0));
        let end = Moves {
            end: true,
            ..moves(0, 0)
        };
        assert_eq!(end.apply(None, 7), Some(6));
        assert_eq!(end.apply(None, 0), None, "no rows, nothing to select");
    }
}
