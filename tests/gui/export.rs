//! Exports and opening reports, driven through the real app by visible labels: chart PNG as on
//! screen and for a page or a slide, CSV of the shown and of all rows, the clipboard, dropped and opened reports, and
//! writes that fail.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "test helpers fail loudly; chart sizes are small positive points"
)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use staffing_dashboard::app::App;
use staffing_dashboard::assets::BUNDLED_RON;

use crate::clipboard::RecordingClipboard;

/// A clipboard that takes no HTML (as a desktop without a clipboard manager), so the app copies
/// the text alone.
struct NoHtmlClipboard;

impl staffing_dashboard::app::clipboard::Clipboard for NoHtmlClipboard {
    fn set_html(&self, _html: &str, _text: &str) -> Result<(), String> {
        Err("no clipboard for HTML here".to_owned())
    }
}
use crate::scripted::ScriptedDialogs;
use crate::storage::MemoryStorage;

use crate::harness::{self, SIZE, drop_file};

fn dir(name: &str) -> PathBuf {
    harness::temp_dir(&format!("export-{name}"))
}

fn app_with(answers: Vec<Option<PathBuf>>, wgpu: bool) -> Harness<'static, App> {
    let dialogs = Arc::new(ScriptedDialogs::new(answers));
    let make = move |cc: &mut eframe::CreationContext<'_>| {
        App::new(&cc.egui_ctx, None, None, None)
            .with_dialogs(dialogs)
            .with_clipboard(Arc::new(NoHtmlClipboard))
    };
    if wgpu {
        harness::app_wgpu(SIZE, make)
    } else {
        harness::app(SIZE, make)
    }
}

/// Steps until `done` holds (a screenshot arrives a frame or two later; an offscreen render
/// when the GPU is done, which the frames do not wait for).
pub(crate) fn run_until(h: &mut Harness<'_, App>, done: impl Fn(&Harness<'_, App>) -> bool) {
    for _ in 0..500 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
        if done(h) {
            h.run();
            return;
        }
    }
    panic!("never happened");
}

