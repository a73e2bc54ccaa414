//! The real app driven as a user would, through `egui_kittest`, by visible labels; and rendered
//! snapshots of the main view in Japanese and English at 1366x768.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, SnapshotResults};
use staffing_dashboard::app::{App, NOTICE_SECONDS};
use staffing_dashboard::assets::BUNDLED_RON;
use staffing_dashboard::dashboard::{STATE_VERSION, State};
use staffing_dashboard::lang::Lang;
use staffing_dashboard::prefecture;
use staffing_dashboard::prefecture::PrefectureCode;

use crate::rows::figures_in_row;

use crate::storage::MemoryStorage;

use crate::harness::{self, SIZE};
use crate::importing::app_with_library_at;
use crate::views::{cell_in_row, every_text};

pub(crate) fn app(storage: Option<&dyn eframe::Storage>) -> Harness<'static, App> {
    let storage: Option<MemoryStorage> = storage.map(|s| {
        MemoryStorage(
            ["app"]
                .into_iter()
                .filter_map(|k| s.get_string(k).map(|v| (k.to_owned(), v)))
                .collect(),
        )
    });
    harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, storage.as_ref().map(|s| s as _), None, None)
    })
}

/// The prefecture names shown as labels, top to bottom (the table's rows in view).
/// Clicks 取り込む and lets the import's thread finish (the window drawing meanwhile).
pub(crate) fn click_import(h: &mut Harness<'_, App>) {
    h.get_by_role_and_label(Role::Button, "取り込む").click();
    for _ in 0..2000 {
        h.step();
        if !h.state().is_importing() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the import did not finish in 10 s");
}

pub(crate) fn shown(h: &Harness<'_, App>) -> Vec<String> {
    let mut found: Vec<(f32, String)> = Vec::new();
    for p in prefecture::all() {
        for node in h.query_all_by_role_and_label(Role::Label, &p.kanji) {
            found.push((node.rect().top(), p.kanji.clone()));
        }
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().map(|(_, n)| n).collect()
}

/// Scrolls the table as a user would until `name`'s row is in view.
pub(crate) fn scroll_to_row(h: &mut Harness<'_, App>, name: &str) {
    for _ in 0..30 {
        if h.query_by_role_and_label(Role::Label, name).is_some() {
            // Fully into view, not half under the pinned totals.
            h.get_by_role_and_label(Role::Label, name).scroll_to_me();
            h.run();
            return;
        }
        h.get_by_role_and_label(Role::Label, shown(h).last().unwrap())
            .scroll_down();
        h.run();
    }
    panic!("{name} never came into view");
}

pub(crate) fn search(h: &mut Harness<'_, App>, text: &str) {
    h.get_by_role(Role::TextInput).click();
    h.run();
    h.get_by_role(Role::TextInput).type_text(text);
    h.run();
}

#[test]
fn starts_in_japanese_on_the_bundled_report_with_source_and_date() {
    let h = app(None);
    h.get_by_label("2021年5月19日時点");
    h.get_by_label_contains("出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3");
    h.get_by_label_contains("集計期間 2020年4月6日〜2021年5月16日");
    h.get_by_role_and_label(Role::Button, "求職者数");
    assert_eq!(shown(&h).first().map(String::as_str), Some("北海道"));
    // The published 計 is pinned under the table.
    h.get_by_role_and_label(Role::Label, "計（公表）");
    h.get_by_role_and_label(Role::Label, "9,828");
}

#[test]
fn sort_by_job_seekers_puts_tokyo_first() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数 ▼");
    assert_eq!(shown(&h)[..3], ["東京都", "神奈川県", "京都府"]);
    h.get_by_role_and_label(Role::Button, "求職者数 ▼").click();
    h.run();
    assert_eq!(shown(&h)[0], "静岡県");
    // Sorting by name restores the source's order.
    h.get_by_role_and_label(Role::Button, "都道府県").click();
    h.run();
    assert_eq!(shown(&h)[..2], ["北海道", "青森県"]);
}

#[test]
fn search_by_kanji_romaji_code_and_as_an_ime_types_them_leaves_osaka_only() {
    let osaka = ["420", "733", "340", "799", "171", "34", "550"];
    let published = ["9,828", "8,322", "1,241", "6,068", "3,995", "591", "2,114"];
    for text in ["大阪", "osaka", "27", "２７", "ｏｓａｋａ", "ｵｵｻｶ"] {
        let mut h = app(None);
        search(&mut h, text);
        assert_eq!(shown(&h), ["大阪府"], "{text}");
        h.get_by_label("47 件中 1 件を表示");
        // The totals rows: the published 計 and, beside it, the sum of what is shown.
        assert_eq!(figures_in_row(&h, "計（公表）").unwrap(), published);
        assert_eq!(figures_in_row(&h, "絞込の合計").unwrap(), osaka, "{text}");
        assert_eq!(figures_in_row(&h, "大阪府").unwrap(), osaka, "{text}");
        // One click clears.
        h.get_by_role_and_label(Role::Button, "絞り込み解除")
            .click();
        h.run();
        h.get_by_label("47 件中 47 件を表示");
        assert_eq!(shown(&h)[..3], ["北海道", "青森県", "岩手県"], "{text}");
    }
}

#[test]
fn escape_clears_the_search() {
    let mut h = app(None);
    search(&mut h, "とうきょう");
    assert_eq!(shown(&h), ["東京都"]);
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label("47 件中 47 件を表示");
    assert_eq!(shown(&h)[..3], ["北海道", "青森県", "岩手県"]);
}

#[test]
fn region_kyushu_okinawa_leaves_8_prefectures() {
    let mut h = app(None);
    // The convention is said where the regions are chosen.
    h.get_by_label("地方").hover();
    h.run();
    h.get_by_label("地方は八地方区分（北海道、東北、関東、中部、近畿、中国、四国、九州・沖縄）。三重県は近畿、新潟県は中部、沖縄県は九州に含めます。通知の区分ではありません");
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("九州・沖縄").click();
    h.run();
    let names = shown(&h);
    assert_eq!(
        names,
        [
            "福岡県",
            "佐賀県",
            "長崎県",
            "熊本県",
            "大分県",
            "宮崎県",
            "鹿児島県",
            "沖縄県"
        ]
    );
    h.get_by_label("47 件中 8 件を表示");
    // The filtered sum of the 8 (a derived figure): 603+40+134+187+93+54+97+245 seekers, …
    assert_eq!(
        figures_in_row(&h, "絞込の合計").unwrap(),
        ["1,453", "957", "117", "652", "388", "46", "171"]
    );
}

/// Short of doctors, the side panel follows the notice's order, as the contact sheet does: post on
/// Key-Net through G-MIS (G-MIS事務局 as the desk for questions about G-MIS), then
/// 国際事業総合研究所 in parallel, then the bank; each step above its contact's phone.
#[test]
fn the_doctor_path_stands_in_the_notices_order() {
    let h = app(None);
    let top = |label: &str| h.get_by_label(label).rect().top();
    let phone = |label: &str| h.get_by_role_and_label(Role::Link, label).rect().top();
    let steps = [
        top("1. 「医療のお仕事 Key-Net」に募集情報を掲載する（G-MIS から申請）"),
        phone("厚生労働省 G-MIS事務局 電話 0570-783-872"),
        top("2. 並行して、頂いた情報を元に国際事業総合研究所が医師をマッチング"),
        phone("一般社団法人国際事業総合研究所 電話 03-6682-5933"),
        top("3. 日本医師会女性医師バンクにも相談できる"),
        phone("日本医師会女性医師バンク 電話 03-3942-6512"),
    ];
    assert!(steps.is_sorted(), "top to bottom: {steps:?}");
    h.get_by_label("厚生労働省 G-MIS事務局（G-MISに関するお問い合わせ先）");
    assert!(
        h.get_by_label("医師が不足している場合").rect().top() < steps[0],
        "under its heading"
    );
}

#[test]
fn clicking_tokushima_shows_its_nurse_centre_phone_in_the_side_panel() {
    let mut h = app(None);
    assert!(
        h.query_by_role_and_label(Role::Link, "徳島県ナースセンター 電話 088-631-5544")
            .is_none()
    );
    scroll_to_row(&mut h, "徳島県");
    h.get_by_role_and_label(Role::Label, "徳島県").click();
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(36)));
    assert!(
        !h.query_all_by_role_and_label(Role::Link, "徳島県ナースセンター 電話 088-631-5544")
            .collect::<Vec<_>>()
            .is_empty()
    );
}

