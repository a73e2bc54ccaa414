//! What a spreadsheet would cost before calamine reads it. calamine unpacks a workbook's parts
//! (a few kilobytes can inflate to gigabytes) and reads an .ods or .xls sheet whole, as the
//! rectangle from its first used cell to its last (one stray cell at `XFD1048576` asks for half
//! a terabyte). Here each part is unpacked into nothing and counted, and the used cells of an
//! .ods or .xls are found by streaming through them, so that such a file is refused by the part
//! or the cell that makes it too large, in kilobytes of memory.

use std::io::{Cursor, Read as _};

use quick_xml::events::{BytesStart, Event};

use crate::import::error::Problem;
use crate::import::progress::{EVERY, Progress};
use crate::import::sheet::{MAX_COLUMNS, MAX_ROWS, Place};

/// At most this many bytes, all a workbook's parts unpacked (a table of 47 rows takes a few
/// hundred kilobytes, with its styles).
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// The first bytes of a zip archive (.xlsx, .xlsm, .xlsb, .ods).
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The first bytes of a compound file (.xls).
const CFB_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

fn unreadable(e: &dyn std::fmt::Display) -> Problem {
    Problem::Unreadable {
        line: None,
        message: e.to_string(),
    }
}

/// Checks what calamine would read of `bytes`: every part unpacked within
/// [`MAX_UNPACKED_BYTES`], and an .ods's or .xls's used cells within [`MAX_ROWS`] rows and
/// [`MAX_COLUMNS`] columns. An .xlsx's cells are checked as they are read, one at a time.
/// `progress` stops the check when cancelled.
pub fn check(bytes: &[u8], progress: &Progress) -> Result<(), Problem> {
    if bytes.starts_with(ZIP_MAGIC) {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
        unpacked(&mut zip, progress)?;
        if zip.index_for_name("content.xml").is_some() {
            let content = zip.by_name("content.xml").map_err(|e| unreadable(&e))?;
            ods_extent(std::io::BufReader::new(content), progress)?;
        }
    } else if bytes.starts_with(CFB_MAGIC) {
        xls_extent(bytes, progress)?;
    }
    Ok(())
}

/// Unpacks every part into nothing, counting; an error names the part that passes the limit.
fn unpacked(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, progress: &Progress) -> Result<(), Problem> {
    let mut left = MAX_UNPACKED_BYTES;
    for i in 0..zip.len() {
        progress.reached(0, 0)?;
        let mut part = zip.by_index(i).map_err(|e| unreadable(&e))?;
        let name = part
            .name()
            .map_or_else(|_| String::new(), std::borrow::Cow::into_owned);
        // One byte more than is left tells a part that passes the limit from one that meets it.
        let n = std::io::copy(
            &mut (&mut part).take(left.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(|e| unreadable(&e))?;
        if n > left {
            return Err(Problem::Unpacked {
                part: name,
                limit: MAX_UNPACKED_BYTES,
            });
        }
        left = left.saturating_sub(n);
    }
    Ok(())
}

/// The first used cell beyond the limits, as an error that names it.
fn beyond(sheet: &str, row: u64, column: u64) -> Result<(), Problem> {
    if row < u64::from(MAX_ROWS) && column < u64::from(MAX_COLUMNS) {
        return Ok(());
    }
    Err(Problem::Beyond(Place::Sheet {
        sheet: sheet.to_owned(),
        row: u32::try_from(row).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }))
}

/// An attribute's number (a repeat count), 1 when it is not there.
fn repeats(e: &BytesStart<'_>, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

/// Streams through an .ods's `content.xml` as calamine reads it (a row is a `table:table-row`
/// element, repeated `table:number-rows-repeated` times; a cell likewise across columns) and
/// refuses the first used cell (a value, a formula or text) beyond the limits.
fn ods_extent(content: impl std::io::BufRead, progress: &Progress) -> Result<(), Problem> {
    let mut xml = quick_xml::Reader::from_reader(content);
    xml.config_mut().expand_empty_elements = true;
    let mut buf = Vec::new();
    let (mut sheet, mut row, mut column) = (String::new(), 0_u64, 0_u64);
    let (mut row_repeats, mut cell_repeats) = (1_u64, 1_u64);
    // Whether the cell open now holds anything.
    let mut used = false;
    for events in 1_u64.. {
        if events.is_multiple_of(EVERY) {
            progress.reached(0, 0)?;
        }
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|e| unreadable(&e))? {
            Event::Start(e) => match e.name().as_ref() {
                "table:table" => {
                    sheet = e
                        .try_get_attribute("table:name")
                        .ok()
                        .flatten()
                        .map(|a| {
                            quick_xml::escape::unescape(&a.value)
                                .map_or_else(|_| a.value.to_string(), std::borrow::Cow::into_owned)
                        })
                        .unwrap_or_default();
                    row = 0;
                }
                "table:table-row" => {
                    row_repeats = repeats(&e, "table:number-rows-repeated");
                    column = 0;
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    cell_repeats = repeats(&e, "table:number-columns-repeated");
                    used = e
                        .attributes()
                        .flatten()
                        .any(|a| matches!(a.key.as_ref(), "office:value-type" | "table:formula"));
                }
                _ => {}
            },
            Event::Text(t) if !t.as_ref().trim().is_empty() => used = true,
            Event::GeneralRef(_) => used = true,
            Event::End(e) => match e.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => {
                    if used {
                        beyond(
                            &sheet,
                            row.saturating_add(row_repeats.saturating_sub(1)),
                            column.saturating_add(cell_repeats.saturating_sub(1)),
                        )?;
                    }
                    used = false;
                    column = column.saturating_add(cell_repeats);
                }
                "table:table-row" => row = row.saturating_add(row_repeats),
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
    Ok(())
}

/// The BIFF records of an .xls that put a value in a cell (calamine's list): their first four
/// bytes are the row and the column.
const CELL_RECORDS: [u16; 7] = [
    0x0006, // FORMULA
    0x00D6, // RSTRING
    0x00FD, // LABELSST
    0x0203, // NUMBER
    0x0204, // LABEL
    0x0205, // BOOLERR
    0x027E, // RK
];
/// MULRK: several numbers in a row, the last column in its last two bytes.
const MULRK: u16 = 0x00BD;
/// BOUNDSHEET: a sheet's name and where its records start.
const BOUNDSHEET: u16 = 0x0085;
/// BOF: a sheet's records start.
const BOF: u16 = 0x0809;

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    let b = data.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*b.first()?, *b.get(1)?]))
}

