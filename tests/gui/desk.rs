//! At the desk, as a new user tries the window: the chart's text on screen, file dialogs'
//! folders, dates as clerks write them, keyboard reach, wide tables.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use staffing_dashboard::app::App;

use crate::harness;

/// A painted text: its words, its size in points and where it stands.
pub(crate) type Painted = (String, f32, egui::Rect);

/// Every text painted this frame.
pub(crate) fn painted_texts(h: &Harness<'_, App>) -> Vec<Painted> {
    fn walk(shape: &egui::Shape, out: &mut Vec<Painted>) {
        match shape {
            egui::Shape::Text(t) => {
                let size = t
                    .galley
                    .job
                    .sections
                    .first()
                    .map_or(0.0, |s| s.format.font_id.size);
                out.push((t.galley.text().to_owned(), size, t.visual_bounding_rect()));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The app at `size` with `view` chosen.
fn app_in(size: egui::Vec2, view: &str) -> Harness<'static, App> {
    let mut h = harness::app(size, |cc| App::new(&cc.egui_ctx, None, None, None));
    h.get_by_label(view).click();
    h.run();
    h
}

/// The names and values painted beside the chart's bars: names end at the plot's left edge,
/// values start right of it.
fn bar_texts(h: &Harness<'_, App>) -> (Vec<Painted>, Vec<Painted>) {
    let plot = h.get_by_role(Role::Figure).rect();
    let names: Vec<String> = staffing_dashboard::report::bundled()
        .unwrap()
        .report
        .rows
        .iter()
        .map(|r| r.name.clone())
        .collect();
    let texts = painted_texts(h);
    let in_rows = |r: &egui::Rect| r.center().y > plot.top() && r.center().y < plot.bottom();
    let bar_names = texts
        .iter()
        .filter(|(t, _, r)| {
            names.contains(t) && (r.right() - plot.left()).abs() < 8.0 && in_rows(r)
        })
        .cloned()
        .collect();
    let bar_names: Vec<Painted> = bar_names;
    // A value stands on its bar's row, right of the names.
    let values = texts
        .iter()
        .filter(|(t, _, r)| {
            r.left() > plot.left()
                && r.right() <= plot.right()
                && t.chars().next().is_some_and(|c| c.is_ascii_digit())
                && bar_names
                    .iter()
                    .any(|n| (n.2.center().y - r.center().y).abs() < 5.0)
        })
        .cloned()
        .collect();
    (bar_names, values)
}

#[test]
fn the_charts_names_and_values_are_body_text_size_and_never_overlap() {
    for (size, view) in [
        (egui::vec2(1366.0, 768.0), "グラフ"),
        (egui::vec2(1366.0, 768.0), "表とグラフ"),
        (egui::vec2(1366.0, 697.0), "グラフ"),
        (egui::vec2(1024.0, 600.0), "グラフ"),
        (egui::vec2(1920.0, 1080.0), "表とグラフ"),
    ] {
        let h = app_in(size, view);
        let (names, values) = bar_texts(&h);
        let what = format!("{size:?} {view}");
        assert!(names.len() >= 16, "{what}: {} names", names.len());
        assert_eq!(
            values.len(),
            names.len(),
            "{what}: a value for every name {values:?}"
        );
        for (text, pt, _) in names.iter().chain(&values) {
            assert!(*pt >= 13.0, "{what}: {text} at {pt} pt");
        }
        let mut rows: Vec<egui::Rect> = names.iter().map(|n| n.2).collect();
        rows.sort_by(|a, b| a.top().total_cmp(&b.top()));
        for pair in rows.windows(2) {
            assert!(
                pair[0].bottom() <= pair[1].top() + 0.5,
                "{what}: {pair:?} overlap"
            );
        }
        // 東京都 (the largest) is always named with its figure.
        assert!(names.iter().any(|n| n.0 == "東京都"), "{what}");
        assert!(values.iter().any(|v| v.0 == "830"), "{what}");
    }
}

/// The folder the dialog of each request started in.
fn asked_dirs(seen: &crate::scripted::ScriptedDialogs) -> Vec<Option<std::path::PathBuf>> {
    seen.seen
        .lock()
        .unwrap()
        .iter()
        .map(|r| r.dir.clone())
        .collect()
}

#[test]
fn dialogs_start_where_the_user_chose_last_apart_for_opening_and_saving_never_in_the_library() {
    use std::sync::Arc;
    let base = harness::temp_dir("desk_folders");
    let (lib, saves, opens) = (base.join("library"), base.join("saves"), base.join("opens"));
    for d in [&lib, &saves, &opens] {
        std::fs::create_dir_all(d).unwrap();
    }
    let report = opens.join("2021-05-19.ron");
    std::fs::write(&report, staffing_dashboard::assets::BUNDLED_RON).unwrap();
    let dialogs = Arc::new(crate::scripted::ScriptedDialogs::new([
        Some(saves.join("shown.csv")),
        None,
        Some(report.clone()),
        None,
        None,
    ]));
    let seen = Arc::clone(&dialogs);
    let library = lib.clone();
    let mut h = harness::app(harness::SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, None, None)
            .with_library(staffing_dashboard::library::Library::new(library))
            .with_dialogs(dialogs)
    });
    // A table imported is kept in the library and shown from there.
    let table =
        crate::window::temp_report("2021-06-02.csv", &crate::importing::made_up_table(false));
    harness::drop_file(&mut h, &table);
    crate::importing::type_into(&mut h, "集計期間の終わり", "2021-05-30");
    crate::window::click_import(&mut h);
    assert!(lib.join("2021-06-02.ron").exists());
    let first = dirs::document_dir()
        .filter(|d| d.is_dir())
        .or_else(dirs::home_dir);
    let click = |h: &mut Harness<'_, App>, label: &str| {
        h.get_by_role_and_label(Role::Button, label).click();
        h.run();
    };
    click(&mut h, "CSV保存（表示中）…");
    assert!(saves.join("shown.csv").exists());
    click(&mut h, "CSV保存（全行）…");
    click(&mut h, "レポートを開く…");
    h.get_by_label("2021年5月19日時点");
    click(&mut h, "レポートを開く…");
    click(&mut h, "CSV保存（全行）…");
    assert_eq!(
        asked_dirs(&seen),
        [
            first.clone(),
            Some(saves.clone()),
            first,
            Some(opens.clone()),
            Some(saves.clone())
        ],
        "the Documents folder first (not the library's), then the folder chosen, for each use"
    );
    assert!(
        asked_dirs(&seen)
            .iter()
            .flatten()
            .all(|d| !d.starts_with(&lib))
    );
    let state = h.state().state();
    assert_eq!(
        (state.open_dir.as_deref(), state.save_dir.as_deref()),
        (Some(opens.as_path()), Some(saves.as_path()))
    );
}

