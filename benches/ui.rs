//! The dashboard's frame against a floor of the same shape, headless: a full UI pass of the
//! real app (all panels, bundled report, a prefecture selected, table and chart shown), the
//! same at 2,000 synthetic rows, the cost of an interaction, and the chart export's work after
//! the screenshot arrives. `cargo bench --bench ui`, then `python3 benches/medians.py`.

#![expect(
    missing_docs,
    reason = "criterion_group! makes an undocumented function"
)]
#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set up should stop"
)]

use std::hint::black_box;

#[path = "common/floor.rs"]
mod floor;
#[path = "common/render.rs"]
mod render;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use floor::Floor;
use staffing_dashboard::app::App;
use staffing_dashboard::dashboard::rows::{Sort, SortKey};
use staffing_dashboard::dashboard::{Action, Choice, Command, View};
use staffing_dashboard::export::png as export;
use staffing_dashboard::prefecture::PrefectureCode;
use staffing_dashboard::report::{self, Loaded, PrefectureRow, Report};
use staffing_dashboard::ui::fonts;

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1366.0, 768.0))),
        ..RawInput::default()
    }
}

/// One headless pass; the output is dropped (textures cleared, as a renderer would take them).
fn pass(ctx: &egui::Context, f: &mut dyn FnMut(&mut egui::Ui)) {
    let mut out = ctx.run_ui(input(), |ui| f(ui));
    out.textures_delta.clear();
    black_box(out.shapes.len());
}

fn dashboard(rows: Option<usize>) -> (egui::Context, App) {
    dashboard_in(rows, View::Split)
}

fn dashboard_in(rows: Option<usize>, view: View) -> (egui::Context, App) {
    let ctx = egui::Context::default();
    let mut app = App::new(&ctx, None, None, None);
    if let Some(n) = rows {
        app.show_loaded(synthetic(n), None);
    }
    app.queue(Command::Choice(Choice::Select(Some(PrefectureCode(13)))));
    app.queue(Command::Choice(Choice::SetView(view)));
    for _ in 0..3 {
        pass(&ctx, &mut |ui| app.ui_pass(ui));
    }
    (ctx, app)
}

fn floor(n: usize) -> (egui::Context, Floor) {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let floor = Floor::new(n);
    for _ in 0..3 {
        pass(&ctx, &mut |ui| floor.ui(ui));
    }
    (ctx, floor)
}

/// The bundled report with `n` rows made from its 47 (for the table and chart widgets only).
fn synthetic(n: usize) -> Loaded {
    let base = report::bundled().expect("bundled report").report;
    let rows: Vec<PrefectureRow> = base
        .rows
        .iter()
        .cycle()
        .take(n)
        .enumerate()
        .map(|(i, r)| PrefectureRow {
            name: format!("{}{i}", r.name),
            ..r.clone()
        })
        .collect();
    Loaded {
        report: Report { rows, ..base },
        warnings: Vec::new(),
    }
}

fn ui_pass(c: &mut Criterion) {
    for n in [47, 2000] {
        let mut group = c.benchmark_group(format!("ui pass, {n} rows"));
        let (ctx, floor) = floor(n);
        group.bench_function("floor: plain frame of the same shape", |b| {
            b.iter(|| pass(&ctx, &mut |ui| floor.ui(ui)));
        });
        let (ctx, mut app) = dashboard((n != 47).then_some(n));
        group.bench_function("dashboard", |b| {
            b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
        });
        // With a screen reader listening: the table's tree (every row, every column) built,
        // against the same floor with egui's own tree built.
        let (ctx, floor) = self::floor(n);
        ctx.enable_accesskit();
        group.bench_function("floor, accessibility tree built", |b| {
            b.iter(|| pass(&ctx, &mut |ui| floor.ui(ui)));
        });
        let (ctx, mut app) = dashboard((n != 47).then_some(n));
        ctx.enable_accesskit();
        for _ in 0..3 {
            pass(&ctx, &mut |ui| app.ui_pass(ui));
        }
        group.bench_function("dashboard, accessibility tree built", |b| {
            b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
        });
        if n == 47 {
            let (ctx, mut app) = dashboard_in(None, View::Map);
            group.bench_function("dashboard, the map shown", |b| {
                b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
            });
            let (ctx, mut app) = dashboard_in(None, View::Map);
            app.queue(Command::Choice(Choice::SetScale(
                staffing_dashboard::report::scale::Scale::Per100k,
            )));
            group.bench_function("dashboard, the map per 100,000 people", |b| {
                b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
            });
        }
        group.finish();
    }
}

