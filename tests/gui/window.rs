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
use staffing_dashboard::report::Metric;

use crate::rows::figures_in_row;

use crate::storage::MemoryStorage;

use crate::harness::{self, SIZE, drop_file};

fn app(storage: Option<&dyn eframe::Storage>) -> Harness<'static, App> {
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
fn click_import(h: &mut Harness<'_, App>) {
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

fn shown(h: &Harness<'_, App>) -> Vec<String> {
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
fn scroll_to_row(h: &mut Harness<'_, App>, name: &str) {
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

fn search(h: &mut Harness<'_, App>, text: &str) {
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
    h.get_by_role_and_label(Role::Label, "最大 東京都 830、最小 静岡県 9（47 都道府県）");
    h.get_by_role_and_label(Role::Button, "求人数").click();
    h.run();
    h.get_by_label("求人数（全国計 8,322）");
    h.get_by_role_and_label(
        Role::Label,
        "最大 大阪府 733、最小 鳥取県 13（47 都道府県）",
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

fn snapshot_app(lang: &str) -> Harness<'static, App> {
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

fn app_on(path: &std::path::Path) -> Harness<'static, App> {
    let path = path.to_owned();
    harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, Some(&path), None)
    })
}

fn temp_report(name: &str, text: &str) -> std::path::PathBuf {
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
    h.get_by_label("レポート: warn.ron");
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
    h.get_by_label("レポート: 2021-05-19.ron");
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

fn select(h: &mut Harness<'_, App>, name: &str) {
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
fn drag_across(h: &mut Harness<'_, App>, rect: egui::Rect) {
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
    h.get_by_label("レポート: shizuoka_first.ron");
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
fn headers_in_view(h: &Harness<'_, App>) -> Vec<String> {
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
fn app_at(size: egui::Vec2, lang: Lang, view: &str) -> Harness<'static, App> {
    let mut h = harness::app(size, move |cc| {
        App::new(&cc.egui_ctx, None, None, Some(lang))
    });
    h.get_by_label(view).click();
    h.run();
    h
}

/// Pairs of controls and texts in view whose boxes overlap (one inside the other aside).
fn overlaps(h: &Harness<'_, App>, size: egui::Vec2) -> Vec<String> {
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
            (Lang::En, ["Table", "Chart", "Table and chart"]),
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
fn pixels_of(img: &image::RgbaImage, y: f32, (x0, x1): (f32, f32), colour: egui::Color32) -> usize {
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

/// MADE-UP TEST DATA: the bundled table as export-csv writes it, with 東京都's job seekers
/// raised by 10 (840) and 計 with them; `broken` leaves 東京都's job seekers empty.
fn made_up_table(broken: bool) -> String {
    let csv = String::from_utf8(
        staffing_dashboard::report::csv::report_csv(
            &staffing_dashboard::report::bundled().unwrap().report,
            Lang::Ja,
        )
        .unwrap(),
    )
    .unwrap();
    let tokyo = if broken {
        "13,東京都,,"
    } else {
        "13,東京都,840,"
    };
    csv.replace("13,東京都,830,", tokyo)
        .replace("00,計,9828,", "00,計,9838,")
}

/// Clicks the text box labelled `label` and types `text` into it.
fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn a_table_dropped_on_the_window_asks_its_dates_and_is_shown_once_valid() {
    let path = temp_report("2021-06-02.csv", &made_up_table(false));
    let mut h = app(None);
    drop_file(&mut h, path);
    h.get_by_label("表を取り込む");
    // The compiled date is offered from the file's name; the period's end is typed.
    let compiled = h.get_by_label("集計時点（年-月-日）");
    assert_eq!(compiled.value().as_deref(), Some("2021-06-02"));
    assert!(
        h.get_by_role_and_label(Role::Button, "取り込む")
            .accesskit_node()
            .is_disabled(),
        "not before both dates are there"
    );
    type_into(&mut h, "集計期間の終わり（年-月-日）", "2021-05-30");
    click_import(&mut h);
    assert!(
        h.query_by_label("表を取り込む").is_none(),
        "the form closes"
    );
    h.get_by_label("2021年6月2日時点");
    h.get_by_label_contains("出典: 取り込んだ表（2021-06-02.csv）");
    scroll_to_row(&mut h, "東京都");
    assert_eq!(figures_in_row(&h, "東京都").unwrap()[0], "840");
    h.get_by_label_contains("取り込みました: ");
}

#[test]
fn a_long_import_shows_its_progress_and_can_be_cancelled_and_nothing_changes() {
    // 16 MB of lines holding nothing but a separator: read to the end, row by row, on the
    // import's thread (seconds in a test build) while the window goes on drawing.
    let big = ",\n".repeat(8 * 1024 * 1024 - 16);
    let path = temp_report("2021-06-02-long.csv", &big);
    let mut h = app(None);
    drop_file(&mut h, path);
    type_into(&mut h, "集計期間の終わり（年-月-日）", "2021-05-30");
    h.get_by_role_and_label(Role::Button, "取り込む").click();
    h.step();
    h.step();
    assert!(h.state().is_importing(), "still reading");
    let bar = h
        .get_by_role(Role::ProgressIndicator)
        .accesskit_node()
        .label();
    assert!(
        bar.as_deref().is_some_and(|l| l.starts_with("読み込み中…")),
        "{bar:?}"
    );
    assert!(
        h.get_by_role_and_label(Role::Button, "取り込む")
            .accesskit_node()
            .is_disabled(),
        "not twice"
    );
    // The pointer comes over the modal's button a frame before it clicks, as a hand does.
    h.get_by_role_and_label(Role::Button, "キャンセル").hover();
    h.step();
    h.get_by_role_and_label(Role::Button, "キャンセル").click();
    h.step();
    assert!(!h.state().is_importing());
    h.run();
    assert!(
        h.query_by_label("表を取り込む").is_none(),
        "the form closes"
    );
    h.get_by_label("取り込みを取り消しました");
    h.get_by_label("2021年5月19日時点");
    assert!(h.state().error_dialog().is_none(), "a cancel is no error");
}

#[test]
fn a_table_with_an_error_is_not_shown_and_the_dialog_says_where() {
    let path = temp_report("broken.csv", &made_up_table(true));
    let mut h = app(None);
    drop_file(&mut h, path);
    assert_eq!(
        h.get_by_label("集計時点（年-月-日）").value().as_deref(),
        Some("")
    );
    for (label, date) in [
        ("集計時点（年-月-日）", "2021-06-02"),
        ("集計期間の終わり（年-月-日）", "2021-05-30"),
    ] {
        type_into(&mut h, label, date);
    }
    click_import(&mut h);
    h.get_by_label("表を取り込めませんでした。直してからもう一度取り込んでください");
    h.get_by_label_contains("broken.csv:15:3: 東京都、求職者数: 空欄です");
    // The report shown is still the bundled one.
    h.get_by_label("2021年5月19日時点");
    // Dismissed, the form is still there to try again; キャンセル closes it.
    h.get_by_role_and_label(Role::Button, "閉じる").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "キャンセル").click();
    h.run();
    assert!(h.query_by_label("表を取り込む").is_none());
}

#[test]
fn esc_closes_the_import_form_and_leaves_the_filter() {
    let path = temp_report("2021-06-02.csv", &made_up_table(false));
    let mut h = app(None);
    search(&mut h, "大阪");
    h.get_by_label("47 件中 1 件を表示");
    drop_file(&mut h, path);
    h.get_by_label("表を取り込む");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.query_by_label("表を取り込む").is_none(),
        "Esc closes the form"
    );
    h.get_by_label("47 件中 1 件を表示");
}

/// The app keeping its reports in `dir`.
fn app_with_library(dir: &std::path::Path) -> Harness<'static, App> {
    app_with_library_at(dir, SIZE, None)
}

/// The same at a size and in a language.
fn app_with_library_at(
    dir: &std::path::Path,
    size: egui::Vec2,
    lang: Option<Lang>,
) -> Harness<'static, App> {
    let dir = dir.to_path_buf();
    harness::app(size, move |cc| {
        App::new(&cc.egui_ctx, None, None, lang)
            .with_library(staffing_dashboard::library::Library::new(dir.clone()))
    })
}

fn fresh_dir(name: &str) -> std::path::PathBuf {
    harness::temp_dir(name)
}

#[test]
fn an_imported_table_is_kept_shown_newest_at_the_next_start_and_removed_when_asked() {
    let lib = fresh_dir("library_kept");
    let mut h = app_with_library(&lib);
    assert!(
        h.query_by_label("保存したレポート").is_none(),
        "nothing kept yet"
    );
    drop_file(&mut h, temp_report("2021-06-02.csv", &made_up_table(false)));
    type_into(&mut h, "集計期間の終わり（年-月-日）", "2021-05-30");
    click_import(&mut h);
    assert!(lib.join("2021-06-02.ron").exists(), "kept as a report file");
    drop(h);
    // The next start shows the newest kept report.
    let mut h = app_with_library(&lib);
    h.get_by_label("2021年6月2日時点");
    assert_eq!(
        h.get_by_label("保存したレポート").value().as_deref(),
        Some("2021年6月2日時点（2021-06-02.ron）")
    );
    // The bundled one is there too, below it.
    h.get_by_label("保存したレポート").click();
    h.run();
    h.get_by_label("2021年5月19日時点（同梱）").click();
    h.run();
    h.get_by_label("2021年5月19日時点");
    h.get_by_label("保存したレポート").click();
    h.run();
    h.get_by_label("2021年6月2日時点（2021-06-02.ron）").click();
    h.run();
    h.get_by_label("2021年6月2日時点");
    // Compared with the bundled one, which is earlier.
    pick(&mut h, "比較", "2021年5月19日時点（同梱）");
    scroll_to_row(&mut h, "東京都");
    assert!(
        h.query_all_by_role_and_label(Role::Button, "増減")
            .next()
            .is_some()
    );
    assert!(h.query_all_by_label("+10").count() >= 2, "東京都 and 計");
    // Removed, asked first.
    h.get_by_role_and_label(Role::Button, "削除…").click();
    h.run();
    h.get_by_label("このレポートを削除しますか？");
    h.get_by_role_and_label(Role::Button, "削除する").click();
    h.run();
    assert!(!lib.join("2021-06-02.ron").exists());
    h.get_by_label("2021年5月19日時点");
    h.get_by_label_contains("削除しました: 2021-06-02.ron");
    assert!(
        h.query_by_label("保存したレポート").is_none(),
        "nothing kept"
    );
    assert!(
        h.query_by_label_contains("増減(").is_none(),
        "nothing earlier than the bundled one to compare with"
    );
}

#[test]
fn a_damaged_kept_report_is_skipped_with_a_message_and_never_blocks_the_start() {
    let lib = fresh_dir("library_damaged");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(
        lib.join("2021-06-16.ron"),
        "Table(notice: \"2021-05-26\", compiled: \"2021-06-16\", rows: [",
    )
    .unwrap();
    let h = app_with_library(&lib);
    h.get_by_label("2021年5月19日時点");
    h.get_by_label_contains("読めないものを飛ばしました: 2021-06-16.ron");
}

#[test]
fn ten_thousand_damaged_kept_files_are_one_short_message() {
    let lib = fresh_dir("library_many_damaged");
    std::fs::create_dir_all(&lib).unwrap();
    for i in 0..10_000 {
        std::fs::write(lib.join(format!("damaged-{i:05}.ron")), "not a report").unwrap();
    }
    let h = app_with_library(&lib);
    h.get_by_label("2021年5月19日時点");
    h.get_by_label(
        "保存済みの 10,000 件を読めなかったので飛ばしました: damaged-00000.ron、damaged-00001.ron、damaged-00002.ron ほか 9,997 件",
    );
}

#[test]
fn a_file_where_the_kept_reports_folder_should_be_is_named_by_its_path() {
    let parent = fresh_dir("library_is_a_file");
    std::fs::create_dir_all(&parent).unwrap();
    let lib = parent.join("reports");
    std::fs::write(&lib, "a file, not a folder").unwrap();
    let h = app_with_library(&lib);
    h.get_by_label("2021年5月19日時点");
    h.get_by_label(&format!(
        "保存したレポートのうち読めないものを飛ばしました: {}",
        lib.display()
    ));
}

/// MADE-UP TEST DATA: [`made_up_table`] with 北海道's openings corrected down by 5 (350), and
/// 計 with them: a figure that fell.
fn made_up_table_with_a_fall() -> String {
    made_up_table(false)
        .replace("01,北海道,519,355,", "01,北海道,519,350,")
        .replace("00,計,9838,8322,", "00,計,9838,8317,")
}

/// The app keeping its reports in `dir`, its file dialogs answering `answers` in order, and a
/// clipboard that records the table.
fn app_with_library_and_dialogs(
    dir: &std::path::Path,
    answers: Vec<Option<std::path::PathBuf>>,
    clipboard: std::sync::Arc<crate::clipboard::RecordingClipboard>,
) -> Harness<'static, App> {
    let dir = dir.to_path_buf();
    let dialogs = std::sync::Arc::new(crate::scripted::ScriptedDialogs::new(answers));
    harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, None, None)
            .with_library(staffing_dashboard::library::Library::new(dir.clone()))
            .with_dialogs(dialogs.clone())
            .with_clipboard(clipboard.clone())
    })
}