#[test]
fn arrow_keys_move_the_selection() {
    let mut h = app(None);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(1)));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(2)));
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(1)));
    // Quick presses in one frame all count.
    for _ in 0..10 {
        h.key_press(egui::Key::ArrowDown);
    }
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(11)));
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(21)));
    h.key_press(egui::Key::End);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(47)));
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(37)));
    h.key_press(egui::Key::Home);
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(1)));
}

#[test]
fn esc_closes_the_sources_window() {
    let mut h = app(None);
    h.get_by_label("出典・注記…").click();
    h.run();
    assert!(h.state().sources_open());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().sources_open());
}

#[test]
fn ctrl_f_focuses_the_search_box() {
    let mut h = app(None);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert!(h.get_by_role(Role::TextInput).is_focused());
}

#[test]
fn switching_to_english_changes_the_headers() {
    let mut h = app(None);
    h.get_by_label("English").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Job seekers");
    assert!(
        h.query_by_role_and_label(Role::Button, "求職者数")
            .is_none()
    );
    h.get_by_label("As of 2021-05-19");
    h.get_by_role_and_label(Role::Label, "Total");
    h.get_by_label("日本語").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数");
}

#[test]
fn derived_columns_are_marked_as_derived() {
    let mut h = app(None);
    assert!(h.query_by_label_contains("（計算）").is_none());
    h.get_by_label("求職者数÷求人数").click();
    h.run();
    let column = h
        .query_all_by_role(Role::ColumnHeader)
        .find(|n| n.accesskit_node().label().as_deref() == Some("求職者数÷求人数（計算）"))
        .and_then(|n| n.accesskit_node().data().column_index())
        .unwrap();
    // 北海道 519 / 355 = 1.46…, 神奈川県 749 / 514 = 1.457…, 京都府 658 / 142 = 4.633…:
    // one decimal, rounded once.
    assert_eq!(cell_in_row(&h, "01 北海道", column), "1.5");
    assert_eq!(cell_in_row(&h, "14 神奈川県", column), "1.5");
    assert_eq!(cell_in_row(&h, "26 京都府", column), "4.6");
}

#[test]
fn the_chart_metric_selector_changes_the_chart() {
    let mut h = app(None);
    h.get_by_label("グラフ").click();
    h.run();
    h.get_by_label("求職者数（全国計 9,828）");
    h.get_by_role_and_label(
        Role::Label,
        "最大 東京都 830、最小 静岡県 9（47\u{a0}都道府県）",
    );
    h.get_by_role_and_label(Role::Button, "求人数").click();
    h.run();
    h.get_by_label("求人数（全国計 8,322）");
    h.get_by_role_and_label(
        Role::Label,
        "最大 大阪府 733、最小 鳥取県 13（47\u{a0}都道府県）",
    );
    // The plot itself carries the summary for screen readers.
    h.get_by_role(Role::Figure);
    assert!(
        h.get_by_role(Role::Figure)
            .accesskit_node()
            .label()
            .unwrap()
            .contains("大阪府 733")
    );
}

