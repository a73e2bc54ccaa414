//! Keyboard shortcuts, as commands: Ctrl+F focuses the search box, Esc clears the filter, ↑/↓
//! move the selection, Ctrl+C copies the rows shown.

use super::App;
use crate::dashboard::Command;
use crate::report::PrefectureCode;

impl App {
    /// The commands of this frame's shortcuts.
    pub(super) fn keys(&mut self, ctx: &egui::Context, shown: &[usize], out: &mut Vec<Command>) {
        let (find, escape, up, down, copy) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::F),
                i.key_pressed(egui::Key::Escape),
                i.key_pressed(egui::Key::ArrowUp),
                i.key_pressed(egui::Key::ArrowDown),
                i.events.iter().any(|e| matches!(e, egui::Event::Copy)),
            )
        });
        let editing = ctx.text_edit_focused();
        // Ctrl+C copies the table, unless text is being edited or a label's text is selected
        // (then egui copies that text).
        let label_selected = || {
            ctx.plugin_opt::<egui::text_selection::LabelSelectionState>()
                .is_some_and(|p| p.lock().has_selection())
        };
        if copy && !editing && !label_selected() {
            out.push(Command::CopyTable);
        }
        if find {
            self.focus_search = true;
        }
        if escape && self.state.filter.is_active() && !self.sources_open {
            out.push(Command::ClearFilter);
        }
        if editing || !(up || down) {
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
        let next = match (at, down) {
            (None, true) => codes.first(),
            (None, false) => codes.last(),
            (Some(i), true) => codes.get(i.saturating_add(1)).or(codes.last()),
            (Some(i), false) => codes.get(i.saturating_sub(1)),
        };
        out.extend(next.map(|&c| Command::Select(Some(c))));
    }
}
