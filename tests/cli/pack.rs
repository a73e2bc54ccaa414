//! `export-pack`: the briefing pack read back with poppler (`pdfinfo`, `pdftotext`,
//! `pdfimages`, `pdffonts`): its pages A4 in their order (the table landscape), every
//! prefecture's figures on the table page equal to `export-csv`'s, the chart's values, the
//! phones, the period and the source on every page with its number, no raster picture, the font
//! embedded, no text under 8 pt.

#![cfg(feature = "gui")]
#![expect(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "a test helper: short outputs, indices checked by the assertions"
)]

use std::path::Path;
use std::process::Command;

use super::{census_copy, dir, import_to, made_up_csv, run, text, write};

/// A poppler tool's output on `pdf`; a machine without poppler-utils fails the test.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .expect("poppler-utils (pdftotext, pdfinfo, pdfimages, pdffonts), as .ci/run installs");
    assert!(out.status.success(), "{tool}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// Each page's text as `pdftotext -layout` reads it.
fn pages(pdf: &Path) -> Vec<String> {
    let all = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf);
    let mut pages: Vec<String> = all.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Each page's size in points, as `pdfinfo` gives it.
fn sizes(pdf: &Path) -> Vec<String> {
    poppler("pdfinfo", &["-f", "1", "-l", "99"], pdf)
        .lines()
        .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
        .map(|l| l.split("size:").nth(1).unwrap().trim().to_owned())
        .collect()
}

/// A count as the table prints it: grouped by thousands (9,828).
fn grouped(n: &str) -> String {
    let digits: Vec<char> = n.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    out
}

/// `export-csv`'s records (header first), in `lang`, of `args`.
fn csv_records(args: &[&str]) -> Vec<Vec<String>> {
    let out = run(&[&["export-csv"], args].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv_text = text(&out.stdout);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// The words of a page with their widths (`pdftotext -bbox`).
fn words(pdf: &Path, page: usize) -> Vec<(String, f64)> {
    boxes(pdf, page)
        .into_iter()
        .map(|(w, width, _)| (w, width))
        .collect()
}

/// The words of a page with their widths and heights.
fn boxes(pdf: &Path, page: usize) -> Vec<(String, f64, f64)> {
    placed(pdf, page)
        .into_iter()
        .map(|(w, [x0, y0, x1, y1])| (w, x1 - x0, y1 - y0))
        .collect()
}

/// The words of a page with their boxes: left, top, right, bottom in points.
fn placed(pdf: &Path, page: usize) -> Vec<(String, [f64; 4])> {
    let page = page.to_string();
    poppler("pdftotext", &["-bbox", "-f", &page, "-l", &page], pdf)
        .lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let attr = |name: &str| -> f64 {
                let at = l.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                l[at..].split('"').next().unwrap().parse().unwrap()
            };
            let word = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            let corners = [attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")];
            (word.to_owned(), corners)
        })
        .collect()
}

/// Every word of every page inside the page, 10 pt from its edges, and no two words on top
/// of each other (by more than half a point both ways): the running head and foot, the
/// headline, the map's tiles, the table's cells, the bars' names and the sheet each in their
/// own place.
fn no_words_overlap_or_leave_the_page(pdf: &Path, count: usize) {
    let sizes = sizes(pdf);
    for page in 1..=count {
        let landscape = sizes[page - 1].starts_with("841");
        let (w, h) = if landscape {
            (841.89, 595.28)
        } else {
            (595.28, 841.89)
        };
        let words = placed(pdf, page);
        for (word, [x0, y0, x1, y1]) in &words {
            assert!(
                *x0 >= 10.0 && *y0 >= 10.0 && *x1 <= w - 10.0 && *y1 <= h - 10.0,
                "page {page}: {word} at {x0:.1},{y0:.1}-{x1:.1},{y1:.1} leaves the page"
            );
        }
        for (i, (a, [ax0, ay0, ax1, ay1])) in words.iter().enumerate() {
            for (b, [bx0, by0, bx1, by1]) in words.iter().skip(i + 1) {
                let across = ax1.min(*bx1) - ax0.max(*bx0);
                let down = ay1.min(*by1) - ay0.max(*by0);
                assert!(
                    across <= 0.5 || down <= 0.5,
                    "page {page}: {a} ({ax0:.1},{ay0:.1}) on {b} ({bx0:.1},{by0:.1})"
                );
            }
        }
    }
}

/// No text on any page is set under 8 pt, in any language: the bundled font's ascent and
/// descent span one em, so a word's box is as tall as its size (across its line; along it
/// for upright text); words of four characters or more, longer than an em either way.
fn no_text_under_8_pt(pdf: &Path, count: usize) {
    let mut checked = 0;
    for page in 1..=count {
        for (word, width, height) in boxes(pdf, page) {
            if word.chars().count() >= 4 {
                let size = width.min(height);
                assert!(size >= 7.95, "page {page}: {word} at {size:.2} pt");
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "{checked} words checked");
}

/// No word of kanji on any page is set under 8 pt: a kanji is one em wide in the bundled font
/// (its kana are proportional), so a word's width over its length is its size.
fn no_japanese_under_8_pt(pdf: &Path, count: usize) {
    let mut checked = 0;
    for page in 1..=count {
        for (word, width) in words(pdf, page) {
            let n = word.chars().count();
            let japanese = word
                .chars()
                .all(|c| (0x4E00..=0x9FFF).contains(&u32::from(c)));
            if japanese && n > 1 {
                let size = width / n as f64;
                assert!(size >= 7.9, "page {page}: {word} at {size:.2} pt");
                checked += 1;
            }
        }
    }
    // The prefectures' names alone are 47 words of kanji on three pages.
    assert!(checked > 150, "{checked} words checked");
}

/// Vector drawing and text only: no image, the one font embedded as a subset.
fn no_pictures_and_the_font_embedded(pdf: &Path) {
    let images = poppler("pdfimages", &["-list"], pdf);
    assert_eq!(
        images.lines().count(),
        2,
        "only the list's header: {images}"
    );
    let fonts = poppler("pdffonts", &[], pdf);
    let font_lines: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(font_lines.len(), 1, "{fonts}");
    assert!(font_lines[0].contains("BIZUDPGothic"), "{fonts}");
    let flags: Vec<&str> = font_lines[0].split_whitespace().collect();
    assert!(
        flags.windows(3).any(|w| w == ["yes", "yes", "yes"]),
        "embedded, subset, with its Unicode map: {fonts}"
    );
}

#[test]
fn the_pack_holds_every_figure_of_the_table_the_chart_and_the_phones_with_its_sources_on_every_page()
 {
    let d = dir("pack-ja");
    let pdf = d.join("pack.pdf");
    let out = run(&["--lang", "ja", "export-pack", "-o", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let portrait = "595.28 x 841.89 pts (A4)";
    let landscape = "841.89 x 595.28 pts (A4)";
    assert_eq!(sizes(&pdf), [portrait, landscape, portrait, portrait]);
    no_pictures_and_the_font_embedded(&pdf);
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 4);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("{} / 4 ページ", i + 1)),
            "page {}",
            i + 1
        );
        assert!(
            page.contains("集計期間 2020年4月6日〜2021年5月16日"),
            "the period on page {}",
            i + 1
        );
        assert!(
            page.contains("出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3、2021年5月19日時点"),
            "the source with the table's date on page {}",
            i + 1
        );
    }
    // Page 2, the table: 計 and every prefecture, each line the CSV's record with its counts
    // grouped, in the CSV's order of columns (code, name, seven figures, phone).
    let csv = csv_records(&["--lang", "ja"]);
    assert_eq!(csv.len(), 49);
    let table: Vec<&str> = pages[1].lines().collect();
    for record in &csv[1..] {
        let line = table
            .iter()
            .find(|l| l.trim_start().starts_with(&format!("{} ", record[0])))
            .unwrap_or_else(|| panic!("no line for {}", record[0]));
        let cells: Vec<&str> = line.split_whitespace().collect();
        let mut expected: Vec<String> = vec![record[0].clone()];
        expected.push(if record[0] == "00" {
            "計（公表）".to_owned()
        } else {
            record[1].clone()
        });
        expected.extend(record[2..9].iter().map(|n| grouped(n)));
        expected.extend(record.get(9).filter(|p| !p.is_empty()).cloned());
        assert_eq!(cells, expected, "{line}");
    }
    // Page 1: the nation's seven figures; page 3: each bar's name and value on one line.
    assert!(pages[0].contains("全国の数値（計）"));
    for (name, total) in [("求職者数", "9,828"), ("就業者数", "3,995")] {
        assert!(
            pages[0]
                .lines()
                .any(|l| l.trim_start().starts_with(name) && l.trim_end().ends_with(total)),
            "{name} {total}"
        );
    }
    for record in &csv[2..] {
        let (name, seekers) = (&record[1], &record[2]);
        assert!(
            pages[2]
                .lines()
                .any(|l| l.contains(&format!("{name} ")) && l.contains(&grouped(seekers))),
            "the bar of {name}"
        );
    }
    // Page 4, without a selected prefecture: every nurse centre's phone.
    for record in &csv[2..] {
        assert!(pages[3].contains(&record[9]), "{}'s phone", record[1]);
    }
    no_japanese_under_8_pt(&pdf, 4);
    no_text_under_8_pt(&pdf, 4);
    no_words_overlap_or_leave_the_page(&pdf, 4);
}

/// Page 2 of a pack per 100,000 people: the table's title takes two lines, its last 4 pt
/// clear of the line under it; each of the seven change columns says it is of the counts.
fn per_100000_table_page(pdf: &Path) {
    // The table's title takes two lines; its last stands 4 pt clear of the line under it.
    let words = placed(pdf, 2);
    let title_foot = words.iter().find(|(w, _)| w == "derived)").unwrap().1[3];
    let next_line = words
        .iter()
        .map(|(_, [_, top, _, _])| *top)
        .filter(|top| *top > title_foot - 1.0)
        .fold(f64::INFINITY, f64::min);
    let gap = next_line - title_foot;
    assert!(gap >= 4.0, "{gap:.2} pt under the title");
    // Beside figures per 100,000 people each change column says it is of the counts.
    let counted = words.iter().filter(|(w, _)| w == "(count)").count();
    assert_eq!(counted, 7, "change (count) over the seven changes");
}

#[test]
fn an_english_pack_of_a_region_per_100000_people_compared_with_the_bundled_table() {
    let d = dir("pack-en");
    let table = write(&d, "later.csv", &made_up_csv());
    let later = d.join("later.ron");
    let out = import_to(&table, &later);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pdf = d.join("pack.pdf");
    let out = run(&[
        "--lang",
        "en",
        "export-pack",
        "--report",
        later.to_str().unwrap(),
        "--compare",
        &write(&d, "bundled.ron", super::BUNDLED_RON),
        "--per-capita",
        "--region",
        "Kanto",
        "--select",
        "13",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Saved"), "{}", text(&out.stderr));
    no_pictures_and_the_font_embedded(&pdf);
    no_text_under_8_pt(&pdf, 4);
    no_words_overlap_or_leave_the_page(&pdf, 4);
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 4);
    for (i, page) in pages.iter().take(3).enumerate() {
        assert!(page.contains(&format!("Page {} of 4", i + 1)));
        // The imported table named as the figures' source on every page, not the notice's;
        // the comparison's span and the census.
        for words in [
            "Filter: Kanto region",
            "Source: the imported table (later.csv)",
            "change 2021-05-19 → 2021-06-02 (derived)",
            "Population: Statistics Bureau of Japan, 2020 Census",
        ] {
            assert!(page.contains(words), "{words} on page {}: {page}", i + 1);
        }
    }
    // Page 1: Tokyo beside the nation, per 100,000 people (worked out here from the census),
    // and the sentence of what changed.
    let tokyo = census_copy::per_100k(840, "東京都");
    per_100000_table_page(&pdf);
    // Per 100,000 people the headline and the table say so in their titles.
    for (page, title) in [
        (0, "Tokyo and the nation (per 100,000 people, derived)"),
        (1, "(per 100,000 people, derived)"),
    ] {
        assert!(pages[page].contains(title), "{}", pages[page]);
    }
    assert!(
        pages[0]
            .lines()
            .any(|l| l.trim_start().starts_with("Job seekers") && l.contains(&tokyo)),
        "Tokyo's {tokyo}"
    );
    assert!(pages[0].contains("What changed since the earlier table (as of 2021-05-19)"));
    // The notes are the bundled table's: dated as such under the imported one.
    assert!(
        pages[0].contains("Note 1 (of the table as of 2021-05-19)"),
        "{}",
        pages[0]
    );
    assert!(
        pages[0].contains("(as of 2021-06-02)"),
        "the pack's title dated by the table shown"
    );
    assert!(pages[0].contains("Tokyo (+10)"), "{}", pages[0]);
    // Page 2: 計, the filtered sum and the seven prefectures of 関東 (no other), Tokyo's job
    // seekers per 100,000 people and their change.
    let table = &pages[1];
    assert!(table.contains("Total"));
    assert!(table.contains("Filtered sum"));
    for code in 8..=14 {
        assert!(
            table
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{code:02} "))),
            "{code}"
        );
    }
    assert!(!table.contains("Hokkaido"));
    let tokyo_line = table
        .lines()
        .find(|l| l.trim_start().starts_with("13 "))
        .unwrap();
    let cells: Vec<&str> = tokyo_line.split_whitespace().collect();
    assert_eq!(
        &cells[..4],
        ["13", "Tokyo", tokyo.as_str(), "+10"],
        "{tokyo_line}"
    );
    assert!(tokyo_line.trim_end().ends_with("03-5309-2065"));
    // Page 4: Tokyo's contact sheet.
    assert!(pages[3].contains("Page 4 of 4"));
    assert!(pages[3].contains("Tokyo"));
    assert!(pages[3].contains("03-5309-2065"));
}

/// How many pixels of page `page`, rendered at 36 dpi, have each colour (within 3 per channel).
fn pixels_of(pdf: &Path, page: usize, colours: &[[u8; 3]]) -> Vec<usize> {
    let page = page.to_string();
    let prefix = pdf.with_extension(format!("p{page}"));
    let out = Command::new("pdftoppm")
        .args(["-r", "36", "-png", "-singlefile", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm (poppler-utils)");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let image = image::open(prefix.with_extension(format!("p{page}.png")))
        .unwrap()
        .to_rgb8();
    colours
        .iter()
        .map(|c| {
            image
                .pixels()
                .filter(|p| p.0.iter().zip(c).all(|(a, b)| a.abs_diff(*b) <= 3))
                .count()
        })
        .collect()
}

#[test]
fn the_pack_draws_its_bars_tiles_and_stripes_as_the_window_colours_them() {
    let d = dir("pack-colours");
    let pdf = d.join("pack.pdf");
    let out = run(&[
        "--lang",
        "ja",
        "export-pack",
        "--select",
        "13",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The window's colours (ui::theme): the bars' blue, the selected one's vermilion, the
    // map's five classes, the table's stripes.
    let (bar, selected) = ([0x00, 0x72, 0xB2], [0xD5, 0x5E, 0x00]);
    let classes = [
        [0xFF, 0xFF, 0xCC],
        [0xA1, 0xDA, 0xB4],
        [0x41, 0xB6, 0xC4],
        [0x2C, 0x7F, 0xB8],
        [0x25, 0x34, 0x94],
    ];
    let map = pixels_of(&pdf, 1, &[&classes[..], &[selected]].concat());
    for (class, n) in classes.iter().zip(&map) {
        // A tile at 36 dpi is about 40 by 30 pixels; every class has several tiles.
        assert!(*n > 3_000, "class {class:?}: {n} pixels");
    }
    assert!(map[5] > 80, "東京's tile outlined: {} pixels", map[5]);
    let table = pixels_of(&pdf, 2, &[[0xF0, 0xF0, 0xF0]]);
    assert!(table[0] > 15_000, "every other row striped: {}", table[0]);
    let chart = pixels_of(&pdf, 3, &[bar, selected]);
    assert!(chart[0] > 5_000, "the bars: {} pixels", chart[0]);
    assert!(chart[1] > 300, "東京都's bar: {} pixels", chart[1]);
}