fn interactions(c: &mut Criterion) {
    let mut group = c.benchmark_group("interactions, 47 rows");
    let (ctx, mut app) = dashboard(None);
    group.bench_function("floor: a pass with nothing changed", |b| {
        b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
    });
    let mut flip = false;
    group.bench_function("a character typed in the search box", |b| {
        b.iter(|| {
            flip = !flip;
            app.queue(Command::Choice(Choice::SetQuery(if flip {
                "大".to_owned()
            } else {
                String::new()
            })));
            pass(&ctx, &mut |ui| app.ui_pass(ui));
        });
    });
    app.queue(Command::Choice(Choice::SetQuery(String::new())));
    group.bench_function("a sort header clicked", |b| {
        b.iter(|| {
            flip = !flip;
            let key = if flip {
                SortKey::Metric(report::Metric::JobSeekers)
            } else {
                SortKey::Code
            };
            app.queue(Command::Choice(Choice::SetSort(Sort {
                key,
                descending: flip,
            })));
            pass(&ctx, &mut |ui| app.ui_pass(ui));
        });
    });
    app.queue(Command::Choice(Choice::SetSort(Sort::default())));
    group.bench_function("the chart metric switched", |b| {
        b.iter(|| {
            flip = !flip;
            app.queue(Command::Choice(Choice::SetMetric(if flip {
                report::Metric::Openings
            } else {
                report::Metric::JobSeekers
            })));
            pass(&ctx, &mut |ui| app.ui_pass(ui));
        });
    });
    group.finish();
}

fn chart_export(c: &mut Criterion) {
    let loaded = report::bundled().expect("bundled report");
    let shown: Vec<usize> = (0..loaded.report.rows.len()).collect();
    let state = staffing_dashboard::dashboard::State::default();
    let dir = std::env::temp_dir().join(format!("staffing-bench-ui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut group = c.benchmark_group("chart export after the screenshot arrives");
    group.sample_size(20);
    // A frame's budget at 60 Hz, as the floor: the export must fit in one.
    group.bench_function("floor: one frame at 60 Hz (sleep 16.7 ms)", |b| {
        b.iter(|| std::thread::sleep(std::time::Duration::from_micros(16_667)));
    });
    for scale in [1.0_f32, 2.0] {
        // A window-sized screenshot with the chart in it (rendered once, offscreen).
        let shot = render::render_chart(&state, &loaded.report, &shown, vec2(1366.0, 768.0), scale)
            .expect("offscreen render");
        let chart = Rect::from_min_size(Pos2::new(10.0, 90.0), vec2(1000.0, 620.0));
        let path = dir.join(format!("chart_{scale}x.png"));
        group.bench_function(format!("crop + PNG encode + atomic write, {scale}x"), |b| {
            b.iter(|| {
                let cropped = export::crop(&shot, chart, scale).expect("crop");
                export::write_png(
                    &path,
                    &cropped,
                    (None, None),
                    staffing_dashboard::lang::Lang::Ja,
                )
                .expect("write");
            });
        });
    }
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

/// Where start-up time goes, piece by piece, each from a fresh context: what a first frame
/// costs without the font, with it, and with the whole dashboard.
fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("start-up pieces");
    group.sample_size(20);
    group.bench_function(
        "floor: new context, first pass of one label (no font)",
        |b| {
            b.iter(|| {
                let ctx = egui::Context::default();
                pass(&ctx, &mut |ui| {
                    ui.label("看護職");
                });
            });
        },
    );
    group.bench_function(
        "new context, bundled font installed, first pass of one label",
        |b| {
            b.iter(|| {
                let ctx = egui::Context::default();
                fonts::install(&ctx);
                pass(&ctx, &mut |ui| {
                    ui.label("看護職");
                });
            });
        },
    );
    group.bench_function("load the bundled report", |b| {
        b.iter(|| black_box(report::bundled()));
    });
    group.bench_function("App::new and the first dashboard pass", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            let mut app = App::new(&ctx, None, None, None);
            pass(&ctx, &mut |ui| app.ui_pass(ui));
        });
    });
    group.finish();
}

