//! The report: data model, loading, validation and CSV. Knows nothing of the GUI.
//!
//! A report is one published table (別紙3 of the MHLW notice of 2021-05-26, or a newer one in
//! the same format) in a RON file. [`load_path`] reads and validates one; [`bundled`] gives the
//! one compiled into the binary.

pub mod compare;
pub mod contacts;
pub mod csv;
pub mod error;
pub mod formats;
mod lex;
pub mod load;
pub mod locate;
pub mod model;
pub mod scale;
pub mod series;
pub mod table_file;
pub mod text;
pub mod validate;

pub use contacts::*;
pub use error::{Finding, LoadError, Problem, Severity};
pub use load::{
    BUNDLED_NAME, Loaded, MAX_FILE_BYTES, MAX_TABLE_BYTES, bundled, bundled_notice, is_device_name,
    load_bytes, load_path, load_str, read_file,
};
pub use locate::Pos;
pub use model::*;
pub use table_file::TableFile;
pub use text::{Origin, Text};

/// Made-up test data: the bundled report with every row twice (names numbered, as the
/// benchmarks' synthetic tables), so that rows tie whole on code and figures.
#[cfg(test)]
pub(crate) fn bundled_twice() -> Report {
    let base = bundled().expect("the bundled report").report;
    let rows = base
        .rows
        .iter()
        .chain(&base.rows)
        .enumerate()
        .map(|(i, r)| PrefectureRow {
            name: format!("{}{i}", r.name),
            ..r.clone()
        })
        .collect();
    Report { rows, ..base }
}
