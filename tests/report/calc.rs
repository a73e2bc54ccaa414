//! The copied table read by LibreOffice Calc, as an official pastes it: codes and phones stay
//! text (01, not 1), figures are numbers. Needs `soffice` (Debian: libreoffice-calc-nogui);
//! without it the test says so and passes, unless `STAFFING_REQUIRE_SOFFICE` is set (CI sets
//! it and installs LibreOffice).

use std::path::PathBuf;
use std::process::Command;

use staffing_dashboard::dashboard::{State, ViewContext};
use staffing_dashboard::prefecture::Region;

/// The `soffice` on the PATH, if any.
fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("soffice"))
        .find(|p| p.is_file())
}

#[test]
fn the_copied_table_keeps_codes_and_phones_as_text_in_libreoffice_calc() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("STAFFING_REQUIRE_SOFFICE").is_none(),
            "LibreOffice (soffice) is required here and not found"
        );
        #[expect(clippy::print_stderr, reason = "a test that cannot run says so")]
        {
            eprintln!("soffice not found: the copied table is not read back by LibreOffice Calc");
        }
        return;
    };
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let mut state = State::default();
    state.filter.region = Some(Region::Tohoku);
    let shown: Vec<usize> = (1..7).collect();
    let cx = ViewContext {
        state: &state,
        report: &report,
        earlier: None,
        shown: &shown,
    };
    let html = staffing_dashboard::export::table::shown_html(&cx);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("calc");
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("copied.html"), html).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let out = Command::new(soffice)
        .current_dir(&dir)
        .args([
            profile.as_str(),
            "--headless",
            "--infilter=HTML (StarCalc)",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "copied.html",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(dir.join("copied.csv")).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    // The header, then 青森県 to 福島県, each code with its 0 and its phone as text.
    assert_eq!(rows[1][0], "02", "{csv}");
    assert_eq!(rows[1][1], "青森県", "{csv}");
    assert_eq!(rows[1][2], "59", "figures are numbers: {csv}");
    assert_eq!(rows[1][9], "017-723-4580", "{csv}");
    assert_eq!(rows[6][0], "07", "{csv}");
}

/// The workbook of the bundled table (`per_capita`: with the figures per 100,000 people) as
/// LibreOffice Calc reads it: converted headless to .fods and printed to PDF with the app's
/// font, in `dir`. None without `soffice`.
fn workbook_in_calc(dir: &std::path::Path, per_capita: bool) -> Option<(String, PathBuf)> {
    let soffice = soffice()?;
    let report = staffing_dashboard::report::bundled().unwrap().report;
    let state = State {
        scale: staffing_dashboard::report::scale::Scale::per_100k_if(per_capita),
        ..State::default()
    };
    let shown = staffing_dashboard::export::workbook::table::all_rows(&report);
    let cx = ViewContext {
        state: &state,
        report: &report,
        earlier: None,
        shown: &shown,
    };
    let bytes = staffing_dashboard::export::workbook::workbook_xlsx(&cx).unwrap();
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("book.xlsx"), bytes).unwrap();
    // The app's font for Calc, as Windows has it (BIZ UDPゴシック), beside the system's.
    let fonts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let conf = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>\
         <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include><dir>{}</dir>\
         <cachedir>{}</cachedir></fontconfig>",
        fonts.display(),
        dir.join("fc").display()
    );
    std::fs::write(dir.join("fonts.conf"), conf).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    for to in ["fods", "pdf"] {
        let out = Command::new(&soffice)
            .current_dir(dir)
            .env("FONTCONFIG_FILE", dir.join("fonts.conf"))
            .args([
                profile.as_str(),
                "--headless",
                "--convert-to",
                to,
                "book.xlsx",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Some((
        std::fs::read_to_string(dir.join("book.fods")).unwrap(),
        dir.join("book.pdf"),
    ))
}

/// Each word of a PDF page with its width (`pdftotext -bbox`).
fn words(pdf: &std::path::Path, page: u32) -> Vec<(String, f64)> {
    let page = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let attr = |name: &str| -> f64 {
                let at = l.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                l[at..].split('"').next().unwrap().parse().unwrap()
            };
            let text = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            (text.to_owned(), attr("xMax") - attr("xMin"))
        })
        .collect()
}

#[test]
fn the_workbook_prints_one_page_wide_with_no_clipped_cell_and_text_of_8_pt_or_more() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("calc-workbook");
    std::fs::remove_dir_all(&dir).ok();
    for per_capita in [false, true] {
        let sub = dir.join(if per_capita { "per-capita" } else { "counts" });
        let Some((fods, pdf)) = workbook_in_calc(&sub, per_capita) else {
            assert!(std::env::var_os("STAFFING_REQUIRE_SOFFICE").is_none());
            return;
        };
        // Calc's reading: 東京都's job seekers a number in the format #,##0, its code text,
        // the sheets' print areas set.
        assert!(
            fods.contains("office:value-type=\"float\" office:value=\"830\""),
            "830"
        );
        assert!(fods.contains("<text:p>13</text:p>"), "the code 13 as text");
        assert!(
            fods.contains("number:grouping=\"true\""),
            "a format with separators"
        );
        // The print area: from the title to the last line under the table, every column (J: 10,
        // R: 18 with the population and the seven figures per 100,000 people).
        let last_column = if per_capita { 'R' } else { 'J' };
        assert!(
            fods.contains(&format!("table:print-ranges=\"表.A1:表.{last_column}")),
            "the table's print area"
        );
        let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("A4"), "{info}");
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        // One page wide: Calc fits the width to one page, and the first page holds 北海道's
        // phone (after the seven figures) and, per 100,000 people, the nation's population.
        assert!(
            fods.contains("style:scale-to-X=\"1\""),
            "fit to one page wide"
        );
        let first: Vec<String> = words(&pdf, 1).into_iter().map(|(w, _)| w).collect();
        assert!(first.iter().any(|w| w == "011-863-6794"), "{first:?}");
        if per_capita {
            assert!(first.iter().any(|w| w == "126,146,099"), "{first:?}");
        }
        for page in 1..=pages {
            for (word, width) in words(&pdf, page) {
                assert!(!word.contains("###"), "a clipped number on page {page}");
                // A word of full-width characters is as wide as its size in points each.
                let wide = word.chars().count();
                if word
                    .chars()
                    .all(|c| (0x3040..=0x9FFF).contains(&u32::from(c)))
                    && wide > 0
                {
                    let size = width / wide as f64;
                    assert!(size >= 7.9, "page {page}: {word} at {size:.1} pt");
                }
            }
        }
    }
}
