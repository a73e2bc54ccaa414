//! Loading: parse + validate of the bundled report and of a report on disk, the refusal of an
//! oversized file, and the CSV of all rows. `cargo bench --bench report`.

#![expect(
    missing_docs,
    reason = "criterion_group! makes an undocumented function"
)]
#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set up should stop"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{self, BUNDLED_RON, MAX_FILE_BYTES};

fn loading(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("staffing-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let on_disk = dir.join("2021-05-19.ron");
    std::fs::write(&on_disk, BUNDLED_RON).expect("write report");
    let big = dir.join("big.ron");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(MAX_FILE_BYTES + 1))
        .expect("16 MiB file");

    // The floor: RON parsing alone, without validation or places.
    c.bench_function("floor: ron::from_str of the bundled report", |b| {
        b.iter(|| ron::from_str::<report::Report>(black_box(BUNDLED_RON)));
    });
    c.bench_function("load bundled report (parse + validate)", |b| {
        b.iter(|| report::load_str(black_box(BUNDLED_RON)));
    });
    c.bench_function("load report from disk", |b| {
        b.iter(|| report::load_path(black_box(&on_disk)));
    });
    c.bench_function("refuse 16 MiB + 1 file", |b| {
        b.iter(|| report::load_path(black_box(&big)));
    });
    let r = report::bundled().expect("bundled report").report;
    c.bench_function("CSV of all rows", |b| {
        b.iter(|| report::csv::report_csv(black_box(&r), Lang::Ja));
    });
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, loading);
criterion_main!(benches);