fn files_in(d: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Pixels of the bar colour (Okabe-Ito blue) in a PNG.
fn bar_pixels(png: &image::RgbaImage) -> usize {
    png.pixels()
        .filter(|p| p.0[..3] == [0x00, 0x72, 0xB2])
        .count()
}

/// Shows the chart, picks where the picture goes, saves it as PNG; returns the chart's area on
/// screen, the PNG's bytes and the folder it went to.
fn export_chart(name: &str, layout: &str) -> (Harness<'static, App>, egui::Rect, Vec<u8>, PathBuf) {
    let d = dir(name);
    let out = d.join(format!("{name}.png"));
    let mut h = app_with(vec![Some(out.clone())], true);
    h.get_by_label("グラフ").click();
    h.run();
    h.get_by_label("画像の大きさ").click();
    h.run();
    h.get_by_label(layout).click();
    h.run();
    let rect = h.state().chart_rect().unwrap();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    run_until(&mut h, |_| out.exists());
    let bytes = std::fs::read(&out).unwrap();
    (h, rect, bytes, d)
}

/// The PNG's size in pixels, its colour type and its resolution in pixels per metre.
fn png_info(bytes: &[u8]) -> ((u32, u32), png::ColorType, Option<(u32, u32)>) {
    let reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let info = reader.info();
    let dims = info
        .pixel_dims
        .filter(|d| d.unit == png::Unit::Meter)
        .map(|d| (d.xppu, d.yppu));
    ((info.width, info.height), info.color_type, dims)
}

/// The words a picture carries (its PNG `Description`), if any.
pub(crate) fn description(bytes: &[u8]) -> Option<String> {
    let reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut chunk = reader
        .info()
        .utf8_text
        .iter()
        .find(|c| c.keyword == "Description")?
        .clone();
    chunk.decompress_text().unwrap();
    Some(chunk.get_text().unwrap())
}

#[test]
fn chart_png_as_on_screen_is_the_chart_area_as_shown() {
    let (h, rect, bytes, d) = export_chart("png1", "画面のまま");
    let ((w, hgt), colour, _) = png_info(&bytes);
    assert_eq!((w, hgt), (rect.width() as u32, rect.height() as u32));
    assert_eq!(colour, png::ColorType::Rgb, "opaque: no transparent pixel");
    let png = image::load_from_memory(&bytes).unwrap().to_rgba8();
    assert!(bar_pixels(&png) > 5_000, "{} bar pixels", bar_pixels(&png));
    assert_eq!(files_in(&d), ["png1.png"], "no temporary file left");
    h.get_by_label_contains("保存しました: ");
    assert!(h.state().last_export().is_some());
}

/// 300 dpi in pixels per metre.
const DPM_300: u32 = 11_811;

#[test]
fn chart_png_for_a_page_or_a_slide_has_its_physical_size_at_300_dpi() {
    // (layout, width in cm, height in cm for a fixed page)
    for (i, (layout, width_cm, height_cm)) in [
        ("A4 本文幅", 16.0_f32, None),
        ("A4 半幅", 8.0, None),
        ("スライド 16:9", 25.4, Some(14.3_f32)),
    ]
    .into_iter()
    .enumerate()
    {
        let (_, _, bytes, _) = export_chart(&format!("layout{i}"), layout);
        let ((w, h), colour, dpm) = png_info(&bytes);
        assert_eq!(
            colour,
            png::ColorType::Rgb,
            "{layout}: opaque, no transparent pixel"
        );
        assert_eq!(dpm, Some((DPM_300, DPM_300)), "{layout}: pHYs says 300 dpi");
        let px = |cm: f32| (cm / 2.54 * 300.0).round() as u32;
        assert!(w.abs_diff(px(width_cm)) <= 1, "{layout}: {w} px wide");
        match height_cm {
            Some(cm) => assert!(h.abs_diff(px(cm)) <= 1, "{layout}: {h} px tall"),
            // 47 bars of at least 8 pt text: as tall as they need, more than 47 rows of 8 pt.
            None => assert!(h > 47 * px(8.0 / 72.0 * 2.54), "{layout}: {h} px tall"),
        }
        let png = image::load_from_memory(&bytes).unwrap().to_rgba8();
        assert!(
            bar_pixels(&png) > 20_000,
            "{layout}: {} bar pixels",
            bar_pixels(&png)
        );
        let corner = png.get_pixel(0, 0).0;
        assert_eq!(corner, [255, 255, 255, 255], "{layout}: a white margin");
    }
}

#[test]
fn the_default_file_names_say_the_metric_the_filter_and_the_date_in_the_windows_language() {
    let dialogs = Arc::new(ScriptedDialogs::new([None, None, None, None, None]));
    let seen = Arc::clone(&dialogs);
    let mut h = harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, None, None).with_dialogs(dialogs)
    });
    h.get_by_label("グラフ").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求人数").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    h.run();
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("関東").click();
    h.run();
    h.get_by_label("人口10万人当たり").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    h.run();
    h.get_by_label("表").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "CSV保存（表示中）…")
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, "CSV保存（全行）…")
        .click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Save CSV (shown)…")
        .click();
    h.run();
    let names: Vec<String> = seen
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|r| r.default_name.clone())
        .collect();
    assert_eq!(
        names,
        [
            "求人数_2021-05-19_A4本文幅.png",
            "求人数_人口10万人当たり_関東_2021-05-19_A4本文幅.png",
            "ナースセンター_関東_2021-05-19.csv",
            "ナースセンター_全都道府県_2021-05-19.csv",
            "nurse-centres_Kanto_2021-05-19.csv",
        ]
    );
}

#[test]
fn csv_of_kanto_holds_the_header_and_its_7_prefectures_in_the_shown_order() {
    let d = dir("csv-kanto");
    let out = d.join("kanto.csv");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("関東").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "CSV保存（表示中）…")
        .click();
    h.run();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
    assert!(lines[0].starts_with("都道府県コード,都道府県,求職者数"));
    let codes: Vec<&str> = lines[1..].iter().map(|l| &l[..2]).collect();
    assert_eq!(
        codes,
        ["13", "14", "11", "12", "08", "10", "09"],
        "sorted by 求職者数 as shown"
    );
    assert!(
        !text.contains("計"),
        "a filtered export carries no national 計 row"
    );
}

