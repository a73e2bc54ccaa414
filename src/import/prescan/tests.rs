#![expect(clippy::arithmetic_side_effects, reason = "test fixtures' sizes")]

use std::io::Write as _;

use super::*;

/// A zip archive of `parts`, deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// An .ods's `content.xml` with `sheet` inside its spreadsheet body.
fn content(sheet: &str) -> Vec<u8> {
    let head = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content "#,
        r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
        r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
        r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">"#,
        r#"<office:body><office:spreadsheet>"#,
    );
    let tail = "</office:spreadsheet></office:body></office:document-content>";
    format!("{head}{sheet}{tail}").into_bytes()
}

fn sheet_place(sheet: &str, row: u32, column: u32) -> Problem {
    Problem::Beyond(Place::Sheet {
        sheet: sheet.to_owned(),
        row,
        column,
    })
}

#[test]
fn a_part_that_inflates_past_the_limit_is_refused_by_its_name() {
    // 64 MiB and one byte of zeros deflate to about 64 KB.
    let limit = usize::try_from(MAX_UNPACKED_BYTES).unwrap();
    let bomb = vec![b'0'; limit + 1];
    let bytes = zip_of(&[
        ("xl/workbook.xml", b"<w/>"),
        ("xl/sharedStrings.xml", &bomb),
    ]);
    assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
    assert_eq!(
        check(&bytes, &Progress::default()),
        Err(Problem::Unpacked {
            part: "xl/sharedStrings.xml".into(),
            limit: MAX_UNPACKED_BYTES,
        })
    );
    assert_eq!(
        check(&bytes, &Progress::default())
            .unwrap_err()
            .message(crate::lang::Lang::Ja),
        "展開すると 64 MB を超えます（「xl/sharedStrings.xml」で）。47都道府県の表ならずっと小さいはずです。必要なシートだけを新しいファイルに保存し直してください"
    );
    // All the parts count together: two halves and four bytes more pass the limit at the last.
    let half = vec![b'0'; limit / 2];
    let bytes = zip_of(&[("a.xml", &half), ("b.xml", &half), ("c.xml", b"four")]);
    assert_eq!(
        check(&bytes, &Progress::default()),
        Err(Problem::Unpacked {
            part: "c.xml".into(),
            limit: MAX_UNPACKED_BYTES,
        })
    );
    // Exactly the limit is read.
    let bytes = zip_of(&[("a.xml", &half), ("b.xml", &half)]);
    assert_eq!(check(&bytes, &Progress::default()), Ok(()));
}

#[test]
fn an_ods_row_repeated_a_million_times_is_refused_at_its_last_row() {
    let repeated = content(concat!(
        r#"<table:table table:name="表1"><table:table-row table:number-rows-repeated="1000000">"#,
        r#"<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>"#,
        r#"</table:table-row></table:table>"#,
    ));
    let bytes = zip_of(&[("content.xml", &repeated)]);
    assert_eq!(
        check(&bytes, &Progress::default()),
        Err(sheet_place("表1", 999_999, 0))
    );
    assert_eq!(
        crate::import::error::Finding::new(sheet_place("表1", 999_999, 0))
            .at(Place::Sheet {
                sheet: "表1".into(),
                row: 999_999,
                column: 0
            })
            .render("t.ods", crate::lang::Lang::En)
            .split(": ")
            .next(),
        Some("t.ods:表1!A1000000")
    );
}

#[test]
fn an_ods_cell_far_to_the_right_is_refused_by_its_column() {
    // 300 empty columns, then text: column 301 (KO).
    let wide = content(concat!(
        r#"<table:table table:name="S&amp;1"><table:table-row>"#,
        r#"<table:table-cell table:number-columns-repeated="300"/><table:table-cell><text:p>x</text:p>"#,
        r#"</table:table-cell></table:table-row></table:table>"#,
    ));
    assert_eq!(
        check(&zip_of(&[("content.xml", &wide)]), &Progress::default()),
        Err(sheet_place("S&1", 0, 300))
    );
}

#[test]
fn an_ods_counts_rows_one_element_after_another_and_only_cells_that_hold_something() {
    // 10,000 rows of one empty cell, then a number: row 10,001, refused.
    let rows = content(concat!(
        r#"<table:table table:name="S"><table:table-row table:number-rows-repeated="9999"><table:table-cell/>"#,
        r#"</table:table-row><table:table-row><table:table-cell/></table:table-row><table:table-row>"#,
        r#"<table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>"#,
    ));
    assert_eq!(
        check(&zip_of(&[("content.xml", &rows)]), &Progress::default()),
        Err(sheet_place("S", 10_000, 0))
    );
    // Far to the right: a cell of spaces holds nothing; one of an entity holds a character.
    let spaces = content(concat!(
        r#"<table:table table:name="S"><table:table-row><table:table-cell table:number-columns-repeated="300"/>"#,
        r#"<table:table-cell><text:p>   </text:p></table:table-cell></table:table-row></table:table>"#,
    ));
    assert_eq!(
        check(&zip_of(&[("content.xml", &spaces)]), &Progress::default()),
        Ok(())
    );
    let entity = content(concat!(
        r#"<table:table table:name="S"><table:table-row><table:table-cell table:number-columns-repeated="300"/>"#,
        r#"<table:table-cell><text:p>&amp;</text:p></table:table-cell></table:table-row></table:table>"#,
    ));
    assert_eq!(
        check(&zip_of(&[("content.xml", &entity)]), &Progress::default()),
        Err(sheet_place("S", 0, 300))
    );
}