/// Picks `entry` in the list labelled `list`.
fn pick(h: &mut Harness<'_, App>, list: &str, entry: &str) {
    h.get_by_label(list).click();
    h.run();
    h.get_by_label(entry).click();
    h.run();
}

/// The app with a library in `lib`, given the made-up table with a fall through the form and
/// comparing it with the bundled report; its CSV export goes to `csv_path`.
fn comparing(
    lib: &std::path::Path,
    csv_path: &std::path::Path,
    clipboard: std::sync::Arc<crate::clipboard::RecordingClipboard>,
) -> Harness<'static, App> {
    let mut h = app_with_library_and_dialogs(lib, vec![Some(csv_path.to_owned())], clipboard);
    assert!(
        h.query_by_label("比較").is_none(),
        "nothing earlier than the bundled report to compare with"
    );
    drop_file(
        &mut h,
        temp_report("with-a-fall_2021-06-02.csv", &made_up_table_with_a_fall()),
    );
    type_into(&mut h, "集計期間の終わり（年-月-日）", "2021-05-30");
    click_import(&mut h);
    h.get_by_label("2021年6月2日時点");
    assert_eq!(
        h.get_by_label("比較").value().as_deref(),
        Some("比較しない")
    );
    assert!(h.query_all_by_label("増減").next().is_none());
    pick(&mut h, "比較", "2021年5月19日時点（同梱）");
    h.get_by_label_contains("2021年5月19日時点のレポートと比較しています");
    h
}