/// MADE-UP TEST DATA: [`crate::importing::made_up_table`] under the two title rows 別紙3 has,
/// with made-up dates.
fn titled_table() -> String {
    let csv = crate::importing::made_up_table(false);
    format!(
        "20年4月6日～21年5月30日分(ワクチン関連については21/4/12以降)\n\
         (21/6/2時点の各都道府県ナースセンターからの報告を中央ナースセンターにおいてとりまとめたもの)\n{}",
        csv.trim_start_matches('\u{feff}')
    )
}

/// Steps (the window drawing) until `done` holds.
fn until(h: &mut Harness<'_, App>, done: impl Fn(&Harness<'_, App>) -> bool) {
    for _ in 0..300 {
        if done(h) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    unreachable!("never happened");
}

#[test]
fn the_form_offers_the_dates_the_table_states_and_reads_dates_as_clerks_write_them() {
    let lib = harness::temp_dir("desk_dates");
    let mut h = crate::importing::app_with_library(&lib);
    let table = crate::window::temp_report("titled.csv", &titled_table());
    harness::drop_file(&mut h, &table);
    let value = |h: &Harness<'_, App>, label: &str| h.get_by_label(label).value();
    until(&mut h, |h| {
        value(h, "集計期間の終わり").as_deref() == Some("2021-05-30")
    });
    assert_eq!(value(&h, "集計時点").as_deref(), Some("2021-06-02"));
    h.get_by_label(
        "→ 2021年6月2日（ファイルの 2行目「(21/6/2時点の各都道府県ナースセンターか…」から）",
    );
    h.get_by_label(
        "→ 2021年5月30日（ファイルの 1行目「20年4月6日～21年5月30日分(ワクチン関…」から）",
    );
    // The usual Japanese form typed over it, read back as the app shows dates.
    h.get_by_label("集計時点").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("集計時点").type_text("令和3年6月1日");
    h.run();
    h.get_by_label("→ 2021年6月1日");
    crate::window::click_import(&mut h);
    assert!(h.state().error_dialog().is_none());
    h.get_by_label("2021年6月1日時点");
    let kept = std::fs::read_to_string(lib.join("2021-06-01.ron")).unwrap();
    assert!(kept.contains("period_end: \"2021-05-30\""), "{kept}");
}

#[test]
fn a_date_that_cannot_be_right_is_said_by_the_forms_words_not_a_command_line_flag() {
    let lib = harness::temp_dir("desk_bad_dates");
    let mut h = crate::importing::app_with_library(&lib);
    let table =
        crate::window::temp_report("2021-06-02.csv", &crate::importing::made_up_table(false));
    harness::drop_file(&mut h, &table);
    crate::importing::type_into(&mut h, "集計期間の終わり", "2021/6/5");
    h.get_by_label("→ 2021年6月5日");
    crate::window::click_import(&mut h);
    let lines = h.state().error_dialog().unwrap().lines.clone();
    assert_eq!(
        lines,
        ["集計期間の終わり 2021年6月5日 が集計時点 2021年6月2日 より後です"]
    );
    assert!(lines.iter().all(|l| !l.contains("--")));
    h.get_by_label("表を取り込む");
    h.get_by_role_and_label(Role::Button, "閉じる").click();
    h.run();
    crate::importing::type_into(&mut h, "集計期間の終わり", "5月30日");
    h.get_by_label_contains("日付として読めません");
}

#[test]
fn from_a_fresh_start_fukuokas_nurse_centre_phone_is_copied_in_a_few_key_presses() {
    let mut h = harness::app(harness::SIZE, |cc| App::new(&cc.egui_ctx, None, None, None));
    let mut presses = 0;
    let mut press = |h: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key| {
        h.key_press_modifiers(modifiers, key);
        h.run();
        presses += 1;
    };
    press(&mut h, egui::Modifiers::COMMAND, egui::Key::F);
    // Typing the name counts as one action.
    h.event(egui::Event::Text("fukuoka".to_owned()));
    h.run();
    assert_eq!(h.state().state().filter.query, "fukuoka");
    // Enter selects the only match, and the box keeps the focus.
    press(&mut h, egui::Modifiers::NONE, egui::Key::Enter);
    assert_eq!(
        h.state().state().selected,
        Some(staffing_dashboard::prefecture::PrefectureCode(40))
    );
    // F6: the main view, then the side panel, whose first stops are the phone and its copy.
    press(&mut h, egui::Modifiers::NONE, egui::Key::F6);
    press(&mut h, egui::Modifiers::NONE, egui::Key::F6);
    press(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    // The last press: the copy is in the frame that takes it.
    h.key_press(egui::Key::Enter);
    presses += 1;
    let phone = staffing_dashboard::report::bundled()
        .unwrap()
        .report
        .row(staffing_dashboard::prefecture::PrefectureCode(40))
        .unwrap()
        .phone
        .clone();
    h.run();
    // Put on the clipboard (egui's copy, said by the notice that follows it).
    assert_eq!(
        h.state().notice().map(str::to_owned),
        Some(format!("コピーしました: {phone}"))
    );
    assert!(presses <= 12, "{presses} presses");
    assert_eq!(presses, 6);
}

#[test]
fn f6_and_shift_f6_go_round_the_regions_and_arrows_in_the_search_box_move_in_the_results() {
    let mut h = harness::app(harness::SIZE, |cc| App::new(&cc.egui_ctx, None, None, None));
    let focused_label = |h: &Harness<'_, App>| {
        h.root()
            .query_all(
                #[expect(
                    clippy::redundant_closure_for_method_calls,
                    reason = "the method's lifetime is not general enough"
                )]
                egui_kittest::kittest::By::new().predicate(|n| n.is_focused()),
            )
            .next()
            .and_then(|n| n.accesskit_node().label())
    };
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.event(egui::Event::Text("山".to_owned()));
    h.run();
    // The first match, then ↓ to the next result, ↑ back.
    h.key_press(egui::Key::Enter);
    h.run();
    let first = h.state().state().selected;
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let second = h.state().state().selected;
    assert_ne!(first, second);
    assert!(first.is_some() && second.is_some());
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().state().selected, first);
    assert_eq!(
        h.state().state().filter.query,
        "山",
        "the box kept the keys' text"
    );
    // Shift+F6 from the filter bar: the top bar; F6 twice: the filter bar's search box again.
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    h.run();
    let top = focused_label(&h);
    assert!(top.is_some(), "something in the top bar has the focus");
    h.key_press(egui::Key::F6);
    h.run();
    h.key_press(egui::Key::F6);
    h.run();
    let in_view = focused_label(&h);
    assert_ne!(in_view, top);
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    h.run();
    assert_eq!(focused_label(&h).as_deref(), Some("検索"));
}