#[test]
fn an_ods_as_libreoffice_writes_it_passes() {
    // A used table at the top, then LibreOffice's trailing empty rows and columns, repeated to
    // the sheet's end: nothing beyond the limits holds anything.
    let table = content(concat!(
        r#"<table:table table:name="Sheet1"><table:table-row><table:table-cell office:value-type="string">"#,
        r#"<text:p>都道府県</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/>"#,
        r#"</table:table-row><table:table-row table:number-rows-repeated="9998">"#,
        r#"<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>"#,
        r#"</table:table-row><table:table-row table:number-rows-repeated="1048000">"#,
        r#"<table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#,
    ));
    assert_eq!(
        check(&zip_of(&[("content.xml", &table)]), &Progress::default()),
        Ok(())
    );
    // The 10,000th row is the last one read; the next is refused.
    let table = content(concat!(
        r#"<table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="10001">"#,
        r#"<table:table-cell office:value-type="float" office:value="3"/></table:table-row></table:table>"#,
    ));
    assert_eq!(
        check(&zip_of(&[("content.xml", &table)]), &Progress::default()),
        Err(sheet_place("Sheet1", 10_000, 0))
    );
}

/// A BIFF record.
fn record(kind: u16, data: &[u8]) -> Vec<u8> {
    let mut r = kind.to_le_bytes().to_vec();
    r.extend(u16::try_from(data.len()).unwrap().to_le_bytes());
    r.extend(data);
    r
}

/// A NUMBER record at `row`, `column`.
fn number(row: u16, column: u16) -> Vec<u8> {
    let mut d = row.to_le_bytes().to_vec();
    d.extend(column.to_le_bytes());
    d.extend([0, 0]); // the format
    d.extend(1.0_f64.to_le_bytes());
    record(0x0203, &d)
}

/// An .xls: a compound file whose workbook stream holds one sheet, `name`, with `cells`.
fn xls(name: &str, cells: &[Vec<u8>]) -> Vec<u8> {
    let bof = record(BOF, &[0; 16]);
    let eof = record(0x000A, &[]);
    let boundsheet = |pos: u32| {
        let mut d = pos.to_le_bytes().to_vec();
        d.extend([0, 0, u8::try_from(name.len()).unwrap(), 0]);
        d.extend(name.as_bytes());
        record(BOUNDSHEET, &d)
    };
    let globals_len = bof.len() + boundsheet(0).len() + eof.len();
    let mut stream = bof.clone();
    stream.extend(boundsheet(u32::try_from(globals_len).unwrap()));
    stream.extend(&eof);
    stream.extend(&bof);
    for c in cells {
        stream.extend(c);
    }
    stream.extend(&eof);
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    file.create_stream("/Workbook")
        .unwrap()
        .write_all(&stream)
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

#[test]
fn an_xls_cell_beyond_the_limits_is_refused_with_its_sheet() {
    let far = xls("Data", &[number(0, 0), number(65_535, 255)]);
    assert_eq!(
        check(&far, &Progress::default()),
        Err(sheet_place("Data", 65_535, 255))
    );
    // MULRK: numbers in a row, the last one's column at the record's end.
    let mut mulrk = 3_u16.to_le_bytes().to_vec();
    mulrk.extend(250_u16.to_le_bytes());
    mulrk.extend([0; 6 * 7]);
    mulrk.extend(256_u16.to_le_bytes());
    let wide = xls("Data", &[number(0, 0), record(MULRK, &mulrk)]);
    assert_eq!(
        check(&wide, &Progress::default()),
        Err(sheet_place("Data", 3, 256))
    );
    let within = xls("Data", &[number(0, 0), number(9_999, 255)]);
    assert_eq!(check(&within, &Progress::default()), Ok(()));
    // A record that is no cell (ROW: a row's formatting, which Excel writes to the last row
    // formatted) is not a value far away.
    let mut row = 65_535_u16.to_le_bytes().to_vec();
    row.extend([0; 12]);
    let formatted = xls("Data", &[number(0, 0), record(0x0208, &row)]);
    assert_eq!(check(&formatted, &Progress::default()), Ok(()));
}

#[test]
fn damaged_containers_are_unreadable_not_a_crash() {
    let mut zip = zip_of(&[("content.xml", b"<x/>")]);
    zip.truncate(zip.len() / 2);
    assert!(matches!(
        check(&zip, &Progress::default()),
        Err(Problem::Unreadable { .. })
    ));
    let mut xls = xls("S", &[number(0, 0)]);
    xls.truncate(600);
    assert!(matches!(
        check(&xls, &Progress::default()),
        Err(Problem::Unreadable { .. })
    ));
    assert_eq!(
        check(b"not a spreadsheet at all", &Progress::default()),
        Ok(()),
        "left to calamine"
    );
}