#[test]
fn a_ticked_step_stays_ticked_after_save_and_restore() {
    let mut h = app(None);
    scroll_to_row(&mut h, "徳島県");
    h.get_by_role_and_label(Role::Label, "徳島県").click();
    h.run();
    let step = "4. 看護師の確保";
    assert_eq!(
        h.get_by_label(step).accesskit_node().toggled(),
        Some(Toggled::False)
    );
    h.get_by_label(step).scroll_to_me();
    h.run();
    h.get_by_label(step).click();
    h.run();
    assert_eq!(
        h.get_by_label(step).accesskit_node().toggled(),
        Some(Toggled::True)
    );

    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let h2 = app(Some(&storage));
    assert_eq!(h2.state().state().selected, Some(PrefectureCode(36)));
    assert_eq!(
        h2.get_by_label(step).accesskit_node().toggled(),
        Some(Toggled::True)
    );
    // Ticks are kept per prefecture: only 徳島県's step 4 is saved, and the national view
    // shows the step unticked.
    assert_eq!(
        h2.state().state().ticks,
        std::collections::BTreeMap::from([(36, std::collections::BTreeSet::from([4]))])
    );
    let mut h2 = h2;
    h2.get_by_role_and_label(Role::Button, "全国表示に戻る")
        .click();
    h2.run();
    assert_eq!(h2.state().state().selected, None);
    assert_eq!(
        h2.get_by_label(step).accesskit_node().toggled(),
        Some(Toggled::False)
    );
}

#[test]
fn corrupt_or_old_saved_state_falls_back_to_defaults() {
    for saved in [
        "",
        "(((",
        "(version: 0, lang: En)",
        "(lang: Klingon)",
        "\u{0}\u{ff}",
    ] {
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, "app", saved.to_owned());
        let h = app(Some(&storage));
        assert_eq!(h.state().state(), &State::default(), "{saved:?}");
        h.get_by_role_and_label(Role::Button, "求職者数");
    }
    // A saved prefecture that the report does not have is ignored.
    let mut storage = MemoryStorage::default();
    let bad = format!("(version: {STATE_VERSION}, selected: Some(99), lang: En)");
    eframe::Storage::set_string(&mut storage, "app", bad);
    let h = app(Some(&storage));
    assert_eq!(h.state().state().selected, None);
    assert_eq!(h.state().state().lang, Lang::En);
}

#[test]
fn idle_means_no_repaint_loop() {
    let mut h = app(None);
    // `run` fails past its step limit if the UI keeps asking for repaints; a settled app stops.
    assert!(h.try_run().is_ok());
    search(&mut h, "大阪");
    assert!(h.try_run().is_ok());
    h.get_by_label("グラフ").click();
    assert!(h.try_run().is_ok());
    h.get_by_label("表").click();
    assert!(h.try_run().is_ok());
    h.get_by_role_and_label(Role::Button, "求人数").click();
    assert!(h.try_run().is_ok());
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    assert!(
        h.try_run().is_ok(),
        "the notice that follows does not animate"
    );
    h.get_by_label("English").click();
    assert!(h.try_run().is_ok());
    // After settling, a step asks for no further repaint.
    h.step();
    assert!(!h.ctx.has_requested_repaint(), "idle: no repaint requested");
}

pub(crate) fn snapshot_app(lang: &str) -> Harness<'static, App> {
    let mut h = harness::app_wgpu(SIZE, |cc| App::new(&cc.egui_ctx, None, None, None));
    if lang == "en" {
        h.get_by_label("English").click();
        h.run();
    }
    h
}

#[test]
fn snapshots_of_the_main_view() {
    let mut results = SnapshotResults::new();
    for lang in ["ja", "en"] {
        let mut h = snapshot_app(lang);
        h.snapshot(format!("main_{lang}"));
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

#[test]
fn clicking_a_row_selects_it() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Label, "北海道").click();
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(1)));
}

pub(crate) fn app_on(path: &std::path::Path) -> Harness<'static, App> {
    let path = path.to_owned();
    harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, Some(&path), None)
    })
}

pub(crate) fn temp_report(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn load_warnings_show_as_a_banner() {
    let text =
        staffing_dashboard::assets::BUNDLED_RON.replacen("openings: 8322,", "openings: 8330,", 1);
    let h = app_on(&temp_report("warn.ron", &text));
    h.get_by_label("！ このレポートには注意点が 1 件あります");
    h.get_by_label_contains("公表の計 8330 と各都道府県の合計 8322 が一致しません");
    h.get_by_label("2021年5月19日時点の表");
    // The published total is marked where it differs from the sum.
    h.get_by_label("！8,330");
}

#[test]
fn a_broken_report_at_start_falls_back_to_the_bundled_one_and_says_why() {
    let text =
        staffing_dashboard::assets::BUNDLED_RON.replacen("\"03-5309-2065\"", "\"03-5309\"", 1);
    let h = app_on(&temp_report("broken.ron", &text));
    h.get_by_label_contains("broken.ron:");
    h.get_by_label_contains("電話番号「03-5309」の形式が正しくありません");
    h.get_by_label("2021年5月19日時点（同梱）");
    h.get_by_role_and_label(Role::Label, "9,828");
}

#[test]
fn sources_view_holds_period_notes_caveats_and_national_figures() {
    let mut h = app(None);
    h.get_by_label("出典・注記…").click();
    h.run();
    h.get_by_label("20年4月6日～21年5月16日分(ワクチン関連については21/4/12以降)");
    h.get_by_label_contains("ワクチン接種業務対応研修修了者数 — 注3: 21.4.12以前のワクチン接種研修修了者を含めると全国で4,219人");
    h.get_by_label_contains("・集計値はその後の再集計等により変更する場合がある");
    h.get_by_label("「日本医師会女性医師バンクに、全国で計約2,724名の医師が登録されています。」（2021年5月26日の通知）");
}

#[test]
fn notes_are_tooltips_on_their_column_headers() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "(うちワクチン接種業務)※1")
        .hover();
    h.run();
    h.get_by_label_contains("21.4.12以降の新規求人のうち、ワクチン接種関連業務に係るものを集計");
}