#[test]
fn csv_of_all_rows_equals_export_csv_byte_for_byte() {
    let d = dir("csv-all");
    let out = d.join("all.csv");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_role_and_label(Role::Button, "CSV保存（全行）…")
        .click();
    h.run();
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_staffing-dashboard"))
        .args(["--lang", "ja", "export-csv"])
        .output()
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), cli.stdout);
}

#[test]
fn copying_the_table_puts_tab_separated_rows_on_the_clipboard() {
    let mut h = app_with(Vec::new(), false);
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("九州・沖縄").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    let copied = copied_text(&mut h).unwrap();
    h.run();
    let lines: Vec<Vec<&str>> = copied
        .trim_end()
        .split("\r\n")
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(lines.len(), 9, "the header and the 8 rows shown: {copied}");
    assert_eq!(lines[0][..3], ["都道府県コード", "都道府県", "求職者数"]);
    assert!(
        lines.iter().all(|l| l.len() == 10),
        "ten cells a row: {copied}"
    );
    // In the order shown (job seekers, largest first), with every figure of the row.
    assert_eq!(
        lines[1],
        [
            "40",
            "福岡県",
            "603",
            "203",
            "16",
            "173",
            "96",
            "10",
            "0",
            "092-631-1221"
        ]
    );
    assert_eq!(lines[8][..3], ["41", "佐賀県", "40"]);
    h.get_by_label("表示中の 8 行を表としてコピーしました");
}

/// The app with a clipboard that records the table put on it.
fn app_recording() -> (Harness<'static, App>, Arc<RecordingClipboard>) {
    let clipboard = Arc::new(RecordingClipboard::default());
    let seen = Arc::clone(&clipboard);
    let h = harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, None, None, None).with_clipboard(clipboard)
    });
    (h, seen)
}

#[test]
fn the_table_goes_on_the_clipboard_as_html_and_as_text_with_the_same_rows() {
    let (mut h, seen) = app_recording();
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("四国").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    h.run();
    let (html, text) = seen.last.lock().unwrap().clone().unwrap();
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 5, "header and the 4 prefectures of 四国");
    assert_eq!(
        html.matches("<tr>").count(),
        5,
        "the same rows as a table: {html}"
    );
    for line in &lines[1..] {
        let code = &line[..2];
        // Codes stay text in Excel and in Calc: 36, not a number.
        assert!(
            html.contains(&format!("'\\@'\" sdnum=\"1041;0;@\">{code}</td>")),
            "{code}: {html}"
        );
    }
    assert!(html.contains("<td>徳島県</td>") && html.contains("088-631-5544"));
    assert!(
        html.contains("2021年5月19日時点</p>"),
        "the source under the table"
    );
    h.get_by_label("表示中の 4 行を表としてコピーしました");
}

/// Per 100,000 people the copied table (its text and its HTML) carries the population and the
/// seven figures per 100,000 people of every prefecture and of 計, as the other surfaces print
/// them (computed here from the tests' own copy of the populations), and the census under it.
#[test]
fn the_copied_table_per_100000_people_holds_every_value_and_the_census() {
    let (mut h, seen) = app_recording();
    h.get_by_label("人口10万人当たり").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "表をコピー").click();
    h.run();
    let (html, text) = seen.last.lock().unwrap().clone().unwrap();
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 49, "header, 計 and 47 prefectures");
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let national =
        |n: u32| crate::census_copy::shown(crate::census_copy::tenths(u64::from(n), 126_146_099));
    let total: Vec<&str> = lines[1].split('\t').collect();
    let want: Vec<String> = staffing_dashboard::report::Metric::ALL
        .iter()
        .map(|&m| national(report.total.get(m)))
        .collect();
    assert_eq!(total[11..18], want[..], "計: {}", lines[1]);
    for (line, row) in lines[2..].iter().zip(&report.rows) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells[1], row.name);
        let want: Vec<String> = staffing_dashboard::report::Metric::ALL
            .iter()
            .map(|&m| crate::census_copy::per_100k(row.figures.get(m), &row.name))
            .collect();
        assert_eq!(cells[11..18], want[..], "{}", row.name);
        // The HTML holds the same values in the same row.
        let cells_html = want.iter().fold(String::new(), |mut out, v| {
            out.push_str("<td align=\"right\">");
            out.push_str(v);
            out.push_str("</td>");
            out
        });
        assert!(html.contains(&cells_html), "{}: {cells_html}", row.name);
    }
    assert!(
        html.contains(
            "人口: 総務省統計局「令和2年国勢調査 人口等基本集計」（2020年10月1日現在、確定値）"
        ),
        "the census under the table"
    );
}