/// A library folder of `n` kept reports (the bundled table, compiled on `n` days from
/// 2021-06-01 on, 28 a month; the newest is the one shown).
fn library_of(n: u32) -> std::path::PathBuf {
    use staffing_dashboard::import::{self, Dates};
    use staffing_dashboard::library::Library;
    let dir =
        std::env::temp_dir().join(format!("staffing-bench-library-{n}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let lib = Library::new(dir.clone());
    let base = report::bundled().expect("bundled").report;
    let csv = report::csv::report_csv(&base, staffing_dashboard::lang::Lang::Ja).expect("csv");
    for i in 0..n {
        // 28 days a month, June 2021 on, into the next years past December.
        let months = i.div_euclid(28).saturating_add(5);
        let (year, month, day) = (
            months.div_euclid(12).saturating_add(2021),
            months.rem_euclid(12).saturating_add(1),
            i.rem_euclid(28).saturating_add(1),
        );
        let compiled = format!("{year}-{month:02}-{day:02}");
        let dates = Dates {
            compiled: compiled.clone(),
            period_end: "2021-05-30".to_owned(),
            latest: "2026-12-06".to_owned(),
        };
        let imported = import::import(
            "table.csv",
            &csv,
            &dates,
            &base,
            staffing_dashboard::lang::Lang::Ja,
        )
        .expect("imports");
        let ron = import::to_ron(&imported).expect("ron");
        lib.add(&ron, &compiled).expect("kept");
    }
    dir
}

/// Issue 26's scale of the table: at 2,000 synthetic rows, in each view, a frame against the
/// plain frame of the same shape (its table and chart of 2,000), and a character typed in the
/// search box against a pass with nothing changed.
fn views_at_2000_rows(c: &mut Criterion) {
    let (floor_ctx, floor) = floor(2000);
    for view in [View::Table, View::Chart, View::Split, View::Map] {
        let mut group = c.benchmark_group(format!("2,000 rows, {view:?}"));
        group.bench_function("floor: plain frame of the same shape", |b| {
            b.iter(|| pass(&floor_ctx, &mut |ui| floor.ui(ui)));
        });
        let (ctx, mut app) = dashboard_in(Some(2000), view);
        group.bench_function("dashboard frame", |b| {
            b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
        });
        group.finish();
        let mut group = c.benchmark_group(format!("2,000 rows, {view:?}, a keystroke"));
        // The query goes back and forth between 「大」 (86 rows) and nothing (2,000): the pass
        // after a keystroke is timed against the next pass, with nothing changed, of the same
        // state (the two states draw different rows, so each is its own floor). Each of the two
        // benchmarks runs both passes and gives criterion one; every pair is also kept, to be
        // compared side by side (a machine whose speed drifts between criterion's two runs
        // moves their medians apart; a pair is timed within a millisecond).
        let mut flip = false;
        let mut pairs: Vec<(f64, f64)> = Vec::new();
        let mut typed_then_idle = |timed_typed: bool, iters: u64| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iters {
                flip = !flip;
                app.queue(Command::Choice(Choice::SetQuery(if flip {
                    "大".to_owned()
                } else {
                    String::new()
                })));
                let mut pair = [std::time::Duration::ZERO; 2];
                for (typed, took) in [true, false].into_iter().zip(&mut pair) {
                    let started = std::time::Instant::now();
                    pass(&ctx, &mut |ui| app.ui_pass(ui));
                    *took = started.elapsed();
                    if typed == timed_typed {
                        total = total.saturating_add(*took);
                    }
                }
                pairs.push((pair[0].as_secs_f64(), pair[1].as_secs_f64()));
            }
            total
        };
        group.bench_function("floor: the pass after it, nothing changed", |b| {
            b.iter_custom(|iters| typed_then_idle(false, iters));
        });
        group.bench_function("a character typed in the search box", |b| {
            b.iter_custom(|iters| typed_then_idle(true, iters));
        });
        group.finish();
        print_pairs(&format!("2,000 rows, {view:?}, a keystroke"), &pairs);
    }
}

/// The medians of the typed passes and of the passes after them, every pair timed side by
/// side, and their ratio (issue 26's target: at most 1.2).
fn print_pairs(name: &str, pairs: &[(f64, f64)]) {
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let typed = median(pairs.iter().map(|p| p.0).collect());
    let next = median(pairs.iter().map(|p| p.1).collect());
    #[expect(
        clippy::print_stdout,
        reason = "the paired medians, beside criterion's"
    )]
    {
        println!(
            "{name}, side by side: typed {:.1} µs, the pass after it {:.1} µs, {:.2}x \
             (medians of {} pairs; target ≤ 1.2x)",
            typed * 1e6,
            next * 1e6,
            typed / next,
            pairs.len()
        );
    }
}

