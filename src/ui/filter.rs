//! The filter bar: search (kanji, kana, romaji, code), region, the view switch, derived columns.

use crate::dashboard::{Command, State, View};
use crate::lang::Lang;
use crate::prefecture::Region;

/// The id of the search box (Ctrl+F focuses it).
pub fn search_id() -> egui::Id {
    egui::Id::unique("prefecture_search")
}

/// The filter bar. `focus` puts the cursor in the search box.
pub fn filter_ui(
    ui: &mut egui::Ui,
    state: &State,
    (shown, total): (usize, usize),
    focus: bool,
    out: &mut Vec<Command>,
) {
    let lang = state.lang;
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.pick("検索", "Search"));
        let mut query = state.filter.query.clone();
        let edit = egui::TextEdit::singleline(&mut query)
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
        if response.changed() {
            out.push(Command::SetQuery(query));
        }
        let region_label = ui.label(lang.pick("地方", "Region"));
        let all = lang.pick("すべて", "All");
        egui::ComboBox::from_id_salt("region")
            .selected_text(state.filter.region.map_or(all, |r| r.name(lang)))
            .show_ui(ui, |ui| {
                let current = state.filter.region;
                if ui.selectable_label(current.is_none(), all).clicked() {
                    out.push(Command::SetRegion(None));
                }
                for r in Region::ALL {
                    if ui
                        .selectable_label(current == Some(r), r.name(lang))
                        .clicked()
                    {
                        out.push(Command::SetRegion(Some(r)));
                    }
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
            out.push(Command::ClearFilter);
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
            if ui
                .selectable_label(state.view == v, lang.pick(ja, en))
                .clicked()
            {
                out.push(Command::SetView(v));
            }
        }
        if state.view != View::Chart {
            ui.separator();
            let derived = [
                (
                    state.show_seekers_per_opening,
                    ("求職者数÷求人数", "Seekers ÷ openings"),
                    Command::ShowSeekersPerOpening as fn(bool) -> Command,
                ),
                (
                    state.show_vaccination_share,
                    ("ワクチン求人の割合", "Vacc. share"),
                    Command::ShowVaccinationShare,
                ),
            ];
            for (shown, (ja, en), command) in derived {
                let mut on = shown;
                if ui
                    .checkbox(&mut on, lang.pick(ja, en))
                    .on_hover_text(lang.pick(
                        "計算列（公表値ではありません）",
                        "Derived column (not a published figure)",
                    ))
                    .changed()
                {
                    out.push(command(on));
                }
            }
        }
    });
    ui.add_space(2.0);
}