#[test]
fn a_newer_table_is_compared_with_the_earlier_one_in_table_side_panel_and_chart() {
    let lib = fresh_dir("library_compare");
    let clipboard = std::sync::Arc::new(crate::clipboard::RecordingClipboard::default());
    let mut h = comparing(&lib, &lib.join("unused.csv"), clipboard);
    // The table: a change column after each figure, derived; 東京都 +10, 北海道's fall marked.
    let x_of = |h: &Harness<'_, App>, label: &str| {
        let mut xs: Vec<f32> = h
            .query_all_by_role_and_label(Role::Button, label)
            .map(|n| n.rect().center().x)
            .collect();
        xs.sort_by(f32::total_cmp);
        xs
    };
    let changes = x_of(&h, "増減");
    assert!(changes.len() >= 3, "{changes:?}");
    assert!(
        x_of(&h, "求職者数")[0] < changes[0] && changes[0] < x_of(&h, "求人数")[0],
        "the job seekers' change follows them"
    );
    let row_of = |h: &Harness<'_, App>, name: &str, text: &str| {
        let y = h
            .query_all_by_role_and_label(Role::Label, name)
            .map(|n| n.rect().center().y)
            .next()
            .unwrap();
        h.query_all_by_role_and_label(Role::Label, text)
            .any(|n| (n.rect().center().y - y).abs() < 4.0)
    };
    assert!(
        row_of(&h, "東京都", "+10"),
        "東京都's job seekers rose by 10"
    );
    assert!(
        row_of(&h, "北海道", "▼-5"),
        "北海道's openings fell by 5: marked"
    );
    assert!(row_of(&h, "計（公表）", "+10"), "計's change");
    // Sorted by the change, largest first: 東京都 leads.
    h.query_all_by_role_and_label(Role::Button, "増減")
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap()
        .click();
    h.run();
    assert_eq!(shown(&h)[0], "東京都");
    h.get_by_role_and_label(Role::Button, "増減 ▼");
    // The side panel: the selected prefecture's change, both figures.
    select(&mut h, "東京都");
    h.get_by_label("2021年5月19日→6月2日の増減（計算値）");
    h.get_by_label("求職者数: +10（830 → 840）");
    select(&mut h, "北海道");
    h.get_by_label("求人数: ▼-5（355 → 350）");
    // The chart: both dates as paired bars, the change at each bar and in the title.
    h.get_by_role_and_label(Role::Button, "グラフ").click();
    h.run();
    assert!(
        h.query_all_by_label_contains("求職者数（全国計 9,838）　2021年5月19日→6月2日の増減 +10")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("2021年5月19日時点（比較、薄い色）")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("2021年6月2日時点。2021年5月19日→6月2日の増減は計算値")
            .next()
            .is_some()
    );
    h.get_by_role_and_label(Role::Button, "増えた順").click();
    h.run();
    // Remembered: the next start compares again.
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let dir = lib.clone();
    let again = harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, Some(&storage), None, None)
            .with_library(staffing_dashboard::library::Library::new(dir.clone()))
    });
    assert_eq!(
        again.get_by_label("比較").value().as_deref(),
        Some("2021年5月19日時点（同梱）")
    );
    assert!(
        again
            .query_all_by_label_contains("2021年5月19日→6月2日の増減 +10")
            .next()
            .is_some(),
        "the chart, as left, compared"
    );
    // Stopping the comparison takes the change columns away.
    h.get_by_role_and_label(Role::Button, "表").click();
    h.run();
    pick(&mut h, "比較", "比較しない");
    assert!(h.query_all_by_label("増減").next().is_none());
    assert!(h.query_by_label_contains("増減（計算値）").is_none());
}