#[test]
fn ctrl_c_copies_the_rows_shown() {
    let mut h = app_with(Vec::new(), false);
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("四国").click();
    h.run();
    h.event(egui::Event::Copy);
    let copied = copied_text(&mut h).unwrap();
    let lines: Vec<&str> = copied.trim_end().split("\r\n").collect();
    assert_eq!(
        lines.len(),
        5,
        "header and the 4 prefectures of 四国: {copied}"
    );
    assert_eq!(
        lines[1],
        "36\t徳島県\t42\t155\t92\t71\t192\t144\t102\t088-631-5544"
    );
    // The button says its key to a screen reader, as the action it carries out says it.
    let shortcut = h
        .get_by_role_and_label(Role::Button, "表をコピー")
        .accesskit_node()
        .data()
        .keyboard_shortcut()
        .map(str::to_owned);
    assert_eq!(shortcut.as_deref(), Some("Ctrl+C"));
    assert_eq!(
        h.get_by_role_and_label(Role::Button, "CSV保存（全行）…")
            .accesskit_node()
            .data()
            .keyboard_shortcut(),
        None
    );
}

#[test]
fn ctrl_c_with_no_row_shown_copies_nothing() {
    let mut h = app_with(Vec::new(), false);
    crate::window::search(&mut h, "存在しない県");
    h.get_by_label_contains("「存在しない県」に当てはまる都道府県はありません。");
    assert!(h.query_by_label("表をコピー").is_none());
    h.event(egui::Event::Copy);
    assert_eq!(copied_text(&mut h), None, "no table without rows");
    assert!(h.state().notice().is_none());
}

/// Steps until the app puts text on the clipboard.
pub(crate) fn copied_text(h: &mut Harness<'_, App>) -> Option<String> {
    for _ in 0..5 {
        h.step();
        let copied = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(t) => Some(t.clone()),
                _ => None,
            });
        if copied.is_some() {
            return copied;
        }
    }
    None
}

#[test]
fn a_broken_report_dropped_on_the_window_leaves_the_figures_and_names_its_line() {
    let d = dir("drop-broken");
    let bad = BUNDLED_RON.replacen("job_seekers: 830,", "job_seekers: -830,", 1);
    let line = bad[..bad.find("-830").unwrap()].matches('\n').count() + 1;
    let path = d.join("broken.ron");
    std::fs::write(&path, bad).unwrap();
    let mut h = app_with(Vec::new(), false);
    drop_file(&mut h, &path);
    h.get_by_label_contains(&format!("broken.ron:{line}:"));
    h.get_by_label_contains("レポートを開けませんでした。表示中のレポートはそのままです");
    h.get_by_role_and_label(Role::Label, "9,828");
    assert_eq!(h.state().document().name(), "2021-05-19.ron");
    h.get_by_label("閉じる").click();
    h.run();
    assert!(h.state().error_dialog().is_none());
}

#[test]
fn a_valid_report_dropped_or_opened_is_shown_and_the_bundled_one_is_one_click_away() {
    let d = dir("drop-valid");
    let newer = BUNDLED_RON
        .replacen("job_seekers: 830,", "job_seekers: 831,", 1)
        .replacen("job_seekers: 9828,", "job_seekers: 9829,", 1);
    let path = d.join("newer.ron");
    std::fs::write(&path, newer).unwrap();
    let mut h = app_with(vec![Some(path.clone())], false);
    h.get_by_label("レポートを開く…").click();
    h.run();
    h.get_by_role_and_label(Role::Label, "9,829");
    h.get_by_label("2021年5月19日時点の表");
    h.get_by_label("同梱のレポートに戻す").click();
    h.run();
    h.get_by_role_and_label(Role::Label, "9,828");
    h.get_by_label("2021年5月19日時点（同梱）");
    drop_file(&mut h, &path);
    h.get_by_role_and_label(Role::Label, "9,829");
}

