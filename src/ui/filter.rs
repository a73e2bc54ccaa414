//! The filter bar: search (kanji, kana, romaji, code, region words, several terms), region, the
//! view switch; and what the main view shows when the filter finds nothing.

use crate::dashboard::{Choice, Command, State, View, ViewContext};
use crate::prefecture::Region;
use crate::report::scale::Scale;
use crate::texts::{fill, texts};

/// The id of the search box (Ctrl+F focuses it).
pub fn search_id() -> egui::Id {
    egui::Id::unique("prefecture_search")
}

/// The filter bar. `focus` puts the cursor in the search box; `trend` says whether two tables
/// or more are known, for the trend.
pub fn filter_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    (focus, trend): (bool, bool),
    out: &mut Vec<Command>,
) {
    let (state, lang) = (cx.state, cx.lang());
    let (shown, total) = (cx.shown.len(), cx.report.rows.len());
    let t = texts(lang);
    ui.add_space(2.0);
    // In a small window the bar keeps one line down to 1024 px: closer items, a narrower
    // region list, the view buttons without their label.
    let narrow = ui.ctx().content_rect().width() < 1200.0;
    ui.horizontal_wrapped(|ui| {
        if narrow {
            ui.spacing_mut().item_spacing.x = 5.0;
        }
        search_ui(ui, cx, focus, out);
        // The bar's words kept across passes: a keystroke moves what follows the count.
        let region_label =
            crate::ui::text_cache::with(&ui.ctx().clone(), |kept| kept.label(ui, t.filter.region))
                .on_hover_text(t.filter.region_convention);
        let all = t.filter.region_all;
        egui::ComboBox::from_id_salt("region")
            .width(if narrow {
                84.0
            } else {
                ui.spacing().combo_width
            })
            .selected_text(state.filter.region.map_or(all, |r| r.name(lang)))
            .show_ui(ui, |ui| {
                let current = state.filter.region;
                if ui.selectable_label(current.is_none(), all).clicked() {
                    out.push(Command::Choice(Choice::SetRegion(None)));
                }
                for r in Region::ALL {
                    if ui
                        .selectable_label(current == Some(r), r.name(lang))
                        .clicked()
                    {
                        out.push(Command::Choice(Choice::SetRegion(Some(r))));
                    }
                }
            })
            .response
            .on_hover_text(t.filter.region_convention)
            .labelled_by(region_label.id);
        if ui
            .add_enabled(
                state.filter.is_active(),
                egui::Button::new(t.filter.clear_filter),
            )
            .on_hover_text(t.filter.clear_filter_help)
            .clicked()
        {
            out.push(Command::Choice(Choice::ClearFilter));
        }
        // Kept across passes, as the rows it counts.
        let count = fill(t.table.showing, &[("total", &total), ("shown", &shown)]);
        let count = crate::ui::text_cache::with(&ui.ctx().clone(), |kept| kept.label(ui, count));
        crate::ui::as_live(&count);
        ui.separator();
        if !narrow {
            crate::ui::text_cache::with(&ui.ctx().clone(), |kept| kept.label(ui, t.window.view));
        }
        for (v, label) in [
            (View::Table, t.window.view_table),
            (View::Chart, t.window.view_chart),
            (View::Split, t.window.view_split),
            (View::Map, t.window.view_map),
        ] {
            if ui.selectable_label(state.view == v, label).clicked() {
                out.push(Command::Choice(Choice::SetView(v)));
            }
        }
        let help = if trend {
            t.trend.view_help
        } else {
            t.trend.needs_two
        };
        let button = egui::Button::selectable(state.view == View::Trend, t.trend.view);
        if ui
            .add_enabled(trend, button)
            .on_hover_text(help)
            .on_disabled_hover_text(help)
            .clicked()
        {
            out.push(Command::Choice(Choice::SetView(View::Trend)));
        }
        ui.separator();
        let mut per_100k = state.scale.is_per_100k();
        if ui
            .checkbox(&mut per_100k, t.chart.per_capita)
            .on_hover_text(t.chart.per_capita_help)
            .changed()
        {
            out.push(Command::Choice(Choice::SetScale(Scale::per_100k_if(
                per_100k,
            ))));
        }
    });
    ui.add_space(2.0);
}

/// The search box: typing filters; Enter selects the only match (or the first) and keeps the
/// box; ↑/↓ there move in the results (the app's shortcuts).
fn search_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, focus: bool, out: &mut Vec<Command>) {
    let (state, t) = (cx.state, texts(cx.lang()));
    let label =
        crate::ui::text_cache::with(&ui.ctx().clone(), |kept| kept.label(ui, t.filter.search));
    let mut query = state.filter.query.clone();
    // ↑/↓ stay in the box (they move the selection in the results), as ←/→ do.
    let keys = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        tab: false,
        escape: false,
    };
    // Narrower in a small window, so that the bar keeps one line down to 1024 px.
    let width = if ui.ctx().content_rect().width() < 1200.0 {
        120.0
    } else {
        190.0
    };
    let edit = egui::TextEdit::singleline(&mut query)
        .id(search_id())
        .desired_width(width)
        .event_filter(keys)
        .hint_text(t.filter.search_hint);
    let response = ui
        .add(edit)
        .labelled_by(label.id)
        .on_hover_text(t.filter.search_help);
    // Enter selects the only match (or the first) and stays in the box.
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if focus || entered {
        response.request_focus();
    }
    if response.changed() {
        out.push(Command::Choice(Choice::SetQuery(query)));
    }
    let first = cx.shown.first().and_then(|&i| cx.report.rows.get(i));
    if let Some(row) = first.filter(|_| entered) {
        out.push(Command::Choice(Choice::Select(Some(row.code))));
    }
}

/// Shown instead of the table and the chart when the filter finds nothing: what found
/// nothing and how to get every prefecture back (the filter bar's clear button stays the one
/// button for it).
pub fn no_match_ui(ui: &mut egui::Ui, state: &State) {
    let lang = state.lang;
    let t = texts(lang);
    let query = state.filter.query.trim();
    let what = match state.filter.region {
        Some(region) => fill(
            t.filter.no_match_query_region,
            &[("region", &region.name(lang)), ("query", &query)],
        ),
        None => fill(t.filter.no_match_query, &[("query", &query)]),
    };
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.heading(t.filter.no_match);
        ui.add_space(8.0);
        ui.label(what);
        ui.label(t.filter.no_match_how_to_clear);
    });
}
