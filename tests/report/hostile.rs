//! Files that fight back: a stray cell far away, a hidden sheet, two tables, a million bad rows,
//! no header at all. Each is refused by name in moments, or imported right with a note; none
//! allocates the rectangle around its cells.

use std::fmt::Write as _;

use staffing_dashboard::import::{self, MAX_SHOWN};
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::Metric;

use super::import::{base, dates, import_err, import_ok, made_up, printed, write_table};

/// A workbook with the table in "Sheet1" and a number written at each of `far` (row, column).
fn with_far_cells(far: &[(u32, u16)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    write_table(sheet, &made_up());
    for (row, column) in far {
        sheet.write_number(*row, *column, 1.0).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_stray_cell_at_the_sheets_last_cell_is_refused_by_name() {
    // The whole rectangle would be 17 billion cells; the file is a few kilobytes.
    let bytes = with_far_cells(&[(1_048_575, 16_383)]);
    assert!(bytes.len() < 20_000, "{}", bytes.len());
    assert_eq!(
        import_err("table.xlsx", &bytes),
        [
            "table.xlsx:Sheet1!XFD1048576: 表の外（この位置）に値があります。取り込むのは 10,000 行 × 256 列まで（47都道府県の表は60行ほど）です。表の外の値を消すか、表を新しいシートに写してください"
        ]
    );
    // Three corners: the first one met (row 1) is named.
    let lines = import_err(
        "table.xlsx",
        &with_far_cells(&[(0, 16_383), (1_048_575, 0)]),
    );
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("table.xlsx:Sheet1!XFD1: "),
        "{lines:?}"
    );
    // In English, with the limits as the user reads them.
    let en = import::import(
        "t.xlsx",
        &with_far_cells(&[(10_000, 0)]),
        &dates(),
        &base(),
        Lang::En,
    )
    .unwrap_err()
    .lines;
    assert_eq!(en.len(), 1);
    assert!(
        en[0].starts_with("t.xlsx:Sheet1!A10001: Something is written here, outside the table, and an import reads 10,000 rows × 256 columns at most"),
        "{en:?}"
    );
}

#[test]
fn a_cell_just_inside_the_limits_is_read_and_the_table_imports() {
    // IV10000 holds a note: inside the limits, under the table, not a prefecture's row.
    let imported = import_ok("table.xlsx", &with_far_cells(&[(9_999, 255)]));
    assert_eq!(imported.report.rows, made_up().rows);
    assert_eq!(imported.sheet.as_deref(), Some("Sheet1"));
}

#[test]
fn a_hidden_sheet_is_skipped_and_the_sheet_read_is_named() {
    let t = made_up();
    let mut old = t.clone();
    old.rows[0].figures.job_seekers += 1000;
    let mut book = rust_xlsxwriter::Workbook::new();
    let hidden = book.add_worksheet();
    hidden.set_name("古い表").unwrap();
    write_table(hidden, &old);
    hidden.set_hidden(true);
    let shown = book.add_worksheet();
    shown.set_name("5月").unwrap();
    write_table(shown, &t);
    shown.set_active(true);
    let imported = import_ok("table.xlsx", &book.save_to_buffer().unwrap());
    assert_eq!(
        imported.report.rows[0].figures.get(Metric::JobSeekers),
        t.rows[0].figures.job_seekers,
        "the visible sheet's 北海道, not the hidden one's"
    );
    assert_eq!(imported.sheet.as_deref(), Some("5月"));
    assert_eq!(
        imported.source("table.xlsx", Lang::Ja),
        "table.xlsx（シート「5月」）"
    );
    assert!(
        imported
            .warnings
            .contains(&"警告: table.xlsx: 非表示のシート「古い表」は読んでいません".to_owned()),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn two_visible_tables_the_first_is_read_and_the_other_named() {
    let t = made_up();
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in ["6月", "5月", "メモ"] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        if name == "メモ" {
            sheet.write_string(0, 0, "メモ").unwrap();
        } else {
            write_table(sheet, &t);
        }
    }
    let imported = import_ok("table.xlsx", &book.save_to_buffer().unwrap());
    assert_eq!(imported.sheet.as_deref(), Some("6月"));
    assert!(
        imported.warnings.contains(
            &"警告: table.xlsx: ほかのシート「5月」にも表があります。読んだのは最初の表のシートだけです"
                .to_owned()
        ),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn a_hundred_thousand_duplicate_rows_are_counted_not_listed() {
    let mut csv = printed(&made_up(), ",", |n| n.to_string());
    let row = csv.lines().nth(3).unwrap().to_owned();
    for _ in 0..9_000 {
        csv.push_str("\r\n");
        csv.push_str(&row);
    }
    // Exactly a hundred are all listed.
    let hundred: String = csv
        .lines()
        .take(3 + 47 + 2 + 100)
        .collect::<Vec<_>>()
        .join("\r\n");
    let lines = import_err("t.csv", hundred.as_bytes());
    assert_eq!(lines.len(), MAX_SHOWN, "{:?}", &lines[..3]);
    assert!(lines.iter().all(|l| !l.contains("ほかに")));
    let lines = import_err("t.csv", csv.as_bytes());
    assert_eq!(lines.len(), MAX_SHOWN + 1, "{:?}", &lines[..3]);
    assert!(
        lines[0].ends_with("北海道: この都道府県の行が2つあります"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[MAX_SHOWN],
        "t.csv: ほかに 8,900 件の誤りがあります（最初の 100 件だけを示しました）"
    );
}

#[test]
fn a_csv_of_more_rows_than_an_import_reads_is_refused_at_the_first_row_too_many() {
    // Blank lines and lines of nothing but commas do not count; the 10,001st row that holds
    // something is refused by its line.
    let mut csv = String::from(",,,\n\n");
    for i in 0..10_001 {
        writeln!(csv, "row {i},1").unwrap();
    }
    assert_eq!(
        import_err("t.csv", csv.as_bytes()),
        [
            "t.csv:10003:1: 表の外（この位置）に値があります。取り込むのは 10,000 行 × 256 列まで（47都道府県の表は60行ほど）です。表の外の値を消すか、表を新しいシートに写してください"
        ]
    );
    let wide = format!("{}x\n", ",".repeat(256));
    let lines = import_err("t.csv", wide.as_bytes());
    assert!(lines[0].starts_with("t.csv:1:257: "), "{lines:?}");
    // Trailing empty cells, however many, are no cells.
    let trailing = format!("a{}\n", ",".repeat(20_000));
    let lines = import_err("t.csv", trailing.as_bytes());
    assert!(
        lines[0].starts_with("t.csv: 見出しの行が見つかりません"),
        "{lines:?}"
    );
}

#[test]
fn the_header_row_is_looked_for_in_the_first_fifty_rows_only() {
    let table = printed(&made_up(), ",", |n| n.to_string());
    let titles = |n: usize| "note\r\n".repeat(n);
    // 47 notes, the title and a blank row above the header: it is the 49th row that holds
    // something (blank rows are not counted), still found.
    let near = format!("{}{table}", titles(47));
    assert_eq!(
        import_ok("t.csv", near.as_bytes()).report.rows,
        made_up().rows
    );
    let far = format!("{}{table}", titles(49));
    assert!(
        import_err("t.csv", far.as_bytes())[0].starts_with("t.csv: 見出しの行が見つかりません")
    );
}

#[test]
fn a_cancelled_import_stops_at_its_next_check() {
    let progress = import::Progress::default();
    progress.cancel();
    // A text file: stopped after its first 4,096 rows.
    let csv = "a,1\n".repeat(5_000);
    let e = import::import_with(
        "t.csv",
        csv.as_bytes(),
        (&dates(), &base()),
        Lang::Ja,
        &progress,
    )
    .unwrap_err();
    assert_eq!(e.lines, ["t.csv: 取り込みを取り消しました"]);
    // A spreadsheet: stopped after its first 4,096 cells.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for row in 0..100 {
        for column in 0..50 {
            sheet.write_number(row, column, 1.0).unwrap();
        }
    }
    let e = import::import_with(
        "t.xlsx",
        &book.save_to_buffer().unwrap(),
        (&dates(), &base()),
        Lang::En,
        &progress,
    )
    .unwrap_err();
    assert_eq!(e.lines, ["t.xlsx: The import was cancelled"]);
    // Not cancelled, the same file reads to its end (and has no header).
    let fresh = import::Progress::default();
    let e = import::import_with(
        "t.csv",
        csv.as_bytes(),
        (&dates(), &base()),
        Lang::Ja,
        &fresh,
    )
    .unwrap_err();
    assert!(e.lines[0].starts_with("t.csv: 見出しの行が見つかりません"));
    assert_eq!(fresh.items(), 4_096, "the last report, at the 4,096th row");
}