#[test]
fn the_exports_of_a_comparison_carry_the_changes_and_both_dates() {
    let lib = fresh_dir("library_compare_exports");
    let out = fresh_dir("compare_out");
    std::fs::create_dir_all(&out).unwrap();
    let csv_path = out.join("all.csv");
    let clipboard = std::sync::Arc::new(crate::clipboard::RecordingClipboard::default());
    let mut h = comparing(&lib, &csv_path, clipboard.clone());
    // The exports: the CSV of all rows as `export-csv --compare` writes it; the table copied
    // with its change columns and the source line with both dates.
    h.get_by_role_and_label(Role::Button, "CSV保存（全行）…")
        .click();
    h.run();
    let written = std::fs::read_to_string(&csv_path).unwrap();
    let new = staffing_dashboard::report::load_path(&lib.join("2021-06-02.ron"))
        .unwrap()
        .report;
    let old = staffing_dashboard::report::bundled().unwrap().report;
    let extra = staffing_dashboard::report::csv::Extra {
        earlier: Some(&old),
        per_capita: false,
    };
    let expected = staffing_dashboard::report::csv::report_csv_with(&new, extra, Lang::Ja).unwrap();
    assert_eq!(written.as_bytes(), expected.as_slice());
    assert!(written.contains("13,東京都,840,"), "{written}");
    assert!(
        written.contains(",03-5309-2065,10,0,0,0,0,0,0\r\n"),
        "{written}"
    );
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    h.run();
    let (html, text) = clipboard.last.lock().unwrap().clone().unwrap();
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("\t増減(ワクチン接種業務対応研修修了者数)")
    );
    assert!(
        text.contains("\t011-863-6794\t0\t-5\t0\t0\t0\t0\t0"),
        "{text}"
    );
    assert!(
        html.contains("2021年5月19日→6月2日の増減は計算値</p>"),
        "{html}"
    );
}

