//! The copied table read by LibreOffice Calc, as an official pastes it: codes and phones stay
//! text (01, not 1), figures are numbers; the workbook printed by Calc. Needs `soffice`
//! (Debian: libreoffice-calc-nogui) and, for the workbook, the figures' font BIZ UDゴシック
//! (Debian: fonts-morisawa-bizud-gothic; Windows 10 and later have it); without them the tests
//! pass without checking, unless `STAFFING_REQUIRE_SOFFICE` is set (CI sets it and installs
//! both).

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
    workbook_of(dir, (per_capita, false), staffing_dashboard::lang::Lang::Ja)
}

/// The workbook of the bundled table in `lang` (per 100,000 people, and compared with a
/// made-up earlier table, as asked) through Calc to .fods and PDF.
fn workbook_of(
    dir: &std::path::Path,
    (per_capita, compared): (bool, bool),
    lang: staffing_dashboard::lang::Lang,
) -> Option<(String, PathBuf)> {
    let soffice = soffice()?;
    // The workbook's figures are in BIZ UDGothic: printed in another font they would measure
    // nothing of ours.
    let families = Command::new("fc-list")
        .args([":", "family"])
        .output()
        .ok()?;
    if !String::from_utf8_lossy(&families.stdout).contains("BIZ UDGothic") {
        return None;
    }
    let report = staffing_dashboard::report::bundled().unwrap().report;
    // Made up for the test: an earlier table with 東京都's job seekers 10 fewer.
    let mut earlier = report.clone();
    if let Some(tokyo) = earlier.rows.iter_mut().find(|r| r.code.0 == 13) {
        tokyo.figures.job_seekers -= 10;
    }
    earlier.total.job_seekers -= 10;
    "2021-05-05".clone_into(&mut earlier.meta.compiled.date);
    let bytes = in_view(
        &report,
        compared.then_some(&earlier),
        (per_capita, lang),
        |cx| staffing_dashboard::export::workbook::workbook_xlsx(cx).unwrap(),
    );
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
    boxes(pdf, page)
        .into_iter()
        .map(|(w, width, _)| (w, width))
        .collect()
}

/// Each word of a PDF page with its width and height.
fn boxes(pdf: &std::path::Path, page: u32) -> Vec<(String, f64, f64)> {
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
            (
                text.to_owned(),
                attr("xMax") - attr("xMin"),
                attr("yMax") - attr("yMin"),
            )
        })
        .collect()
}

/// What `pdfinfo` says of `pdf`, and its count of pages.
fn pdf_info(pdf: &std::path::Path) -> (String, u32) {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (info, pages)
}

