//! The trend view (推移): every table known by its date, the lines and the falls, what a screen
//! reader gets, the series as CSV and the summary, with three made-up later tables.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use staffing_dashboard::app::App;
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{Report, TableFile};

use crate::harness;

/// MADE-UP TEST DATA: the bundled table under a later date and period's end, with 埼玉県's (11)
/// and 東京都's (13) job seekers and the nation's total set, kept as imported from `file`.
fn made_up(date: &str, end: &str, (saitama, tokyo, total): (u32, u32, u32)) -> Report {
    let mut r = staffing_dashboard::report::bundled().unwrap().report;
    date.clone_into(&mut r.meta.compiled.date);
    end.clone_into(&mut r.meta.period.to);
    for row in &mut r.rows {
        match row.code.0 {
            11 => row.figures.job_seekers = saitama,
            13 => row.figures.job_seekers = tokyo,
            _ => {}
        }
    }
    r.total.job_seekers = total;
    r
}

/// Keeps three made-up later tables in `lib`: 埼玉県 479 (bundled) → 500 → 490 → 520, 東京都
/// 830 → 850 → 870 → 860, 計 9,828 → 9,869 → 10,159 → 9,899. Written in another order than
/// their dates.
pub(crate) fn keep_three_later_tables(lib: &std::path::Path) {
    for (date, end, figures, file) in [
        (
            "2021-07-14",
            "2021-07-11",
            (520, 860, 9_899),
            "nc_made_up_0714.csv",
        ),
        (
            "2021-06-02",
            "2021-05-30",
            (500, 850, 9_869),
            "nc_made_up_0602.csv",
        ),
        (
            "2021-06-16",
            "2021-06-13",
            (490, 870, 10_159),
            "nc_made_up_0616.csv",
        ),
    ] {
        let table = TableFile::of(&made_up(date, end, figures), file);
        std::fs::write(lib.join(format!("{date}.ron")), table.to_ron().unwrap()).unwrap();
    }
}

fn trend_app(name: &str, size: egui::Vec2, lang: Option<Lang>) -> Harness<'static, App> {
    let lib = harness::temp_dir(name);
    keep_three_later_tables(&lib);
    let mut h = crate::importing::app_with_library_at(&lib, size, lang);
    let trend = if lang == Some(Lang::En) {
        "Trend"
    } else {
        "推移"
    };
    h.get_by_role_and_label(Role::Button, trend).click();
    h.run();
    h
}

/// Where the rightmost painting of `text` stands.
fn rightmost_of(painted: &[crate::desk::Painted], text: &str) -> egui::Rect {
    painted
        .iter()
        .filter(|p| p.0 == text)
        .map(|p| p.2)
        .max_by(|a, b| a.left().total_cmp(&b.left()))
        .unwrap()
}

fn label(node: &egui_kittest::Node<'_>) -> String {
    node.accesskit_node().label().unwrap_or_default()
}