fn app_from(storage: &MemoryStorage) -> Harness<'static, App> {
    let saved = storage.0.clone();
    harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, Some(&MemoryStorage(saved)), None, None)
    })
}

#[test]
fn the_last_opened_report_is_remembered_and_a_missing_one_falls_back_with_a_reason() {
    let d = dir("remember");
    let path = d.join("newer.ron");
    std::fs::write(
        &path,
        BUNDLED_RON.replacen("job_seekers: 830,", "job_seekers: 831,", 1),
    )
    .unwrap();
    let mut h = app_with(Vec::new(), false);
    drop_file(&mut h, &path);
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);

    let h = app_from(&storage);
    assert_eq!(h.state().document().name(), "newer.ron");
    std::fs::remove_file(&path).unwrap();
    let h = app_from(&storage);
    assert_eq!(h.state().document().name(), "2021-05-19.ron");
    h.get_by_label_contains("前回開いたレポートを開けませんでした");
}

/// A folder this process cannot create files in. Root ignores permission bits, so for root
/// a read-only file system (/proc) stands in.
fn read_only_dir() -> PathBuf {
    let d = dir("read-only");
    let mut perms = std::fs::metadata(&d).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o555);
    std::fs::set_permissions(&d, perms).unwrap();
    if std::fs::write(d.join("probe"), b"x").is_ok() {
        std::fs::remove_file(d.join("probe")).ok();
        return PathBuf::from("/proc/self");
    }
    d
}

#[test]
fn a_write_into_a_read_only_folder_shows_an_error_and_leaves_no_file() {
    let ro = read_only_dir();
    let out = ro.join("table.csv");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_role_and_label(Role::Button, "CSV保存（全行）…")
        .click();
    h.run();
    h.get_by_label("保存できませんでした。ファイルは作られていません");
    assert!(!out.exists());
    let leftovers = std::fs::read_dir(&ro).map_or(0, |r| {
        r.filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("table.csv"))
            .count()
    });
    assert_eq!(leftovers, 0, "no partial or temporary file");
    // The report on screen is unchanged.
    h.get_by_role_and_label(Role::Label, "9,828");
}

#[test]
fn a_cancelled_dialog_writes_nothing() {
    let d = dir("cancel");
    // The folder the dialog opens in is the one used last: `d`.
    let dialogs = Arc::new(ScriptedDialogs::new([None, None]));
    let seen = Arc::clone(&dialogs);
    let mut storage = MemoryStorage::default();
    let saved = format!(
        "(version: {}, save_dir: Some({:?}))",
        staffing_dashboard::dashboard::STATE_VERSION,
        d.display().to_string()
    );
    eframe::Storage::set_string(&mut storage, "app", saved);
    let mut h = harness::app(SIZE, move |cc| {
        App::new(&cc.egui_ctx, Some(&storage), None, None).with_dialogs(dialogs)
    });
    assert_eq!(h.state().state().save_dir.as_deref(), Some(d.as_path()));
    for button in ["CSV保存（全行）…", "CSV保存（表示中）…"] {
        h.get_by_role_and_label(Role::Button, button).click();
        h.run();
    }
    let asked: Vec<Option<PathBuf>> = seen
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|r| r.dir.clone())
        .collect();
    assert_eq!(
        asked,
        [Some(d.clone()), Some(d.clone())],
        "both dialogs opened in d"
    );
    assert!(files_in(&d).is_empty(), "{:?}", files_in(&d));
    assert!(h.state().error_dialog().is_none());
    assert!(h.state().notice().is_none(), "nothing said, nothing saved");
    assert_eq!(h.state().state().save_dir.as_deref(), Some(d.as_path()));
}

struct NoDialogs;

impl staffing_dashboard::app::dialogs::FileDialogs for NoDialogs {
    fn ask(&self, _: &staffing_dashboard::app::dialogs::Request) -> Option<PathBuf> {
        panic!("never asked when unavailable");
    }
    fn unavailable(&self) -> Option<&'static str> {
        Some("no D-Bus session (XDG portal) and no zenity")
    }
}