#[test]
fn copying_the_nurse_centre_phone_says_so() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Label, "北海道").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "北海道ナースセンターの電話番号をコピー")
        .click();
    h.run();
    h.get_by_label("コピーしました: 011-863-6794");
}

#[test]
fn the_openings_chart_stacks_the_vaccination_part_with_a_legend() {
    let mut h = app(None);
    h.get_by_label("グラフ").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求人数").click();
    h.run();
    // Legend entries of the stacked chart.
    h.get_by_label("うちワクチン接種業務");
    h.get_by_label("その他");
}

#[test]
fn tab_reaches_the_controls() {
    let mut h = app(None);
    let mut reached = std::collections::BTreeSet::new();
    for _ in 0..120 {
        h.key_press(egui::Key::Tab);
        h.run();
        let focused = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.is_focused();
        for node in h.query_all(egui_kittest::kittest::by().predicate(focused)) {
            let n = node.accesskit_node();
            reached.insert(format!("{:?} {}", n.role(), n.label().unwrap_or_default()));
        }
    }
    for control in [
        "TextInput 検索",
        "ComboBox 地方",
        "Button 出典・注記…",
        "Button レポートを開く…",
        "Button 表をコピー",
        "Button 求職者数",
        "CheckBox 求職者数÷求人数",
    ] {
        assert!(
            reached.iter().any(|r| r.starts_with(control)),
            "{control} not reached by Tab: {reached:?}"
        );
    }
}

pub(crate) fn select(h: &mut Harness<'_, App>, name: &str) {
    scroll_to_row(h, name);
    h.get_by_role_and_label(Role::Label, name).click();
    h.run();
}

#[test]
fn the_side_panel_gives_the_prefectures_own_trained_nurses_not_the_national_claim() {
    let mut h = app(None);
    select(&mut h, "東京都");
    h.get_by_label("東京都ナースセンター");
    h.get_by_label("ワクチン接種業務対応研修修了者 931人（2021年4月12日以降、注3）");
    // The notice gives no nurse centre's hours: said under its phone (and for the bank, which
    // has none either), not guessed.
    assert_eq!(h.query_all_by_label("受付時間: 出典に記載なし").count(), 2);
    // 北海道 has 0: say what note 3 implies (earlier training is not counted), nothing more.
    select(&mut h, "北海道");
    h.get_by_label(
        "ワクチン接種業務対応研修修了者 0人（2021年4月12日以降の集計。それ以前の研修修了者は含まれません。注3）",
    );
    // The notice's national claim (約4,200 trained nurses ready) is not made the
    // prefecture's: its one line of trained nurses is its own figure.
    let trained: Vec<String> = every_text(&h)
        .into_iter()
        .filter(|l| l.contains("研修修了者 "))
        .collect();
    let own = "ワクチン接種業務対応研修修了者 0人（2021年4月12日以降の集計。それ以前の研修修了者は含まれません。注3）";
    assert!(trained.iter().any(|t| t == own), "{trained:?}");
    assert!(
        trained.iter().all(|t| own.starts_with(t.as_str())),
        "the notice says so nationally only: {trained:?}"
    );
    h.get_by_label("English").click();
    h.run();
    h.get_by_label(
        "Vaccination-trained nurses: 0 (counted from 2021-04-12; nurses trained before then are not included, note 3)",
    );
}

#[test]
fn the_title_is_the_tables_own_and_names_the_window_for_screen_readers() {
    let mut h = app(None);
    // The short form keeps 潜在看護職 and 累計; the source's full title is on hover.
    let heading = h.get_by_label("潜在看護職の復職支援状況 累計（都道府県ナースセンター）");
    heading.hover();
    h.run();
    h.get_by_label(
        "都道府県ナースセンターの新型コロナウイルス感染症対策における潜在看護職の復職支援状況 累計",
    );
    let title = "潜在看護職の復職支援状況 累計（都道府県ナースセンター）（2021年5月19日時点）";
    assert_eq!(h.state().window_title(), title);
    assert_eq!(h.root().accesskit_node().role(), Role::Window);
    assert_eq!(h.root().accesskit_node().label().as_deref(), Some(title));
    // The title follows the language.
    h.get_by_label("English").click();
    h.run();
    let en = "Return-to-work support for inactive nurses, cumulative (as of 2021-05-19)";
    assert_eq!(h.root().accesskit_node().label().as_deref(), Some(en));
    assert_eq!(h.state().window_title(), en);
}

