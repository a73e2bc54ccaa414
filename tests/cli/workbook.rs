//! `export-xlsx`: the workbook read back by calamine, its table's data block equal to
//! `export-csv`'s cell for cell (the header, 計 and the 47 rows; per 100,000 people the shown
//! one-decimal value), its sheets named in the language asked for.

#![expect(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "a test helper: a short table, indices checked by the assertions"
)]

use std::path::Path;

use calamine::{Data, Reader as _};

use super::{BUNDLED_RON, dir, import_to, made_up_csv, run, text, write};

/// The sheets of a workbook: each sheet's name and its cells as text (a number written as the
/// CSV writes it: whole, or to one decimal where `decimals` says so).
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = calamine::open_workbook_auto(path).expect("an .xlsx calamine reads");
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("a sheet");
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

/// A cell as the CSV writes it: text as is, a number whole or with its one decimal.
fn as_csv(cell: &Data, one_decimal: bool) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if one_decimal => format!("{f:.1}"),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}

/// Exports the CSV and the workbook with the same arguments; checks the table's block cell for
/// cell and returns the sheets.
fn same_as_csv(d: &Path, name: &str, args: &[&str]) -> Vec<(String, Vec<Vec<Data>>)> {
    let out = run(&[&["export-csv"], args].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv_text = text(&out.stdout);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let csv: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let path = d.join(name);
    let out = run(&[&["export-xlsx"], args, &["-o", path.to_str().unwrap()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let sheets = sheets(&path);
    let (_, table) = &sheets[0];
    let at = table
        .iter()
        .position(|row| row.first().is_some_and(|c| as_csv(c, false) == csv[0][0]))
        .expect("the header row");
    assert_eq!(csv.len(), 49, "the header, 計 and 47 rows");
    for (i, record) in csv.iter().enumerate() {
        let row = &table[at + i];
        for (j, cell) in record.iter().enumerate() {
            let got = row
                .get(j)
                .map_or_else(String::new, |c| as_csv(c, cell.contains('.')));
            assert_eq!(&got, cell, "{name}: row {i}, column {j} ({})", csv[0][j]);
        }
        // Nothing after the CSV's last column but the window's derived columns (none here).
        assert!(
            row.iter().skip(record.len()).all(|c| *c == Data::Empty),
            "{name}: row {i}"
        );
    }
    sheets
}

#[test]
fn export_xlsx_holds_export_csvs_cells_with_and_without_a_comparison_and_per_100000_people() {
    let d = dir("xlsx");
    // MADE-UP TEST DATA: a later table (東京都 840 job seekers instead of 830).
    let table = write(&d, "later.csv", &made_up_csv());
    let later = d.join("later.ron");
    let out = import_to(&table, &later);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let bundled = write(&d, "2021-05-19.ron", BUNDLED_RON);
    let later = later.to_str().unwrap();
    let cases: [(&str, Vec<&str>); 4] = [
        ("plain_ja.xlsx", vec!["--lang", "ja"]),
        ("plain_en.xlsx", vec!["--lang", "en"]),
        ("per_capita_ja.xlsx", vec!["--lang", "ja", "--per-capita"]),
        (
            "both_en.xlsx",
            vec![
                "--lang",
                "en",
                "--per-capita",
                "--report",
                later,
                "--compare",
                &bundled,
            ],
        ),
    ];
    for (name, args) in &cases {
        let sheets = same_as_csv(&d, name, args);
        let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
        let lines: Vec<String> = sheets[0]
            .1
            .iter()
            .filter_map(|r| r.first().map(|c| as_csv(c, false)))
            .collect();
        if args.contains(&"ja") {
            assert_eq!(names, ["表", "連絡先", "対応の手順"]);
            assert!(lines[0].ends_with("（2021年5月19日時点）"), "{}", lines[0]);
            assert!(
                lines
                    .iter()
                    .any(|l| l.starts_with("出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3")),
                "{lines:?}"
            );
        } else {
            assert_eq!(names, ["Table", "Contacts", "Steps"]);
        }
    }
    // The comparison's lines say which tables, and per 100,000 people the census.
    let both = sheets(&d.join("both_en.xlsx"));
    let text_of = |rows: &[Vec<Data>]| -> String {
        rows.iter()
            .flat_map(|r| r.iter().map(|c| as_csv(c, false)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let table = text_of(&both[0].1);
    assert!(table.contains("(as of 2021-06-02)"), "{table}");
    assert!(table.contains("2021-05-19 → 2021-06-02"), "{table}");
    // An imported table: its figures named by their file, the notes dated as the bundled table's.
    assert!(
        table.contains("Source: the imported table (later.csv)"),
        "{table}"
    );
    assert!(
        table.contains("Note 1 (of the table as of 2021-05-19): "),
        "{table}"
    );
    assert!(
        table.contains("Population: Statistics Bureau of Japan, 2020 Census"),
        "{table}"
    );
    // The contacts: each prefecture's nurse centre with its phone as text; the steps in order.
    let contacts = text_of(&both[1].1);
    assert!(contacts.contains("03-5309-2065"), "{contacts}");
    assert!(
        contacts.contains("03-3548-8601"),
        "リクオプサービスセンター: {contacts}"
    );
    let steps = &both[2].1;
    let numbers: Vec<String> = steps
        .iter()
        .filter_map(|r| r.first().map(|c| as_csv(c, false)))
        .filter(|c| c.len() == 1)
        .collect();
    assert_eq!(numbers[..5], ["1", "2", "3", "4", "5"], "{numbers:?}");
}

/// A part of an .xlsx (a zip of XML files) as text.
fn part(xlsx: &Path, name: &str) -> String {
    let file = std::fs::File::open(xlsx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
    text
}

/// The `n`th (from 0) element `<tag …>…</tag>` or `<tag …/>` inside `<list …>…</list>`.
fn nth_in<'a>(xml: &'a str, list: &str, tag: &str, n: usize) -> &'a str {
    let inner = xml
        .split(&format!("<{list}"))
        .nth(1)
        .and_then(|rest| rest.split(&format!("</{list}>")).next())
        .unwrap();
    inner.split(&format!("<{tag}")).nth(n + 1).unwrap()
}

/// The font element of cell `cell`'s style in sheet 1.
fn font_of(xlsx: &Path, cell: &str) -> String {
    let sheet = part(xlsx, "xl/worksheets/sheet1.xml");
    let styles = part(xlsx, "xl/styles.xml");
    let at = sheet.find(&format!("<c r=\"{cell}\"")).unwrap();
    let attr = |xml: &str, name: &str| -> usize {
        let from = xml.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        xml[from..].split('"').next().unwrap().parse().unwrap()
    };
    let cell_tag = sheet[at..].split('>').next().unwrap();
    let xf = nth_in(&styles, "cellXfs", "xf", attr(cell_tag, "s"));
    let font = nth_in(
        &styles,
        "fonts",
        "font",
        attr(xf.split('>').next().unwrap(), "fontId"),
    );
    font.split("</font>").next().unwrap().to_owned()
}

#[test]
fn the_workbook_freezes_and_repeats_its_header_and_names_its_table_and_page_on_every_page() {
    let d = dir("xlsx-setup");
    let path = d.join("book.xlsx");
    let out = run(&[
        "--lang",
        "ja",
        "export-xlsx",
        "--per-capita",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The header row (row 3, under the title and a blank line): frozen with the code and the
    // name beside it, and repeated at the top of every printed page.
    let table = &sheets(&path)[0].1;
    assert_eq!(as_csv(&table[2][0], false), "都道府県コード");
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<pane xSplit=\"2\" ySplit=\"3\" topLeftCell=\"C4\"")
            && sheet.contains("state=\"frozen\""),
        "{sheet}"
    );
    let book = part(&path, "xl/workbook.xml");
    assert!(
        book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">表!$3:$3<"),
        "{book}"
    );
    // A4 landscape; the table's title and date at the top of every page, its number at the
    // foot.
    assert!(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""));
    assert!(
        sheet.contains(
            "<oddHeader>&amp;L潜在看護職の復職支援状況 累計（都道府県ナースセンター）&amp;R2021年5月19日</oddHeader>"
        ),
        "{sheet}"
    );
    assert!(
        sheet.contains("<oddFooter>&amp;C&amp;P / &amp;N ページ</oddFooter>"),
        "{sheet}"
    );
    // A figure per 100,000 people (column L): its header in italics with its formula in the
    // header's comment; the source's figure (C) upright; figures in BIZ UDGothic.
    let comments = part(&path, "xl/comments1.xml");
    let l3 = comments.split("<comment ref=\"L3\"").nth(1).unwrap();
    let l3 = l3.split("</comment>").next().unwrap();
    assert!(
        l3.contains("計算値: 求職者数 ÷ 人口（令和2年国勢調査）× 100,000"),
        "{l3}"
    );
    assert_eq!(as_csv(&table[2][11], false), "求職者数(人口10万人当たり)");
    assert!(font_of(&path, "L3").contains("<i/>"));
    assert!(!font_of(&path, "C3").contains("<i/>"));
    for (cell, font) in [
        ("C5", "BIZ UDGothic"),
        ("B5", "BIZ UDPGothic"),
        ("L5", "BIZ UDGothic"),
    ] {
        assert!(
            font_of(&path, cell).contains(&format!("<name val=\"{font}\"/>")),
            "{cell}: {}",
            font_of(&path, cell)
        );
    }
    assert!(
        font_of(&path, "L5").contains("<i/>"),
        "a derived figure in italics"
    );
}