/// A map tile's button by its label's start (「東京都 求職者数 830…」).
fn tile<'a>(h: &'a Harness<'_, App>, start: &str) -> egui_kittest::Node<'a> {
    h.query_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(start))
        })
        .unwrap_or_else(|| panic!("no tile {start}"))
}

#[test]
fn the_map_shows_47_tiles_in_the_layout_and_selects_by_click_and_keys() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "地図").click();
    h.run();
    let tiles: Vec<_> = h
        .query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(" 求職者数 ") && l.contains("47中"))
        })
        .collect();
    assert_eq!(tiles.len(), 47, "a tile per prefecture");
    let stops = tiles
        .iter()
        .filter(|t| {
            t.accesskit_node()
                .data()
                .supports_action(egui::accesskit::Action::Focus)
        })
        .count();
    assert_eq!(
        stops, 1,
        "one Tab stop for the map, the arrows move from it"
    );
    let at = |name: &str| tile(&h, name).rect().center();
    let (hokkaido, okinawa) = (at("北海道 "), at("沖縄県 "));
    for t in &tiles {
        let c = t.rect().center();
        assert!(
            c.x <= hokkaido.x + 0.5 && c.y >= hokkaido.y - 0.5,
            "北海道 top right"
        );
        assert!(
            c.x >= okinawa.x - 0.5 && c.y <= okinawa.y + 0.5,
            "沖縄県 bottom left"
        );
    }
    let (tokyo, kanagawa) = (at("東京都 "), at("神奈川県 "));
    assert!(
        (tokyo.x - kanagawa.x).abs() < 0.5 && kanagawa.y > tokyo.y,
        "神奈川県 under 東京都"
    );
    let side = tile(&h, "東京都 ").rect().width();
    assert!((kanagawa.y - tokyo.y) < side * 1.2, "next to each other");
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().label().as_deref(),
        Some("東京都 求職者数 830（47中1位）")
    );
    h.query_by_label_contains("地図 求職者数（全国計 9,828）")
        .expect("the map as a whole, with its summary");
    // A click selects; the side panel follows.
    tile(&h, "東京都 ").click();
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(13)));
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().toggled(),
        Some(Toggled::True),
        "marked selected"
    );
    // The arrow keys move between neighbouring tiles; Enter selects.
    tile(&h, "東京都 ").focus();
    h.run();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().state().selected,
        Some(PrefectureCode(14)),
        "神奈川県"
    );
    h.key_press(egui::Key::ArrowRight);
    h.run();
    h.key_press(egui::Key::ArrowUp);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().state().selected,
        Some(PrefectureCode(8)),
        "千葉県, then 茨城県"
    );
    // The filter greys the others; a derived metric.
    search(&mut h, "関東");
    // 大阪府 is out of 関東: its tile says so, with its figure and rank among the 47.
    assert_eq!(
        tile(&h, "大阪府 ").accesskit_node().label().as_deref(),
        Some("大阪府 求職者数 420（47中9位）（絞り込みで非表示）")
    );
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().label().as_deref(),
        Some("東京都 求職者数 830（47中1位）")
    );
    h.get_by_label("求職者数÷求人数（計算）").click();
    h.run();
    assert_eq!(
        tile(&h, "京都府 ").accesskit_node().label().as_deref(),
        Some("京都府 求職者数÷求人数（計算） 4.6（47中1位）（絞り込みで非表示）")
    );
}

/// The competition rank (largest first) of `v` among `all`, and whether it is shared, as the
/// tests read a rank: 「47中14位」, 「47中14位（同順位）」.
fn rank_text(all: &[u64], v: u64) -> String {
    let above = all.iter().filter(|&&x| x > v).count();
    let equal = all.iter().filter(|&&x| x == v).count();
    let place = format!("{}中{}位", all.len(), above.saturating_add(1));
    if equal > 1 {
        format!("{place}（同順位）")
    } else {
        place
    }
}

/// The label of the leaf node under `parent` (a Row) whose column index is `column`.
fn cell_in_row(h: &Harness<'_, App>, row_label: &str, column: usize) -> String {
    h.query_all_by_role(Role::Cell)
        .find(|n| {
            n.accesskit_node().data().column_index() == Some(column)
                && n.parent()
                    .is_some_and(|p| p.accesskit_node().label().as_deref() == Some(row_label))
        })
        .and_then(|n| n.accesskit_node().label())
        .unwrap_or_else(|| panic!("no cell {column} in {row_label}"))
}

