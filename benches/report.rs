//! Loading: parse + validate of the bundled report and of a report on disk, the refusal of an
//! oversized file, and the CSV of all rows; importing the 48-row table from each format a clerk
//! has (UTF-8 CSV, `Shift_JIS` CSV, tab-separated text, .xlsx). `cargo bench --bench report`.

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
use staffing_dashboard::assets::BUNDLED_RON;
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{self, MAX_FILE_BYTES};

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

/// The bundled table as .xlsx, written here (as the import tests write theirs).
fn xlsx(r: &report::Report) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in (0_u16..).zip(report::csv::header(Lang::Ja)) {
        sheet.write_string(0, c, h).expect("header");
    }
    let mut rows: Vec<(&str, &str, &report::Figures, &str)> = vec![("00", "計", &r.total, "")];
    rows.extend(
        r.rows
            .iter()
            .map(|p| ("", p.name.as_str(), &p.figures, p.phone.as_str())),
    );
    for (y, (code, name, f, phone)) in (1_u32..).zip(rows) {
        sheet.write_string(y, 0, code).expect("code");
        sheet.write_string(y, 1, name).expect("name");
        for (x, m) in (2_u16..).zip(report::Metric::ALL) {
            sheet
                .write_number(y, x, f64::from(f.get(m)))
                .expect("figure");
        }
        sheet.write_string(y, 9, phone).expect("phone");
    }
    book.save_to_buffer().expect("xlsx")
}

fn importing(c: &mut Criterion) {
    use staffing_dashboard::import::{self, Dates};
    let base = report::bundled().expect("bundled report").report;
    let dates = Dates {
        compiled: "2021-05-19".to_owned(),
        period_end: "2021-05-16".to_owned(),
        latest: "2026-12-06".to_owned(),
    };
    let csv = report::csv::report_csv(&base, Lang::Ja).expect("csv");
    let text = String::from_utf8(csv.clone()).expect("utf-8");
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(text.trim_start_matches('\u{feff}'));
    let tsv = text.replace(',', "\t");
    let mut group = c.benchmark_group("import the 48-row table");
    for (name, file, bytes) in [
        ("floor: export-csv of the same table", "", Vec::new()),
        ("CSV, UTF-8", "table.csv", csv.clone()),
        ("CSV, Shift_JIS", "table.csv", sjis.into_owned()),
        ("tab-separated", "table.tsv", tsv.into_bytes()),
        ("xlsx", "table.xlsx", xlsx(&base)),
    ] {
        if name.starts_with("floor") {
            group.bench_function(name, |b| {
                b.iter(|| report::csv::report_csv(black_box(&base), Lang::Ja));
            });
            continue;
        }
        group.bench_function(name, |b| {
            b.iter(|| {
                import::import(file, black_box(&bytes), &dates, &base, Lang::Ja).expect("imports")
            });
        });
    }
    group.finish();
}

/// `series --library` over 200 kept tables (a table a week for about four years): the folder
/// listed, every table loaded and checked, put in date order and written as CSV; the floor is the
/// same for one table.
fn series(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("staffing-bench-series-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let lib = staffing_dashboard::library::Library::new(dir.clone());
    let base = report::bundled().expect("bundled report").report;
    // MADE-UP BENCHMARK DATA: the bundled table at 200 dates, four a month from 2021-06.
    let dates = (2021..=2026)
        .flat_map(|y| (1..=12).map(move |m| (y, m)))
        .filter(|&(y, m)| (y, m) >= (2021, 6))
        .flat_map(|(y, m)| [1, 8, 15, 22].map(|d| format!("{y:04}-{m:02}-{d:02}")))
        .take(200);
    for date in dates {
        let mut r = base.clone();
        r.meta.compiled.date.clone_from(&date);
        let text = report::TableFile::of(&r, "bench.csv")
            .to_ron()
            .expect("ron");
        lib.add(&text, &date).expect("kept");
    }
    let mut group = c.benchmark_group("series --library");
    group.sample_size(10);
    let run = |limit: usize| {
        let (entries, _) = lib.list();
        let tables: Vec<report::Report> = entries
            .iter()
            .take(limit)
            .map(|e| report::load_path(&e.path).expect("loads").report)
            .collect();
        let ordered = report::series::in_time_order(&tables);
        report::series::series_csv(
            &ordered,
            &report::Metric::ALL,
            staffing_dashboard::report::scale::Scale::Counts,
            Lang::Ja,
        )
        .expect("csv")
    };
    group.bench_function("floor: one kept table", |b| b.iter(|| run(1)));
    group.bench_function("200 kept tables", |b| b.iter(|| run(200)));
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

/// What a character typed in the search box makes anew at 2,000 synthetic rows, without the
/// window: the rows shown (filtered and sorted), the chart's bars, the map's tiles; the floor
/// is the rows shown with an empty query.
fn keystroke(c: &mut Criterion) {
    use staffing_dashboard::dashboard::ChartOrder;
    use staffing_dashboard::dashboard::chart_data::chart_data;
    use staffing_dashboard::dashboard::map::{MapMetric, map_data};
    use staffing_dashboard::dashboard::rows::{Filter, Sort, visible_rows};
    use staffing_dashboard::report::scale::Scale;
    let base = report::bundled().expect("bundled report").report;
    let rows = base
        .rows
        .iter()
        .cycle()
        .take(2000)
        .enumerate()
        .map(|(i, r)| report::PrefectureRow {
            name: format!("{}{i}", r.name),
            ..r.clone()
        })
        .collect();
    let r = report::Report { rows, ..base };
    let typed = Filter {
        query: "大".to_owned(),
        ..Filter::default()
    };
    let mut group = c.benchmark_group("a keystroke's work, 2,000 rows");
    group.bench_function("floor: the rows shown, nothing typed", |b| {
        b.iter(|| {
            visible_rows(
                &r,
                (None, Scale::Counts),
                &Filter::default(),
                Sort::default(),
            )
        });
    });
    group.bench_function("the rows shown for 大", |b| {
        b.iter(|| visible_rows(&r, (None, Scale::Counts), &typed, Sort::default()));
    });
    let all: Vec<usize> = (0..r.rows.len()).collect();
    group.bench_function("the chart's bars of 2,000", |b| {
        b.iter(|| {
            chart_data(
                &r,
                None,
                &all,
                (report::Metric::JobSeekers, Scale::Counts),
                ChartOrder::ByValue,
                Lang::Ja,
            )
        });
    });
    group.bench_function("the map's tiles", |b| {
        b.iter(|| map_data(&r, &all, (MapMetric::default(), Scale::Counts), Lang::Ja));
    });
    group.finish();
}

criterion_group!(benches, loading, importing, series, keystroke);
criterion_main!(benches);
