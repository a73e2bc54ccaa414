//! The window's panels, one module each, and the small widgets they share. Panels only draw:
//! each takes what it shows by reference and pushes the [`Command`]s of what the user did.

pub mod chart;
pub mod contacts;
pub mod escalation;
pub mod filter;
pub mod fonts;
pub mod import_form;
pub mod library;
pub mod map;
pub mod side_panel;
pub mod sources;
pub mod table;
pub mod text_cache;
pub mod theme;
pub mod top_bar;
pub mod trend;

use crate::dashboard::{Action, Command, ViewContext};
use crate::lang::Lang;
use crate::texts::{fill, texts};

/// The button of an action, with the words, the shortcut and the enabled-when the action
/// itself says ([`crate::dashboard::actions`]); the action when clicked. A screen reader hears
/// its shortcut too.
pub fn action_button(ui: &mut egui::Ui, action: Action, cx: &ViewContext<'_>) -> Option<Command> {
    let lang = cx.lang();
    let text = action.text(lang)?;
    let tooltip = action.tooltip(lang).unwrap_or_default();
    let response = ui.add_enabled(action.enabled(cx), egui::Button::new(text.label));
    if let Some(key) = action.shortcut() {
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_keyboard_shortcut(key.keys());
        });
    }
    response
        .on_hover_text(&tooltip)
        .on_disabled_hover_text(&tooltip)
        .clicked()
        .then_some(Command::Action(action))
}

/// Paints a small "copy" button; returns the command when clicked. `what` is what a screen
/// reader hears (「リクオプサービスセンターの電話番号をコピー」): the button shows a bare コピー.
pub fn copy_button(ui: &mut egui::Ui, text: &str, what: &str, lang: Lang) -> Option<Command> {
    let label = texts(lang).export.copy;
    let hover = fill(texts(lang).export.copy_hover, &[("text", &text)]);
    let response = ui.small_button(label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, what));
    response
        .on_hover_text(hover)
        .clicked()
        .then(|| Command::Action(Action::Copy(text.to_owned())))
}

/// Marks `response` (a label of `text`) as a heading of `level` for a screen reader.
pub fn as_heading(response: &egui::Response, text: &str, level: usize) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Heading, true, text));
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_level(level);
    });
}

/// Marks `response` (a label) as a polite live region: a screen reader says its new text when
/// it changes (the count shown, the selected prefecture, a notice).
pub fn as_live(response: &egui::Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// Scrolls the scroll area `ui` is the contents of to the widget that has just taken the
/// keyboard focus, when that widget lies in `ui`: Tab never lands on a widget out of view. Call
/// it last in the scroll area's contents.
pub fn keep_focus_in_view(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let memo = ui.scope_id().with("focus_kept_in_view");
    let focused = ctx.memory(egui::Memory::focused);
    let seen: Option<egui::Id> = ctx.data(|d| d.get_temp(memo));
    if focused == seen {
        return;
    }
    ctx.data_mut(|d| match focused {
        Some(id) => {
            d.insert_temp(memo, id);
        }
        None => d.remove::<egui::Id>(memo),
    });
    let Some(response) = focused.and_then(|id| ctx.read_response(id)) else {
        return;
    };
    if ui.min_rect().contains_rect(response.rect) {
        ui.scroll_to_rect(response.rect.expand(4.0), None);
    }
}

/// A ring around the widget that has the keyboard focus, in the selection's colour, drawn
/// over it on its own layer (stock egui marks a focused button only by a shade).
pub fn focus_ring(ctx: &egui::Context) {
    let Some(response) = ctx
        .memory(egui::Memory::focused)
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    if ctx.text_edit_focused() {
        // A text box shows its focus itself.
        return;
    }
    let colour = ctx.global_style().visuals.selection.stroke.color;
    ctx.layer_painter(response.layer_id)
        .with_clip_rect(response.interact_rect.expand(4.0))
        .rect_stroke(
            response.rect.expand(1.5),
            3.0,
            egui::Stroke::new(2.0, colour),
            egui::StrokeKind::Outside,
        );
}
