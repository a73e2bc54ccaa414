//! Coverage-guided fuzzing of a table's import: any bytes as a CSV, a tab-separated text or a
//! spreadsheet (the first byte says which), never a panic, a hang or an allocation beyond the
//! import's limits; a refusal always says why. Run:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run import -- -runs=1000000 -rss_limit_mb=1024` (see README).

#![no_main]

use libfuzzer_sys::fuzz_target;
use staffing_dashboard::import::{self, Dates};
use staffing_dashboard::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let Some((kind, bytes)) = data.split_first() else {
        return;
    };
    let name = match kind % 4 {
        0 => "table.csv",
        1 => "table.txt",
        2 => "table.xlsx",
        _ => "table.ods",
    };
    let Some(base) = staffing_dashboard::report::bundled_notice() else {
        return;
    };
    let dates = Dates {
        compiled: "2021-06-02".to_owned(),
        period_end: "2021-05-30".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    if let Err(failed) = import::import(name, bytes, &dates, base, Lang::Ja) {
        assert!(!failed.lines.is_empty(), "a refusal always says why");
    }
});
