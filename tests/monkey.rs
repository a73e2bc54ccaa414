//! A monkey test of the real app: random events with a fixed seed (clicks on every labelled
//! widget, typing with Japanese and control characters, keys, resizes from 800x600 to
//! 2560x1440, language switches, broken and valid reports dropped on the window). No panic; the
//! figures on screen still equal the report afterwards, row by row; the live heap does not grow.
//!
//! `MONKEY_EVENTS` says how many (as proptest's `PROPTEST_CASES` does): 2,000 by default, so
//! that `cargo test` stays short; CI runs the full 20,000 (`.ci/run`), where a leak of a few
//! hundred bytes an event shows.

#![cfg(feature = "gui")]
#![expect(
    clippy::too_many_lines,
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::print_stderr,
    reason = "a test: fails loudly, prints its memory figures"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable as _, by};
use staffing_dashboard::app::App;
use staffing_dashboard::assets::BUNDLED_RON;
use staffing_dashboard::dashboard::rows::Sort;
use staffing_dashboard::dashboard::{Action, Choice, Command, ThemeChoice, View};
use staffing_dashboard::lang::Lang;
use staffing_dashboard::report::{self};
use staffing_dashboard::texts::format_count;

#[path = "common/dropped.rs"]
mod dropped;
#[path = "common/rows.rs"]
mod rows;
#[path = "common/scripted.rs"]
mod scripted;

use dropped::Dropped;
use scripted::ScriptedDialogs;