#[test]
fn the_window_has_its_own_icon() {
    let viewport = staffing_dashboard::app::viewport(Lang::Ja);
    let icon = viewport.icon.expect("an icon");
    assert_eq!((icon.width, icon.height), (256, 256));
    // Drawn, not blank: opaque blue and vermillion pixels, transparent corners.
    let px = |x: usize, y: usize| {
        let i = (y * 256 + x) * 4;
        [
            icon.rgba[i],
            icon.rgba[i + 1],
            icon.rgba[i + 2],
            icon.rgba[i + 3],
        ]
    };
    assert_eq!(px(0, 0)[3], 0, "transparent corner");
    assert_eq!(px(128, 30), [0, 114, 178, 255], "blue ground");
    assert_eq!(px(147, 150), [213, 94, 0, 255], "the selected bar");
    assert!(viewport.title.unwrap().contains("潜在看護職"));
}

#[test]
fn a_language_given_on_the_command_line_overrides_the_saved_one() {
    let mut storage = MemoryStorage::default();
    let saved = format!("(version: {STATE_VERSION}, lang: En)");
    eframe::Storage::set_string(&mut storage, "app", saved);
    for (given, expected) in [(None, Lang::En), (Some(Lang::Ja), Lang::Ja)] {
        let storage = storage.clone();
        let mut h = Harness::builder()
            .with_max_steps(10)
            .with_size(SIZE)
            .build_eframe(move |cc| App::new(&cc.egui_ctx, Some(&storage), None, given));
        h.run();
        assert_eq!(h.state().state().lang, expected, "--lang {given:?}");
    }
}

#[test]
fn the_search_text_is_not_restored_but_region_sort_and_view_are() {
    let mut h = app(None);
    search(&mut h, "大阪");
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("近畿").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    h.get_by_label("グラフ").click();
    h.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let h2 = app(Some(&storage));
    let restored = h2.state().state();
    assert_eq!(restored.filter.query, "", "the search box opens empty");
    assert_eq!(restored.filter.region, h.state().state().filter.region);
    assert_eq!(restored.filter.region, Some(prefecture::Region::Kinki));
    assert_eq!(restored.sort, h.state().state().sort);
    assert_eq!(restored.view, staffing_dashboard::dashboard::View::Chart);
    h2.get_by_label("47 件中 7 件を表示");
}

/// Drags across a label as a user selecting its text with the mouse.
pub(crate) fn drag_across(h: &mut Harness<'_, App>, rect: egui::Rect) {
    let from = egui::pos2(rect.left() + 1.0, rect.center().y);
    let to = egui::pos2(rect.right() - 1.0, rect.center().y);
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(egui::Event::PointerMoved(from));
    h.step();
    h.event(button(from, true));
    h.step();
    h.event(egui::Event::PointerMoved(to));
    h.step();
    h.event(button(to, false));
    h.run();
}

#[test]
fn ctrl_c_with_label_text_selected_copies_that_text_not_the_table() {
    let mut h = app(None);
    let rect = h.get_by_label("2021年5月19日時点").rect();
    drag_across(&mut h, rect);
    h.event(egui::Event::Copy);
    h.step();
    let copied: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    h.run();
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(
        "2021年5月19日時点".contains(copied[0].as_str()) && !copied[0].is_empty(),
        "{copied:?}"
    );
    assert!(
        h.query_by_label_contains("表としてコピーしました")
            .is_none()
    );
}

#[test]
fn a_report_dropped_while_sorted_is_drawn_in_its_own_order_from_its_first_frame() {
    // A newer table (made up for this test) in which 静岡県 has the most job seekers.
    let text = staffing_dashboard::assets::BUNDLED_RON
        .replacen("job_seekers: 9, ", "job_seekers: 5000, ", 1)
        .replacen("job_seekers: 9828,", "job_seekers: 14819,", 1);
    let path = temp_report("shizuoka_first.ron", &text);
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    assert_eq!(shown(&h)[0], "東京都");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(crate::dropped::Dropped(path)));
    // One frame: the one that takes the report in.
    h.step();
    assert_eq!(
        figures_in_row(&h, "静岡県")
            .unwrap()
            .first()
            .map(String::as_str),
        Some("5,000")
    );
    assert_eq!(shown(&h)[0], "静岡県", "not the old report's order");
    h.run();
    h.get_by_label("2021年5月19日時点の表");
}

#[test]
fn the_screen_follows_the_system_theme_and_the_choice_is_remembered() {
    let mut h = Harness::builder()
        .with_max_steps(10)
        .with_theme(egui::Theme::Dark)
        .with_size(SIZE)
        .build_eframe(|cc| App::new(&cc.egui_ctx, None, None, None));
    h.run();
    assert!((h.ctx.theme() == egui::Theme::Dark), "dark, as the system");
    h.get_by_role_and_label(Role::Button, "明るい").click();
    h.run();
    assert!(!(h.ctx.theme() == egui::Theme::Dark), "light, as chosen");
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let storage = storage.clone();
    let mut h2 = Harness::builder()
        .with_theme(egui::Theme::Dark)
        .with_size(SIZE)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, Some(&storage), None, None));
    h2.run();
    assert_eq!(
        h2.state().state().theme,
        staffing_dashboard::dashboard::ThemeChoice::Light
    );
    assert!(
        !(h2.ctx.theme() == egui::Theme::Dark),
        "the choice outlives the run"
    );
}