#[test]
fn the_trend_shows_every_table_by_its_date_the_lines_and_the_falls() {
    let mut h = trend_app("trend_lines", harness::SIZE, None);
    // 埼玉県 alone in the filter, selected: the nation apart (counts) and 埼玉県's line.
    crate::importing::type_into(&mut h, "検索", "埼玉");
    h.key_press(egui::Key::Enter);
    h.run();
    let figure = h.get_by_role(Role::Figure);
    assert_eq!(
        label(&figure),
        "求職者数の推移（2021年5月19日〜2021年7月14日、表4件）、全国（計） 9,828 → 9,899、\
         埼玉県 479 → 520、▼ 前の表より減った点（2か所）。事務連絡は「集計値はその後の再集計等\
         により変更する場合がある」としています"
    );
    // The panels, painted: the nation's own, the prefectures' beside it, each line's name and
    // last value at its end, a ▼ under each fall, at the body text's size.
    let painted = crate::desk::painted_texts(&h);
    let at = |text: &str| {
        let found: Vec<&crate::desk::Painted> = painted.iter().filter(|p| p.0 == text).collect();
        assert!(!found.is_empty(), "{text} not painted in {painted:?}");
        found[0].2
    };
    let count = |painted: &[crate::desk::Painted], text: &str| {
        painted.iter().filter(|p| p.0 == text).count()
    };
    assert_eq!(
        count(&painted, "全国（計）"),
        2,
        "in the legend and over its panel"
    );
    assert!(rightmost_of(&painted, "全国（計）").right() < at("都道府県").left());
    // The nation's panel is named over it: its value alone at the line's end.
    assert!(at("9,899").left() < at("都道府県").left());
    at("埼玉県 520");
    assert_eq!(painted.iter().filter(|p| p.0 == "▼").count(), 2);
    for p in painted
        .iter()
        .filter(|p| p.0.contains("埼玉県") || p.0.contains("月"))
    {
        assert!(p.1 >= 13.0, "{p:?}");
    }
    // The time axis (the prefectures' panel, on the right): 2021-06-16 is 28 days after the
    // first table, the last 56: halfway.
    let (first, middle, last) = (
        rightmost_of(&painted, "2021年5月19日"),
        rightmost_of(&painted, "6月16日"),
        rightmost_of(&painted, "7月14日"),
    );
    let share = (middle.center().x - first.left()) / (last.right() - first.left());
    assert!((share - 0.5).abs() < 0.02, "{share}");
    // Each point's table, by its date, imported later or not.
    h.get_by_label(
        "各点の表: 2021年5月19日（通知の別紙3）、2021年6月2日（取込: nc_made_up_0602.csv）、\
         2021年6月16日（取込: nc_made_up_0616.csv）、2021年7月14日（取込: nc_made_up_0714.csv）",
    );
    h.get_by_role_and_label(Role::Label, "▼ 前の表より減った点（2か所）。事務連絡は「集計値はその後の再集計等により変更する場合がある」としています");
    // Per 100,000 people the nation shares the prefectures' axis: one panel.
    h.get_by_label("人口10万人当たり").click();
    h.run();
    let painted = crate::desk::painted_texts(&h);
    assert_eq!(count(&painted, "都道府県"), 0, "one panel");
    assert_eq!(count(&painted, "全国（計）"), 1, "in the legend only");
    // 埼玉県 520 per 7,344,765 people: 7.07… → 7.1; the nation 9,899 per 126,146,099: 7.84… → 7.8.
    assert!(
        label(&h.get_by_role(Role::Figure)).contains("全国（計） 7.8 → 7.8、埼玉県 6.5 → 7.1"),
        "{}",
        label(&h.get_by_role(Role::Figure))
    );
    h.get_by_role_and_label(
        Role::Label,
        "人口: 総務省統計局「令和2年国勢調査 人口等基本集計」（2020年10月1日現在、確定値）",
    );
}

#[test]
fn a_screen_reader_gets_the_trend_as_a_table_of_dates_by_places() {
    let mut h = trend_app("trend_a11y", harness::SIZE, None);
    crate::importing::type_into(&mut h, "検索", "埼玉");
    h.key_press(egui::Key::Enter);
    h.run();
    let tables: Vec<_> = h.query_all_by_role(Role::Table).collect();
    assert_eq!(tables.len(), 1, "the trend's table alone");
    let table = &tables[0];
    assert_eq!(
        label(table),
        "求職者数の推移（2021年5月19日〜2021年7月14日、表4件）の表（行: 表の時点、列: 全国と都道府県）"
    );
    assert_eq!(table.accesskit_node().data().row_count(), Some(5));
    assert_eq!(table.accesskit_node().data().column_count(), Some(3));
    let cell = |row: usize, column: usize| {
        h.query_all(egui_kittest::kittest::by())
            .find(|n| {
                let a = n.accesskit_node();
                a.data().row_index() == Some(row)
                    && a.data().column_index() == Some(column)
                    && matches!(a.role(), Role::Cell | Role::RowHeader | Role::ColumnHeader)
            })
            .map(|n| label(&n))
            .unwrap()
    };
    assert_eq!(
        [cell(0, 0), cell(0, 1), cell(0, 2)],
        ["表の時点", "全国（計）", "埼玉県"]
    );
    assert_eq!(
        [cell(3, 0), cell(3, 1), cell(3, 2)],
        ["2021年6月16日", "10,159", "490"]
    );
    assert_eq!([cell(1, 1), cell(1, 2)], ["9,828", "479"]);
    let rows: Vec<String> = h.query_all_by_role(Role::Row).map(|r| label(&r)).collect();
    assert_eq!(rows[1], "2021年5月19日（通知の別紙3）");
    assert_eq!(rows[4], "2021年7月14日（取込: nc_made_up_0714.csv）");
}

