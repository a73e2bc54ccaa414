//! The filter bar: search (kanji, kana, romaji, code), region, the view switch, derived columns.

use crate::app::{State, View};
use crate::lang::Lang;
use crate::prefecture::Region;
use crate::ui::rows::Filter;

/// The id of the search box (Ctrl+F focuses it).
pub fn search_id() -> egui::Id {
    egui::Id::unique("prefecture_search")
}

/// The filter bar. `focus` puts the cursor in the search box.
pub fn ui(ui: &mut egui::Ui, state: &mut State, shown: usize, total: usize, focus: bool) {
    let lang = state.lang;
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.pick("検索", "Search"));
        let edit = egui::TextEdit::singleline(&mut state.filter.query)
            .id(search_id())
            .desired_width(190.0)
            .hint_text(lang.pick(
                "名前・よみ・ローマ字・コード",
                "name, reading, romaji, code",
            ));
        let response = ui.add(edit).labelled_by(label.id).on_hover_text(lang.pick(
            "例: 大阪 / おおさか / osaka / 27（Ctrl+F で移動、Esc で解除）",
            "e.g. 大阪 / おおさか / osaka / 27 (Ctrl+F to focus, Esc to clear)",
        ));
        if focus {
            response.request_focus();
        }
        let region_label = ui.label(lang.pick("地方", "Region"));
        let all = lang.pick("すべて", "All");
        egui::ComboBox::from_id_salt("region")
            .selected_text(state.filter.region.map_or(all, |r| r.name(lang)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.filter.region, None, all);
                for r in Region::ALL {
                    ui.selectable_value(&mut state.filter.region, Some(r), r.name(lang));
                }
            })
            .response
            .labelled_by(region_label.id);
        if ui
            .add_enabled(
                state.filter.is_active(),
                egui::Button::new(lang.pick("絞り込み解除", "Clear filter")),
            )
            .on_hover_text(lang.pick("Esc キーでも解除できます", "Esc also clears"))
            .clicked()
        {
            state.filter = Filter::default();
        }
        ui.label(match lang {
            Lang::Ja => format!("{total} 件中 {shown} 件を表示"),
            Lang::En => format!("Showing {shown} of {total}"),
        });
        ui.separator();
        ui.label(lang.pick("表示", "View"));
        for (v, ja, en) in [
            (View::Table, "表", "Table"),
            (View::Chart, "グラフ", "Chart"),
            (View::Split, "表とグラフ", "Table and chart"),
        ] {
            ui.selectable_value(&mut state.view, v, lang.pick(ja, en));
        }
        if state.view != View::Chart {
            ui.separator();
            ui.checkbox(
                &mut state.show_seekers_per_opening,
                lang.pick("求職者数÷求人数", "Seekers ÷ openings"),
            )
            .on_hover_text(lang.pick(
                "計算列（公表値ではありません）",
                "Derived column (not a published figure)",
            ));
            ui.checkbox(
                &mut state.show_vaccination_share,
                lang.pick("ワクチン求人の割合", "Vacc. share"),
            )
            .on_hover_text(lang.pick(
                "計算列（公表値ではありません）",
                "Derived column (not a published figure)",
            ));
        }
    });
    ui.add_space(2.0);
}