#[test]
fn english_shows_english_prefecture_names_in_the_table_chart_and_side_panel() {
    let mut h = app(None);
    h.get_by_label("English").click();
    h.run();
    search(&mut h, "tokyo");
    assert!(shown(&h).is_empty(), "no kanji names in English");
    h.get_by_label("Showing 1 of 47");
    h.get_by_role_and_label(Role::Label, "Tokyo").click();
    h.run();
    // The side panel's heading and the nurse centre, in English.
    assert!(
        h.query_all_by_label("Tokyo").count() >= 2,
        "table and heading"
    );
    h.get_by_label("Tokyo nurse centre");
    // Step 4's contacts: Tokyo's nurse centre, and Recruit Options with what it is for.
    h.get_by_label(
        "Contact: Tokyo nurse centre 03-5309-2065, Recruit Options service centre (リクオプサービスセンター; English name ours) (Other questions about Key-Net; Questions about the placement of nurses) 03-3548-8601",
    );
    assert!(
        h.query_by_label("東京都").is_none(),
        "no kanji name shown in English"
    );
}

#[test]
fn the_selected_prefectures_figures_carry_their_rank_among_the_47_ties_as_ties() {
    let mut h = app(None);
    select(&mut h, "埼玉県");
    // 479 job seekers: 8th (東京都 830 … 広島県 486 above it).
    h.get_by_label("求職者数: 479（全国順位† 47中8位、全国計 9,828）");
    // 14 trained nurses, rank 15.
    h.get_by_label_contains("ワクチン接種業務対応研修修了者数: 14（全国順位† 47中15位");
    select(&mut h, "北海道");
    // 0 trained nurses: tied with every other 0, after the 20 prefectures that have some.
    h.get_by_label(
        "ワクチン接種業務対応研修修了者数: 0（全国順位† 47中21位（同順位）、全国計 2,114）",
    );
}

#[test]
fn a_notice_goes_after_a_few_seconds_and_at_the_next_action() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    h.run();
    assert!(h.state().notice().is_some());
    // egui's clock moves a quarter second a step.
    for _ in 0..30 {
        h.step();
    }
    assert!(
        h.state().notice().is_none(),
        "gone after {NOTICE_SECONDS} s"
    );
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    h.run();
    assert!(h.state().notice().is_some());
    h.get_by_label("English").click();
    h.run();
    assert!(
        h.state().notice().is_none(),
        "a Japanese notice does not stay in English"
    );
}

#[test]
fn a_broken_report_at_start_lists_every_error_in_the_dialog() {
    let broken = BUNDLED_RON
        .replace("phone: \"03-5309-2065\"", "phone: \"03-5309\"")
        .replace("phone: \"011-863-6794\"", "phone: \"011\"");
    let p = temp_report("two_errors.ron", &broken);
    let h = app_on(&p);
    let dialog = h.state().error_dialog().unwrap();
    assert_eq!(dialog.lines.len(), 2, "{:?}", dialog.lines);
    assert!(dialog.lines.iter().all(|l| l.contains("two_errors.ron:")));
    // The bundled report is shown meanwhile.
    h.get_by_label("47 件中 47 件を表示");
}

#[test]
fn ctrl_plus_minus_and_zero_zoom_the_whole_window() {
    let mut h = app(None);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    let zoomed = h.ctx.zoom_factor();
    assert!(zoomed > 1.0, "{zoomed}");
    // Still the same app, larger: the phone column and the side panel are there.
    h.get_by_label("47 件中 47 件を表示");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert!(h.ctx.zoom_factor() < zoomed);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6);
}

#[test]
fn region_words_and_several_terms_in_the_search_box() {
    let kanto = [
        "茨城県",
        "栃木県",
        "群馬県",
        "埼玉県",
        "千葉県",
        "東京都",
        "神奈川県",
    ];
    let kinki = [
        "三重県",
        "滋賀県",
        "京都府",
        "大阪府",
        "兵庫県",
        "奈良県",
        "和歌山県",
    ];
    let osaka_kyoto = ["京都府", "大阪府"];
    for (text, want) in [
        ("関東", &kanto[..]),
        ("かんとう", &kanto),
        ("kansai", &kinki),
        ("大阪 京都", &osaka_kyoto),
        ("大阪,京都", &osaka_kyoto),
        (
            "埼玉 東京 千葉 群馬",
            &["群馬県", "埼玉県", "千葉県", "東京都"],
        ),
    ] {
        let mut h = app(None);
        search(&mut h, text);
        assert_eq!(shown(&h), want, "{text}");
        h.get_by_label(&format!("47 件中 {} 件を表示", want.len()));
    }
}

#[test]
fn a_search_that_finds_nothing_says_so_and_how_to_clear() {
    let mut h = app(None);
    search(&mut h, "zzz");
    assert!(shown(&h).is_empty());
    h.get_by_label("該当なし");
    h.get_by_label("「zzz」に当てはまる都道府県はありません。");
    h.get_by_label_contains("Esc キーか「絞り込み解除」で 47 都道府県すべてに戻ります");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("該当なし").is_none());
    assert!(shown(&h).len() > 20);
    // The same in the chart, typed full-width.
    h.get_by_label("グラフ").click();
    h.run();
    search(&mut h, "ｚｚｚ");
    h.get_by_label("該当なし");
}

/// The header buttons of the table in view, left to right.
pub(crate) fn headers_in_view(h: &Harness<'_, App>) -> Vec<String> {
    let top = h
        .get_by_role_and_label(Role::Button, "都道府県")
        .rect()
        .top();
    let mut found: Vec<(f32, String)> = h
        .query_all_by_role(Role::Button)
        .filter(|n| (n.rect().top() - top).abs() < 30.0)
        .map(|n| {
            (
                n.rect().left(),
                n.accesskit_node().label().unwrap_or_default(),
            )
        })
        .collect();
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().map(|(_, l)| l).collect()
}