/// The smallest text of every page of `pdf`, in points, with its word and page: a word's box
/// is as tall as 1.3 times its size in both fonts (their ascent and descent), across its line
/// when it lies across, along it when it stands upright; words of four characters or more,
/// whose length is more than a line's height either way.
fn smallest_text(pdf: &std::path::Path) -> (f64, String, u32) {
    (1..=pdf_info(pdf).1)
        .flat_map(|page| {
            boxes(pdf, page)
                .into_iter()
                .filter(|(w, _, _)| w.chars().count() >= 4)
                .map(move |(w, width, height)| (width.min(height) / 1.3, w, page))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap()
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
        let (info, pages) = pdf_info(&pdf);
        assert!(info.contains("A4"), "{info}");
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

/// The size a word of Latin letters is printed at: its width over its width in ems of the
/// bundled font.
fn printed_size(pdf: &std::path::Path, page: u32, word: &str) -> f64 {
    let measure = staffing_dashboard::export::contact_sheet::font::Measure::new(
        staffing_dashboard::assets::BIZ_UDP_GOTHIC,
    )
    .unwrap();
    let (_, width) = words(pdf, page)
        .into_iter()
        .find(|(w, _)| w == word)
        .unwrap_or_else(|| panic!("{word} on page {page}"));
    width / f64::from(measure.width(word, 1.0))
}

#[test]
fn the_tables_print_one_page_wide_at_8_pt_or_more_with_every_header_word_whole() {
    use staffing_dashboard::lang::Lang;
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("calc-workbook-wide");
    std::fs::remove_dir_all(&dir).ok();
    // The English table (10 columns), compared (17), per 100,000 people (18) and both (25):
    // the figures in the narrower half-width digits; an English header too long to lie
    // across turned upright, its words whole.
    let cases = [
        ("plain", (false, false), Lang::En, "Hokkaido"),
        ("compared", (false, true), Lang::En, "Hokkaido"),
        ("per-capita", (true, false), Lang::En, "Hokkaido"),
        ("both", (true, true), Lang::En, "Hokkaido"),
        ("both-ja", (true, true), Lang::Ja, "北海道"),
    ];
    for (name, (per_capita, compared), lang, hokkaido) in cases {
        let Some((fods, pdf)) = workbook_of(&dir.join(name), (per_capita, compared), lang) else {
            assert!(std::env::var_os("STAFFING_REQUIRE_SOFFICE").is_none());
            return;
        };
        assert!(
            fods.contains("style:scale-to-X=\"1\""),
            "fit to one page wide"
        );
        let first: Vec<String> = words(&pdf, 1).into_iter().map(|(w, _)| w).collect();
        // The row's last column is on the first page: the phone, or the last figure per
        // 100,000 people; no number clipped.
        assert!(first.iter().any(|w| w == "011-863-6794"), "{first:?}");
        assert!(
            first.iter().all(|w| !w.contains("###")),
            "{name}: a clipped number"
        );
        // Every phone whole (a text too wide for its column would be cut at the next cell).
        let all: Vec<String> = (1..=4)
            .flat_map(|page| words(&pdf, page))
            .map(|(w, _)| w)
            .collect();
        let report = staffing_dashboard::report::bundled().unwrap().report;
        for row in &report.rows {
            assert!(
                all.contains(&row.phone),
                "{name}: {} {}",
                row.name,
                row.phone
            );
        }
        let size = if lang == Lang::Ja {
            let (_, width) = words(&pdf, 1)
                .into_iter()
                .find(|(w, _)| w == hokkaido)
                .unwrap();
            width / 3.0
        } else {
            printed_size(&pdf, 1, hokkaido)
        };
        assert!(size >= 7.95, "{name}: {hokkaido} at {size:.2} pt");
        // Every text of every sheet at 8 pt or more: the page headers and footers, the lines
        // under the table, the contacts and the steps too.
        let (smallest, word, page) = smallest_text(&pdf);
        assert!(
            smallest >= 7.9,
            "{name}: {word:?} on page {page} at {smallest:.2} pt"
        );
        if lang == Lang::En {
            // Each word of every header printed whole on the first page (none broken
            // inside, as "Opening/s" was in a narrowed column).
            for header in headers((per_capita, compared), lang) {
                for word in header.split_whitespace() {
                    assert!(
                        first.iter().any(|w| w == word),
                        "{name}: {word:?} of {header:?} not whole"
                    );
                }
            }
        }
        // The figures in BIZ UDGothic (half-width digits), the rest in BIZ UDPGothic.
        let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        assert!(fonts.contains("BIZUDGothic"), "{fonts}");
        assert!(fonts.contains("BIZUDPGothic"), "{fonts}");
    }
}

/// The table's headers as `workbook_of` writes them.
fn headers(
    (per_capita, compared): (bool, bool),
    lang: staffing_dashboard::lang::Lang,
) -> Vec<String> {
    let report = staffing_dashboard::report::bundled().unwrap().report;
    in_view(
        &report,
        compared.then_some(&report),
        (per_capita, lang),
        |cx| staffing_dashboard::export::workbook::table::TableSheet::of(cx).headers,
    )
}

/// `f` of the view of all of `report`'s rows in `lang`, per 100,000 people or not, compared
/// with `earlier` when given.
fn in_view<R>(
    report: &staffing_dashboard::report::Report,
    earlier: Option<&staffing_dashboard::report::Report>,
    (per_capita, lang): (bool, staffing_dashboard::lang::Lang),
    f: impl FnOnce(&ViewContext<'_>) -> R,
) -> R {
    let state = State {
        lang,
        scale: staffing_dashboard::report::scale::Scale::per_100k_if(per_capita),
        ..State::default()
    };
    let shown = staffing_dashboard::export::workbook::table::all_rows(report);
    f(&ViewContext {
        state: &state,
        report,
        earlier,
        shown: &shown,
    })
}