/// Every value per 100,000 people the window shows, walked surface by surface (the table as a
/// screen reader gets it, 47 x 7 and 計; the chart's bars with their stacked parts and its title;
/// the map's tiles with their ranks), each computed here from the tests' own copy of the
/// populations, rounded once.
#[test]
#[expect(clippy::too_many_lines, reason = "one surface after another")]
fn per_100000_people_is_the_same_on_every_surface_of_the_window() {
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let per = |n: u32, name: &str| crate::census_copy::per_100k(n, name);
    let national =
        |n: u32| crate::census_copy::shown(crate::census_copy::tenths(u64::from(n), 126_146_099));
    let mut h = app(None);
    h.get_by_label("人口10万人当たり").click();
    h.run();
    // The table: every prefecture's seven figures, and 計 on the national population.
    for row in &report.rows {
        let label = format!("{} {}", row.code.two_digits(), row.name);
        for (i, m) in Metric::ALL.into_iter().enumerate() {
            assert_eq!(
                cell_in_row(&h, &label, i + 2),
                per(row.figures.get(m), &row.name),
                "{label} {m:?}"
            );
        }
    }
    for (i, m) in Metric::ALL.into_iter().enumerate() {
        assert_eq!(
            cell_in_row(&h, "計（公表値）", i + 2),
            national(report.total.get(m)),
            "計 {m:?}"
        );
    }
    // The chart: each metric's 47 bars with their parts, and the national rate in the title.
    h.get_by_role_and_label(Role::Button, "グラフ").click();
    h.run();
    let parts = [
        (Metric::JobSeekers, None),
        (Metric::Openings, Some(Metric::VaccinationOpenings)),
        (Metric::Referrals, None),
        (Metric::Employed, Some(Metric::VaccinationEmployed)),
        (Metric::VaccinationTrained, None),
    ];
    for (m, part) in parts {
        h.get_by_role_and_label(Role::Button, m.label(Lang::Ja))
            .click();
        h.run();
        let bars: Vec<String> = h
            .query_all_by_role(Role::Button)
            .filter_map(|n| n.accesskit_node().label())
            .filter(|l| {
                l.split(' ')
                    .next()
                    .is_some_and(|n| prefecture::by_name(n).is_some())
            })
            .collect();
        assert_eq!(bars.len(), 47, "{m:?}");
        for row in &report.rows {
            let value = per(row.figures.get(m), &row.name);
            let want = match part {
                Some(p) => format!(
                    "{} {value}（{}）",
                    row.name,
                    per(row.figures.get(p), &row.name)
                ),
                None => format!("{} {value}", row.name),
            };
            assert!(bars.contains(&want), "{want} not among {bars:?}");
        }
        h.get_by_label(&format!(
            "{}（人口10万人当たり、計算値）（全国 {}）",
            m.label(Lang::Ja),
            national(report.total.get(m))
        ));
    }
    h.get_by_label_contains("令和2年国勢調査");
    // The map: each figure's 47 tiles with the value and its rank among the values shown.
    h.get_by_role_and_label(Role::Button, "地図").click();
    h.run();
    for (m, _) in parts {
        h.get_by_role_and_label(Role::Button, m.label(Lang::Ja))
            .click();
        h.run();
        let shown: Vec<u64> = report
            .rows
            .iter()
            .map(|r| {
                crate::census_copy::tenths(
                    u64::from(r.figures.get(m)),
                    crate::census_copy::population(&r.name),
                )
            })
            .collect();
        for (row, &v) in report.rows.iter().zip(&shown) {
            let label = tile(&h, &format!("{} ", row.name))
                .accesskit_node()
                .label()
                .unwrap();
            assert_eq!(
                label,
                format!(
                    "{} {}（人口10万人当たり、計算値） {}（{}）",
                    row.name,
                    m.label(Lang::Ja),
                    crate::census_copy::shown(v),
                    rank_text(&shown, v)
                )
            );
        }
    }
    h.get_by_label_contains("令和2年国勢調査");
    // Off again: the published figures.
    h.get_by_label("人口10万人当たり").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    assert_eq!(
        tile(&h, "東京都 ").accesskit_node().label().as_deref(),
        Some("東京都 求職者数 830（47中1位）")
    );
}