/// Issue 26: the trend over 200 kept tables against the bar chart of the same app (the floor),
/// 東京都 selected, every prefecture a small multiple.
fn trend_of_200(c: &mut Criterion) {
    use staffing_dashboard::library::Library;
    let dir = library_of(200);
    let mut group = c.benchmark_group("trend over 200 kept tables");
    for (name, view) in [
        ("floor: the bar chart", View::Chart),
        ("the trend", View::Trend),
    ] {
        let ctx = egui::Context::default();
        let mut app = App::new(&ctx, None, None, None).with_library(Library::new(dir.clone()));
        app.queue(Command::Choice(Choice::Select(Some(PrefectureCode(13)))));
        app.queue(Command::Choice(Choice::SetView(view)));
        for _ in 0..3 {
            pass(&ctx, &mut |ui| app.ui_pass(ui));
        }
        group.bench_function(name, |b| {
            b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
        });
    }
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

/// Start-up with a library of 1 and of 100 reports: `App::new`, the newest shown, a first pass.
fn startup_library(c: &mut Criterion) {
    use staffing_dashboard::library::Library;
    let mut group = c.benchmark_group("start-up with a library");
    group.sample_size(20);
    for (name, n) in [
        ("floor: a library of 1 report", 1),
        ("a library of 100 reports", 100),
        ("a library of 200 reports", 200),
    ] {
        let dir = library_of(n);
        group.bench_function(name, |b| {
            b.iter(|| {
                let ctx = egui::Context::default();
                let mut app =
                    App::new(&ctx, None, None, None).with_library(Library::new(dir.clone()));
                pass(&ctx, &mut |ui| app.ui_pass(ui));
            });
        });
        std::fs::remove_dir_all(&dir).ok();
    }
    group.finish();
}

/// The window's frames while a table is imported on its thread: 16 MB of rows holding nothing
/// but a separator (the largest table an import reads, all of it read), started again whenever
/// it ends; the floor is a frame of the same dashboard with the import form open and nothing
/// being read. Issue 23's target: every frame under 50 ms; the slowest frame is printed.
fn import_frames(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("staffing-bench-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let table = dir.join("2021-06-02-long.csv");
    std::fs::write(&table, ",\n".repeat(8 * 1024 * 1024 - 16)).expect("table");
    let mut group = c.benchmark_group("import");
    let open_form = |app: &mut App| {
        app.queue(Command::Action(Action::DismissError));
        app.queue(Command::Action(Action::LoadReport(table.clone())));
        app.queue(Command::Action(Action::EditImport {
            compiled: "2021-06-02".to_owned(),
            period_end: "2021-05-30".to_owned(),
        }));
    };
    let (ctx, mut app) = dashboard(None);
    open_form(&mut app);
    pass(&ctx, &mut |ui| app.ui_pass(ui));
    group.bench_function("floor: a frame with the import form open", |b| {
        b.iter(|| pass(&ctx, &mut |ui| app.ui_pass(ui)));
    });
    let (ctx, mut app) = dashboard(None);
    let mut slowest = std::time::Duration::ZERO;
    group.bench_function("a frame while a 16 MB table is imported", |b| {
        b.iter_custom(|iters| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iters {
                if !app.is_importing() {
                    // Not timed: the frame that starts the next import.
                    open_form(&mut app);
                    app.queue(Command::Action(Action::ImportTable));
                    pass(&ctx, &mut |ui| app.ui_pass(ui));
                }
                let started = std::time::Instant::now();
                pass(&ctx, &mut |ui| app.ui_pass(ui));
                let took = started.elapsed();
                slowest = slowest.max(took);
                total = total.saturating_add(took);
            }
            total
        });
    });
    group.finish();
    #[expect(
        clippy::print_stdout,
        reason = "the slowest frame, beside criterion's medians"
    )]
    {
        println!("import: the slowest frame while importing took {slowest:?} (target < 50 ms)");
    }
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(
    benches,
    ui_pass,
    interactions,
    chart_export,
    startup,
    startup_library,
    import_frames,
    views_at_2000_rows,
    trend_of_200
);
criterion_main!(benches);
