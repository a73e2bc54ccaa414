//! Newer tables imported as a clerk has them: the same made-up table (a test fixture, not real
//! figures: the bundled table with made-up increments) as UTF-8 CSV, `Shift_JIS` CSV with
//! thousands separators, tab-separated text and .xlsx gives the same report; every cell error
//! is placed; export-csv of an import imports again to the same CSV.

use staffing_dashboard::import::{self, Dates, Imported};
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{self, Figures, Metric, Report};

/// MADE-UP TEST DATA: the bundled table with each figure raised by a small amount that depends
/// on the prefecture and the column (of-which parts stay within their parents), the total the
/// sum. Never shown or bundled.
pub(super) fn made_up() -> Report {
    let mut r = report::bundled().unwrap().report;
    for row in &mut r.rows {
        let c = u32::from(row.code.0);
        let f = &mut row.figures;
        f.job_seekers += c % 7 + 1;
        f.openings += c % 5 + 2;
        f.vaccination_openings += c % 2 + 1;
        f.referrals += c % 3;
        f.employed += c % 4 + 1;
        f.vaccination_employed += c % 2;
        f.vaccination_trained += c % 6;
    }
    r.total = r.summed().unwrap();
    r
}

pub(super) fn dates() -> Dates {
    Dates {
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        latest: "2026-12-06".to_owned(),
    }
}

pub(super) fn base() -> Report {
    report::bundled().unwrap().report
}

pub(super) fn import_ok(name: &str, bytes: &[u8]) -> Imported {
    match import::import(name, bytes, &dates(), &base(), Lang::Ja) {
        Ok(i) => i,
        Err(e) => panic!("{name}: {:#?}", e.lines),
    }
}

pub(super) fn import_err(name: &str, bytes: &[u8]) -> Vec<String> {
    match import::import(name, bytes, &dates(), &base(), Lang::Ja) {
        Ok(_) => panic!("{name} imported"),
        Err(e) => e.lines,
    }
}

/// The figures of a row in the order of `Metric::ALL`.
fn figures(f: &Figures) -> Vec<u32> {
    Metric::ALL.iter().map(|m| f.get(*m)).collect()
}

/// "9,828" for 9828.
fn grouped(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The made-up table as 別紙3 prints it (its headers, 計 last), each figure through `cell`,
/// `sep` apart, with a title row and a blank row above it and a note under it.
pub(super) fn printed(t: &Report, sep: &str, cell: impl Fn(u32) -> String) -> String {
    let header = [
        "都道府県",
        "求職者数",
        "求人数",
        "(うちワクチン 接種業務) 1",
        "紹介人数",
        "就業者数",
        "(うちワクチン 接種業務) 2",
        "ワクチン接種 業務対応研修 修了者数 3",
        "各都道府県ナース センターの連絡先",
    ];
    let mut lines = vec![
        "都道府県ナースセンターの新型コロナウイルス感染症対策における潜在看護職の復職支援状況 累計"
            .to_owned(),
        String::new(),
        header.join(sep),
    ];
    let row = |name: &str, f: &Figures, phone: &str| {
        let mut cells = vec![name.to_owned()];
        cells.extend(figures(f).into_iter().map(&cell));
        cells.push(phone.to_owned());
        cells.join(sep)
    };
    for r in &t.rows {
        lines.push(row(&r.name, &r.figures, &r.phone));
    }
    lines.push(row("計", &t.total, ""));
    lines.push("※1 21.4.12以降の新規求人のうち、ワクチン接種関連業務に係るものを集計".to_owned());
    lines.join("\r\n")
}

fn xlsx(t: &Report) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    write_table(sheet, t);
    book.save_to_buffer().unwrap()
}