#[test]
fn a_wide_tables_figures_stand_under_their_headers() {
    use staffing_dashboard::report::Metric;
    let h = harness::app(egui::vec2(1920.0, 1080.0), |cc| {
        App::new(&cc.egui_ctx, None, None, None)
    });
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let hokkaido = report.rows.first().unwrap();
    let row = h.get_by_role_and_label(Role::Label, "北海道").rect();
    let mut header_rights = Vec::new();
    for m in Metric::ALL {
        let header = staffing_dashboard::dashboard::table_text::metric_header(
            m,
            staffing_dashboard::lang::Lang::Ja,
        );
        let head = h.get_by_role_and_label(Role::Button, header).rect();
        let value = staffing_dashboard::texts::format_count(hokkaido.figures.get(m));
        let cell = h
            .get_all_by_role_and_label(Role::Label, &value)
            .map(|n| n.rect())
            .find(|r| (r.center().y - row.center().y).abs() < 4.0 && r.left() > row.right())
            .unwrap_or_else(|| unreachable!("{header}: {value} in 北海道's row"));
        // Right-aligned over the figure: the header ends where its figures end.
        assert!(
            (head.right() - cell.right()).abs() < 6.0,
            "{header}: {head:?} over {cell:?}"
        );
        header_rights.push(head.right());
    }
    // Columns a readable width apart.
    for pair in header_rights.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(
            gap <= 80.0 + staffing_dashboard::dashboard::columns::MAX_EXTRA + 12.0,
            "columns {gap} px apart"
        );
    }
}

