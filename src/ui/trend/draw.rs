//! One drawing of a trend panel for the screen and for printed pictures: the value axis from 0
//! with its steps printed on the scale's one path, the time axis with each table's date where
//! it has room (uneven gaps stay uneven), each line with its own marker shape and colour, a ▼
//! under each point lower than the one before, and each line's name and last value at its end.
//! Sizes and colours come from a [`Style`]: the screen's or the page's.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, pos2};

use crate::dashboard::trend::{Line, TableAt};
use crate::lang::Lang;
use crate::report::scale::Scale;
use crate::ui::theme;

/// Sizes and colours of a drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Axis labels, names and values.
    pub text: f32,
    /// A panel's heading.
    pub heading: f32,
    /// Text, axes, the nation's line and the fall marks.
    pub ink: Color32,
    /// The value axis's lines.
    pub grid: Color32,
    /// A line's width (the selected one's is half again).
    pub line: f32,
}

/// A line in a panel, with the place in the palette and the marker shapes it keeps in every
/// panel (0: the nation).
#[derive(Clone, Copy, Debug)]
pub struct Series<'a> {
    /// The line.
    pub line: &'a Line,
    /// Its colour and marker.
    pub slot: usize,
}

/// One panel: a heading, its lines over the tables, on one value axis.
#[derive(Clone, Debug)]
pub struct Panel<'a> {
    /// Above the panel.
    pub heading: String,
    /// Its lines.
    pub series: Vec<Series<'a>>,
    /// The tables, in time order.
    pub tables: &'a [TableAt],
    /// Counts or per 100,000 people.
    pub scale: Scale,
    /// A small multiple: two value steps, the first and last dates only, the last value alone
    /// at the line's end (the heading names it).
    pub small: bool,
}

/// A point as drawn: where, of which series (its index in the panel) and which table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Its place.
    pub at: Pos2,
    /// The series' index in the panel.
    pub series: usize,
    /// The table's index.
    pub table: usize,
}

/// A line's colour: the nation's in ink, the selected prefecture's as its bar, the others by
/// their slot.
pub fn color(series: &Series<'_>, ink: Color32) -> Color32 {
    if series.line.code.is_none() {
        ink
    } else if series.line.selected {
        theme::BAR_SELECTED
    } else {
        theme::TREND_LINES
            .iter()
            .cycle()
            .nth(series.slot.saturating_sub(1))
            .copied()
            .unwrap_or(ink)
    }
}

/// `at` moved by `dx`, `dy` points.
pub fn off(at: Pos2, dx: f32, dy: f32) -> Pos2 {
    pos2(at.x + dx, at.y + dy)
}

/// Draws a series' marker (its shape by slot: circle, square, triangle, diamond, then hollow).
pub fn marker(painter: &Painter, at: Pos2, slot: usize, size: f32, color: Color32) {
    let r = size / 2.0;
    let hollow = (slot / 4) % 2 == 1;
    let points: Vec<Pos2> = match slot % 4 {
        0 => {
            if hollow {
                painter.circle_stroke(at, r * 0.85, Stroke::new(1.5, color));
            } else {
                painter.circle_filled(at, r, color);
            }
            return;
        }
        1 => vec![
            off(at, -r * 0.85, -r * 0.85),
            off(at, r * 0.85, -r * 0.85),
            off(at, r * 0.85, r * 0.85),
            off(at, -r * 0.85, r * 0.85),
        ],
        2 => vec![
            off(at, 0.0, -r * 1.1),
            off(at, r, r * 0.8),
            off(at, -r, r * 0.8),
        ],
        _ => vec![
            off(at, 0.0, -r * 1.15),
            off(at, r * 1.15, 0.0),
            off(at, 0.0, r * 1.15),
            off(at, -r * 1.15, 0.0),
        ],
    };
    if hollow {
        painter.add(Shape::closed_line(points, Stroke::new(1.5, color)));
    } else {
        painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
    }
}

