//! Loading a report: read (with a size limit), decode, parse, validate.

use crate::assets::BUNDLED_RON;
use std::io::Read as _;
use std::path::Path;

use crate::report::error::{Finding, LoadError, Problem, Severity};
use crate::report::locate::{self, Node, Pos, Seg};
use crate::report::model::Report;
use crate::report::table_file::{TableFile, is_table_file};
use crate::report::validate;

/// The largest report file we read (`check`, `--report`, the window, the library): a report of
/// 47 rows is about 30 KB; 4 MiB is far above any real one and far below what could hurt.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The largest table file imported (CSV, .xlsx, .xls, .ods): a sheet of 47 rows is a few
/// kilobytes; a workbook with other sheets and styles stays far below 16 MiB.
pub const MAX_TABLE_BYTES: u64 = 16 * 1024 * 1024;

/// RON nesting deeper than this is refused (a report needs 6 levels).
const RECURSION_LIMIT: usize = 64;

/// The bundled report's name, as the user sees it in messages.
pub const BUNDLED_NAME: &str = "2021-05-19.ron";

/// A report that passed validation, with its warnings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The report.
    pub report: Report,
    /// What is suspicious in it (shown, never hidden).
    pub warnings: Vec<Finding>,
}

/// Loads the bundled report.
pub fn bundled() -> Result<Loaded, LoadError> {
    load_str(BUNDLED_RON).map_err(|findings| LoadError {
        file: BUNDLED_NAME.to_owned(),
        findings,
    })
}

/// Loads a report file. The error lists every problem found, each with its place.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let bytes = read_file(path, MAX_FILE_BYTES).map_err(|problem| LoadError {
        file: file.clone(),
        findings: vec![Finding::error(problem)],
    })?;
    load_bytes(&bytes).map_err(|findings| LoadError { file, findings })
}

/// Whether `name` is a name Windows keeps for a device (`NUL`, `CON`, `COM1`, … with any
/// extension): writing there writes to the device and reading it never ends (`CON` waits for
/// the keyboard), so it is refused on every system.
pub fn is_device_name(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.ends_with(|c: char| c.is_ascii_digit() && c != '0'))
}

/// Reads a regular file of at most `limit` bytes; a larger file is refused before it is read
/// whole, and a FIFO, socket or device (which could block or never end) is not opened. Every
/// file the program reads goes through here.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, Problem> {
    // On Windows `NUL`, `CON` and the like are devices whatever the folder (`CON` waits for the
    // keyboard): refused by name, on every system alike.
    if path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(is_device_name)
    {
        return Err(Problem::NotAFile);
    }
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Problem::NotFound,
        _ => Problem::Io(e.to_string()),
    })?;
    if meta.is_dir() {
        return Err(Problem::IsDirectory);
    }
    // A FIFO, socket or device could block or never end: only regular files are read.
    if !meta.is_file() {
        return Err(Problem::NotAFile);
    }
    if meta.len() > limit {
        return Err(Problem::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(|e| Problem::Io(e.to_string()))?;
    let capacity = usize::try_from(meta.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    // The file may grow while we read it (or be a device): never take more than the limit.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::Io(e.to_string()))?;
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > limit {
        return Err(Problem::TooLarge { size, limit });
    }
    Ok(bytes)
}

/// Loads a report from bytes (UTF-8, an optional BOM).
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, Vec<Finding>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str(text),
        Err(e) => {
            let valid = bytes
                .get(..e.valid_up_to())
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default();
            Err(vec![Finding {
                pos: Some(locate::pos_after(valid)),
                ..Finding::error(Problem::NotUtf8)
            }])
        }
    }
}