#[test]
fn a_file_that_is_no_report_is_said_in_the_users_words_and_the_bundled_table_is_shown() {
    let p = crate::window::temp_report("not_a_report.ron", "this is not a report\n");
    let h = crate::window::app_on(&p);
    let dialog = h.state().error_dialog().unwrap();
    assert_eq!(
        dialog.title,
        "レポートを開けませんでした。同梱の 2021年5月19日時点の表を表示しています"
    );
    assert_eq!(dialog.lines.len(), 1, "{:?}", dialog.lines);
    assert!(
        dialog.lines[0].ends_with(
            "not_a_report.ron:1:1: このアプリのレポートファイルではありません（レポートファイルは「Report(」か「Table(」で始まります）"
        ),
        "{:?}",
        dialog.lines
    );
    assert!(!dialog.lines[0].contains("RON"));
    h.get_by_label("2021年5月19日時点");
}

#[test]
fn the_side_panels_scroll_bar_covers_no_text() {
    let mut h = harness::app(harness::SIZE, |cc| App::new(&cc.egui_ctx, None, None, None));
    crate::window::select(&mut h, "徳島県");
    let side = h.get_by_label("看護師が不足している場合").rect();
    let panel_right = h
        .root()
        .query_all(egui_kittest::kittest::By::new().role(Role::ScrollBar))
        .map(|n| n.rect())
        .filter(|r| r.left() > side.left())
        .map(|r| r.left())
        .fold(f32::INFINITY, f32::min);
    let texts = painted_texts(&h);
    let widest = texts
        .iter()
        .filter(|(_, _, r)| r.left() >= side.left() - 1.0)
        .map(|(_, _, r)| r.right())
        .fold(0.0_f32, f32::max);
    assert!(
        widest <= panel_right + 0.5,
        "text to {widest}, the bar from {panel_right}"
    );
}