/// The table `t` in `sheet`: a title in A1, the export's headers in row 3, 計 and the 47 rows
/// under them.
pub(super) fn write_table(sheet: &mut rust_xlsxwriter::Worksheet, t: &Report) {
    sheet
        .write_string(0, 0, "都道府県ナースセンターの…復職支援状況 累計")
        .unwrap();
    let header: Vec<String> = report::csv::header(Lang::Ja)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, u16::try_from(c).unwrap(), h).unwrap();
    }
    let mut write = |row: u32, code: &str, name: &str, f: &Figures, phone: &str| {
        sheet.write_string(row, 0, code).unwrap();
        sheet.write_string(row, 1, name).unwrap();
        for (i, v) in figures(f).into_iter().enumerate() {
            sheet
                .write_number(row, 2 + u16::try_from(i).unwrap(), f64::from(v))
                .unwrap();
        }
        if !phone.is_empty() {
            sheet.write_string(row, 9, phone).unwrap();
        }
    };
    write(3, "00", "計", &t.total, "");
    for (i, r) in t.rows.iter().enumerate() {
        write(
            4 + u32::try_from(i).unwrap(),
            &r.code.two_digits(),
            &r.name,
            &r.figures,
            &r.phone,
        );
    }
}

#[test]
fn the_same_table_from_every_format_gives_the_same_report() {
    let t = made_up();
    let utf8 = report::csv::report_csv(&t, Lang::Ja).unwrap();
    let from_csv = import_ok("table.csv", &utf8).report;
    assert_eq!(from_csv.rows, t.rows);
    assert_eq!(from_csv.total, t.total);
    assert_eq!(from_csv.meta.compiled.date, "2021-06-02");
    assert_eq!(from_csv.meta.period.to, "2021-05-30");
    assert_eq!(
        from_csv.meta.period.from, "2020-04-06",
        "the period's start is the base's"
    );
    assert_eq!(from_csv.contacts, base().contacts, "contacts from the base");
    // Our words for the new period and compilation, not the notice's about the old table.
    assert_eq!(from_csv.meta.period.text.origin(), report::Origin::Ours);
    assert!(from_csv.meta.period.text.ja().contains("2021年5月30日"));

    let sjis_text = printed(&t, ",", |n| format!("\"{}\"", grouped(n)));
    let (sjis, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&sjis_text);
    assert!(!unmappable);
    let tsv = printed(&t, "\t", |n| n.to_string());
    let fullwidth = printed(&t, "\t", |n| {
        n.to_string()
            .chars()
            .map(|c| char::from_u32(u32::from(c) - u32::from('0') + u32::from('０')).unwrap())
            .collect()
    });
    for (name, bytes) in [
        ("table_sjis.csv", sjis.into_owned()),
        ("table.tsv", tsv.into_bytes()),
        ("table.txt", fullwidth.into_bytes()),
        ("table.xlsx", xlsx(&t)),
    ] {
        let r = import_ok(name, &bytes).report;
        assert_eq!(r.rows, from_csv.rows, "{name}");
        assert_eq!(r.total, from_csv.total, "{name}");
        assert_eq!(r.meta.period, from_csv.meta.period, "{name}");
    }
}

#[test]
fn export_csv_of_an_import_imports_again_byte_for_byte_and_check_accepts_it() {
    for lang in Lang::ALL {
        let first = report::csv::report_csv(&made_up(), lang).unwrap();
        let imported = import_ok("table.csv", &first).report;
        let again = report::csv::report_csv(&imported, lang).unwrap();
        assert_eq!(again, first, "{lang:?}");
        let ron = import::to_ron(&import_ok("table.csv", &first)).unwrap();
        assert!(
            ron.contains("Table("),
            "a table file, not 470 lines of copied contacts"
        );
        assert!(
            ron.lines().count() < 500 && !ron.contains("contacts"),
            "{} lines",
            ron.lines().count()
        );
        let loaded = report::load_str(&ron).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(loaded.report, imported);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }
}