#[test]
fn every_prefecture_shown_is_a_small_chart_and_english_is_complete() {
    let h = trend_app("trend_multiples", harness::SIZE, Some(Lang::En));
    h.get_by_label("By prefecture (47; each chart has its own scale)");
    let figure = label(&h.get_by_role(Role::Figure));
    assert!(
        figure.starts_with(
            "Job seekers over time (2021-05-19 to 2021-07-14, 4 tables), Nationwide (total) 9,828 → 9,899"
        ),
        "{figure}"
    );
    // 47 columns of places in the table, besides the dates and the nation.
    let table = h.get_by_role(Role::Table);
    assert_eq!(table.accesskit_node().data().column_count(), Some(49));
    h.get_by_label_contains("Each point's table: 2021-05-19 (the notice's attachment 3), 2021-06-02 (imported: nc_made_up_0602.csv)");
}

#[test]
fn the_trend_needs_two_tables_and_says_so() {
    let lib = harness::temp_dir("trend_one_table");
    let h = crate::importing::app_with_library(&lib);
    let button = h.get_by_role_and_label(Role::Button, "推移");
    assert!(
        button.accesskit_node().is_disabled(),
        "one table only: no trend"
    );
}

#[test]
fn the_trend_copies_its_summary_and_saves_its_series() {
    let lib = harness::temp_dir("trend_exports");
    keep_three_later_tables(&lib);
    let out = lib.join("series.csv");
    let mut h = crate::importing::app_with_library_and_dialogs(
        &lib,
        vec![Some(out.clone())],
        std::sync::Arc::default(),
    );
    h.get_by_role_and_label(Role::Button, "推移").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "要約をコピー")
        .click();
    let copied = crate::export::copied_text(&mut h).unwrap();
    // 9,828 → 9,899: +71, 71 / 9,828 × 100 = 0.72… → 0.7 %; 埼玉県 +41 the largest rise, 東京都
    // +30; the nation fell once (10,159 → 9,899).
    assert!(
        copied.starts_with(
            "2021年5月19日から2021年7月14日までに、求職者数は全国で 9,828 → 9,899（+71、+0.7%）。\
             増加が最も大きいのは埼玉県（+41）。"
        ),
        "{copied}"
    );
    assert!(
        copied.contains(
            "比べた表は4件です。全国の数字は続く表の間で1回減っています（再集計による可能性）。"
        ),
        "{copied}"
    );
    h.get_by_role_and_label(Role::Button, "推移をCSV保存…")
        .click();
    for _ in 0..5 {
        h.run();
    }
    let text = String::from_utf8(std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(text.lines().count(), 1 + 4 * 48);
    assert!(
        text.contains("\r\n2021-06-16,2021-06-13,11,埼玉県,490,"),
        "{text}"
    );
    assert!(
        text.contains("\r\n2021-07-14,2021-07-11,00,計,9899,"),
        "{text}"
    );
}