#[test]
fn without_a_dialog_backend_the_user_is_told_what_to_install() {
    let mut h = harness::app(SIZE, |cc| {
        App::new(&cc.egui_ctx, None, None, None).with_dialogs(Arc::new(NoDialogs))
    });
    h.get_by_label("レポートを開く…").click();
    h.run();
    h.get_by_label_contains("zenity か xdg-desktop-portal を入れてください");
    let dialog = h.state().error_dialog().unwrap();
    assert!(
        dialog.lines.is_empty(),
        "no English detail: {:?}",
        dialog.lines
    );
    h.get_by_role_and_label(Role::Button, "閉じる").click();
    h.run();
    // Saving says how to save instead, in one language.
    h.get_by_role_and_label(Role::Button, "CSV保存（全行）…")
        .click();
    h.run();
    assert_eq!(
        h.state().error_dialog().unwrap().title,
        "保存先を選ぶ画面を開けません。デスクトップに xdg-desktop-portal か zenity を入れてください。\
         コマンドラインの「staffing-dashboard export-csv」でも保存できます"
    );
}

#[test]
fn copying_the_chart_puts_the_picture_of_the_chosen_layout_on_the_clipboard() {
    let mut h = app_with(Vec::new(), true);
    h.get_by_label("グラフ").click();
    h.run();
    let copy = |h: &mut Harness<'static, App>| {
        h.get_by_role_and_label(Role::Button, "画像をコピー")
            .click();
        for _ in 0..500 {
            std::thread::sleep(std::time::Duration::from_millis(10));
            h.step();
            let copied = h
                .output()
                .platform_output
                .commands
                .iter()
                .find_map(|c| match c {
                    egui::OutputCommand::CopyImage(image) => Some(image.size),
                    _ => None,
                });
            if copied.is_some() {
                h.run();
                return copied;
            }
        }
        None
    };
    // The default: the A4 text width at 300 dpi.
    let [w, _] = copy(&mut h).unwrap();
    assert_eq!(w, 1890, "16 cm at 300 dpi");
    h.get_by_label("グラフを画像としてコピーしました");
    h.get_by_label("画像の大きさ").click();
    h.run();
    h.get_by_label("画面のまま").click();
    h.run();
    let rect = h.state().chart_rect().unwrap();
    assert_eq!(
        copy(&mut h),
        Some([rect.width() as usize, rect.height() as usize])
    );
}

#[test]
fn on_a_dark_screen_the_exported_chart_is_still_light() {
    let d = dir("dark");
    let out = d.join("dark.png");
    let dialogs = Arc::new(ScriptedDialogs::new([Some(out.clone())]));
    let mut h = Harness::builder()
        .with_theme(egui::Theme::Dark)
        .with_size(SIZE)
        .wgpu()
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, None, None).with_dialogs(dialogs));
    h.run();
    assert!(
        (h.ctx.theme() == egui::Theme::Dark),
        "the screen follows the system"
    );
    h.get_by_label("グラフ").click();
    h.run();
    h.get_by_label("画像の大きさ").click();
    h.run();
    h.get_by_label("画面のまま").click();
    h.run();
    let rect = h.state().chart_rect().unwrap();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    run_until(&mut h, |_| out.exists());
    let png = image::open(&out).unwrap().to_rgba8();
    assert_eq!(
        (png.width(), png.height()),
        (rect.width() as u32, rect.height() as u32)
    );
    // A light picture: most opaque pixels are the light panel (a dark one would be near
    // black), and the bars are drawn.
    let opaque: Vec<_> = png.pixels().filter(|p| p.0[3] == 255).collect();
    let light = opaque
        .iter()
        .filter(|p| p.0[..3].iter().all(|&c| c > 200))
        .count();
    assert!(
        light * 2 > opaque.len(),
        "{light} light pixels of {} opaque",
        opaque.len()
    );
    assert!(bar_pixels(&png) > 5_000, "{} bar pixels", bar_pixels(&png));
}

