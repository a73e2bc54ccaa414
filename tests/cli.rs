//! The command line as a user runs it: the real binary, its exit codes and its output.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail loudly"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use staffing_dashboard::assets::BUNDLED_RON;

#[path = "common/census.rs"]
mod census_copy;
#[path = "cli/pack.rs"]
mod pack;
#[path = "cli/workbook.rs"]
mod workbook;

/// The binary on a Japanese system (the language it speaks without `--lang`).
fn bin() -> Command {
    on_system("ja_JP.UTF-8")
}

/// The binary with the system's locale `locale`.
fn on_system(locale: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_staffing-dashboard"));
    c.env("LANG", locale)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

/// A fresh folder for one test's files.
fn dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    std::fs::remove_dir_all(&d).ok();
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p.display().to_string()
}

#[test]
fn check_valid_report_exits_0() {
    let d = dir("valid");
    let f = write(&d, "ok.ron", BUNDLED_RON);
    let out = run(&["check", &f]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("ok.ron"));
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn check_broken_report_prints_file_line_col_and_exits_1() {
    let d = dir("broken");
    let bad = BUNDLED_RON.replacen("\"03-5309-2065\"", "\"03-5309\"", 1);
    let f = write(&d, "bad.ron", &bad);
    let line = bad[..bad.find("\"03-5309\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let out = run(&["--lang", "en", "check", &f]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let expected = format!("{f}:{line}:");
    assert!(err.starts_with(&expected), "{err}");
    assert!(err.contains("malformed phone number \"03-5309\""), "{err}");
    assert!(err.contains("東京都") && err.contains("phone"), "{err}");
    // Japanese by default
    let out = run(&["check", &f]);
    assert!(
        text(&out.stderr).contains("電話番号"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn check_warnings_go_to_stderr_and_deny_warnings_fails() {
    let d = dir("warn");
    let f = write(
        &d,
        "warn.ron",
        &BUNDLED_RON.replacen("openings: 8322,", "openings: 8330,", 1),
    );
    let out = run(&["check", &f]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(err.starts_with("警告: "), "{err}");
    assert!(err.contains("8330") && err.contains("8322"), "{err}");
    let err = text(&run(&["--lang", "en", "check", &f]).stderr);
    assert!(err.starts_with("warning: "), "{err}");
    assert!(err.contains("the published total 8330"), "{err}");
    let out = run(&["check", "--deny-warnings", &f]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn check_every_file_and_fail_if_any_fails() {
    let d = dir("many");
    let ok = write(&d, "ok.ron", BUNDLED_RON);
    let missing = d.join("missing.ron").display().to_string();
    let folder = d.display().to_string();
    let out = run(&["--lang", "en", "check", &ok, &missing, &folder]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{missing}: no such file")), "{err}");
    assert!(err.contains(&format!("{folder}: is a directory")), "{err}");
    assert!(text(&out.stdout).contains("ok.ron"));
}

#[test]
fn check_needs_a_file() {
    let out = run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_csv_to_stdout() {
    let out = run(&["export-csv"]);
    assert_eq!(out.status.code(), Some(0));
    let bytes = out.stdout;
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
    let t = text(&bytes[3..]);
    let lines: Vec<&str> = t.split("\r\n").collect();
    assert_eq!(lines.len(), 50);
    assert!(lines[0].starts_with("都道府県コード,都道府県,求職者数,求人数,"));
    assert_eq!(lines[1], "00,計,9828,8322,1241,6068,3995,591,2114,");
    assert_eq!(lines[37], "36,徳島県,42,155,92,71,192,144,102,088-631-5544");
    let codes: Vec<&str> = lines[2..49].iter().map(|l| &l[..2]).collect();
    let expected: Vec<String> = (1..=47).map(|c| format!("{c:02}")).collect();
    assert_eq!(codes, expected);
}

#[test]
fn export_csv_english_and_to_a_file() {
    let d = dir("export");
    let out_path = d.join("table.csv");
    let out = run(&[
        "export-csv",
        "--lang",
        "en",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let file = std::fs::read(&out_path).unwrap();
    let stdout = run(&["export-csv", "--lang", "en"]).stdout;
    assert_eq!(file, stdout);
    assert!(text(&file[3..]).starts_with("Code,Prefecture,Job seekers,Openings,"));
    // Only the CSV is left in the folder: no temporary file.
    let names: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("table.csv")]);
}

#[test]
fn export_csv_of_another_report_and_into_a_missing_folder() {
    let d = dir("export-other");
    let other = write(
        &d,
        "other.ron",
        &BUNDLED_RON.replacen("job_seekers: 830,", "job_seekers: 831,", 1),
    );
    let out = run(&["export-csv", "--report", &other]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout[3..]).contains("13,東京都,831,"));
    assert!(
        text(&out.stderr).starts_with("警告: "),
        "the total no longer adds up"
    );

    let target = d.join("no-such-folder").join("t.csv");
    let out = run(&["export-csv", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("に書き込めません"),
        "{}",
        text(&out.stderr)
    );
    assert!(!target.exists());

    let broken = write(&d, "broken.ron", "(meta: ");
    let out = run(&["export-csv", "--report", &broken]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with(&format!("{broken}:1:")),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn help_and_version() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let h = text(&out.stdout);
    assert!(
        h.contains("check") && h.contains("export-csv") && h.contains("例:"),
        "{h}"
    );
    for sub in ["check", "export-csv", "export-chart", "export-sheet"] {
        let h = text(&run(&["--lang", "en", sub, "--help"]).stdout);
        assert!(h.contains("Example"), "{sub}: {h}");
        let h = text(&run(&[sub, "--help"]).stdout);
        assert!(h.contains("オプション:"), "{sub}: {h}");
    }
    let v = text(&run(&["--version"]).stdout);
    assert!(v.starts_with("staffing-dashboard "), "{v}");
}

/// `--lang` is optional, so that the window can tell "ja given" (which overrides the language
/// saved last time) from "nothing given" (which keeps it).
#[test]
fn lang_given_is_told_from_lang_not_given() {
    use clap::Parser as _;
    use staffing_dashboard::cli::Cli;
    use staffing_dashboard::lang::Lang;
    let parse = |args: &[&str]| Cli::try_parse_from(args).unwrap().lang;
    assert_eq!(parse(&["staffing-dashboard"]), None);
    assert_eq!(
        parse(&["staffing-dashboard", "--lang", "ja"]),
        Some(Lang::Ja)
    );
    assert_eq!(
        parse(&["staffing-dashboard", "--lang", "en"]),
        Some(Lang::En)
    );
    assert_eq!(
        parse(&["staffing-dashboard", "check", "a.ron", "--lang", "ja"]),
        Some(Lang::Ja)
    );
    // Without --lang, messages are Japanese.
    let out = run(&["check", "no-such-file.ron"]);
    assert!(text(&out.stderr).contains("no-such-file.ron"));
    assert!(!text(&out.stderr).is_ascii(), "{}", text(&out.stderr));
}

/// `export-chart` draws the page picture without a window: the half-A4 width at 300 dpi, opaque,
/// with its resolution; a region that does not exist is a usage error naming the regions.
#[cfg(feature = "gui")]
#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one picture after another, each read back"
)]
fn export_chart_writes_the_picture_for_a_page_without_a_window() {
    let d = dir("export-chart");
    let out = d.join("kanto.png");
    let out_arg = out.to_str().unwrap();
    let args = [
        "export-chart",
        "--size",
        "half",
        "--metric",
        "openings",
        "--region",
        "関東",
        "--select",
        "11",
        "-o",
        out_arg,
    ];
    let done = run(&args);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let bytes = std::fs::read(&out).unwrap();
    let reader = png::Decoder::new(std::io::Cursor::new(&bytes))
        .read_info()
        .unwrap();
    let info = reader.info();
    assert_eq!(info.width, 945, "8 cm at 300 dpi");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    let dims = info.pixel_dims.unwrap();
    assert_eq!((dims.xppu, dims.unit), (11_811, png::Unit::Meter));
    // Seven bars: a short picture, still at least 7 rows of 8 pt text.
    assert!(
        (300..1200).contains(&info.height),
        "{} px tall",
        info.height
    );

    let words = description(&bytes);
    assert!(words.contains("\n埼玉県 121（34）\n"), "{words}");
    assert!(
        !words.contains("国勢調査"),
        "counts name no census: {words}"
    );

    // Per 100,000 people: the values the picture writes, read back from it (each figure ÷
    // the 2020 census population × 100,000, rounded once; computed here from the populations),
    // the national rate in the title, and the census under it.
    let per = d.join("kanto_per_capita.png");
    let mut per_args = args.to_vec();
    per_args.push("--per-capita");
    let at = per_args.len() - 2;
    per_args[at] = per.to_str().unwrap();
    let done = run(&per_args);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let words = description(&std::fs::read(&per).unwrap());
    let lines: Vec<&str> = words.lines().collect();
    assert_eq!(lines[0], "求人数（人口10万人当たり、計算値）（全国 6.6）");
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let mut expected: Vec<(u64, String)> = (8..=14)
        .map(|code| {
            let row = report
                .row(staffing_dashboard::prefecture::PrefectureCode(code))
                .unwrap();
            let p = census_copy::population(&row.name);
            let (n, part) = (row.figures.openings, row.figures.vaccination_openings);
            let v = census_copy::tenths(u64::from(n), p);
            (
                v,
                format!(
                    "{} {}（{}）",
                    row.name,
                    census_copy::shown(v),
                    census_copy::shown(census_copy::tenths(u64::from(part), p))
                ),
            )
        })
        .collect();
    // Largest first; equal values (栃木県 and 神奈川県 both 5.6) in the order of their codes.
    expected.sort_by_key(|e| std::cmp::Reverse(e.0));
    let bars: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| KANTO.iter().any(|k| l.starts_with(k)))
        .collect();
    let want: Vec<&str> = expected.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(bars, want);
    assert_eq!(
        lines.last().copied(),
        Some("人口: 総務省統計局「令和2年国勢調査 人口等基本集計」（2020年10月1日現在、確定値）"),
        "{words}"
    );

    // All 47 job seekers per 100,000 people: 福井県 74 / 766,863 × 100,000 = 9.6497… is 9.6.
    let all = d.join("all_per_capita.png");
    let done = run(&[
        "export-chart",
        "--size",
        "a4",
        "--metric",
        "job_seekers",
        "--per-capita",
        "-o",
        all.to_str().unwrap(),
    ]);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let words = description(&std::fs::read(&all).unwrap());
    assert!(words.contains("\n福井県 9.6\n"), "{words}");
    assert!(words.contains("\n京都府 25.5\n"), "{words}");
    assert!(words.starts_with("求職者数（人口10万人当たり、計算値）（全国 7.8）"));

    let bad = run(&["export-chart", "--region", "東海", "-o", out_arg]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("九州・沖縄"),
        "{}",
        text(&bad.stderr)
    );
}

#[cfg(feature = "gui")]
/// The words a page picture says (its PNG `Description`): title, summary, legend, each bar
/// with its value, the lines under it.
fn description(png_bytes: &[u8]) -> String {
    let reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
        .read_info()
        .unwrap();
    let chunk = reader
        .info()
        .utf8_text
        .iter()
        .find(|c| c.keyword == "Description")
        .expect("a Description")
        .clone();
    let mut chunk = chunk;
    chunk.decompress_text().unwrap();
    chunk.get_text().unwrap()
}

/// 関東's prefectures by code, 08 to 14.
#[cfg(feature = "gui")]
const KANTO: [&str; 7] = [
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
];

/// The text of a PDF as `pdftotext -layout` reads it (poppler-utils, which `.ci/run` installs):
/// a check that cannot read the PDF fails, it does not pass unseen.
fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext reads the PDF's text: install poppler-utils (Debian), as .ci/run does");
    assert!(out.status.success(), "pdftotext: {}", text(&out.stderr));
    text(&out.stdout)
}

/// Runs `export-sheet` and returns the PDF's bytes.
fn export_sheet(d: &Path, code: &str, lang: &str) -> (PathBuf, Vec<u8>) {
    let out_file = d.join(format!("sheet-{code}-{lang}.pdf"));
    let out = run(&[
        "--lang",
        lang,
        "export-sheet",
        "--prefecture",
        code,
        "-o",
        out_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let bytes = std::fs::read(&out_file).unwrap();
    (out_file, bytes)
}

#[test]
fn export_sheet_writes_one_a4_page() {
    let d = dir("sheet-a4");
    let (_, pdf) = export_sheet(&d, "13", "ja");
    assert!(pdf.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/MediaBox[0 0 595.28 841.89]"), "A4 portrait");
    assert!(raw.contains("/Count 1"), "one page");
    assert_eq!(
        raw.matches("/Type/Page").count(),
        2,
        "the page tree and one page"
    );
    // The font is embedded as a subset (far smaller than the 4.6 MB font) with a ToUnicode map.
    assert!(raw.contains("/FontFile2") && raw.contains("/ToUnicode"));
    assert!(pdf.len() < 400_000, "{} bytes", pdf.len());
    let names: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn export_sheet_text_can_be_read_back_in_both_languages() {
    use staffing_dashboard::report::bundled;
    let report = bundled().unwrap().report;
    let bank = report.contact("jma_bank").unwrap().phone.clone().unwrap();
    let d = dir("sheet-text");
    for lang in ["ja", "en"] {
        for (code, phone) in [("13", "03-5309-2065"), ("01", "011-863-6794")] {
            let (file, _) = export_sheet(&d, code, lang);
            let t = pdftotext(&file);
            for want in [phone, "03-3548-8601", "03-6682-5933", bank.as_str()] {
                assert!(t.contains(want), "{code} {lang}: {want} missing in\n{t}");
            }
            let name = if code == "13" {
                "東京都"
            } else {
                "北海道"
            };
            assert!(t.contains(name), "{code} {lang}: {name}\n{t}");
            assert_eq!(t.matches('\u{c}').count(), 1, "one page");
        }
        let t = pdftotext(&d.join(format!("sheet-13-{lang}.pdf")));
        // 東京都's job seekers, and the national total beside them.
        let seekers = t
            .lines()
            .find(|l| {
                l.contains(if lang == "ja" {
                    "求職者数"
                } else {
                    "Job seekers"
                })
            })
            .unwrap_or_else(|| panic!("{lang}: no job seekers row in\n{t}"));
        assert!(
            seekers.contains(" 830 ") && seekers.contains("9,828"),
            "{seekers}"
        );
        // The doctor path in the notice's order, as in the window: G-MIS (Key-Net's posting),
        // 国際事業総合研究所 in parallel, the bank.
        let line_of = |what: &str| {
            t.lines()
                .position(|l| l.contains(what))
                .unwrap_or_else(|| panic!("{lang}: {what} missing in\n{t}"))
        };
        assert!(
            line_of("0570-783-872") < line_of("03-6682-5933")
                && line_of("03-6682-5933") < line_of(&bank),
            "{lang}:\n{t}"
        );
        let flat: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if lang == "en" {
            assert!(flat.contains("Tokyo nurse centre"), "{flat}");
            assert!(!flat.contains("東京都 nurse centre"), "{flat}");
            assert!(!flat.contains("(attachment 2) (attachment 2)"), "{flat}");
            assert!(flat.contains("Hours: not stated in the source"), "{flat}");
        } else {
            assert!(flat.contains("受付時間: 出典に記載なし"), "{flat}");
            assert!(flat.contains("G-MISに関するお問い合わせ先"), "{flat}");
        }
        // 北海道 shares its rank for trained nurses (0) with many prefectures.
        let t = pdftotext(&d.join(format!("sheet-01-{lang}.pdf")));
        let tied = if lang == "ja" { "同順位" } else { "tied" };
        assert!(t.contains(tied), "{lang}: a tied rank\n{t}");
    }
}

/// The sheet of a later table (made up: the bundled figures under a later date) names the table
/// by its date once, not its file, and dates what it borrows from the notice's table.
#[test]
fn the_sheet_of_an_imported_table_says_its_date_once_and_dates_the_notices_statements() {
    let d = dir("sheet-imported");
    let csv = text(&run(&["export-csv", "--lang", "ja"]).stdout);
    let table = write(&d, "nc_made_up_2021-06-02.csv", &csv);
    let later = d.join("later.ron");
    let out = import_to(&table, &later);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let file = d.join("sheet.pdf");
    let out = run(&[
        "--lang",
        "ja",
        // Before the command: it counts as after it.
        "--report",
        later.to_str().unwrap(),
        "export-sheet",
        "--prefecture",
        "13",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let flat: String = pdftotext(&file)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("");
    for want in [
        "表:2021年6月2日時点（取り込んだ表）",
        "連絡先・手順:厚生労働省事務連絡(2021年5月26日)",
        "2021年5月19日時点の表（通知の別紙3）の注",
        "起点の2020年4月6日、ワクチン関連の2021年4月12日以降は2021年5月19日時点の表の記載",
        "2021年5月26日の通知の時点で、都道府県看護協会・ナースセンターには全国で計約4,200名",
    ] {
        assert!(flat.contains(want), "{want} missing in\n{flat}");
    }
    for never in ["nc_made_up", ".csv", "出典:厚生労働省", "（2021年6月2日）"] {
        assert!(!flat.contains(never), "{never} in\n{flat}");
    }
}

#[test]
fn export_sheet_refuses_a_bad_code_and_an_unwritable_file() {
    let d = dir("sheet-bad");
    let target = d.join("x.pdf");
    for (code, lang, says) in [
        ("48", "ja", "都道府県コード「48」は正しくありません"),
        ("0", "ja", "01〜47"),
        ("tokyo", "en", "invalid prefecture code \"tokyo\""),
        ("013", "en", "01-47"),
    ] {
        let out = run(&[
            "--lang",
            lang,
            "export-sheet",
            "--prefecture",
            code,
            "-o",
            target.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{code}: a usage error");
        assert!(text(&out.stderr).contains(says), "{}", text(&out.stderr));
    }
    let missing = d.join("no-such-folder").join("s.pdf");
    let out = run(&[
        "export-sheet",
        "--prefecture",
        "1",
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&missing.display().to_string()) && err.contains("に書き込めません"),
        "{err}"
    );
    assert!(!target.exists() && !missing.exists());
    // No output file given: clap's usage error.
    assert_eq!(
        run(&["export-sheet", "--prefecture", "13"]).status.code(),
        Some(2)
    );
}

/// Without `--lang` the command line speaks the system's language (English unless it is
/// Japanese), `--help` and usage errors included; `--lang` overrides it.
#[test]
fn the_command_line_speaks_the_systems_language_or_the_one_asked_for() {
    let help = |c: &mut Command| text(&c.output().expect("runs").stdout);
    let ja = help(bin().arg("--help"));
    assert!(ja.contains("使い方:") && ja.contains("コマンド:"), "{ja}");
    assert!(!ja.contains("Print help"), "{ja}");
    let en = help(on_system("en_US.UTF-8").arg("--help"));
    assert!(en.contains("Usage:") && en.contains("Examples:"), "{en}");
    let asked = help(on_system("en_US.UTF-8").args(["--lang", "ja", "check", "--help"]));
    assert!(asked.contains("レポートファイルを検査"), "{asked}");

    let d = dir("locale");
    let f = write(
        &d,
        "warn.ron",
        &BUNDLED_RON.replacen("openings: 8322,", "openings: 8330,", 1),
    );
    let out = on_system("C").args(["check", &f]).output().expect("runs");
    assert!(
        text(&out.stderr).starts_with("warning: "),
        "{}",
        text(&out.stderr)
    );
    let out = bin().args(["check", &f]).output().expect("runs");
    assert!(
        text(&out.stderr).starts_with("警告: "),
        "{}",
        text(&out.stderr)
    );
}

/// MADE-UP TEST DATA: the bundled table as export-csv writes it, with 東京都's job seekers
/// raised by 10 and 計 with them. Never shown or bundled.
fn made_up_csv() -> String {
    let csv = text(&run(&["export-csv", "--lang", "ja"]).stdout);
    csv.replace("13,東京都,830,", "13,東京都,840,")
        .replace("00,計,9828,", "00,計,9838,")
}

/// `import TABLE` as of 2021-06-02 (counted to 2021-05-30), written to `out`.
fn import_to(table: &str, out: &Path) -> Output {
    run(&[
        "import",
        table,
        "--compiled",
        "2021-06-02",
        "--period-end",
        "2021-05-30",
        "-o",
        out.to_str().unwrap(),
    ])
}

#[test]
fn import_writes_a_report_that_check_accepts_and_export_csv_gives_the_table_back() {
    let d = dir("import");
    let table = write(&d, "2021-06-02.csv", &made_up_csv());
    let out_ron = d.join("2021-06-02.ron");
    let out = import_to(&table, &out_ron);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["check", "--deny-warnings", out_ron.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&[
        "export-csv",
        "--lang",
        "ja",
        "--report",
        out_ron.to_str().unwrap(),
    ]);
    assert_eq!(text(&out.stdout), made_up_csv(), "the same CSV back");
    // To standard output without -o.
    let out = run(&[
        "import",
        &table,
        "--compiled",
        "2021-06-02",
        "--period-end",
        "2021-05-30",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("Table("), "a table file");
}

#[test]
fn import_with_a_date_not_come_yet_is_a_usage_error_before_the_table_is_read() {
    let d = dir("import_future");
    let table = write(&d, "t.csv", &made_up_csv());
    let out_ron = d.join("t.ron");
    let out = run(&[
        "--lang",
        "ja",
        "import",
        &table,
        "--compiled",
        "2999-12-31",
        "--period-end",
        "2021-05-30",
        "-o",
        out_ron.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "staffing-dashboard: 集計時点 2999年12月31日 はまだ来ていない日付です。表の集計時点を入れてください\n"
    );
    assert!(!out_ron.exists(), "nothing written");
    // A date that is no date is a usage error too, said before a missing table is.
    let out = run(&[
        "--lang",
        "en",
        "import",
        "no-such-table.csv",
        "--compiled",
        "2021-6-31",
        "--period-end",
        "2021-05-30",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--compiled \"2021-6-31\" is not a date"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn import_takes_dates_as_clerks_write_them() {
    let d = dir("import_clerk_dates");
    let table = write(&d, "t.csv", &made_up_csv());
    for (compiled, end) in [
        ("2021/6/2", "令和3年5月30日"),
        ("R3.6.2", "20210530"),
        ("２０２１年６月２日", "2021.5.30"),
    ] {
        let out = run(&[
            "import",
            &table,
            "--compiled",
            compiled,
            "--period-end",
            end,
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{compiled} {end}: {}",
            text(&out.stderr)
        );
        let made = text(&out.stdout);
        assert!(made.contains("compiled: \"2021-06-02\""), "{made}");
        assert!(made.contains("period_end: \"2021-05-30\""), "{made}");
    }
}

#[test]
fn import_of_a_table_with_errors_writes_nothing_and_says_where() {
    let d = dir("import_errors");
    let broken = made_up_csv().replace("13,東京都,840,", "13,東京都,,");
    let table = write(&d, "t.csv", &broken);
    let out_ron = d.join("t.ron");
    let out = import_to(&table, &out_ron);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("t.csv:15:3: 東京都、求職者数: 空欄です"),
        "{err}"
    );
    assert!(!out_ron.exists(), "nothing written");
    let out = bin()
        .args(["--lang", "en", "import", &table, "--compiled", "2021-06-02"])
        .args(["--period-end", "2021-05-30"])
        .output()
        .unwrap();
    assert!(
        text(&out.stderr).contains("t.csv:15:3: Tokyo, Job seekers: Empty"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one export after another, each read back"
)]
fn export_csv_compare_appends_the_changes_and_warns_of_a_fall() {
    let d = dir("compare");
    // MADE-UP TEST DATA (a later table): 東京都 +10 job seekers, 北海道 5 openings fewer.
    let csv = text(&run(&["export-csv", "--lang", "ja"]).stdout)
        .replace("13,東京都,830,", "13,東京都,840,")
        .replace("01,北海道,519,355,", "01,北海道,519,350,")
        .replace("00,計,9828,8322,", "00,計,9838,8317,");
    let table = write(&d, "later.csv", &csv);
    let later = d.join("later.ron");
    let out = import_to(&table, &later);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let bundled = write(&d, "2021-05-19.ron", BUNDLED_RON);
    let out = run(&[
        "export-csv",
        "--lang",
        "ja",
        "--report",
        later.to_str().unwrap(),
        "--compare",
        &bundled,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_owned).collect();
    assert!(lines[0].ends_with(
        "各都道府県ナースセンターの連絡先,増減(求職者数),増減(求人数),増減(求人数(うちワクチン接種業務)),増減(紹介人数),増減(就業者数),増減(就業者数(うちワクチン接種業務)),増減(ワクチン接種業務対応研修修了者数)"
    ), "{}", lines[0]);
    assert!(
        lines[1].starts_with("00,計,9838,8317,") && lines[1].ends_with(",10,-5,0,0,0,0,0"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].ends_with("011-863-6794,0,-5,0,0,0,0,0"),
        "{}",
        lines[2]
    );
    assert!(
        lines[14].ends_with("03-5309-2065,10,0,0,0,0,0,0"),
        "{}",
        lines[14]
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("警告: 北海道の求人数が減っています（355 → 350）"),
        "{err}"
    );
    assert!(err.contains("警告: 計の求人数が減っています"), "{err}");
    // In English.
    let out = run(&[
        "export-csv",
        "--lang",
        "en",
        "--report",
        later.to_str().unwrap(),
        "--compare",
        &bundled,
    ]);
    assert!(
        text(&out.stdout)
            .lines()
            .next()
            .unwrap()
            .ends_with(",change (vaccination-trained nurses)")
    );
    assert!(text(&out.stderr).contains("warning: Hokkaido: Openings fell (355 → 350)"));
    // The wrong way round (the later table as the earlier one), or the same date: refused,
    // as the window refuses it, with nothing written.
    for (report, old) in [
        (bundled.as_str(), later.to_str().unwrap()),
        (&bundled, &bundled),
    ] {
        let out = run(&[
            "export-csv",
            "--lang",
            "ja",
            "--report",
            report,
            "--compare",
            old,
        ]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty());
        assert!(
            text(&out.stderr).contains("前の日付ではないため、比較できません"),
            "{}",
            text(&out.stderr)
        );
    }
    let help = text(&run(&["--lang", "ja", "export-csv", "--help"]).stdout);
    assert!(help.contains("増減（新しい方 − 古い方）"), "{help}");
    let help = text(&run(&["--lang", "en", "export-csv", "--help"]).stdout);
    assert!(
        help.contains("(the newer one's minus the older one's)"),
        "{help}"
    );

    // The chart compared: the earlier bars beside the others, in their grey; the fall said.
    #[cfg(feature = "gui")]
    {
        let png = d.join("compared.png");
        let args = [
            "export-chart",
            "--report",
            later.to_str().unwrap(),
            "--compare",
            &bundled,
            "--metric",
            "openings",
            "--size",
            "half",
            "--region",
            "北海道",
            "-o",
            png.to_str().unwrap(),
        ];
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("北海道の求人数が減っています（355 → 350）"));
        let img = image::open(&png).unwrap().to_rgb8();
        let grey = img.pixels().filter(|p| p.0 == [0xA6, 0xA6, 0xA6]).count();
        assert!(grey > 500, "the earlier bar: {grey} grey pixels");
    }
}

#[test]
fn export_csv_per_capita_appends_the_population_and_the_figures_per_100000() {
    let out = run(&["export-csv", "--lang", "ja", "--per-capita"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].ends_with(
            "各都道府県ナースセンターの連絡先,人口(令和2年国勢調査),求職者数(人口10万人当たり),求人数(人口10万人当たり),求人数(うちワクチン接種業務)(人口10万人当たり),紹介人数(人口10万人当たり),就業者数(人口10万人当たり),就業者数(うちワクチン接種業務)(人口10万人当たり),ワクチン接種業務対応研修修了者数(人口10万人当たり)"
        ),
        "{}",
        lines[0]
    );
    // Computed here from the tests' own copy of the populations, rounded once: 計 on the
    // national population, every prefecture on its own, all seven figures.
    let national = 126_146_099;
    let per = |n: u64| census_copy::shown(census_copy::tenths(n, national));
    let total_tail = format!(
        ",126146099,{},{},{},{},{},{},{}",
        per(9828),
        per(8322),
        per(1241),
        per(6068),
        per(3995),
        per(591),
        per(2114)
    );
    assert!(lines[1].ends_with(&total_tail), "{}", lines[1]);
    for line in &lines[2..] {
        let cells: Vec<&str> = line.split(',').collect();
        let name = cells[1];
        let figures: Vec<u32> = cells[2..9].iter().map(|c| c.parse().unwrap()).collect();
        let want: Vec<String> = figures
            .iter()
            .map(|&n| census_copy::per_100k(n, name))
            .collect();
        assert_eq!(
            cells[10],
            census_copy::population(name).to_string(),
            "{name}"
        );
        assert_eq!(cells[11..18], want[..], "{name}");
    }
    assert_eq!(lines.len(), 49, "計 and 47 prefectures");
    // 福井県's job seekers: 74 / 766,863 × 100,000 = 9.6497… is 9.6, rounded once.
    assert!(lines[19].starts_with("18,福井県,74,"), "{}", lines[19]);
    assert_eq!(lines[19].split(',').nth(11), Some("9.6"));
    let out = run(&["export-csv", "--lang", "en", "--per-capita"]);
    let head = text(&out.stdout).lines().next().unwrap().to_owned();
    // A header with a comma in it is quoted, as CSV has it.
    assert!(
        head.contains(",population (2020 census),\"job seekers per 100,000\","),
        "{head}"
    );
}

/// Runs the binary with `args`, killing it after `seconds`: `None` when it had to be killed.
#[cfg(unix)]
fn run_within(args: &[&str], seconds: u64) -> Option<Output> {
    use std::process::Stdio;
    let mut child = bin()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(seconds) {
        if child.try_wait().expect("waits").is_some() {
            return Some(child.wait_with_output().expect("its output"));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().ok();
    child.wait().ok();
    None
}

/// A FIFO, /dev/zero or a file over the limit given to `import` or `check`: refused at once with
/// what it is, never read (a FIFO would wait for ever, /dev/zero grow without end). Unix only:
/// Windows has neither FIFOs nor /dev in a user's paths (its reserved names such as NUL are
/// refused as not a regular file the same way).
#[cfg(unix)]
#[test]
fn import_and_check_refuse_what_is_not_a_regular_file_or_too_large_at_once() {
    let d = dir("not-a-file");
    let fifo = d.join("table.csv");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo (coreutils) makes the FIFO");
    let large = d.join("large.csv");
    std::fs::File::create(&large)
        .unwrap()
        .set_len(staffing_dashboard::report::MAX_TABLE_BYTES + 1)
        .unwrap();
    let out_file = d.join("out.ron");
    let out = out_file.to_str().unwrap();
    for (table, says) in [
        (fifo.to_str().unwrap(), "通常のファイルではありません"),
        ("/dev/zero", "通常のファイルではありません"),
        (
            large.to_str().unwrap(),
            "ファイルが大きすぎます（16777217 バイト、上限 16777216 バイト）",
        ),
    ] {
        let done = run_within(
            &[
                "--lang",
                "ja",
                "import",
                table,
                "--compiled",
                "2021-06-02",
                "--period-end",
                "2021-05-30",
                "-o",
                out,
            ],
            10,
        )
        .unwrap_or_else(|| panic!("{table}: still running after 10 s"));
        assert_eq!(done.status.code(), Some(1), "{table}");
        let err = text(&done.stderr);
        assert!(err.contains(says) && err.contains(table), "{table}: {err}");
        assert!(!out_file.exists(), "{table}: nothing written");
    }
    // A report of 4 MiB and a byte: refused by check before it is read.
    let big = d.join("big.ron");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(4 * 1024 * 1024 + 1)
        .unwrap();
    let done = run_within(&["--lang", "ja", "check", big.to_str().unwrap()], 10).unwrap();
    assert_eq!(done.status.code(), Some(1));
    assert!(
        text(&done.stderr).contains("上限 4194304 バイト"),
        "{}",
        text(&done.stderr)
    );
}

/// Control characters in a header cell (ESC, BEL: a terminal's title, its screen) are shown
/// escaped in the messages, never sent to the terminal as they are.
#[test]
fn control_characters_of_a_table_are_shown_escaped() {
    let d = dir("control");
    let csv = made_up_csv().replacen(
        "各都道府県ナースセンターの連絡先",
        "各都道府県ナースセンターの連絡先,\u{1b}]0;hacked\u{7}\u{1b}[2J",
        1,
    );
    let table = write(&d, "control.csv", &csv);
    let out = import_to(&table, &d.join("out.ron"));
    let err = text(&out.stderr);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}'),
        "raw control bytes: {err:?}"
    );
    assert!(err.contains("\\u{1b}]0;hacked\\u{7}\\u{1b}[2J"), "{err}");
}

/// MADE-UP TEST DATA: the bundled report moved to `date`, every prefecture's job seekers raised
/// by `step` and 計 with them (three later tables for the series).
fn made_up_later(date: &str, step: u32) -> String {
    let mut r = staffing_dashboard::report::bundled().unwrap().report;
    date.clone_into(&mut r.meta.compiled.date);
    for row in &mut r.rows {
        row.figures.job_seekers = row.figures.job_seekers.saturating_add(step);
    }
    r.total.job_seekers = r.total.job_seekers.saturating_add(step.saturating_mul(47));
    // Written as a table file: the notice's content comes from the bundled report.
    staffing_dashboard::report::TableFile::of(&r, "made-up.csv")
        .to_ron()
        .unwrap()
}

#[test]
fn series_writes_every_tables_figures_by_date_equal_to_the_tables() {
    let d = dir("series");
    let later = [("2021-06-16", 20), ("2021-06-02", 10), ("2021-06-30", 30)];
    let mut files = Vec::new();
    for (date, step) in later {
        files.push(write(
            &d,
            &format!("{date}.ron"),
            &made_up_later(date, step),
        ));
    }
    let out_csv = d.join("series.csv");
    let mut args = vec!["--lang", "ja", "series"];
    for f in &files {
        args.extend(["--report", f.as_str()]);
    }
    args.extend(["-o", out_csv.to_str().unwrap()]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = std::fs::read_to_string(&out_csv).unwrap();
    let csv = csv.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("集計時点,集計期間の終わり,都道府県コード,都道府県,求職者数,"));
    // Independently: the bundled table and the three, by date, 計 then 01-47, seven figures.
    let mut tables: Vec<staffing_dashboard::report::Report> =
        vec![staffing_dashboard::report::bundled().unwrap().report];
    for f in &files {
        tables.push(
            staffing_dashboard::report::load_path(Path::new(f))
                .unwrap()
                .report,
        );
    }
    tables.sort_by(|a, b| a.meta.compiled.date.cmp(&b.meta.compiled.date));
    let mut expected = Vec::new();
    for t in &tables {
        let figures = |f: &staffing_dashboard::report::Figures| {
            staffing_dashboard::report::Metric::ALL
                .iter()
                .map(|&m| f.get(m).to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        expected.push(format!(
            "{},{},00,計,{}",
            t.meta.compiled.date,
            t.meta.period.to,
            figures(&t.total)
        ));
        for code in 1..=47 {
            let row = t
                .row(staffing_dashboard::prefecture::PrefectureCode(code))
                .unwrap();
            expected.push(format!(
                "{},{},{:02},{},{}",
                t.meta.compiled.date,
                t.meta.period.to,
                code,
                row.name,
                figures(&row.figures)
            ));
        }
    }
    assert_eq!(lines[1..], expected[..]);
    assert_eq!(lines.len(), 1 + 4 * 48);
    assert!(
        lines[1 + 48 + 13].starts_with("2021-06-02,2021-05-16,13,東京都,840,"),
        "{}",
        lines[1 + 48 + 13]
    );
}

#[test]
fn series_reads_the_windows_kept_tables_and_one_figure_per_100000_people() {
    let d = dir("series_library");
    let reports = d.join("data").join("staffing-dashboard").join("reports");
    std::fs::create_dir_all(&reports).unwrap();
    write(&reports, "2021-06-02.ron", &made_up_later("2021-06-02", 10));
    let out = bin()
        .env("XDG_DATA_HOME", d.join("data"))
        .args([
            "--lang",
            "en",
            "series",
            "--library",
            "--metric",
            "job_seekers",
            "--per-capita",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "As of,Period end,Code,Prefecture,Job seekers (per 100,000 people, derived)"
            .replace(
                "Job seekers (per 100,000 people, derived)",
                "\"Job seekers (per 100,000 people, derived)\""
            )
            .as_str()
    );
    // 東京都: 830 / 14,047,594 × 100,000 = 5.9; 840: 6.0.
    assert_eq!(lines[1 + 13], "2021-05-19,2021-05-16,13,Tokyo,5.9");
    assert_eq!(lines[1 + 48 + 13], "2021-06-02,2021-05-16,13,Tokyo,6.0");
    assert_eq!(lines.len(), 1 + 2 * 48);
}

#[cfg(feature = "gui")]
#[test]
fn export_chart_trend_draws_every_table_by_its_date_for_each_page() {
    let d = dir("trend_chart");
    // MADE-UP TEST DATA: later tables, every prefecture's job seekers up by 10, 20 and 30.
    let mut args = vec!["--lang", "ja", "export-chart", "--trend", "--select", "13"];
    let files: Vec<String> = [("2021-06-16", 20), ("2021-06-02", 10), ("2021-06-30", 30)]
        .iter()
        .map(|(date, step)| write(&d, &format!("{date}.ron"), &made_up_later(date, *step)))
        .collect();
    for f in &files {
        args.extend(["--report", f.as_str()]);
    }
    // 16 cm, 8 cm and 25.4 cm wide at 300 dpi; the slide 14.3 cm high.
    for (size, width, height) in [
        ("a4", 1890, None),
        ("half", 945, None),
        ("slide", 3000, Some(1689)),
    ] {
        let out_png = d.join(format!("trend-{size}.png"));
        let mut these = args.clone();
        these.extend(["--size", size, "-o", out_png.to_str().unwrap()]);
        let out = run(&these);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let bytes = std::fs::read(&out_png).unwrap();
        let reader = png::Decoder::new(std::io::Cursor::new(&bytes))
            .read_info()
            .unwrap();
        assert_eq!(reader.info().width, width, "{size}");
        if let Some(h) = height {
            assert_eq!(reader.info().height, h, "{size}");
        }
        let words = description(&bytes);
        let lines: Vec<&str> = words.lines().collect();
        assert_eq!(
            lines[..3],
            [
                "求職者数の推移（2021年5月19日〜2021年6月30日、表4件）",
                // 9,828 + 47 × 10, × 20, × 30.
                "全国（計）: 2021年5月19日 9,828, 2021年6月2日 10,298, 2021年6月16日 10,768, 2021年6月30日 11,238",
                "東京都: 2021年5月19日 830, 2021年6月2日 840, 2021年6月16日 850, 2021年6月30日 860",
            ],
            "{size}"
        );
        assert!(
            words.contains(
                "各点の表: 2021年5月19日（通知の別紙3）、2021年6月2日（取込: made-up.csv）、\
                 2021年6月16日（取込: made-up.csv）、2021年6月30日（取込: made-up.csv）"
            ),
            "{words}"
        );
        assert!(!words.contains("▼"), "nothing fell: {words}");
    }
    // One table only: said, nothing written.
    let alone = d.join("alone.png");
    let out = run(&[
        "--lang",
        "ja",
        "export-chart",
        "--trend",
        "-o",
        alone.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("推移には時点の異なる表が2つ以上必要です"),
        "{}",
        text(&out.stderr)
    );
    assert!(!alone.exists());
    // Several reports without --trend: refused.
    let out = run(&[
        "--lang",
        "ja",
        "export-chart",
        "--report",
        &files[0],
        "--report",
        &files[1],
        "-o",
        alone.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--trend"),
        "{}",
        text(&out.stderr)
    );
}
