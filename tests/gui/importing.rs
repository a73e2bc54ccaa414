//! Tables imported in the window (the form, progress and cancel, errors), the kept reports, and
//! comparing a newer table with an earlier one.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly")]

use crate::harness::{self, SIZE, drop_file};
use crate::rows::figures_in_row;
use crate::storage::MemoryStorage;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use staffing_dashboard::app::App;
use staffing_dashboard::lang::Lang;

use crate::window::*;

/// MADE-UP TEST DATA: the bundled table as export-csv writes it, with 東京都's job seekers
/// raised by 10 (840) and 計 with them; `broken` leaves 東京都's job seekers empty.
pub(crate) fn made_up_table(broken: bool) -> String {
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
pub(crate) fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
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
    let compiled = h.get_by_label("集計時点");
    assert_eq!(compiled.value().as_deref(), Some("2021-06-02"));
    assert!(
        h.get_by_role_and_label(Role::Button, "取り込む")
            .accesskit_node()
            .is_disabled(),
        "not before both dates are there"
    );
    type_into(&mut h, "集計期間の終わり", "2021-05-30");
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
    type_into(&mut h, "集計期間の終わり", "2021-05-30");
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
    assert_eq!(h.get_by_label("集計時点").value().as_deref(), Some(""));
    for (label, date) in [
        ("集計時点", "2021-06-02"),
        ("集計期間の終わり", "2021-05-30"),
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
pub(crate) fn app_with_library(dir: &std::path::Path) -> Harness<'static, App> {
    app_with_library_at(dir, SIZE, None)
}

/// The same at a size and in a language.
pub(crate) fn app_with_library_at(
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

pub(crate) fn fresh_dir(name: &str) -> std::path::PathBuf {
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
    type_into(&mut h, "集計期間の終わり", "2021-05-30");
    click_import(&mut h);
    assert!(lib.join("2021-06-02.ron").exists(), "kept as a report file");
    drop(h);
    // The next start shows the newest kept report.
    let mut h = app_with_library(&lib);
    h.get_by_label("2021年6月2日時点");
    assert_eq!(
        h.get_by_label("保存したレポート").value().as_deref(),
        Some("2021年6月2日時点（2021-06-02.csv）")
    );
    // The bundled one is there too, below it.
    h.get_by_label("保存したレポート").click();
    h.run();
    h.get_by_label("2021年5月19日時点（同梱）").click();
    h.run();
    h.get_by_label("2021年5月19日時点");
    h.get_by_label("保存したレポート").click();
    h.run();
    h.get_by_label("2021年6月2日時点（2021-06-02.csv）").click();
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
pub(crate) fn made_up_table_with_a_fall() -> String {
    made_up_table(false)
        .replace("01,北海道,519,355,", "01,北海道,519,350,")
        .replace("00,計,9838,8322,", "00,計,9838,8317,")
}

/// The app keeping its reports in `dir`, its file dialogs answering `answers` in order, and a
/// clipboard that records the table.
pub(crate) fn app_with_library_and_dialogs(
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
pub(crate) fn pick(h: &mut Harness<'_, App>, list: &str, entry: &str) {
    h.get_by_label(list).click();
    h.run();
    h.get_by_label(entry).click();
    h.run();
}

/// The app with a library in `lib`, given the made-up table with a fall through the form and
/// comparing it with the bundled report; its CSV export goes to `csv_path`.
pub(crate) fn comparing(
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
    type_into(&mut h, "集計期間の終わり", "2021-05-30");
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
        scale: staffing_dashboard::report::scale::Scale::Counts,
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