#[test]
fn the_side_panel_saves_the_selected_prefectures_contact_sheet_as_pdf() {
    let d = dir("sheet");
    let out = d.join("tokyo.pdf");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_role(Role::TextInput).click();
    h.run();
    h.get_by_role(Role::TextInput).type_text("東京");
    h.run();
    h.get_by_role_and_label(Role::Label, "東京都").click();
    h.run();
    // Below the two paths: scrolled to, as a user scrolls the side panel.
    h.get_by_role_and_label(Role::Button, "連絡先シート（PDF）…")
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "連絡先シート（PDF）…")
        .click();
    run_until(&mut h, |_| out.exists());
    let pdf = std::fs::read(&out).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    // 東京都's sheet: its nurse centre's phone and its job seekers in it.
    let words = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext reads the PDF's text: install poppler-utils, as .ci/run does");
    let words = String::from_utf8_lossy(&words.stdout);
    assert!(
        words.contains("東京都ナースセンター") && words.contains("03-5309-2065"),
        "{words}"
    );
    assert_eq!(files_in(&d), ["tokyo.pdf"], "no temporary file left");
    h.get_by_label_contains("保存しました: ");
}

/// The map saved as PNG at 1x and 2x: the map's area as drawn, twice as many pixels each way at
/// 2x, opaque, the scale's colours in it, the source line drawn in.
#[test]
fn the_map_exports_a_png_at_1x_and_2x() {
    let d = dir("map");
    let (one, two) = (d.join("map1.png"), d.join("map2.png"));
    let mut h = app_with(vec![Some(one.clone()), Some(two.clone())], true);
    h.get_by_role_and_label(Role::Button, "地図").click();
    h.run();
    let rect = h.state().chart_rect().unwrap();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    run_until(&mut h, |_| one.exists());
    h.get_by_label("画像の倍率").click();
    h.run();
    h.get_by_label("2倍").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "PNG保存…").click();
    run_until(&mut h, |_| two.exists());
    let (b1, b2) = (std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
    let ((w1, h1), colour, _) = png_info(&b1);
    let ((w2, h2), _, _) = png_info(&b2);
    assert_eq!((w1, h1), (rect.width() as u32, rect.height() as u32));
    // Twice as many pixels each way (a fraction of a point either way rounds).
    assert!(
        w2.abs_diff(2 * w1) <= 1 && h2.abs_diff(2 * h1) <= 1,
        "2x: {w2}x{h2}"
    );
    assert_eq!(colour, png::ColorType::Rgb, "opaque");
    let png = image::load_from_memory(&b2).unwrap().to_rgba8();
    // The darkest class (YlGnBu's navy) and the lightest are both there.
    let navy = png
        .pixels()
        .filter(|p| p.0[..3] == [0x25, 0x34, 0x94])
        .count();
    let light = png
        .pixels()
        .filter(|p| p.0[..3] == [0xFF, 0xFF, 0xCC])
        .count();
    assert!(navy > 10_000 && light > 10_000, "{navy} {light}");
    // What the map says, in words, in the picture: title, tiles with figure and rank, sources.
    let words = description(&b1).unwrap();
    let lines: Vec<&str> = words.lines().collect();
    assert_eq!(lines[0], "求職者数（全国計 9,828）");
    assert!(lines.contains(&"東京都 求職者数 830（47中1位）"), "{words}");
    assert_eq!(
        lines.iter().filter(|l| l.contains("（47中")).count(),
        47,
        "{words}"
    );
    assert!(
        lines
            .last()
            .is_some_and(|l| l.starts_with("出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3")),
        "{words}"
    );
    assert_eq!(description(&b2), Some(words), "the same words at 2x");
    assert_eq!(
        files_in(&d),
        ["map1.png", "map2.png"],
        "no temporary file left"
    );
    assert!(h.state().state().map_scale == 2);
}