#[test]
fn in_the_split_view_code_and_name_stay_while_the_figures_scroll_and_the_sorted_column_shows() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "紹介人数").click();
    h.run();
    h.get_by_label("表とグラフ").click();
    h.run();
    let headers = headers_in_view(&h);
    assert_eq!(headers[..2], ["コード", "都道府県"], "{headers:?}");
    assert!(headers.contains(&"紹介人数 ▼".to_owned()), "{headers:?}");
    assert!(
        !headers.contains(&"求職者数".to_owned()),
        "the split table is too narrow for all: {headers:?}"
    );
    // ← brings the first figures back, with code and name still there.
    for _ in 0..8 {
        h.key_press(egui::Key::ArrowLeft);
    }
    h.run();
    let headers = headers_in_view(&h);
    assert_eq!(
        headers[..3],
        ["コード", "都道府県", "求職者数"],
        "{headers:?}"
    );
    assert_eq!(shown(&h).first().map(String::as_str), Some("大阪府"));
    // ▶ moves one column, and the row's figures follow.
    h.get_by_role_and_label(Role::Button, "次の列 ▶").click();
    h.run();
    let headers = headers_in_view(&h);
    assert_eq!(
        headers[..3],
        ["コード", "都道府県", "求人数"],
        "{headers:?}"
    );
    assert_eq!(
        figures_in_row(&h, "大阪府").unwrap()[0],
        "733",
        "大阪府's openings"
    );
    // To the end: the phone shows and ▶ stops.
    for _ in 0..10 {
        h.key_press(egui::Key::ArrowRight);
    }
    h.run();
    h.get_by_role_and_label(Role::Label, "ナースセンター電話");
    assert!(
        h.get_by_role_and_label(Role::Button, "次の列 ▶")
            .accesskit_node()
            .is_disabled(),
        "nothing further right"
    );
}

#[test]
fn a_wide_window_gives_the_table_its_width() {
    let h = harness::app(egui::vec2(1920.0, 1080.0), |cc| {
        App::new(&cc.egui_ctx, None, None, None)
    });
    // Every column in view, no ▶, and the phone column ends near the side panel.
    assert!(h.query_by_label("次の列 ▶").is_none());
    let phone = h
        .get_by_role_and_label(Role::Label, "ナースセンター電話")
        .rect();
    let side = h.get_by_label("看護師が不足している場合").rect();
    assert!(
        side.left() - phone.right() < 200.0,
        "a gap of {} px between the table and the side panel",
        side.left() - phone.right()
    );
}

#[test]
fn tab_follows_the_screen_and_every_stop_is_in_view() {
    let mut h = app(None);
    select(&mut h, "埼玉県");
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE);
    let filter_top = h.get_by_role(Role::TextInput).rect().top() - 4.0;
    let table_top = h.get_by_role(Role::TextInput).rect().bottom() + 6.0;
    let side_left = h.get_by_label("看護師が不足している場合").rect().left() - 4.0;
    let mut regions: Vec<&str> = Vec::new();
    let mut stops = 0;
    let mut last: Option<egui::Rect> = None;
    for _ in 0..70 {
        h.key_press(egui::Key::Tab);
        h.run();
        let Some(id) = h.ctx.memory(egui::Memory::focused) else {
            continue;
        };
        let r = h.ctx.read_response(id).unwrap();
        stops += 1;
        assert!(
            screen.contains_rect(r.rect) && r.interact_rect.area() >= r.rect.area() * 0.9,
            "stop {stops} out of view: {:?} (clipped to {:?})",
            r.rect,
            r.interact_rect
        );
        // The side panel's resize handle counts with the side panel.
        let region = if r.rect.top() < filter_top {
            "top"
        } else if r.rect.top() < table_top {
            "filter"
        } else if r.rect.right() >= side_left - 8.0 {
            "side"
        } else {
            "main"
        };
        // Along a line, left to right.
        if let Some(prev) = last
            && (prev.top() - r.rect.top()).abs() < 5.0
            && r.rect.top() < table_top
        {
            assert!(
                prev.left() < r.rect.left(),
                "stop {stops} is left of the one before"
            );
        }
        last = Some(r.rect);
        if regions.last() != Some(&region) {
            regions.push(region);
        }
    }
    assert!(stops > 30, "{stops}");
    assert_eq!(
        regions[..5],
        ["top", "filter", "main", "side", "top"],
        "{regions:?}"
    );
}

/// The app at a size, in a language, in a view.
pub(crate) fn app_at(size: egui::Vec2, lang: Lang, view: &str) -> Harness<'static, App> {
    let mut h = harness::app(size, move |cc| {
        App::new(&cc.egui_ctx, None, None, Some(lang))
    });
    h.get_by_label(view).click();
    h.run();
    h
}