#[test]
fn the_trends_picture_for_a_page_says_every_tables_figure() {
    let lib = harness::temp_dir("trend_picture");
    keep_three_later_tables(&lib);
    let out = lib.join("trend.png");
    let dialogs = std::sync::Arc::new(crate::scripted::ScriptedDialogs::new(vec![Some(
        out.clone(),
    )]));
    let library = lib.clone();
    let mut h = harness::app_wgpu(harness::SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, None, None)
            .with_library(staffing_dashboard::library::Library::new(library.clone()))
            .with_dialogs(dialogs.clone())
    });
    h.get_by_role_and_label(Role::Button, "推移").click();
    h.run();
    crate::importing::type_into(&mut h, "検索", "埼玉");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("画像の大きさ").click();
    h.run();
    h.get_by_label("A4 本文幅").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    crate::export::run_until(&mut h, |_| out.exists());
    let words = crate::export::description(&std::fs::read(&out).unwrap()).unwrap();
    let lines: Vec<&str> = words.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "求職者数の推移（2021年5月19日〜2021年7月14日、表4件）",
            "全国（計）: 2021年5月19日 9,828, 2021年6月2日 9,869, 2021年6月16日 10,159, 2021年7月14日 9,899",
            "埼玉県: 2021年5月19日 479, 2021年6月2日 500, 2021年6月16日 490, 2021年7月14日 520",
        ]
    );
    assert!(words.contains("▼ 前の表より減った点（2か所）"), "{words}");
    assert!(words.contains("\n絞り込み: 検索: 埼玉\n"), "{words}");
}

#[test]
fn in_a_small_window_the_trend_keeps_its_chart_and_puts_saving_in_a_menu() {
    for (lang, menu, save) in [
        (Lang::Ja, "保存・コピー ▼", "PNG保存…"),
        (Lang::En, "Save, copy ▼", "Save PNG…"),
    ] {
        let mut h = trend_app("trend_small", egui::vec2(1024.0, 600.0), Some(lang));
        assert!(h.query_by_label(save).is_none(), "{lang:?}: in the menu");
        let figure = h.get_by_role(Role::Figure).rect();
        assert!(figure.height() >= 180.0, "{lang:?}: {figure:?}");
        h.get_by_label(menu).click();
        h.run();
        h.get_by_role_and_label(Role::Button, save);
    }
}

#[test]
fn a_slide_of_the_trend_counts_the_falls_it_draws_and_the_screen_all_it_draws() {
    let lib = harness::temp_dir("trend_slide");
    keep_three_later_tables(&lib);
    let out = lib.join("slide.png");
    let dialogs = std::sync::Arc::new(crate::scripted::ScriptedDialogs::new(vec![Some(
        out.clone(),
    )]));
    let library = lib.clone();
    let mut h = harness::app_wgpu(harness::SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, None, None)
            .with_library(staffing_dashboard::library::Library::new(library.clone()))
            .with_dialogs(dialogs.clone())
    });
    h.get_by_role_and_label(Role::Button, "推移").click();
    h.run();
    // 埼玉県 selected, then every prefecture shown again: 47 small charts on screen.
    crate::importing::type_into(&mut h, "検索", "埼玉");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("絞り込み解除").click();
    h.run();
    // On screen: the nation's fall, 埼玉県's on its line and on its small chart, 東京都's.
    h.get_by_role_and_label(
        Role::Label,
        "▼ 前の表より減った点（4か所）。事務連絡は「集計値はその後の再集計等により変更する場合がある」としています",
    );
    h.get_by_label("画像の大きさ").click();
    h.run();
    h.get_by_label("スライド 16:9").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    crate::export::run_until(&mut h, |_| out.exists());
    let words = crate::export::description(&std::fs::read(&out).unwrap()).unwrap();
    // The slide draws the nation's and 埼玉県's lines alone: two falls.
    assert!(
        words.contains("\n▼ 前の表より減った点（2か所）。"),
        "{words}"
    );
    assert!(
        !words.contains("東京都"),
        "no small charts on a slide: {words}"
    );
}
