//! At the desk, as a new user tries the window: the chart's text on screen, file dialogs'
//! folders, dates as clerks write them, keyboard reach, wide tables.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use staffing_dashboard::app::App;

use crate::harness;

/// A painted text: its words, its size in points and where it stands.
pub(crate) type Painted = (String, f32, egui::Rect);

/// Every text painted this frame.
pub(crate) fn painted_texts(h: &Harness<'_, App>) -> Vec<Painted> {
    fn walk(shape: &egui::Shape, out: &mut Vec<Painted>) {
        match shape {
            egui::Shape::Text(t) => {
                let size = t
                    .galley
                    .job
                    .sections
                    .first()
                    .map_or(0.0, |s| s.format.font_id.size);
                out.push((t.galley.text().to_owned(), size, t.visual_bounding_rect()));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The app at `size` with `view` chosen.
fn app_in(size: egui::Vec2, view: &str) -> Harness<'static, App> {
    let mut h = harness::app(size, |cc| App::new(&cc.egui_ctx, None, None, None));
    h.get_by_label(view).click();
    h.run();
    h
}

/// The names and values painted beside the chart's bars: names end at the plot's left edge,
/// values start right of it.
fn bar_texts(h: &Harness<'_, App>) -> (Vec<Painted>, Vec<Painted>) {
    let plot = h.get_by_role(Role::Figure).rect();
    let names: Vec<String> = staffing_dashboard::report::bundled()
        .unwrap()
        .report
        .rows
        .iter()
        .map(|r| r.name.clone())
        .collect();
    let texts = painted_texts(h);
    let in_rows = |r: &egui::Rect| r.center().y > plot.top() && r.center().y < plot.bottom();
    let bar_names = texts
        .iter()
        .filter(|(t, _, r)| {
            names.contains(t) && (r.right() - plot.left()).abs() < 8.0 && in_rows(r)
        })
        .cloned()
        .collect();
    let bar_names: Vec<Painted> = bar_names;
    // A value stands on its bar's row, right of the names.
    let values = texts
        .iter()
        .filter(|(t, _, r)| {
            r.left() > plot.left()
                && r.right() <= plot.right()
                && t.chars().next().is_some_and(|c| c.is_ascii_digit())
                && bar_names
                    .iter()
                    .any(|n| (n.2.center().y - r.center().y).abs() < 5.0)
        })
        .cloned()
        .collect();
    (bar_names, values)
}

#[test]
fn the_charts_names_and_values_are_body_text_size_and_never_overlap() {
    for (size, view) in [
        (egui::vec2(1366.0, 768.0), "グラフ"),
        (egui::vec2(1366.0, 768.0), "表とグラフ"),
        (egui::vec2(1366.0, 697.0), "グラフ"),
        (egui::vec2(1024.0, 600.0), "グラフ"),
        (egui::vec2(1920.0, 1080.0), "表とグラフ"),
    ] {
        let h = app_in(size, view);
        let (names, values) = bar_texts(&h);
        let what = format!("{size:?} {view}");
        assert!(names.len() >= 16, "{what}: {} names", names.len());
        assert_eq!(
            values.len(),
            names.len(),
            "{what}: a value for every name {values:?}"
        );
        for (text, pt, _) in names.iter().chain(&values) {
            assert!(*pt >= 13.0, "{what}: {text} at {pt} pt");
        }
        let mut rows: Vec<egui::Rect> = names.iter().map(|n| n.2).collect();
        rows.sort_by(|a, b| a.top().total_cmp(&b.top()));
        for pair in rows.windows(2) {
            assert!(
                pair[0].bottom() <= pair[1].top() + 0.5,
                "{what}: {pair:?} overlap"
            );
        }
        // 東京都 (the largest) is always named with its figure.
        assert!(names.iter().any(|n| n.0 == "東京都"), "{what}");
        assert!(values.iter().any(|v| v.0 == "830"), "{what}");
    }
}