#[test]
fn the_checklists_groups_say_which_of_the_notices_steps_they_hold() {
    use staffing_dashboard::report::Actor;
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let numbers = |actor: Actor| {
        report
            .escalation
            .iter()
            .filter(|s| s.actor == actor)
            .map(|s| s.number.to_string())
            .collect::<Vec<_>>()
            .join("、")
    };
    let h = harness::app(harness::SIZE, |cc| App::new(&cc.egui_ctx, None, None, None));
    for (actor, name) in [
        (
            Actor::HealthDepartment,
            "都道府県・市町村・特別区 衛生主管部局",
        ),
        (Actor::Operator, "健診機関等・医療機関"),
    ] {
        let said = format!("{name}（通知の手順 {}）", numbers(actor));
        h.get_by_label(&said);
    }
    // The groups hold every step once: none is missing from the numbers said.
    let mut all: Vec<u8> = report.escalation.iter().map(|s| s.number).collect();
    all.sort_unstable();
    assert_eq!(
        all,
        (1..=u8::try_from(all.len()).unwrap()).collect::<Vec<_>>()
    );
}

#[test]
fn a_drop_down_list_stands_after_its_label() {
    let h = app_in(harness::SIZE, "グラフ");
    let label = h.get_by_role_and_label(Role::Label, "画像の大きさ").rect();
    let list = h
        .get_by_role_and_label(Role::ComboBox, "画像の大きさ")
        .rect();
    assert!(label.right() <= list.left(), "{label:?} before {list:?}");
    assert!((label.center().y - list.center().y).abs() < 6.0);
}

#[test]
fn the_filter_bar_keeps_one_line_down_to_1024_px_in_both_languages() {
    use staffing_dashboard::lang::Lang;
    for (lang, search, last) in [
        (Lang::Ja, "検索", "人口10万人当たり"),
        (Lang::En, "Search", "Per 100,000"),
    ] {
        for size in [egui::vec2(1024.0, 600.0), egui::vec2(1366.0, 768.0)] {
            let h = harness::app(size, move |cc| {
                App::new(&cc.egui_ctx, None, None, Some(lang))
            });
            let first = h.get_by_label(search).rect();
            let end = h.get_by_label(last).rect();
            assert!(
                (first.center().y - end.center().y).abs() < 6.0,
                "{lang:?} {size:?}: {search} {first:?}, {last} {end:?}"
            );
        }
    }
}

#[test]
fn in_a_comparison_a_change_scrolls_with_its_figure() {
    use staffing_dashboard::report::Metric;
    let lib = harness::temp_dir("desk_compare_scroll");
    let csv = lib.join("out.csv");
    let mut h = crate::importing::comparing(&lib, &csv, std::sync::Arc::default());
    let headers: Vec<&str> = Metric::ALL
        .iter()
        .map(|&m| {
            staffing_dashboard::dashboard::table_text::metric_header(
                m,
                staffing_dashboard::lang::Lang::Ja,
            )
        })
        .chain(["増減"])
        .collect();
    let first_in_view = |h: &Harness<'_, App>| {
        let mut in_view: Vec<(f32, String)> = headers
            .iter()
            .flat_map(|l| {
                h.query_all_by_role_and_label(Role::Button, l)
                    .map(|n| (n.rect().left(), (*l).to_owned()))
            })
            .collect();
        in_view.sort_by(|a, b| a.0.total_cmp(&b.0));
        in_view.first().map(|f| f.1.clone())
    };
    let mut seen = Vec::new();
    for key in [egui::Key::ArrowRight; 8]
        .into_iter()
        .chain([egui::Key::ArrowLeft; 8])
    {
        h.key_press(key);
        h.run();
        let first = first_in_view(&h).unwrap();
        assert_ne!(first, "増減", "a change on screen without its figure");
        seen.push(first);
    }
    assert!(seen.iter().any(|f| f != &seen[0]), "it scrolled: {seen:?}");
}