#[test]
fn the_workbook_holds_the_table_as_shown_with_the_published_total_and_the_filtered_sum() {
    use calamine::{Data, Reader as _};
    let d = dir("xlsx-kanto");
    let out = d.join("kanto.xlsx");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("関東").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "求職者数").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Excel保存…").click();
    h.run();
    let mut book = calamine::open_workbook_auto(&out).unwrap();
    assert_eq!(book.sheet_names(), ["表", "連絡先", "対応の手順"]);
    let table = book.worksheet_range("表").unwrap();
    let rows: Vec<Vec<Data>> = table.rows().map(<[Data]>::to_vec).collect();
    let first = |r: &Vec<Data>| r.first().map(ToString::to_string).unwrap_or_default();
    let header = rows
        .iter()
        .position(|r| first(r) == "都道府県コード")
        .unwrap();
    assert_eq!(
        first(&rows[1]),
        "絞り込み: 関東地方、47 件中 7 件を表示",
        "what the filter shows, under the title"
    );
    assert_eq!(first(&rows[2]), "並び順: 求職者数（降順）");
    let body = &rows[header + 1..header + 10];
    let names: Vec<String> = body.iter().map(|r| r[1].to_string()).collect();
    assert_eq!(
        names,
        [
            "計",
            "絞込の合計",
            "東京都",
            "神奈川県",
            "埼玉県",
            "千葉県",
            "茨城県",
            "群馬県",
            "栃木県"
        ]
    );
    // 計 as published; the sum of the seven worked out by hand: 830+749+479+199+124+107+103.
    assert_eq!(body[0][2], Data::Float(9828.0));
    assert_eq!(body[1][2], Data::Float(2591.0));
    assert_eq!(body[2][0], Data::String("13".to_owned()), "codes stay text");
    assert_eq!(body[2][9], Data::String("03-5309-2065".to_owned()));
}

/// The pages of a PDF as `pdftotext -layout` reads them.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let text = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, as .ci/run installs)");
    String::from_utf8(text.stdout)
        .unwrap()
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_briefing_pack_from_the_map_holds_the_filter_its_sum_and_the_rows_shown() {
    let d = dir("pack-kanto");
    let out = d.join("kanto.pdf");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_label("地方").click();
    h.run();
    h.get_by_label("関東").click();
    h.run();
    h.get_by_label("地図").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "資料PDF…").click();
    h.run();
    let pages = pdf_pages(&out);
    assert_eq!(pages.len(), 4);
    // Page 1: the seven's sum beside the nation: 830+749+479+199+124+107+103 job seekers.
    assert!(
        pages[0].contains("絞り込み: 関東地方の合計と全国の数値"),
        "{}",
        pages[0]
    );
    assert!(
        pages[0]
            .lines()
            .any(|l| l.trim_start().starts_with("求職者数")
                && l.contains("2,591")
                && l.contains("9,828")),
        "{}",
        pages[0]
    );
    // Page 2: 計, the filtered sum, and the seven prefectures of 関東 only.
    let table: Vec<&str> = pages[1].lines().map(str::trim_start).collect();
    let codes: Vec<&str> = table
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.len() == 2 && w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(codes, ["00", "08", "09", "10", "11", "12", "13", "14"]);
    assert!(
        table
            .iter()
            .any(|l| l.starts_with("絞込の合計") && l.contains("2,591"))
    );
    // Every page says what the filter shows.
    for page in &pages[..3] {
        assert!(page.contains("絞り込み: 関東地方"));
    }
}

#[test]
fn an_english_briefing_pack_per_100000_people_from_the_chart() {
    let d = dir("pack-en-per-capita");
    let out = d.join("per-capita.pdf");
    let mut h = app_with(vec![Some(out.clone())], false);
    h.get_by_label("English").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Per 100,000")
        .click();
    h.run();
    h.get_by_label("Chart").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Briefing PDF…")
        .click();
    h.run();
    let pages = pdf_pages(&out);
    assert_eq!(pages.len(), 4);
    // 東京都's 830 job seekers per 100,000 of its people (the census as the tests read it).
    let expected = crate::census_copy::per_100k(830, "東京都");
    let tokyo = pages[1]
        .lines()
        .find(|l| l.trim_start().starts_with("13 "))
        .unwrap();
    let cells: Vec<&str> = tokyo.split_whitespace().collect();
    assert_eq!(&cells[..3], ["13", "Tokyo", expected.as_str()], "{tokyo}");
    for (i, page) in pages.iter().take(3).enumerate() {
        assert!(page.contains(&format!("Page {} of 4", i + 1)));
        assert!(
            page.contains("Population: Statistics Bureau of Japan, 2020 Census"),
            "the census under page {}",
            i + 1
        );
    }
    assert!(pages[0].contains("The nation (total)"));
    assert!(pages[3].contains("Whom to call (national)"));
}