/// Pairs of controls and texts in view whose boxes overlap (one inside the other aside).
pub(crate) fn overlaps(h: &Harness<'_, App>, size: egui::Vec2) -> Vec<String> {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let roles = [
        Role::Label,
        Role::Button,
        Role::CheckBox,
        Role::TextInput,
        Role::ComboBox,
        Role::Link,
        Role::Heading,
    ];
    // The table's body scrolls under the pinned totals, which cut it off (AccessKit has no clip
    // rects): what is in the body ends where the totals begin.
    let body = ["北海道", "Hokkaido"]
        .iter()
        .find_map(|l| h.query_by_role_and_label(Role::Label, l))
        .and_then(|n| n.parent()?.parent())
        .map(|b| b.accesskit_node().id());
    let totals_top = ["計（公表）", "Total"]
        .iter()
        .find_map(|l| h.query_by_role_and_label(Role::Label, l))
        .map(|n| n.rect().top() - 2.0);
    let nodes: Vec<(String, egui::Rect)> = h
        .query_all(egui_kittest::kittest::by().predicate(|n| roles.contains(&n.role())))
        .filter_map(|n| {
            // What is in view of it: clipped by the containers it sits in (a scrolled row
            // half under the pinned totals is cut off there).
            let mut r = n.rect();
            let mut up = n.parent();
            while let Some(p) = up {
                if let Some(b) = p.accesskit_node().bounding_box() {
                    #[expect(clippy::cast_possible_truncation, reason = "screen points")]
                    let pr = egui::Rect::from_min_max(
                        egui::pos2(b.x0 as f32, b.y0 as f32),
                        egui::pos2(b.x1 as f32, b.y1 as f32),
                    );
                    r = r.intersect(pr);
                }
                if Some(p.accesskit_node().id()) == body
                    && let Some(top) = totals_top
                {
                    r.max.y = r.max.y.min(top);
                }
                up = p.parent();
            }
            let a = n.accesskit_node();
            let name = a.label().or_else(|| a.value()).unwrap_or_default();
            (screen.intersects(r) && r.area() > 0.0).then_some((name, r))
        })
        .collect();
    let mut found = Vec::new();
    for (i, (a, ra)) in nodes.iter().enumerate() {
        for (b, rb) in nodes.iter().skip(i.saturating_add(1)) {
            let overlap = ra.intersect(*rb);
            let nested = ra.contains_rect(*rb) || rb.contains_rect(*ra);
            if overlap.width() > 2.0 && overlap.height() > 2.0 && !nested {
                found.push(format!("{a:?} {ra:?} / {b:?} {rb:?}"));
            }
        }
    }
    found
}

#[test]
fn nothing_overlaps_down_to_the_smallest_window() {
    for size in [egui::vec2(1024.0, 600.0), egui::vec2(800.0, 560.0)] {
        for (lang, views) in [
            (Lang::Ja, ["表", "グラフ", "表とグラフ"]),
            (Lang::En, ["Table", "Chart", "Both"]),
        ] {
            for view in views {
                let h = app_at(size, lang, view);
                let found = overlaps(&h, size);
                assert!(found.is_empty(), "{size:?} {view}: {found:#?}");
            }
        }
    }
}

#[test]
fn nothing_overlaps_with_the_kept_reports_in_the_top_bar() {
    // A library of one kept report (MADE-UP TEST DATA: the bundled table as of 2021-06-02).
    let lib = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("library_overlap");
    std::fs::remove_dir_all(&lib).ok();
    let base = staffing_dashboard::report::bundled().unwrap().report;
    let csv = staffing_dashboard::report::csv::report_csv(&base, Lang::Ja).unwrap();
    let dates = staffing_dashboard::import::Dates {
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    let imported =
        staffing_dashboard::import::import("t.csv", &csv, &dates, &base, Lang::Ja).unwrap();
    staffing_dashboard::library::Library::new(lib.clone())
        .add(
            &staffing_dashboard::import::to_ron(&imported).unwrap(),
            "2021-06-02",
        )
        .unwrap();
    for size in [egui::vec2(1024.0, 600.0), egui::vec2(800.0, 560.0)] {
        for lang in Lang::ALL {
            let h = app_with_library_at(&lib, size, Some(lang));
            let found = overlaps(&h, size);
            assert!(found.is_empty(), "{size:?} {lang:?}: {found:#?}");
        }
    }
}

#[test]
fn a_narrow_table_keeps_its_buttons_in_a_menu() {
    let mut h = app_at(egui::vec2(1024.0, 600.0), Lang::Ja, "表とグラフ");
    assert!(h.query_by_label("表をコピー").is_none());
    h.get_by_label("保存・コピー・計算列 ▼").click();
    h.run();
    h.get_by_label("表をコピー");
    h.get_by_label("求職者数÷求人数").click();
    h.run();
    assert!(h.state().state().show_seekers_per_opening);
}

/// Pixels of `colour` along the line `y` between `x0` and `x1` of a render.
pub(crate) fn pixels_of(
    img: &image::RgbaImage,
    y: f32,
    (x0, x1): (f32, f32),
    colour: egui::Color32,
) -> usize {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "in the image"
    )]
    let (y, x0, x1) = (y.round() as u32, x0.round() as u32, x1.round() as u32);
    (x0..x1)
        .filter(|&x| {
            img.get_pixel_checked(x, y).is_some_and(|p| {
                let [r, g, b, _] = p.0;
                r.abs_diff(colour.r()) < 40
                    && g.abs_diff(colour.g()) < 40
                    && b.abs_diff(colour.b()) < 40
            })
        })
        .count()
}

#[test]
fn the_widget_reached_by_tab_is_ringed_until_a_click() {
    let mut h = app(None);
    for _ in 0..9 {
        h.key_press(egui::Key::Tab);
        h.run();
    }
    let region = h.get_by_role_and_label(Role::ComboBox, "地方");
    assert!(
        region.accesskit_node().is_focused(),
        "9 stops: the region selector"
    );
    let r = region.rect();
    let ring = h.ctx.global_style().visuals.selection.stroke.color;
    let img = h.render().unwrap();
    let above = pixels_of(&img, r.top() - 2.5, (r.left(), r.right()), ring);
    assert!(
        above as f32 > r.width() * 0.8,
        "a ring above the focused widget: {above} px"
    );
    // A click puts the ring away.
    h.get_by_role_and_label(Role::Label, "北海道").click();
    h.run();
    let img = h.render().unwrap();
    let above = pixels_of(&img, r.top() - 2.5, (r.left(), r.right()), ring);
    assert!(
        (above as f32) < r.width() * 0.2,
        "no ring after a click: {above} px"
    );
}