#[test]
fn per_100000_people_a_change_column_says_it_is_of_the_counts() {
    let lib = harness::temp_dir("desk_compare_per_capita");
    let csv = lib.join("out.csv");
    let mut h = crate::importing::comparing(&lib, &csv, std::sync::Arc::default());
    let changes = |h: &Harness<'_, App>, label: &str| {
        h.query_all_by_role_and_label(Role::Button, label).count()
    };
    assert!(changes(&h, "増減") > 0, "a comparison's change columns");
    h.get_by_label("人口10万人当たり").click();
    h.run();
    // Beside figures per 100,000 people the changes stay counts (+10 job seekers, not +10 per
    // 100,000), and their headers say so.
    assert_eq!(changes(&h, "増減"), 0);
    assert!(changes(&h, "増減数") > 0, "増減数 in view");
    // A screen reader's table names all seven change columns so, scrolled into view or not.
    let read = h
        .query_all_by_role(Role::ColumnHeader)
        .filter(|n| n.accesskit_node().label().as_deref() == Some("増減数"))
        .count();
    assert_eq!(read, 7);
}

#[test]
fn a_comparison_says_how_many_figures_fell_and_lists_them_on_demand() {
    let lib = harness::temp_dir("desk_falls");
    let csv = lib.join("out.csv");
    let mut h = crate::importing::comparing(&lib, &csv, std::sync::Arc::default());
    // MADE-UP TEST DATA (made_up_table_with_a_fall): 北海道's openings and 計 five lower.
    h.get_by_label("減った数字 2 件").click();
    h.run();
    h.get_by_label_contains("事務連絡は「集計値はその後の再集計等により変更する場合がある」");
    h.get_by_label("計 求人数: 8,322 → 8,317（-5）");
    h.get_by_label("北海道 求人数: 355 → 350（-5）");
}

/// The names of the files kept in `lib`, sorted.
fn kept_files(lib: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(lib)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    files
}

/// Imports the table `text` as `name` (dated 2021-06-02 by its name) into the app's library.
fn import_as(h: &mut Harness<'_, App>, name: &str, text: &str) {
    harness::drop_file(h, crate::window::temp_report(name, text));
    crate::importing::type_into(h, "集計期間の終わり", "2021-05-30");
    crate::window::click_import(h);
}

#[test]
fn a_table_of_a_date_already_kept_replaces_it_only_when_the_user_says_so() {
    let lib = harness::temp_dir("desk_same_date");
    let mut h = crate::importing::app_with_library(&lib);
    import_as(
        &mut h,
        "a_2021-06-02.csv",
        &crate::importing::made_up_table(false),
    );
    assert!(h.query_by_label("同じ日付の表がもう一つあります").is_none());
    import_as(
        &mut h,
        "b_2021-06-02.csv",
        &crate::importing::made_up_table_with_a_fall(),
    );
    h.get_by_label("同じ日付の表がもう一つあります");
    h.get_by_label(
        "2021年6月2日時点の表はすでに保存されています（a_2021-06-02.csv）。いま取り込んだ表（b_2021-06-02.csv）で置き換えますか？ 置き換えなければ両方を残します。",
    );
    // Not now: both are kept, each named by the file it came from.
    h.get_by_role_and_label(Role::Button, "両方残す").click();
    h.run();
    let files = kept_files(&lib);
    assert_eq!(files, ["2021-06-02-2.ron", "2021-06-02.ron"]);
    h.get_by_label("保存したレポート").click();
    h.run();
    h.get_by_label("2021年6月2日時点（a_2021-06-02.csv）");
    h.get_by_label("2021年6月2日時点（b_2021-06-02.csv）");
    h.key_press(egui::Key::Escape);
    h.run();
    // A third of the same date, and yes: it takes the place of the one the question names (the
    // last kept of that date), nothing else is lost.
    let third = crate::importing::made_up_table(false)
        .replace("13,東京都,840,", "13,東京都,841,")
        .replace("00,計,9838,", "00,計,9839,");
    import_as(&mut h, "c_2021-06-02.csv", &third);
    h.get_by_label_contains("保存されています（b_2021-06-02.csv）");
    h.get_by_role_and_label(Role::Button, "置き換える").click();
    h.run();
    let files = kept_files(&lib);
    assert_eq!(files.len(), 2, "{files:?}");
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(lib.join(f)).unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("c_2021-06-02.csv")),
        "the new one kept"
    );
    assert!(
        texts.iter().any(|t| t.contains("a_2021-06-02.csv")),
        "the other one untouched"
    );
    assert!(
        !texts.iter().any(|t| t.contains("b_2021-06-02.csv")),
        "the one replaced"
    );
    h.get_by_label("2021年6月2日時点の表を置き換えました");
    h.get_by_role_and_label(Role::Label, "841");
}

