//! A monkey test of the real app: 20,000 random events with a fixed seed (clicks on every
//! labelled widget, typing with Japanese and control characters, keys, resizes from 800x600 to
//! 2560x1440, language switches, broken and valid reports dropped on the window). No panic; the
//! figures on screen still equal the report afterwards; memory does not grow.

#![cfg(feature = "gui")]
#![expect(
    clippy::too_many_lines,
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::print_stderr,
    reason = "a test: fails loudly, prints its memory figures"
)]

use std::path::PathBuf;
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable as _, by};
use staffing_dashboard::app::{App, View};
use staffing_dashboard::report::{self, BUNDLED_RON};
use staffing_dashboard::ui::dialogs::ScriptedDialogs;
use staffing_dashboard::ui::format_count;

#[path = "common/dropped.rs"]
mod dropped;

use dropped::Dropped;

const EVENTS: usize = 20_000;

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

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

#[test]
fn twenty_thousand_random_events() {
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
    let mut rss_at_quarter = 0;
    for event in 0..EVENTS {
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
                let lang = h.state().state.lang;
                h.state_mut().state.lang = match lang {
                    staffing_dashboard::lang::Lang::Ja => staffing_dashboard::lang::Lang::En,
                    staffing_dashboard::lang::Lang::En => staffing_dashboard::lang::Lang::Ja,
                };
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
        if event == EVENTS / 4 {
            rss_at_quarter = rss_kib();
        }
    }
    let rss_end = rss_kib();
    eprintln!(
        "monkey: RSS {rss_at_quarter} KiB after {} events, {rss_end} KiB after {EVENTS}",
        EVENTS / 4
    );
    assert!(
        rss_end < rss_at_quarter + 64 * 1024,
        "memory grew from {rss_at_quarter} KiB to {rss_end} KiB"
    );

    // Afterwards the figures on screen equal the report shown.
    {
        let app = h.state_mut();
        app.error_dialog = None;
        app.sources_open = false;
        app.state.filter = staffing_dashboard::ui::rows::Filter::default();
        app.state.sort = staffing_dashboard::ui::rows::Sort::default();
        app.state.view = View::Table;
        app.state.lang = staffing_dashboard::lang::Lang::Ja;
    }
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    let shown = &h.state().loaded.report;
    assert!(
        shown == &bundled || shown == &valid_report,
        "the report on screen is one of those opened"
    );
    h.get_by_label(&format_count(shown.total.job_seekers));
    // Every row in view shows its seven figures.
    let mut rows_in_view = 0;
    for row in &shown.rows {
        if h.query_by_role_and_label(egui::accesskit::Role::Label, &row.name)
            .is_none()
        {
            continue;
        }
        rows_in_view += 1;
        for m in report::Metric::ALL {
            assert!(
                h.query_all_by_label(&format_count(row.figures.get(m)))
                    .count()
                    >= 1,
                "{}'s {m:?} is on screen",
                row.name
            );
        }
    }
    assert!(rows_in_view >= 10, "{rows_in_view} rows in view");
}