/// RON's error as the problem a person editing the file made: the common slips (a negative
/// figure, a thousands separator, a fraction, a missing figure, an unclosed bracket) in the
/// user's words; anything else with RON's own message.
fn syntax_problem(code: &ron::Error, text: &str, pos: Pos) -> Problem {
    // The line around the error's place (lines and columns count from 1, columns in chars).
    let line = text
        .lines()
        .nth(pos.line.saturating_sub(1))
        .unwrap_or_default();
    let before: String = line.chars().take(pos.col.saturating_sub(1)).collect();
    let rest: String = line.chars().skip(pos.col.saturating_sub(1)).collect();
    // RON points at or just after a negative number.
    let negative = rest.starts_with('-')
        || before
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .ends_with('-');
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match code {
        ron::Error::IntegerOutOfBounds if negative => Problem::NegativeFigure,
        ron::Error::InvalidIdentifier(s) | ron::Error::SuggestRawIdentifier(s) if digits(s) => {
            Problem::ThousandsSeparator
        }
        ron::Error::ExpectedComma if rest.starts_with('.') => Problem::Fraction,
        ron::Error::ExpectedInteger => Problem::ExpectedNumber,
        ron::Error::Eof => Problem::UnexpectedEnd,
        // What stands first is not `Report(` or `Table(`: some other file.
        _ if text.trim_start().chars().next().is_some() && at_start(text, pos) => {
            Problem::NotAReport
        }
        other => Problem::Syntax(other.to_string()),
    }
}

/// Whether `pos` is the place of the text's first word (nothing but spaces before it).
fn at_start(text: &str, pos: Pos) -> bool {
    let before: usize = text
        .lines()
        .take(pos.line.saturating_sub(1))
        .map(|l| l.chars().count().saturating_add(1))
        .sum();
    text.chars()
        .take(before.saturating_add(pos.col.saturating_sub(1)))
        .all(char::is_whitespace)
}

/// Loads a report from text (a leading UTF-8 BOM is accepted): a report file of the full form,
/// or a table file ([`TableFile`]) that takes the notice's content from the bundled report.
pub fn load_str(text: &str) -> Result<Loaded, Vec<Finding>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let report = if is_table_file(text) {
        let table: TableFile = parse(text)?;
        let notice = bundled_notice()
            .filter(|n| n.meta.source.date == table.notice)
            .ok_or_else(|| vec![Finding::error(Problem::UnknownNotice(table.notice.clone()))])?;
        table.report(notice)
    } else {
        parse(text)?
    };
    // Places are worked out only when there is something to report: a valid report pays
    // for parsing and checking alone.
    let mut findings = validate::validate(&report, None);
    if !findings.is_empty() {
        findings = validate::validate(&report, locate::outline(text).as_ref());
    }
    let (errors, warnings): (Vec<_>, Vec<_>) = findings
        .into_iter()
        .partition(|f| f.severity == Severity::Error);
    if errors.is_empty() {
        Ok(Loaded { report, warnings })
    } else {
        Err(errors)
    }
}

/// The bundled report as parsed, once for the program's life: whose notice's content table
/// files take, and what imports, the library and the window compare with.
pub fn bundled_notice() -> Option<&'static Report> {
    static NOTICE: std::sync::OnceLock<Option<Report>> = std::sync::OnceLock::new();
    NOTICE
        .get_or_init(|| parse::<Report>(BUNDLED_RON).ok())
        .as_ref()
}

/// `text` read as a `T`, RON's error as the problem at its place.
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Vec<Finding>> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
        .map_err(|e| {
            let pos = Pos {
                line: e.span.start.line,
                col: e.span.start.col,
            };
            let (prefecture, field) = locate::outline(text)
                .map(|root| describe(&root, pos))
                .unwrap_or_default();
            vec![Finding {
                severity: Severity::Error,
                pos: Some(pos),
                prefecture,
                field,
                problem: syntax_problem(&e.code, text, pos),
            }]
        })
}

/// The prefecture (by the name written in its row, or 計) and field at a position.
fn describe(root: &Node, pos: Pos) -> (Option<String>, Option<String>) {
    let path = locate::path_at(root, pos);
    match path.as_slice() {
        [Seg::Field(rows), Seg::Index(i), rest @ ..] if rows == "rows" => {
            let name = root
                .field("rows")
                .and_then(|r| r.item(*i))
                .and_then(|r| r.field("name"))
                .and_then(Node::atom)
                .map(str::to_owned);
            (name, non_empty(locate::render_path(rest)))
        }
        [Seg::Field(total), rest @ ..] if total == "total" => {
            (Some("計".to_owned()), non_empty(locate::render_path(rest)))
        }
        other => (None, non_empty(locate::render_path(other))),
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}