#[test]
fn a_screen_reader_gets_the_table_as_a_table_with_every_row() {
    let mut h = app(None);
    let tables: Vec<_> = h.query_all_by_role(Role::Table).collect();
    assert_eq!(tables.len(), 1, "one table");
    let table = &tables[0];
    assert_eq!(
        table.accesskit_node().label().as_deref(),
        Some("都道府県別の看護職の求職・求人（2021年5月19日時点）")
    );
    assert_eq!(
        table.accesskit_node().data().row_count(),
        Some(49),
        "header, 47 and 計"
    );
    assert_eq!(table.accesskit_node().data().column_count(), Some(10));
    let rows: Vec<_> = h.query_all_by_role(Role::Row).collect();
    assert_eq!(
        rows.len(),
        49,
        "the header row, 47 prefectures and 計 (all, not those in view)"
    );
    assert_eq!(
        rows.last().unwrap().accesskit_node().label().as_deref(),
        Some("計（公表値）")
    );
    // A cell by row and column: row 13 (東京都, in code order), column 2 (求職者数).
    let cell = h
        .query_all_by_role(Role::Cell)
        .find(|n| {
            let a = n.accesskit_node();
            a.data().row_index() == Some(13) && a.data().column_index() == Some(2)
        })
        .unwrap();
    assert_eq!(cell.accesskit_node().label().as_deref(), Some("830"));
    let row = cell.parent().unwrap();
    assert_eq!(row.accesskit_node().label().as_deref(), Some("13 東京都"));
    assert!(
        h.query_all_by_role(Role::RowHeader)
            .any(|n| n.accesskit_node().label().as_deref() == Some("沖縄県"))
    );
    // Header cells: ColumnHeaders with their note and, once sorted, the direction.
    let header = |h: &Harness<'_, App>, label: &str| {
        h.query_all_by_role(Role::ColumnHeader)
            .find(|n| n.accesskit_node().label().as_deref() == Some(label))
            .map(|n| {
                let a = n.accesskit_node();
                (a.sort_direction(), a.description())
            })
            .unwrap()
    };
    let (sort, note) = header(&h, "コード");
    assert_eq!(sort, Some(egui::accesskit::SortDirection::Ascending));
    assert_eq!(note.as_deref(), Some("JIS X 0401 都道府県コード"));
    let (sort, note) = header(&h, "(うちワクチン接種業務)※1");
    assert_eq!(sort, None);
    assert!(note.unwrap().contains("注1"), "the note as a description");
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    let (sort, _) = header(&h, "求職者数");
    assert_eq!(sort, Some(egui::accesskit::SortDirection::Descending));
    // The rows in the sorted order: 東京都 first.
    let first = h
        .query_all_by_role(Role::Row)
        .find(|n| n.accesskit_node().data().row_index() == Some(1))
        .unwrap();
    assert_eq!(first.accesskit_node().label().as_deref(), Some("13 東京都"));
    // In the split view, and back, every row is still there.
    for view in ["表とグラフ", "表"] {
        h.get_by_role_and_label(Role::Button, view).click();
        h.run();
        assert_eq!(h.query_all_by_role(Role::Row).count(), 49, "{view}");
    }
}

#[test]
fn a_screen_reader_reaches_the_bars_one_by_one_and_the_side_panel_says_what_it_copies() {
    let mut h = app(None);
    h.get_by_role_and_label(Role::Button, "グラフ").click();
    h.run();
    // 47 bars in the chart's order (largest first), each named with prefecture and figure,
    // under the chart's figure.
    let figure = h.get_by_role(Role::Figure);
    let bars: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter(|n| {
            let mut up = n.parent();
            while let Some(p) = up {
                if p.accesskit_node().role() == Role::Figure {
                    return true;
                }
                up = p.parent();
            }
            false
        })
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(
        figure.accesskit_node().label().as_deref(),
        Some("求職者数（全国計 9,828） 最大 東京都 830、最小 静岡県 9（47 都道府県）")
    );
    assert_eq!(bars.len(), 47, "{bars:?}");
    assert_eq!(bars[0], "東京都 830");
    assert_eq!(
        bars[46].split(' ').next(),
        Some("静岡県"),
        "the smallest last"
    );
    // Activating a bar selects its prefecture, and it is marked selected.
    h.query_all_by_role(Role::Button)
        .find(|n| n.accesskit_node().label().as_deref() == Some("大阪府 420"))
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().state().selected, Some(PrefectureCode(27)));
    let osaka = h
        .query_all_by_role(Role::Button)
        .find(|n| n.accesskit_node().label().as_deref() == Some("大阪府 420"))
        .unwrap();
    assert_eq!(osaka.accesskit_node().toggled(), Some(Toggled::True));
    // The side panel: the phone with what it is, copy buttons that say what they copy, and
    // headings; the selection is a live region.
    h.get_by_role_and_label(Role::Link, "大阪府ナースセンター 電話 06-6964-5511");
    let copies: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.ends_with("をコピー"))
        .collect();
    assert!(
        copies.contains(&"大阪府ナースセンターの電話番号をコピー".to_owned()),
        "{copies:?}"
    );
    let mut distinct = copies.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        copies.len(),
        "every copy button says what it copies: {copies:?}"
    );
    assert!(
        h.query_by_role_and_label(Role::Button, "コピー").is_none(),
        "no bare コピー"
    );
    h.get_by_role_and_label(Role::Heading, "看護師が不足している場合");
    let heading = h.get_by_role_and_label(Role::Heading, "大阪府");
    assert_eq!(
        heading.accesskit_node().live(),
        egui::accesskit::Live::Polite
    );
    let count = h.get_by_label("47 件中 47 件を表示");
    assert_eq!(count.accesskit_node().live(), egui::accesskit::Live::Polite);
}