/// A step for the value axis, in held units (the scale's smallest printed step): 1, 2 or 5
/// times a power of ten, so that `max` takes about four steps.
pub fn nice_step(max: u32, steps: u32) -> u32 {
    let rough = max.div_ceil(steps.max(1)).max(1);
    let mut power = 1_u32;
    while power <= rough / 10 {
        power = power.saturating_mul(10);
    }
    [1_u32, 2, 5, 10]
        .into_iter()
        .map(|m| m.saturating_mul(power))
        .find(|&s| s >= rough)
        .unwrap_or(rough)
}

/// A table's date as the time axis prints it: 「5月19日」 / "05-19", the year with the first
/// and where it changes.
fn axis_date(table: &TableAt, with_year: bool, lang: Lang) -> String {
    let mut parts = table.date.splitn(3, '-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    let number = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    match (lang, number(y), number(m), number(d)) {
        (Lang::Ja, Some(y), Some(m), Some(d)) if with_year => format!("{y}年{m}月{d}日"),
        (Lang::Ja, _, Some(m), Some(d)) => format!("{m}月{d}日"),
        (Lang::En, _, Some(_), Some(_)) if !with_year => {
            table.date.get(5..).unwrap_or("").to_owned()
        }
        _ => table.date.clone(),
    }
}