#[test]
fn the_map_takes_the_room_it_has_and_names_its_tiles_at_body_size() {
    use staffing_dashboard::lang::Lang;
    let mut h = harness::app(harness::SIZE, |cc| {
        App::new(&cc.egui_ctx, None, None, Some(Lang::En))
    });
    h.get_by_label("Map").click();
    h.run();
    let map = h.get_by_role(Role::Figure).rect();
    let panel = h.get_by_label("Nationwide").rect();
    assert!(
        map.width() > 0.85 * (panel.left() - 8.0),
        "the map {map:?} beside {panel:?}"
    );
    let texts = painted_texts(&h);
    for name in ["Kagoshima", "Wakayama", "Yamaguchi", "Tokyo"] {
        let (_, size, _) = texts
            .iter()
            .find(|(t, _, r)| t == name && map.contains(r.center()))
            .unwrap_or_else(|| unreachable!("{name} on the map"));
        assert!(*size >= 13.0, "{name} at {size} pt");
    }
}

#[test]
fn in_a_picture_the_selected_bars_value_stands_clear_of_its_outline() {
    use staffing_dashboard::dashboard::chart_layout::ChartLayout;
    use staffing_dashboard::dashboard::{ChartOrder, State};
    use staffing_dashboard::prefecture::PrefectureCode;
    use staffing_dashboard::report::Metric;
    use staffing_dashboard::report::scale::Scale;
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let state = State {
        selected: Some(PrefectureCode(13)),
        ..State::default()
    };
    let all: Vec<usize> = (0..report.rows.len()).collect();
    let data = staffing_dashboard::dashboard::chart_data::chart_data(
        &report,
        None,
        &all,
        (Metric::JobSeekers, Scale::Counts),
        ChartOrder::ByValue,
        state.lang,
    );
    let plan = staffing_dashboard::export::figure::plan(ChartLayout::A4, &data, &state, &report);
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(plan.width, plan.height))
        .with_context_setup(staffing_dashboard::ui::fonts::install)
        .build_ui(move |ui| {
            staffing_dashboard::export::page::figure_ui(ui, &plan, &data, state.selected);
        });
    h.run();
    let mut outlines = Vec::new();
    let mut texts = Vec::new();
    for clipped in &h.output().shapes {
        match &clipped.shape {
            egui::Shape::Rect(r) if r.stroke.width > 0.0 => outlines.push(r.rect),
            egui::Shape::Text(t) if t.galley.text() == "830" => {
                texts.push(t.visual_bounding_rect());
            }
            _ => {}
        }
    }
    // 東京都's bar, outlined (the stroke outside it), and its value after it.
    let value = texts
        .first()
        .copied()
        .unwrap_or_else(|| unreachable!("830 written"));
    let outline = outlines
        .iter()
        .find(|o| (o.center().y - value.center().y).abs() < 4.0)
        .unwrap_or_else(|| unreachable!("東京都's bar outlined: {outlines:?}"));
    // The stroke (1 point) lies outside the rect: the value starts at least 2 points after it.
    assert!(
        value.left() >= outline.right() + 1.0 + 2.0,
        "{value:?} after {outline:?}"
    );
}

#[test]
fn a_comparison_copies_what_changed_as_a_sentence() {
    let lib = harness::temp_dir("desk_summary");
    let csv = lib.join("out.csv");
    let mut h = crate::importing::comparing(&lib, &csv, std::sync::Arc::default());
    h.get_by_role_and_label(Role::Button, "要約をコピー")
        .click();
    h.run();
    // MADE-UP TEST DATA (made_up_table_with_a_fall): 東京都 840 job seekers (+10), 計 9,838.
    // 10 / 9,828 × 100 = 0.10…: +0.1%. No prefecture's job seekers fell.
    let expected = "2021年5月19日から2021年6月2日までに、求職者数は全国で 9,828 → 9,838（+10、+0.1%）。\
        増加が最も大きいのは東京都（+10）。減った都道府県はありません。増減と割合は計算値です。\
        出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3。\
        出典: 取り込んだ表（with-a-fall_2021-06-02.csv）、連絡先・手順は厚生労働省 事務連絡(2021年5月26日)";
    assert_eq!(
        h.state().notice().map(str::to_owned),
        Some(format!("コピーしました: {expected}"))
    );
}