/// Every text a screen reader can get from the window as it stands: each node's name,
/// description and value (a wrapped label's lines, its text runs, are in its name already).
fn every_text(h: &Harness<'_, App>) -> Vec<String> {
    h.query_all(egui_kittest::kittest::by())
        .filter(|n| n.accesskit_node().role() != Role::TextRun)
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.description(), a.value()]
        })
        .flatten()
        .collect()
}

/// No text presents a statement of the notice's 2021-05-19 table, or a national figure of the
/// notice, as about the table on screen: each says its date; nothing credits that table to 別紙3.
fn assert_every_statement_dated(h: &Harness<'_, App>, place: &str) {
    for text in every_text(h) {
        let flat = text.replace('\n', " ");
        if flat.contains("4,219") {
            assert!(flat.contains("2021年5月19日時点の表"), "{place}: {flat}");
        }
        if flat.contains("約4,200") || flat.contains("約2,600") || flat.contains("約2,724") {
            assert!(flat.contains("2021年5月26日"), "{place}: {flat}");
        }
        assert!(!flat.contains("別紙3 に公表"), "{place}: {flat}");
        assert!(
            !flat.contains("ワクチン関連は2021年4月12日以降"),
            "{place}: {flat}"
        );
    }
}

/// A later table (MADE UP for the tests: the bundled figures under the date 2021-06-02) on
/// screen: every statement of the notice and of its 2021-05-19 table says its date, in the top
/// bar, the table's headers, the side panel, the checklist and the sources window.
#[test]
fn under_a_later_table_every_statement_of_the_notice_says_its_date() {
    let notice = staffing_dashboard::report::bundled().unwrap().report;
    let later = staffing_dashboard::report::TableFile {
        notice: notice.meta.source.date.clone(),
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        imported_from: "made_up_2021-06-02.xlsx".to_owned(),
        total: notice.total,
        rows: notice.rows.clone(),
    }
    .to_ron()
    .unwrap();
    let mut h = app_on(&temp_report("made_up_2021-06-02.ron", &later));
    h.get_by_label("2021年6月2日時点");
    h.get_by_label(
        "集計期間 〜2021年5月30日（起点の2020年4月6日、ワクチン関連の2021年4月12日以降は2021年5月19日時点の表の記載）",
    );
    assert_every_statement_dated(&h, "the table");
    // Note 3 as the ※3 header's description: the 2021-05-19 table's note, said so.
    let note = h
        .query_all_by_role(Role::ColumnHeader)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.ends_with("※3"))
        })
        .and_then(|n| n.accesskit_node().description())
        .unwrap();
    assert!(
        note.ends_with(
            "注3（2021年5月19日時点の表の注）: 21.4.12以前のワクチン接種研修修了者を含めると全国で4,219人"
        ),
        "{note}"
    );
    // 計's tooltip names the imported table, not 別紙3.
    h.get_by_role_and_label(Role::Label, "計（公表）").hover();
    h.run();
    h.get_by_label("取り込んだ表（2021年6月2日時点）の全国の計");
    // The side panel, nationally (the notice's figures unfolded) and for 埼玉県.
    h.get_by_label("通知（本文・別紙）の全国の数字")
        .scroll_to_me();
    h.run();
    h.get_by_label("通知（本文・別紙）の全国の数字").click();
    h.run();
    h.get_by_label(
        "ワクチン接種に係る研修を終え、すぐに接種会場で勤務できる看護師（都道府県看護協会・ナースセンター）: 約4,200名（2021年5月26日の通知）",
    );
    assert_every_statement_dated(&h, "the national side panel");
    select(&mut h, "埼玉県");
    h.get_by_label(
        "ワクチン接種業務対応研修修了者 14人（2021年4月12日（2021年5月19日時点の表の記載）以降、注3）",
    );
    h.get_by_label_contains(
        "2021年5月26日の通知の時点で、都道府県看護協会・ナースセンターには全国で計約4,200名",
    );
    assert_every_statement_dated(&h, "埼玉県's side panel");
    // The sources window.
    h.get_by_label("出典・注記…").click();
    h.run();
    assert_eq!(
        h.query_all_by_label(
            "出典: 取り込んだ表（made_up_2021-06-02.xlsx）、連絡先・手順は厚生労働省 事務連絡(2021年5月26日)"
        )
        .count(),
        2,
        "the top bar and the sources window"
    );
    h.get_by_label_contains("連絡先・手順・全国の数字: 事務連絡 令和3年5月26日");
    h.get_by_label("2021年5月19日時点の表（通知の別紙3）の注");
    h.get_by_label("2021年5月19日時点の表（通知の別紙3）の留意事項");
    h.get_by_label_contains("・21.4.12以前のワクチン接種研修修了者を含めた研修修了者（注3）: 4,219人（2021年5月19日時点の表の注3）");
    h.get_by_label_contains("2021年5月19日時点の表の記載: 2020年4月6日〜2021年5月30日。");
    assert_every_statement_dated(&h, "the sources window");
}