/// The events of a run: `MONKEY_EVENTS`, else 2,000 (at least 300, three thirds of 100).
fn events() -> usize {
    std::env::var("MONKEY_EVENTS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(2_000_usize)
        .max(300)
}

/// Heap growth allowed over each third of the events, for the smaller of the last two thirds: a
/// leak grows the heap in both, a one-time growth (the font atlas taking a glyph never drawn
/// before, a cache filled once) in one. Measured: settled readings of 14-23 MiB, the smaller
/// growth below 1 MiB; a leak of 300 bytes an event exceeds it.
const ALLOWED_GROWTH_KIB: usize = 2 * 1024;

/// No one-time growth is that large.
const ALLOWED_ONE_TIME_GROWTH_KIB: usize = 24 * 1024;

/// xorshift64*: a fixed, dependency-free sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The heap's live bytes, counted by this test's allocator: unlike RSS, not blurred by the
/// allocator keeping freed pages, so a leak shows as it is.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only a counter is kept.
#[expect(
    unsafe_code,
    reason = "a counting allocator for this test's memory check"
)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let moved = unsafe { System.realloc(ptr, layout, new_size) };
        if !moved.is_null() {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live_kib() -> usize {
    LIVE.load(Ordering::Relaxed) / 1024
}

/// Brings the app back to one fixed state (the size the test starts at, no dialog, the table of
/// all rows in Japanese, the national view, no derived columns) and returns the live heap there,
/// so that two readings compare like with like. The report shown stays whichever was opened last.
fn settled_live_kib(h: &mut Harness<'_, App>) -> usize {
    for command in [
        Command::Action(Action::DismissError),
        Command::Action(Action::ShowSources(false)),
        Command::Choice(Choice::ClearFilter),
        Command::Choice(Choice::SetSort(Sort::default())),
        Command::Choice(Choice::SetView(View::Table)),
        Command::Choice(Choice::SetLang(Lang::Ja)),
        Command::Choice(Choice::Select(None)),
        Command::Choice(Choice::ShowSeekersPerOpening(false)),
        Command::Choice(Choice::ShowVaccinationShare(false)),
        Command::Choice(Choice::SetScale(
            staffing_dashboard::report::scale::Scale::Counts,
        )),
        Command::Choice(Choice::SetTheme(ThemeChoice::System)),
        Command::Choice(Choice::SetFirstColumn(0)),
    ] {
        h.state_mut().queue(command);
    }
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    live_kib()
}

#[test]
fn random_events_leave_the_figures_and_the_heap_as_they_were() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("monkey");
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.ron");
    std::fs::write(
        &broken,
        BUNDLED_RON.replacen("openings: 534,", "openings: 5.34,", 1),
    )
    .unwrap();
    let valid = dir.join("valid.ron");
    let valid_text = BUNDLED_RON.replacen("openings: 534,", "openings: 535,", 1);
    std::fs::write(&valid, &valid_text).unwrap();
    let valid_report = report::load_str(&valid_text).unwrap().report;
    let bundled = report::bundled().unwrap().report;

    // Every save or open dialog is cancelled: the monkey writes no files.
    let dialogs = Arc::new(ScriptedDialogs::new([]));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_theme(egui::Theme::Light)
        // What a user types may have no glyph in the bundled font (🙂): tofu, not a failure.
        .allow_missing_glyphs()
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, None, None).with_dialogs(dialogs));
    h.run();

    let texts = [
        "大阪",
        "とうきょう",
        "osaka",
        "Ōsaka",
        "27",
        "ｱｲｳ",
        "🙂",
        "\u{7}",
        "\t",
        "\n",
        "a\u{0}b",
        "九州",
    ];
    let keys = [
        egui::Key::ArrowUp,
        egui::Key::ArrowDown,
        egui::Key::Escape,
        egui::Key::Tab,
        egui::Key::Enter,
        egui::Key::Space,
        egui::Key::Backspace,
        egui::Key::PageDown,
        egui::Key::Home,
    ];
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut live_at_thirds = Vec::new();
    let events = events();
    eprintln!("monkey: {events} events (MONKEY_EVENTS)");
    for event in 0..events {
        match rng.below(100) {
            0..=44 => {
                let n = h
                    .query_all(by().predicate(|n| n.label().is_some_and(|l| !l.is_empty())))
                    .count();
                if n > 0 {
                    let k = rng.below(n);
                    if let Some(node) = h
                        .query_all(by().predicate(|n| n.label().is_some_and(|l| !l.is_empty())))
                        .nth(k)
                    {
                        node.click();
                    }
                }
            }
            45..=59 => h.event(egui::Event::Text(texts[rng.below(texts.len())].to_owned())),
            60..=74 => h.key_press(keys[rng.below(keys.len())]),
            75..=77 => h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F),
            78..=80 => h.event(egui::Event::Copy),
            81..=85 => {
                let w = 800.0 + rng.below(1761) as f32;
                let hgt = 600.0 + rng.below(841) as f32;
                h.set_size(egui::vec2(w, hgt));
            }
            86..=89 => {
                let other = match h.state().state().lang {
                    Lang::Ja => Lang::En,
                    Lang::En => Lang::Ja,
                };
                h.state_mut().queue(Command::Choice(Choice::SetLang(other)));
            }
            90..=94 => {
                let file = if rng.below(2) == 0 { &broken } else { &valid };
                h.input_mut()
                    .dropped_files
                    .push(Arc::new(Dropped(file.clone())));
            }
            _ => {
                let x = rng.below(2560) as f32;
                let y = rng.below(1440) as f32;
                h.event(egui::Event::PointerMoved(egui::pos2(x, y)));
            }
        }
        h.step();
        if event == events / 3 || event == 2 * events / 3 {
            live_at_thirds.push(settled_live_kib(&mut h));
        }
    }
    live_at_thirds.push(settled_live_kib(&mut h));
    eprintln!("monkey: heap live after each third of the events (KiB): {live_at_thirds:?}");
    let [first, second, end] = live_at_thirds[..] else {
        panic!("three readings")
    };
    let (g1, g2) = (second.saturating_sub(first), end.saturating_sub(second));
    assert!(
        g1.min(g2) < ALLOWED_GROWTH_KIB,
        "the heap grew in both thirds: {live_at_thirds:?} KiB"
    );
    assert!(
        end < first + ALLOWED_ONE_TIME_GROWTH_KIB,
        "the heap grew from {first} KiB to {end} KiB"
    );

    // Afterwards (settled above) the figures on screen equal the report shown.
    let shown = h.state().document().report();
    assert!(
        shown == &bundled || shown == &valid_report,
        "the report on screen is one of those opened"
    );
    // Every row in view shows its own seven figures, in its own line, in the columns' order;
    // and so does the published total.
    let seven = |f: &report::Figures| -> Vec<String> {
        report::Metric::ALL
            .iter()
            .map(|&m| format_count(f.get(m)))
            .collect()
    };
    // The published total carries a "！" where it differs from the sum of the rows.
    let total: Option<Vec<String>> = rows::figures_in_row(&h, "計（公表）").map(|cells| {
        cells
            .iter()
            .map(|c| c.trim_start_matches('！').to_owned())
            .collect()
    });
    // From the first column on (the events may have widened the side panel, so that the
    // last figures are scrolled to): the figures in view are the first of the seven.
    let in_view = |cells: &[String], all: &[String]| !cells.is_empty() && all.starts_with(cells);
    let total = total.unwrap_or_default();
    assert!(in_view(&total, &seven(&shown.total)), "計: {total:?}");
    let mut rows_in_view = 0;
    for row in &shown.rows {
        let Some(cells) = rows::figures_in_row(&h, &row.name) else {
            continue;
        };
        rows_in_view += 1;
        assert!(
            in_view(&cells, &seven(&row.figures)),
            "{}'s row: {cells:?}",
            row.name
        );
    }
    assert!(rows_in_view >= 10, "{rows_in_view} rows in view");
}