/// Draws `panel` in `rect`; gives every point drawn.
#[expect(
    clippy::too_many_lines,
    reason = "one panel: axes, lines, marks, labels"
)]
pub fn draw_panel(
    painter: &Painter,
    rect: Rect,
    panel: &Panel<'_>,
    style: &Style,
    lang: Lang,
) -> Vec<Point> {
    let font = FontId::proportional(style.text);
    let line_height = style.text * 1.3;
    let text_width = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), font.clone(), style.ink)
            .size()
            .x
    };
    let mut top = rect.top();
    if !panel.heading.is_empty() {
        let galley = painter.layout(
            panel.heading.clone(),
            FontId::proportional(style.heading),
            style.ink,
            rect.width(),
        );
        top += galley.size().y + 2.0;
        painter.galley(rect.left_top(), galley, style.ink);
    }
    let max = panel
        .series
        .iter()
        .map(|s| s.line.max_held())
        .max()
        .unwrap_or(0)
        .max(1);
    let steps = if panel.small { 2 } else { 4 };
    let step = nice_step(max, steps);
    // Room above the largest value for its name.
    let count = max.saturating_add(step / 4).div_ceil(step).max(1);
    let top_value = step.saturating_mul(count);
    let ticks: Vec<u32> = (0..=count).map(|i| step.saturating_mul(i)).collect();
    let axis = ticks
        .iter()
        .map(|&v| text_width(&panel.scale.show_held(v)))
        .fold(0.0_f32, f32::max)
        + 6.0;
    let end_text = |s: &Series<'_>| {
        let value = s
            .line
            .last()
            .map(|(_, v)| v.to_string())
            .unwrap_or_default();
        // A panel of one line named by its heading says the value alone.
        if panel.series.len() == 1 && panel.heading == s.line.name {
            value
        } else {
            format!("{} {value}", s.line.name)
        }
    };
    let marker_size = style.text * 0.6;
    // A small multiple has no names at its end (its heading has the last value).
    let labels = if panel.small {
        marker_size
    } else {
        panel
            .series
            .iter()
            .map(|s| text_width(&end_text(s)))
            .fold(0.0_f32, f32::max)
            + marker_size * 2.0
            + 6.0
    };
    let plot = Rect::from_min_max(
        pos2(rect.left() + axis, top + style.text * 0.6),
        pos2(
            rect.right() - labels,
            rect.bottom() - if panel.small { 2.0 } else { line_height + 2.0 },
        ),
    );
    if plot.width() < 8.0 || plot.height() < 8.0 {
        return Vec::new();
    }
    let (first, last) = match (panel.tables.first(), panel.tables.last()) {
        (Some(a), Some(b)) => (a.day, b.day),
        _ => return Vec::new(),
    };
    let span = (last.saturating_sub(first)).max(1) as f32;
    let x_of = |day: i64| plot.left() + (day.saturating_sub(first)) as f32 / span * plot.width();
    let y_of = |held: u32| plot.bottom() - held as f32 / top_value as f32 * plot.height();
    for &v in &ticks {
        let y = y_of(v);
        painter.line_segment(
            [pos2(plot.left(), y), pos2(plot.right(), y)],
            Stroke::new(1.0, style.grid),
        );
        painter.text(
            pos2(plot.left() - 4.0, y),
            Align2::RIGHT_CENTER,
            panel.scale.show_held(v),
            font.clone(),
            style.ink,
        );
    }
    painter.line_segment(
        [plot.left_bottom(), plot.right_bottom()],
        Stroke::new(1.0, style.ink),
    );
    // The dates (not on a small multiple: the main chart has them): the first with its year,
    // the last (its year where it differs, or shorter, or left out where it would touch the
    // first), those between where they touch neither their neighbours nor the last.
    let gap = style.text * 0.8;
    let last_index = panel.tables.len().saturating_sub(1);
    let first_year = panel.tables.first().and_then(|t| t.date.get(..4));
    let first_right = panel.tables.first().map_or(f32::NEG_INFINITY, |t| {
        x_of(t.day) + text_width(&axis_date(t, true, lang))
    });
    let last_label = panel
        .tables
        .last()
        .filter(|_| last_index > 0)
        .and_then(|t| {
            let new_year = t.date.get(..4) != first_year;
            [axis_date(t, new_year, lang), axis_date(t, false, lang)]
                .into_iter()
                .map(|text| (x_of(t.day) - text_width(&text), text))
                .find(|(left, _)| *left >= first_right + gap)
        });
    let last_left = last_label.as_ref().map_or(f32::INFINITY, |l| l.0);
    let mut right_edge = f32::NEG_INFINITY;
    let mut year = None;
    for (i, t) in panel.tables.iter().enumerate() {
        if panel.small {
            break;
        }
        let this_year = t.date.get(..4);
        let (text, align, left) = if i == 0 {
            (axis_date(t, true, lang), Align2::LEFT_TOP, x_of(t.day))
        } else if i == last_index {
            let Some((left, text)) = last_label.clone() else {
                continue;
            };
            (text, Align2::RIGHT_TOP, left)
        } else {
            // A date whose middle stands before the last label's end has no room: skipped
            // before its text is made (a table a week for years has hundreds).
            if x_of(t.day) < right_edge + gap || x_of(t.day) + gap > last_left {
                continue;
            }
            let text = axis_date(t, year != this_year, lang);
            let left = x_of(t.day) - text_width(&text) / 2.0;
            if left < right_edge + gap || left + text_width(&text) + gap > last_left {
                continue;
            }
            (text, Align2::CENTER_TOP, left)
        };
        let x = x_of(t.day);
        let tick = [pos2(x, plot.bottom()), pos2(x, plot.bottom() + 3.0)];
        painter.line_segment(tick, Stroke::new(1.0, style.ink));
        right_edge = left + text_width(&text);
        painter.text(
            pos2(x, plot.bottom() + 2.0),
            align,
            text,
            font.clone(),
            style.ink,
        );
        year = this_year;
    }
    let mut points = Vec::new();
    let mut ends: Vec<(f32, String, Color32, usize)> = Vec::new();
    for (si, s) in panel.series.iter().enumerate() {
        let color = color(s, style.ink);
        let width = if s.line.selected {
            style.line * 1.5
        } else {
            style.line
        };
        let at: Vec<Option<Pos2>> = s
            .line
            .values
            .iter()
            .zip(panel.tables)
            .map(|(v, t)| v.map(|v| pos2(x_of(t.day), y_of(v.held()))))
            .collect();
        // Each run of points without a gap as one path.
        for run in at.split(Option::is_none) {
            let path: Vec<Pos2> = run.iter().flatten().copied().collect();
            if path.len() > 1 {
                painter.add(Shape::line(path, Stroke::new(width, color)));
            }
        }
        // Markers where the points stand apart (a table a week for years is a line; its last
        // point keeps its marker).
        let apart = plot.width() / panel.tables.len().max(1) as f32 >= marker_size * 2.0;
        let last = s.line.last().map(|(i, _)| i);
        for (ti, p) in at.iter().enumerate() {
            if let Some(p) = *p {
                if apart || Some(ti) == last {
                    marker(painter, p, s.slot, marker_size, color);
                }
                points.push(Point {
                    at: p,
                    series: si,
                    table: ti,
                });
            }
        }
        for fall in s.line.falls() {
            if let Some(Some(p)) = at.get(fall) {
                painter.text(
                    off(*p, 0.0, marker_size * 0.7),
                    Align2::CENTER_TOP,
                    "▼",
                    FontId::proportional(style.text * 0.8),
                    style.ink,
                );
            }
        }
        if let Some((i, _)) = s.line.last().filter(|_| !panel.small)
            && let Some(Some(p)) = at.get(i)
        {
            ends.push((p.y, end_text(s), color, s.slot));
        }
    }
    // The names at the lines' ends, moved apart where they would touch, kept in the panel.
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut y_min = rect.top().max(plot.top() - style.text);
    for end in &mut ends {
        end.0 = end.0.max(y_min + line_height / 2.0);
        y_min = end.0 + line_height / 2.0;
    }
    let mut y_max = plot.bottom() + line_height / 2.0;
    for end in ends.iter_mut().rev() {
        end.0 = end.0.min(y_max - line_height / 2.0);
        y_max = end.0 - line_height / 2.0;
    }
    // Each name after its line's marker, in ink (a light line colour would not read as text).
    for (y, text, color, slot) in ends {
        let at = pos2(plot.right() + marker_size * 1.5, y);
        marker(painter, at, slot, marker_size, color);
        let text_at = off(at, marker_size + 3.0, 0.0);
        painter.text(text_at, Align2::LEFT_CENTER, text, font.clone(), style.ink);
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_steps_are_one_two_or_five_times_a_power_of_ten() {
        // The nation's 9,899 in four steps of 5,000 (0-15,000); 埼玉県's 520 in steps of 200.
        assert_eq!(nice_step(9_899, 4), 5_000);
        assert_eq!(nice_step(520, 4), 200);
        assert_eq!(nice_step(81, 4), 50);
        assert_eq!(nice_step(40, 2), 20);
        assert_eq!(nice_step(10, 4), 5);
        assert_eq!(nice_step(0, 4), 1);
        // The largest value ends: no endless loop, no overflow.
        assert_eq!(nice_step(u32::MAX, 0), 4_294_967_295);
        assert_eq!(nice_step(u32::MAX, 4), 2_000_000_000);
    }

    #[test]
    fn the_time_axis_prints_dates_short_with_the_year_where_asked() {
        let t = TableAt {
            date: "2021-06-02".to_owned(),
            day: 0,
            imported_from: None,
        };
        assert_eq!(axis_date(&t, true, Lang::Ja), "2021年6月2日");
        assert_eq!(axis_date(&t, false, Lang::Ja), "6月2日");
        assert_eq!(axis_date(&t, true, Lang::En), "2021-06-02");
        assert_eq!(axis_date(&t, false, Lang::En), "06-02");
        let odd = TableAt {
            date: "R3.6.2".to_owned(),
            ..t
        };
        assert_eq!(axis_date(&odd, false, Lang::Ja), "R3.6.2", "as it is");
    }
}