#[test]
fn every_cell_error_is_placed_with_its_prefecture_and_column_all_at_once() {
    let t = made_up();
    let mut csv = String::from_utf8(report::csv::report_csv(&t, Lang::Ja).unwrap()).unwrap();
    // Line 1 the header, 2 計, 3 北海道 (01), ... line 15 東京都 (13).
    let lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    let edit = |line: usize, col: usize, value: &str| {
        let mut cells: Vec<String> = lines[line - 1].split(',').map(str::to_owned).collect();
        cells[col - 1] = value.to_owned();
        cells.join(",")
    };
    let mut changed = lines.clone();
    changed[2] = edit(3, 3, ""); // 北海道 job seekers empty
    changed[3] = edit(4, 4, "多数"); // 青森県 openings text
    changed[4] = edit(5, 5, "-3"); // 岩手県 vaccination openings negative
    changed[5] = edit(6, 6, "2.5"); // 宮城県 referrals fraction
    changed[15] = edit(16, 1, "13").replace("神奈川県", "東京都"); // a second 東京都
    changed[16] = edit(17, 2, "東京府"); // 新潟県's row names no prefecture
    changed.remove(1); // no 計
    csv = changed.join("\r\n");
    let errors = import_err("table.csv", csv.as_bytes());
    let expect = [
        "table.csv:2:3: 北海道、求職者数: 空欄です",
        "table.csv:3:4: 青森県、求人数: 「多数」は数字ではありません",
        "table.csv:4:5: 岩手県、求人数(うちワクチン接種業務): 負の数「-3」",
        "table.csv:5:6: 宮城県、紹介人数: 「2.5」は整数ではありません",
        "table.csv:15:1: 東京都: この都道府県の行が2つあります",
        "table.csv:16:2: 「東京府」はどの都道府県でもありません",
        "table.csv: 計の行がありません",
        "table.csv: 神奈川県: この都道府県の行がありません",
        "table.csv: 新潟県: この都道府県の行がありません",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|l| l.starts_with(e)),
            "{e}\nnot in {errors:#?}"
        );
    }
}