/// Streams through an .xls's workbook stream, record by record, and refuses the first cell
/// beyond the limits, named with its sheet.
fn xls_extent(bytes: &[u8], progress: &Progress) -> Result<(), Problem> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))
        .ok_or_else(|| unreadable(&"no workbook stream"))?;
    let mut stream = Vec::new();
    file.open_stream(name)
        .map_err(|e| unreadable(&e))?
        .read_to_end(&mut stream)
        .map_err(|e| unreadable(&e))?;
    // Each sheet's name by where its records start.
    let mut names: Vec<(usize, String)> = Vec::new();
    let mut sheet = String::new();
    let mut at = 0_usize;
    let mut records = 0_u64;
    while let (Some(kind), Some(len)) = (u16_at(&stream, at), u16_at(&stream, at.saturating_add(2)))
    {
        records = records.saturating_add(1);
        if records.is_multiple_of(EVERY) {
            progress.reached(0, 0)?;
        }
        let start = at.saturating_add(4);
        let end = start.saturating_add(usize::from(len));
        let data = stream.get(start..end.min(stream.len())).unwrap_or(&[]);
        match kind {
            BOUNDSHEET => names.push((
                data.get(..4)
                    .and_then(|b| b.try_into().ok())
                    .map_or(usize::MAX, |b| {
                        usize::try_from(u32::from_le_bytes(b)).unwrap_or(usize::MAX)
                    }),
                boundsheet_name(data),
            )),
            BOF => {
                if let Some((_, n)) = names.iter().find(|(pos, _)| *pos == at) {
                    sheet.clone_from(n);
                }
            }
            MULRK => {
                if let (Some(row), Some(last)) =
                    (u16_at(data, 0), u16_at(data, data.len().saturating_sub(2)))
                {
                    beyond(&sheet, row.into(), last.into())?;
                }
            }
            k if CELL_RECORDS.contains(&k) => {
                if let (Some(row), Some(column)) = (u16_at(data, 0), u16_at(data, 2)) {
                    beyond(&sheet, row.into(), column.into())?;
                }
            }
            _ => {}
        }
        at = end;
    }
    Ok(())
}

/// A BOUNDSHEET's sheet name (BIFF8: a length, a flag for 16-bit characters, the characters).
fn boundsheet_name(data: &[u8]) -> String {
    let count = usize::from(data.get(6).copied().unwrap_or(0));
    let wide = data.get(7).is_some_and(|f| f & 1 == 1);
    let chars = data.get(8..).unwrap_or(&[]);
    if wide {
        let units: Vec<u16> = chars
            .chunks_exact(2)
            .take(count)
            .filter_map(|c| u16_at(c, 0))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        chars.iter().take(count).map(|&b| char::from(b)).collect()
    }
}

#[cfg(test)]
#[path = "prescan/tests.rs"]
mod tests;