#[test]
fn a_spreadsheet_error_names_its_sheet_and_cell() {
    let t = made_up();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("5月").unwrap();
    let header = report::csv::header(Lang::En);
    for (c, h) in header.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap(), *h)
            .unwrap();
    }
    for (i, r) in std::iter::once(("00", "Total", &t.total))
        .chain(t.rows.iter().map(|r| ("", r.name.as_str(), &r.figures)))
        .enumerate()
    {
        let row = 1 + u32::try_from(i).unwrap();
        sheet.write_string(row, 0, r.0).unwrap();
        sheet.write_string(row, 1, r.1).unwrap();
        for (j, v) in figures(r.2).into_iter().enumerate() {
            if row == 12 && j == 1 {
                sheet.write_number(row, 3, -2.0).unwrap(); // 埼玉県's openings, D13
            } else {
                sheet
                    .write_number(row, 2 + u16::try_from(j).unwrap(), f64::from(v))
                    .unwrap();
            }
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let errors = import_err("table.xlsx", &bytes);
    assert!(
        errors
            .iter()
            .any(|l| l.starts_with("table.xlsx:5月!D13: 埼玉県、求人数: 負の数「-2」")),
        "{errors:#?}"
    );
    // No phone column: the base's phones, and the import says so (with the error, all at once).
    assert!(
        errors
            .iter()
            .any(|l| l.contains("電話番号は元のレポートのもの")),
        "{errors:#?}"
    );
}

#[test]
fn a_shift_jis_file_that_is_neither_and_a_file_with_no_header_are_refused() {
    let errors = import_err("t.csv", b"\xFF\xFE\x80\x81");
    assert!(
        errors[0].contains("UTF-8 でも Shift_JIS でもありません"),
        "{errors:?}"
    );
    let errors = import_err("t.csv", "a,b\n1,2\n".as_bytes());
    assert!(
        errors[0].contains("見出しの行が見つかりません"),
        "{errors:?}"
    );
    let errors = import_err("t.pdf", b"%PDF");
    assert!(
        errors[0].contains("表のファイルではありません"),
        "{errors:?}"
    );
}

#[test]
fn bad_dates_are_said_in_the_users_words() {
    let utf8 = report::csv::report_csv(&made_up(), Lang::En).unwrap();
    let bad = Dates {
        compiled: "2021/06/02".to_owned(),
        period_end: "2021-06-05".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    let Err(e) = import::import("t.csv", &utf8, &bad, &base(), Lang::En) else {
        panic!("imported");
    };
    assert!(
        e.lines
            .iter()
            .any(|l| l.contains("--compiled \"2021/06/02\" is not a date")),
        "{:?}",
        e.lines
    );
    // A date that has not come yet (today fixed at 2026-12-06); today itself is a date.
    let future = Dates {
        compiled: "2026-12-07".to_owned(),
        period_end: "2021-05-30".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    assert_eq!(
        future.problems(&base(), Lang::En),
        ["The compiled date 2026-12-07 has not come yet: give the date the table stands at"]
    );
    let Err(e) = import::import("t.csv", &utf8, &future, &base(), Lang::Ja) else {
        panic!("imported");
    };
    assert_eq!(
        e.lines,
        ["集計時点 2026年12月7日 はまだ来ていない日付です。表の集計時点を入れてください"]
    );
    let today = Dates {
        compiled: "2026-12-06".to_owned(),
        ..future
    };
    assert_eq!(today.problems(&base(), Lang::En), Vec::<String>::new());
    let late = Dates {
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-06-05".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    let Err(e) = import::import("t.csv", &utf8, &late, &base(), Lang::En) else {
        panic!("imported");
    };
    assert!(
        e.lines
            .iter()
            .any(|l| l.contains("after the compiled date")),
        "{:?}",
        e.lines
    );
}

#[test]
fn a_table_file_takes_the_notice_from_the_bundled_report_and_places_its_errors() {
    let first = report::csv::report_csv(&made_up(), Lang::Ja).unwrap();
    let ron = import::to_ron(&import_ok("table.csv", &first)).unwrap();
    let loaded = report::load_str(&ron).unwrap().report;
    assert_eq!(loaded.contacts, base().contacts);
    assert_eq!(loaded.meta.compiled.date, "2021-06-02");
    // Its source is the imported table, not the notice (which gives the contacts and steps).
    let source = staffing_dashboard::dashboard::source::source_line(&loaded, Lang::Ja);
    assert_eq!(
        source,
        "出典: 取り込んだ表（table.csv）、連絡先・手順は厚生労働省 事務連絡(2021年5月26日)"
    );
    let bundled = staffing_dashboard::dashboard::source::source_line(&base(), Lang::Ja);
    assert_eq!(bundled, "出典: 厚生労働省 事務連絡(2021年5月26日) 別紙3");
    // A figure made negative by hand: the place, the prefecture and the field, as for any report.
    let broken = ron.replacen("job_seekers: 4", "job_seekers: -4", 1);
    let errors = report::load_str(&broken).unwrap_err();
    let line = broken
        .lines()
        .position(|l| l.contains("job_seekers: -4"))
        .unwrap()
        + 1;
    assert_eq!(errors[0].pos.map(|p| p.line), Some(line), "{errors:?}");
    // A table of a notice we do not have.
    let other = ron.replace("notice: \"2021-05-26\"", "notice: \"2022-01-01\"");
    let errors = report::load_str(&other).unwrap_err();
    assert_eq!(
        errors[0].problem,
        report::Problem::UnknownNotice("2022-01-01".into())
    );
}

/// A phone column with one prefecture's cell empty: that prefecture gets the base report's
/// phone, and the import says so for it alone (not that the table has no phone column).
#[test]
fn an_empty_phone_is_said_for_its_prefecture_not_as_a_missing_column() {
    let mut t = made_up();
    let saitama = t.rows.iter_mut().find(|r| r.name == "埼玉県").unwrap();
    saitama.phone = String::new();
    let imported = import_ok("table.csv", printed(&t, ",", |n| n.to_string()).as_bytes());
    assert_eq!(
        imported.warnings,
        [
            "警告: table.csv: 埼玉県: 電話番号が空欄なので、元のレポートの電話番号 048-620-7337 を使います"
        ]
    );
    let row = imported
        .report
        .rows
        .iter()
        .find(|r| r.name == "埼玉県")
        .unwrap();
    assert_eq!(row.phone, "048-620-7337");
}
